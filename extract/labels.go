package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Labelling: who calls another a partner praises them, who calls another a
// threat criticizes them.
//
//	labelVerb ACTOR [as] [a|an|the] [ADJ ...] NOUN
//	  NOUN a praiseLabel    -> praise (CAMEO 051)
//	  NOUN a blameLabel     -> criticize (CAMEO 111)
//
// Example: "The Kenyan foreign minister described Somalia as a partner for
// peace": Kenya praises Somalia.

// labelVerbs give their object a name ("described X as", "branded X");
// praiseLabels and blameLabels are the names that praise or blame whom
// they are given to; giving one is praise, or criticism (criticized).
var (
	labelVerbs   = lexicon.Class("labelVerbs")
	praiseLabels = lexicon.Class("praiseLabels")
	blameLabels  = lexicon.Class("blameLabels")
	praised      = verbEntry{action: "praise", code: "051"}
)

// labels finds the events of naming an actor with a praising or a blaming
// label in sentence si.
func (x *Extractor) labels(doc *Document, si int, ctx *eventCtx) []Event {
	t := ctx.t
	var out []Event
	for v := range t {
		if !labelVerbs[t[v].lower()] || v+1 >= len(t) {
			continue
		}
		a := actorAt(ctx.acts, v+1)
		if a < 0 || ctx.acts[a].a != v+1 {
			continue
		}
		targets := ctx.coordinated(a, 1)
		k := ctx.acts[a].b
		for k < len(t) && (asWords[t[k].lower()] || determiners[t[k].lower()]) {
			k++
		}
		// the label, or an adjective before it that is one: "a terrorist
		// group", "a reliable partner"
		var p verbEntry
		for ; k < len(t) && p.action == ""; k++ {
			switch w := t[k].lower(); {
			case praiseLabels[w]:
				p = praised
			case blameLabels[w]:
				p = criticized
			case t[k].Tag != "JJ":
				k = len(t)
			}
		}
		if p.action == "" {
			continue
		}
		if ev, ok := x.saidEvent(doc, si, ctx, v, k, p, ctx.subjectOf(v), targets); ok {
			out = append(out, ev)
		}
	}
	return out
}
