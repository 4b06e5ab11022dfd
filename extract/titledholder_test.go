package extract

import "testing"

// titledHolderBefore and titledHolderAfter alone: the person in
// apposition to an office is found past the office's body, and only
// where an office opens the phrase.
func TestTitledHolder(t *testing.T) {
	titles := map[string]bool{"leader": true, "head": true, "gen": true}
	org := func(a, b int) actor { return actor{a: a, b: b, key: "organization:party", typ: Organization} }
	for _, tc := range []struct {
		name, text string
		acts       []actor
		before     bool // titledHolderBefore at the comma at k, else titledHolderAfter of the body
		k          int
		want       int // the index in acts of the person, -1 for none
	}{
		{"a subject's office, its body in apposition",
			"Ana/NNP Ruiz/NNP ,/, leader/NN of/IN the/DT main/JJ party/NN ,/, the/DT Blue/NNP Party/NNP ,/, visited/VBD",
			[]actor{personAt(0, 2, "ruiz"), org(10, 12)}, true, 8, 0},
		{"no office opens the phrase",
			"Ana/NNP Ruiz/NNP ,/, whose/WP$ main/JJ party/NN ,/, the/DT Blue/NNP Party/NNP ,/, visited/VBD",
			[]actor{personAt(0, 2, "ruiz"), org(8, 10)}, true, 6, -1},
		{"no person before the office",
			"The/DT opposition/NN ,/, leader/NN of/IN the/DT protests/NNS ,/, the/DT Blue/NNP Party/NNP ,/, said/VBD",
			[]actor{org(9, 11)}, true, 7, -1},
		{"an object's office and its holder",
			"met/VBD the/DT head/NN of/IN the/DT Blue/NNP Party/NNP ,/, Ana/NNP Ruiz/NNP ,/, in/IN",
			[]actor{personAt(8, 10, "ruiz"), org(5, 7)}, false, 1, 0},
		{"a rank before the holder",
			"met/VBD the/DT head/NN of/IN the/DT Blue/NNP Party/NNP ,/, Gen/NNP Ana/NNP Ruiz/NNP ./.",
			[]actor{personAt(9, 11, "ruiz"), org(5, 7)}, false, 1, 0},
		{"no office before the body",
			"met/VBD members/NNS of/IN the/DT Blue/NNP Party/NNP ,/, Ana/NNP Ruiz/NNP ,/, in/IN",
			[]actor{personAt(7, 9, "ruiz"), org(4, 6)}, false, 1, -1},
		{"the person is a list's first",
			"met/VBD the/DT head/NN of/IN the/DT Blue/NNP Party/NNP ,/, Ana/NNP Ruiz/NNP and/CC others/NNS",
			[]actor{personAt(8, 10, "ruiz"), org(5, 7)}, false, 1, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts, titles: titles}
			var got int
			if tc.before {
				got = c.titledHolderBefore(tc.k)
			} else {
				got = c.titledHolderAfter(tc.k)
			}
			if got != tc.want {
				t.Errorf("got %d, want %d", got, tc.want)
			}
		})
	}
}
