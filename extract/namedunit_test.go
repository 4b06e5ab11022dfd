package extract

import "testing"

// orgAt is an organization actor over tokens a..b-1.
func orgAt(a, b int, key string) actor {
	return actor{a: a, b: b, key: "organization:" + key, typ: Organization}
}

// namedUnit alone: an organization named right after a body's possessive
// pronoun is its unit; a nationality, a person's possession or a name
// further on is not.
func TestNamedUnit(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		want       bool
	}{
		{"a unit by its name", "sold/VBD its/PRP$ Travelers/NNP Life/NNP arm/NN", []actor{orgAt(2, 4, "travelers-life")}, true},
		{"their unit", "sold/VBD their/PRP$ Specia/NNP unit/NN", []actor{orgAt(2, 3, "specia")}, true},
		{"a nationality", "sold/VBD its/PRP$ Peruvian/JJ unit/NN", []actor{{a: 2, b: 3, key: "country:PER", typ: Country, demonym: true}}, false},
		{"a person's title", "defended/VBD his/PRP$ IBF/NNP title/NN", []actor{orgAt(2, 3, "ibf")}, false},
		{"past an adjective", "sold/VBD its/PRP$ profitable/JJ Specia/NNP unit/NN", []actor{orgAt(3, 4, "specia")}, false},
		{"no possessive", "sold/VBD the/DT Specia/NNP unit/NN", []actor{orgAt(2, 3, "specia")}, false},
	} {
		c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
		if got := c.namedUnit(1); got != tc.want {
			t.Errorf("%s: namedUnit = %v, want %v", tc.name, got, tc.want)
		}
	}
}
