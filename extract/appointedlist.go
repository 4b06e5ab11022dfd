package extract

// A verb of appointing names each person of a list of people and their
// offices, not the first alone:
//
//	APPOINT-VERB PERSON as TITLE (, | and | , and) PERSON as TITLE ...
//
// "Vega appointed Ana Ruiz as foreign minister, Marta Soto as finance
// minister and Jorge Paz as interior minister": Vega appoints all three.
// A title may hold commas and "and" of its own ("as Minister of Industry,
// Mines and Energy"): the list goes on where a person follows them and
// "as" follows the person.

// maxTitleWords is how far a title may run before the next person.
const maxTitleWords = 16

// appointedList returns the people the list of appointments names after
// its first person, the verb's object (key first, at end or after), in
// text order.
func (c *eventCtx) appointedList(end int, first string) []string {
	t := c.t
	k := -1 // where the person just read ends
	for _, act := range c.acts {
		if act.a >= end && act.key == first {
			k = act.b
			break
		}
	}
	var out []string
	for k >= 0 && k < len(t) && asWords[t[k].lower()] {
		next := -1
		for j := k + 1; j < len(t) && j <= k+maxTitleWords && next < 0; j++ {
			w := t[j].lower()
			if clauseBreaks[w] || isVerb(t, j) {
				break
			}
			if t[j].Text != "," && !listConjunctions[w] {
				continue
			}
			s := j + 1
			if s < len(t) && listConjunctions[t[s].lower()] {
				s++ // ", and"
			}
			if a := actorAt(c.acts, s); a >= 0 && c.acts[a].a == s && c.acts[a].typ == Person && c.acts[a].b < len(t) && asWords[t[c.acts[a].b].lower()] {
				next = a
			}
		}
		if next < 0 {
			break
		}
		out = append(out, c.acts[next].key)
		k = c.acts[next].b
	}
	return out
}
