package extract

import (
	"slices"
	"testing"
)

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
		extra      []actor // actors namedActors does not know
	}{
		{"a score after the party", "Chile/NNP defeated/VBD Peru/NNP 2-1/CD", 2, true, nil},
		{"past an article", "Chile/NNP defeated/VBD the/DT Peru/NNP 2-1/CD", 2, true, nil},
		{"past the party's country", "Ruiz/NNP defeated/VBD Ruiz/NNP of/IN Peru/NNP 2-0/CD", 2, true, nil},
		{"past a nationality", "Ruiz/NNP defeated/VBD Peruvian/JJ Ruiz/NNP 7-6/CD", 2, true, []actor{{a: 2, b: 3, key: "country:PER", typ: Country, demonym: true}}},
		{"no score", "Chile/NNP defeated/VBD Peru/NNP in/IN the/DT final/NN", 2, false, nil},
		{"a score elsewhere", "Chile/NNP defeated/VBD Peru/NNP after/IN a/DT 2-1/CD loss/NN", 2, false, nil},
		{"no party", "Chile/NNP defeated/VBD rebels/NNS 2-1/CD", 2, false, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			acts := append(namedActors(toks), tc.extra...)
			slices.SortFunc(acts, func(x, y actor) int { return x.a - y.a })
			c := &eventCtx{t: toks, acts: acts}
			if got := c.scoreAfterObject(tc.end); got != tc.want {
				t.Errorf("scoreAfterObject = %v, want %v", got, tc.want)
			}
		})
	}
}
