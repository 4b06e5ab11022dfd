package extract

import "strings"

// The verb an event noun hangs from, whose modality it shares: the verb
// it is the object of, or the verb it is the purpose of:
//
//	VERB [PARTICLE] [DET|ADJ|NOUN|ACTOR]* EVENT-NOUN     "will begin accession talks": begin
//	VERB ... for [DET|ADJ|NOUN]* EVENT-NOUN             "will visit Egypt this Sunday for talks": visit

// purposeNounVerb is the verb that an event noun at v after "for" is the
// purpose of, in its clause, or -1:
//
//	VERB ... for [DET|ADJ|NOUN]* EVENT-NOUN     "will visit Egypt this Sunday for talks with Mubarak"
func (c *eventCtx) purposeNounVerb(v int) int {
	t := c.t
	k := v - 1
	for k >= 0 && (modifiesNoun(t[k]) || nounModifierWord(t[k])) {
		k--
	}
	if k < 1 || !purposePreps[t[k].lower()] {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		w := t[j].lower()
		if clauseBreaks[w] || w == "," || relativePronouns[w] {
			return -1
		}
		if strings.HasPrefix(t[j].Tag, "VB") && actorAt(c.acts, j) < 0 {
			return j
		}
	}
	return -1
}

// governingVerb is the verb whose object the event noun at v is, before
// the words and nouns that modify it and an actor among them, and before
// its particle ("will join a US attack on Iran": join; "will begin
// accession talks": begin; "ruled out a strike": rule), or -1.
func (c *eventCtx) governingVerb(v int) int {
	t := c.t
	k := v - 1
	for k >= 0 && (modifiesNoun(t[k]) || nounModifierWord(t[k]) || actorAt(c.acts, k) >= 0) {
		k-- // "will begin accession talks with"
	}
	if k >= 1 && (t[k].Tag == "RP" || excludeParticles[t[k].lower()] || instrumentPreps[t[k].lower()]) && strings.HasPrefix(t[k-1].Tag, "VB") {
		k-- // "did not rule out a strike on", "will proceed with the annexation of": the verb before its particle
	}
	if k >= 0 && strings.HasPrefix(t[k].Tag, "VB") && actorAt(c.acts, k) < 0 {
		return k
	}
	return -1
}
