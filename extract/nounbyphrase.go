package extract

import "strings"

// An event noun followed by the one who does it, after "by" (and a
// participle), does it to whom a preposition after that names:
//
//	EVENT-NOUN [VBN] by AGENT [(on|against|with|to|between) TARGET]
//
// "An attack by Hamas on Israel", "sanctions imposed by the US on Iran",
// "the accord reached by Chile and Peru". A symmetric act "between" two
// parties is theirs, whoever hosted it: "talks hosted by Qatar between
// Israel and Hamas".

// nounByPhrase reads the by-phrase after the event noun whose words end at
// end: its agents, the targets after it, and whether the targets are the
// parties "between" whom the act was; false when there is no by-phrase.
func (c *eventCtx) nounByPhrase(end int) (agents, targets []string, between, ok bool) {
	t := c.t
	j := end
	if j < len(t) && t[j].Tag == "VBN" {
		j++ // "sanctions imposed by"
	}
	if j >= len(t) || !agentPreps[strings.ToLower(t[j].Text)] {
		return nil, nil, false, false
	}
	agents = c.objectAfter(j+1, 4)
	if len(agents) == 0 {
		return nil, nil, false, false
	}
	// past the agents and their words, the preposition of the target
	k := j + 1
	for k < len(t) && k < j+8 {
		w := strings.ToLower(t[k].Text)
		if nominalPreps[w] || betweenPreps[w] {
			between = betweenPreps[w]
			targets = c.objectAfter(k+1, 6)
			break
		}
		if clauseBreaks[w] || w == "," || isVerb(t, k) {
			break
		}
		k++
	}
	return agents, targets, between, true
}
