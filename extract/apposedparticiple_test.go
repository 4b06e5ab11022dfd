package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// apposedParticipleSubject alone: the name that opens the sentence or its
// main clause undergoes the passive participle set off after it.
func TestApposedParticipleSubject(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		v          int
		want       []string
	}{
		{"after the opening name", "Peru/NNP ,/, attacked/VBN by/IN Chile/NNP ,/, responded/VBD", []actor{countryAt(0, "PER"), countryAt(4, "CHL")}, 2, []string{"country:PER"}},
		{"after an opening phrase", "On/IN Monday/NNP ,/, Peru/NNP ,/, attacked/VBN by/IN Chile/NNP ,/, responded/VBD", []actor{countryAt(3, "PER"), countryAt(7, "CHL")}, 5, []string{"country:PER"}},
		{"after an object", "Chile/NNP criticised/VBD Peru/NNP ,/, backed/VBN by/IN Bolivia/NNP ./.", []actor{countryAt(0, "CHL"), countryAt(2, "PER"), countryAt(6, "BOL")}, 4, nil},
		{"no comma closes the phrase", "Peru/NNP ,/, attacked/VBN by/IN Chile/NNP responded/VBD", []actor{countryAt(0, "PER"), countryAt(4, "CHL")}, 2, nil},
		{"no agent", "Peru/NNP ,/, attacked/VBN on/IN Monday/NNP ,/, responded/VBD", []actor{countryAt(0, "PER")}, 2, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if diff := cmp.Diff(tc.want, c.apposedParticipleSubject(tc.v)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
