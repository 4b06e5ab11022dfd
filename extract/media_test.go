package extract

import "testing"

// isMedia alone: a news organization the lexicon knows, or a name the
// tagger found that begins with one's name.
func TestIsMedia(t *testing.T) {
	x := extractor(t)
	toks := slashTagged("told/VBD BBC/NNP Radio/NNP 4/CD and/CC Tolvaren/NNP Radio/NNP and/CC WXYZ/NNP radio/NN")
	for _, tc := range []struct {
		name string
		c    cand
		want bool
	}{
		{"a name that begins with a news organization's", cand{a: 1, b: 4, typ: Organization}, true},
		{"a name that begins with another word", cand{a: 5, b: 7, typ: Organization}, false},
		{"one word the lexicon does not know", cand{a: 5, b: 6, typ: Organization}, false},
		{"a name before the noun of its kind in lower case", cand{a: 8, b: 9, typ: Organization}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := x.isMedia(&tc.c, toks); got != tc.want {
				t.Errorf("isMedia = %v, want %v", got, tc.want)
			}
		})
	}
}
