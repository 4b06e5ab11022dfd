package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// reducedRelativeSubject alone: the noun of a reduced relative clause with
// an agent is the subject of the verb after it; the actors inside the
// clause are not.
func TestReducedRelativeSubject(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		v          int
		want       []string
		ok         bool
	}{
		{"a thing's clause", "Students/NNS angered/VBN by/IN the/DT arrest/NN of/IN Ruiz/NNP attacked/VBD Peru/NNP", 7, nil, true},
		{"past tense tagged", "Students/NNS angered/VBD by/IN Ruiz/NNP attacked/VBD Peru/NNP", 4, nil, true},
		{"after an auxiliary", "hackers/NNS backed/VBN by/IN Chile/NNP have/VBP attacked/VBN Peru/NNP", 5, nil, true},
		{"a nationality before the noun", "Chilean/JJ hackers/NNS backed/VBN by/IN Ruiz/NNP attacked/VBD Peru/NNP", 5, []string{"country:CHL"}, true},
		{"no agent", "Chile/NNP attacked/VBD Peru/NNP", 1, nil, false},
		{"the verb's own agent", "Peru/NNP was/VBD attacked/VBN by/IN Chile/NNP", 2, nil, false},
		{"a clause of its own", "reports/NNS written/VBN by/IN Ruiz/NNP said/VBD that/IN Chile/NNP attacked/VBD Peru/NNP", 7, nil, false},
		{"in commas", "Chile/NNP ,/, backed/VBN by/IN Ruiz/NNP ,/, attacked/VBD Peru/NNP", 6, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			acts := namedActors(toks)
			if tc.name == "a nationality before the noun" {
				acts = append([]actor{{a: 0, b: 1, key: "country:CHL", typ: Country, demonym: true}}, acts...)
			}
			c := &eventCtx{t: toks, acts: acts}
			got, ok := c.reducedRelativeSubject(tc.v)
			if ok != tc.ok || !cmp.Equal(got, tc.want) {
				t.Errorf("got %v %v, want %v %v", got, ok, tc.want, tc.ok)
			}
		})
	}
}

// gerundBetween alone: a word in -ing before the parties of its act names
// the act.
func TestGerundBetween(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Fighting/VBG between/IN Sudan/NNP and/CC Chad/NNP", true},
		{"fighting/VBG among/IN the/DT factions/NNS", true},
		{"Russia/NNP is/VBZ fighting/VBG Ukraine/NNP", false},
		{"talks/NNS between/IN Iran/NNP and/CC Iraq/NNP", false},
	} {
		toks := slashTagged(tc.text)
		k := 0
		for k < len(toks) && toks[k].Tag != "VBG" && toks[k].Tag != "NNS" {
			k++
		}
		if got := gerundBetween(toks, k); got != tc.want {
			t.Errorf("%s: gerundBetween = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// reducedPassive alone: a participle after the noun of a clause whose verb
// came before is done to the noun.
func TestReducedPassive(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"after an object", "Chile/NNP listed/VBD companies/NNS accused/VBN of/IN spying/VBG", true},
		{"no finite verb before", "Chilean/JJ troops/NNS arrived/VBN in/IN Lima/NNP", false},
		{"an agent's by-phrase", "Chile/NNP listed/VBD companies/NNS backed/VBN by/IN Peru/NNP", false},
		{"an object after it", "Chile/NNP said/VBD troops/NNS attacked/VBN Peru/NNP", false},
		{"a perfect", "Chile/NNP said/VBD troops/NNS had/VBD attacked/VBN in/IN May/NNP", false},
		{"after a superlative's noun and an adverb", "one/CD of/IN the/DT greatest/JJS squads/NNS ever/RB assembled/VBN ./.", true},
		{"after a noun and an adverb with no superlative", "the/DT squads/NNS never/RB assembled/VBN ./.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			v := 0
			for v < len(toks) && !(toks[v].Tag == "VBN") {
				v++
			}
			c := &eventCtx{t: toks}
			if got := c.reducedPassive(v, v+1); got != tc.want {
				t.Errorf("reducedPassive = %v, want %v", got, tc.want)
			}
		})
	}
}

// reducedPassive alone, for a participle the tagger took for a past tense
// after a preposition's noun, and for a people named in the plural.
func TestReducedPassivePast(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		v          int
		want       bool
	}{
		{"a past in -ed after a preposition's noun", "Peru/NNP opened/VBD borders/NNS to/TO refugees/NNS ordered/VBD out/IN of/IN Chile/NNP", 5, true},
		{"a people in the plural", "Peru/NNP opened/VBD borders/NNS to/TO most/RBS West/NNP Africans/NNPS ordered/VBD out/IN of/IN Chile/NNP", 7, true},
		{"a past in -ed after a clause's subject", "Peru/NNP said/VBD troops/NNS crossed/VBD into/IN Chile/NNP", 3, false},
		{"an irregular past", "Peru/NNP spoke/VBD to/TO troops/NNS took/VBD from/IN Chile/NNP", 4, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text)}
			if got := c.reducedPassive(tc.v, tc.v+1); got != tc.want {
				t.Errorf("reducedPassive = %v, want %v", got, tc.want)
			}
		})
	}
}
