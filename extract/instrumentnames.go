package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// The name of a treaty, an accord or a law, or of a year or day given to a
// cause, is no actor, unless it opens a longer name the document writes:
//
//	NAME+ INSTRUMENT-HEAD          "the Kyoto Protocol", "the Patriot Act"
//	INSTRUMENT-OPENER of NAME+     "the Treaty of Tolvar Friendship"
//
// "Peru and Chile signed the Treaty of Tolvar": Peru and Chile, no body
// named Treaty; but "Kestrel Accord said ... Kestrel Accord Holdings" is
// the company.

// instrumentHeads end the names of treaties, accords and laws ("the Kyoto
// Protocol", "the Patriot Act"); instrumentOpeners open them and the names
// of years and days before "of" ("the Treaty of Tolvar", "the Year of
// Andean Friendship"). Such a name is no actor.
var (
	instrumentHeads   = lexicon.Class("instrumentHeads")
	instrumentOpeners = lexicon.Class("instrumentOpeners")
)

// instrumentName reports a name from token a to b that names a treaty, a
// law, or a year or day of a cause:
//
//	NAME+ INSTRUMENT-HEAD          "the Kyoto Protocol", "the Patriot Act"
//	INSTRUMENT-OPENER of NAME+     "the Treaty of Tolvar Friendship"
func instrumentName(t []Token, a, b int) bool {
	return b-a >= 2 && (instrumentHeads[t[b-1].Text] || instrumentOpeners[t[a].Text] && ofWords[t[a+1].lower()])
}

// opensLongerName reports a name from token a to b that the document
// writes elsewhere with another capitalised word after it: the short form
// of a longer name ("Kestrel Accord" for "Kestrel Accord Holdings").
func (bd *builder) opensLongerName(si, a, b int) bool {
	name, text := bd.span(si, a, b)+" ", bd.doc.Text
	for i := 0; ; {
		k := strings.Index(text[i:], name)
		if k < 0 {
			return false
		}
		i += k + len(name)
		if isCap(text[i:]) {
			return true
		}
	}
}
