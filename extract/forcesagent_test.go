package extract

import "testing"

// forcesAgent alone: an agent named before the verb with a noun of its
// regular forces right after its name.
func TestForcesAgent(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		v          int
		agents     []string
		want       bool
	}{
		{"forces after a nationality", "Serbian/JJ forces/NNS killed/VBD three/CD", []actor{{a: 0, b: 1, key: "country:SRB", typ: Country, demonym: true}}, 2, []string{"country:SRB"}, true},
		{"warplanes after a name", "Israel/NNP 's/POS warplanes/NNS killed/VBD", []actor{countryAt(0, "ISR")}, 3, []string{"country:ISR"}, true},
		{"aircraft", "British/JJ aircraft/NN killed/VBD four/CD", []actor{{a: 0, b: 1, key: "country:GBR", typ: Country, demonym: true}}, 2, []string{"country:GBR"}, true},
		{"guerrillas", "Hezbollah/NNP guerrillas/NNS killed/VBD two/CD", []actor{{a: 0, b: 1, key: "organization:hezbollah", typ: Organization}}, 2, []string{"organization:hezbollah"}, false},
		{"forces of another than the agent", "Peru/NNP said/VBD Chilean/JJ troops/NNS had/VBD killed/VBN", []actor{countryAt(0, "PER"), {a: 2, b: 3, key: "country:CHL", typ: Country, demonym: true}}, 5, []string{"country:PER"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if got := c.forcesAgent(tc.v, tc.agents); got != tc.want {
				t.Errorf("forcesAgent = %v, want %v", got, tc.want)
			}
		})
	}
}

// incursion alone: a state's forces going into a state use force, unless
// they go in to help.
func TestIncursion(t *testing.T) {
	x := extractor(t)
	chile := actor{a: 0, b: 1, key: "country:CHL", typ: Country, demonym: true}
	for _, tc := range []struct {
		name, text string
		acts       []actor
		v, end     int
		want       bool
	}{
		{"forces into a state", "Chilean/JJ troops/NNS crossed/VBD into/IN Peru/NNP on/IN Monday/NNP", []actor{chile, countryAt(4, "PER")}, 2, 4, true},
		{"forces in to attack", "Chilean/JJ troops/NNS crossed/VBD into/IN Peru/NNP to/TO attack/VB rebels/NNS", []actor{chile, countryAt(4, "PER")}, 2, 4, true},
		{"forces in to help", "Chilean/JJ troops/NNS crossed/VBD into/IN Peru/NNP to/TO help/VB the/DT government/NN", []actor{chile, countryAt(4, "PER")}, 2, 4, false},
		{"help in another clause", "Chilean/JJ troops/NNS crossed/VBD into/IN Peru/NNP ,/, and/CC rebels/NNS began/VBD to/TO help/VB them/PRP", []actor{chile, countryAt(4, "PER")}, 2, 4, true},
		{"no forces", "Chilean/JJ fishermen/NNS crossed/VBD into/IN Peru/NNP", []actor{chile, countryAt(4, "PER")}, 2, 4, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts, idx: x.idx}
			if got := c.incursion(tc.v, tc.end, []string{"country:CHL"}); got != tc.want {
				t.Errorf("incursion = %v, want %v", got, tc.want)
			}
		})
	}
}
