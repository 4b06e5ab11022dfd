package extract

import "testing"

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
