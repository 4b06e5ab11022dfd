package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// attributedAgent alone: the passive verb of doing or blame that an event
// noun's phrase is the subject of names who did it.
func TestAttributedAgent(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		end        int
		want       []string
	}{
		{"carried out by", "Attacks/NNS on/IN Chile/NNP were/VBD carried/VBN out/RP by/IN Peru/NNP", 1, []string{"country:PER"}},
		{"attributed to", "Attacks/NNS on/IN Chile/NNP were/VBD attributed/VBN to/TO Peru/NNP", 1, []string{"country:PER"}},
		{"blamed on after a perfect", "Attacks/NNS on/IN Chile/NNP have/VBP been/VBN blamed/VBN on/IN Peru/NNP", 1, []string{"country:PER"}},
		{"past a list of targets", "Attacks/NNS on/IN Chile/NNP and/CC Bolivia/NNP were/VBD linked/VBN to/TO Peru/NNP", 1, []string{"country:PER"}},
		{"another verb", "Attacks/NNS on/IN Chile/NNP were/VBD condemned/VBN by/IN Peru/NNP", 1, nil},
		{"imposed by", "Sanctions/NNS on/IN Chile/NNP were/VBD imposed/VBN by/IN Peru/NNP", 1, []string{"country:PER"}},
		{"lifted by is no doing", "Sanctions/NNS on/IN Chile/NNP were/VBD lifted/VBN by/IN Peru/NNP", 1, nil},
		{"blame on nothing", "Attacks/NNS on/IN Chile/NNP were/VBD blamed/VBN on/IN weather/NN", 1, nil},
		{"the noun's phrase ends in another clause", "Attacks/NNS on/IN Chile/NNP that/WDT Bolivia/NNP reported/VBD were/VBD blamed/VBN on/IN Peru/NNP", 1, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks)}
			if diff := cmp.Diff(tc.want, c.attributedAgent(tc.end)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// blamedAgent alone: a verb of blame in the active voice gives the act an
// event noun names to its doer.
func TestBlamedAgent(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		v, end     int
		want       []string
	}{
		{"attributed to, past the noun's target", "Chile/NNP attributed/VBD the/DT attack/NN on/IN Bolivia/NNP to/TO Peru/NNP", 3, 4, []string{"country:PER"}},
		{"the noun's own preposition is ambiguous", "Chile/NNP blamed/VBD the/DT attack/NN on/IN Peru/NNP", 3, 4, nil},
		{"blamed for", "Chile/NNP blamed/VBD Peru/NNP for/IN the/DT attack/NN on/IN Bolivia/NNP", 5, 6, []string{"country:PER"}},
		{"another verb", "Chile/NNP condemned/VBD the/DT attack/NN on/IN Bolivia/NNP to/TO Peru/NNP", 3, 4, nil},
		{"no doer named", "Chile/NNP attributed/VBD the/DT attack/NN on/IN Bolivia/NNP ./.", 3, 4, nil},
		{"a harm's noun takes no to", "Chile/NNP attributes/VBZ the/DT attack/NN to/TO Peru/NNP", 3, 4, []string{"country:PER"}},
		{"an aid's noun takes its own to", "Chile/NNP attributes/VBZ the/DT aid/NN to/TO Peru/NNP", 3, 4, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks), idx: x.idx}
			if diff := cmp.Diff(tc.want, c.blamedAgent(tc.v, tc.end)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// apposedBlame alone: an event noun in apposition after a clause, given to
// someone by a participle of blame or of doing, names who did the clause's
// act.
func TestApposedBlame(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"blamed on", "killed/VBN in/IN Lima/NNP ,/, an/DT attack/NN widely/RB blamed/VBN on/IN Peru/NNP", []string{"country:PER"}},
		{"carried out by", "killed/VBN on/IN Monday/NNP ,/, an/DT attack/NN carried/VBN out/RP by/IN Peru/NNP", []string{"country:PER"}},
		{"a noun of no act", "killed/VBN on/IN Monday/NNP ,/, a/DT man/NN blamed/VBN on/IN Peru/NNP", nil},
		{"a verb before the comma", "killed/VBN on/IN Monday/NNP and/CC fled/VBD ,/, an/DT attack/NN blamed/VBN on/IN Peru/NNP", nil},
		{"a participle of neither", "killed/VBN on/IN Monday/NNP ,/, an/DT attack/NN condemned/VBN by/IN Peru/NNP", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks)}
			if diff := cmp.Diff(tc.want, c.apposedBlame(1)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
