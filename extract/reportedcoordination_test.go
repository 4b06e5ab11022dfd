package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// reportedCoordination alone: a verbal act coordinated after a reported
// clause is the speech verb's subject's; a material act, a clause not
// reported, or one reported past another clause's verb is not read.
func TestReportedCoordination(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		v, cc, f   int
		want       []string
		ok         bool
	}{
		{"a reported clause, then a verbal act",
			"Ruiz/NNP said/VBD Chile/NNP needed/VBD aid/NN but/CC defended/VBD Peru/NNP", 6, 5, 3, []string{"person:ruiz"}, true},
		{"past that, a phrase and quotation marks",
			"Ruiz/NNP said/VBD in/IN a/DT statement/NN that/IN \"/`` there/EX can/MD be/VB no/DT solution/NN \"/'' and/CC urged/VBD Peru/NNP", 14, 13, 8, []string{"person:ruiz"}, true},
		{"a quotation mark the tagger took for a verb",
			"Ruiz/NNP said/VBD that/IN \"/VBZ there/EX can/MD be/VB no/DT solution/NN \"/NN and/CC urged/VBD Peru/NNP", 11, 10, 5, []string{"person:ruiz"}, true},
		{"a material act stays the reported subject's",
			"Ruiz/NNP said/VBD Chile/NNP had/VBD shelled/VBN the/DT town/NN and/CC attacked/VBD Peru/NNP", 8, 7, 3, nil, false},
		{"a clause nobody reports",
			"Chile/NNP needed/VBD aid/NN but/CC defended/VBD Peru/NNP", 4, 3, 1, nil, false},
		{"another clause's verb between",
			"Ruiz/NNP said/VBD rebels/NNS who/WP attacked/VBD Chile/NNP left/VBD and/CC criticised/VBD Peru/NNP", 8, 7, 6, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks), idx: x.idx}
			got, ok := c.reportedCoordination(tc.v, tc.cc, tc.f, false)
			if diff := cmp.Diff(tc.want, got); diff != "" || ok != tc.ok {
				t.Errorf("ok %v, want %v; subject (-want +got):\n%s", ok, tc.ok, diff)
			}
		})
	}
}

// verbalAct alone: every pattern of the verb an act done in words.
func TestVerbalAct(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"urged", true}, {"defended", true}, {"accused", true}, {"threatened", true},
		{"attacked", false}, {"killed", false}, {"visited", false}, {"needed", false},
	} {
		c := &eventCtx{t: slashTagged(tc.word + "/VBD"), idx: x.idx}
		if got := c.verbalAct(0); got != tc.want {
			t.Errorf("%s: verbalAct = %v, want %v", tc.word, got, tc.want)
		}
	}
}
