package extract

import "testing"

// pastPlace alone: the parties of an event noun are read past a place
// phrase right after it.
func TestPastPlace(t *testing.T) {
	vienna := actor{a: 3, b: 4, key: "location:vienna", typ: Location}
	for _, tc := range []struct {
		name, text string
		places     []actor
		want       int
	}{
		{"a city, then between", "Talks/NNS in/IN Vienna/NNP between/IN Iran/NNP and/CC Peru/NNP", []actor{{a: 2, b: 3, key: "location:vienna", typ: Location}}, 3},
		{"the city, then with", "Talks/NNS in/IN the/DT Vienna/NNP with/IN Iran/NNP", []actor{vienna}, 4},
		{"a place, then no party", "Talks/NNS in/IN Vienna/NNP ended/VBD", []actor{{a: 2, b: 3, key: "location:vienna", typ: Location}}, 1},
		{"no place", "Talks/NNS in/IN secret/NN with/IN Iran/NNP", nil, 1},
		{"no place preposition", "Talks/NNS with/IN Iran/NNP", nil, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), places: tc.places}
			if got := c.pastPlace(1); got != tc.want {
				t.Errorf("got %d, want %d", got, tc.want)
			}
		})
	}
}
