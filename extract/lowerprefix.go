package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/names"
)

// A name opens with a capital or a name's particle, never with an
// ordinary word hyphened to a capitalised one:
//
//	WORD-Capital NAME...   "the mostly-Ugandan Allied Democratic Forces": the Allied Democratic Forces
//
// The word before the hyphen in lower case describes the name: where its
// body stands ("the pro-Russian Donetsk News Agency", "anti-government")
// or what it mostly is ("mostly-Ugandan"); the tagger may read the
// capital after the hyphen as the name's first. A particle ("al-Ingaz
// al-Watani") or a letter ("x-AEK" in a sports table) is part of it.

// trimLowerPrefixes starts each name after a first word that an ordinary
// word in lower case opens before a hyphen, where words follow it.
func (bd *builder) trimLowerPrefixes(t []Token, spans []names.Span) []names.Span {
	for k := range spans {
		sp := &spans[k]
		if sp.End-sp.Start < 2 {
			continue
		}
		head, rest, ok := strings.Cut(t[sp.Start].Text, "-")
		if !ok || utf8.RuneCountInString(head) < 2 || bd.x.idx.particles[head] || bd.x.idx.titleHeads[strings.ToLower(rest)] {
			continue // but "former-President Kuchma": a title, read as titles are
		}
		if r, _ := utf8.DecodeRuneInString(head); !unicode.IsLower(r) {
			continue
		}
		sp.Start++
		sp.Score = 0
	}
	return spans
}
