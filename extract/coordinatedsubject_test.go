package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// coordinatedInTree alone: the parties coordinated with the one agent
// the windows read, on the trees the parser is meant to give.
func TestCoordinatedInTree(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		verb       int // numbered from 1, as the heads
		agent      string
		want       []string
	}{
		{"past a description of the second",
			"Chile/NNP/6/nsubj and/CC/5/cc rebel/NN/5/compound chief-of-staff/NN/5/compound Ruiz/NNP/1/conj signed/VBD/0/root a/DT/8/det deal/NN/6/obj",
			6, "person:ruiz", []string{"country:CHL", "person:ruiz"}},
		{"the agent read is the first",
			"Chile/NNP/4/nsubj and/CC/3/cc Peru/NNP/1/conj met/VBD/0/root",
			4, "country:CHL", []string{"country:CHL", "country:PER"}},
		{"one subject: none",
			"Chile/NNP/2/nsubj met/VBD/0/root in/IN/4/case Peru/NNP/2/obl",
			2, "country:CHL", nil},
		{"the agent read is not the subject's: none",
			"Chile/NNP/4/nsubj and/CC/3/cc Peru/NNP/1/conj met/VBD/0/root Ruiz/NNP/4/obj",
			4, "person:ruiz", nil},
		{"a coordinated noun that is no party: none",
			"Chile/NNP/4/nsubj and/CC/3/cc rebels/NNS/1/conj met/VBD/0/root",
			4, "country:CHL", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks, tr := treeTagged(t, tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks)}
			if diff := cmp.Diff(tc.want, c.coordinatedInTree(tr, tc.verb-1, tc.agent)); diff != "" {
				t.Errorf("parties (-want +got):\n%s", diff)
			}
		})
	}
}

// With no other party before the verb, or none joined to the agent by a
// coordinator, the sentence is not parsed.
func TestCoordinatedSubjectParsesOnlyWhenNeeded(t *testing.T) {
	for _, tc := range []struct {
		text  string
		v     int
		agent string
	}{
		{"Chile/NNP signed/VBD a/DT deal/NN in/IN Peru/NNP", 1, "country:CHL"},
		{"In/IN Peru/NNP ,/, Chile/NNP signed/VBD a/DT deal/NN", 4, "country:CHL"},
	} {
		toks := slashTagged(tc.text)
		c := &eventCtx{t: toks, acts: namedActors(toks)}
		if ks := c.coordinatedSubject(tc.v, tc.agent); ks != nil || c.trees.isParsed(c.si) {
			t.Errorf("%s: parties %v, parsed %v; want none, not parsed", tc.text, ks, c.trees.isParsed(c.si))
		}
	}
	toks := slashTagged("Peru/NNP and/CC the/DT rebel/NN leader/NN Chile/NNP signed/VBD a/DT deal/NN")
	c := &eventCtx{t: toks, acts: namedActors(toks)}
	if !c.coordinatorBefore(6, "country:CHL") {
		t.Errorf("a party and a coordinator before the agent: want the sentence parsed")
	}
}
