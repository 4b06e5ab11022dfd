package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// statePair alone: the parties that stand together in a mutual act's
// noun after a form of "be", or in a headline with no verb.
func TestStatePair(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		headline   bool
		v          int
		want       []string
	}{
		{"are in talks", "Chile/NNP and/CC Peru/NNP are/VBP in/IN talks/NNS over/IN gas/NN",
			[]actor{countryAt(0, "CHL"), countryAt(2, "PER")}, false, 5, []string{"country:CHL", "country:PER"}},
		{"are still in border talks", "Chile/NNP and/CC Peru/NNP are/VBP still/RB in/IN border/NN talks/NNS",
			[]actor{countryAt(0, "CHL"), countryAt(2, "PER")}, false, 7, []string{"country:CHL", "country:PER"}},
		{"a headline with no verb", "Chile/NNP and/CC Peru/NNP in/IN gas/NN talks/NNS",
			[]actor{countryAt(0, "CHL"), countryAt(2, "PER")}, true, 5, []string{"country:CHL", "country:PER"}},
		{"one party is no pair", "Chile/NNP is/VBZ in/IN talks/NNS with/IN Peru/NNP",
			[]actor{countryAt(0, "CHL"), countryAt(5, "PER")}, false, 3, nil},
		{"no verb outside a headline", "Chile/NNP and/CC Peru/NNP in/IN talks/NNS",
			[]actor{countryAt(0, "CHL"), countryAt(2, "PER")}, false, 4, nil},
		{"a noun after another preposition", "Chile/NNP and/CC Peru/NNP are/VBP for/IN talks/NNS",
			[]actor{countryAt(0, "CHL"), countryAt(2, "PER")}, false, 5, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts, headline: tc.headline}
			if diff := cmp.Diff(tc.want, c.statePair(tc.v)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
