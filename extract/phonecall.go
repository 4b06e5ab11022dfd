package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A call to people with nothing after them but the clause's end, a time,
// a purpose or a topic is a telephone call (CAMEO 041); a call with more
// after its object names it something or asks it to do something:
//
//	call PERSON [(, | and) PERSON]* (. | , | ; | on DAY | DATE-WORD | to VERB | about ...)
//
// "Rice called Mr Abbas and Mr Sharon on Sunday evening": a telephone
// call; not "called Soto a liar", "called Soto's plan a mistake",
// "called elections".

// callVerbs are the forms of "call", whose object alone makes a telephone
// call.
var callVerbs = lexicon.Class("callVerbs")

// relativeDayWords name a day by the article's: "yesterday".
var relativeDayWords = lexicon.Class("relativeDayWords")

// phoneCode is CAMEO's code of consulting by telephone.
const phoneCode = "041"

// phoneCall reports that the object of the call ending at end, whose
// parties are targets, is all the call names: people, followed by no
// name, no description and no possessive.
func (c *eventCtx) phoneCall(end int, targets []string) bool {
	t := c.t
	if len(targets) == 0 || !c.allPersons(targets) {
		return false
	}
	k := end
	for k < len(t) {
		if a := actorAt(c.acts, k); a >= 0 {
			k = c.acts[a].b
			continue
		}
		if honorifics[t[k].Text] || c.isTitleWord(k) || coordinators[t[k].lower()] && k > end ||
			t[k].Text == "," && k+1 < len(t) && actorAt(c.acts, k+1) >= 0 {
			k++ // "Mr Abbas and Mr Sharon", "President Ruiz, Soto"
			continue
		}
		break
	}
	if k == end || k > end && actorAt(c.acts, k-1) < 0 {
		return false // the object is no party: "called elections"
	}
	if k >= len(t) {
		return true
	}
	w := t[k].lower()
	switch {
	case isPossessive(t[k].Text) || t[k].Tag == "POS":
		return false // "called Soto's plan a mistake"
	case clauseBreaks[w] || w == "." || w == ";" || isDateWord(t[k].Text) || relativeDayWords[w]:
		return true
	case infinitiveMarks[w]:
		return k+1 < len(t) && t[k+1].Tag == "VB" // "called Soto to congratulate him"
	case t[k].Tag == "IN":
		return !asWords[w] // "on Sunday", "about the crisis"; not "called Soto as a witness"
	}
	return strings.HasPrefix(t[k].Tag, "RB") // "called Soto late on Monday"
}
