package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// scanCourts alone: a court's noun in capitals after the words of its
// kind is an organization, named as written or as its country's; the
// article before it is no part of it, and the name tagger's reading of
// the words whole as a place becomes a body.
func TestScanCourts(t *testing.T) {
	x := extractor(t)
	country := func(name string, demonym bool) *gazEntry { return lexiconCountry(t, x, name, demonym) }
	for _, tc := range []struct {
		name, text string
		before     *cand // a candidate the sentence already has
		want       []string
		wantBefore string // what becomes of it: its type, or "dropped"
	}{
		{"after the article", "the/DT High/NNP Court/NNP ruled/VBD", nil, []string{"High Court "}, ""},
		{"two words of kind", "the/DT International/NNP Criminal/NNP Court/NNP ruled/VBD", nil, []string{"International Criminal Court "}, ""},
		{"after a country's possessive", "Peru/NNP 's/POS Supreme/NNP Court/NNP ruled/VBD",
			&cand{a: 0, b: 1, typ: Country, gaz: country("Peru", false)}, []string{"Peruvian Supreme Court PER"}, "country"},
		{"the tagger's name with its article", "The/DT Constitutional/NNP Court/NNP ruled/VBD",
			&cand{a: 0, b: 3, typ: Organization}, []string{"Constitutional Court "}, "dropped"},
		{"the tagger's place", "the/DT High/NNP Court/NNP ruled/VBD",
			&cand{a: 1, b: 3, typ: Location}, nil, "organization"},
		{"a court in lower case", "a/DT high/JJ court/NN ruled/VBD", nil, nil, ""},
		{"no word of kind", "the/DT Tennis/NNP Court/NNP opened/VBD", nil, nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := textDoc(tc.text)
			bd := x.newBuilder(doc)
			k := -1
			if tc.before != nil {
				k = bd.add(*tc.before)
			}
			n := len(bd.cands)
			bd.scanCourts(0)
			got := labelsOf(bd.cands[n:])
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if k >= 0 {
				after := string(bd.cands[k].typ)
				if bd.cands[k].dropped {
					after = "dropped"
				}
				if after != tc.wantBefore {
					t.Errorf("the candidate before: %s, want %s", after, tc.wantBefore)
				}
			}
		})
	}
}
