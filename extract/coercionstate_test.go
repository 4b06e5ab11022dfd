package extract

import "testing"

// stateIn alone: the state of the place after "in", "at" or "near" in the
// clause.
func TestStateIn(t *testing.T) {
	peru := actor{a: 3, b: 4, key: "country:PER", typ: Country}
	lima := actor{a: 3, b: 4, key: "country:PER", typ: Country, capital: true, where: true}
	cusco := actor{a: 4, b: 5, key: "location:cusco", typ: Location, country: "PER"}
	peruvian := actor{a: 3, b: 4, key: "country:PER", typ: Country, demonym: true}
	for _, tc := range []struct {
		name   string
		text   string
		acts   []actor
		places []actor
		want   string
	}{
		{"a country", "was/VBD sentenced/VBN in/IN Peru/NNP", []actor{peru}, nil, "country:PER"},
		{"a capital", "was/VBD sentenced/VBN in/IN Lima/NNP", []actor{lima}, nil, "country:PER"},
		{"a place past the article", "was/VBD arrested/VBN at/IN the/DT Cusco/NNP airport/NN", nil, []actor{cusco}, "country:PER"},
		{"a nationality is no place", "was/VBD arrested/VBN in/IN Peruvian/JJ waters/NNS", []actor{peruvian}, nil, ""},
		{"another clause", "was/VBD arrested/VBN and/CC fled/VBD in/IN Peru/NNP", []actor{{a: 5, b: 6, key: "country:PER", typ: Country}}, nil, ""},
		{"no place", "was/VBD arrested/VBN on/IN Monday/NNP", nil, nil, ""},
	} {
		c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts, places: tc.places}
		if got := c.stateIn(2); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// coercionState alone: the clause's place, then the headline's state.
func TestCoercionState(t *testing.T) {
	toks := slashTagged("was/VBD arrested/VBN in/IN Peru/NNP")
	peru := []actor{{a: 3, b: 4, key: "country:PER", typ: Country}}
	for _, tc := range []struct {
		name  string
		acts  []actor
		focal string
		want  string
	}{
		{"the place first", peru, "CHL", "country:PER"},
		{"the headline's state", nil, "CHL", "country:CHL"},
		{"none", nil, "", ""},
	} {
		c := &eventCtx{t: toks, acts: tc.acts, focal: tc.focal}
		if got := c.coercionState(2); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// custodyAct alone: coercion of a kind, and handing people over.
func TestCustodyAct(t *testing.T) {
	for code, want := range map[string]bool{
		"173": true,  // arrest
		"174": true,  // deport
		"063": true,  // extradite, hand over
		"170": false, // coercion of no kind in particular
		"061": false, // economic cooperation
		"190": false, // force
	} {
		if got := custodyAct(code); got != want {
			t.Errorf("custodyAct(%q) = %v, want %v", code, got, want)
		}
	}
}
