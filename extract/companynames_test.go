package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// companyShortNames alone: which candidates of a sentence join which
// full name, from the types the tagger gave them.
func TestCompanyShortNames(t *testing.T) {
	x := extractor(t)
	type span struct {
		a, b int
		typ  EntityType
	}
	for _, tc := range []struct {
		name, text string
		cands      []span
		want       map[string]string // short name -> full name
	}{
		{"a one-word name of a company, taken for a person", "Tolvaren/NNP International/NNP Inc/NNP and/CC Tolvaren/NNP",
			[]span{{0, 3, Organization}, {4, 5, Person}}, map[string]string{"Tolvaren": "Tolvaren International Inc"}},
		{"not one a person of the document bears", "Tolvaren/NNP International/NNP Inc/NNP and/CC Ana/NNP Tolvaren/NNP and/CC Tolvaren/NNP",
			[]span{{0, 3, Organization}, {4, 6, Person}, {7, 8, Person}}, map[string]string{}},
		{"a club before its city", "Ajax/NNP Amsterdam/NNP beat/VBD Ajax/NNP",
			[]span{{0, 2, Organization}, {3, 4, Organization}}, map[string]string{"Ajax": "Ajax Amsterdam"}},
		{"a name shortened by its trade", "Brastan/NNP Mining/NNP said/VBD Brastan/NNP",
			[]span{{0, 2, Organization}, {3, 4, Organization}}, map[string]string{"Brastan": "Brastan Mining"}},
		{"a name shortened by its trade and its legal form, one company", "Brastan/NNP Mining/NNP Ltd/NNP and/CC Brastan/NNP Mining/NNP and/CC Brastan/NNP",
			[]span{{0, 3, Organization}, {4, 6, Organization}, {7, 8, Organization}}, map[string]string{"Brastan Mining": "Brastan Mining Ltd", "Brastan": "Brastan Mining Ltd"}},
		{"a trade word does not shorten a place's name", "Ostrava/NNP Energy/NNP and/CC Ostrava/NNP",
			[]span{{0, 2, Organization}, {3, 4, Location}}, map[string]string{}},
		{"a body by the plural of its members before its field", "Liberation/NNP Tigers/NNPS of/IN Tamil/NNP Eelam/NNP and/CC Tigers/NNPS",
			[]span{{0, 5, Organization}, {6, 7, Organization}}, map[string]string{"Tigers": "Liberation Tigers of Tamil Eelam"}},
		{"not by a singular", "Liberation/NNP Front/NNP of/IN Tamil/NNP Eelam/NNP and/CC Front/NNP",
			[]span{{0, 5, Organization}, {6, 7, Organization}}, map[string]string{}},
		{"a short name two companies share", "Marlow/NNP Capital/NNP Corp/NNP and/CC Marlow/NNP Holdings/NNP Inc/NNP and/CC Marlow/NNP",
			[]span{{0, 3, Organization}, {4, 7, Organization}, {8, 9, Organization}}, map[string]string{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bd := x.newBuilder(textDoc(tc.text))
			for _, s := range tc.cands {
				bd.add(cand{a: s.a, b: s.b, typ: s.typ})
			}
			nameOf := map[int]int{}
			bd.companyShortNames(nameOf)
			got := map[string]string{}
			for k, j := range nameOf {
				got[bd.surface(k)] = bd.surface(j)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
