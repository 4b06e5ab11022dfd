package extract

import "testing"

// envoysRecalled alone: states named together recalling their envoys,
// with no state named they recall them from, recall each from the other.
func TestEnvoysRecalled(t *testing.T) {
	x := extractor(t)
	recall := func(noun string) verbEntry {
		for _, p := range x.idx.verbs["recall"] {
			if len(p.rest) > 0 && p.rest[len(p.rest)-1] == noun {
				return p
			}
		}
		t.Fatalf("no pattern recall * %s", noun)
		return verbEntry{}
	}
	cut := func() verbEntry {
		for _, p := range x.idx.verbs["cut"] {
			if p.code == recallCode && len(p.rest) > 0 {
				return p
			}
		}
		t.Fatal("no pattern cut * ties")
		return verbEntry{}
	}
	states := []string{"country:COL", "country:VEN"}
	for _, tc := range []struct {
		name            string
		p               verbEntry
		agents, targets []string
		passive, want   bool
	}{
		{"two states recall their ambassadors", recall("ambassador"), states, nil, false, true},
		{"their envoys", recall("envoy"), states, nil, false, true},
		{"recalled from a third state", recall("ambassador"), states, []string{"country:PER"}, false, false},
		{"in the passive", recall("ambassador"), states, nil, true, false},
		{"a state and a body", recall("ambassador"), []string{"country:COL", "organization:eu"}, nil, false, false},
		{"ties cut: one act between the two", cut(), states, nil, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{idx: x.idx}
			if got := c.envoysRecalled(tc.p, tc.agents, tc.targets, tc.passive); got != tc.want {
				t.Errorf("envoysRecalled = %v, want %v", got, tc.want)
			}
		})
	}
}
