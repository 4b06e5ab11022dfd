package extract

import "testing"

// governingVerb alone: the verb an event noun is the object of, past its
// modifiers and an actor among them.
func TestGoverningVerb(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		v, want    int
	}{
		{"past a nationality's name", "Chile/NNP will/MD join/VB a/DT US/NNP attack/NN on/IN Peru/NNP", []actor{countryAt(0, "CHL"), countryAt(4, "USA"), countryAt(7, "PER")}, 5, 2},
		{"past adjectives", "Chile/NNP wants/VBZ new/JJ talks/NNS with/IN Peru/NNP", []actor{countryAt(0, "CHL"), countryAt(5, "PER")}, 3, 1},
		{"after a preposition", "Chile/NNP spoke/VBD after/IN the/DT attack/NN", []actor{countryAt(0, "CHL")}, 4, -1},
		{"opening the sentence", "The/DT talks/NNS ended/VBD", nil, 1, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if got := c.governingVerb(tc.v); got != tc.want {
				t.Errorf("governingVerb(%d) = %d, want %d", tc.v, got, tc.want)
			}
		})
	}
}

// purposeNounVerb alone: the verb an event noun after "for" is the
// purpose of.
func TestPurposeNounVerb(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		v, want    int
	}{
		{"a visit for talks", "will/MD visit/VB Egypt/NNP this/DT Sunday/NNP for/IN talks/NNS", 6, 1},
		{"past modifiers", "flew/VBD to/TO Cairo/NNP for/IN peace/NN talks/NNS", 5, 0},
		{"no for", "will/MD visit/VB Egypt/NNP after/IN talks/NNS", 4, -1},
		{"not past a comma", "will/MD visit/VB Egypt/NNP ,/, for/IN talks/NNS", 5, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text)}
			if got := c.purposeNounVerb(tc.v); got != tc.want {
				t.Errorf("purposeNounVerb(%d) = %d, want %d", tc.v, got, tc.want)
			}
		})
	}
}
