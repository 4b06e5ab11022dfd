package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/extract/names"
)

// trimGradedCreeds alone: a creed after an adverb that grades it is no
// part of the name after it.
func TestTrimGradedCreeds(t *testing.T) {
	checkSpanTrims(t, trimGradedCreeds, []spanTrimCase{
		{"after a grading adverb", "the/DT mostly/RB Muslim/NNP Seleka/NNP alliance/NN", names.Span{Start: 2, End: 4, Type: "ORG", Score: 0.9}, names.Span{Start: 3, End: 4, Type: "ORG"}},
		{"a creed that opens a name", "the/DT Muslim/NNP Brotherhood/NNP said/VBD", names.Span{Start: 1, End: 3, Type: "ORG", Score: 0.9}, names.Span{Start: 1, End: 3, Type: "ORG", Score: 0.9}},
		{"a creed alone stays", "mostly/RB Muslim/NNP ./.", names.Span{Start: 1, End: 2, Type: "MISC", Score: 0.9}, names.Span{Start: 1, End: 2, Type: "MISC", Score: 0.9}},
	})
}

// trimDescribedNames alone: an ideology's word before a name the lexicon
// knows is no part of it.
func TestTrimDescribedNames(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		span, want names.Span
	}{
		{"before a known name", "the/DT Marxist/NNP FARC/NNP rebels/NNS", names.Span{Start: 1, End: 3, Type: "ORG"}, names.Span{Start: 2, End: 3, Type: "ORG"}},
		{"before a name not known", "the/DT Marxist/NNP Tarvo/NNP Front/NNP", names.Span{Start: 1, End: 4, Type: "ORG"}, names.Span{Start: 1, End: 4, Type: "ORG"}},
		{"a creed's word stays", "the/DT Christian/NNP Democrats/NNPS won/VBD", names.Span{Start: 1, End: 3, Type: "ORG"}, names.Span{Start: 1, End: 3, Type: "ORG"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := textDoc(tc.text)
			got := x.newBuilder(doc).trimDescribedNames(doc.Sentences[0].Tokens, []names.Span{tc.span})
			if diff := cmp.Diff([]names.Span{tc.want}, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
