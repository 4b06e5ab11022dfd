package extract

import "testing"

// ownedAct alone: an act after a possessive, with its adjectives, an
// "of" before it or one phrase after it, is the subject its owner does;
// a thing, an actor or a verb in the phrase, or no act, is none.
func TestOwnedAct(t *testing.T) {
	for _, tc := range []struct {
		text string
		acts []actor
		want bool
	}{
		{"EU/NNP 's/POS sanctions/NNS targeted/VBD MEC/NNP", []actor{orgActor(0, "eu"), orgActor(4, "mec")}, true},
		{"EU/NNP 's/POS last/JJ round/NN of/IN sanctions/NNS in/IN April/NNP targeted/VBD MEC/NNP", []actor{orgActor(0, "eu"), orgActor(9, "mec")}, true},
		{"Russia/NNP 's/POS renewed/VBN strikes/NNS killed/VBD soldiers/NNS", []actor{countryAt(0, "RUS")}, true},
		{"Chile/NNP 's/POS statement/NN criticised/VBD Peru/NNP", []actor{countryAt(0, "CHL"), countryAt(4, "PER")}, true},
		{"Chile/NNP 's/POS tweet/NN criticised/VBD Peru/NNP", []actor{countryAt(0, "CHL"), countryAt(4, "PER")}, true},
		{"Chile/NNP 's/POS navy/NN sank/VBD boats/NNS", []actor{countryAt(0, "CHL")}, false},
		{"Chile/NNP 's/POS attack/NN on/IN Peru/NNP angered/VBD Bolivia/NNP", []actor{countryAt(0, "CHL"), countryAt(4, "PER"), countryAt(6, "BOL")}, false},
		{"Chile/NNP 's/POS attack/NN ,/, analysts/NNS said/VBD", []actor{countryAt(0, "CHL")}, false},
	} {
		c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
		v := len(c.t) - 2
		if got := c.ownedAct(2, v); got != tc.want {
			t.Errorf("%s: ownedAct = %v, want %v", tc.text, got, tc.want)
		}
	}
}
