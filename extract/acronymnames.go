package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/names"
)

// A long name in capitals, joined by lower-case connectors, whose acronym
// follows it in brackets and spells its initials, is one organization
// however the tagger split it:
//
//	CAP (CONNECTOR* CAP)* ( ACRONYM )     the acronym spells the capitals' initials, in order
//
// "the Movement for the Actualization of the Sovereign State of Biafra
// (MASSOB)": one movement, not "Actualization" and "Sovereign State of
// Biafra". The initials may take the connectors' too ("Of" in MASSOB); the
// name has three capitalised words at least, one of them a noun that ends
// names of organizations.

// minAcronymWords is the fewest capitalised words of a name its acronym
// joins.
const minAcronymWords = 3

// joinAcronymNames makes one organization span of each name its acronym
// in brackets spells, replacing the tagger's spans inside it.
func (bd *builder) joinAcronymNames(t []Token, spans []names.Span) []names.Span {
	for p := 1; p+2 < len(t); p++ {
		if t[p].Text != "(" || t[p+2].Text != ")" || !isAcronym(t[p+1].Text) {
			continue
		}
		if start, ok := spelledName(t, p, t[p+1].Text); ok && bd.holdsOrgHead(t[start:p]) {
			spans = replaceSpans(spans, names.Span{Start: start, End: p, Type: "ORG", Score: 1})
		}
	}
	return spans
}

// holdsOrgHead reports words of which one, capitalised, is a noun that
// ends names of organizations ("Movement", "Council"): a treaty, a disease
// or a term spelled by its acronym ("Comprehensive Test Ban Treaty") is no
// organization.
func (bd *builder) holdsOrgHead(ts []Token) bool {
	for _, tok := range ts {
		if isCap(tok.Text) && bd.x.idx.orgHeads[tok.Text] {
			return true
		}
	}
	return false
}

// replaceSpans puts name in place of the spans inside it, in order; spans
// stay as they are when one reaches out of it.
func replaceSpans(spans []names.Span, name names.Span) []names.Span {
	var out []names.Span
	placed := false
	for _, sp := range spans {
		switch {
		case sp.End <= name.Start:
			out = append(out, sp)
		case sp.Start >= name.End:
			if !placed {
				out, placed = append(out, name), true
			}
			out = append(out, sp)
		case sp.Start < name.Start || sp.End > name.End:
			return spans // a name reaching out of it: the tagger's reading stands
		}
	}
	if !placed {
		out = append(out, name)
	}
	return out
}

// spelledName finds where the name before the bracket at p starts whose
// initials acronym spells: read back over capitalised words and the
// connectors between them, matching the acronym's letters from its last;
// a connector's initial is matched when the letter is left for it. ok is
// false when no such name of minAcronymWords capitalised words ends at p.
func spelledName(t []Token, p int, acronym string) (start int, ok bool) {
	letters := []rune(strings.ToUpper(acronym))
	i := len(letters) - 1
	caps := 0
	k := p - 1
	for ; k >= 0 && i >= 0; k-- {
		w := t[k].Text
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case isCap(w) && unicode.IsLetter(r):
			if unicode.ToUpper(r) != letters[i] {
				return 0, false
			}
			i--
			caps++
			start = k
		case connectors[strings.ToLower(w)] || articles[strings.ToLower(w)]:
			if unicode.ToUpper(r) == letters[i] && i > 0 {
				i-- // "Of" in MASSOB
			}
		default:
			return 0, false
		}
	}
	return start, i < 0 && caps >= minAcronymWords
}
