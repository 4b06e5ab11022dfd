package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/names"
)

// A one-word place or organization between a person's title in capitals
// and an unknown word in capitals that no name holds is that person's
// given name:
//
//	Title(capitals) LOC|ORG(one word) NNP(unknown)   "Minister Florence Okafor", where "Florence" is also a city
//
// The title is the evidence the name tagger did not weigh: no title is
// written before a place's name. The word after is no name of its own
// in the lexicon, no ordinary or date word and no headline's capitals, and
// nothing stands between the three.
func (bd *builder) joinTitledForenames(t []Token, spans []names.Span) []names.Span {
	for k := range spans {
		sp := &spans[k]
		a, b := sp.Start, sp.End
		if b-a != 1 || sp.Type != "LOC" && sp.Type != "ORG" || a == 0 || b >= len(t) ||
			!isCap(t[a-1].Text) || !bd.isTitleWord(t[a-1]) || t[a-1].End+1 != t[a].Start {
			continue
		}
		if k+1 < len(spans) && spans[k+1].Start == b || !bd.unknownSurname(t, b) {
			continue
		}
		sp.Type, sp.End = "PER", b+1
	}
	return spans
}

// unknownSurname reports a word at token i, right after the word before
// it, that may close a person's name: a proper noun in capitals, not all
// in capitals, that the lexicon knows neither as a name nor as an ordinary
// word, and no date.
func (bd *builder) unknownSurname(t []Token, i int) bool {
	w := t[i].Text
	return t[i].Tag == "NNP" && isNameToken(w) && strings.ToUpper(w) != w && t[i].Start == t[i-1].End+1 &&
		!bd.x.idx.common[t[i].lower()] && bd.x.idx.lookup(w) == nil && !isDateWord(w)
}
