package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// personGenders alone: an honorific before a person tells their gender;
// honorifics of both genders tell none.
func TestPersonGenders(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		want       map[string]gender
	}{
		{"Mrs and Mr", "Mrs/NNP Ruiz/NNP met/VBD Mr/NNP Soto/NNP", []actor{personAt(1, 2, "ruiz"), personAt(4, 5, "soto")},
			map[string]gender{"person:ruiz": female, "person:soto": male}},
		{"no honorific", "Ana/NNP Ruiz/NNP met/VBD President/NNP Soto/NNP", []actor{personAt(0, 2, "ana-ruiz"), personAt(4, 5, "soto")}, map[string]gender{}},
		{"both genders: none", "Mrs/NNP Ruiz/NNP met/VBD Mr/NNP Ruiz/NNP", []actor{personAt(1, 2, "ruiz"), personAt(4, 5, "ruiz")}, map[string]gender{}},
		{"a state after Mr is no person", "Mr/NNP Chile/NNP", []actor{countryAt(1, "CHL")}, map[string]gender{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := textDoc(tc.text)
			if diff := cmp.Diff(tc.want, personGenders(doc, map[int][]actor{0: tc.acts})); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// genderClash and genderMatch alone: a pronoun of the other gender clashes
// with a person of known gender; one of unknown gender fits either.
func TestGenderClash(t *testing.T) {
	c := &eventCtx{genders: map[string]gender{"person:ruiz": female, "person:soto": male}}
	for _, tc := range []struct {
		key, w       string
		clash, match bool
	}{
		{"person:ruiz", "her", false, true},
		{"person:ruiz", "him", true, false},
		{"person:soto", "his", false, true},
		{"person:soto", "she", true, false},
		{"person:lee", "her", false, false},
		{"person:ruiz", "they", false, false},
	} {
		if got := c.genderClash(tc.key, tc.w); got != tc.clash {
			t.Errorf("genderClash(%s, %s) = %v, want %v", tc.key, tc.w, got, tc.clash)
		}
		if got := c.genderMatch(tc.key, tc.w); got != tc.match {
			t.Errorf("genderMatch(%s, %s) = %v, want %v", tc.key, tc.w, got, tc.match)
		}
	}
}
