package extract

import "strings"

// A relative clause after a description in apposition to a name is said
// of the name:
//
//	NAME , DET [ADJ|NOUN|CD]* NOUN [PREP [DET] WORD+] (who|which) ...
//
// "Kuldeep Singh, a 61-year-old from Punjab who was convicted by a
// Pakistani court": Singh was convicted. The description runs from the
// comma to the relative pronoun, without a verb, a comma or a clause
// break, and opens with an article, a number or an adjective.

// apposedAntecedent is the actor named before the comma that opens the
// description ending at token j, right before a relative pronoun; -1 when
// there is none.
func (c *eventCtx) apposedAntecedent(j int) int {
	t := c.t
	k := j
	for k >= 0 && j-k < 10 && t[k].Text != "," {
		w := t[k].lower()
		if clauseBreaks[w] || isVerb(t, k) || relativePronouns[w] || thatWords[w] {
			return -1
		}
		k--
	}
	if k < 1 || t[k].Text != "," || k+1 > j {
		return -1
	}
	if open := t[k+1]; !determiners[open.lower()] && open.Tag != "CD" && open.Tag != "JJ" {
		return -1 // "Chile, Peru and Bolivia, which": a list, no description
	}
	if !strings.HasPrefix(t[j].Tag, "NN") {
		return -1
	}
	a := actorAt(c.acts, k-1)
	if a < 0 || c.acts[a].b != k || c.acts[a].modifier || c.acts[a].demonym {
		return -1
	}
	return a
}
