package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// standingRoots are the CAMEO roots of acts that, told in the simple
// present, are a standing relation rather than an event: trade and aid.
var standingRoots = lexicon.Class("standingRoots")

// A trade or aid verb in the simple present, outside a headline, tells
// what a party does as a rule, no event:
//
//	PARTY VBZ|VBP (a verb of root 06 or 07) ... PARTY
//
// "the company, which makes memory chips and sells most of them to
// Japan": a standing relation, as the annotation convention has it ("sells
// 60% of its output to"). A headline tells its news in the present ("Peru
// sells stake to Chile") and is read as it is.
func (c *eventCtx) habitual(doc *Document, si, v int, p verbEntry) bool {
	if doc.Sentences[si].Headline || len(p.code) < 2 || !standingRoots[p.code[:2]] {
		return false
	}
	return c.t[v].Tag == "VBZ" || c.t[v].Tag == "VBP"
}
