package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// speakerObject alone: a possessive pronoun opening the object of a
// reported act stands for the speaker when the speaker is another party of
// the pronoun's kind.
func TestSpeakerObject(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		v, end     int
		agents     []string
		want       []string
	}{
		{"the speaker's embassy", "Peru/NNP said/VBD Chile/NNP attacked/VBD its/PRP$ embassy/NN", 3, 4, []string{"country:CHL"}, []string{"country:PER"}},
		{"past that", "Peru/NNP said/VBD that/IN Chile/NNP attacked/VBD its/PRP$ embassy/NN", 4, 5, []string{"country:CHL"}, []string{"country:PER"}},
		{"some of the speaker's own", "Peru/NNP said/VBD Chile/NNP killed/VBD two/CD of/IN its/PRP$ soldiers/NNS", 3, 4, []string{"country:CHL"}, []string{"country:PER"}},
		{"a number of no pronoun's", "Peru/NNP said/VBD Chile/NNP killed/VBD two/CD of/IN the/DT soldiers/NNS", 3, 4, []string{"country:CHL"}, nil},
		{"a person's pronoun for a country", "Peru/NNP said/VBD Chile/NNP attacked/VBD his/PRP$ embassy/NN", 3, 4, []string{"country:CHL"}, nil},
		{"the speaker is the doer", "Chile/NNP said/VBD Chile/NNP attacked/VBD its/PRP$ camp/NN", 3, 4, []string{"country:CHL"}, nil},
		{"not reported", "Chile/NNP attacked/VBD its/PRP$ embassy/NN", 1, 2, []string{"country:CHL"}, nil},
		{"no possessive", "Peru/NNP said/VBD Chile/NNP attacked/VBD the/DT embassy/NN", 3, 4, []string{"country:CHL"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks)}
			if diff := cmp.Diff(tc.want, c.speakerObject(tc.v, tc.end, tc.agents)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
