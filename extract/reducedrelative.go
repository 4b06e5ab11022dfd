package extract

import "strings"

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
// that follows a common noun, or a people named by their nationality, of a
// clause whose verb came before, with a preposition other than "by" after
// it: the participle is done to the noun, in the passive.
//
//	FINITE-VERB ... NN|NNS|PEOPLE VBN PREP      "lists Chinese companies accused of supplying drones"
//
// "opened its borders to West Africans ordered out of Nigeria": the
// Africans are ordered out, by no one named. A past tense in "-ed" there
// is the tagger's for the participle when the noun is a preposition's:
// a clause's verb follows no preposition's noun.
// A participle with no finite verb before it is the tagger's for a past
// tense ("Bangladeshi troops arrived/VBN in Sierra Leone").
func (c *eventCtx) reducedPassive(v, end int) bool {
	t := c.t
	if v >= 3 && (t[v].Tag == "VBN" || t[v].Tag == "VBD" && regularPast(t[v].lower())) && t[v-1].Tag == "RB" && commonNoun(t, v-2) && superlativeBefore(t, v-2) {
		return true // "one of the greatest squads ever assembled": the superlative's participle, done to its noun
	}
	if !(t[v].Tag == "VBN" || t[v].Tag == "VBD" && regularPast(t[v].lower()) && inPrepPhrase(t, v-1)) || v < 2 || !commonNoun(t, v-1) && !c.peopleNoun(v-1) || end >= len(t) || t[end].Tag != "IN" || agentPreps[t[end].lower()] || perfect(t, v) {
		return false
	}
	for k := v - 2; k >= 0; k-- {
		if isFinite(t[k].Tag) {
			return true
		}
	}
	return false
}

// peopleNoun reports a plural proper noun at k that names a people, not a
// state: one that is no actor ("West Africans") or a nationality
// ("Iraqis").
func (c *eventCtx) peopleNoun(k int) bool {
	if c.t[k].Tag != "NNPS" {
		return false
	}
	a := actorAt(c.acts, k)
	return a < 0 || c.acts[a].demonym
}

// regularPast reports a verb form in "-ed", which is its past tense and its
// participle both.
func regularPast(w string) bool { return strings.HasSuffix(w, "ed") }

// inPrepPhrase reports a noun at k that ends a preposition's phrase: a
// preposition before it past the words of its noun phrase ("to most West
// Africans").
func inPrepPhrase(t []Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		switch tag := t[j].Tag; {
		case tag == "IN" || tag == "TO":
			return true
		case tag == "DT" || tag == "PDT" || tag == "JJ" || tag == "JJS" || tag == "JJR" || tag == "RBS" || tag == "CD" || tag == "PRP$" || strings.HasPrefix(tag, "NN"):
		default:
			return false
		}
	}
	return false
}

// superlativeBefore reports a superlative adjective among the three words
// before the noun at k: "the greatest 4x100 squads".
func superlativeBefore(t []Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if t[j].Tag == "JJS" {
			return true
		}
	}
	return false
}
