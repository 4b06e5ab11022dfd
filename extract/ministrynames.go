package extract

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract/names"
)

// A ministry named "Ministry of" and its field is one organization from
// the words before "Ministry" that the name tagger gave it to the end of
// the field, whatever the tagger cut it into:
//
//	[NAME...] Ministry of FIELD [Affairs|and FIELD]...   "the Azerbaijani Ministry of Defence"
//	NATIONALITY Ministry of FIELD ...                     "the Russian Ministry of Foreign Affairs"
//
// where FIELD is what a minister's title names before "minister"
// ("defence minister": Defence) and the words after it are ordinary nouns
// in capitals, none naming people, or a field after "and": "Ministry of
// Foreign Affairs", "Ministry of Trade and Industry". The tagger reads "Defence"
// as a name of its own, or as the first word of the person after it
// ("Ministry of Defence Ana Tolvar"): the person keeps only the
// words after the field.

// ministryFieldWords is the most words the field of a ministry runs to
// after its first: "Foreign Affairs", "Trade and Industry".
const ministryFieldWords = 4

// joinMinistryFields makes one organization of each ministry named by its
// field after "of" in t.
func (bd *builder) joinMinistryFields(t []Token, spans []names.Span) []names.Span {
	for m := 0; m+2 < len(t); m++ {
		if !isCap(t[m].Text) || !ministryNouns[t[m].lower()] || !ofWords[t[m+1].lower()] ||
			!isCap(t[m+2].Text) || !bd.x.idx.fields[t[m+2].lower()] {
			continue
		}
		e := bd.fieldEnd(t, m+3)
		start := m
		switch k := slices.IndexFunc(spans, func(sp names.Span) bool { return sp.Start <= m && m < sp.End }); {
		case k >= 0 && (spans[k].Type != "ORG" || spans[k].End > e):
			continue // a person or place holding the word, or a longer name: "Ministry of Defence of Japan"
		case k >= 0:
			start = spans[k].Start
		}
		if n := slices.IndexFunc(spans, func(sp names.Span) bool { return sp.End == start }); start == m && n >= 0 && bd.nationalityName(t, spans[n]) {
			start = spans[n].Start // "the Russian Ministry of Foreign Affairs"
		}
		if slices.ContainsFunc(spans, func(sp names.Span) bool { return sp.Start < start && sp.End > start }) {
			continue
		}
		joined := names.Span{Start: start, End: e, Type: "ORG"}
		for i := range spans {
			sp := &spans[i]
			switch {
			case sp.Start >= start && sp.End <= e:
				joined.Score = max(joined.Score, sp.Score)
				sp.End = sp.Start // within the ministry's name: dropped below
			case sp.Start >= start && sp.Start < e:
				sp.Start = e // "Defence Ana Tolvar": the person after the field
			}
		}
		spans = append(dropEmpty(spans), joined)
		slices.SortFunc(spans, func(a, b names.Span) int { return a.Start - b.Start })
		m = e - 1
	}
	return spans
}

// nationalityName reports a name the tagger found that is a nationality
// the lexicon knows: "Russian".
func (bd *builder) nationalityName(t []Token, sp names.Span) bool {
	for _, e := range bd.x.idx.lookup(wordsOf(t[sp.Start:sp.End])) {
		if e.demonym {
			return true
		}
	}
	return false
}

// fieldNoun reports an ordinary noun, in lower case, that may go on a
// ministry's field after its first word, one naming no people: "affairs",
// not "officials".
func (bd *builder) fieldNoun(w string) bool {
	return bd.x.idx.common[w] && !officialNouns[w] && !groupNouns[w]
}

// fieldEnd is the end of a ministry's field whose first word ends before
// token i: the ordinary nouns in capitals after it and the fields joined
// by "and", up to ministryFieldWords words.
func (bd *builder) fieldEnd(t []Token, i int) int {
	for n := 0; i < len(t) && n < ministryFieldWords; n++ {
		switch w := t[i].lower(); {
		case listConjunctions[w] && i+1 < len(t) && isCap(t[i+1].Text) && bd.x.idx.fields[t[i+1].lower()]:
			i += 2 // "Trade and Industry"
		case isCap(t[i].Text) && isWord(t[i].Text) && bd.fieldNoun(w) && !bd.isTitleWord(t[i]) && bd.x.idx.lookup(t[i].Text) == nil:
			i++ // "Affairs", not "Officials"
		default:
			return i
		}
	}
	return i
}
