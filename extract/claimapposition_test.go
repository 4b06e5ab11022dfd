package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// claimAuthor alone: the author of a claim in apposition that an actor
// answers.
func TestClaimAuthor(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		v          int
		want       []string
	}{
		{"a charge answered", "Chile/NNP accused/VBD Peru/NNP ,/, a/DT charge/NN Lima/NNP rejected/VBD", []actor{countryAt(0, "CHL"), countryAt(2, "PER"), countryAt(6, "PER")}, 7,
			[]string{"country:CHL"}},
		{"an adverb and that between", "Chile/NNP accused/VBD Peru/NNP ,/, a/DT false/JJ claim/NN that/IN Lima/NNP swiftly/RB denied/VBD", []actor{countryAt(0, "CHL"), countryAt(2, "PER"), countryAt(8, "PER")}, 10,
			[]string{"country:CHL"}},
		{"a charge answered between dashes", "Chile/NNP accused/VBD Peru/NNP -/: a/DT charge/NN Lima/NNP denies/VBZ -/:", []actor{countryAt(0, "CHL"), countryAt(2, "PER"), countryAt(6, "PER")}, 7,
			[]string{"country:CHL"}},
		{"no claim noun", "Chile/NNP accused/VBD Peru/NNP ,/, a/DT step/NN Lima/NNP rejected/VBD", []actor{countryAt(0, "CHL"), countryAt(2, "PER"), countryAt(6, "PER")}, 7, nil},
		{"no apposition", "The/DT charge/NN Lima/NNP rejected/VBD was/VBD old/JJ", []actor{countryAt(2, "PER")}, 3, nil},
		{"a pronoun answers", "Chile/NNP accused/VBD Peru/NNP ,/, a/DT charge/NN they/PRP rejected/VBD", []actor{countryAt(0, "CHL"), countryAt(2, "PER")}, 7, []string{"country:CHL"}},
		{"past an auxiliary, with no article", "Chile/NNP accused/VBD Peru/NNP ,/, charges/NNS Lima/NNP has/VBZ denied/VBN", []actor{countryAt(0, "CHL"), countryAt(2, "PER"), countryAt(5, "PER")}, 7,
			[]string{"country:CHL"}},
		{"no one answers", "Chile/NNP accused/VBD Peru/NNP ,/, charges/NNS often/RB denied/VBN", []actor{countryAt(0, "CHL"), countryAt(2, "PER")}, 6, nil},
		{"a state's body answers", "Chile/NNP accused/VBD Peru/NNP ,/, a/DT charge/NN the/DT Peruvian/JJ government/NN denied/VBD",
			[]actor{countryAt(0, "CHL"), countryAt(2, "PER"), {a: 7, b: 8, key: "country:PER", typ: Country, demonym: true}}, 9, []string{"country:CHL"}},
		{"a body in the capital answers", "Chile/NNP accused/VBD Peru/NNP ,/, a/DT charge/NN the/DT government/NN in/IN Lima/NNP denied/VBD",
			[]actor{countryAt(0, "CHL"), countryAt(2, "PER"), {a: 9, b: 10, key: "country:PER", typ: Country, capital: true}}, 10, []string{"country:CHL"}},
		{"a common noun of no body", "Chile/NNP accused/VBD Peru/NNP ,/, a/DT charge/NN the/DT Peruvian/JJ press/NN denied/VBD",
			[]actor{countryAt(0, "CHL"), countryAt(2, "PER"), {a: 7, b: 8, key: "country:PER", typ: Country, demonym: true}}, 9, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if diff := cmp.Diff(tc.want, c.claimAuthor(tc.v)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// passiveClaimAuthor alone: the author of a move in apposition that a
// passive verb says an actor answered.
func TestPassiveClaimAuthor(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		v          int
		want       []string
	}{
		{"a move welcomed", "Chile/NNP freed/VBD Ruiz/NNP ,/, a/DT move/NN welcomed/VBN by/IN Peru/NNP", 6, []string{"country:CHL"}},
		{"no apposition", "Chile/NNP freed/VBD Ruiz/NNP in/IN a/DT move/NN welcomed/VBN by/IN Peru/NNP", 6, nil},
		{"no claim noun", "Chile/NNP freed/VBD Ruiz/NNP ,/, a/DT man/NN welcomed/VBN by/IN Peru/NNP", 6, nil},
		{"no participle", "Chile/NNP freed/VBD Ruiz/NNP ,/, a/DT move/NN Peru/NNP welcomed/VBD", 7, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: []actor{countryAt(0, "CHL"), personAt(2, 3, "ruiz"), countryAt(len(strings.Fields(tc.text))-1, "PER")}}
			if diff := cmp.Diff(tc.want, c.passiveClaimAuthor(tc.v)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// claimAnswerer alone: a pronoun that answers a claim in apposition is
// the one the claim was made against.
func TestClaimAnswerer(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		v          int
		want       []string
	}{
		{"a pronoun", "Chile/NNP accused/VBD Peru/NNP of/IN spying/VBG ,/, charges/NNS it/PRP has/VBZ denied/VBN", []actor{countryAt(0, "CHL"), countryAt(2, "PER")}, 9, []string{"country:PER"}},
		{"a name answers by itself", "Chile/NNP accused/VBD Peru/NNP ,/, charges/NNS Lima/NNP denied/VBD", []actor{countryAt(0, "CHL"), countryAt(2, "PER"), countryAt(5, "PER")}, 6, nil},
		{"no claim noun", "Chile/NNP accused/VBD Peru/NNP ,/, steps/NNS it/PRP denied/VBD", []actor{countryAt(0, "CHL"), countryAt(2, "PER")}, 6, nil},
		{"no apposition", "Chile/NNP said/VBD it/PRP denied/VBD", []actor{countryAt(0, "CHL")}, 3, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if diff := cmp.Diff(tc.want, c.claimAnswerer(tc.v)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
