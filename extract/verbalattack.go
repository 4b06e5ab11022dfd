package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

var (
	wordAttacks = lexicon.Class("wordAttacks")
	speechNouns = lexicon.Class("speechNouns")
)

// verbalAttack reports that a verb of force at v that may tell of words
// ("attack") does: its agents and targets are all people, or the words
// after it say that it was made in speech:
//
//	PERSON ATTACK-VERB PERSON
//	ATTACK-VERB ... in|during|at [DETERMINER|POSSESSIVE|ADJECTIVE]* SPEECH-NOUN
//
// "Ruiz attacked Alvarez", "Mbeki attacked British imperialists in a
// speech": criticism (111), not force. Within the clause: up to its end
// or the next finite verb.
func (c *eventCtx) verbalAttack(v int, agents, targets []string) bool {
	t := c.t
	if !wordAttacks[t[v].lower()] {
		return false
	}
	if len(agents) > 0 && len(targets) > 0 && c.allPersons(agents) && c.allPersons(targets) {
		return true
	}
	for k := v + 1; k < len(t); k++ {
		if clauseBreaks[t[k].lower()] || isFinite(t[k].Tag) {
			break
		}
		if t[k].Tag != "IN" {
			continue
		}
		j := k + 1
		for j < len(t) && (t[j].Tag == "DT" || t[j].Tag == "PRP$" || t[j].Tag == "JJ" || isPossessive(t[j].Text)) {
			j++
		}
		if j < len(t) && speechNouns[t[j].lower()] {
			return true
		}
	}
	return false
}

// allPersons reports that every key names a person the sentence names.
func (c *eventCtx) allPersons(keys []string) bool {
	for _, k := range keys {
		if c.typeOf(k) != Person {
			return false
		}
	}
	return true
}
