package extract

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// unitOwner alone: a body's name before a unit noun after an article is
// the owner's; after a possessive, or with its owner after "of", it is
// the unit's own name.
func TestUnitOwner(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"after an article", "the/DT Acme/NNP unit/NN", true},
		{"past an adjective", "the/DT former/JJ Acme/NNP subsidiary/NN", true},
		{"after a possessive pronoun", "its/PRP$ Acme/NNP unit/NN", false},
		{"after a possessive", "Valdor/NNP 's/POS Acme/NNP subsidiary/NN", false},
		{"with its owner after of", "the/DT Acme/NNP unit/NN of/IN Valdor/NNP", false},
		{"no unit noun", "the/DT Acme/NNP company/NN", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			a := 0
			for toks[a].Text != "Acme" {
				a++
			}
			if got := unitOwner(toks, a, a+1); got != tc.want {
				t.Errorf("unitOwner = %v, want %v", got, tc.want)
			}
		})
	}
}

// addUnitNouns alone: "the [OWNER] unit" stands for the organization the
// story last named as a unit, not its owner.
func TestAddUnitNouns(t *testing.T) {
	acme := actor{a: 2, b: 3, key: "organization:acme", typ: Organization}
	for _, tc := range []struct {
		name, text string
		before     []actor
		owner      string
		want       []string
	}{
		{"named after a unit noun", "in/IN oil/NN unit/NN Acme/NNP ./. The/DT former/JJ Valdor/NNP subsidiary/NN was/VBD sold/VBN", []actor{{a: 3, b: 4, key: "organization:acme", typ: Organization}}, "organization:valdor", []string{"8 organization:acme"}},
		{"named after a possessive", "Valdor/NNP 's/POS Acme/NNP subsidiary/NN ./. The/DT Valdor/NNP unit/NN was/VBD sold/VBN", []actor{{a: 0, b: 1, key: "organization:valdor", typ: Organization}, acme}, "organization:valdor", []string{"7 organization:acme"}},
		{"no unit named", "Valdor/NNP bought/VBD Acme/NNP ./. The/DT Valdor/NNP unit/NN was/VBD sold/VBN", []actor{{a: 0, b: 1, key: "organization:valdor", typ: Organization}, acme}, "organization:valdor", nil},
		{"the owner is no unit of its own", "in/IN oil/NN unit/NN Valdor/NNP ./. The/DT former/JJ Valdor/NNP subsidiary/NN was/VBD sold/VBN", []actor{{a: 3, b: 4, key: "organization:valdor", typ: Organization}}, "organization:valdor", nil},
		{"no article", "in/IN oil/NN unit/NN Acme/NNP ./. Valdor/NNP subsidiary/NN was/VBD sold/VBN", []actor{{a: 3, b: 4, key: "organization:acme", typ: Organization}}, "organization:valdor", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := textDoc(tc.text)
			bySent := map[int][]actor{0: append([]actor(nil), tc.before...)}
			owners := func(si, b int) string {
				if toks := doc.Sentences[si].Tokens; b > 0 && toks[b-1].Text == "Valdor" {
					return tc.owner
				}
				return ""
			}
			addUnitNouns(doc, bySent, owners)
			var got []string
			for _, a := range bySent[0] {
				if !slicesContainsActor(tc.before, a) {
					got = append(got, fmt.Sprintf("%d %s", a.a, a.key))
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
