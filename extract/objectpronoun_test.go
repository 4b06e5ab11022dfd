package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// objectPronoun alone: an object pronoun followed by what its party did
// is the last party before it that is not the agent.
func TestObjectPronoun(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		k          int
		agents     []string
		want       []string
	}{
		{"accusing it of", "Eritrea/NNP cut/VBD ties/NNS with/IN Sudan/NNP ,/, accusing/VBG it/PRP of/IN training/VBG rebels/NNS",
			[]actor{countryAt(0, "ERI"), countryAt(4, "SDN")}, 7, []string{"country:ERI"}, []string{"country:SDN"}},
		{"blamed it for", "Chile/NNP met/VBD Peru/NNP and/CC blamed/VBD it/PRP for/IN allowing/VBG raids/NNS",
			[]actor{countryAt(0, "CHL"), countryAt(2, "PER")}, 5, []string{"country:CHL"}, []string{"country:PER"}},
		{"urged them to", "Chile/NNP met/VBD Peru/NNP and/CC urged/VBD them/PRP to/TO leave/VB",
			[]actor{countryAt(0, "CHL"), countryAt(2, "PER")}, 5, []string{"country:CHL"}, []string{"country:PER"}},
		{"a thing dropped", "Chile/NNP signed/VBD a/DT deal/NN with/IN Peru/NNP and/CC dropped/VBD it/PRP ./.",
			[]actor{countryAt(0, "CHL"), countryAt(5, "PER")}, 8, []string{"country:CHL"}, nil},
		{"past a date", "Chile/NNP cut/VBD ties/NNS with/IN Peru/NNP on/IN Tuesday/NNP ,/, accusing/VBG it/PRP of/IN spying/VBG",
			[]actor{countryAt(0, "CHL"), countryAt(4, "PER")}, 9, []string{"country:CHL"}, []string{"country:PER"}},
		{"a thing nearest", "Iran/NNP seized/VBD a/DT Liberian/JJ tanker/NN on/IN Tuesday/NNP ,/, accusing/VBG it/PRP of/IN smuggling/VBG",
			[]actor{countryAt(0, "IRN"), {a: 3, b: 4, key: "country:LBR", typ: Country, demonym: true}}, 9, []string{"country:IRN"}, nil},
		{"a person pronoun needs a person", "Chile/NNP met/VBD Peru/NNP and/CC accused/VBD him/PRP of/IN lying/VBG",
			[]actor{countryAt(0, "CHL"), countryAt(2, "PER")}, 5, []string{"country:CHL"}, nil},
		{"no party but the agent", "Chile/NNP accused/VBD it/PRP of/IN lying/VBG ./.",
			[]actor{countryAt(0, "CHL")}, 2, []string{"country:CHL"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if diff := cmp.Diff(tc.want, c.objectPronoun(tc.k, tc.agents)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
