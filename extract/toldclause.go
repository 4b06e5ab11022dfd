package extract

// What one tells someone is a clause of its own, whose subject is the
// noun after the one told, not the one told:
//
//	told ADDRESSEE [that] DET [ADJ|NOUN]* NOUN VERB
//
// "A commander told Reuters the strikes hit a convoy": the strikes hit
// it, not Reuters; "Ruiz told the BBC the sanctions hurt Chile".

// toldClauseNoun reports a verb at v whose subject is a common noun's
// phrase right after the one a form of "tell" is said to.
func (c *eventCtx) toldClauseNoun(v int) bool {
	t := c.t
	k := auxiliaryStart(t, v) - 1
	if k < 0 || !(t[k].Tag == "NN" || t[k].Tag == "NNS") || isCap(t[k].Text) || actorAt(c.acts, k) >= 0 {
		return false
	}
	j := k
	for j >= 0 && (t[j].Tag == "NN" || t[j].Tag == "NNS" || t[j].Tag == "JJ") && !isCap(t[j].Text) && actorAt(c.acts, j) < 0 {
		j--
	}
	if j >= 0 && thatWords[t[j].lower()] {
		return false // "told Reuters that sanctions hurt": read as any clause after "that"
	}
	if j < 1 || !determiners[t[j].lower()] {
		return false
	}
	a := actorAt(c.acts, j-1)
	if a < 0 || c.acts[a].b != j || c.acts[a].a < 1 {
		return false
	}
	p := c.acts[a].a - 1
	if p >= 1 && determiners[t[p].lower()] {
		p-- // "told the BBC"
	}
	return tellForms[t[p].lower()]
}
