package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// An act done in words by a verb coordinated with the verb before it,
// whose own preposition names no one, is addressed to whom the first
// verb's act was done to:
//
//	SUBJ VERB1 OBJ ... and VERB2 ...     VERB2 said to someone, its target after a preposition it does not have
//
// "Pakistan summoned India's deputy high commissioner and lodged a strong
// protest over the shelling": Pakistan protests to India, as "Chile
// summoned the Peruvian ambassador and demanded an explanation" demands
// it of Peru. Said to a state's diplomat, it is said to the state: "met
// the South Korean envoy Kim Sun and expressed concern" criticizes
// South Korea. The second act is one said to someone (addressedRoots:
// "and vowed to respond" is said to no one); the first is told as done.
// The second verb shares the first's subject and stands right after the
// coordinator, with no auxiliary, negation or subject of its own between;
// an act whose target is its object, or one that names its own
// addressee, is left to its pattern.

// addressedRoots are the CAMEO roots of acts said to someone.
var addressedRoots = lexicon.Class("addressedRoots")

// sharedAddressee returns the event of pattern p, read up to end, that
// the verb at v does to the targets of the verb before it in the
// sentence, whose events byVerb holds by verb; nil when the construction
// does not hold.
func (x *Extractor) sharedAddressee(doc *Document, si int, ctx *eventCtx, v, end int, p verbEntry, byVerb map[int][]Event) []Event {
	t := ctx.t
	if !addressedRoots[p.code[:2]] || slices.ContainsFunc(p.target, func(s string) bool { return s == objTarget || s == claimTarget || s == gapTarget }) {
		return nil
	}
	if !isFinite(t[v].Tag) && t[v].Tag != "VBN" || auxiliaryStart(t, v) != v {
		return nil
	}
	cc := coordinatorBefore(t, v)
	if cc < 1 || !coordinators[t[cc].lower()] {
		return nil
	}
	first := byVerb[ctx.finiteBefore(cc-1, clauseOpener)]
	if len(first) == 0 || first[0].Negated || first[0].Modality != Asserted {
		return nil // "denied it delivered weapons to Russia and vowed"
	}
	agents := ctx.subjectOf(v)
	if len(agents) == 0 || !slices.Equal(agents, first[0].Agents) {
		return nil
	}
	if ev, ok := x.saidEvent(doc, si, ctx, v, end, p, agents, ctx.envoysStates(first[0].Targets)); ok {
		return []Event{ev}
	}
	return nil
}

// envoysStates puts in keys, for each diplomat who holds a post of a
// country, that country.
func (c *eventCtx) envoysStates(keys []string) []string {
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		for _, o := range c.offices[k] {
			owner, title, _ := strings.Cut(o, "|")
			if diplomatNouns[title] && typeOfKey(owner) == Country {
				k = owner
				break
			}
		}
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}
