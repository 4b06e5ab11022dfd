package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// hyphenPair alone: the parties joined by a hyphen before an event noun.
func TestHyphenPair(t *testing.T) {
	part := func(code string) actor {
		return actor{a: 0, b: 1, key: "country:" + code, typ: Country, modifier: true}
	}
	for _, tc := range []struct {
		name, text string
		acts       []actor
		v          int
		want       []string
	}{
		{"two parties", "US-China/NNP talks/NNS resumed/VBD", []actor{part("USA"), part("CHN")}, 1, []string{"country:USA", "country:CHN"}},
		{"past an adjective", "US-China/NNP trade/JJ talks/NNS resumed/VBD", []actor{part("USA"), part("CHN")}, 2, []string{"country:USA", "country:CHN"}},
		{"one party", "US-funded/JJ talks/NNS resumed/VBD", []actor{part("USA")}, 1, nil},
		{"no hyphen", "China/NNP talks/NNS resumed/VBD", []actor{countryAt(0, "CHN")}, 1, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if diff := cmp.Diff(tc.want, c.hyphenPair(tc.v)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
