package extract

import "testing"

// verbalAttack alone: an attack between people, or one made in speech,
// is of words, unless a thing to strike with follows "with".
func TestVerbalAttack(t *testing.T) {
	for _, tc := range []struct {
		name, text      string
		acts            []actor
		v               int
		agents, targets []string
		want            bool
	}{
		{"a person attacks a person", "Ruiz/NNP attacked/VBD Alvarez/NNP ./.",
			[]actor{personAt(0, 1, "ruiz"), personAt(2, 3, "alvarez")}, 1, []string{"person:ruiz"}, []string{"person:alvarez"}, true},
		{"in a speech", "Ruiz/NNP attacked/VBD British/JJ imperialists/NNS in/IN a/DT speech/NN ./.",
			[]actor{personAt(0, 1, "ruiz"), {a: 2, b: 3, key: "country:GBR", typ: Country, demonym: true}}, 1, []string{"person:ruiz"}, []string{"country:GBR"}, true},
		{"during his weekly radio address", "Ruiz/NNP attacked/VBD Peru/NNP during/IN his/PRP$ weekly/JJ address/NN ./.",
			[]actor{personAt(0, 1, "ruiz"), countryAt(2, "PER")}, 1, []string{"person:ruiz"}, []string{"country:PER"}, true},
		{"a state attacks a state", "Chile/NNP attacked/VBD Peru/NNP on/IN Monday/NNP ./.",
			[]actor{countryAt(0, "CHL"), countryAt(2, "PER")}, 1, []string{"country:CHL"}, []string{"country:PER"}, false},
		{"a speech in another clause", "Chile/NNP attacked/VBD Peru/NNP ,/, Ruiz/NNP said/VBD in/IN a/DT speech/NN ./.",
			[]actor{countryAt(0, "CHL"), countryAt(2, "PER"), personAt(4, 5, "ruiz")}, 1, []string{"country:CHL"}, []string{"country:PER"}, false},
		{"a person attacks a person with a thing to strike with", "Ruiz/NNP attacked/VBD Alvarez/NNP with/IN a/DT bottle/NN ./.",
			[]actor{personAt(0, 1, "ruiz"), personAt(2, 3, "alvarez")}, 1, []string{"person:ruiz"}, []string{"person:alvarez"}, false},
		{"a person attacks a person with words", "Ruiz/NNP attacked/VBD Alvarez/NNP with/IN harsh/JJ words/NNS ./.",
			[]actor{personAt(0, 1, "ruiz"), personAt(2, 3, "alvarez")}, 1, []string{"person:ruiz"}, []string{"person:alvarez"}, true},
		{"two people clash", "Ruiz/NNP and/CC Alvarez/NNP clashed/VBD over/IN subsidies/NNS ./.",
			[]actor{personAt(0, 1, "ruiz"), personAt(2, 3, "alvarez")}, 3, []string{"person:ruiz", "person:alvarez"}, nil, true},
		{"two states clash", "Chile/NNP and/CC Peru/NNP clashed/VBD near/IN Tacna/NNP ./.",
			[]actor{countryAt(0, "CHL"), countryAt(2, "PER")}, 3, []string{"country:CHL", "country:PER"}, nil, false},
		{"a verb of force with no sense of words", "Ruiz/NNP killed/VBD Alvarez/NNP ./.",
			[]actor{personAt(0, 1, "ruiz"), personAt(2, 3, "alvarez")}, 1, []string{"person:ruiz"}, []string{"person:alvarez"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if got := c.verbalAttack(tc.v, tc.agents, tc.targets); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// ideaSubject alone: the subject of a passive verb is an idea, a claim or
// an act; a place or a body attacked is none.
func TestIdeaSubject(t *testing.T) {
	testAtToken(t, func(c *eventCtx, k int) bool { return c.ideaSubject(k) }, []atTokenCase{
		{"an act", "Chile/NNP 's/POS move/NN was/VBD attacked/VBN by/IN Peru/NNP", 4, true},
		{"past an adverb and a perfect", "the/DT decision/NN has/VBZ been/VBN strongly/RB attacked/VBN", 5, true},
		{"a building", "the/DT embassy/NN was/VBD attacked/VBN by/IN rebels/NNS", 3, false},
		{"no auxiliary", "the/DT decision/NN attacked/VBN", 2, false},
	})
}
