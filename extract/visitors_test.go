package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// hostState alone: the one state the hosts of a visit stand for.
func TestHostState(t *testing.T) {
	offices := map[string][]string{
		"person:ruiz":   {"country:CHL|president"},
		"person:ortega": {"organization:imf|director"},
	}
	for _, tc := range []struct {
		name  string
		hosts []string
		want  string
	}{
		{"a country", []string{"country:CHL"}, "country:CHL"},
		{"a person's state office", []string{"person:ruiz"}, "country:CHL"},
		{"a person's office in an organization", []string{"person:ortega"}, ""},
		{"a person with no office", []string{"person:lee"}, ""},
		{"two states", []string{"country:CHL", "country:PER"}, ""},
		{"a person and their own state", []string{"person:ruiz", "country:CHL"}, "country:CHL"},
		{"no host", nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{offices: offices}
			if got := c.hostState(tc.hosts); got != tc.want {
				t.Errorf("hostState(%v) = %q, want %q", tc.hosts, got, tc.want)
			}
		})
	}
}

// visitedFocal alone: a visit with no destination goes to the headline's
// country when a foreign state's person makes it.
func TestVisitedFocal(t *testing.T) {
	offices := map[string][]string{
		"person:ruiz":   {"country:CHL|president"},
		"person:ortega": {"country:PER|president"},
	}
	for _, tc := range []struct {
		name, focal string
		visitors    []string
		want        []string
	}{
		{"a foreign leader", "PER", []string{"person:ruiz"}, []string{"country:PER"}},
		{"a leader of the country itself", "PER", []string{"person:ortega"}, nil},
		{"a person of no known state", "PER", []string{"person:lee"}, nil},
		{"no country in the headline", "", []string{"person:ruiz"}, nil},
		{"an organization", "PER", []string{"organization:imf"}, nil},
		{"leaders of two states", "BOL", []string{"person:ruiz", "person:ortega"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{offices: offices, focal: tc.focal}
			if diff := cmp.Diff(tc.want, c.visitedFocal(tc.visitors)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// personAt alone: the person a visitor's participle describes, past the
// country, the title or the words before the name.
func TestPersonAt(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		want       string
	}{
		{"past a country and a title", "visiting/JJ Peru/NNP President/NNP Ana/NNP Ruiz/NNP", []actor{countryAt(1, "PER"), personAt(3, 5, "ana-ruiz")}, "person:ana-ruiz"},
		{"past words in lower case", "visiting/VBG Peruvian/JJ writer/NN Ana/NNP Ruiz/NNP", []actor{{a: 1, b: 2, key: "country:PER", typ: Country, demonym: true}, personAt(3, 5, "ana-ruiz")}, "person:ana-ruiz"},
		{"a place is no person", "visiting/VBG Peru/NNP", []actor{countryAt(1, "PER")}, ""},
		{"not past a verb", "visiting/VBG troops/NNS said/VBD Ruiz/NNP", []actor{personAt(3, 4, "ruiz")}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if got := c.personAt(1); got != tc.want {
				t.Errorf("personAt(1) = %q, want %q", got, tc.want)
			}
		})
	}
}
