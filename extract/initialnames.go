package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/names"
)

// Initials written without full stops open the name after them, and two
// of them make it a person's, whatever the name tagger cut off or took it
// for:
//
//	LETTER [LETTER] NAME    "J P Singh", "R K Mishra", where the tagger found "P Singh" or "Singh"
//
// A letter is one capital letter standing alone, apart from the next word;
// one that is an article or a pronoun opens a name only before another
// letter ("A K Antony"; "A Kenyan court"). One letter before a name the
// tagger took for no person's is left to it ("O Globo", a newspaper), as
// is a name the lexicon knows whole. The name goes on in lower case after
// its capital ("Singh"): in a headline in capitals a letter is no initial
// ("ENGLAND V PAKISTAN").

// initialLetters is the most initials a name opens with.
const initialLetters = 3

// joinInitialNames extends each name the tagger found back over the initials
// right before it and types as a person one that opens with initials.
func (bd *builder) joinInitialNames(t []Token, spans []names.Span) []names.Span {
	prevEnd := 0
	for k := range spans {
		sp := &spans[k]
		s := sp.Start
		for s > prevEnd && sp.Start-s < initialLetters && initialLetter(t, s-1) {
			s--
		}
		n := s
		for n < sp.End-1 && initialLetter(t, n) {
			n++ // the initials the tagger took in: "K Mishra"
		}
		prevEnd = sp.End
		if n == s {
			continue
		}
		if bd.x.idx.lookup(wordsOf(t[s:sp.End])) != nil || !surnameCased(t[n].Text) || sp.Type != "PER" && n-s < 2 {
			continue
		}
		sp.Start, sp.Type = s, "PER"
	}
	return spans
}

// initialLetter reports a capital letter standing alone at token i as an
// initial: the next token is a word in capitals, or another initial;
// "A" and "I" only before another letter.
func initialLetter(t []Token, i int) bool {
	if i < 0 || i+1 >= len(t) || !oneCapital(t[i].Text) || t[i].End == t[i+1].Start {
		return false
	}
	next := t[i+1].Text
	if oneCapital(next) {
		return true
	}
	if w := strings.ToLower(t[i].Text); articles[w] || firstPerson[w] {
		return false // "A Kenyan court", "I Will Not Resign"
	}
	return surnameCased(next)
}

// surnameCased reports a word in capitals and then lower case: "Singh",
// not "SINGH" of a headline in capitals.
func surnameCased(w string) bool {
	return isCap(w) && isWord(w) && !isAcronym(w)
}

// oneCapital reports a word that is one capital letter.
func oneCapital(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}
