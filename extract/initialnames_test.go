package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/extract/names"
)

// joinInitialNames alone: letters standing alone before a name open it, and
// two make it a person's; one letter before a name of no person, a letter
// that is an article, a name in capitals, or a letter the lexicon's name
// holds are left alone.
func TestJoinInitialNames(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		spans      []names.Span
		want       []names.Span
	}{
		{"two letters before a person", "envoy/NN J/NNP P/NNP Singh/NNP was/VBD summoned/VBN",
			[]names.Span{{Start: 3, End: 4, Type: "PER"}}, []names.Span{{Start: 1, End: 4, Type: "PER"}}},
		{"a letter the tagger took in, another before it", "named/VBD R/NNP K/NNP Mishra/NNP as/IN envoy/NN",
			[]names.Span{{Start: 2, End: 4, Type: "ORG"}}, []names.Span{{Start: 1, End: 4, Type: "PER"}}},
		{"one letter before a person", "Minister/NNP M/NNP Karunanidhi/NNP said/VBD",
			[]names.Span{{Start: 2, End: 3, Type: "PER"}}, []names.Span{{Start: 1, End: 3, Type: "PER"}}},
		{"an article before another letter", "A/DT K/NNP Antony/NNP met/VBD them/PRP",
			[]names.Span{{Start: 2, End: 3, Type: "PER"}}, []names.Span{{Start: 0, End: 3, Type: "PER"}}},
		{"an article alone", "A/DT Kenyan/JJ court/NN jailed/VBD him/PRP",
			[]names.Span{{Start: 1, End: 2, Type: "MISC"}}, []names.Span{{Start: 1, End: 2, Type: "MISC"}}},
		{"one letter before no person", "sources/NNS ,/, O/NNP Globo/NNP daily/JJ said/VBD",
			[]names.Span{{Start: 2, End: 4, Type: "ORG"}}, []names.Span{{Start: 2, End: 4, Type: "ORG"}}},
		{"a headline in capitals", "ENGLAND/NNP V/NNP PAKISTAN/NNP FINAL/NNP",
			[]names.Span{{Start: 2, End: 3, Type: "LOC"}}, []names.Span{{Start: 2, End: 3, Type: "LOC"}}},
		{"a middle initial inside the name", "George/NNP W/NNP Bush/NNP spoke/VBD",
			[]names.Span{{Start: 0, End: 3, Type: "PER"}}, []names.Span{{Start: 0, End: 3, Type: "PER"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := textDoc(tc.text)
			toks := doc.Sentences[0].Tokens
			bd := x.newBuilder(doc)
			if diff := cmp.Diff(tc.want, bd.joinInitialNames(toks, tc.spans)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
