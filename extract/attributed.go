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
// attacks them.

// doneVerbs, as participles, say who did an act named by their subject:
// "the raid was carried out by", "the attacks were conducted by".
var doneVerbs = lexicon.Class("doneVerbs")

// blameVerbs, as participles, give an act named by their subject to its
// doer after "to" or "on": "was attributed to", "was blamed on".
var blameVerbs = lexicon.Class("blameVerbs")

// blamePreps come after a verb of blame before whom it blames.
var blamePreps = lexicon.Class("blamePreps")

// attributedAgent finds who did the act named by an event noun whose
// words end at end, from the passive verb of doing or blame its phrase is
// the subject of; nil when there is none.
func (c *eventCtx) attributedAgent(end int) []string {
	t := c.t
	k := end
	for k < len(t) && k < end+14 && !beForms[strings.ToLower(t[k].Text)] && !haveForms[strings.ToLower(t[k].Text)] {
		w := strings.ToLower(t[k].Text)
		if clauseBreaks[w] || thatWords[w] || isVerb(t, k) && actorAt(c.acts, k) < 0 {
			return nil // the noun's phrase ends in another clause
		}
		k++
	}
	for k < len(t) && (beForms[strings.ToLower(t[k].Text)] || t[k].Tag == "RB" || haveForms[strings.ToLower(t[k].Text)]) {
		k++ // "were", "have been", "were also"
	}
	if k >= len(t) || t[k].Tag != "VBN" {
		return nil
	}
	w := strings.ToLower(t[k].Text)
	j := k + 1
	if j < len(t) && t[j].Tag == "RP" {
		j++ // "carried out"
	}
	if j >= len(t) {
		return nil
	}
	p := strings.ToLower(t[j].Text)
	if doneVerbs[w] && agentPreps[p] || blameVerbs[w] && blamePreps[p] {
		return c.objectAfter(j+1, 4)
	}
	return nil
}
