package extract

import "testing"

// nounTellsEvent alone: an event noun tells an event when its target
// follows it, or when the phrase around it names its parties.
func TestNounTellsEvent(t *testing.T) {
	attack := verbEntry{action: "attack", code: "190", target: []string{objTarget}}
	criticize := verbEntry{action: "criticize", code: "111", target: []string{objTarget}}
	talk := verbEntry{action: "talk", code: "040", target: []string{"with"}}
	recall := verbEntry{rest: []string{"*", "ambassador"}, action: "recall", code: "161", target: []string{"from"}}
	for _, tc := range []struct {
		name, text string
		acts       []actor
		p          verbEntry
		v, end     int
		want       bool
	}{
		{"a target after its preposition", "attacks/NNS on/IN Chile/NNP", []actor{countryAt(2, "CHL")}, attack, 0, 1, true},
		{"a topic", "the/DT talks/NNS were/VBD difficult/JJ", nil, talk, 1, 2, false},
		{"a by-phrase", "an/DT attack/NN by/IN Chile/NNP on/IN Peru/NNP", []actor{countryAt(3, "CHL"), countryAt(5, "PER")}, attack, 1, 2, true},
		{"of a thing by a party", "criticism/NN of/IN the/DT plan/NN by/IN Chile/NNP", []actor{countryAt(5, "CHL")}, criticize, 0, 1, true},
		{"of a thing by no one", "criticism/NN of/IN the/DT plan/NN", nil, criticize, 0, 1, false},
		{"undergone", "Chile/NNP faced/VBD criticism/NN from/IN Peru/NNP", []actor{countryAt(0, "CHL"), countryAt(4, "PER")}, criticize, 2, 3, true},
		{"parties in talks together", "Chile/NNP and/CC Peru/NNP are/VBP in/IN talks/NNS", []actor{countryAt(0, "CHL"), countryAt(2, "PER")}, talk, 5, 6, true},
		{"words of a pattern after the noun", "attacks/NNS on/IN Chile/NNP", []actor{countryAt(2, "CHL")}, verbEntry{rest: []string{"on"}, action: "attack", code: "190", target: []string{objTarget}}, 0, 2, false},
		{"words of a pattern, then its target's preposition", "the/DT recall/NN of/IN its/PRP$ ambassador/NN from/IN Chile/NNP", []actor{countryAt(6, "CHL")}, recall, 1, 5, true},
		{"words of a pattern and another preposition", "the/DT recall/NN of/IN its/PRP$ ambassador/NN in/IN Chile/NNP", []actor{countryAt(6, "CHL")}, recall, 1, 5, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if got := c.nounTellsEvent(tc.v, tc.end, tc.p); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
