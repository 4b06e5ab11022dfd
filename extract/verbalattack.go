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
//	PERSON and PERSON ATTACK-VERB
//	ATTACK-VERB ... in|during|at [DETERMINER|POSSESSIVE|ADJECTIVE]* SPEECH-NOUN
//
// "Ruiz attacked Alvarez", "Mbeki attacked British imperialists in a
// speech": criticism (111), not force; but not when a weapon or a thing
// to strike with follows "with" ("attacked him with a bottle"). Within the
// clause: up to its end or the next finite verb.
func (c *eventCtx) verbalAttack(v int, agents, targets []string) bool {
	t := c.t
	if !wordAttacks[t[v].lower()] {
		return false
	}
	if c.instrumentAfter(v) {
		return false // "Pinas attacked him with a bottle": force
	}
	if len(agents) > 0 && len(targets) > 0 && c.allPersons(agents) && c.allPersons(targets) {
		return true
	}
	if len(agents) >= 2 && len(targets) == 0 && c.allPersons(agents) {
		return true // "Blair and Chirac clashed over farm subsidies": with each other, in words
	}
	return c.inClause(v, func(k int) bool {
		if t[k].Tag != "IN" {
			return false
		}
		j := k + 1
		for j < len(t) && (t[j].Tag == "DT" || t[j].Tag == "PRP$" || t[j].Tag == "JJ" || isPossessive(t[j].Text)) {
			j++
		}
		return j < len(t) && speechNouns[t[j].lower()]
	})
}

// inClause reports whether found holds at a token of the clause of the
// verb at v: those after it up to the clause's end or its next finite verb.
func (c *eventCtx) inClause(v int, found func(k int) bool) bool {
	t := c.t
	for k := v + 1; k < len(t); k++ {
		if clauseBreaks[t[k].lower()] || isFinite(t[k].Tag) {
			return false
		}
		if found(k) {
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

// instrumentNouns name things struck with; weapons are among them.
var instrumentNouns = lexicon.Class("instrumentNouns")

// instrumentAfter reports a weapon or a thing to strike with after "with"
// in the clause of the verb at v: "attacked him with a bottle".
func (c *eventCtx) instrumentAfter(v int) bool {
	t := c.t
	return c.inClause(v, func(k int) bool {
		if !instrumentPreps[t[k].lower()] {
			return false
		}
		j := k + 1
		for j < len(t) && (t[j].Tag == "DT" || t[j].Tag == "JJ" || t[j].Tag == "CD") {
			j++
		}
		return j < len(t) && (instrumentNouns[t[j].lower()] || armsNouns[t[j].lower()])
	})
}

// instrumentPreps introduce what one strikes with: "with".
var instrumentPreps = lexicon.Class("instrumentPreps")
