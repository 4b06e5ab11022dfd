package extract

// A light-verb phrase in the passive has its noun for subject, and the
// verb alone after its auxiliaries:
//
//	NOUN (is|was|were|...) [RB] VERB-VBN ...     the pattern VERB * NOUN
//
// "Sanctions were imposed on Iran by the EU": the EU imposes sanctions
// on Iran; "Talks were held between Chile and Peru": they meet.

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
	if !be || k < 0 || actorAt(c.acts, k) >= 0 {
		return -1
	}
	if w := t[k].lower(); w != rest[0] && w != rest[0]+"s" {
		return -1
	}
	return v + 1
}
