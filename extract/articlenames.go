package extract

import "github.com/newsgraph/newsgraph/extract/names"

// No name is an article and words in lower case, which a capital at the
// start of a sentence can make look like one:
//
//	(A|An|The) [lower-case word]+     "A ministry spokeswoman said": no name
//
// The name tagger takes such a phrase for a name now and then; the phrase
// is dropped, and what it stands for is read as any common noun is.
func dropArticlePhrases(t []Token, spans []names.Span) []names.Span {
	out := spans[:0]
	for _, sp := range spans {
		if sp.End-sp.Start >= 2 && determiners[t[sp.Start].lower()] && allLower(t[sp.Start+1:sp.End]) {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// allLower reports words none of which starts with a capital.
func allLower(ws []Token) bool {
	for _, w := range ws {
		if isCap(w.Text) {
			return false
		}
	}
	return true
}
