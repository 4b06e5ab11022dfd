package extract

// A verb after a reduced relative clause with an agent has the clause's
// noun as its subject, not the actors inside the clause:
//
//	NN|NNS VBN|VBD "by" ... VERB   (no clause break, no other verb between)
//
// "Students angered by the arrest of Ana Ruiz attacked the embassy": the
// students attack, not Ruiz; "Hackers backed by Russia attacked Estonia":
// the hackers, whom no name gives. A nationality before the noun is who
// acts ("Russian hackers backed by the state attacked Estonia": Russia).

// reducedRelativeSubject finds the noun that opens a reduced relative
// clause with an agent before the verb at v. ok is false when there is
// none; keys are the nationality or actor before the noun, nil for none.
func (c *eventCtx) reducedRelativeSubject(v int) (keys []string, ok bool) {
	t := c.t
	for j := v - 1; j >= 1; j-- {
		w := t[j].lower()
		if clauseBreaks[w] || thatWords[w] || relativePronouns[w] || w == "," || isFinite(t[j].Tag) && !auxiliary(t[j].Text) && j+1 < len(t) && !agentPreps[t[j+1].lower()] {
			return nil, false
		}
		if (t[j].Tag == "VBN" || t[j].Tag == "VBD") && agentPreps[t[j+1].lower()] && commonNoun(t, j-1) && actorAt(c.acts, j-1) < 0 {
			if j >= 2 {
				if a := actorAt(c.acts, j-2); a >= 0 && c.acts[a].b == j-1 {
					return c.coordinated(a, -1), true // "Russian hackers backed by"
				}
			}
			return nil, true
		}
	}
	return nil, false
}

// commonNoun reports a common noun at k, capitalised only if it opens the
// sentence.
func commonNoun(t []Token, k int) bool {
	return (t[k].Tag == "NN" || t[k].Tag == "NNS") && (k == 0 || !isCap(t[k].Text))
}

// reducedPassive reports a participle at v, whose pattern ends at end,
// that follows a common noun of a clause whose verb came before, with a
// preposition other than "by" after it: the participle is done to the
// noun, in the passive.
//
//	FINITE-VERB ... NN|NNS VBN PREP      "lists Chinese companies accused of supplying drones"
//
// A participle with no finite verb before it is the tagger's for a past
// tense ("Bangladeshi troops arrived/VBN in Sierra Leone").
func (c *eventCtx) reducedPassive(v, end int) bool {
	t := c.t
	if t[v].Tag != "VBN" || v < 2 || !commonNoun(t, v-1) || end >= len(t) || t[end].Tag != "IN" || agentPreps[t[end].lower()] || perfect(t, v) {
		return false
	}
	for k := v - 2; k >= 0; k-- {
		if isFinite(t[k].Tag) {
			return true
		}
	}
	return false
}
