package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// modifierTarget alone: a state's name before a noun of aid or sanctions
// that another party's verb decides is its target, the verb's subject its
// doer.
func TestModifierTarget(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		acts       []actor
		v          int
		want       []string // agents, then the target
	}{
		{"a deciding verb's subject funds the name", "The/DT IMF/NNP agreed/VBD fresh/JJ Bolivia/NNP funding/NN",
			[]actor{orgActor(1, "imf"), countryAt(4, "BOL")}, 5, []string{"organization:imf", "country:BOL"}},
		{"sanctions another imposes", "The/DT US/NNP imposed/VBD new/JJ Iran/NNP sanctions/NNS",
			[]actor{countryAt(1, "USA"), countryAt(4, "IRN")}, 5, []string{"country:USA", "country:IRN"}},
		{"the subject's own name: no target", "Bolivia/NNP agreed/VBD new/JJ Bolivia/NNP funding/NN",
			[]actor{countryAt(0, "BOL"), countryAt(3, "BOL")}, 4, nil},
		{"a verb of receiving: the name gives", "Bolivia/NNP received/VBD fresh/JJ EU/NNP funding/NN",
			[]actor{countryAt(0, "BOL"), orgActor(3, "eu")}, 4, nil},
		{"a stance on another's act", "Chile/NNP welcomed/VBD the/DT Bolivia/NNP funding/NN",
			[]actor{countryAt(0, "CHL"), countryAt(3, "BOL")}, 4, nil},
		{"a nationality is the doer's", "The/DT IMF/NNP agreed/VBD fresh/JJ Bolivian/JJ funding/NN",
			[]actor{orgActor(1, "imf"), {a: 4, b: 5, key: "country:BOL", typ: Country, demonym: true}}, 5, nil},
		{"the noun names whom after it", "Chile/NNP led/VBD EU/NNP sanctions/NNS on/IN Peru/NNP",
			[]actor{countryAt(0, "CHL"), orgActor(2, "eu"), countryAt(5, "PER")}, 3, nil},
		{"a day after the noun names no one", "The/DT US/NNP imposed/VBD new/JJ Iran/NNP sanctions/NNS on/IN Monday/NNP",
			[]actor{countryAt(1, "USA"), countryAt(4, "IRN")}, 5, []string{"country:USA", "country:IRN"}},
		{"a noun of no aid or sanction", "Chile/NNP condemned/VBD the/DT Peru/NNP attack/NN",
			[]actor{countryAt(0, "CHL"), countryAt(3, "PER")}, 4, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts, idx: x.idx}
			var got []string
			for _, p := range x.idx.verbs[x.idx.lemma(c.t[tc.v].Text)] {
				if by, to := c.modifierTarget(tc.v, p); to != "" {
					got = append(by, to)
					break
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// orgActor is the organization named by token at, with key organization:name.
func orgActor(at int, name string) actor {
	return actor{a: at, b: at + 1, key: "organization:" + name, typ: Organization}
}
