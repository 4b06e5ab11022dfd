package extract

import "testing"

// passiveNounEnd alone: a light-verb pattern's noun as the subject of its
// verb in the passive.
func TestPassiveNounEnd(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		v          int
		rest       []string
		want       int
	}{
		{"the noun in the plural", "Sanctions/NNS were/VBD imposed/VBN on/IN Iran/NNP", 2, []string{"*", "sanction"}, 3},
		{"past an adverb and a perfect", "Talks/NNS have/VBP also/RB been/VBN held/VBN", 4, []string{"*", "talks"}, 5},
		{"a modal", "A/DT ceasefire/NN could/MD be/VB agreed/VBN", 4, []string{"ceasefire"}, 5},
		{"another noun", "Troops/NNS were/VBD imposed/VBN on/IN Iran/NNP", 2, []string{"*", "sanction"}, -1},
		{"no auxiliary of the passive", "sanctions/NNS imposed/VBN on/IN Iran/NNP", 1, []string{"*", "sanction"}, -1},
		{"an active past", "Sanctions/NNS imposed/VBD on/IN Iran/NNP", 1, []string{"*", "sanction"}, -1},
		{"a verb alone", "Iran/NNP was/VBD attacked/VBN", 2, nil, -1},
		{"past the noun's target", "Sanctions/NNS against/IN Chile/NNP were/VBD lifted/VBN", 4, []string{"*", "sanction"}, 5},
		{"past the noun's target and its article", "Sanctions/NNS on/IN the/DT Chile/NNP were/VBD lifted/VBN", 5, []string{"*", "sanction"}, 6},
		{"a party after another preposition", "Sanctions/NNS in/IN Chile/NNP were/VBD lifted/VBN", 4, []string{"*", "sanction"}, -1},
		{"a party alone", "Chile/NNP was/VBD lifted/VBN", 2, []string{"*", "sanction"}, -1},
		{"a phrase of two words", "Fire/NN was/VBD opened/VBN", 2, []string{"*", "fire", "on"}, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks)}
			if got := c.passiveNounEnd(tc.v, tc.rest); got != tc.want {
				t.Errorf("passiveNounEnd = %d, want %d", got, tc.want)
			}
		})
	}
}
