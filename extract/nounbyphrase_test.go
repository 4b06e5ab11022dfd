package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// nounByPhrase alone: the agent after "by" an event noun, and the target
// after it.
func TestNounByPhrase(t *testing.T) {
	for _, tc := range []struct {
		name, text      string
		acts            []actor
		end             int
		agents, targets []string
		between, ok     bool
	}{
		{"by and on", "An/DT attack/NN by/IN Hamas/NNP on/IN Israel/NNP", []actor{countryAt(3, "HMS"), countryAt(5, "ISR")}, 2,
			[]string{"country:HMS"}, []string{"country:ISR"}, false, true},
		{"a participle first", "Sanctions/NNS imposed/VBN by/IN Peru/NNP on/IN Chile/NNP", []actor{countryAt(3, "PER"), countryAt(5, "CHL")}, 1,
			[]string{"country:PER"}, []string{"country:CHL"}, false, true},
		{"between", "Talks/NNS hosted/VBN by/IN Peru/NNP between/IN Chile/NNP and/CC Bolivia/NNP", []actor{countryAt(3, "PER"), countryAt(5, "CHL"), countryAt(7, "BOL")}, 1,
			[]string{"country:PER"}, []string{"country:CHL", "country:BOL"}, true, true},
		{"no target", "The/DT attack/NN by/IN Peru/NNP ended/VBD", []actor{countryAt(3, "PER")}, 2, []string{"country:PER"}, nil, false, true},
		{"no by", "The/DT attack/NN on/IN Peru/NNP ended/VBD", []actor{countryAt(3, "PER")}, 2, nil, nil, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			agents, targets, between, ok := c.nounByPhrase(tc.end)
			if diff := cmp.Diff([]any{tc.agents, tc.targets, tc.between, tc.ok}, []any{agents, targets, between, ok}); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
