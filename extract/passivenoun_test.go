package extract

import (
	"slices"
	"testing"
)

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
		{"past the noun's two targets", "The/DT deal/NN between/IN Chile/NNP and/CC Peru/NNP was/VBD signed/VBN", 7, []string{"*", "deal"}, 8},
		{"past a list of targets", "Sanctions/NNS on/IN Chile/NNP ,/, Peru/NNP and/CC Bolivia/NNP were/VBD lifted/VBN", 8, []string{"*", "sanction"}, 9},
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

// subjectNouns alone: the noun of a light-verb pattern as its passive
// subject is told by the verb, not by itself.
func TestSubjectNouns(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		want       []int
	}{
		{"a deal signed in the passive", "The/DT deal/NN between/IN Chile/NNP and/CC Peru/NNP was/VBD signed/VBN", []int{1}},
		{"sanctions lifted in the passive", "Sanctions/NNS on/IN Chile/NNP were/VBD lifted/VBN", []int{0}},
		{"a deal signed in the active", "Chile/NNP and/CC Peru/NNP signed/VBD the/DT deal/NN", nil},
		{"a deal praised: no pattern of the verb has the noun", "The/DT deal/NN was/VBD praised/VBN", nil},
		{"a strike called by a leader: no strike of force", "a/DT strike/NN called/VBN by/IN Ana/NNP Ruiz/NNP", []int{1}},
		{"sanctions imposed by a state keep their own act", "sanctions/NNS imposed/VBN by/IN Chile/NNP", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			var got []int
			for k := range x.subjectNouns(&eventCtx{t: toks, acts: namedActors(toks)}) {
				got = append(got, k)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("subjectNouns = %v, want %v", got, tc.want)
			}
		})
	}
}
