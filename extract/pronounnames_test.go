package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/names"
)

// trimPronouns alone: no name opens with a possessive pronoun.
func TestTrimPronouns(t *testing.T) {
	checkSpanTrims(t, trimPronouns, []spanTrimCase{
		{"a pronoun the tagger took in", "Its/PRP$ Lagos/NNP spokeswoman/NN", names.Span{Start: 0, End: 2, Type: "ORG", Score: 0.9}, names.Span{Start: 1, End: 2, Type: "ORG"}},
		{"a name of its own", "Lagos/NNP spokeswoman/NN", names.Span{Start: 0, End: 1, Type: "LOC", Score: 0.9}, names.Span{Start: 0, End: 1, Type: "LOC", Score: 0.9}},
		{"a pronoun alone stays", "His/PRP$ said/VBD", names.Span{Start: 0, End: 1, Type: "PER", Score: 0.9}, names.Span{Start: 0, End: 1, Type: "PER", Score: 0.9}},
	})
}
