package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// mediatorAfter alone: a participle of mediation after the first comma
// past talks names who mediated them.
func TestMediatorAfter(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"mediated by", "talks/NNS with/IN Peru/NNP ,/, mediated/VBN by/IN Bolivia/NNP", []string{"country:BOL"}},
		{"brokered by", "talks/NNS with/IN Peru/NNP ,/, brokered/VBN by/IN Bolivia/NNP", []string{"country:BOL"}},
		{"attended by is no mediation", "talks/NNS with/IN Peru/NNP ,/, attended/VBN by/IN Bolivia/NNP", nil},
		{"brokered by right after", "ceasefire/NN brokered/VBN by/IN Bolivia/NNP", []string{"country:BOL"}},
		{"a past tense right after is the noun's verb", "ceasefire/NN brokered/VBD by/IN Bolivia/NNP", nil},
		{"a clause before the comma", "talks/NNS with/IN Peru/NNP ended/VBD ,/, mediated/VBN by/IN Bolivia/NNP", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks)}
			if diff := cmp.Diff(tc.want, c.mediatorAfter(1)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// mediatorBefore alone: the actor a hyphenated word of mediation names
// among the words before an event noun.
func TestMediatorBefore(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		v          int
		want       []string
	}{
		{"right before the noun", "the/DT Chile-mediated/JJ talks/NNS", 2, []string{"country:CHL"}},
		{"past an adjective", "the/DT Chile-brokered/JJ peace/NN talks/NNS", 3, []string{"country:CHL"}},
		{"another participle", "the/DT Chile-backed/JJ talks/NNS", 2, nil},
		{"a verb between", "Chile-mediated/JJ ,/, Peru/NNP met/VBD talks/NNS", 4, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			at := 0
			for i, tok := range toks {
				if strings.HasPrefix(tok.Text, "Chile-") {
					at = i
				}
			}
			c := &eventCtx{t: toks, acts: []actor{{a: at, b: at + 1, key: "country:CHL", typ: Country, modifier: true}}}
			if diff := cmp.Diff(tc.want, c.mediatorBefore(tc.v)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
