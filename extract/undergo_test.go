package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// undergone alone: an act named by a noun that the subject undergoes,
// done by the one after "from" or "by".
func TestUndergone(t *testing.T) {
	for _, tc := range []struct {
		name, text     string
		acts           []actor
		v              int
		agents, target []string
	}{
		{"a verb that undergoes", "Chile/NNP faced/VBD criticism/NN from/IN Peru/NNP", []actor{countryAt(0, "CHL"), countryAt(4, "PER")}, 2,
			[]string{"country:PER"}, []string{"country:CHL"}},
		{"under", "Chile/NNP came/VBD under/IN heavy/JJ attack/NN from/IN Peru/NNP", []actor{countryAt(0, "CHL"), countryAt(6, "PER")}, 4,
			[]string{"country:PER"}, []string{"country:CHL"}},
		{"by", "Chile/NNP suffered/VBD an/DT attack/NN by/IN Peru/NNP", []actor{countryAt(0, "CHL"), countryAt(5, "PER")}, 3,
			[]string{"country:PER"}, []string{"country:CHL"}},
		{"a verb that does the act", "Chile/NNP launched/VBD an/DT attack/NN from/IN Peru/NNP", []actor{countryAt(0, "CHL"), countryAt(5, "PER")}, 3, nil, nil},
		{"no event noun", "Chile/NNP faced/VBD questions/NNS from/IN Peru/NNP", []actor{countryAt(0, "CHL"), countryAt(4, "PER")}, 2, nil, nil},
		{"no author", "Chile/NNP faced/VBD criticism/NN at/IN home/NN", []actor{countryAt(0, "CHL")}, 2, nil, nil},
		{"a sum of the act", "Chile/NNP received/VBD $/$ 3bn/CD in/IN military/JJ aid/NN from/IN Peru/NNP", []actor{countryAt(0, "CHL"), countryAt(8, "PER")}, 6,
			[]string{"country:PER"}, []string{"country:CHL"}},
		{"the act's author after of", "Chile/NNP won/VBD the/DT full/JJ support/NN of/IN Peru/NNP", []actor{countryAt(0, "CHL"), countryAt(6, "PER")}, 4,
			[]string{"country:PER"}, []string{"country:CHL"}},
		{"of after an indefinite noun", "Chile/NNP won/VBD a/DT support/NN of/IN Peru/NNP", []actor{countryAt(0, "CHL"), countryAt(5, "PER")}, 3, nil, nil},
		{"of after a bare noun", "Chile/NNP received/VBD approval/NN of/IN Peru/NNP", []actor{countryAt(0, "CHL"), countryAt(4, "PER")}, 2, nil, nil},
		{"a sum after a verb that does the act", "Chile/NNP spent/VBD $/$ 3bn/CD in/IN military/JJ aid/NN from/IN Peru/NNP", []actor{countryAt(0, "CHL"), countryAt(8, "PER")}, 6, nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			agents, targets, ok := c.undergone(tc.v, tc.v+1)
			if ok != (tc.agents != nil) {
				t.Fatalf("ok = %v", ok)
			}
			if !ok {
				return
			}
			if diff := cmp.Diff([][]string{tc.agents, tc.target}, [][]string{agents, targets}); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// undergoesNoun alone: an undergoing verb with an event noun for object
// tells no act of its own.
func TestUndergoesNoun(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Chile/NNP received/VBD military/JJ support/NN from/IN Peru/NNP", true},
		{"Chile/NNP drew/VBD criticism/NN", true},
		{"Chile/NNP received/VBD the/DT delegation/NN", false},
		{"Chile/NNP received/VBD Peru/NNP", false},
		{"Chile/NNP condemned/VBD the/DT attack/NN", false},
	} {
		c := &eventCtx{t: slashTagged(tc.text)}
		if got := c.undergoesNoun(1); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}
