package extract

import "github.com/newsgraph/newsgraph/extract/names"

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
