package extract

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// pronounKeys alone, for a pronoun that opens a clause: the last
// sentence's subject, all of them for "they", the subject of the clause a
// coordinator joins it to, and in a clause that opens the sentence, the
// main clause's subject after it.
func TestPronounKeysOfClauses(t *testing.T) {
	chile := countryAt(0, "CHL")
	for _, tc := range []struct {
		name, text string
		acts       []actor
		before     actor
		beforeAll  []string
		k          int
		want       []string
	}{
		{"it opens the sentence", "It/PRP accused/VBD Peru/NNP", []actor{countryAt(2, "PER")}, countryAt(0, "BOL"), nil, 0, []string{"country:BOL"}},
		{"they stands for every subject", "They/PRP accused/VBD Peru/NNP", []actor{countryAt(2, "PER")}, countryAt(0, "BOL"), []string{"country:BOL", "country:CHL"}, 0, []string{"country:BOL", "country:CHL"}},
		{"it stands for one", "It/PRP accused/VBD Peru/NNP", []actor{countryAt(2, "PER")}, countryAt(0, "BOL"), []string{"country:BOL", "country:CHL"}, 0, []string{"country:BOL"}},
		{"after an adverb of place", "There/EX he/PRP met/VBD Peru/NNP", []actor{countryAt(3, "PER")}, personAt(0, 1, "ruiz"), nil, 1, []string{"person:ruiz"}},
		{"after a coordinator", "Chile/NNP protested/VBD ,/, and/CC it/PRP summoned/VBD Peru/NNP", []actor{chile, countryAt(6, "PER")}, actor{}, nil, 4, []string{"country:CHL"}},
		{"after a coordinator, a person's pronoun for a country", "Chile/NNP protested/VBD and/CC he/PRP summoned/VBD Peru/NNP", []actor{chile, countryAt(5, "PER")}, actor{}, nil, 3, nil},
		{"in the opening clause, the main clause's subject", "After/IN she/PRP met/VBD Peru/NNP ,/, Ruiz/NNP criticised/VBD Chile/NNP", []actor{countryAt(3, "PER"), personAt(5, 6, "ruiz"), countryAt(7, "CHL")}, actor{}, nil, 1, []string{"person:ruiz"}},
		{"in the opening clause, a subject of another kind", "After/IN she/PRP met/VBD Peru/NNP ,/, Chile/NNP criticised/VBD Ruiz/NNP", []actor{countryAt(3, "PER"), countryAt(5, "CHL"), personAt(7, 8, "ruiz")}, actor{}, nil, 1, nil},
		{"in the opening clause, a main clause with no actor first", "After/IN she/PRP met/VBD Peru/NNP ,/, talks/NNS with/IN Ruiz/NNP began/VBD", []actor{countryAt(3, "PER"), personAt(7, 8, "ruiz")}, actor{}, nil, 1, nil},
		{"after whom the speaker told", "Ruiz/NNP told/VBD reporters/NNS he/PRP had/VBD met/VBN Peru/NNP", []actor{personAt(0, 1, "ruiz"), countryAt(6, "PER")}, actor{}, nil, 3, []string{"person:ruiz"}},
		{"after a named listener and a day", "Ruiz/NNP told/VBD the/DT BBC/NNP on/IN Monday/NNP that/IN he/PRP met/VBD Peru/NNP", []actor{personAt(0, 1, "ruiz"), {a: 3, b: 4, key: "organization:bbc", typ: Organization, media: true}, countryAt(9, "PER")}, actor{}, nil, 7, []string{"person:ruiz"}},
		{"after a speech verb and a day's part", "Ruiz/NNP said/VBD Thursday/NNP night/NN it/PRP had/VBD attacked/VBN Peru/NNP", []actor{{a: 0, b: 1, key: "organization:ruiz", typ: Organization}, countryAt(7, "PER")}, actor{}, nil, 4, []string{"organization:ruiz"}},
		{"past where it was said", "Chile/NNP said/VBD in/IN a/DT statement/NN that/IN it/PRP had/VBD expelled/VBN Peru/NNP", []actor{chile, countryAt(9, "PER")}, actor{}, nil, 6, []string{"country:CHL"}},
		{"past where it was said, of a kind a noun names", "Ruiz/NNP said/VBD in/IN a/DT radio/NN interview/NN that/IN he/PRP had/VBD met/VBN Peru/NNP", []actor{personAt(0, 1, "ruiz"), countryAt(10, "PER")}, actor{}, nil, 7, []string{"person:ruiz"}},
		{"past where it was said, of a kind an acronym names", "Ruiz/NNP said/VBD in/IN a/DT TV/NNP address/NN that/IN he/PRP had/VBD met/VBN Peru/NNP", []actor{personAt(0, 1, "ruiz"), countryAt(10, "PER")}, actor{}, nil, 7, []string{"person:ruiz"}},
		{"past where it was said, a written one", "Chile/NNP said/VBD in/IN a/DT written/JJ statement/NN it/PRP had/VBD expelled/VBN Peru/NNP", []actor{chile, countryAt(9, "PER")}, actor{}, nil, 6, []string{"country:CHL"}},
		{"a clause's nouns after a speech verb are no listener", "Ruiz/NNP said/VBD the/DT talks/NNS he/PRP led/VBD with/IN Peru/NNP", []actor{personAt(0, 1, "ruiz"), countryAt(7, "PER")}, actor{}, nil, 4, nil},
		{"a clause of its own before the coordinator", "Chile/NNP said/VBD that/IN Peru/NNP left/VBD and/CC it/PRP returned/VBD", []actor{chile, countryAt(3, "PER")}, actor{}, nil, 6, []string{"country:PER"}},
		{"a reported clause with no actor for subject before the coordinator", "Chile/NNP said/VBD the/DT deal/NN was/VBD unfair/JJ ,/, and/CC it/PRP summoned/VBD Peru/NNP", []actor{chile, countryAt(10, "PER")}, actor{}, nil, 8, []string{"country:CHL"}},
		{"a clause with no actor for subject, reported by none", "Chile/NNP protested/VBD ,/, the/DT deal/NN was/VBD unfair/JJ ,/, and/CC it/PRP summoned/VBD Peru/NNP", []actor{chile, countryAt(11, "PER")}, actor{}, nil, 9, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts, before: tc.before, beforeAll: tc.beforeAll}
			if diff := cmp.Diff(tc.want, c.pronounKeys(tc.k)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// pronounKeys alone, for the pronouns that stand for a clause's subject:
// the subject of an opening subordinate clause, several subjects of a
// speech verb for a plural pronoun, and a coordinated clause's subject
// past an adverb.
func TestPronounStandsForSubject(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		k          int // the pronoun
		want       []string
	}{
		{"an opening clause's subject", "After/IN Chile/NNP struck/VBD the/DT camps/NNS ,/, it/PRP accused/VBD Peru/NNP", 6, []string{"country:CHL"}},
		{"when opens it too", "When/WRB Chile/NNP struck/VBD the/DT camps/NNS ,/, it/PRP accused/VBD Peru/NNP", 6, []string{"country:CHL"}},
		{"a phrase is no clause", "After/IN talks/NNS with/IN Chile/NNP ,/, it/PRP accused/VBD Peru/NNP", 5, nil},
		{"a person's pronoun for a state", "After/IN Chile/NNP struck/VBD the/DT camps/NNS ,/, he/PRP accused/VBD Peru/NNP", 6, nil},
		{"they for both subjects of a speech verb", "Chile/NNP and/CC Bolivia/NNP said/VBD they/PRP would/MD support/VB Peru/NNP", 4, []string{"country:CHL", "country:BOL"}},
		{"it for one of two is none", "Chile/NNP and/CC Bolivia/NNP said/VBD it/PRP would/MD support/VB Peru/NNP", 4, nil},
		{"a coordinated clause's subject past an adverb", "Chile/NNP struck/VBD the/DT camps/NNS and/CC then/RB it/PRP accused/VBD Peru/NNP", 6, []string{"country:CHL"}},
	} {
		toks := slashTagged(tc.text)
		c := &eventCtx{t: toks, acts: namedActors(toks)}
		if got := c.pronounKeys(tc.k); !cmp.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}

// A person's possessive before a state's noun, after a speech verb whose
// subject is an office, stands for the office's state: "Chile's president
// said his government would".
func TestOfficePossessive(t *testing.T) {
	toks := slashTagged("Chile/NNP 's/POS president/NN said/VBD his/PRP$ government/NN would/MD expel/VB Peru/NNP 's/POS ambassador/NN")
	c := &eventCtx{t: toks, acts: namedActors(toks), titles: map[string]bool{"president": true}}
	if got, want := c.subjectOf(7), []string{"country:CHL"}; !cmp.Equal(got, want) {
		t.Errorf("subject %v, want %v", got, want)
	}
}

// obligedListener alone: the one told what the pronoun's clause says it
// must do, and no one for a clause of what will be done or for two told.
func TestObligedListener(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Chile/NNP warned/VBD Peru/NNP that/IN it/PRP must/MD pay/VB", "country:PER"},
		{"Chile/NNP told/VBD Peru/NNP it/PRP had/VBD to/TO pay/VB", "country:PER"},
		{"Chile/NNP warned/VBD Peru/NNP it/PRP would/MD pay/VB", ""},
		{"Chile/NNP told/VBD Peru/NNP and/CC Bolivia/NNP it/PRP must/MD pay/VB", ""},
		{"Chile/NNP said/VBD it/PRP must/MD pay/VB", ""},
	} {
		toks := slashTagged(tc.text)
		k := slices.IndexFunc(toks, func(tok Token) bool { return tok.Text == "it" })
		c := &eventCtx{t: toks, acts: namedActors(toks)}
		got := ""
		if a := c.obligedListener(1, k); a >= 0 {
			got = c.acts[a].key
		}
		if got != tc.want {
			t.Errorf("%s: obligedListener = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// pronounKeys alone: "he" or "she" opening a sentence after one with no
// actor for subject is the one person that sentence names.
func TestPronounAfterSubjectlessSentence(t *testing.T) {
	for _, tc := range []struct {
		name          string
		persons       []string // the people the sentence before names
		beforePronoun bool     // the sentence before opens with "he" or "she"
		want          []string
	}{
		{"the one person named", []string{"person:soto"}, false, []string{"person:soto"}},
		{"two people: no one", []string{"person:soto", "person:lee"}, false, nil},
		{"the one of the pronoun's gender", []string{"person:soto", "person:ruiz"}, false, []string{"person:soto"}},
		{"a chain of sentences about one person", []string{"person:lee"}, true, nil},
		{"no one named", nil, false, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged("He/PRP expelled/VBD the/DT envoy/NN"), lastPersons: tc.persons, beforePronoun: tc.beforePronoun,
				genders: map[string]gender{"person:ruiz": female, "person:soto": male}}
			if diff := cmp.Diff(tc.want, c.pronounKeys(0)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// relativeHost alone: the main verb whose object a relative clause
// opened by a pronoun describes.
func TestRelativeHost(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		pron, want int
	}{
		{"a reduced relative", "Chile/NNP expelled/VBD two/CD diplomats/NNS it/PRP accused/VBD of/IN spying/VBG", 4, 1},
		{"after whom and a comma", "Chile/NNP arrested/VBD Soto/NNP ,/, whom/WP it/PRP accuses/VBZ of/IN spying/VBG", 5, 1},
		{"after that: what is said, no relative", "Peru/NNP said/VBD today/NN that/IN it/PRP had/VBD ordered/VBN", 4, -1},
		{"no verb after the pronoun", "Chile/NNP expelled/VBD the/DT diplomats/NNS it/PRP named/VBN", 4, -1},
		{"no main verb before", "The/DT report/NN it/PRP published/VBD accused/VBD Peru/NNP", 2, -1},
		{"a speech verb's noun opens what is said", "Ruiz/NNP said/VBD the/DT talks/NNS he/PRP led/VBD failed/VBD", 4, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks)}
			if got := c.relativeHost(tc.pron); got != tc.want {
				t.Errorf("relativeHost(%d) = %d, want %d", tc.pron, got, tc.want)
			}
		})
	}
}
