package extract

import "testing"

// namesBody alone: the words after a title word that name a body by a
// noun ending names of organizations, in any case.
func TestNamesBody(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"General/NNP Motors/NNPS", true},
		{"Major/NNP League/NNP Baseball/NNP", true},
		{"MAJOR/NNP LEAGUE/NNP BASEBALL/NNP", true},
		{"General/NNP Wesley/NNP Clark/NNP", false},
		{"Major/NNP Ali/NNP Khan/NNP", false},
	} {
		toks := slashTagged(tc.text)
		bd := x.newBuilder(&Document{Sentences: []Sentence{{Tokens: toks}}})
		if got := bd.namesBody(0, 1, len(toks)); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}
