package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// joinedIn alone: who joins or follows a party in an act does it with
// the party; who will not follow does not.
func TestJoinedIn(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		v          int
		want       []string
	}{
		{"joined in a gerund", "France/NNP joined/VBD Germany/NNP in/IN condemning/VBG Russia/NNP",
			[]actor{countryAt(0, "FRA"), countryAt(2, "DEU"), countryAt(5, "RUS")}, 4, []string{"country:FRA", "country:DEU"}},
		{"followed two parties", "France/NNP followed/VBD Germany/NNP and/CC Italy/NNP in/IN expelling/VBG",
			[]actor{countryAt(0, "FRA"), countryAt(2, "DEU"), countryAt(4, "ITA")}, 6, []string{"country:FRA", "country:ITA", "country:DEU"}},
		{"will not follow", "France/NNP will/MD not/RB follow/VB Germany/NNP in/IN sanctioning/VBG Russia/NNP",
			[]actor{countryAt(0, "FRA"), countryAt(4, "DEU"), countryAt(7, "RUS")}, 6, nil},
		{"no verb of joining", "France/NNP praised/VBD Germany/NNP in/IN condemning/VBG Russia/NNP",
			[]actor{countryAt(0, "FRA"), countryAt(2, "DEU"), countryAt(5, "RUS")}, 4, nil},
		{"joined in a year", "France/NNP joined/VBD NATO/NNP in/IN 1949/CD",
			[]actor{countryAt(0, "FRA"), orgActor(2, "nato")}, 4, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if diff := cmp.Diff(tc.want, c.joinedIn(tc.v)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
