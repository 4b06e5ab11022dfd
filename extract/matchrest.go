package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// The words of a pattern after its verb or noun (verbs.tsv), matched
// against the words of the sentence after it:
//
//	VERB WORD ...              each word, or its plural
//	VERB [on] DAY WORD ...     a day between the verb and its words
//	VERB * WORD ...            "*" up to four words that are no verb, no
//	                           clause opener and no infinitive, past a
//	                           partitive noun and its "of" or a span of time
//	VERB * <sum>|<arms>        a sum of money; weapons
//
// "resumed a new round of peace talks" matches "resume * talks", "called
// on Tuesday for the resignation of" matches "call for * resignation",
// "received 30 tanks" matches "receive * <arms>".

// partitiveNouns count or group the nouns after their "of": "a round of talks".
var partitiveNouns = lexicon.Class("partitiveNouns")

// matchRest matches the words of a pattern after the verb, '*' standing for
// up to four optional words ("made a surprise visit to", "extended a 500
// million euro loan to") and for a partitive noun with its "of" or a span
// of time before them, which it does not count ("resumed a new round of
// peace talks", "gave the envoy 72 hours to leave"); it returns the token
// index after the match.
func matchRest(t []Token, i int, rest []string) (int, bool) {
	for k := 0; k < len(rest); k++ {
		w := rest[k]
		if w == "*" {
			if j := dayAdverbEnd(t, i); k == 0 && j > i {
				i = j // "agreed on Tuesday a package of sanctions"
			}
			if k+1 < len(rest) {
				for skip := 0; skip <= 4 && i+skip < len(t); skip++ {
					if patternWordAt(t, i+skip, rest[k+1]) {
						i += skip
						break
					}
					if partitiveNouns[t[i+skip].lower()] && ofAfter(t, i+skip) || t[i+skip].Tag == "CD" && i+skip+1 < len(t) && timeUnits[t[i+skip+1].lower()] && !timeUnits[rest[k+1]] {
						// "a new round of peace talks": the talks; "gave the
						// ambassador 72 hours to leave": no time counts, unless
						// the pattern names it ("give * days to")
						i += skip + 2
						skip = -1
						continue
					}
					if attributiveParticiple(t, i+skip, rest[k+1]) {
						continue // "came under growing pressure from": a participle before the noun describes it
					}
					if strings.HasPrefix(t[i+skip].Tag, "VB") || !isWord(t[i+skip].Text) || clauseOpeners[t[i+skip].lower()] {
						break // "demanded that Turkey release": the clause is no part of the phrase
					}
					if t[i+skip].Tag == "TO" && i+skip+1 < len(t) && t[i+skip+1].Tag == "VB" {
						break // "offered to help Ukraine": an infinitive, not "offer * help"
					}
					if t[i+skip].Tag == "IN" && skip > 0 && (rest[k+1] == sumWord && strings.HasPrefix(t[i+skip-1].Tag, "NN") ||
						(t[i+skip-1].Tag == "NN" || t[i+skip-1].Tag == "NNS") && !ofWords[t[i+skip].lower()]) {
						// a noun's preposition ends the verb's phrase: "raised
						// tariffs on $18 billion of imports" names no sum
						// raised, "made the promise after a visit" no visit
						// made; but "raised about £900m", "a list of
						// suspects", "hit Peru with tariffs"
						break
					}
				}
			}
			continue
		}
		if k == 0 && i < len(t) && !patternWordAt(t, i, w) {
			if j := dayAdverbEnd(t, i); j > i && j < len(t) && patternWordAt(t, j, w) {
				i = j // "called on Tuesday for the resignation of"
			}
		}
		if i >= len(t) || !patternWordAt(t, i, w) {
			return 0, false
		}
		i++
		if w == sumWord {
			i = sumEnd(t, i) // "$ 2bn", "400m euros"
		}
		for w == armsWord && i < len(t) && armsNouns[t[i].lower()] {
			i++ // "fighter jets", "air defence systems"
		}
	}
	return i, true
}

// attributiveParticiple reports a participle at token j, after no
// auxiliary, that describes the noun after it, the pattern's next word w
// or another: "growing" in "came under growing pressure", "controlling"
// in "bought a controlling stake".
func attributiveParticiple(t []Token, j int, w string) bool {
	if j < 1 || j+1 >= len(t) || t[j].Tag != "VBG" && t[j].Tag != "VBN" || haveForms[t[j-1].lower()] || beForms[t[j-1].lower()] {
		return false // but "has resisted calls": a verb after its auxiliary
	}
	return patternWordAt(t, j+1, w) || strings.HasPrefix(t[j+1].Tag, "NN") && !isCap(t[j+1].Text)
}

// dayAdverbEnd is the token after a day named from token i on, which may
// stand between a verb and the words of its pattern, or i when there is
// none:
//
//	[on] DAY|MONTH [CD]* [morning|evening|...]
//
// "called on Tuesday for", "called Tuesday night for".
func dayAdverbEnd(t []Token, i int) int {
	j := i
	if j+1 < len(t) && dayPreps[t[j].lower()] {
		j++
	}
	if j >= len(t) || !isDateWord(t[j].Text) || !isCap(t[j].Text) {
		return i
	}
	j++
	for j < len(t) && (t[j].Tag == "CD" || dayParts[t[j].lower()]) {
		j++
	}
	return j
}

// sumWord in a pattern stands for a sum of money: "raise * <sum>" matches
// "raised $2bn", "raised about £900m", "raised 400m euros".
const sumWord = "<sum>"

// armsWord in a pattern stands for weapons of war, armsNouns: "receive *
// <arms>" matches "received 30 tanks", "received F-16 fighter jets".
const armsWord = "<arms>"

// armsNouns name weapons and their systems, what one state supplies
// another: "tanks", "missiles", "fighter jets".
var armsNouns = lexicon.Class("armsNouns")

// patternWordAt reports that token i matches the pattern word w.
func patternWordAt(t []Token, i int, w string) bool {
	if w == sumWord {
		return isSum(t, i)
	}
	if w == armsWord {
		return armsNouns[t[i].lower()]
	}
	return wordIs(t[i].Text, w)
}

// currencyWords name a currency after its amount: "400m euros".
var currencyWords = lexicon.Class("currencyWords")

// sumMagnitudes name a sum in words with "of" and a currency: "billions
// of dollars".
var sumMagnitudes = lexicon.Class("sumMagnitudes")

// isSum reports a sum of money that starts at token i: a currency sign
// ("$", "£900m", "HK$100"), an amount before a currency's name, or a round
// number in words, "of" and a currency ("billions of dollars").
func isSum(t []Token, i int) bool {
	if strings.ContainsAny(t[i].Text, "$£€¥") {
		return true
	}
	if magnitudeOf(t, i) {
		return true
	}
	return t[i].Tag == "CD" && i+1 < len(t) && currencyWords[t[i+1].lower()]
}

// magnitudeOf reports a round number in words, "of" and a currency at
// token i: "billions of dollars".
func magnitudeOf(t []Token, i int) bool {
	return i+2 < len(t) && sumMagnitudes[t[i].lower()] && ofWords[t[i+1].lower()] && currencyWords[t[i+2].lower()]
}

// sumEnd is the token after the amount and currency name from token i on.
func sumEnd(t []Token, i int) int {
	if magnitudeOf(t, i) {
		return i + 3
	}
	for i < len(t) && (t[i].Tag == "CD" || currencyWords[t[i].lower()]) {
		i++
	}
	return i
}

// clauseOpeners start a clause that a pattern's optional words never cross.
var clauseOpeners = lexicon.Class("clauseOpeners")

// wordIs matches a token against a pattern word or its plural.
func wordIs(tok, w string) bool {
	tw := strings.ToLower(tok)
	return tw == w || tw == w+"s" || tw == w+"es"
}

// partyInGap reports a party the "*" of a light-verb pattern rest
// skipped between from and end: the verb's own object, not a word of the
// phrase.
//
//	VERB PARTY ... NOUN      "hosted his Ugandan counterpart for talks"
func (c *eventCtx) partyInGap(from, end int, rest []string) bool {
	if len(rest) < 2 || rest[0] != "*" {
		return false
	}
	for k := from; k < end-(len(rest)-1); k++ {
		if a := actorAt(c.acts, k); a >= 0 && !c.acts[a].modifier && !c.acts[a].media {
			return true
		}
	}
	return false
}
