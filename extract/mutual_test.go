package extract

import "testing"

// mutual alone: an act parties named together do to each other, by its
// action, by its code when its pattern can take the other party after a
// reciprocal preposition, or by its pattern's prepositions.
func TestMutual(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    verbEntry
		want bool
	}{
		{"a symmetric action", verbEntry{action: "meet", code: "040", target: []string{"obj"}}, true},
		{"a call's code, with the other after with", verbEntry{action: "speak", code: "041", target: []string{"with", "to"}}, true},
		{"a call's code, its object the other", verbEntry{action: "telephone", code: "041", target: []string{"obj"}}, false},
		{"a negotiation's code", verbEntry{action: "bargain", code: "046", target: []string{"with"}}, true},
		{"only a reciprocal preposition", verbEntry{action: "restore", code: "064", target: []string{"with"}}, true},
		{"an act on another", verbEntry{action: "criticize", code: "111", target: []string{"obj"}}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mutual(tc.p); got != tc.want {
				t.Errorf("mutual = %v, want %v", got, tc.want)
			}
		})
	}
}

// coAgents alone: agents who consult a target together consult each
// other; other acts, one agent, or a target among the agents do not.
func TestCoAgents(t *testing.T) {
	meet := verbEntry{action: "meet", code: "040", target: []string{"obj"}}
	sign := verbEntry{action: "sign", code: "057", target: []string{"with"}}
	for _, tc := range []struct {
		name            string
		p               verbEntry
		agents, targets []string
		want            bool
	}{
		{"two agents meet a third", meet, []string{"a", "b"}, []string{"c"}, true},
		{"one agent", meet, []string{"a"}, []string{"c"}, false},
		{"no target", meet, []string{"a", "b"}, nil, false},
		{"a target among the agents", meet, []string{"a", "b"}, []string{"b"}, false},
		{"a signing, done one by one", sign, []string{"a", "b"}, []string{"c"}, false},
		{"an act on another", verbEntry{action: "criticize", code: "111"}, []string{"a", "b"}, []string{"c"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := coAgents(tc.p, tc.agents, tc.targets); got != tc.want {
				t.Errorf("coAgents = %v, want %v", got, tc.want)
			}
		})
	}
}
