package extract

import "testing"

// toldClauseNoun alone: the noun's phrase after the one told is the
// subject of what is told; not after "that", not a party named there,
// not after a verb of another kind.
func TestToldClauseNoun(t *testing.T) {
	testAtNamedToken(t, (*eventCtx).toldClauseNoun, []atTokenCase{
		{"after the one told", "Ruiz/NNP told/VBD Peru/NNP the/DT strikes/NNS hit/VBD Chile/NNP", 5, true},
		{"past the article of the one told", "Ruiz/NNP told/VBD the/DT Peru/NNP the/DT new/JJ sanctions/NNS hurt/VBD Chile/NNP", 7, true},
		{"a party for subject", "Ruiz/NNP told/VBD Peru/NNP Chile/NNP hit/VBD Bolivia/NNP", 4, false},
		{"after that", "Ruiz/NNP told/VBD Peru/NNP that/IN the/DT strikes/NNS hit/VBD Chile/NNP", 6, false},
		{"another verb", "Ruiz/NNP met/VBD Peru/NNP the/DT strikes/NNS hit/VBD Chile/NNP", 5, false},
	})
}
