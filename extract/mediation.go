package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// Talks that a participle after them says someone mediated were mediated
// by that one between their parties:
//
//	EVENT-NOUN ... , (mediated|brokered|hosted|facilitated) by MEDIATOR
//
// "Witkoff has held several rounds of indirect talks with Araghchi,
// mediated by Oman": Oman mediates between Witkoff and Araghchi.

// mediationVerbs, as participles after talks, name who mediated them.
var mediationVerbs = lexicon.Class("mediationVerbs")

// mediated is the CAMEO event of mediating (045).
var mediated = verbEntry{action: "mediate", code: "045"}

// mediatorAfter finds who mediated the talks named by a noun whose words
// end at end: the actors after "by" in a participle of mediation that
// follows the first comma after the noun's phrase; nil when there is none.
func (c *eventCtx) mediatorAfter(end int) []string {
	t := c.t
	k := end
	for k < len(t) && k < end+12 && t[k].Text != "," {
		if w := t[k].lower(); clauseBreaks[w] || w == "." || isVerb(t, k) {
			return nil
		}
		k++
	}
	if k+3 >= len(t) || t[k].Text != "," || !mediationVerbs[t[k+1].lower()] || !agentPreps[t[k+2].lower()] {
		return nil
	}
	return c.objectAfter(k+3, 3)
}
