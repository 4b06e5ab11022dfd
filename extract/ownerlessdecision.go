package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// A decision, plan or bid named with an article and no owner is no one's
// the clause names: the act after its "to" has no agent there, unless the
// clause's verb takes, makes or announces it:
//
//	VERB (the|a) [ADJ]* DECISION-NOUN to ACT     no agent, VERB not deciding
//	DECIDING-VERB (the|a) [ADJ]* DECISION-NOUN to ACT   the subject's
//
// "Ruiz criticised the decision to expel Soto": whoever expels
// Soto, Ruiz does not; "Chile took the decision to expel the
// envoy": Chile does. An owner names who does it ("Chad's decision to
// expel", "the decision by Moscow to sell": subjects.go).

// decidingVerbs take, make or announce a decision.
var decidingVerbs = lexicon.Class("decidingVerbs")

// ownerlessDecision reports that the verb at v is the act of a decision
// noun before its "to" that has an article and no owner, and that no
// deciding verb governs.
func (c *eventCtx) ownerlessDecision(v int) bool {
	t := c.t
	if v < 3 || !infinitiveMarks[t[v-1].lower()] || !decisionNouns[t[v-2].lower()] {
		return false
	}
	j := v - 3
	for j >= 0 && t[j].Tag == "JJ" && !isCap(t[j].Text) {
		j-- // "the sudden decision"
	}
	if j < 0 || !articles[t[j].lower()] {
		return false
	}
	return j == 0 || !decidingVerbs[t[j-1].lower()]
}
