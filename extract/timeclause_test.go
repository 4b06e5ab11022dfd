package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// personAt is a person actor over tokens a..b-1.
func personAt(a, b int, key string) actor {
	return actor{a: a, b: b, key: "person:" + key, typ: Person}
}

// gerundTimeSubject alone: a gerund opening a clause of time after the
// main clause is done by the main clause's subject.
func TestGerundTimeSubject(t *testing.T) {
	tsang, birch := personAt(0, 1, "tsang"), personAt(7, 8, "birch")
	for _, tc := range []struct {
		name, text string
		acts       []actor
		v          int
		want       []string
	}{
		{"after a gerund", "Tsang/NNP told/VBD reporters/NNS after/IN meeting/VBG Birch/NNP", []actor{tsang, personAt(5, 6, "birch")}, 4, []string{"person:tsang"}},
		{"while a gerund", "Chile/NNP praised/VBD Peru/NNP while/IN visiting/VBG Bolivia/NNP", []actor{countryAt(0, "CHL"), countryAt(2, "PER"), countryAt(5, "BOL")}, 4, []string{"country:CHL"}},
		{"a passive gerund is done to the subject", "Brady/NNP was/VBD hurt/VBN after/IN being/VBG shot/VBN by/IN Hinckley/NNP", []actor{personAt(0, 1, "brady"), personAt(7, 8, "hinckley")}, 5, []string{"person:brady"}},
		{"past an auxiliary", "Tsang/NNP has/VBZ left/VBN Paris/NNP after/IN having/VBG met/VBN Birch/NNP", []actor{tsang, birch}, 6, []string{"person:tsang"}},
		{"past the gerund's time", "Tsang/NNP is/VBZ in/IN the/DT spotlight/NN after/IN last/JJ year/NN meeting/VBG Birch/NNP", []actor{tsang, personAt(9, 10, "birch")}, 8, []string{"person:tsang"}},
		{"past the gerund's day", "Tsang/NNP left/VBD after/IN on/IN Monday/NNP meeting/VBG Birch/NNP", []actor{tsang, personAt(6, 7, "birch")}, 5, []string{"person:tsang"}},
		{"the clause of time comes first", "After/IN meeting/VBG Birch/NNP ,/, Tsang/NNP left/VBD", []actor{personAt(2, 3, "birch"), personAt(4, 5, "tsang")}, 1, nil},
		{"no opener", "Tsang/NNP told/VBD reporters/NNS of/IN meeting/VBG Birch/NNP", []actor{tsang, personAt(5, 6, "birch")}, 4, nil},
		{"a participle as adjective", "Chile/NNP left/VBD after/IN wounded/VBN soldiers/NNS arrived/VBD", []actor{countryAt(0, "CHL")}, 3, nil},
		{"another clause between", "Chile/NNP left/VBD because/IN Peru/NNP stayed/VBD after/IN meeting/VBG Bolivia/NNP", []actor{countryAt(0, "CHL"), countryAt(3, "PER"), countryAt(7, "BOL")}, 6, []string{"country:PER"}},
		{"inside the subject's participle", "Straw/NNP ,/, speaking/NN after/IN meeting/VBG Li/NNP ,/, said/VBD", []actor{personAt(0, 1, "straw"), personAt(5, 6, "li")}, 4, []string{"person:straw"}},
		{"inside an opening participle", "Speaking/VBG after/IN meeting/VBG Li/NNP ,/, Straw/NNP said/VBD", []actor{personAt(3, 4, "li"), personAt(5, 6, "straw")}, 2, []string{"person:straw"}},
		{"a noun after a comma is no participle", "Straw/NNP ,/, Building/NN after/IN meeting/VBG Li/NNP", []actor{personAt(0, 1, "straw"), personAt(5, 6, "li")}, 4, nil},
		{"a possessive is no verb", "He/PRP spoke/VBD to/TO the/DT BBC/NNP 's/VBZ show/NN before/IN visiting/VBG Peru/NNP", []actor{{a: 4, b: 5, key: "organization:bbc", typ: Organization}, countryAt(9, "PER")}, 8, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if diff := cmp.Diff(tc.want, c.gerundTimeSubject(tc.v)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// nounTimeSubject alone: a meeting or visit named by a noun in a phrase
// of time after the main clause is the main clause's subject's.
func TestNounTimeSubject(t *testing.T) {
	talks := verbEntry{action: "meet", code: "040", target: []string{"with"}}
	attack := verbEntry{action: "attack", code: "190", target: []string{"on"}}
	for _, tc := range []struct {
		name, text string
		p          verbEntry
		v          int
		want       []string
	}{
		{"after talks", "Chile/NNP left/VBD Lima/NNP after/IN talks/NNS with/IN Peru/NNP", talks, 4, []string{"country:CHL"}},
		{"during a visit", "Chile/NNP spoke/VBD during/IN a/DT brief/JJ visit/NN to/TO Peru/NNP", verbEntry{action: "visit", code: "042", target: []string{"to"}}, 5, []string{"country:CHL"}},
		{"an attack may be another's", "Chile/NNP condemned/VBD Peru/NNP after/IN an/DT attack/NN on/IN Bolivia/NNP", attack, 5, nil},
		{"the noun is a clause's subject", "Chile/NNP left/VBD after/IN talks/NNS with/IN Peru/NNP failed/VBD", talks, 3, nil},
		{"a possessive owns the noun", "Chile/NNP left/VBD after/IN his/PRP$ talks/NNS with/IN Peru/NNP", talks, 4, nil},
		{"no opener", "Chile/NNP spoke/VBD of/IN talks/NNS with/IN Peru/NNP", talks, 3, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: []actor{countryAt(0, "CHL")}}
			if diff := cmp.Diff(tc.want, c.nounTimeSubject(tc.v, tc.p)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// pronounTimeSubject alone: "he" or "she" opening a clause of time after
// the main clause is its subject, when that is the one person it can be,
// or the one person the main clause names when its subject is no actor.
func TestPronounTimeSubject(t *testing.T) {
	tsang := personAt(0, 1, "tsang")
	for _, tc := range []struct {
		name, text string
		acts       []actor
		k          int
		want       []string
	}{
		{"he after a person", "Tsang/NNP spoke/VBD after/IN he/PRP met/VBD Birch/NNP", []actor{tsang, personAt(5, 6, "birch")}, 3, []string{"person:tsang"}},
		{"another person between", "Tsang/NNP criticised/VBD Kohl/NNP after/IN he/PRP met/VBD Birch/NNP", []actor{tsang, personAt(2, 3, "kohl"), personAt(6, 7, "birch")}, 4, nil},
		{"it is not a person's", "Chile/NNP struck/VBD Peru/NNP after/IN it/PRP killed/VBD Ruiz/NNP", []actor{countryAt(0, "CHL"), countryAt(2, "PER"), personAt(6, 7, "ruiz")}, 4, nil},
		{"he after a country", "Chile/NNP spoke/VBD after/IN he/PRP met/VBD Birch/NNP", []actor{countryAt(0, "CHL"), personAt(5, 6, "birch")}, 3, nil},
		{"no opener", "Tsang/NNP said/VBD he/PRP met/VBD Birch/NNP", []actor{tsang, personAt(4, 5, "birch")}, 2, nil},
		{"the one person of a main clause with no actor for subject", "the/DT road/NN was/VBD held/VBN by/IN Dostum/NNP since/IN he/PRP fought/VBD Rabbani/NNP", []actor{personAt(5, 6, "dostum"), personAt(9, 10, "rabbani")}, 7, []string{"person:dostum"}},
		{"two people in a main clause with no actor for subject", "the/DT road/NN was/VBD held/VBN by/IN Dostum/NNP and/CC Massoud/NNP since/IN he/PRP fought/VBD", []actor{personAt(5, 6, "dostum"), personAt(7, 8, "massoud")}, 9, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if diff := cmp.Diff(tc.want, c.pronounTimeSubject(tc.k)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
