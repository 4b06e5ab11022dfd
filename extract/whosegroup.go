package extract

// A group, force or government that "whose" gives to the party before it
// acts for that party in the relative clause:
//
//	PARTY [,] whose [ADJ]* (GROUP|FORCE)-NOUN VERB     the party
//
// "The rebels blamed Chile, whose army attacked Peru": Chile attacks Peru,
// as "Chile's army attacked Peru" does.

// whoseGroupSubject is the party whose group, named from "whose" at token
// k up to the verb at v, is the verb's subject; ok is false when the
// clause is no such one.
func (c *eventCtx) whoseGroupSubject(k, v int) (keys []string, ok bool) {
	if !possessiveRelatives[c.t[k].lower()] || !c.groupAfter(k+1, v) {
		return nil, false
	}
	j := k - 1
	if j >= 0 && c.t[j].Text == "," {
		j--
	}
	a := actorAt(c.acts, j)
	if a < 0 || c.acts[a].b != j+1 || c.acts[a].modifier || c.acts[a].typ == Person {
		return nil, false
	}
	return c.coordinated(a, -1), true
}
