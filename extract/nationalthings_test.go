package extract

import "testing"

// nationalThings alone: an object that is a common noun described by
// nationalities only.
func TestNationalThings(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"two nationalities", "buys/VBZ Peruvian/JJ and/CC Chilean/JJ networks/NNS ./.", true},
		{"one, with a number", "bought/VBD two/CD Peruvian/JJ firms/NNS ./.", true},
		{"a name after the noun", "bought/VBD Peruvian/JJ firm/NN Ruiz/NNP ./.", false},
		{"a state itself", "bought/VBD Peru/NNP 's/POS debt/NN ./.", false},
		{"no nationality", "bought/VBD two/CD firms/NNS ./.", false},
		{"arms", "bought/VBD Peruvian/JJ fighter/NN jets/NNS ./.", false},
		{"a measure of the thing", "bought/VBD 98,000/CD tonnes/NNS of/IN Peruvian/JJ wheat/NN ./.", true},
		{"a country's name before the noun", "bought/VBD Peru/NNP wheat/NN from/IN Chile/NNP ./.", true},
		{"a measure of a party's people", "killed/VBD three/CD members/NNS of/IN Peru/NNP ./.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			acts := append(demonymActors(toks), namedActors(toks)...)
			c := &eventCtx{t: toks, acts: acts}
			if got := c.nationalThings(1); got != tc.want {
				t.Errorf("nationalThings = %v, want %v", got, tc.want)
			}
		})
	}
}
