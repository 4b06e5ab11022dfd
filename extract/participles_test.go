package extract

import (
	"slices"
	"testing"
)

// nounModifier and isVerb alone: a participle after a common noun is a
// verb of its own clause, one before a noun with nothing before it
// modifies that noun.
func TestNounModifier(t *testing.T) {
	for _, tc := range []struct {
		text             string
		k                int
		modifier, isVerb bool
	}{
		{"blocked/VBD a/DT resolution/NN condemning/VBG Syria/NNP", 3, true, true},
		{"troops/NNS stationed/VBN in/IN Mali/NNP", 1, true, true},
		{"the/DT \"/`` legal/JJ issues/NNS \"/'' surrounding/VBG her/PRP$ appointment/NN", 5, true, true},
		{"the/DT ruling/VBG party/NN", 1, false, false},
		{"Chile/NNP condemning/VBG Peru/NNP", 1, false, false},
		{"Chile/NNP attacked/VBD Peru/NNP", 1, false, true},
		{"the/DT hostages/NNS being/VBG held/VBN by/IN Peru/NNP", 3, true, true},
		{"talks/NNS being/VBG held/VBN with/IN Peru/NNP", 2, false, true},
		{"Chile/NNP is/VBZ being/VBG attacked/VBN by/IN Peru/NNP", 3, false, true},
	} {
		toks := slashTagged(tc.text)
		if got := nounModifier(toks, tc.k); got != tc.modifier {
			t.Errorf("%s: nounModifier(%d) = %v, want %v", tc.text, tc.k, got, tc.modifier)
		}
		if got := isVerb(toks, tc.k); got != tc.isVerb {
			t.Errorf("%s: isVerb(%d) = %v, want %v", tc.text, tc.k, got, tc.isVerb)
		}
	}
}

// doneBy alone: the nouns whose participle tells what their author does.
func TestDoneBy(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"declaration", true},
		{"statement", true},
		{"troops", true},
		{"attacks", true},
		{"boats", false},
		{"resolutions", true},
		{"vessels", false},
	} {
		c := &eventCtx{t: slashTagged(tc.text + "/NN")}
		if got := c.doneBy(0); got != tc.want {
			t.Errorf("doneBy(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// modifierGerund alone: a gerund after a preposition that a noun's
// participle or adjective takes is the noun's act.
func TestModifierGerund(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		v          int
		want       []string
		ok         bool
	}{
		{"a participle after a common noun", "shot/VBD three/CD guerrillas/NNS suspected/VBN of/IN killing/VBG Ruiz/NNP", 5, nil, true},
		{"the tagger's past tense", "shot/VBD three/CD guerrillas/NNS suspected/VBD of/IN killing/VBG Ruiz/NNP", 5, nil, true},
		{"an adjective after an actor", "Chile/NNP responsible/JJ for/IN attacking/VBG Peru/NNP", 3, []string{"country:CHL"}, true},
		{"a passive's subject is no noun before", "Chile/NNP was/VBD accused/VBN of/IN spying/VBG on/IN Peru/NNP", 4, nil, false},
		{"an object's charge is another construction", "Peru/NNP accused/VBD Chile/NNP of/IN spying/VBG", 4, nil, false},
		{"no gerund", "guerrillas/NNS suspected/VBN of/IN murder/NN", 3, nil, false},
	} {
		toks := slashTagged(tc.text)
		c := &eventCtx{t: toks, acts: namedActors(toks)}
		got, ok := c.modifierGerund(tc.v)
		if ok != tc.ok || !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v %v, want %v %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
}

// participleAdjective alone: a participle between a preposition and a
// common noun is an adjective; one that takes a name or follows no
// preposition is a verb.
func TestParticipleAdjective(t *testing.T) {
	testAtToken(t, func(c *eventCtx, k int) bool { return participleAdjective(c.t, k) }, []atTokenCase{
		{"after of, before a plural", "columns/NNS of/IN armed/VBN men/NNS", 2, true},
		{"a past form the tagger gave", "talks/NNS with/IN banned/VBD groups/NNS", 2, true},
		{"before a name", "after/IN attacked/VBD Peru/NNP", 1, false},
		{"after no preposition", "Chile/NNP armed/VBD rebels/NNS", 1, false},
		{"before no noun", "as/IN expected/VBN ,/,", 1, false},
	})
}

// nationalParticiple alone: a participle between a nationality and a
// common noun is an adjective; one that takes a name, or follows a
// country's name, is a verb.
func TestNationalParticiple(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		k          int
		want       bool
	}{
		{"after a nationality, before a plural", "the/DT Chilean/JJ armed/VBN forces/NNS", 2, true},
		{"a past form the tagger gave", "Chilean/JJ banned/VBD groups/NNS", 1, true},
		{"before a name", "Chilean/JJ attacked/VBD Peru/NNP", 1, false},
		{"after a country's name", "Chile/NNP armed/VBD rebels/NNS", 1, false},
		{"after no party", "the/DT newly/RB armed/VBN forces/NNS", 2, false},
		{"after a nationality's people", "Peruvians/NNPS threw/VBD stones/NNS", 1, false},
		{"after its people tagged a common noun", "Chileans/NNS fired/VBD rockets/NNS", 1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: append(demonymActors(toks), namedActors(toks)...)}
			if got := c.nationalParticiple(tc.k); got != tc.want {
				t.Errorf("at token %d: %v, want %v", tc.k, got, tc.want)
			}
		})
	}
}
