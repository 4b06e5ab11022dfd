package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/names"
)

// A run of capitalised words that ends in a word that ends companies'
// names is a company's name, where the name tagger left it or took it
// for another kind of name than a person's, place's or body's (MISC):
//
//	NNP+ COMPANY-HEAD      (two words or more)
//
// "Novartis bought Eon Labs": "Eon Labs", whose words the tagger did not
// know. Not in a sentence written in capitals, whose every word looks
// like a name ("Acme Shares Slide as Group Cuts Jobs"). A company's name
// the tagger cut at "and" goes back over it and the capitalised word
// before ("Oil and Natural Gas Corporation").

// headedCompanies adds the company names the tagger left in tokens t to
// spans, kept in order, and types as companies those it called MISC.
func headedCompanies(t []Token, spans []names.Span) []names.Span {
	if titleCased(t) {
		return spans
	}
	taken := make([]bool, len(t))
	for i := range spans {
		sp := &spans[i]
		if sp.Type == "MISC" && sp.End-sp.Start >= 2 && sp.End <= len(t) && companyHead(t[sp.End-1].Text) {
			sp.Type = "ORG" // "Acme Labs"
		}
		if sp.Type == "ORG" && sp.Start >= 2 && sp.End <= len(t) && companyHead(t[sp.End-1].Text) && coordinators[t[sp.Start-1].lower()] &&
			isNameToken(t[sp.Start-2].Text) && strings.HasPrefix(t[sp.Start-2].Tag, "NN") && (i == 0 || spans[i-1].End <= sp.Start-2) {
			sp.Start -= 2 // "Oil and Natural Gas Corporation": the tagger's cut at "and"
			for n := 0; n < 2 && sp.Start > 0 && isNameToken(t[sp.Start-1].Text) && strings.HasPrefix(t[sp.Start-1].Tag, "NN") &&
				(i == 0 || spans[i-1].End < sp.Start); n++ {
				sp.Start-- // "Credit Rating and Information Systems Ltd"
			}
		}
		for k := sp.Start; k < sp.End && k < len(t); k++ {
			taken[k] = true
		}
	}
	var added []names.Span
	for k := 0; k < len(t); {
		if taken[k] || !nameWord(t[k]) {
			k++
			continue
		}
		e := k
		for e < len(t) && !taken[e] && nameWord(t[e]) {
			e++
		}
		if e-k >= 2 && companyHead(t[e-1].Text) {
			added = append(added, names.Span{Start: k, End: e, Type: "ORG"})
		}
		k = e
	}
	if len(added) == 0 {
		return spans
	}
	out := append(spans, added...)
	slices.SortFunc(out, func(a, b names.Span) int { return a.Start - b.Start })
	return out
}

// nameWord reports a word the tagger tags a proper noun that can be part
// of a name.
func nameWord(tok Token) bool {
	return strings.HasPrefix(tok.Tag, "NNP") && isNameToken(tok.Text)
}

// titleCased reports a sentence with three words of four letters or more
// and none of them in lower case: a headline's casing, in which a run of
// capitals is no evidence of a name.
func titleCased(t []Token) bool {
	words := 0
	for _, tok := range t {
		if len(tok.Text) < 4 || !isWord(tok.Text) {
			continue
		}
		if !isCap(tok.Text) {
			return false
		}
		words++
	}
	return words >= 3
}
