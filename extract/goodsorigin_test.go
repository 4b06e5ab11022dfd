package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// goodsOrigin alone: goods named after the pattern's preposition and
// before "from" are of the state or union after it; a party right after
// the preposition, or no "from", gives none.
func TestGoodsOrigin(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		end        int
		preps      []string
		want       []string
	}{
		{"goods from states", "imposed/VBD duties/NNS on/IN frozen/JJ shrimp/NN from/IN China/NNP and/CC Vietnam/NNP",
			[]actor{countryAt(6, "CHN"), countryAt(8, "VNM")}, 2, []string{"on"}, []string{"country:CHN", "country:VNM"}},
		{"imports of a thing from a union", "launched/VBD an/DT investigation/NN into/IN imports/NNS of/IN a/DT chemical/NN from/IN the/DT EU/NNP",
			[]actor{orgActor(10, "eu")}, 3, []string{"into"}, []string{"organization:eu"}},
		{"a party right after the preposition", "imposed/VBD duties/NNS on/IN Japan/NNP",
			[]actor{countryAt(3, "JPN")}, 2, []string{"on"}, nil},
		{"no from", "imposed/VBD duties/NNS on/IN shrimp/NN in/IN Japan/NNP",
			[]actor{countryAt(5, "JPN")}, 2, []string{"on"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if diff := cmp.Diff(tc.want, c.goodsOrigin(tc.end, tc.preps)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
