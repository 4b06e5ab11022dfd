package extract

import "github.com/newsgraph/newsgraph/extract/names"

// No name opens with a possessive pronoun, which a capital at the start
// of a sentence can make look like one:
//
//	(Its|His|Her|Their) NAME     "Its Lagos spokeswoman": Lagos
//
// The name tagger takes the pronoun in now and then; the name starts
// after it, and the kind the tagger gave the longer name is no evidence
// for the rest: the lexicon's kind is taken there ("Lagos" a city).
func trimPronouns(t []Token, spans []names.Span) []names.Span {
	for k := range spans {
		sp := &spans[k]
		for sp.End-sp.Start >= 2 && possessivePronouns[t[sp.Start].lower()] {
			sp.Start++
			sp.Score = 0
		}
	}
	return spans
}
