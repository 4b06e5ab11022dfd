package extract

import "testing"

// asideEnd alone: dashes, brackets and commas around a relative clause or
// a phrase of worth close an aside; anything else opens none.
func TestAsideEnd(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		k, want    int
	}{
		{"dashes", "its/PRP$ unit/NN --/: which/WDT runs/VBZ stores/NNS --/: to/TO Aldi/NNP", 2, 7},
		{"brackets", "its/PRP$ stake/NN (/( worth/JJ $/$ 2/CD billion/CD )/) to/TO Peru/NNP", 2, 8},
		{"commas around worth", "its/PRP$ stake/NN ,/, worth/JJ $/$ 2/CD billion/CD ,/, to/TO Peru/NNP", 2, 8},
		{"commas around a relative clause", "its/PRP$ unit/NN ,/, which/WDT makes/VBZ cars/NNS ,/, to/TO Peru/NNP", 2, 7},
		{"commas around a participle's phrase", "a/DT list/NN ,/, drawn/VBN up/RP by/IN the/DT UN/NNP ,/, to/TO Peru/NNP", 2, 9},
		{"a comma before another word", "its/PRP$ unit/NN ,/, and/CC Peru/NNP ,/, to/TO Bolivia/NNP", 2, -1},
		{"a dash that does not close", "its/PRP$ unit/NN --/: which/WDT runs/VBZ stores/NNS ./.", 2, -1},
		{"a bracket closed past the sentence's end", "its/PRP$ unit/NN (/( 2/CD ./. )/)", 2, -1},
		{"an empty aside", "its/PRP$ unit/NN (/( )/) to/TO Peru/NNP", 2, -1},
		{"no mark", "its/PRP$ unit/NN to/TO Peru/NNP", 1, -1},
	} {
		if got := asideEnd(slashTagged(tc.text), tc.k); got != tc.want {
			t.Errorf("%s: %d, want %d", tc.name, got, tc.want)
		}
	}
}
