package extract

import "testing"

// isScore alone: digits, a hyphen and digits.
func TestIsScore(t *testing.T) {
	for s, want := range map[string]bool{
		"4-3": true, "10-12": true, "6-4": true, "1-0": true,
		"4": false, "4-": false, "-3": false, "a-b": false, "2-1a": false, "1996-08-22": false, "12345-1": false,
	} {
		if got := isScore(s); got != want {
			t.Errorf("isScore(%q) = %v, want %v", s, got, want)
		}
	}
}

// scoreAfterObject alone: a score right after the verb's object party.
func TestScoreAfterObject(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		end        int
		want       bool
	}{
		{"a score after the party", "Chile/NNP defeated/VBD Peru/NNP 2-1/CD", 2, true},
		{"past an article", "Chile/NNP defeated/VBD the/DT Peru/NNP 2-1/CD", 2, true},
		{"no score", "Chile/NNP defeated/VBD Peru/NNP in/IN the/DT final/NN", 2, false},
		{"a score elsewhere", "Chile/NNP defeated/VBD Peru/NNP after/IN a/DT 2-1/CD loss/NN", 2, false},
		{"no party", "Chile/NNP defeated/VBD rebels/NNS 2-1/CD", 2, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks)}
			if got := c.scoreAfterObject(tc.end); got != tc.want {
				t.Errorf("scoreAfterObject = %v, want %v", got, tc.want)
			}
		})
	}
}
