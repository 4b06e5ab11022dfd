package extract

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// pluralTitles alone: each of the names joined after a title in the
// plural holds the title in the singular, of the owner before it or of
// one owner each.
func TestPluralTitles(t *testing.T) {
	x := extractor(t)
	country := func(name string, demonym bool) *gazEntry { return lexiconCountry(t, x, name, demonym) }
	for _, tc := range []struct {
		name, text string
		before     []cand
		want       []string
	}{
		{"two names", "former/JJ police/NN generals/NNS Basie/NNP Smit/NNP and/CC Johan/NNP Merwe/NNP",
			[]cand{{a: 3, b: 5, typ: Person}, {a: 6, b: 8, typ: Person}}, []string{"3 former police general -1", "6 former police general -1"}},
		{"a list", "Presidents/NNS Ana/NNP Ruiz/NNP ,/, Tom/NNP Lee/NNP and/CC Bo/NNP Li/NNP",
			[]cand{{a: 1, b: 3, typ: Person}, {a: 4, b: 6, typ: Person}, {a: 7, b: 9, typ: Person}}, []string{"1 president -1", "4 president -1", "7 president -1"}},
		{"one owner", "Chilean/JJ senators/NNS Ana/NNP Ruiz/NNP and/CC Tom/NNP Lee/NNP",
			[]cand{{a: 0, b: 1, typ: Country, gaz: country("Chilean", true)}, {a: 2, b: 4, typ: Person}, {a: 5, b: 7, typ: Person}}, []string{"2 senator 0", "5 senator 0"}},
		{"an owner each", "Chilean/JJ and/CC Peruvian/JJ ministers/NNS Ana/NNP Ruiz/NNP and/CC Tom/NNP Lee/NNP",
			[]cand{{a: 0, b: 1, typ: Country, gaz: country("Chilean", true)}, {a: 2, b: 3, typ: Country, gaz: country("Peruvian", true)}, {a: 4, b: 6, typ: Person}, {a: 7, b: 9, typ: Person}},
			[]string{"4 minister 0", "7 minister 1"}},
		{"one name", "the/DT generals/NNS Basie/NNP Smit/NNP said/VBD", []cand{{a: 2, b: 4, typ: Person}}, nil},
		{"no title", "the/DT players/NNS Basie/NNP Smit/NNP and/CC Tom/NNP Lee/NNP", []cand{{a: 2, b: 4, typ: Person}, {a: 5, b: 7, typ: Person}}, nil},
		{"a title in the singular is another rule's", "Senator/NNP Ana/NNP Ruiz/NNP and/CC Tom/NNP Lee/NNP", []cand{{a: 1, b: 3, typ: Person}, {a: 4, b: 6, typ: Person}}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bd := x.newBuilder(textDoc(tc.text))
			for _, c := range tc.before {
				bd.add(c)
			}
			bd.pluralTitles(0)
			var got []string
			for _, r := range bd.roles {
				got = append(got, fmt.Sprintf("%d %s %d", bd.cands[r.person].a, r.title, r.of))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// Names after a title in the plural are officials end to end.
func TestPluralTitleOfficials(t *testing.T) {
	r := run(t, "Talks\n\nIsraeli and Palestinian foreign ministers David Levy and Nabil Shaath met in Cairo.")
	var got []string
	for _, e := range r.Entities {
		for _, role := range e.Roles {
			got = append(got, e.Label+": "+role.Title+" of "+role.Of)
		}
	}
	want := []string{"David Levy: foreign minister of country:ISR", "Nabil Shaath: foreign minister of country:PSE"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestSingulars(t *testing.T) {
	for w, want := range map[string][]string{
		"generals":    {"general"},
		"secretaries": {"secretary", "secretari", "secretarie"},
		"bosses":      {"boss", "bosse"},
		"minister":    nil,
		"boss":        nil,
	} {
		if got := singulars(w); !cmp.Equal(got, want) {
			t.Errorf("singulars(%q) = %q, want %q", w, got, want)
		}
	}
}

// stateGroupBefore alone: "of the three countries ," before a name.
func TestStateGroupBefore(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		a          int
		q, n       int
	}{
		{"three countries", "the/DT ministers/NNS of/IN the/DT three/CD countries/NNS ,/, Ruiz/NNP", 7, 2, 3},
		{"four nations", "ministers/NNS of/IN the/DT four/CD nations/NNS ,/, Ruiz/NNP", 6, 1, 4},
		{"two: a pair, no group", "ministers/NNS of/IN the/DT two/CD countries/NNS ,/, Ruiz/NNP", 6, 0, 0},
		{"no comma before the name", "ministers/NNS of/IN the/DT three/CD countries/NNS Ruiz/NNP", 5, 0, 0},
		{"no state noun", "ministers/NNS of/IN the/DT three/CD firms/NNS ,/, Ruiz/NNP", 6, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bd := x.newBuilder(textDoc(tc.text))
			if q, n := bd.stateGroupBefore(0, tc.a); q != tc.q || n != tc.n {
				t.Errorf("stateGroupBefore = %d, %d, want %d, %d", q, n, tc.q, tc.n)
			}
		})
	}
}
