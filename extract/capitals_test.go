package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// dropCapitals alone: a capital acted upon is a place, unless its country
// is named too or it owns one of the state's bodies.
func TestDropCapitals(t *testing.T) {
	capital := func(at int, code string) actor {
		a := countryAt(at, code)
		a.capital = true
		return a
	}
	for _, tc := range []struct {
		name, text string
		acts       []actor
		want       []string
	}{
		{"a capital attacked", "Rebels/NNS attacked/VBD Kabul/NNP", []actor{capital(2, "AFG")}, nil},
		{"a capital's forces fought", "SPLA/NNP fought/VBD Khartoum/NNP 's/POS government/NN forces/NNS", []actor{capital(2, "SDN")}, []string{"country:SDN"}},
		{"a capital's forces past an adjective", "SPLA/NNP fought/VBD Khartoum/NNP 's/POS regular/JJ army/NN", []actor{capital(2, "SDN")}, []string{"country:SDN"}},
		{"a capital's streets", "Rebels/NNS attacked/VBD Kabul/NNP 's/POS streets/NNS", []actor{capital(2, "AFG")}, nil},
		{"the country named too", "Rebels/NNS attacked/VBD Kabul/NNP ,/, Afghanistan/NNP", []actor{capital(2, "AFG"), countryAt(4, "AFG")}, []string{"country:AFG"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			keys := []string{tc.acts[0].key}
			if diff := cmp.Diff(tc.want, c.dropCapitals(keys, 2)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
