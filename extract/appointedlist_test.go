package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// capitalizedPeople are the actors of a sentence written word/TAG whose
// words, capitalised, are one-word people ("Ruiz", "Soto", "Paz").
func capitalizedPeople(toks []Token, names ...string) []actor {
	var acts []actor
	for i, tok := range toks {
		for _, n := range names {
			if tok.Text == n {
				acts = append(acts, personAt(i, i+1, strings.ToLower(n)))
			}
		}
	}
	return acts
}

// appointedList alone: the people a list of appointments names after the
// first, past titles that hold commas and "and" of their own.
func TestAppointedList(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"two", "appointed/VBD Ruiz/NNP as/IN foreign/JJ minister/NN and/CC Soto/NNP as/IN finance/NN minister/NN", []string{"person:soto"}},
		{"three in commas", "appointed/VBD Ruiz/NNP as/IN envoy/NN ,/, Soto/NNP as/IN judge/NN ,/, and/CC Paz/NNP as/IN mayor/NN", []string{"person:soto", "person:paz"}},
		{"a title with its own comma and and", "appointed/VBD Ruiz/NNP as/IN Minister/NNP of/IN Mines/NNPS ,/, Oil/NNP and/CC Gas/NNP and/CC Soto/NNP as/IN mayor/NN", []string{"person:soto"}},
		{"no title for the first", "appointed/VBD Ruiz/NNP and/CC Soto/NNP as/IN envoys/NNS", nil},
		{"a person with no title of their own", "appointed/VBD Ruiz/NNP as/IN envoy/NN and/CC Soto/NNP said/VBD so/RB", nil},
		{"another clause", "appointed/VBD Ruiz/NNP as/IN envoy/NN but/CC Soto/NNP as/IN mayor/NN", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: capitalizedPeople(toks, "Ruiz", "Soto", "Paz")}
			if diff := cmp.Diff(tc.want, c.appointedList(1, "person:ruiz")); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// appointee alone: a participle after an appointment's office is the
// appointee's; not after an office given with no verb of appointing.
func TestAppointee(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		v          int
		want       []string
	}{
		{"after the office", "Vega/NNP appointed/VBD Ruiz/NNP as/IN finance/NN minister/NN ,/, replacing/VBG Soto/NNP", 7, []string{"person:ruiz"}},
		{"after an office with its own commas", "Vega/NNP named/VBD Ruiz/NNP as/IN Minister/NNP of/IN Mines/NNPS ,/, Oil/NNP and/CC Gas/NNP ,/, replacing/VBG Soto/NNP", 12, []string{"person:ruiz"}},
		{"no verb of appointing", "Vega/NNP met/VBD Ruiz/NNP as/IN president/NN ,/, urging/VBG Soto/NNP", 6, nil},
		{"no comma before the participle", "Vega/NNP appointed/VBD Ruiz/NNP as/IN minister/NN replacing/VBG Soto/NNP", 5, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: capitalizedPeople(toks, "Vega", "Ruiz", "Soto")}
			if diff := cmp.Diff(tc.want, c.appointee(tc.v)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
