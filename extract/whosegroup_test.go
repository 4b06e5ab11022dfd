package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// whoseGroupSubject alone: the party before "whose" and its group acts;
// an office, a person's group or no party before it is no such clause.
func TestWhoseGroupSubject(t *testing.T) {
	for _, tc := range []struct {
		text   string
		acts   []actor
		v      int
		want   []string
		wantOK bool
	}{
		{"blamed/VBD Chile/NNP ,/, whose/WP$ army/NN attacked/VBD Peru/NNP", []actor{countryAt(1, "CHL"), countryAt(6, "PER")}, 5, []string{"country:CHL"}, true},
		{"blamed/VBD Chile/NNP ,/, whose/WP$ regular/JJ troops/NNS attacked/VBD Peru/NNP", []actor{countryAt(1, "CHL"), countryAt(7, "PER")}, 6, []string{"country:CHL"}, true},
		{"praised/VBD Chile/NNP ,/, whose/WP$ president/NN visited/VBD Peru/NNP", []actor{countryAt(1, "CHL"), countryAt(6, "PER")}, 5, nil, false},
		{"met/VBD the/DT men/NNS ,/, whose/WP$ army/NN attacked/VBD Peru/NNP", []actor{countryAt(7, "PER")}, 6, nil, false},
	} {
		c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
		k := 0
		for c.t[k].Text != "whose" {
			k++
		}
		got, ok := c.whoseGroupSubject(k, tc.v)
		if diff := cmp.Diff(tc.want, got); diff != "" || ok != tc.wantOK {
			t.Errorf("%s: ok %v, want %v (-want +got):\n%s", tc.text, ok, tc.wantOK, diff)
		}
	}
}
