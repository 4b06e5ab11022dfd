package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/extract/names"
)

// joinForNames alone: a body's name and the name after "for the" are one
// name when the first holds a body's head word and the second ends the
// phrase.
func TestJoinForNames(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text  string
		spans, want []names.Span
	}{
		{"a court for a circuit",
			"the/DT Court/NNP of/IN Appeals/NNP for/IN the/DT Ninth/NNP Circuit/NNP ruled/VBD",
			[]names.Span{{Start: 1, End: 4, Type: "ORG"}, {Start: 6, End: 8, Type: "ORG"}},
			[]names.Span{{Start: 1, End: 8, Type: "ORG"}}},
		{"a firm's name holds no body's head",
			"compensation/NN from/IN Shell/NNP for/IN the/DT Niger/NNP Delta/NNP ./.",
			[]names.Span{{Start: 2, End: 3, Type: "ORG"}, {Start: 5, End: 7, Type: "LOC"}},
			[]names.Span{{Start: 2, End: 3, Type: "ORG"}, {Start: 5, End: 7, Type: "LOC"}}},
		{"a name the noun of a phrase follows",
			"the/DT National/NNP Assembly/NNP for/IN the/DT Blue/NNP Front/NNP party/NN",
			[]names.Span{{Start: 1, End: 3, Type: "ORG"}, {Start: 5, End: 7, Type: "ORG"}},
			[]names.Span{{Start: 1, End: 3, Type: "ORG"}, {Start: 5, End: 7, Type: "ORG"}}},
		{"a person after it",
			"the/DT Commission/NNP for/IN the/DT Ana/NNP Ruiz/NNP",
			[]names.Span{{Start: 1, End: 2, Type: "ORG"}, {Start: 4, End: 6, Type: "PER"}},
			[]names.Span{{Start: 1, End: 2, Type: "ORG"}, {Start: 4, End: 6, Type: "PER"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bd := x.newBuilder(textDoc(tc.text))
			got := bd.joinForNames(bd.toks(0), tc.spans)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// splitForCompanies alone: a name run on over "for" into a company's
// name is two; a body's name for a matter, or for "the", stays one.
func TestSplitForCompanies(t *testing.T) {
	for _, tc := range []struct {
		name, text  string
		spans, want []names.Span
	}{
		{"a bid for a company",
			"a/DT bid/NN by/IN Valdor/NNP for/IN Kestrel/NNP Petroleum/NNP",
			[]names.Span{{Start: 3, End: 7, Type: "ORG"}},
			[]names.Span{{Start: 3, End: 4, Type: "ORG"}, {Start: 5, End: 7, Type: "ORG"}}},
		{"a bank for a matter",
			"the/DT Bank/NNP for/IN International/NNP Settlements/NNP",
			[]names.Span{{Start: 1, End: 5, Type: "ORG"}},
			[]names.Span{{Start: 1, End: 5, Type: "ORG"}}},
		{"for the",
			"the/DT Fund/NNP for/IN the/DT Kestrel/NNP Industries/NNP",
			[]names.Span{{Start: 1, End: 6, Type: "ORG"}},
			[]names.Span{{Start: 1, End: 6, Type: "ORG"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, splitForCompanies(slashTagged(tc.text), tc.spans)); diff != "" {
				t.Errorf("spans (-want +got):\n%s", diff)
			}
		})
	}
}
