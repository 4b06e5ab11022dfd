package extract

import "testing"

// neitherBefore alone: "neither" before a verb's subjects, in its clause.
func TestNeitherBefore(t *testing.T) {
	for _, tc := range []struct {
		text string
		v    int
		want bool
	}{
		{"Neither/DT Chile/NNP nor/CC Peru/NNP attacked/VBD", 4, true},
		{"Chile/NNP and/CC Peru/NNP attacked/VBD", 3, false},
		{"Neither/DT side/NN spoke/VBD ;/: Chile/NNP attacked/VBD", 5, false},
	} {
		c := &eventCtx{t: slashTagged(tc.text)}
		if got := c.neitherBefore(tc.v); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}
