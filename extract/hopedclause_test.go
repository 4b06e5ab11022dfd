package extract

import "testing"

// hopedClause alone: the verb of a clause a verb of hoping governs is
// hoped for; not one after a comma, nor one of another verb's clause.
func TestHopedClause(t *testing.T) {
	testAtNamedToken(t, (*eventCtx).hopedClause, []atTokenCase{
		{"past the subject and a modal", "he/PRP hopes/VBZ Chile/NNP and/CC Peru/NNP will/MD soon/RB sign/VB", 7, true},
		{"after that", "Peru/NNP hoped/VBD that/IN Chile/NNP would/MD sign/VB", 5, true},
		{"another verb's clause", "Peru/NNP hoped/VBD Chile/NNP said/VBD it/PRP would/MD sign/VB", 6, false},
		{"after a comma", "Peru/NNP hoped/VBD for/IN talks/NNS ,/, and/CC Chile/NNP signed/VBD", 7, false},
		{"no verb of hoping", "Peru/NNP said/VBD Chile/NNP will/MD sign/VB", 4, false},
	})
}
