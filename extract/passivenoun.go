package extract

// A light-verb phrase in the passive has its noun for subject, and the
// verb alone after its auxiliaries:
//
//	NOUN [PREP TARGET] (is|was|were|...) [RB] VERB-VBN ...     the pattern VERB * NOUN
//
// "Sanctions were imposed on Iran by the EU": the EU imposes sanctions
// on Iran; "Talks were held between Chile and Peru": they meet;
// "Sanctions against Iran were lifted by the EU": the EU lifts them.

// passiveNounEnd is the end of the words of the light-verb pattern rest
// of the participle at v when its noun is the passive subject, v+1; -1
// when the participle is no passive, or the pattern no light verb's, or
// its subject another noun.
func (c *eventCtx) passiveNounEnd(v int, rest []string) int {
	if c.passiveNoun(v, rest) < 0 {
		return -1
	}
	return v + 1
}

// passiveNoun is the index of the noun of pattern rest that is the passive
// subject of the participle at v, or -1.
func (c *eventCtx) passiveNoun(v int, rest []string) int {
	t := c.t
	if t[v].Tag != "VBN" || len(rest) == 0 {
		return -1
	}
	if rest[0] == "*" {
		rest = rest[1:]
	}
	if len(rest) != 1 {
		return -1
	}
	k := v - 1
	be := false
	for k >= 0 && (beForms[t[k].lower()] || haveForms[t[k].lower()] || modals[t[k].lower()] || t[k].Tag == "RB") {
		be = be || beForms[t[k].lower()]
		k--
	}
	if !be || k < 0 {
		return -1
	}
	if a := actorAt(c.acts, k); a >= 0 {
		// "Sanctions against Iran were lifted": past the noun's target,
		// or its targets ("the deal between Chile and Peru")
		j := c.acts[a].a - 1
		for j > 0 && (coordinators[t[j].lower()] || t[j].Text == ",") {
			b := actorAt(c.acts, j-1)
			if b < 0 {
				break
			}
			j = c.acts[b].a - 1
		}
		for j >= 0 && determiners[t[j].lower()] {
			j--
		}
		if j < 1 || !nominalPreps[t[j].lower()] && !betweenPreps[t[j].lower()] || doneVerbs[t[v].lower()] {
			return -1 // and "Sanctions on Iran were imposed by": the noun's own act, its doer the by-phrase (nounbyphrase.go)
		}
		k = j - 1
	}
	if w := t[k].lower(); w != rest[0] && w != rest[0]+"s" {
		return -1
	}
	return k
}

// subjectNouns marks the event nouns that are the passive subject of a
// light-verb pattern's participle later in the sentence, or that the
// participle follows with its doer: their act is the verb's event, told
// by the verb, and no second one of their own.
//
//	NOUN ... (was|were) VERB-VBN      the pattern VERB * NOUN
//	NOUN VERB-VBN by DOER             the pattern VERB * NOUN
//
// "The deal between Chile and Peru was signed in Lima": a signing only;
// "a four-hour strike called by Arafat": a strike called, no strike of
// force (a noun of force after which the participle of a light verb of
// another kind stands; "sanctions imposed by the EU" keep their own act).
func (x *Extractor) subjectNouns(ctx *eventCtx) map[int]bool {
	var out map[int]bool
	mark := func(k int) {
		if out == nil {
			out = map[int]bool{}
		}
		out[k] = true
	}
	t := ctx.t
	for v, tok := range t {
		if tok.Tag != "VBN" && tok.Tag != "VBD" {
			continue
		}
		for _, p := range x.idx.verbs[x.idx.verbLemma(tok.Text)] {
			if k := ctx.passiveNoun(v, p.rest); k >= 0 && tok.Tag == "VBN" {
				mark(k)
			}
			// "a four-hour strike called by Arafat": the participle after
			// the noun is its light verb's, in the passive; the noun
			// has that verb's sense ("call * strike"), not its own
			if rest := p.rest; len(rest) > 0 && v >= 1 && v+1 < len(t) && agentPreps[t[v+1].lower()] && !violentRoots[p.code[:2]] {
				if w := t[v-1].lower(); (w == rest[len(rest)-1] || w == rest[len(rest)-1]+"s") && x.violentNoun(w) {
					mark(v - 1)
				}
			}
		}
	}
	return out
}

// violentNoun reports a noun whose own sense is an act of force: "strike".
func (x *Extractor) violentNoun(w string) bool {
	for _, p := range x.idx.verbs[x.idx.lemma(w)] {
		if len(p.rest) == 0 && violentRoots[p.code[:2]] {
			return true
		}
	}
	return false
}
