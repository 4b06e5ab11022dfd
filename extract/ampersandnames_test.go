package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// joinAmpersandNames alone: a name and the legal forms after its
// ampersand become one organization; a name after the ampersand, or a
// place before it, is left alone.
func TestJoinAmpersandNames(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		left       cand
		want       []string
	}{
		{"legal forms", "bought/VBD Merrill/NNP Lynch/NNP &/CC Co./NNP Inc./NNP today/NN", cand{a: 1, b: 3, typ: Organization}, []string{"Merrill Lynch & Co. Inc."}},
		{"one legal form at the end", "bought/VBD Merrill/NNP Lynch/NNP &/CC Co/NNP", cand{a: 1, b: 3, typ: Organization}, []string{"Merrill Lynch & Co"}},
		{"a name after it", "bought/VBD Procter/NNP &/CC Gamble/NNP Co/NNP", cand{a: 1, b: 2, typ: Organization}, nil},
		{"a legal form and a name", "bought/VBD Lynch/NNP &/CC Co/NNP Wertpapier/NNP", cand{a: 1, b: 2, typ: Organization}, nil},
		{"a place before it", "in/IN Lima/NNP &/CC Co/NNP", cand{a: 1, b: 2, typ: Location}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := textDoc(tc.text)
			bd := x.newBuilder(doc)
			bd.add(tc.left)
			n := len(bd.cands)
			bd.joinAmpersandNames(0)
			var got []string
			for _, c := range bd.cands[n:] {
				got = append(got, doc.Text[c.start:c.end])
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if len(tc.want) > 0 && !bd.cands[0].dropped {
				t.Error("the name before the ampersand stays a name of its own")
			}
		})
	}
}
