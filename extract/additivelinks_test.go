package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// additiveLinkAt alone: the words that join a party as "and" does.
func TestAdditiveLinkAt(t *testing.T) {
	for _, tc := range []struct {
		text string
		k    int
		want int
	}{
		{"Peru/NNP ,/, as/IN well/RB as/IN Bolivia/NNP", 2, 3},
		{"Peru/NNP ,/, along/IN with/IN Bolivia/NNP", 2, 2},
		{"Peru/NNP ,/, together/RB with/IN Bolivia/NNP", 2, 2},
		{"Peru/NNP ,/, alongside/IN Bolivia/NNP", 2, 1},
		{"Peru/NNP ,/, with/IN Bolivia/NNP", 2, 0},
		{"Peru/NNP ,/, as/IN well/RB", 2, 0},
		{"Peru/NNP ,/, as/IN well/RB as/IN Bolivia/NNP", -1, 0},
	} {
		if got := additiveLinkAt(slashTagged(tc.text), tc.k); got != tc.want {
			t.Errorf("%s (%d): %d, want %d", tc.text, tc.k, got, tc.want)
		}
	}
}

// parentheticalParty alone: a phrase in commas after a subject joins a
// party to it, or compares one with it.
func TestParentheticalParty(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		j, k       int
		also       []string
		ok         bool
	}{
		{"along with", "Chile/NNP ,/, along/IN with/IN Peru/NNP ,/, condemned/VBD Bolivia/NNP",
			[]actor{countryAt(0, "CHL"), countryAt(4, "PER"), countryAt(7, "BOL")}, 1, 5, []string{"country:PER"}, true},
		{"as well as the two", "Chile/NNP ,/, as/IN well/RB as/IN Peru/NNP and/CC Brazil/NNP ,/, met/VBD",
			[]actor{countryAt(0, "CHL"), countryAt(5, "PER"), countryAt(7, "BRA")}, 1, 8, []string{"country:PER", "country:BRA"}, true},
		{"like", "Chile/NNP ,/, like/IN Peru/NNP ,/, condemned/VBD Bolivia/NNP",
			[]actor{countryAt(0, "CHL"), countryAt(3, "PER"), countryAt(6, "BOL")}, 1, 4, nil, true},
		{"a phrase with no party", "Chile/NNP ,/, along/IN with/IN others/NNS ,/, condemned/VBD Bolivia/NNP",
			[]actor{countryAt(0, "CHL"), countryAt(7, "BOL")}, 1, 5, nil, false},
		{"an apposition", "Chile/NNP ,/, a/DT neighbour/NN of/IN Peru/NNP ,/, condemned/VBD",
			[]actor{countryAt(0, "CHL"), countryAt(5, "PER")}, 1, 6, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			also, ok := c.parentheticalParty(tc.j, tc.k)
			if ok != tc.ok {
				t.Fatalf("ok %v, want %v", ok, tc.ok)
			}
			if diff := cmp.Diff(tc.also, also); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
