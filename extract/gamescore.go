package extract

// An act whose object a score follows is a game won or lost, no event
// between the parties:
//
//	SUBJ VERB [DET] PARTY [of PARTY] SCORE      (SCORE digits, a hyphen, digits)
//
// "The Cincinnati Reds defeated the Colorado Rockies 4-3", "Paris St
// Germain, who dismissed Nantes 1-0, are second".

// scoreAfterObject reports a score right after the party that is the object
// of the verb whose words end at end.
func (c *eventCtx) scoreAfterObject(end int) bool {
	t := c.t
	k := end
	for k < len(t) && determiners[t[k].lower()] {
		k++
	}
	if actorAt(c.acts, k) < 0 {
		return false
	}
	// past the party's words: "Canadian Daniel Nestor", "Tanya Dubnicoff
	// of Canada"
	for a := actorAt(c.acts, k); a >= 0; a = actorAt(c.acts, k) {
		k = c.acts[a].b
		if k+1 < len(t) && ofWords[t[k].lower()] && actorAt(c.acts, k+1) >= 0 {
			k++
		}
	}
	return k < len(t) && isScore(t[k].Text)
}

// isScore reports a game's score: digits, a hyphen and digits ("4-3").
func isScore(s string) bool {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i > 3 || i == len(s) || s[i] != '-' {
		return false
	}
	j := i + 1
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	return j == len(s) && j-i-1 >= 1 && j-i-1 <= 3
}
