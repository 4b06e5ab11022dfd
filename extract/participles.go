package extract

// A participle right after a common noun opens a reduced relative clause
// about that noun, and the noun is its subject:
//
//	NN|NNS VBG|VBN ...   (the noun no actor)
//
// "blocked a resolution condemning Syria": the resolution condemns, so
// the participle is a verb (its object is no object of "blocked"), and
// its agent is the noun's: none for a thing, the author found as the
// clause's subject for what an actor issues or does ("issued a
// declaration demanding").

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// actNouns name what an actor issues or carries out, so that what they
// do is done by their author: "issued a declaration demanding",
// "cyber activity targeting".
var actNouns = lexicon.Class("actNouns")

// doneBy reports that the noun at k stands for its author, who is found
// as the subject of the clause: a group noun ("troops"), a claim, an
// event or an act noun.
func (c *eventCtx) doneBy(k int) bool {
	w := c.t[k].lower()
	return groupNouns[w] || claimNouns[w] || actNouns[w] || eventNoun(w)
}

// nounModifier reports a participle right after a common noun, which
// opens a reduced relative clause about that noun: "a resolution
// condemning Syria", "troops stationed in Mali", "hostages being held by
// Hamas" (a passive going on, with its agent), past the mark that closes
// a quoted noun ("the \"legal and ethical issues\" surrounding her
// appointment"). Its subject is the noun.
func nounModifier(t []Token, k int) bool { return modifiedNoun(t, k) >= 0 }

// modifiedNoun is the common noun whose reduced relative clause the
// participle at k opens (nounModifier); -1 when there is none.
func modifiedNoun(t []Token, k int) int {
	if t[k].Tag != "VBG" && t[k].Tag != "VBN" || k == 0 {
		return -1
	}
	n := k - 1
	if n > 0 && t[k].Tag == "VBN" && t[n].Tag == "VBG" && beForms[t[n].lower()] && k+1 < len(t) && agentPreps[t[k+1].lower()] {
		n--
	}
	if n > 0 && isQuoteMark(t[n].Text) {
		n--
	}
	if t[n].Tag == "NN" || t[n].Tag == "NNS" {
		return n
	}
	return -1
}

// participleAdjective reports a participle, or a past form the tagger
// gave the same spelling, between a preposition and a common noun: an
// adjective, no verb.
//
//	IN (VBN|VBD) NOUN
//
// "columns of armed men", "with banned groups".
func participleAdjective(t []Token, k int) bool {
	return (t[k].Tag == "VBN" || t[k].Tag == "VBD") && k > 0 && t[k-1].Tag == "IN" && k+1 < len(t) && nounModifierWord(t[k+1])
}

// modifierGerund finds who does a gerund that follows a preposition taken
// by a participle or an adjective right after a noun: the noun, which the
// participle's reduced relative clause is about.
//
//	NOUN (VBN|VBD|JJ) IN VBG     the noun: an actor, or none
//
// "shot dead three guerrillas suspected of killing a French bishop": the
// guerrillas killed, not who shot them. A past tense there (the tagger's
// "suspected/VBD") is the noun's own verb, whose subject does the gerund
// all the same ("rebels succeeded in killing"). ok is false when v is no
// such gerund.
func (c *eventCtx) modifierGerund(v int) (keys []string, ok bool) {
	t := c.t
	if v < 3 || t[v].Tag != "VBG" || t[v-1].Tag != "IN" || !participleOrAdjective(t[v-2].Tag) || !nounTag(t[v-3].Tag) {
		return nil, false
	}
	if a := actorAt(c.acts, v-3); a >= 0 && c.acts[a].b == v-2 && !c.acts[a].modifier {
		return c.coordinated(a, -1), true // "the PKK suspected of planning attacks": the PKK plans them
	}
	return nil, true
}

// participleOrAdjective reports the tag of a word that may take a
// preposition and a gerund after a noun: "suspected of", "responsible
// for".
func participleOrAdjective(tag string) bool {
	return tag == "VBN" || tag == "VBD" || tag == "JJ"
}

// nounTag reports a common or proper noun's tag.
func nounTag(tag string) bool {
	return tag == "NN" || tag == "NNS" || tag == "NNP" || tag == "NNPS"
}

// nationalParticiple reports a participle, or a past form the tagger gave
// the same spelling, between a nationality and a common noun: an
// adjective of the nationality's thing, no verb. The nationality is an
// adjective: after its people, a plural noun, the word is their verb.
//
//	NATIONALITY (VBN|VBD) NOUN      NATIONALITY not NNS|NNPS
//
// "the head of the Chilean armed forces": no arming; but "Peruvians
// threw stones at": a throw.
func (c *eventCtx) nationalParticiple(k int) bool {
	t := c.t
	if t[k].Tag != "VBN" && t[k].Tag != "VBD" || k+1 >= len(t) || !nounModifierWord(t[k+1]) {
		return false
	}
	a := actorAt(c.acts, k-1)
	return a >= 0 && c.acts[a].demonym && c.acts[a].b == k && t[k-1].Tag != "NNS" && t[k-1].Tag != "NNPS"
}
