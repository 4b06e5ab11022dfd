package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// dropCapitals alone: a capital acted upon is a place, unless its country
// is named too or it owns one of the state's bodies.
func TestDropCapitals(t *testing.T) {
	capital := func(at int, code string) actor {
		a := countryAt(at, code)
		a.capital = true
		return a
	}
	for _, tc := range []struct {
		name, text string
		acts       []actor
		want       []string
	}{
		{"a capital attacked", "Rebels/NNS attacked/VBD Kabul/NNP", []actor{capital(2, "AFG")}, nil},
		{"a capital's forces fought", "SPLA/NNP fought/VBD Khartoum/NNP 's/POS government/NN forces/NNS", []actor{capital(2, "SDN")}, []string{"country:SDN"}},
		{"a capital's forces past an adjective", "SPLA/NNP fought/VBD Khartoum/NNP 's/POS regular/JJ army/NN", []actor{capital(2, "SDN")}, []string{"country:SDN"}},
		{"a capital's streets", "Rebels/NNS attacked/VBD Kabul/NNP 's/POS streets/NNS", []actor{capital(2, "AFG")}, nil},
		{"the country named too", "Rebels/NNS attacked/VBD Kabul/NNP ,/, Afghanistan/NNP", []actor{capital(2, "AFG"), countryAt(4, "AFG")}, []string{"country:AFG"}},
		{"a nationality's people attacked", "They/PRP attacked/VBD the/DT Pakistani/JJ troops/NNS", []actor{{a: 3, b: 4, key: "country:PAK", typ: Country, demonym: true}}, []string{"country:PAK"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			keys := []string{tc.acts[0].key}
			if diff := cmp.Diff(tc.want, c.dropCapitals(keys, 2)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// visited alone: a visit is to a country, named or by its capital, not to
// its people, and not to the visitor's own.
func TestVisited(t *testing.T) {
	people := countryAt(3, "PAK")
	people.demonym = true
	capital := countryAt(2, "PAK")
	capital.capital = true
	for _, tc := range []struct {
		name, text string
		acts       []actor
		visitors   []string
		offices    map[string][]string
		want       []string
	}{
		{"a nationality's people visited", "He/PRP visited/VBD the/DT Pakistani/JJ community/NN", []actor{people}, []string{"person:ruiz"}, nil, nil},
		{"the country visited", "He/PRP visited/VBD the/DT Pakistani/JJ community/NN in/IN Pakistan/NNP", []actor{people, countryAt(6, "PAK")}, []string{"person:ruiz"}, nil, []string{"country:PAK"}},
		{"a capital visited is a city, no country", "Ruiz/NNP arrived/VBD in/IN Islamabad/NNP", []actor{personAt(0, 1, "ruiz"), capital}, []string{"person:ruiz"}, nil, nil},
		{"a capital visited and its country named", "Ruiz/NNP arrived/VBD in/IN Islamabad/NNP for/IN talks/NNS with/IN Pakistan/NNP", []actor{personAt(0, 1, "ruiz"), capital, countryAt(7, "PAK")}, []string{"person:ruiz"}, nil, []string{"country:PAK"}},
		{"the capital of the visitor's office", "Ruiz/NNP arrived/VBD in/IN Islamabad/NNP", []actor{personAt(0, 1, "ruiz"), capital}, []string{"person:ruiz"},
			map[string][]string{"person:ruiz": {"country:PAK|president"}}, nil},
		{"the visitor's own country", "Pakistan/NNP arrived/VBD in/IN Islamabad/NNP", []actor{countryAt(0, "PAK"), capital}, []string{"country:PAK"}, nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts, offices: tc.offices}
			if diff := cmp.Diff(tc.want, c.visited([]string{"country:PAK"}, 2, tc.visitors)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	// The dead whose tomb one visits are visited by no one.
	c := &eventCtx{t: slashTagged("Ruiz/NNP visited/VBD the/DT tomb/NN of/IN Soto/NNP in/IN Pakistan/NNP"), acts: []actor{personAt(0, 1, "ruiz"), personAt(5, 6, "soto"), countryAt(7, "PAK")}}
	if diff := cmp.Diff([]string{"country:PAK"}, c.visited([]string{"person:soto", "country:PAK"}, 2, []string{"person:ruiz"})); diff != "" {
		t.Errorf("a tomb's dead (-want +got):\n%s", diff)
	}
}

// ownPrepThing alone: a verb whose target follows its own preposition,
// with a place or thing there, takes no target from a later phrase.
func TestOwnPrepThing(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		spec       []string
		acts       []actor
		want       bool
	}{
		{"a city after its own preposition", "Chirac/NNP flew/VBD to/TO Bonn/NNP for/IN talks/NNS with/IN Kohl/NNP", []string{"to"}, nil, true},
		{"a thing after a preposition of place", "Chirac/NNP arrived/VBD at/IN the/DT village/NN for/IN talks/NNS", []string{"in"}, nil, true},
		{"an actor after its own preposition", "Chirac/NNP flew/VBD to/TO Germany/NNP", []string{"to"}, []actor{countryAt(3, "DEU")}, false},
		{"another preposition", "Chirac/NNP flew/VBD on/IN Monday/NNP", []string{"to"}, nil, false},
		{"a verb with an object", "Chile/NNP provided/VBD in/IN secret/NN arms/NNS to/TO Peru/NNP", []string{"obj"}, []actor{countryAt(6, "PER")}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if got := c.ownPrepThing(2, tc.spec); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// decisionBy alone: the by-phrase of a decision noun does what is
// decided.
func TestDecisionBy(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		a, b, v    int
		want       bool
	}{
		{"by a country", "the/DT decision/NN by/IN Chile/NNP to/TO expel/VB", 3, 4, 5, true},
		{"by its government", "the/DT decision/NN by/IN Chilean/JJ government/NN to/TO expel/VB", 3, 4, 6, true},
		{"no decision noun", "the/DT call/NN by/IN Chile/NNP to/TO expel/VB", 3, 4, 5, false},
		{"no by", "the/DT decision/NN of/IN Chile/NNP to/TO expel/VB", 3, 4, 5, false},
		{"another verb", "the/DT decision/NN by/IN Chile/NNP angered/VBD Peru/NNP", 3, 4, 4, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: []actor{{a: tc.a, b: tc.b, key: "country:CHL", typ: Country}}}
			if got := c.decisionBy(0, tc.v); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
