package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// An event noun that is the subject of a passive verb of doing or of
// blame is done by the one that verb names:
//
//	EVENT-NOUN [PREP TARGETS] be (carried out|conducted|...) by AGENT
//	EVENT-NOUN [PREP TARGETS] be (attributed|blamed|linked|...) (to|on) AGENT
//
// "Attacks on Chile, Peru and Bolivia were attributed to APT28": APT28
// attacks them. So in the active voice:
//
//	SUBJ (attributed|blamed|...) EVENT-NOUN [PREP TARGETS] (to|on) AGENT
//	SUBJ (blamed|...) AGENT for EVENT-NOUN [PREP TARGETS]
//
// "Britain attributed the hack of the Electoral Commission to Chinese
// actors", "Estonia blamed Russia for attacks on its banks".

// doneVerbs, as participles, say who did an act named by their subject:
// "the raid was carried out by", "the attacks were conducted by".
var doneVerbs = lexicon.Class("doneVerbs")

// blameVerbs give an act to its doer after "to" or "on": as participles
// one named by their subject ("was attributed to", "was blamed on"), as
// verbs one named by their object ("blamed the attack on Hamas").
var blameVerbs = lexicon.Class("blameVerbs")

// blamePreps come after a verb of blame before whom it blames.
var blamePreps = lexicon.Class("blamePreps")

// harmPreps name the victim after a noun of harm: "attacks on".
var harmPreps = lexicon.Class("harmPreps")

// attributedAgent finds who did the act named by an event noun whose
// words end at end, from the passive verb of doing or blame its phrase is
// the subject of; nil when there is none.
func (c *eventCtx) attributedAgent(end int) []string {
	t := c.t
	k := end
	for k < len(t) && k < end+14 && !beForms[t[k].lower()] && !haveForms[t[k].lower()] {
		w := t[k].lower()
		if clauseBreaks[w] || thatWords[w] || isVerb(t, k) && actorAt(c.acts, k) < 0 {
			return nil // the noun's phrase ends in another clause
		}
		k++
	}
	for k < len(t) && (beForms[t[k].lower()] || t[k].Tag == "RB" || haveForms[t[k].lower()]) {
		k++ // "were", "have been", "were also"
	}
	if k >= len(t) || t[k].Tag != "VBN" {
		return nil
	}
	w := t[k].lower()
	j := k + 1
	if j < len(t) && t[j].Tag == "RP" {
		j++ // "carried out"
	}
	if j >= len(t) {
		return nil
	}
	p := t[j].lower()
	if doneVerbs[w] && agentPreps[p] || blameVerbs[w] && blamePreps[p] {
		return c.objectAfter(j+1, 4)
	}
	return nil
}

// blamedAgent finds who did the act named by the event noun at v (its
// words ending at end) that a verb of blame in the active voice gives to
// someone: after the noun's phrase and "to" or "on", or before "for" and
// the noun; nil when no such verb governs the noun.
func (c *eventCtx) blamedAgent(v, end int) []string {
	t := c.t
	m := compoundBefore(t, v)
	if m < 0 {
		return nil
	}
	if blameVerbs[t[m].lower()] && strings.HasPrefix(t[m].Tag, "VB") {
		// past the noun's own preposition: "the attack on Bolivia to Peru"
		// ("blamed the attack on Peru" may name the doer or the target);
		// but a harm's noun takes no "to": "attributed the attack to Peru"
		from := end + 1
		if end < len(t) && blamePreps[t[end].lower()] && !harmPreps[t[end].lower()] && c.nounSense(v, func(p verbEntry) bool { return harmRoots[p.code[:2]] }) {
			from = end
		}
		for k := from; k < len(t) && k < end+10; k++ {
			w := t[k].lower()
			if blamePreps[w] {
				return c.objectAfter(k+1, 4)
			}
			if clauseBreaks[w] || w == "," || isVerb(t, k) && actorAt(c.acts, k) < 0 {
				break
			}
		}
		return nil
	}
	if purposePreps[t[m].lower()] && m >= 2 {
		// "blamed Russia for attacks on its banks"
		if a := actorAt(c.acts, m-1); a >= 0 && c.acts[a].a > 0 && blameVerbs[t[c.acts[a].a-1].lower()] {
			return c.coordinated(a, -1)
		}
	}
	return nil
}

// An act told in the passive with no doer, followed by an event noun in
// apposition that a participle of blame or of doing gives to someone, was
// done by that one:
//
//	... VBN ... , (a|an|the) [ADJ|NOUN]* EVENT-NOUN [RB]* (blamed|attributed|carried out) (on|to|by) AGENT
//
// "Ismail Haniyeh was assassinated in Tehran in July, an attack widely
// blamed on Israel": Israel assassinated Haniyeh.

// apposedBlame finds who did the act told before token end, from an event
// noun in apposition after its clause's comma; nil when there is none.
func (c *eventCtx) apposedBlame(end int) []string {
	t := c.t
	k := end
	for k < len(t) && t[k].Text != "," {
		w := t[k].lower()
		if clauseBreaks[w] || w == "." || isVerb(t, k) {
			return nil
		}
		k++
	}
	k++
	if k >= len(t) || !determiners[t[k].lower()] {
		return nil
	}
	k = modifiersAfter(t, k)
	k = compoundEnd(t, k)
	if k >= len(t) || !c.eventNounAt(k) {
		return nil
	}
	j := k + 1
	for j < len(t) && t[j].Tag == "RB" {
		j++ // "widely blamed"
	}
	if j+1 >= len(t) || t[j].Tag != "VBN" {
		return nil
	}
	w, p := t[j].lower(), j+1
	if p < len(t) && t[p].Tag == "RP" {
		p++ // "carried out by"
	}
	if p < len(t) && (doneVerbs[w] && agentPreps[t[p].lower()] || blameVerbs[w] && blamePreps[t[p].lower()]) {
		return c.objectAfter(p+1, 4)
	}
	return nil
}
