package extract

import "testing"

// ownerOfNoun alone: a name after an article before a noun in lower case
// owns the noun; one after a possessive pronoun, or ending its phrase,
// is what it names.
func TestOwnerOfNoun(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		want       bool
	}{
		{"the name's unit", "sold/VBD the/DT Yukos/NNP unit/NN to/TO Baikal/NNP", []actor{orgAt(2, 3, "yukos"), orgAt(5, 6, "baikal")}, true},
		{"its unit by its name", "sold/VBD its/PRP$ Specia/NNP unit/NN to/TO Aldi/NNP", []actor{orgAt(2, 3, "specia"), orgAt(5, 6, "aldi")}, false},
		{"the name alone", "sold/VBD Jaguar/NNP to/TO Tata/NNP", []actor{orgAt(1, 2, "jaguar"), orgAt(3, 4, "tata")}, false},
	} {
		c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
		if got := c.ownerOfNoun(tc.acts[0].key, 1); got != tc.want {
			t.Errorf("%s: ownerOfNoun = %v, want %v", tc.name, got, tc.want)
		}
	}
}
