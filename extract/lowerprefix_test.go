package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/names"
)

// trimLowerPrefixes alone: an ordinary word hyphened to the capital that
// opens a name is no part of it; a particle or a letter is, and a name of
// one word stays as it is.
func TestTrimLowerPrefixes(t *testing.T) {
	x := extractor(t)
	bd := &builder{x: x}
	checkSpanTrims(t, bd.trimLowerPrefixes, []spanTrimCase{
		{"for", "the/DT pro-Chilean/JJ Tarvo/NNP News/NNP Agency/NNP", names.Span{Start: 1, End: 5, Type: "ORG", Score: 0.9}, names.Span{Start: 2, End: 5, Type: "ORG"}},
		{"against", "the/DT anti-Chilean/JJ Tarvo/NNP Front/NNP", names.Span{Start: 1, End: 4, Type: "ORG", Score: 0.9}, names.Span{Start: 2, End: 4, Type: "ORG"}},
		{"what it mostly is", "the/DT mostly-Ugandan/JJ Tarvo/NNP Forces/NNPS", names.Span{Start: 1, End: 4, Type: "ORG", Score: 0.9}, names.Span{Start: 2, End: 4, Type: "ORG"}},
		{"a particle", "al-Ingaz/NNP al-Watani/NNP said/VBD", names.Span{Start: 0, End: 2, Type: "ORG", Score: 0.9}, names.Span{Start: 0, End: 2, Type: "ORG", Score: 0.9}},
		{"a letter", "x-Tarvo/NNP Rovers/NNPS 3/CD", names.Span{Start: 0, End: 2, Type: "ORG", Score: 0.9}, names.Span{Start: 0, End: 2, Type: "ORG", Score: 0.9}},
		{"a title", "former-President/NNP Ruiz/NNP said/VBD", names.Span{Start: 0, End: 2, Type: "PER", Score: 0.9}, names.Span{Start: 0, End: 2, Type: "PER", Score: 0.9}},
		{"a word alone stays", "pro-Chilean/JJ ./.", names.Span{Start: 0, End: 1, Type: "MISC", Score: 0.9}, names.Span{Start: 0, End: 1, Type: "MISC", Score: 0.9}},
	})
}
