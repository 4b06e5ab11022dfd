package extract

import "testing"

// rivalryNoun alone: a noun of fighting qualified by trade, prices or
// words is a rivalry; a noun of another act, or one unqualified, is not.
func TestRivalryNoun(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		text string
		v    int
		want bool
	}{
		{"the/DT trade/NN war/NN between/IN", 2, true},
		{"a/DT war/NN of/IN words/NNS between/IN", 1, true},
		{"the/DT war/NN between/IN", 1, false},
		{"the/DT trade/NN talks/NNS between/IN", 2, false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			toks := slashTagged(tc.text)
			if got := rivalryNoun(toks, tc.v, x.idx.verbs[x.idx.lemma(toks[tc.v].Text)]); got != tc.want {
				t.Errorf("rivalryNoun = %v, want %v", got, tc.want)
			}
		})
	}
}
