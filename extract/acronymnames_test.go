package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/extract/names"
)

// spelledName alone: where the name whose initials the acronym in
// brackets at p spells starts.
func TestSpelledName(t *testing.T) {
	for _, tc := range []struct {
		text    string
		p       int
		start   int
		ok      bool
		comment string
	}{
		{"the/DT Movement/NNP for/IN the/DT Liberation/NNP of/IN Valdor/NNP (/( MLV/NNP )/)", 7, 1, true, "connectors skipped"},
		{"the/DT Movement/NNP for/IN the/DT Rights/NNP Of/IN Valdor/NNP (/( MROV/NNP )/)", 7, 1, true, "a connector's initial taken"},
		{"the/DT Valdor/NNP Workers/NNP Union/NNP (/( VWU/NNP )/)", 4, 1, true, "capitals only"},
		{"the/DT Valdor/NNP Union/NNP (/( VU/NNP )/)", 3, 1, false, "too few words"},
		{"the/DT Valdor/NNP Workers/NNP Union/NNP (/( VPU/NNP )/)", 4, 0, false, "a letter that spells nothing"},
		{"rebels/NNS of/IN the/DT Valdor/NNP Workers/NNP Union/NNP (/( RVWU/NNP )/)", 6, 0, false, "a word in lower case"},
	} {
		start, ok := spelledName(slashTagged(tc.text), tc.p, slashTagged(tc.text)[tc.p+1].Text)
		if ok != tc.ok || ok && start != tc.start {
			t.Errorf("%s: %d %v, want %d %v", tc.comment, start, ok, tc.start, tc.ok)
		}
	}
}

// replaceSpans alone: a name in place of the spans inside it.
func TestReplaceSpans(t *testing.T) {
	name := names.Span{Start: 2, End: 6, Type: "ORG", Score: 1}
	for _, tc := range []struct {
		name       string
		spans, out []names.Span
	}{
		{"inside", []names.Span{{Start: 0, End: 1, Type: "LOC"}, {Start: 3, End: 4, Type: "ORG"}, {Start: 7, End: 8, Type: "ORG"}},
			[]names.Span{{Start: 0, End: 1, Type: "LOC"}, name, {Start: 7, End: 8, Type: "ORG"}}},
		{"none inside", nil, []names.Span{name}},
		{"reaching out", []names.Span{{Start: 1, End: 3, Type: "ORG"}}, []names.Span{{Start: 1, End: 3, Type: "ORG"}}},
	} {
		if diff := cmp.Diff(tc.out, replaceSpans(tc.spans, name)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}
