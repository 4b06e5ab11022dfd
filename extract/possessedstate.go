package extract

import (
	"slices"
	"strings"
)

// A state noun that a possessive pronoun owns, as a verb's object, stands
// for the state of the party the pronoun stands for: the state whose
// office that person holds, or that country itself:
//
//	VERB (his|her|its|their) [ADJ]* STATE-NOUN     (not STATE-NOUN 's)
//
// "Ruiz met President Vela of Peru and criticised his government": Ruiz
// criticises Peru. The pronoun is read as an object pronoun is
// (pronounAntecedent): the party of its kind named nearest before it, past
// the verb's agents, else the one the sentence before gives; a person
// who holds no office names no state. When the agent could be the
// pronoun's party too ("Chavez met Uribe and criticised his government")
// it names none. "Vela praised his government's record" names the
// record's owner, not this.

// possessedState is the state the possessive pronoun at token k and the
// state noun after it stand for, as the object of a verb whose agents are
// agents; nil when k opens no such phrase or the pronoun's party has no
// state.
func (c *eventCtx) possessedState(k int, agents []string) []string {
	t := c.t
	w, person, party := c.pronounOfKind(k, "PRP$", personPossessives, partyPossessives)
	if !person && !party {
		return nil
	}
	m := k + 1
	for m < len(t) && t[m].Tag == "JJ" {
		m++
	}
	if m >= len(t) || !stateNouns[t[m].lower()] || m+1 < len(t) && isPossessive(t[m+1].Text) {
		return nil
	}
	for _, a := range agents {
		if person && strings.HasPrefix(a, "person:") && !c.genderClash(a, w) || party && !strings.HasPrefix(a, "person:") {
			return nil // "Chavez met Uribe and criticised his government": his own, or Uribe's
		}
	}
	keys := c.pronounAntecedent(k, agents, person, party)
	if len(keys) != 1 {
		return nil
	}
	var states []string
	switch {
	case strings.HasPrefix(keys[0], "country:"):
		states = keys
	case person:
		states = c.officeOwners(keys)
	}
	if len(states) == 0 || !strings.HasPrefix(states[0], "country:") || slices.Contains(agents, states[0]) {
		return nil
	}
	return c.referTo(m, states)
}
