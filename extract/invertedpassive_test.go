package extract

import "testing"

// invertedPassive alone: a participle that opens its clause before a form
// of "be" and the subject.
func TestInvertedPassive(t *testing.T) {
	testAtToken(t, func(c *eventCtx, v int) bool { return invertedPassive(c.t, v) }, []atTokenCase{
		{"past an adverb", "Also/RB arrested/VBN were/VBD Ruiz/NNP and/CC Soto/NNP", 1, true},
		{"after among those", "Among/IN those/DT arrested/VBN were/VBD Ruiz/NNP", 2, true},
		{"a participle taken for a past tense", "Among/IN those/DT arrested/VBD were/VBD Ruiz/NNP", 2, true},
		{"at the sentence's start", "Arrested/VBN were/VBD Ruiz/NNP and/CC Soto/NNP", 0, true},
		{"a subject before it", "Ruiz/NNP arrested/VBD were/VBD", 1, false},
		{"no form of be after it", "Also/RB arrested/VBN in/IN Lima/NNP", 1, false},
		{"the participle of a noun", "The/DT men/NNS arrested/VBN were/VBD freed/VBN", 2, false},
	})
}
