package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// possessedState alone: a state noun a possessive pronoun owns, as an
// object, is the state of the party the pronoun stands for.
func TestPossessedState(t *testing.T) {
	offices := map[string][]string{"person:soto": {"country:PER|president"}, "person:lee": {"country:KOR|president"}}
	for _, tc := range []struct {
		name, text string
		acts       []actor
		k          int
		agents     []string
		want       []string
		persons    []string // the people the sentence before names
	}{
		{"his government: the state of the man named before", "Mrs/NNP Ruiz/NNP met/VBD Mr/NNP Soto/NNP and/CC criticised/VBD his/PRP$ government/NN",
			[]actor{personAt(1, 2, "ruiz"), personAt(4, 5, "soto")}, 7, []string{"person:ruiz"}, []string{"country:PER"}, nil},
		{"an adjective between", "Mrs/NNP Ruiz/NNP met/VBD Mr/NNP Soto/NNP and/CC criticised/VBD his/PRP$ new/JJ government/NN",
			[]actor{personAt(1, 2, "ruiz"), personAt(4, 5, "soto")}, 7, []string{"person:ruiz"}, []string{"country:PER"}, nil},
		{"the man the sentence before names", "Mrs/NNP Ruiz/NNP criticised/VBD his/PRP$ government/NN ./.",
			[]actor{personAt(1, 2, "ruiz")}, 3, []string{"person:ruiz"}, []string{"country:PER"}, []string{"person:soto"}},
		{"the agent could be his: no one", "Mr/NNP Lee/NNP met/VBD Mr/NNP Soto/NNP and/CC criticised/VBD his/PRP$ government/NN",
			[]actor{personAt(1, 2, "lee"), personAt(4, 5, "soto")}, 7, []string{"person:lee"}, nil, nil},
		{"a man with no office: no state", "Mrs/NNP Ruiz/NNP met/VBD Mr/NNP Park/NNP and/CC criticised/VBD his/PRP$ government/NN",
			[]actor{personAt(1, 2, "ruiz"), personAt(4, 5, "park")}, 7, []string{"person:ruiz"}, nil, nil},
		{"its government: the country named before", "Mrs/NNP Ruiz/NNP visited/VBD Peru/NNP and/CC praised/VBD its/PRP$ government/NN",
			[]actor{personAt(1, 2, "ruiz"), countryAt(3, "PER")}, 6, []string{"person:ruiz"}, []string{"country:PER"}, nil},
		{"a party as agent could own its: no one", "Chile/NNP accused/VBD Peru/NNP and/CC criticised/VBD its/PRP$ government/NN",
			[]actor{countryAt(0, "CHL"), countryAt(2, "PER")}, 5, []string{"country:CHL"}, nil, nil},
		{"the government's record is the record's owner", "Mrs/NNP Ruiz/NNP met/VBD Mr/NNP Soto/NNP and/CC praised/VBD his/PRP$ government/NN 's/POS record/NN",
			[]actor{personAt(1, 2, "ruiz"), personAt(4, 5, "soto")}, 7, []string{"person:ruiz"}, nil, nil},
		{"no state noun", "Mrs/NNP Ruiz/NNP met/VBD Mr/NNP Soto/NNP and/CC criticised/VBD his/PRP$ remarks/NNS",
			[]actor{personAt(1, 2, "ruiz"), personAt(4, 5, "soto")}, 7, []string{"person:ruiz"}, nil, nil},
		{"no possessive pronoun", "Mrs/NNP Ruiz/NNP criticised/VBD the/DT government/NN",
			[]actor{personAt(1, 2, "ruiz")}, 3, []string{"person:ruiz"}, nil, []string{"person:soto"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts, lastPersons: tc.persons, offices: offices,
				genders: map[string]gender{"person:ruiz": female, "person:soto": male, "person:lee": male, "person:park": male}}
			if diff := cmp.Diff(tc.want, c.possessedState(tc.k, tc.agents)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
