package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// ownerOfSubject alone: the possessive that opens a passive verb's
// subject names its target.
func TestOwnerOfSubject(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		v          int
		want       []string
	}{
		{"owner of the subject", "Peru/NNP 's/POS ruling/VBG party/NN was/VBD accused/VBN by/IN Chile/NNP",
			[]actor{countryAt(0, "PER"), countryAt(7, "CHL")}, 5, []string{"country:PER"}},
		{"no possessive", "The/DT ruling/VBG party/NN was/VBD accused/VBN by/IN Chile/NNP",
			[]actor{countryAt(6, "CHL")}, 4, nil},
		{"a name is the subject itself", "Peru/NNP was/VBD accused/VBN by/IN Chile/NNP",
			[]actor{countryAt(0, "PER"), countryAt(4, "CHL")}, 2, nil},
		{"a phrase after the noun", "Peru/NNP 's/POS offensive/NN in/IN Lima/NNP was/VBD condemned/VBN by/IN Chile/NNP",
			[]actor{countryAt(0, "PER"), countryAt(8, "CHL")}, 6, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if diff := cmp.Diff(tc.want, c.ownerOfSubject(tc.v)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
