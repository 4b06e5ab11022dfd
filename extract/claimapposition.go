package extract

import "strings"

// A claim in apposition to a clause, answered by an actor, answers the
// one who made it:
//
//	CLAUSE , (a|an|the) [ADJ] CLAIM-NOUN [that|which] ACTOR [ADV] VERB
//
// "Pakistan accused India of violating the ceasefire, an accusation New
// Delhi denied": New Delhi denies Pakistan's accusation, so Pakistan is
// the target of the denial.

// claimAuthor is who made the claim that the actor before verb v answers,
// when the verb's clause is such an apposition: the subject of the
// sentence's main verb; nil otherwise.
func (c *eventCtx) claimAuthor(v int) []string {
	t := c.t
	k := v - 1
	for k >= 0 && t[k].Tag == "RB" {
		k-- // "a charge Yerevan swiftly rejected"
	}
	a := actorAt(c.acts, k)
	if a < 0 || c.acts[a].b != k+1 {
		return nil
	}
	k = c.acts[a].a - 1
	if k >= 0 && (thatWords[strings.ToLower(t[k].Text)] || relativePronouns[strings.ToLower(t[k].Text)]) {
		k--
	}
	if k < 0 || !claimNouns[strings.ToLower(t[k].Text)] {
		return nil
	}
	k--
	for k >= 0 && (determiners[strings.ToLower(t[k].Text)] || t[k].Tag == "JJ") {
		k--
	}
	if k < 1 || t[k].Text != "," {
		return nil
	}
	for f := datelineEnd(t); f < k; f++ {
		if isFinite(t[f].Tag) && actorAt(c.acts, f) < 0 {
			if keys := c.subjectOf(f); len(keys) > 0 {
				return keys
			}
		}
	}
	return nil
}
