package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

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
// 60% of its output to"). So is a stance on a party held, not said
// (standingStances: "Bolivia backs the Tarvo Front"); a stance on a
// matter is news ("France and Germany support Croatia's bid"). A
// headline tells its news in the present ("Peru sells stake to Chile")
// and is read as it is.
func (c *eventCtx) habitual(doc *Document, si, v int, p verbEntry) bool {
	if doc.Sentences[si].Headline || len(p.code) < 2 || c.t[v].Tag != "VBZ" && c.t[v].Tag != "VBP" {
		return false
	}
	return standingRoots[p.code[:2]] || standingStances[p.action] && c.partyAfter(v+1) && !c.saidIn(v)
}

// partyAfter reports a party named right after token k, past an article,
// and not as the owner of a thing: "backs the Tarvo Front", not
// "supports Croatia's bid", a stance on a matter, told as news.
func (c *eventCtx) partyAfter(k int) bool {
	t := c.t
	if k < len(t) && definite[t[k].lower()] {
		k++
	}
	a := actorAt(c.acts, k)
	return a >= 0 && c.acts[a].a == k && !c.acts[a].modifier && !(c.acts[a].b < len(t) && isPossessive(t[c.acts[a].b].Text))
}

// standingStances are the actions that, told in the simple present in a
// clause of the text's own, are a stance a party holds: "Bolivia backs
// the Tarvo Front", "Chile, which recognizes the Tarvo Front"; said
// by someone, they are what was said: "Chile said it backs Peru's bid".
var standingStances = lexicon.Class("standingStances")

// saidIn reports a sentence the clause at token v of may be what was
// said: one with a verb of saying, or a quotation mark before v.
func (c *eventCtx) saidIn(v int) bool {
	for k, tok := range c.t {
		if speechVerbs[tok.lower()] && strings.HasPrefix(tok.Tag, "VB") || k < v && isQuoteMark(tok.Text) {
			return true
		}
	}
	return false
}
