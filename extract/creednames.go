package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/names"
)

// A word of a creed after an adverb that grades it describes the name
// after it and is no part of it:
//
//	ADVERB CREED NAME      "the rival, mostly Muslim Seleka rebel alliance": Seleka
//
// A creed that opens a name stays in it ("the Muslim Brotherhood").
func trimGradedCreeds(t []Token, spans []names.Span) []names.Span {
	for k := range spans {
		sp := &spans[k]
		if sp.End-sp.Start >= 2 && sp.Start > 0 && t[sp.Start-1].Tag == "RB" && creedWords[t[sp.Start].Text] {
			sp.Start++
			sp.Score = 0
		}
	}
	return spans
}

// A word of an ideology before a name the lexicon knows describes it and
// is no part of it:
//
//	IDEOLOGY KNOWN-NAME      "the Marxist FARC rebels": FARC
//
// A name that holds such a word and is known whole keeps it ("Communist
// Party of China"). A creed's word is left alone: it opens names of
// parties whose rest is another's ("Christian Democrats").
func (bd *builder) trimDescribedNames(t []Token, spans []names.Span) []names.Span {
	for k := range spans {
		sp := &spans[k]
		if sp.End-sp.Start < 2 || !ideologyWords[t[sp.Start].Text] {
			continue
		}
		if bd.x.idx.lookup(wordsOf(t[sp.Start:sp.End])) != nil || bd.x.idx.lookup(wordsOf(t[sp.Start+1:sp.End])) == nil {
			continue
		}
		sp.Start++
	}
	return spans
}

// ideologyWords name a political creed: "Marxist", "Maoist".
var ideologyWords = lexicon.Class("ideologyWords")
