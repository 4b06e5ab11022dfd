package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// subjectBetween alone: the parties of an event noun's between-phrase that
// is a passive verb's subject.
func TestSubjectBetween(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		v          int
		want       []string
	}{
		{"a deal between two", "The/DT deal/NN between/IN Chile/NNP and/CC Peru/NNP was/VBD signed/VBN",
			[]actor{countryAt(3, "CHL"), countryAt(5, "PER")}, 7, []string{"country:CHL", "country:PER"}},
		{"no event noun", "The/DT border/NN between/IN Chile/NNP and/CC Peru/NNP was/VBD closed/VBN",
			[]actor{countryAt(3, "CHL"), countryAt(5, "PER")}, 7, nil},
		{"one party", "The/DT deal/NN between/IN Chile/NNP and/CC its/PRP$ neighbour/NN was/VBD signed/VBN",
			[]actor{countryAt(3, "CHL")}, 8, nil},
		{"not across a clause", "The/DT deal/NN between/IN Chile/NNP and/CC Peru/NNP failed/VBD and/CC a/DT pact/NN was/VBD signed/VBN",
			[]actor{countryAt(3, "CHL"), countryAt(5, "PER")}, 12, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if diff := cmp.Diff(tc.want, c.subjectBetween(tc.v)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// pastOffice alone: the office a party's possessive opens, which stands
// for the party in a list.
func TestPastOffice(t *testing.T) {
	for _, tc := range []struct {
		text string
		k    int
		want int
	}{
		{"Chile/NNP 's/POS oil/NN minister/NN and/CC Peru/NNP", 1, 4},
		{"Chile/NNP 's/POS president/NN and/CC Peru/NNP", 1, 3},
		{"Chile/NNP 's/POS proposal/NN and/CC Peru/NNP", 1, 1},
		{"Chile/NNP and/CC Peru/NNP", 1, 1},
		{"Chile/NNP 's/POS Foreign/NNP Minister/NNP Ana/NNP Ruiz/NNP", 1, 1},
	} {
		c := &eventCtx{t: slashTagged(tc.text), titles: map[string]bool{"minister": true, "president": true}}
		if got := c.pastOffice(tc.k); got != tc.want {
			t.Errorf("%s (%d): %d, want %d", tc.text, tc.k, got, tc.want)
		}
	}
}
