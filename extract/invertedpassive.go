package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// A passive told subject last, its participle first:
//
//	[ADVERB | among those] VBN (was|were) SUBJECT ...
//
// "Also arrested were Ana Ruiz and Luis Vega": both were arrested, by
// whom the passive says otherwise (coercionstate.go); "Among those killed
// were two Chilean soldiers".

// amongWords with "those" open an inverted passive's participle.
var amongWords = lexicon.Class("amongWords")

// invertedPassive reports a past participle at v that opens its clause,
// past an adverb or "among those", before a form of "be" and its subject;
// a tagger may take it for a past tense, which a form of "be" cannot
// follow.
func invertedPassive(t []Token, v int) bool {
	if t[v].Tag != "VBN" && t[v].Tag != "VBD" || v+2 >= len(t) || !beForms[t[v+1].lower()] {
		return false
	}
	k := datelineEnd(t)
	for k < v && t[k].Tag == "RB" {
		k++ // "Also arrested were"
	}
	if k+2 == v && amongWords[t[k].lower()] && t[k+1].Tag == "DT" {
		k += 2 // "Among those arrested were"
	}
	return k == v
}

// invertedSubject is the subject after the form of "be" of the inverted
// passive at v: the parties named before the next clause.
func (c *eventCtx) invertedSubject(v int) []string {
	if !invertedPassive(c.t, v) {
		return nil
	}
	return c.objectAfter(v+2, 8)
}
