package extract

// A verb of appointing names each person of a list of people and their
// offices, not the first alone:
//
//	APPOINT-VERB PERSON as TITLE (, | and | , and) PERSON as TITLE ...
//
// "Vega appointed Ana Ruiz as foreign minister, Marta Soto as finance
// minister and Jorge Paz as interior minister": Vega appoints all three.
// A participle after an office so given is its appointee's act
// (appointee).
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

// appointee is the person a participle after an appointment's office
// acts for: the person named before "as" and the office, after a verb of
// appointing, when the participle at v follows the office's comma:
//
//	APPOINT-VERB ... PERSON as TITLE , VBG ...
//
// "appointed Ana Soto as finance minister, replacing Luis Vega": Soto
// replaces Vega. Nil when the words are not so.
func (c *eventCtx) appointee(v int) []string {
	t := c.t
	if v < 3 || t[v-1].Text != "," {
		return nil
	}
	k := v - 2
	for k > 0 && v-2-k < maxTitleWords && !asWords[t[k].lower()] && !isVerb(t, k) && !clauseBreaks[t[k].lower()] {
		k--
	}
	if k <= 0 || !asWords[t[k].lower()] {
		return nil
	}
	a := actorAt(c.acts, k-1)
	if a < 0 || c.acts[a].b != k || c.acts[a].typ != Person {
		return nil
	}
	for j := c.acts[a].a - 1; j >= 0; j-- {
		if appointVerbs[t[j].lower()] && isVerb(t, j) {
			return []string{c.acts[a].key}
		}
		if clauseBreaks[t[j].lower()] {
			break
		}
	}
	return nil
}
