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
		// "Sanctions against Iran were lifted": past the noun's target
		j := c.acts[a].a - 1
		for j >= 0 && determiners[t[j].lower()] {
			j--
		}
		if j < 1 || !nominalPreps[t[j].lower()] || doneVerbs[t[v].lower()] {
			return -1 // and "Sanctions on Iran were imposed by": the noun's own act, its doer the by-phrase (nounbyphrase.go)
		}
		k = j - 1
	}
	if w := t[k].lower(); w != rest[0] && w != rest[0]+"s" {
		return -1
	}
	return v + 1
}
