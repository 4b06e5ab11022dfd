package extract

import "testing"

// headlinePassive alone: a past form with no object after it, in a
// headline, is a passive participle.
func TestHeadlinePassive(t *testing.T) {
	murder := verbEntry{action: "murder", code: "186", target: []string{objTarget}}
	trip := verbEntry{rest: []string{"*", "trip"}, action: "visit", code: "042", target: []string{"to"}}
	for _, tc := range []struct {
		name, text string
		headline   bool
		v, end     int
		p          verbEntry
		want       bool
	}{
		{"a past form before a place", "Chilean/JJ man/NN murdered/VBN in/IN Peru/NNP", true, 2, 3, murder, true},
		{"a past form ending the headline", "Chilean/JJ man/NN murdered/VBD", true, 2, 3, murder, true},
		{"a past form with its object", "Chile/NNP murdered/VBD Peruvian/JJ man/NN", true, 1, 2, murder, false},
		{"the present", "Chile/NNP murders/VBZ in/IN Peru/NNP", true, 1, 2, murder, false},
		{"not a headline", "Chilean/JJ man/NN murdered/VBD in/IN Peru/NNP", false, 2, 3, murder, false},
		{"a light verb's pattern", "Ruiz/NNP made/VBD secret/JJ trip/NN to/TO Peru/NNP", true, 1, 4, trip, false},
	} {
		c := &eventCtx{t: slashTagged(tc.text), headline: tc.headline}
		if got := c.headlinePassive(tc.v, tc.end, tc.p); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}
