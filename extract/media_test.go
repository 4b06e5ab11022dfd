package extract

import "testing"

// isMedia alone: a news organization the lexicon knows, a name the
// tagger found that begins with one's name, or one that opens or ends with
// a word for the press.
func TestIsMedia(t *testing.T) {
	x := extractor(t)
	toks := slashTagged("told/VBD BBC/NNP Radio/NNP 4/CD and/CC Tolvaren/NNP Group/NNP and/CC WXYZ/NNP radio/NN and/CC Tolvaren/NNP Radio/NNP and/CC Radio/NNP Tolvaren/NNP")
	for _, tc := range []struct {
		name string
		c    cand
		want bool
	}{
		{"a name that begins with a news organization's", cand{a: 1, b: 4, typ: Organization}, true},
		{"a name that begins with another word", cand{a: 5, b: 7, typ: Organization}, false},
		{"one word the lexicon does not know", cand{a: 5, b: 6, typ: Organization}, false},
		{"a name before the noun of its kind in lower case", cand{a: 8, b: 9, typ: Organization}, true},
		{"a name that ends with the noun of its kind", cand{a: 11, b: 13, typ: Organization}, true},
		{"a name that opens with the noun of its kind", cand{a: 14, b: 16, typ: Organization}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := x.isMedia(&tc.c, toks); got != tc.want {
				t.Errorf("isMedia = %v, want %v", got, tc.want)
			}
		})
	}
}
