package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// listConjunctions join the last field of a portfolio to the others.
var listConjunctions = lexicon.Class("listConjunctions")

// A minister of several portfolios: the fields of the office, in
// capitals, listed with commas and "and" before the minister noun.
//
//	Field (, Field)* and Field minister Name
//
// "Public Service, Labour and Social Welfare Minister Florence Okafor"
// is one person with the title "public service, labour and social welfare
// minister", not three organizations and a minister of "Social Welfare";
// "Trade and Industry Minister Ana Ruiz" is a trade and industry minister.

// portfolioBefore extends a minister's title that starts at token p of
// sentence si back over the fields of the portfolio before it and the
// fields listed before those; it returns the first token of the title, p
// when there are none. A bare minister noun takes the capitalised words
// before it as its field only where the name tagger took them for a name
// of no kind the lexicon knows ("Social Welfare Minister"), so that a
// word that merely opens the sentence is none. The candidates within the
// fields are dropped.
func (bd *builder) portfolioBefore(si, p int, bare bool) int {
	f := p
	if bare {
		if p > 0 {
			if k, ok := bd.candAt(si, p-1); ok && bd.cands[k].b == p && bd.cands[k].gaz == nil &&
				bd.cands[k].typ == Organization && bd.fieldWords(si, bd.cands[k].a, p) {
				f = bd.cands[k].a
			}
		}
	}
	s := bd.portfolioListBefore(si, f)
	if s < p {
		bd.dropWithin(si, s, p)
	}
	return s
}

// portfolioListBefore is the first token of the fields listed before the
// last one at token a ("Public Service, Labour and" before "Social
// Welfare"), or a when "and" does not come before it.
func (bd *builder) portfolioListBefore(si, a int) int {
	t := bd.toks(si)
	if a < 2 || !listConjunctions[t[a-1].lower()] {
		return a
	}
	start := a
	k := a - 2 // the last word of the field before "and"
	for k >= 0 {
		e := k
		for k >= 0 && isNameToken(t[k].Text) {
			k--
		}
		if k == e || !bd.fieldWords(si, k+1, e+1) {
			break
		}
		start = k + 1
		if k < 1 || t[k].Text != "," {
			break
		}
		k-- // ", Labour"
	}
	return start
}

// fieldWords reports words [a, b) that can name a minister's field: in
// capitals, no modifier of titles or date, and no place, nationality or
// person, as the lexicon or the document's names have them ("Foreign",
// "Public Service", "Labour"; not "Chile", "Sahel" or "Tuesday").
func (bd *builder) fieldWords(si, a, b int) bool {
	t := bd.toks(si)
	if a >= b {
		return false
	}
	for k := a; k < b; k++ {
		if !isNameToken(t[k].Text) || titleModifiers[t[k].lower()] || isDateWord(t[k].Text) {
			return false
		}
		if c, ok := bd.candAt(si, k); ok && (bd.cands[c].gaz != nil && bd.cands[c].gaz.typ != Organization || bd.cands[c].typ == Person) {
			return false
		}
		for _, e := range bd.x.idx.lookup(t[k].Text) {
			if e.typ != Organization {
				return false
			}
		}
	}
	return true
}

// dropWithin drops the candidates of sentence si within tokens [a, b):
// the fields of a portfolio the tagger took for names.
func (bd *builder) dropWithin(si, a, b int) {
	for _, k := range bd.bySent[si] {
		if c := &bd.cands[k]; c.a >= a && c.b <= b {
			c.dropped = true
		}
	}
}
