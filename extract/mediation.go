package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Talks or an agreement that a participle after them says someone
// mediated were mediated by that one between their parties:
//
//	EVENT-NOUN ... , (mediated|brokered|hosted|facilitated) by MEDIATOR
//	EVENT-NOUN (mediated|brokered|...) by MEDIATOR
//
//	MEDIATOR-(mediated|brokered|...) [ADJ|NOUN]* EVENT-NOUN
//
// "Witkoff has held several rounds of indirect talks with Araghchi,
// mediated by Oman": Oman mediates between Witkoff and Araghchi; "India
// and Pakistan agreed to a ceasefire brokered by the United States"; "the
// Qatar-mediated talks between Chile and Peru".

// mediationVerbs, as participles after talks, name who mediated them.
var mediationVerbs = lexicon.Class("mediationVerbs")

// mediated is the CAMEO event of mediating (045).
var mediated = verbEntry{action: "mediate", code: "045"}

// mediable reports an act a third party may mediate: a consultation
// (CAMEO 04), an agreement (05: "signed a deal brokered by") or a
// ceasefire (08).
func mediable(p verbEntry) bool {
	return strings.HasPrefix(p.code, "04") || strings.HasPrefix(p.code, "05") || strings.HasPrefix(p.code, "08")
}

// mediatorAfter finds who mediated the talks named by a noun whose words
// end at end: the actors after "by" in a participle of mediation right
// after the noun or after the first comma past the noun's phrase; nil
// when there is none.
func (c *eventCtx) mediatorAfter(end int) []string {
	t := c.t
	if end+2 < len(t) && mediatingParticiple(t, end) {
		return c.objectAfter(end+2, 3)
	}
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

// mediatingParticiple reports a participle of mediation at token k and the
// "by" after it: "mediated by".
func mediatingParticiple(t []Token, k int) bool {
	return k+1 < len(t) && t[k].Tag == "VBN" && mediationVerbs[t[k].lower()] && agentPreps[t[k+1].lower()]
}

// mediatorBefore finds who mediated the talks named by the noun at v from
// a hyphenated word of mediation before it, among the words that describe
// the noun: the actor the word's first part names ("Qatar-mediated",
// "African Union-brokered"); nil when there is none.
func (c *eventCtx) mediatorBefore(v int) []string {
	t := c.t
	for k := v - 1; k >= 0 && k >= v-5; k-- {
		w := t[k].lower()
		if i := strings.LastIndexByte(w, '-'); i > 0 && mediationVerbs[w[i+1:]] {
			if a := actorAt(c.acts, k); a >= 0 {
				return []string{c.acts[a].key}
			}
			return nil
		}
		if !(modifiesNoun(t[k]) || strings.HasPrefix(t[k].Tag, "NN")) {
			return nil
		}
	}
	return nil
}
