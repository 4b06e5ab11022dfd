package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// dropOwnState alone: the state of a body among the agents is no target;
// a state's people acting on its body, and other states, are.
func TestDropOwnState(t *testing.T) {
	treasury := actor{key: "organization:treasury", typ: Organization, kind: "government", country: "USA"}
	firm := actor{key: "organization:acme", typ: Organization, kind: "company"}
	for _, tc := range []struct {
		name            string
		agents, targets []string
		want            []string
	}{
		{"a body on its state", []string{treasury.key}, []string{"country:USA"}, nil},
		{"a body on another state", []string{treasury.key}, []string{"country:VEN"}, []string{"country:VEN"}},
		{"a state's people on its body", []string{"country:USA"}, []string{treasury.key}, []string{treasury.key}},
		{"a company on its state", []string{firm.key}, []string{"country:USA"}, []string{"country:USA"}},
		{"one of two targets", []string{treasury.key}, []string{"country:USA", "country:CUB"}, []string{"country:CUB"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{acts: []actor{treasury, firm}}
			_, got := c.dropOwnState(tc.agents, tc.targets)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// ownClauseState alone: an official's own state that opens the clause
// after the official's words is not whom they address.
func TestOwnClauseState(t *testing.T) {
	x := extractor(t)
	warn := x.idx.verbs["warn"][0]
	for _, tc := range []struct {
		name, text string
		state      string
		at         int // the state's token
		want       bool
	}{
		{"his own state acts", "Ruiz/NNP warned/VBD Chile/NNP would/MD impose/VB sanctions/NNS", "CHL", 2, true},
		{"another state undergoes", "Ruiz/NNP warned/VBD Peru/NNP would/MD face/VB sanctions/NNS", "PER", 2, false},
		{"his own state warned, no clause", "Ruiz/NNP warned/VBD Chile/NNP against/IN joining/VBG", "CHL", 2, false},
		{"his own state's services open the clause", "Ruiz/NNP warned/VBD Chile/NNP 's/POS security/NN services/NNS had/VBD found/VBN", "CHL", 2, true},
		{"past a claim and that", "Ruiz/NNP warned/VBD claims/NNS that/IN Chile/NNP had/VBD armed/VBN rebels/NNS", "CHL", 4, true},
		{"and a phrase with of", "Ruiz/NNP warned/VBD suggestions/NNS Chile/NNP 's/POS treatment/NN of/IN the/DT leader/NN was/VBD wrong/JJ", "CHL", 3, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: []actor{personAt(0, 1, "ruiz"), countryAt(tc.at, tc.state)},
				offices: map[string][]string{"person:ruiz": {"country:CHL|foreign minister"}}}
			if got := c.ownClauseState(warn, 2, []string{"person:ruiz"}, []string{"country:" + tc.state}); got != tc.want {
				t.Errorf("ownClauseState = %v, want %v", got, tc.want)
			}
		})
	}
}
