package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A call, appeal or demand for a party to act is an appeal to that party
// by whoever makes it, its owner or the subject of the verb it is the
// object of:
//
//	[OWNER 's|its] CALL-NOUN for PARTY to VERB
//	SUBJ (call|calls|called) for PARTY to VERB
//
// "Peru renewed its call for Chile to withdraw its troops": Peru urges
// Chile; "Peru's appeal for Chile to release the fishermen".

// callNouns name what asks another to act: "call", "appeal", "plea".
var callNouns = lexicon.Class("callNouns")

// callsFor finds the appeals of sentence si made by a call for a party to
// act.
func (x *Extractor) callsFor(doc *Document, si int, ctx *eventCtx) []Event {
	t := ctx.t
	var out []Event
	for i := 0; i+3 < len(t); i++ {
		if !callNouns[t[i].lower()] && !callForms[t[i].lower()] || !purposePreps[t[i+1].lower()] {
			continue
		}
		a := actorAt(ctx.acts, i+2)
		if a < 0 || ctx.acts[a].a != i+2 || ctx.acts[a].demonym {
			continue
		}
		to := ctx.acts[a].b
		if to+1 >= len(t) || !infinitiveMarks[t[to].lower()] || t[to+1].Tag != "VB" {
			continue // "a call for talks with Chile": what is called for, not whom
		}
		var agents []string
		if strings.HasPrefix(t[i].Tag, "VB") {
			agents = ctx.subjectOf(i) // "Peru called for Chile to withdraw"
		} else {
			agents = ctx.nominalAgent(i)
			if len(agents) == 0 {
				agents = ctx.pronounOwner(i)
			}
		}
		if ev, ok := x.saidEvent(doc, si, ctx, i, to, appealed, agents, ctx.coordinated(a, 1)); ok {
			out = append(out, ev)
		}
	}
	return out
}
