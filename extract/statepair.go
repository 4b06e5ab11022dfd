package extract

// statePair is the parties a noun of a mutual act at v is held between
// when they stand in it together, the subject of a form of "be" and a
// preposition of state (in a headline, with no verb):
//
//	PARTY and PARTY BE [ADVERB]* in [MODIFIER]* NOUN      "Chile and Peru are in talks over gas"
//	PARTY and PARTY in [MODIFIER]* NOUN                    the headline "Chile and Peru in border talks"
//
// None when fewer than two parties stand there: one party "in talks" is
// in them with the party after "with", which the noun's own rules read.
func (c *eventCtx) statePair(v int) []string {
	t := c.t
	k := compoundBefore(t, v)
	if k < 1 || !statePreps[t[k].lower()] {
		return nil
	}
	b := k - 1
	for b > 0 && t[b].Tag == "RB" {
		b-- // "are still in talks"
	}
	var parties []string
	switch a := actorAt(c.acts, b); {
	case beForms[t[b].lower()]:
		parties = c.subjectOf(b)
	case c.headline && a >= 0 && c.acts[a].b == b+1 && b == k-1:
		parties = c.coordinated(a, -1)
	}
	if len(parties) < 2 {
		return nil
	}
	return c.textOrder(parties)
}
