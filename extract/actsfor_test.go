package extract

import (
	"strings"
	"testing"
)

// actsFor alone: a preposition after an office or after people sent by a
// state makes the actor after it the one who acts.
func TestActsFor(t *testing.T) {
	titles := map[string]bool{"spokesman": true, "spokeswoman": true, "ambassador": true}
	for _, tc := range []struct {
		name, text string
		k          int
		want       bool
	}{
		{"a spokesman for a body", "A/DT spokesman/NN for/IN Amnesty/NNP condemned/VBD Peru/NNP", 2, true},
		{"an ambassador at a body", "The/DT ambassador/NN at/IN the/DT UN/NNP", 2, true},
		{"a delegation from a country", "A/DT delegation/NN from/IN Chile/NNP met/VBD Peru/NNP", 2, true},
		{"troops from a country", "Troops/NNS from/IN Chile/NNP attacked/VBD Peru/NNP", 1, true},
		{"a thing for a country", "Aid/NN for/IN Chile/NNP arrived/VBD", 1, false},
		{"a spokesman from a place is no office of it", "A/DT spokesman/NN from/IN Lima/NNP", 2, false},
		{"a delegation for a country is sent to it", "A/DT delegation/NN for/IN Chile/NNP", 2, false},
		{"refugees from a country", "Refugees/NNS from/IN Chile/NNP", 1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), titles: titles}
			if got := c.actsFor(tc.k); got != tc.want {
				t.Errorf("actsFor(%q) = %v, want %v", strings.Fields(tc.text)[tc.k], got, tc.want)
			}
		})
	}
}
