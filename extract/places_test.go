package extract

import "testing"

// nationalPlace alone: a nationality before a settlement's noun after a
// preposition of place says where; before a title, or with no
// preposition, it names a party.
func TestNationalPlace(t *testing.T) {
	ethiopian := actor{a: 4, b: 5, key: "country:ETH", typ: Country, demonym: true}
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"in the nationality's capital", "approved/VBD it/PRP in/IN the/DT Ethiopian/JJ capital/NN", true},
		{"past an adjective", "approved/VBD it/PRP at/IN the/DT Ethiopian/JJ northern/JJ town/NN", true},
		{"a title after the nationality", "approved/VBD it/PRP with/IN the/DT Ethiopian/JJ president/NN", false},
		{"no preposition of place", "approved/VBD it/PRP for/IN the/DT Ethiopian/JJ capital/NN", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: []actor{ethiopian}}
			if got := c.nationalPlace(0); got != tc.want {
				t.Errorf("nationalPlace = %v, want %v", got, tc.want)
			}
		})
	}
}

// illObject alone: an ill after the verb, past its modifiers, is no party.
func TestIllObject(t *testing.T) {
	testAtToken(t, (*eventCtx).illObject, []atTokenCase{
		{"an ill", "fighting/VBG corruption/NN in/IN Peru/NNP", 1, true},
		{"past a modifier", "combating/VBG drug/NN trafficking/NN in/IN Peru/NNP", 1, true},
		{"past an article and an adjective", "fought/VBD the/DT rampant/JJ corruption/NN", 1, true},
		{"people are no ill", "fought/VBD the/DT rebels/NNS in/IN Peru/NNP", 1, false},
		{"a name is no ill", "fought/VBD Crime/NNP Inc/NNP", 1, false},
	})
}
