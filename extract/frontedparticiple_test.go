package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// frontedParticipleParties alone: an opening passive participle's
// by-phrase, up to its comma, acts on the subject after the comma.
func TestFrontedParticipleParties(t *testing.T) {
	for _, tc := range []struct {
		name, text    string
		v             int
		agents, targs []string
		ok            bool
	}{
		{"one agent", "Backed/VBN by/IN Peru/NNP ,/, Chile/NNP attacked/VBD Bolivia/NNP", 0,
			[]string{"country:PER"}, []string{"country:CHL"}, true},
		{"the comma ends the agent, not a list", "Hosted/VBN by/IN Ruiz/NNP ,/, Chile/NNP and/CC Peru/NNP met/VBD", 0,
			[]string{"person:ruiz"}, []string{"country:CHL", "country:PER"}, true},
		{"past a dateline", "LIMA/NNP -/- Backed/VBN by/IN Peru/NNP ,/, Chile/NNP attacked/VBD Bolivia/NNP", 2,
			[]string{"country:PER"}, []string{"country:CHL"}, true},
		{"a participle inside the sentence", "Chile/NNP ,/, backed/VBN by/IN Peru/NNP ,/, attacked/VBD Bolivia/NNP", 2, nil, nil, false},
		{"no by-phrase", "Angered/VBN at/IN Peru/NNP ,/, Chile/NNP attacked/VBD Bolivia/NNP", 0, nil, nil, false},
		{"no comma closes it", "Backed/VBN by/IN Peru/NNP Chile/NNP attacked/VBD Bolivia/NNP", 0, nil, nil, false},
		{"a finite verb before the comma", "Backed/VBN by/IN Peru/NNP Chile/NNP attacked/VBD ,/, Bolivia/NNP fled/VBD", 0, nil, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks)}
			agents, targets, ok := c.frontedParticipleParties(tc.v)
			if ok != tc.ok {
				t.Fatalf("ok %v, want %v", ok, tc.ok)
			}
			if diff := cmp.Diff(tc.agents, agents); diff != "" {
				t.Errorf("agents (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.targs, targets); diff != "" {
				t.Errorf("targets (-want +got):\n%s", diff)
			}
		})
	}
}

// notFrontedAgents alone: the by-phrase's actors are no subject of the
// main verb after the comma, unless named there too.
func TestNotFrontedAgents(t *testing.T) {
	toks := slashTagged("Hosted/VBN by/IN Ruiz/NNP ,/, Chile/NNP and/CC Peru/NNP met/VBD")
	c := &eventCtx{t: toks, acts: namedActors(toks)}
	got := c.notFrontedAgents(7, []string{"person:ruiz", "country:CHL", "country:PER"})
	if diff := cmp.Diff([]string{"country:CHL", "country:PER"}, got); diff != "" {
		t.Errorf("main verb's subject (-want +got):\n%s", diff)
	}
	got = c.notFrontedAgents(0, []string{"person:ruiz"})
	if diff := cmp.Diff([]string{"person:ruiz"}, got); diff != "" {
		t.Errorf("the participle's own (-want +got):\n%s", diff)
	}
}
