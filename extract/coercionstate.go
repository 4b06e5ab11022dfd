package extract

// An arrest, a sentence or another act of coercion reported in the
// passive with no agent was done by a state: the state of the place the
// clause names, else the state the article is about, the one its headline
// names first:
//
//	PERSON|BODY (was|were) COERCION-VERB ... (in|at|near) [the] PLACE   the place's state
//	PERSON|BODY (was|were) COERCION-VERB                               the headline's state
//
// "Two journalists were detained in Minsk": Belarus detained them, whatever
// the headline says. A dateline's state is no such evidence: wire copy is
// dated where it is written ("LONDON - ... was forced to"), not where the
// act was done.

// coercionState is the key of the state that did the passive act of
// coercion whose pattern ends at end, or "" when neither the clause nor
// the article names one.
func (c *eventCtx) coercionState(end int) string {
	if key := c.stateIn(end); key != "" {
		return key
	}
	if c.focal != "" {
		return "country:" + c.focal
	}
	return ""
}

// stateIn is the key of the state of the first place or country named
// after "in", "at" or "near" in the clause from token end on, or "".
func (c *eventCtx) stateIn(end int) string {
	t := c.t
	for k := end; k+1 < len(t) && k < end+12; k++ {
		w := t[k].lower()
		if clauseBreaks[w] || w == "." || isVerb(t, k) {
			return ""
		}
		if !placePreps[w] {
			continue
		}
		j := k + 1
		if definite[t[j].lower()] {
			j++
		}
		if a := actorAt(c.acts, j); a >= 0 && c.acts[a].a == j && c.acts[a].typ == Country && !c.acts[a].demonym {
			return c.acts[a].key // "in Iran", "in Minsk": capitals stand for their country
		}
		for _, p := range c.places {
			if p.a == j && p.country != "" {
				return "country:" + p.country // "in Tampere"
			}
		}
		return ""
	}
	return ""
}
