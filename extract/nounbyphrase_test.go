package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// nounByPhrase alone: the agent after "by" an event noun, and the target
// after it.
func TestNounByPhrase(t *testing.T) {
	for _, tc := range []struct {
		name, text      string
		acts            []actor
		end             int
		agents, targets []string
		between, ok     bool
	}{
		{"by and on", "An/DT attack/NN by/IN Hamas/NNP on/IN Israel/NNP", []actor{countryAt(3, "HMS"), countryAt(5, "ISR")}, 2,
			[]string{"country:HMS"}, []string{"country:ISR"}, false, true},
		{"a participle first", "Sanctions/NNS imposed/VBN by/IN Peru/NNP on/IN Chile/NNP", []actor{countryAt(3, "PER"), countryAt(5, "CHL")}, 1,
			[]string{"country:PER"}, []string{"country:CHL"}, false, true},
		{"between", "Talks/NNS hosted/VBN by/IN Peru/NNP between/IN Chile/NNP and/CC Bolivia/NNP", []actor{countryAt(3, "PER"), countryAt(5, "CHL"), countryAt(7, "BOL")}, 1,
			[]string{"country:PER"}, []string{"country:CHL", "country:BOL"}, true, true},
		{"no target", "The/DT attack/NN by/IN Peru/NNP ended/VBD", []actor{countryAt(3, "PER")}, 2, []string{"country:PER"}, nil, false, true},
		{"no by", "The/DT attack/NN on/IN Peru/NNP ended/VBD", []actor{countryAt(3, "PER")}, 2, nil, nil, false, false},
		{"mediators are no party", "Talks/NNS mediated/VBN by/IN Peru/NNP and/CC Chile/NNP resumed/VBD", []actor{countryAt(3, "PER"), countryAt(5, "CHL")}, 1,
			nil, nil, false, false},
		{"a gerund after by is the means", "the/DT raids/NNS by/IN opening/VBG Peru/NNP 's/POS airspace/NN to/TO Chile/NNP", []actor{countryAt(4, "PER"), countryAt(8, "CHL")}, 2,
			nil, nil, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			agents, targets, between, ok := c.nounByPhrase(tc.end)
			if diff := cmp.Diff([]any{tc.agents, tc.targets, tc.between, tc.ok}, []any{agents, targets, between, ok}); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// nounFromPhrase alone: an event noun's "from" phrase names who does it.
func TestNounFromPhrase(t *testing.T) {
	criticize := verbEntry{action: "criticize", code: "111", target: []string{"obj"}}
	for _, tc := range []struct {
		name, text    string
		p             verbEntry
		v, end        int
		agents, targs []string
	}{
		{"after its object", "strong/JJ criticism/NN of/IN Chile/NNP from/IN Peru/NNP", criticize, 1, 2, []string{"country:PER"}, []string{"country:CHL"}},
		{"alone", "criticism/NN from/IN Peru/NNP", criticize, 0, 1, []string{"country:PER"}, nil},
		{"the target's own preposition", "the/DT withdrawal/NN from/IN Peru/NNP", verbEntry{action: "withdraw", code: "87", target: []string{"from"}}, 1, 2, nil, nil},
		{"force comes from a place", "rocket/NN attacks/NNS from/IN Peru/NNP", verbEntry{action: "attack", code: "190", target: []string{"obj"}}, 1, 2, nil, nil},
		{"an owned noun", "Chile/NNP 's/POS extradition/NN from/IN Peru/NNP", verbEntry{action: "extradite", code: "174", target: []string{"obj"}}, 2, 3, nil, nil},
		{"a noun owned past its adjectives", "its/PRP$ annual/JJ sales/NNS from/IN Peru/NNP", verbEntry{action: "sell", code: "061", target: []string{"obj", "to"}}, 2, 3, nil, nil},
		{"a verb's object", "Chile/NNP demanded/VBD support/NN from/IN Peru/NNP", verbEntry{action: "support", code: "050", target: []string{"obj"}}, 2, 3, nil, nil},
		{"its target after the doer", "pressure/NN from/IN Peru/NNP and/CC Bolivia/NNP on/IN Chile/NNP", verbEntry{action: "pressure", code: "100", target: []string{"obj"}}, 0, 1, []string{"country:PER", "country:BOL"}, []string{"country:CHL"}},
		{"no target preposition after the doer", "pressure/NN from/IN Peru/NNP in/IN Lima/NNP", verbEntry{action: "pressure", code: "100", target: []string{"obj"}}, 0, 1, []string{"country:PER"}, nil},
		{"the main clause's subject undergoes it", "Chile/NNP signed/VBD ,/, despite/IN pressure/NN from/IN Peru/NNP", verbEntry{action: "pressure", code: "100", target: []string{"obj"}}, 4, 5, []string{"country:PER"}, []string{"country:CHL"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks)}
			agents, targets := c.nounFromPhrase(tc.v, tc.end, tc.p)
			if diff := cmp.Diff(tc.agents, agents); diff != "" {
				t.Errorf("agents (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.targs, targets); diff != "" {
				t.Errorf("targets (-want +got):\n%s", diff)
			}
		})
	}
}

// visitOfPhrase alone: a visit's "of" names the visitor when "to" names
// whom it visits.
func TestVisitOfPhrase(t *testing.T) {
	visit := verbEntry{action: "visit", code: visitCode}
	for _, tc := range []struct {
		name, text     string
		end            int
		p              verbEntry
		agents, target []string
	}{
		{"of and to", "the/DT visit/NN of/IN Chile/NNP to/TO Peru/NNP ended/VBD", 2, visit, []string{"country:CHL"}, []string{"country:PER"}},
		{"no to", "the/DT visit/NN of/IN Chile/NNP ended/VBD", 2, visit, nil, nil},
		{"no visit", "the/DT criticism/NN of/IN Chile/NNP to/TO Peru/NNP", 2, verbEntry{action: "criticize", code: "111"}, nil, nil},
		{"a verb between", "the/DT visit/NN of/IN Chile/NNP angered/VBD Peru/NNP to/TO the/DT end/NN", 2, visit, nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks)}
			agents, target := c.visitOfPhrase(tc.end, tc.p)
			if diff := cmp.Diff(tc.agents, agents); diff != "" {
				t.Errorf("agents (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.target, target); diff != "" {
				t.Errorf("targets (-want +got):\n%s", diff)
			}
		})
	}
}
