package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// apposedNames alone: people listed in apposition to a plural noun.
func TestApposedNames(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		comma      int    // the comma that closes the apposition
		want       string // the first person's key, "" for none
	}{
		{"two people", "Two/CD journalists/NNS ,/, Ruiz/NNP and/CC Vega/NNP ,/, were/VBD arrested/VBN", 6, "person:ruiz"},
		{"three people", "Three/CD envoys/NNS ,/, Ruiz/NNP ,/, Mora/NNP and/CC Vega/NNP ,/, left/VBD", 8, "person:ruiz"},
		{"a singular noun", "The/DT journalist/NN ,/, Ruiz/NNP and/CC Vega/NNP ,/, were/VBD arrested/VBN", 6, ""},
		{"no coordinator", "Two/CD journalists/NNS ,/, Ruiz/NNP ,/, were/VBD arrested/VBN", 3, ""},
		{"a country in the list", "Two/CD neighbours/NNS ,/, Peru/NNP and/CC Vega/NNP ,/, were/VBD named/VBN", 6, ""},
		{"a name before the list", "Talks/NNS with/IN Mora/NNP ,/, Ruiz/NNP and/CC Vega/NNP ,/, ended/VBD", 7, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			var acts []actor
			for i, tok := range toks {
				switch tok.Text {
				case "Ruiz", "Vega", "Mora":
					acts = append(acts, personAt(i, i+1, tok.lower()))
				case "Peru":
					acts = append(acts, countryAt(i, "PER"))
				}
			}
			c := &eventCtx{t: toks, acts: acts}
			got := ""
			if a := c.apposedNames(tc.comma); a >= 0 {
				got = acts[a].key
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
