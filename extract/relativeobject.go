package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A relative clause whose pronoun is its verb's object acts on the
// antecedent, when the verb has no object of its own:
//
//	ANTECEDENT [,] (which|whom) SUBJECT [AUX|ADVERB]* VERB
//
// "Rabbani's government, which the Taleban is fighting to overthrow": the
// Taleban fights the government. The subject is a name or a pronoun; the
// verb's own subject is read as for any clause. With no relative pronoun
// and a pronoun for subject, the clause acts on the noun before it, as its
// nationality's people:
//
//	[NATIONALITY] NOUN PRONOUN VERB      "two Chilean fishermen it accused": Chile

// objectRelatives are the relative pronouns that can be a verb's object;
// periodOpeners and periodNouns make a phrase of time: "last year".
var (
	objectRelatives = lexicon.Class("objectRelatives")
	periodOpeners   = lexicon.Class("periodOpeners")
	periodNouns     = lexicon.Class("periodNouns")
)

// relativeObject finds the antecedent of the relative clause of the verb
// at v whose object the pronoun is, or nil; end is where the verb's
// pattern ends.
func (c *eventCtx) relativeObject(v, end int) []string {
	t := c.t
	if end < len(t) && opensNounPhrase(t[end]) && !c.periodAt(end) {
		return nil // "which Iran signed a deal with": an object of its own
	}
	k := beforeAuxiliaries(t, v)
	j := -1
	switch s := actorAt(c.acts, k); {
	case k >= 0 && t[k].Tag == "PRP":
		j = k - 1
	case s >= 0 && c.acts[s].b == k+1:
		j = c.titleChunkStart(c.acts[s].a) - 1 // "whom Chilean President Hugo Soto ordered": past the subject's title and its owner
		for j >= 0 && determiners[t[j].lower()] {
			j--
		}
	}
	if j >= 1 && k >= 0 && t[k].Tag == "PRP" && (t[j].Tag == "NNS" || t[j].Tag == "NN") && !isCap(t[j].Text) && actorAt(c.acts, j) < 0 {
		// "expelled two Peruvian diplomats it accused of spying": a
		// relative clause with no pronoun of its own, whose object is the
		// noun before it, its nationality's people
		if a := actorAt(c.acts, j-1); a >= 0 && c.acts[a].demonym && c.acts[a].b == j {
			return []string{c.acts[a].key}
		}
		return nil
	}
	if j < 1 || !objectRelatives[t[j].lower()] {
		return nil
	}
	i := j - 1
	if t[i].Text == "," {
		i--
	}
	if a := actorAt(c.acts, i); a < 0 {
		if p := c.ownedNoun(i); p >= 0 {
			i = p // "Iran's nuclear programme, which": the owner; but "Russia's foreign ministry, which" is the ministry
		}
	}
	if a := actorAt(c.acts, i); a >= 0 && !c.acts[a].modifier && c.acts[a].b == i+1 {
		return c.coordinated(a, -1)
	}
	return nil
}

// ownedNoun is the last token of the owner of a noun phrase ending at
// token i that opens with a possessive ("Iran's nuclear programme"), or
// -1.
func (c *eventCtx) ownedNoun(i int) int {
	t := c.t
	for k := i; k >= 1 && k > i-4; k-- {
		if isPossessive(t[k].Text) {
			return k - 1
		}
		if !strings.HasPrefix(t[k].Tag, "NN") && !strings.HasPrefix(t[k].Tag, "JJ") {
			return -1
		}
	}
	return -1
}

// opensNounPhrase reports a word that begins a noun phrase: a determiner,
// an adjective, a number, a noun or a pronoun.
func opensNounPhrase(tok Token) bool {
	return modifiesNoun(tok) || strings.HasPrefix(tok.Tag, "NN") || tok.Tag == "PRP"
}

// periodAt reports a phrase of time at token k: a day or month's name,
// or "last year", "this week".
func (c *eventCtx) periodAt(k int) bool {
	t := c.t
	return isDateWord(t[k].Text) || k+1 < len(t) && periodOpeners[t[k].lower()] && periodNouns[t[k+1].lower()]
}
