package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// ownerOfSubject alone: the possessive that opens a passive verb's
// subject names its target.
func TestOwnerOfSubject(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		v          int
		want       []string
	}{
		{"owner of the subject", "Peru/NNP 's/POS ruling/VBG party/NN was/VBD accused/VBN by/IN Chile/NNP",
			[]actor{countryAt(0, "PER"), countryAt(7, "CHL")}, 5, []string{"country:PER"}},
		{"no possessive", "The/DT ruling/VBG party/NN was/VBD accused/VBN by/IN Chile/NNP",
			[]actor{countryAt(6, "CHL")}, 4, nil},
		{"a name is the subject itself", "Peru/NNP was/VBD accused/VBN by/IN Chile/NNP",
			[]actor{countryAt(0, "PER"), countryAt(4, "CHL")}, 2, nil},
		{"a phrase after the noun", "Peru/NNP 's/POS offensive/NN in/IN Lima/NNP was/VBD condemned/VBN by/IN Chile/NNP",
			[]actor{countryAt(0, "PER"), countryAt(8, "CHL")}, 6, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if diff := cmp.Diff(tc.want, c.ownerOfSubject(tc.v)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// removedFrom alone: the country a passive verb of removal sends its
// subject out of sends them.
func TestRemovedFrom(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		v          int
		want       []string
	}{
		{"expelled from a country", "two/CD Chilean/JJ diplomats/NNS were/VBD expelled/VBN from/IN Peru/NNP", 4, []string{"country:PER"}},
		{"not from a thing", "two/CD Chilean/JJ diplomats/NNS were/VBD expelled/VBN from/IN the/DT country/NN", 4, nil},
		{"not another verb", "two/CD Chilean/JJ diplomats/NNS were/VBD freed/VBN from/IN Peru/NNP", 4, nil},
		{"not by", "two/CD Chilean/JJ diplomats/NNS were/VBD expelled/VBN by/IN Peru/NNP", 4, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks)}
			if diff := cmp.Diff(tc.want, c.removedFrom(tc.v, tc.v+1)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
