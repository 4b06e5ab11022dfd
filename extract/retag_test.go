package extract

import (
	"strings"
	"testing"
)

// The retagging rules alone: each gives a verb's tag back to a form the
// tagger took for a noun or an adjective, where the words around it leave
// it no other reading.
func TestRetagVerbs(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		rule       func([]Token)
		at         int
		want       string
	}{
		{"a light verb's phrase after a form in -ed", "Chile/NNP accused/VBD Peru/NNP and/CC imposed/JJ sanctions/NNS on/IN Bolivia/NNP", x.lightVerbs, 4, "VBD"},
		{"an adjective after a determiner stays", "the/DT imposed/JJ sanctions/NNS on/IN Bolivia/NNP", x.lightVerbs, 1, "JJ"},
		{"an adjective with no phrase of its verb stays", "Chile/NNP and/CC armed/JJ militants/NNS", x.lightVerbs, 2, "JJ"},
		{"a verb in -s between names", "Israel/NNP strikes/NNS Lebanon/NNP", x.presentVerbs, 1, "VBZ"},
		{"a noun in -s between a name and a verb stays", "Israel/NNP talks/NNS ended/VBD", x.presentVerbs, 1, "NNS"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			tc.rule(toks)
			if got := toks[tc.at].Tag; got != tc.want {
				t.Errorf("%s: %q tagged %s, want %s", strings.Fields(tc.text)[tc.at], toks[tc.at].Text, got, tc.want)
			}
		})
	}
}
