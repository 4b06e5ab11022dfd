package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// An aside set off by dashes or brackets, or by commas around a relative
// clause or a phrase of worth, between a verb's words and the preposition
// that names its target, is read past:
//
//	VERB ... (-- ASIDE --|( ASIDE )|, which|who|worth|PARTICIPLE ASIDE ,) PREP TARGET
//
// "signed an agreement to sell its Specia unit -- which runs 100 Dia
// stores in France -- to Germany's Aldi": Aldi is whom it is sold to.

// asideMarks open and close an aside set off by dashes; asideWords open one
// set off by commas: a relative clause ("which runs 100 stores") or a
// phrase of worth ("worth $2 billion").
var (
	asideMarks = lexicon.Class("asideMarks")
	asideWords = lexicon.Class("asideWords")
)

// asideEnd is the token after the aside that opens at token k, or -1 when
// none opens there or it does not close within twenty tokens, before the
// sentence's end or a semicolon.
func asideEnd(t []Token, k int) int {
	w := t[k].Text
	var closes func(string) bool
	switch {
	case asideMarks[w]:
		closes = func(s string) bool { return asideMarks[s] }
	case w == "(":
		closes = func(s string) bool { return s == ")" }
	case w == "," && k+1 < len(t) && (asideWords[t[k+1].lower()] || t[k+1].Tag == "VBN"):
		closes = func(s string) bool { return s == "," } // ", which runs 100 stores,", ", drawn up by a UN commission,"
	default:
		return -1
	}
	for j := k + 1; j < len(t) && j <= k+20; j++ {
		switch s := t[j].Text; {
		case closes(s):
			if j == k+1 {
				return -1
			}
			return j + 1
		case s == "." || s == ";" || s == "(" || asideMarks[s] && !asideMarks[w]:
			return -1
		}
	}
	return -1
}
