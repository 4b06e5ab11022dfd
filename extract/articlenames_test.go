package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/newsgraph/newsgraph/extract/names"
)

// dropArticlePhrases alone: no name is an article and words in lower case.
func TestDropArticlePhrases(t *testing.T) {
	span := names.Span{Start: 0, End: 2, Type: "ORG", Score: 0.9}
	for _, tc := range []struct {
		name, text string
		keep       bool
	}{
		{"an article and a noun", "A/DT ministry/NN spokeswoman/NN", false},
		{"the definite article too", "The/DT ministry/NN said/VBD", false},
		{"a name that opens with an article", "The/DT Hague/NNP said/VBD", true},
		{"a name of words in capitals", "Defence/NNP Ministry/NNP said/VBD", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := textDoc(tc.text)
			var want []names.Span
			if tc.keep {
				want = []names.Span{span}
			}
			got := dropArticlePhrases(doc.Sentences[0].Tokens, []names.Span{span})
			if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
