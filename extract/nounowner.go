package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// personPossessives and partyPossessives are the possessive pronouns of a
// person and of a country or organization.
var (
	personPossessives = lexicon.Class("personPossessives")
	partyPossessives  = lexicon.Class("partyPossessives")
)

// An event noun whose owner is a possessive pronoun is done by the party
// the pronoun stands for, and one that stands in a phrase opening the
// sentence by the sentence's subject:
//
//	[SUBJ ...] (his|her|its|their) [ADJ]* EVENT-NOUN ...   (SUBJ of the pronoun's kind)
//	SUBJ ... PARTY ... (his|her|its|their) [ADJ]* EVENT-NOUN   (PARTY of the pronoun's kind)
//	PREP [ADJ|DET]* EVENT-NOUN ... , SUBJ VERB ...
//
// "Chile, in its latest attack on Peru, fired missiles": Chile attacks;
// "sanctions imposed on Iraq after its invasion of Kuwait": Iraq invades.
// "After talks with Peru, Chile agreed to reopen the border": Chile
// talks with Peru.

// pronounOwner is who the possessive pronoun before the event noun at v
// stands for: the party of the pronoun's kind named nearest before it in
// the sentence, outside a phrase of place, when that is not the subject
// ("imposed sanctions on Iraq after its invasion of Kuwait"); else the
// subject the sentence opens with, of the pronoun's kind, else the last
// sentence's; nil when no pronoun owns the noun.
func (c *eventCtx) pronounOwner(v int) []string {
	t := c.t
	k := v - 1
	for k >= 0 && (strings.HasPrefix(t[k].Tag, "JJ") || t[k].Tag == "CD") {
		k--
	}
	if k < 0 || t[k].Tag != "PRP$" && !possessivePronouns[t[k].lower()] {
		return nil
	}
	w := t[k].lower()
	fits := func(a actor) bool {
		return a.key != "" && !a.demonym && !a.modifier && !a.media && len(a.also) == 0 &&
			pronounFits(a.typ, personPossessives[w], partyPossessives[w]) && !c.genderClash(a.key, w)
	}
	for i := len(c.acts) - 1; i >= 0; i-- {
		if a := c.acts[i]; a.b <= k && fits(a) && !c.inPlacePhrase(a.a) {
			if o := openingSubject(t, c.acts); o.key != "" && o.a == a.a {
				break // the subject itself: as below
			}
			return []string{a.key} // "sanctions on Iraq after its invasion of Kuwait": Iraq's
		}
	}
	if a := openingSubject(t, c.acts); a.key != "" {
		reported := false
		for j := a.b; j < k; j++ {
			w := t[j].lower()
			if speechVerbs[w] || thatWords[w] {
				reported = true
			} else if reported && strings.HasPrefix(t[j].Tag, "NN") {
				// "Le Monde reported some movements were taking their
				// attacks": the reported clause's own subject's; but "Chile
				// said its attack" is the speaker's
				return nil
			}
		}
		if fits(a) {
			return []string{a.key} // before the noun or after the phrase it opens
		}
		return nil // the sentence's subject is another's
	}
	if c.opensWithNoun(k) {
		return nil // "The militants vowed to step up their attacks": the noun's, whom no name gives
	}
	if fits(c.before) {
		return []string{c.before.key}
	}
	return nil
}

// opensWithNoun reports a sentence whose main clause opens, before token
// k, with a noun phrase that names no actor as the subject of a verb:
//
//	[DET] [ADJ|NOUN]* NOUN VERB ... k
//
// "The militants have vowed to step up their attacks".
func (c *eventCtx) opensWithNoun(k int) bool {
	t := c.t
	j := datelineEnd(t)
	if e := openingPhraseEnd(t, j); e > 0 {
		j = e
	}
	if j < k && determiners[t[j].lower()] {
		j++
	}
	start := j
	for j < k && (t[j].Tag == "JJ" || t[j].Tag == "NN" || t[j].Tag == "NNS") && actorAt(c.acts, j) < 0 {
		j++
	}
	return j > start && j < k && (t[j-1].Tag == "NN" || t[j-1].Tag == "NNS") && (strings.HasPrefix(t[j].Tag, "VB") || t[j].Tag == "MD")
}

// openingNoun reports an event noun at v in a prepositional phrase that
// opens the sentence: "After talks with Peru, ...", "Following talks with
// Peru, ...".
func (c *eventCtx) openingNoun(v int) bool {
	t := c.t
	start := datelineEnd(t)
	if start >= v || t[start].Tag != "IN" && !timeOpeners[t[start].lower()] {
		return false // but "Following talks with Peru": a preposition the tagger read as a participle
	}
	for k := start + 1; k < v; k++ {
		if !modifiesNoun(t[k]) {
			return false
		}
	}
	return true
}

// voicingVerbs voice an attitude that a noun names and its possessor
// holds: "expressed Washington's support".
var voicingVerbs = lexicon.Class("voicingVerbs")

// lightNounOwner is the party whose possessive stands before the noun of
// a light-verb pattern of voicing at v, ending at end: the noun names that
// party's attitude, and the verb's subject only voices it:
//
//	VOICING-VERB ... PARTY 's NOUN      (a pattern "VERB * NOUN")
//
// "Wilcox expressed Washington's support for the government": Washington
// supports it. Not for verbs of asking, whose noun's possessor undergoes
// the act ("requested Banisadr's extradition"). "" when the noun has no
// such owner.
func (c *eventCtx) lightNounOwner(v, end int, p verbEntry) string {
	t := c.t
	if len(p.rest) == 0 || end < 3 || !isPossessive(t[end-2].Text) || !voicingVerbs[c.idx.lemma(t[v].Text)] {
		return ""
	}
	a := actorAt(c.acts, end-3)
	if a < 0 || c.acts[a].b != end-2 || c.acts[a].demonym || c.acts[a].media {
		return ""
	}
	return c.acts[a].key
}
