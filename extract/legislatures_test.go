package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// scanLegislatures alone: a legislature's noun after a country's
// adjective or possessive candidate is that country's legislature.
func TestScanLegislatures(t *testing.T) {
	x := extractor(t)
	country := func(name string, demonym bool) *gazEntry { return lexiconCountry(t, x, name, demonym) }
	for _, tc := range []struct {
		name, text string
		owner      *cand // a country candidate the sentence already has
		want       []string
	}{
		{"after the adjective", "the/DT Estonian/JJ parliament/NN refused/VBD",
			&cand{a: 1, b: 2, typ: Country, gaz: country("Estonian", true)}, []string{"Estonian Parliament EST"}},
		{"after the possessive", "Poland/NNP 's/POS senate/NN met/VBD",
			&cand{a: 0, b: 1, typ: Country, gaz: country("Poland", false)}, []string{"Polish Senate POL"}},
		{"no owner", "the/DT parliament/NN met/VBD", nil, nil},
		{"after a preposition", "the/DT parliament/NN of/IN Chile/NNP met/VBD",
			&cand{a: 3, b: 4, typ: Country, gaz: country("Chile", false)}, nil},
		{"not a legislature", "the/DT Estonian/JJ government/NN met/VBD",
			&cand{a: 1, b: 2, typ: Country, gaz: country("Estonian", true)}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := &Document{Sentences: []Sentence{{Tokens: slashTagged(tc.text)}}}
			bd := x.newBuilder(doc)
			if tc.owner != nil {
				bd.add(*tc.owner)
			}
			before := len(bd.cands)
			bd.scanLegislatures(0)
			var got []string
			for _, c := range bd.cands[before:] {
				got = append(got, c.fixedLabel+" "+c.country)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
