package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// relativeObject alone: the antecedent of a relative clause whose pronoun
// is the object of the verb at v.
func TestRelativeObject(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		v, end     int
		want       []string
	}{
		{"which with a named subject", "Chile/NNP ,/, which/WDT Peru/NNP criticised/VBD ,/, left/VBD",
			[]actor{countryAt(0, "CHL"), countryAt(3, "PER")}, 4, 5, []string{"country:CHL"}},
		{"whom past an auxiliary and the subject's article", "Nour/NNP ,/, whom/WP the/DT Egyptians/NNPS have/VBP jailed/VBN",
			[]actor{{a: 0, b: 1, key: "person:nour", typ: Person}, {a: 4, b: 5, key: "country:EGY", typ: Country, demonym: true}}, 6, 7, []string{"person:nour"}},
		{"a pronoun subject", "Chile/NNP ,/, which/WDT he/PRP criticised/VBD ,/, left/VBD",
			[]actor{countryAt(0, "CHL")}, 4, 5, []string{"country:CHL"}},
		{"a phrase of time is no object", "Chile/NNP ,/, which/WDT Peru/NNP criticised/VBD last/JJ year/NN",
			[]actor{countryAt(0, "CHL"), countryAt(3, "PER")}, 4, 5, []string{"country:CHL"}},
		{"the owner of the antecedent", "Iran/NNP 's/POS nuclear/JJ programme/NN ,/, which/WDT Peru/NNP criticised/VBD",
			[]actor{countryAt(0, "IRN"), countryAt(6, "PER")}, 7, 8, []string{"country:IRN"}},
		{"an antecedent that is a party itself, not its owner", "Russia/NNP 's/POS foreign/JJ ministry/NN ,/, which/WDT Peru/NNP criticised/VBD",
			[]actor{countryAt(0, "RUS"), {a: 2, b: 4, key: "organization:russian-foreign-ministry", typ: Organization}, countryAt(6, "PER")}, 7, 8, []string{"organization:russian-foreign-ministry"}},
		{"an object of its own", "Chile/NNP ,/, which/WDT Peru/NNP criticised/VBD the/DT deal/NN",
			[]actor{countryAt(0, "CHL"), countryAt(3, "PER")}, 4, 5, nil},
		{"a subject relative", "Chile/NNP ,/, which/WDT criticised/VBD Peru/NNP",
			[]actor{countryAt(0, "CHL"), countryAt(4, "PER")}, 3, 4, nil},
		{"a complement clause", "Chile/NNP said/VBD that/IN Peru/NNP criticised/VBD ./.",
			[]actor{countryAt(0, "CHL"), countryAt(3, "PER")}, 4, 5, nil},
		{"no actor before the pronoun", "the/DT deal/NN ,/, which/WDT Peru/NNP criticised/VBD ./.",
			[]actor{countryAt(4, "PER")}, 5, 6, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if diff := cmp.Diff(tc.want, c.relativeObject(tc.v, tc.end)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
