package extract

// People named in apposition to a plural noun that opens a clause are
// its subject:
//
//	[DET|NUM] [ADJ]* PLURAL-NOUN , PERSON [, PERSON]* (and|or) PERSON , VERB
//
// "Two Chilean journalists, Ana Ruiz and Luis Vega, were arrested": Ruiz
// and Vega were arrested.

// apposedNames is the first of the people listed in apposition to a
// plural noun between the comma at k and the one before it, or -1 when
// the words between are no such list.
func (c *eventCtx) apposedNames(k int) int {
	t, acts := c.t, c.acts
	if k < 3 || t[k].Text != "," {
		return -1
	}
	j := k - 1 // the comma that opens the list, past those inside it
	for j >= 1 && !(t[j].Text == "," && actorAt(acts, j-1) < 0) {
		j--
	}
	if j < 1 || t[j-1].Tag != "NNS" || isCap(t[j-1].Text) || actorAt(acts, j-1) >= 0 {
		return -1
	}
	first := actorAt(acts, j+1)
	if first < 0 || acts[first].a != j+1 {
		return -1
	}
	people, joined := 0, false
	for m := j + 1; m < k; m++ {
		switch a := actorAt(acts, m); {
		case a >= 0 && acts[a].typ == Person:
			people++
			m = acts[a].b - 1
		case coordinators[t[m].lower()]:
			joined = true
		case t[m].Text != ",":
			return -1 // a word of no list, or a party no person
		}
	}
	if people < 2 || !joined {
		return -1
	}
	return first
}
