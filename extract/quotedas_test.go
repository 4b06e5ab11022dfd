package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// quotedAs alone: a gerund after "as" and a verb of quoting is the one
// quoted's, in the passive and in the active; any other gerund is not read.
func TestQuotedAs(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		v          int
		want       []string
		ok         bool
	}{
		{"the subject of the passive", "Chile/NNP was/VBD quoted/VBN as/IN accusing/VBG Peru/NNP", 4, []string{"country:CHL"}, true},
		{"the object of the active", "Reuters/NNP quoted/VBD Chile/NNP as/IN accusing/VBG Peru/NNP", 4, []string{"country:CHL"}, true},
		{"cited", "Chile/NNP was/VBD cited/VBN as/IN accusing/VBG Peru/NNP", 4, []string{"country:CHL"}, true},
		{"as after another verb", "Chile/NNP was/VBD seen/VBN as/IN accusing/VBG Peru/NNP", 4, nil, false},
		{"no as", "Chile/NNP quoted/VBD Peru/NNP accusing/VBG Bolivia/NNP", 3, nil, false},
		{"no gerund", "Chile/NNP was/VBD quoted/VBN as/IN saying/NN", 4, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks)}
			got, ok := c.quotedAs(tc.v)
			if ok != tc.ok {
				t.Errorf("ok %v, want %v", ok, tc.ok)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
