package extract

import "testing"

// deniedClause alone, on tagged words.
func TestDeniedClause(t *testing.T) {
	for _, tc := range []struct {
		text string
		v    int
		want bool
	}{
		{"Peru/NNP denied/VBD that/IN Chile/NNP had/VBD attacked/VBN Bolivia/NNP", 5, true},
		{"Peru/NNP said/VBD that/IN Chile/NNP attacked/VBD Bolivia/NNP", 4, false},
		{"It/PRP did/VBD not/RB mean/VB that/IN Russia/NNP cut/VBD ties/NNS", 6, true},
		{"Peru/NNP denied/VBD the/DT report/NN and/CC Chile/NNP attacked/VBD Bolivia/NNP", 6, false},
		{"Peru/NNP never/RB said/VBD that/IN Chile/NNP attacked/VBD Bolivia/NNP", 5, true},
		{"Chile/NNP attacked/VBD Bolivia/NNP", 1, false},
		{"Peru/NNP rejected/VBD claims/NNS that/IN Chile/NNP had/VBD attacked/VBN Bolivia/NNP", 6, true},
		{"Peru/NNP rejected/VBD claims/NNS that/IN Chile/NNP is/VBZ preparing/VBG to/TO join/VB", 8, true},
		{"Peru/NNP confirmed/VBD reports/NNS that/IN Chile/NNP had/VBD attacked/VBN Bolivia/NNP", 6, false},
		{"Peru/NNP said/VBD that/IN Chile/NNP is/VBZ preparing/VBG to/TO join/VB", 7, false},
		{"Peru/NNP denied/VBD a/DT Lima/NNP government/NN statement/NN that/IN Chile/NNP had/VBD attacked/VBN Bolivia/NNP", 9, true},
		{"Peru/NNP denied/VBD it/PRP attacked/VBD Bolivia/NNP", 3, true},
		{"Peru/NNP denied/VBD its/PRP$ navy/NN had/VBD seized/VBN a/DT ship/NN", 5, true},
		{"Peru/NNP denied/VBD the/DT charges/NNS ,/, and/CC attacked/VBD Bolivia/NNP", 6, false},
	} {
		c := &eventCtx{t: slashTagged(tc.text), acts: []actor{countryAt(3, "PER")}}
		if got := c.deniedClause(tc.v); got != tc.want {
			t.Errorf("%s (verb %d): %v, want %v", tc.text, tc.v, got, tc.want)
		}
	}
}

// negatedGerund alone: a gerund after a negated verb is not done, unless
// that verb ends or denies it.
func TestNegatedGerund(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"it/PRP did/VBD not/RB mean/VB recognising/VBG Peru/NNP", true},
		{"it/PRP does/VBZ not/RB involve/VB sending/VBG troops/NNS", true},
		{"Chile/NNP did/VBD not/RB stop/VB attacking/VBG Peru/NNP", false},
		{"Chile/NNP did/VBD not/RB deny/VB supplying/VBG Peru/NNP", false},
		{"Chile/NNP began/VBD attacking/VBG Peru/NNP", false},
		{"Chile/NNP is/VBZ not/RB attacking/VBG Peru/NNP", false},
	} {
		toks := slashTagged(tc.text)
		v := len(toks) - 2
		c := &eventCtx{t: toks}
		if got := c.negatedGerund(v); got != tc.want {
			t.Errorf("%s: negatedGerund = %v, want %v", tc.text, got, tc.want)
		}
	}
}
