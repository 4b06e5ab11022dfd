package extract

import "slices"

// What a violent act in a reported clause is done to, owned by a
// possessive pronoun, is the speaker's when the speaker is another party
// than the doer and of the pronoun's kind:
//
//	SPEAKER said [that] SUBJ VERB (its|their|his|her) NOUN     (VERB of force or coercion)
//
// "Peru said Chile had attacked its embassy": Chile attacks Peru; one does
// not attack, hack or expel one's own.

// speakerObject is the speaker the possessive pronoun opening the object
// at end stands for, of the violent act at v done by agents; nil when the
// clause is not reported or the speaker is one of the agents or not of the
// pronoun's kind.
func (c *eventCtx) speakerObject(v, end int, agents []string) []string {
	t := c.t
	if end >= len(t) || t[end].Tag != "PRP$" {
		return nil
	}
	r := c.reportedBy(v)
	if r < 0 {
		return nil
	}
	sp := c.subjectOf(r)
	w := t[end].lower()
	if len(sp) != 1 || slices.Contains(agents, sp[0]) || !pronounFits(c.typeOf(sp[0]), personPossessives[w], partyPossessives[w]) {
		return nil
	}
	return sp
}
