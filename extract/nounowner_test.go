package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// pronounOwner alone: the party of the pronoun's kind named nearest
// before it, else the sentence's subject of that kind, owns an event noun
// after a possessive pronoun.
func TestPronounOwner(t *testing.T) {
	ruiz := actor{a: 0, b: 2, key: "person:ana-ruiz", typ: Person}
	for _, tc := range []struct {
		name, text string
		acts       []actor
		v          int
		want       []string
	}{
		{"its attack", "Chile/NNP ,/, in/IN its/PRP$ latest/JJS attack/NN on/IN Peru/NNP ,/, fired/VBD", []actor{countryAt(0, "CHL"), countryAt(7, "PER")}, 5, []string{"country:CHL"}},
		{"the subject after an opening phrase", "In/IN its/PRP$ attack/NN on/IN Peru/NNP ,/, Chile/NNP fired/VBD", []actor{countryAt(4, "PER"), countryAt(6, "CHL")}, 2, []string{"country:CHL"}},
		{"her visit", "Ana/NNP Ruiz/NNP signed/VBD it/PRP during/IN her/PRP$ visit/NN to/TO Peru/NNP", []actor{ruiz, countryAt(8, "PER")}, 6, []string{"person:ana-ruiz"}},
		{"his is no country's", "Chile/NNP said/VBD his/PRP$ visit/NN to/TO Peru/NNP ended/VBD", []actor{countryAt(0, "CHL"), countryAt(5, "PER")}, 3, nil},
		{"a reported clause's own", "Chile/NNP said/VBD rebels/NNS were/VBD taking/VBG their/PRP$ attacks/NNS to/TO Peru/NNP", []actor{countryAt(0, "CHL"), countryAt(8, "PER")}, 6, nil},
		{"a speaker's own", "Chile/NNP said/VBD its/PRP$ attack/NN on/IN Peru/NNP ended/VBD", []actor{countryAt(0, "CHL"), countryAt(5, "PER")}, 3, []string{"country:CHL"}},
		{"no pronoun", "Chile/NNP said/VBD the/DT visit/NN to/TO Peru/NNP ended/VBD", []actor{countryAt(0, "CHL"), countryAt(5, "PER")}, 3, nil},
		{"the party named nearer", "Chile/NNP imposed/VBD sanctions/NNS on/IN Peru/NNP after/IN its/PRP$ 1990/CD invasion/NN of/IN Bolivia/NNP", []actor{countryAt(0, "CHL"), countryAt(4, "PER"), countryAt(10, "BOL")}, 8, []string{"country:PER"}},
		{"the opening noun's, whom no name gives", "The/DT militants/NNS vowed/VBD to/TO step/VB up/RP their/PRP$ attacks/NNS on/IN Peru/NNP", []actor{countryAt(9, "PER")}, 7, nil},
		{"not a place named nearer", "Chile/NNP fired/VBD in/IN Peru/NNP after/IN its/PRP$ attack/NN on/IN Bolivia/NNP", []actor{countryAt(0, "CHL"), countryAt(3, "PER"), countryAt(8, "BOL")}, 6, []string{"country:CHL"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts, before: countryAt(0, "BOL")}
			if diff := cmp.Diff(tc.want, c.pronounOwner(tc.v)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// openingNoun alone: an event noun in a phrase that opens the sentence.
func TestOpeningNoun(t *testing.T) {
	for _, tc := range []struct {
		text string
		v    int
		want bool
	}{
		{"After/IN talks/NNS with/IN Peru/NNP ,/, Chile/NNP agreed/VBD", 1, true},
		{"After/IN two/CD days/NNS of/IN talks/NNS ,/, Chile/NNP agreed/VBD", 4, false},
		{"Chile/NNP agreed/VBD after/IN talks/NNS", 3, false},
		{"Following/VBG talks/NNS with/IN Peru/NNP ,/, Chile/NNP agreed/VBD", 1, true},
		{"Holding/VBG talks/NNS with/IN Peru/NNP ,/, Chile/NNP agreed/VBD", 1, false},
	} {
		c := &eventCtx{t: slashTagged(tc.text)}
		if got := c.openingNoun(tc.v); got != tc.want {
			t.Errorf("%s (%d): %v, want %v", tc.text, tc.v, got, tc.want)
		}
	}
}

// opensWithNoun alone: a main clause whose subject is a noun phrase that
// names no actor.
func TestOpensWithNoun(t *testing.T) {
	for _, tc := range []struct {
		text string
		acts []actor
		k    int
		want bool
	}{
		{"The/DT militants/NNS vowed/VBD to/TO step/VB up/RP their/PRP$ attacks/NNS", nil, 6, true},
		{"Armed/JJ men/NNS attacked/VBD their/PRP$ camp/NN", nil, 3, true},
		{"After/IN the/DT talks/NNS ,/, local/JJ officials/NNS said/VBD their/PRP$ talks/NNS", nil, 7, true},
		{"Chile/NNP vowed/VBD to/TO step/VB up/RP its/PRP$ attacks/NNS", []actor{countryAt(0, "CHL")}, 5, false},
		{"The/DT Chilean/JJ army/NN said/VBD its/PRP$ attacks/NNS", []actor{{a: 1, b: 2, key: "country:CHL", typ: Country, demonym: true}}, 4, false},
		{"It/PRP stepped/VBD up/RP its/PRP$ attacks/NNS", nil, 3, false},
	} {
		c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
		if got := c.opensWithNoun(tc.k); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// lightNounOwner alone: the possessor of a voiced attitude holds it, not
// one who undergoes an asked-for act.
func TestLightNounOwner(t *testing.T) {
	x := extractor(t)
	support := verbEntry{rest: []string{"*", "support"}, action: "support", code: "051", target: []string{"for"}}
	extradition := verbEntry{rest: []string{"*", "extradition"}, action: "request", code: "021", target: []string{"of", "from"}}
	for _, tc := range []struct {
		name, text string
		v, end     int
		p          verbEntry
		want       string
	}{
		{"a voiced attitude", "Ruiz/NNP expressed/VBD Peru/NNP 's/POS support/NN for/IN Chile/NNP", 1, 5, support, "country:PER"},
		{"no possessor", "Ruiz/NNP expressed/VBD strong/JJ support/NN for/IN Chile/NNP", 1, 4, support, ""},
		{"an asked-for act is done to its possessor", "Chile/NNP requested/VBD Ruiz/NNP 's/POS extradition/NN", 1, 5, extradition, ""},
		{"no light verb", "Ruiz/NNP expressed/VBD Peru/NNP 's/POS support/NN", 1, 5, verbEntry{action: "express"}, ""},
	} {
		toks := slashTagged(tc.text)
		c := &eventCtx{t: toks, acts: namedActors(toks), idx: x.idx}
		if got := c.lightNounOwner(tc.v, tc.end, tc.p); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}
