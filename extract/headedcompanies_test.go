package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/extract/names"
)

// headedCompanies alone: capitalised words the tagger left or called
// MISC, ending in a company's head word, are a company's name; one word
// alone, a run without the head word and a sentence in capitals are not.
func TestHeadedCompanies(t *testing.T) {
	for _, tc := range []struct {
		name, text  string
		spans, want []names.Span
	}{
		{"left by the tagger", "Valdor/NNP bought/VBD Acme/NNP Labs/NNP on/IN Monday/NNP",
			[]names.Span{{Start: 0, End: 1, Type: "ORG"}}, []names.Span{{Start: 0, End: 1, Type: "ORG"}, {Start: 2, End: 4, Type: "ORG"}}},
		{"called MISC", "Acme/NNP Labs/NNP was/VBD bought/VBN by/IN Valdor/NNP",
			[]names.Span{{Start: 0, End: 2, Type: "MISC"}, {Start: 5, End: 6, Type: "ORG"}}, []names.Span{{Start: 0, End: 2, Type: "ORG"}, {Start: 5, End: 6, Type: "ORG"}}},
		{"cut at and", "Oil/NNP and/CC Natural/NNP Gas/NNP Corporation/NNP chairman/NN Ruiz/NNP",
			[]names.Span{{Start: 2, End: 5, Type: "ORG"}, {Start: 6, End: 7, Type: "PER"}}, []names.Span{{Start: 0, End: 5, Type: "ORG"}, {Start: 6, End: 7, Type: "PER"}}},
		{"cut at and, two words before", "the/DT Credit/NNP Rating/NNP and/CC Information/NNP Systems/NNPS Ltd/NNP said/VBD",
			[]names.Span{{Start: 4, End: 7, Type: "ORG"}}, []names.Span{{Start: 1, End: 7, Type: "ORG"}}},
		{"not over another name", "Valdor/NNP and/CC Acme/NNP Corporation/NNP signed/VBD",
			[]names.Span{{Start: 0, End: 1, Type: "ORG"}, {Start: 2, End: 4, Type: "ORG"}}, []names.Span{{Start: 0, End: 1, Type: "ORG"}, {Start: 2, End: 4, Type: "ORG"}}},
		{"one word alone", "Valdor/NNP bought/VBD Labs/NNP on/IN Monday/NNP", nil, nil},
		{"no head word", "Valdor/NNP bought/VBD Acme/NNP Widgets/NNP on/IN Monday/NNP", nil, nil},
		{"a sentence in capitals", "Valdor/NNP Buys/VBZ Acme/NNP Labs/NNP", nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, headedCompanies(slashTagged(tc.text), tc.spans)); diff != "" {
				t.Errorf("spans (-want +got):\n%s", diff)
			}
		})
	}
}
