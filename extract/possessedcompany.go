package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/names"
)

// A capitalised word the name tagger left out of any name, alone after a
// country's possessive, is the country's company or body:
//
//	COUNTRY 's NAME          (one word, known to the lexicon as nothing)
//
// "France's Rhone-Poulenc merged with Germany's Hoechst": Hoechst, a
// company. A word the lexicon knows (a person's name, a place, a title) or
// an ordinary word in capitals is left as it is.

// possessedCompanies adds an organization span for each such word.
func (bd *builder) possessedCompanies(t []Token, spans []names.Span) []names.Span {
	var added []names.Span
	for i, sp := range spans {
		p := sp.End + 1
		if sp.Type != "LOC" || p >= len(t) || !isPossessive(t[sp.End].Text) || !bd.countryName(t[sp.Start:sp.End]) {
			continue
		}
		w := t[p]
		if w.Tag != "NNP" || !isCap(w.Text) || !isWord(w.Text) || strings.ContainsAny(w.Text, "0123456789") || isDateWord(w.Text) || demonymLike(w.Text) || creedWords[w.Text] || p+1 < len(t) && (isCap(t[p+1].Text) || isPossessive(t[p+1].Text)) ||
			bd.x.idx.lookup(w.Text) != nil || bd.x.idx.common[w.lower()] || bd.x.idx.firstNames[w.Text] || bd.x.idx.titleHeads[w.lower()] || honorifics[w.Text] {
			continue
		}
		if i+1 < len(spans) && spans[i+1].Start == p && spans[i+1].End == p+1 && spans[i+1].Type != "ORG" && spans[i+1].Score < weakName {
			spans[i+1].Type = "ORG" // the tagger's doubtful person or place
			continue
		}
		if inSpan(spans, p) {
			continue
		}
		added = append(added, names.Span{Start: p, End: p + 1, Type: "ORG", Score: unsureName})
	}
	if len(added) == 0 {
		return spans
	}
	out := append(slices.Clone(spans), added...)
	slices.SortFunc(out, func(a, b names.Span) int { return a.Start - b.Start })
	return out
}

// countryName reports words the lexicon knows as a country's name.
func (bd *builder) countryName(ts []Token) bool {
	for _, e := range bd.x.idx.lookup(wordsOf(ts)) {
		if e.typ == Country && !e.demonym {
			return true
		}
	}
	return false
}

// inSpan reports a token inside one of spans.
func inSpan(spans []names.Span, k int) bool {
	return slices.ContainsFunc(spans, func(sp names.Span) bool { return sp.Start <= k && k < sp.End })
}
