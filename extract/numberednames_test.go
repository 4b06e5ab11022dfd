package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/extract/names"
)

// joinChannelNumbers alone: a broadcaster's channel takes its number.
func TestJoinChannelNumbers(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		span, want names.Span
	}{
		{"a radio channel", "told/VBD BBC/NNP Radio/NNP 4/CD 's/POS programme/NN", names.Span{Start: 1, End: 3, Type: "ORG"}, names.Span{Start: 1, End: 4, Type: "ORG"}},
		{"a news channel", "on/IN BBC/NNP News/NNP 24/CD ./.", names.Span{Start: 1, End: 3, Type: "ORG"}, names.Span{Start: 1, End: 4, Type: "ORG"}},
		{"a club's score", "Chelsea/NNP 2/CD Arsenal/NNP 1/CD", names.Span{Start: 0, End: 1, Type: "ORG"}, names.Span{Start: 0, End: 1, Type: "ORG"}},
		{"a year after a channel", "BBC/NNP Radio/NNP 2004/CD", names.Span{Start: 0, End: 2, Type: "ORG"}, names.Span{Start: 0, End: 2, Type: "ORG"}},
		{"a place", "in/IN Radio/NNP 4/CD", names.Span{Start: 1, End: 2, Type: "LOC"}, names.Span{Start: 1, End: 2, Type: "LOC"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := textDoc(tc.text)
			got := joinChannelNumbers(doc.Sentences[0].Tokens, []names.Span{tc.span})
			if diff := cmp.Diff([]names.Span{tc.want}, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
