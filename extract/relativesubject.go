package extract

import "strings"

// A verb after a relative clause on its subject has the clause's noun as
// its subject, not the actors inside the clause:
//
//	NOUN (who|which|that) [RB]* VERB ... NOUN ... [AUX]* VERB
//
// with no comma, clause break or speech verb between.
// "Kenyan troops that entered Somalia last year attacked al-Shabaab":
// Kenya attacks, not Somalia; "Rebels who met Chinese officials attacked
// Ukraine": the rebels, whom no name gives. A nationality before the noun
// is who acts, as after a reduced relative (reducedrelative.go).

// relativeClauseSubject finds the noun a relative clause before the verb
// at v is on. ok is false when there is none; keys are the noun's actor or
// the nationality before it, nil for none.
func (c *eventCtx) relativeClauseSubject(v int) (keys []string, ok bool) {
	t, acts := c.t, c.acts
	switch {
	case isFinite(t[v].Tag):
	case t[v].Tag == "VB" && v > 0 && auxiliary(t[v-1].Text):
	case t[v].Tag == "VBN" && !(v+1 < len(t) && agentPreps[t[v+1].lower()]):
		// the tagger's participle for a past tense after the clause
		// ("troops that entered Somalia attacked/VBN"); but "officials
		// backed by Peru" is a clause of its own
	default:
		return nil, false // "who urged Peru to attack": an infinitive has its own controller
	}
	nouns := 0 // the nouns between the clause's verb and v
	for k := v - 1; k >= 1; k-- {
		w := t[k].lower()
		if relativePronouns[w] || thatWords[w] {
			f := k + 1
			for f < v && t[f].Tag == "RB" {
				f++
			}
			if f >= v || !isFinite(t[f].Tag) || nouns == 0 {
				return nil, false // "the deal that Iran signed": the clause has its own subject
			}
			j := k - 1
			if !strings.HasPrefix(t[j].Tag, "NN") {
				return nil, false // "said that", "so that"
			}
			if a := actorAt(acts, j); a >= 0 {
				if acts[a].modifier {
					return nil, false
				}
				return c.coordinated(a, -1), true
			}
			if a := actorAt(acts, j-1); a >= 0 && acts[a].b == j && !acts[a].modifier {
				return c.coordinated(a, -1), true // "Kenyan troops that entered"
			}
			return nil, true
		}
		if w == "," || clauseBreaks[w] || subordinators[w] || speechVerbs[w] || tellForms[w] {
			return nil, false // "Rebels who said Iran attacked": a clause of its own
		}
		if strings.HasPrefix(t[k].Tag, "NN") {
			if k == v-1 && actorAt(acts, k) >= 0 {
				return nil, false // an actor right before the verb is its own subject
			}
			nouns++
		}
	}
	return nil, false
}
