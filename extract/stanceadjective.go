package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// A party pleased with another, or with what another did, praises them;
// one disappointed or concerned criticizes them:
//
//	SUBJ BE [ADV]* PLEASED-ADJ (with|by|at) [the|OWNER 's] OBJECT        praise (051)
//	SUBJ BE [ADV]* DISPLEASED-ADJ (with|by|at|about|over) OBJECT           criticize (111)
//
// "The IMF said it was satisfied with Peru's progress": the IMF praises
// Peru; "Washington is deeply concerned about Iran's nuclear programme":
// the US criticizes Iran; "was not satisfied with Perry's answers"
// criticizes Perry. The object is a party, one that owns what
// follows, or the doers of an act named again in its sentence ("Chile
// expelled the envoy, and Peru was disappointed by the expulsion").

// pleasedWords and displeasedWords are the adjectives of a stance taken
// on another; stancePreps introduce whom or what it is taken on.
var (
	pleasedWords    = lexicon.Class("pleasedWords")
	displeasedWords = lexicon.Class("displeasedWords")
	stancePreps     = lexicon.Class("stancePreps")
)

// stanceAdjectives finds the events of sentence si in which a party is
// pleased or displeased with another.
func (x *Extractor) stanceAdjectives(doc *Document, si int, ctx *eventCtx) []Event {
	t := ctx.t
	var out []Event
	for k := 1; k+1 < len(t); k++ {
		w := t[k].lower()
		var p verbEntry
		switch {
		case pleasedWords[w]:
			p = praised
		case displeasedWords[w]:
			p = criticized
		default:
			continue
		}
		if !stancePreps[t[k+1].lower()] {
			continue
		}
		be := k - 1
		negated := false
		for be > 0 && t[be].Tag == "RB" {
			negated = negated || negations[t[be].lower()]
			be-- // "is deeply concerned"
		}
		if !beForms[t[be].lower()] {
			continue
		}
		if negated {
			if p.code != praised.code {
				continue // "is not concerned about": no stance
			}
			p = criticized // "was not satisfied with Perry's answers"
		}
		targets := ctx.reactedDoers(k + 2)
		if len(targets) == 0 {
			targets = ctx.objectAfter(k+2, 4)
		}
		if ev, ok := x.saidEvent(doc, si, ctx, be, k+2, p, ctx.subjectOf(be), targets); ok {
			out = append(out, ev)
		}
	}
	return out
}
