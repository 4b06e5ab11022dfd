package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// gapObject alone: the actor right after a verb, inside its phrase's
// optional words, is whom the act is for.
func TestGapObject(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		end        int
		want       []string
	}{
		{"before the phrase's noun", "EU/NNP offered/VBD Libya/NNP aid/NN", []actor{countryAt(2, "LBY")}, 4, []string{"country:LBY"}},
		{"past adjectives", "US/NNP gave/VBD Pakistan/NNP military/JJ aid/NN", []actor{countryAt(2, "PAK")}, 5, []string{"country:PAK"}},
		{"not after a word of the gap", "EU/NNP offered/VBD more/JJR Libya/NNP aid/NN", []actor{countryAt(3, "LBY")}, 5, nil},
		{"people of a nationality", "Peru/NNP declared/VBD two/CD Chilean/JJ diplomats/NNS persona/NN non/FW grata/FW", []actor{{a: 3, b: 4, key: "country:CHL", typ: Country, demonym: true}}, 7, []string{"country:CHL"}},
		{"an envoy of a nationality, the phrase's own noun", "Peru/NNP recalled/VBD the/DT Chilean/JJ ambassador/NN", []actor{{a: 3, b: 4, key: "country:CHL", typ: Country, demonym: true}}, 5, []string{"country:CHL"}},
		{"things of a nationality", "Peru/NNP declared/VBD two/CD Chilean/JJ ships/NNS persona/NN non/FW grata/FW", []actor{{a: 3, b: 4, key: "country:CHL", typ: Country, demonym: true}}, 7, nil},
		{"not the phrase's own last word", "EU/NNP offered/VBD Libya/NNP", []actor{countryAt(2, "LBY")}, 3, nil},
		{"after an article", "MUZ/NNP took/VBD the/DT government/NN to/TO court/NN", []actor{countryAt(3, "ZMB")}, 6, []string{"country:ZMB"}},
		{"after an article, before the phrase's last word", "Peru/NNP held/VBD the/DT IMF/NNP responsible/JJ", []actor{{a: 3, b: 4, key: "organization:imf", typ: Organization}}, 5, []string{"organization:imf"}},
		{"not one a noun after it describes", "Peru/NNP ordered/VBD the/DT UN/NNP staff/NN to/TO leave/VB", []actor{{a: 3, b: 4, key: "organization:un", typ: Organization}}, 7, nil},
		{"but one whose the phrase's own noun is", "Peru/NNP cancelled/VBD the/DT Meridian/NNP contract/NN", []actor{{a: 3, b: 4, key: "organization:meridian", typ: Organization}}, 5, []string{"organization:meridian"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if diff := cmp.Diff(tc.want, c.gapObject(1, tc.end)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// gapObject alone, for a party's possessive before the territory an act
// enters: another party's, never the agent's.
func TestGapTerritory(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		acts       []actor
		v, end     int
		want       []string
	}{
		{"the speaker's territory", "Peru/NNP said/VBD Chile/NNP had/VBD violated/VBN its/PRP$ airspace/NN", []actor{countryAt(0, "PER"), countryAt(2, "CHL")}, 4, 7, []string{"country:PER"}},
		{"no other party before it", "Chile/NNP violated/VBD its/PRP$ airspace/NN", []actor{countryAt(0, "CHL")}, 1, 4, nil},
		{"no territory", "Peru/NNP said/VBD Chile/NNP had/VBD given/VBN its/PRP$ troops/NNS aid/NN", []actor{countryAt(0, "PER"), countryAt(2, "CHL")}, 4, 8, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts, idx: x.idx}
			if diff := cmp.Diff(tc.want, c.gapObject(tc.v, tc.end)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// objectAfter alone, for a name in apposition to the object.
func TestObjectApposition(t *testing.T) {
	farc := actor{a: 8, b: 9, key: "organization:farc", typ: Organization}
	for _, tc := range []struct {
		name, text string
		acts       []actor
		want       []string
	}{
		{"a name closing the sentence", "deal/NN with/IN the/DT largest/JJS rebel/NN group/NN ,/, the/DT Farc/NNP ./.", []actor{farc}, []string{"organization:farc"}},
		{"a name that opens a clause", "separatists/NNS in/IN the/DT east/NN ,/, Amnesty/NNP said/VBD", []actor{{a: 5, b: 6, key: "organization:amnesty", typ: Organization}}, nil},
		{"a name past its rank", "memorandum/NN with/IN the/DT island/NN 's/POS interior/JJ minister/NN ,/, Sheikh/NNP Rashid/NNP ./.", []actor{{a: 9, b: 10, key: "person:rashid", typ: Person}}, []string{"person:rashid"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts, titles: map[string]bool{"sheikh": true, "minister": true}}
			if diff := cmp.Diff(tc.want, c.objectAfter(1, 9)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// verbAfterNames alone: names and nouns that run into a verb are its
// subject.
func TestVerbAfterNames(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		k          int
		want       bool
	}{
		{"a subject", "counterpart/NN ,/, Greek/JJ Foreign/NNP Minister/NNP Dendias/NNP warned/VBD Turkey/NNP", 2, true},
		{"an apposition closed by a comma", "counterpart/NN ,/, Dendias/NNP ,/, in/IN Ankara/NNP", 2, false},
		{"an apposition at the end", "counterpart/NN ,/, Dendias/NNP ./.", 2, false},
		{"an apposition before a preposition", "counterpart/NN ,/, Dendias/NNP in/IN Ankara/NNP said/VBD", 2, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text)}
			if got := c.verbAfterNames(tc.k); got != tc.want {
				t.Errorf("verbAfterNames = %v, want %v", got, tc.want)
			}
		})
	}
}

// head alone: from an actor that only modifies a phrase to the actor the
// phrase names.
func TestHead(t *testing.T) {
	titles := map[string]bool{"envoy": true, "minister": true, "president": true}
	us := actor{a: 1, b: 2, key: "country:USA", typ: Country}
	for _, tc := range []struct {
		name, text string
		acts       []actor
		want       string
	}{
		{"a country before a title and its holder", "the/DT US/NNP envoy/NN Steve/NNP Witkoff/NNP", []actor{us, personAt(3, 5, "witkoff")}, "person:witkoff"},
		{"a country before a title and its holder in commas", "the/DT US/NNP envoy/NN ,/, Steve/NNP Witkoff/NNP ,/, said/VBD", []actor{us, personAt(4, 6, "witkoff")}, "person:witkoff"},
		{"a holder whose name holds a word tagged as a verb", "the/DT US/NNP envoy/NN ,/, Salman/NNP bin/VBZ Hamad/NNP ,/, in/IN Riyadh/NNP", []actor{us, personAt(4, 7, "salman-bin-hamad")}, "person:salman-bin-hamad"},
		{"the name after the comma is the next clause's subject", "the/DT US/NNP envoy/NN ,/, Steve/NNP Witkoff/NNP said/VBD", []actor{us, personAt(4, 6, "witkoff")}, "country:USA"},
		{"no title, no holder", "the/DT US/NNP government/NN ,/, Ana/NNP Ruiz/NNP ,/, said/VBD", []actor{us, personAt(4, 6, "ruiz")}, "country:USA"},
		{"a clause after the actor is no title of the next", "the/DT BBC/NNP that/WDT Ana/NNP Ruiz/NNP had/VBD resigned/VBN", []actor{{a: 1, b: 2, key: "organization:bbc", typ: Organization}, personAt(3, 5, "ruiz")}, "organization:bbc"},
		{"a person is no modifier of the next in a list", "with/IN Ruiz/NNP ,/, Foreign/NNP Minister/NNP Lee/NNP and/CC others/NNS", []actor{personAt(1, 2, "ruiz"), personAt(5, 6, "lee")}, "person:ruiz"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts, titles: titles}
			if got := c.acts[c.head(0)].key; got != tc.want {
				t.Errorf("head = %s, want %s", got, tc.want)
			}
		})
	}
}

// ownState alone: the state or body whose office an agent holds.
func TestOwnState(t *testing.T) {
	c := &eventCtx{offices: map[string][]string{"person:ruiz": {"country:CHL|president"}}}
	for _, tc := range []struct {
		name   string
		agents []string
		key    string
		want   bool
	}{
		{"the agent's office's state", []string{"person:ruiz"}, "country:CHL", true},
		{"another state", []string{"person:ruiz"}, "country:PER", false},
		{"an agent with no office", []string{"person:lee"}, "country:CHL", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := c.ownState(tc.agents, tc.key); got != tc.want {
				t.Errorf("ownState = %v, want %v", got, tc.want)
			}
		})
	}
}

// objectAfter alone: the actors a verb's object names, and none where the
// words after it open a clause of their own.
func TestObjectAfter(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a name", "Peru/NNP and/CC Bolivia/NNP", []string{"country:PER", "country:BOL"}},
		{"a second noun phrase whose verb follows", "reporters/NNS the/DT head/NN of/IN Peru/NNP had/VBD tried/VBN", nil},
		{"a second noun phrase with no verb", "reporters/NNS the/DT envoy/NN of/IN Peru/NNP ./.", []string{"country:PER"}},
		{"a group's members", "a/DT group/NN of/IN banks/NNS including/VBG Peru/NNP", []string{"country:PER"}},
		{"a phrase of why after a noun", "six/CD people/NNS over/IN attacks/NNS against/IN Peru/NNP", nil},
		{"a phrase of what about after a noun", "officials/NNS about/IN Peru/NNP", nil},
		{"a thing from a state", "a/DT gas/NN pipeline/NN from/IN Peru/NNP", nil},
		{"a request from a state", "a/DT request/NN from/IN Peru/NNP", []string{"country:PER"}},
		{"what is asked of a state", "clarification/NN from/IN Peru/NNP", []string{"country:PER"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks)}
			if diff := cmp.Diff(tc.want, c.objectAfter(0, 8)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// objectBeforePrep alone: the first actor after a verb is its object only
// when no preposition but "of" comes first.
func TestObjectBeforePrep(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		end        int
		want       bool
	}{
		{"the object", "told/VBD Chile/NNP that/IN", []actor{countryAt(1, "CHL")}, 1, true},
		{"past a determiner and a title", "told/VBD the/DT minister/NN of/IN Chile/NNP", []actor{countryAt(4, "CHL")}, 1, true},
		{"after a preposition", "told/VBD reporters/NNS in/IN Chile/NNP", []actor{countryAt(3, "CHL")}, 1, false},
		{"after a preposition tagged as an adjective", "told/VBD reporters/NNS outside/JJ parliament/NN", []actor{countryAt(3, "CHL")}, 1, false},
		{"no actor", "told/VBD reporters/NNS ./.", nil, 1, false},
		{"an object pronoun", "told/VBD him/PRP that/IN Chile/NNP would/MD act/VB", []actor{countryAt(3, "CHL")}, 1, true},
		{"a subject pronoun after the object", "told/VBD reporters/NNS it/PRP would/MD act/VB", nil, 1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if got := c.objectBeforePrep(tc.end); got != tc.want {
				t.Errorf("objectBeforePrep(%d) = %v, want %v", tc.end, got, tc.want)
			}
		})
	}
}

// pastMannerPhrase alone: a preposition and a bare noun before an
// infinitive are skipped, nothing else is.
func TestPastMannerPhrase(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		end, want  int
	}{
		{"in principle", "Chile/NNP agreed/VBD in/IN principle/NN to/TO lend/VB Peru/NNP money/NN", 2, 4},
		{"no phrase", "Chile/NNP agreed/VBD to/TO lend/VB Peru/NNP money/NN", 2, 2},
		{"a phrase with its article", "Chile/NNP agreed/VBD in/IN the/DT end/NN to/TO lend/VB Peru/NNP money/NN", 2, 2},
		{"no infinitive after it", "Chile/NNP agreed/VBD in/IN principle/NN with/IN Peru/NNP", 2, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text)}
			if got := c.pastMannerPhrase(tc.end); got != tc.want {
				t.Errorf("pastMannerPhrase(%d) = %d, want %d", tc.end, got, tc.want)
			}
		})
	}
}

// coordinated alone: each party of a list that is a nationality before an
// office one person holds is that person.
func TestCoordinatedHolders(t *testing.T) {
	peruvian := actor{a: 4, b: 5, key: "country:PER", typ: Country, demonym: true}
	holders := map[string]string{"country:PER|president": "person:ruiz"}
	for _, tc := range []struct {
		name, text string
		holders    map[string]string
		want       []string
	}{
		{"the office's holder", "talks/NNS between/IN Chile/NNP and/CC Peruvian/JJ president/NN", holders, []string{"country:CHL", "person:ruiz"}},
		{"no holder: the country", "talks/NNS between/IN Chile/NNP and/CC Peruvian/JJ president/NN", nil, []string{"country:CHL", "country:PER"}},
		{"another office: the country", "talks/NNS between/IN Chile/NNP and/CC Peruvian/JJ farmers/NNS", holders, []string{"country:CHL", "country:PER"}},
		{"a title of two words, by its last", "talks/NNS between/IN Chile/NNP and/CC Peruvian/JJ prime/JJ minister/NN", map[string]string{"country:PER|minister": "person:ruiz"}, []string{"country:CHL", "person:ruiz"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: []actor{countryAt(2, "CHL"), peruvian}, holders: tc.holders, titles: map[string]bool{"president": true, "minister": true}}
			if diff := cmp.Diff(tc.want, c.coordinated(0, 1)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// coordinated alone, to the left: a party joined by "and" past the title
// phrase before a name (a nationality, a title in any case, adjectives and
// nouns), unless it is an object or the phrase before "and" is a title of
// its own.
func TestCoordinatedPastTitle(t *testing.T) {
	titles := map[string]bool{"leader": true, "president": true, "chief": true, "commander": true}
	sharon, abbas := personAt(0, 2, "sharon"), personAt(5, 7, "abbas")
	soto, ruiz := personAt(0, 2, "jorge-soto"), personAt(5, 7, "ana-ruiz")
	palestinian := actor{a: 3, b: 4, key: "country:PSE", typ: Country, demonym: true}
	for _, tc := range []struct {
		name, text string
		acts       []actor
		a          int
		want       []string
	}{
		{"a nationality and a title in lower case", "Ariel/NNP Sharon/NNP and/CC Palestinian/JJ leader/NN Mahmoud/NNP Abbas/NNP agreed/VBD",
			[]actor{sharon, palestinian, abbas}, 2, []string{"person:abbas", "person:sharon"}},
		{"a title in lower case with no nationality", "Ariel/NNP Sharon/NNP and/CC the/DT leader/NN Mahmoud/NNP Abbas/NNP agreed/VBD",
			[]actor{sharon, abbas}, 1, []string{"person:abbas"}},
		{"a counterpart after a possessive pronoun", "Ariel/NNP Sharon/NNP and/CC his/PRP$ Palestinian/JJ counterpart/NN Mahmoud/NNP Abbas/NNP agreed/VBD",
			[]actor{sharon, {a: 4, b: 5, key: "country:PSE", typ: Country, demonym: true}, personAt(6, 8, "abbas")}, 2, []string{"person:abbas", "person:sharon"}},
		{"a name in apposition to a counterpart", "Ariel/NNP Sharon/NNP and/CC his/PRP$ Palestinian/JJ counterpart/NN ,/, Mahmoud/NNP Abbas/NNP ,/, agreed/VBD",
			[]actor{sharon, {a: 4, b: 5, key: "country:PSE", typ: Country, demonym: true}, personAt(7, 9, "abbas")}, 2, []string{"person:abbas", "person:sharon"}},
		{"a name in apposition to a title with adjectives", "Ariel/NNP Sharon/NNP and/CC the/DT Palestinian/JJ foreign/JJ president/NN ,/, Mahmoud/NNP Abbas/NNP ,/, agreed/VBD",
			[]actor{sharon, {a: 4, b: 5, key: "country:PSE", typ: Country, demonym: true}, personAt(8, 10, "abbas")}, 2, []string{"person:abbas", "person:sharon"}},
		{"a comma after a noun of no title joins nothing", "Ariel/NNP Sharon/NNP and/CC the/DT crowd/NN ,/, Mahmoud/NNP Abbas/NNP ,/, agreed/VBD",
			[]actor{sharon, personAt(6, 8, "abbas")}, 1, []string{"person:abbas"}},
		{"a nationality and a title", "Jorge/NNP Soto/NNP and/CC Peruvian/JJ President/NNP Ana/NNP Ruiz/NNP signed/VBD",
			[]actor{soto, {a: 3, b: 4, key: "country:PER", typ: Country, demonym: true}, ruiz}, 2, []string{"person:ana-ruiz", "person:jorge-soto"}},
		{"a title in lower case after a noun", "Jorge/NNP Soto/NNP and/CC rebel/NN chief/NN Ana/NNP Ruiz/NNP signed/VBD",
			[]actor{soto, ruiz}, 1, []string{"person:ana-ruiz", "person:jorge-soto"}},
		{"a capitalised word before the phrase", "Jorge/NNP Soto/NNP and/CC Chechen/NNP rebel/NN leader/NN Ana/NNP Ruiz/NNP signed/VBD",
			[]actor{soto, personAt(6, 8, "ana-ruiz")}, 1, []string{"person:ana-ruiz", "person:jorge-soto"}},
		{"two titles of one person", "Party/NN leader/NN and/CC former/JJ president/NN Ana/NNP Ruiz/NNP signed/VBD",
			[]actor{ruiz}, 0, []string{"person:ana-ruiz"}},
		{"an object before and", "Peru/NNP met/VBD Chile/NNP and/CC Bolivian/JJ President/NNP Ana/NNP Ruiz/NNP criticised/VBD",
			[]actor{countryAt(0, "PER"), countryAt(2, "CHL"), {a: 4, b: 5, key: "country:BOL", typ: Country, demonym: true}, personAt(6, 8, "ana-ruiz")}, 3, []string{"person:ana-ruiz"}},
		{"a phrase too long", "Jorge/NNP Soto/NNP and/CC the/DT old/JJ and/CC tired/JJ rebel/NN army/NN chief/NN Ana/NNP Ruiz/NNP signed/VBD",
			[]actor{soto, personAt(10, 12, "ana-ruiz")}, 1, []string{"person:ana-ruiz"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts, titles: titles}
			if diff := cmp.Diff(tc.want, c.coordinated(tc.a, -1)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// coordinated alone, to the left: a pronoun before "and" that opens the
// list stands for the one it refers to ("said he and Maskhadov"), and for
// no one when it refers to no one.
func TestCoordinatedPronoun(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		a          int
		want       []string
	}{
		{"the speaker before the pronoun", "Ana/NNP Ruiz/NNP said/VBD she/PRP and/CC Soto/NNP agreed/VBD",
			[]actor{personAt(0, 2, "ana-ruiz"), personAt(5, 6, "soto")}, 1, []string{"person:soto", "person:ana-ruiz"}},
		{"a pronoun for no one", "She/PRP and/CC Soto/NNP agreed/VBD",
			[]actor{personAt(2, 3, "soto")}, 0, []string{"person:soto"}},
		{"a pronoun of the wrong kind", "Chile/NNP said/VBD he/PRP and/CC Soto/NNP agreed/VBD",
			[]actor{countryAt(0, "CHL"), personAt(4, 5, "soto")}, 1, []string{"person:soto"}},
		{"an object pronoun is no subject", "Chile/NNP told/VBD him/PRP and/CC Soto/NNP",
			[]actor{countryAt(0, "CHL"), personAt(4, 5, "soto")}, 1, []string{"person:soto"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if diff := cmp.Diff(tc.want, c.coordinated(tc.a, -1)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// nameListEnd alone: the token after a list of names joined by commas and
// one "and" before the last.
func TestNameListEnd(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		want       int
	}{
		{"two names", "Ana/NNP Ruiz/NNP and/CC Jorge/NNP Soto/NNP ./.", []actor{personAt(0, 2, "ana-ruiz"), personAt(3, 5, "jorge-soto")}, 5},
		{"three names", "Chile/NNP ,/, Peru/NNP and/CC Bolivia/NNP said/VBD", []actor{countryAt(0, "CHL"), countryAt(2, "PER"), countryAt(4, "BOL")}, 5},
		{"a comma before and", "Chile/NNP ,/, Peru/NNP ,/, and/CC Bolivia/NNP", []actor{countryAt(0, "CHL"), countryAt(2, "PER"), countryAt(5, "BOL")}, 6},
		{"one name", "Chile/NNP ,/, on/IN Monday/NNP", []actor{countryAt(0, "CHL")}, 1},
		{"no name after and", "Chile/NNP and/CC the/DT rebels/NNS", []actor{countryAt(0, "CHL")}, 1},
		{"a list ends at its and", "Chile/NNP and/CC Peru/NNP and/CC Bolivia/NNP", []actor{countryAt(0, "CHL"), countryAt(2, "PER"), countryAt(4, "BOL")}, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if got := c.nameListEnd(0); got != tc.want {
				t.Errorf("nameListEnd = %d, want %d", got, tc.want)
			}
		})
	}
}

// namedMembers alone: the actors a member word names after the comma that
// closes a plural object.
func TestNamedMembers(t *testing.T) {
	chl, per := countryAt(5, "CHL"), countryAt(7, "PER")
	for _, tc := range []struct {
		name, text string
		acts       []actor
		want       []string
	}{
		{"including a list", "funded/VBD aid/NN groups/NNS ,/, including/VBG Chile/NNP and/CC Peru/NNP", []actor{chl, per}, []string{"country:CHL", "country:PER"}},
		{"such as", "funded/VBD aid/NN groups/NNS ,/, such/JJ as/IN Chile/NNP", []actor{{a: 6, b: 7, key: "country:CHL", typ: Country}}, []string{"country:CHL"}},
		{"not after a singular noun", "funded/VBD the/DT group/NN ,/, including/VBG Chile/NNP", []actor{chl}, nil},
		{"not a nationality", "funded/VBD aid/NN groups/NNS ,/, including/VBG Chilean/JJ ones/NNS", []actor{{a: 5, b: 6, key: "country:CHL", typ: Country, demonym: true}}, nil},
		{"no member word", "funded/VBD aid/NN groups/NNS ,/, Chile/NNP said/VBD", []actor{countryAt(4, "CHL")}, nil},
		{"a member named after its owner", "charged/VBD 16/CD people/NNS ,/, including/VBG Chile/NNP 's/POS former/JJ envoy/NN Ana/NNP Ruiz/NNP", []actor{chl, personAt(9, 11, "ana-ruiz")}, []string{"person:ana-ruiz"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if diff := cmp.Diff(tc.want, c.namedMembers(4)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// peopleNounAt alone: people named by what they do, not a state's body,
// a title or an act.
func TestPeopleNounAt(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		text string
		k    int
		want bool
	}{
		{"labourers/NNS from/IN Peru/NNP", 0, true},
		{"troops/NNS from/IN Peru/NNP", 0, false},
		{"ministers/NNS from/IN Peru/NNP", 0, false},
		{"attacks/NNS from/IN Peru/NNP", 0, false},
		{"worker/NN from/IN Peru/NNP", 0, false},
	} {
		toks := slashTagged(tc.text)
		c := &eventCtx{t: toks, acts: namedActors(toks), titles: x.idx.titleHeads, titleEntries: x.idx.titles}
		if got := c.peopleNounAt(tc.k); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// prepClaimant alone: a pattern's preposition before a claim names whom
// the act answers, its author.
func TestPrepClaimant(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"demands from a party", "conceded/VBD to/TO demands/NNS from/IN Peru/NNP", []string{"country:PER"}},
		{"past words before the preposition", "conceded/VBD at/IN last/JJ to/TO demands/NNS from/IN Peru/NNP", []string{"country:PER"}},
		{"the party's own demands", "bowed/VBD to/TO Peru/NNP 's/POS demands/NNS", []string{"country:PER"}},
		{"no claim", "bowed/VBD to/TO the/DT crowd/NN from/IN Peru/NNP", nil},
		{"another preposition", "conceded/VBD on/IN demands/NNS from/IN Peru/NNP", nil},
		{"past a verb", "conceded/VBD and/CC said/VBD to/TO demands/NNS from/IN Peru/NNP", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks)}
			if diff := cmp.Diff(tc.want, c.prepClaimant(1, []string{"to"})); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// missionState alone: a state's embassy or consulate stands for the state.
func TestMissionState(t *testing.T) {
	embassy := actor{a: 1, b: 3, key: "location:peruvian-embassy", typ: Location, country: "PER"}
	for _, tc := range []struct {
		name, text string
		place      actor
		want       string
	}{
		{"the embassy", "the/DT Peruvian/JJ embassy/NN", embassy, "country:PER"},
		{"a consulate", "a/DT Peruvian/JJ consulate/NN", actor{a: 1, b: 3, key: "location:peruvian-consulate", typ: Location, country: "PER"}, "country:PER"},
		{"a place of no mission", "the/DT Lima/NNP airport/NN", actor{a: 1, b: 3, key: "location:lima-airport", typ: Location, country: "PER"}, ""},
		{"a mission of no known state", "the/DT Mars/NNP embassy/NN", actor{a: 1, b: 3, key: "location:mars-embassy", typ: Location}, ""},
		{"not where the words start", "near/IN the/DT Peruvian/JJ embassy/NN", actor{a: 2, b: 4, key: "location:peruvian-embassy", typ: Location, country: "PER"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), places: []actor{tc.place}}
			if got := c.missionState(0); got != tc.want {
				t.Errorf("missionState = %q, want %q", got, tc.want)
			}
		})
	}
}

// targetBySpec alone: a verb after the verb is no object, and a phrase of
// why after a noun holds no prepositional target.
func TestTargetBySpecStops(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		spec       []string
		want       []string
	}{
		{"an object", "Peru/NNP", []string{"obj"}, []string{"country:PER"}},
		{"a verb after the verb", "shoot/VB down/RP Peruvian/JJ Peru/NNP", []string{"obj"}, nil},
		{"a preposition's object", "sanctions/NNS on/IN Peru/NNP", []string{"on"}, []string{"country:PER"}},
		{"a preposition after a phrase of why", "sanctions/NNS on/IN six/CD people/NNS over/IN attacks/NNS against/IN Peru/NNP", []string{"on", "against"}, nil},
		{"past a participle of the object", "a/DT former/JJ army/NN general/NN wanted/VBD for/IN war/NN crimes/NNS to/TO Peru/NNP", []string{"to"}, []string{"country:PER"}},
		{"but not past a verb of its own", "a/DT general/NN who/WP fled/VBD to/TO Peru/NNP", []string{"to"}, nil},
		{"a preposition opens no object", "for/IN Peru/NNP", []string{"obj"}, nil},
		{"names set off by a dash after a plural", "two/CD Andean/JJ states/NNS -/: Peru/NNP and/CC Bolivia/NNP ./.", []string{"obj"}, []string{"country:PER", "country:BOL"}},
		{"past an article", "the/DT states/NNS -/: the/DT Peru/NNP and/CC Bolivia/NNP -/: on/IN Monday/NNP", []string{"obj"}, []string{"country:PER", "country:BOL"}},
		{"but a dash after a singular ends the object", "the/DT deal/NN -/: Peru/NNP said/VBD", []string{"obj"}, nil},
		{"but a number's does", "over/IN 260/CD members/NNS of/IN Peru/NNP", []string{"obj"}, []string{"country:PER"}},
		{"and a phrase of as before the object", "as/IN a/DT crime/NN Peru/NNP 's/POS attack/NN", []string{"obj"}, []string{"country:PER"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks)}
			if diff := cmp.Diff(tc.want, c.targetBySpec(0, tc.spec)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// namedAfter alone: a naming participle after a nationality's noun names
// the actor after it.
func TestNamedAfter(t *testing.T) {
	bear := actor{a: 5, b: 7, key: "organization:laundry-bear", typ: Organization}
	for _, tc := range []struct {
		name, text string
		acts       []actor
		want       int
	}{
		{"called", "a/DT Russian/JJ group/NN called/VBN Laundry/NNP Bear/NNP", []actor{{a: 1, b: 2, key: "country:RUS", typ: Country, demonym: true}, {a: 4, b: 6, key: bear.key, typ: Organization}}, 1},
		{"known as", "a/DT Russian/JJ group/NN known/VBN as/IN Laundry/NNP Bear/NNP", []actor{{a: 1, b: 2, key: "country:RUS", typ: Country, demonym: true}, bear}, 1},
		{"no name after it", "a/DT Russian/JJ group/NN called/VBN for/IN talks/NNS", []actor{{a: 1, b: 2, key: "country:RUS", typ: Country, demonym: true}}, -1},
		{"no noun between", "a/DT Russian/JJ called/VBN Laundry/NNP Bear/NNP", []actor{{a: 1, b: 2, key: "country:RUS", typ: Country, demonym: true}, {a: 3, b: 5, key: bear.key, typ: Organization}}, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if got := c.namedAfter(2); got != tc.want {
				t.Errorf("namedAfter = %d, want %d", got, tc.want)
			}
		})
	}
}

// opensClause alone: an actor, with nouns after it and a relative clause
// in commas, before a finite verb is that verb's subject.
func TestOpensClause(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"a finite verb after it", "told/VBD reporters/NNS Chile/NNP had/VBD attacked/VBN", true},
		{"nouns after it", "told/VBD reporters/NNS Chile/NNP border/NN guards/NNS fired/VBD", true},
		{"past a relative clause", "told/VBD reporters/NNS Chile/NNP ,/, which/WDT borders/VBZ Peru/NNP ,/, had/VBD attacked/VBN", true},
		{"an object", "told/VBD Chile/NNP about/IN the/DT plan/NN", false},
		{"a relative clause with no verb after it", "met/VBD Chile/NNP ,/, which/WDT borders/VBZ Peru/NNP ,/, on/IN Monday/NNP", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			k := 0
			for toks[k].Text != "Chile" {
				k++
			}
			c := &eventCtx{t: toks, acts: []actor{countryAt(k, "CHL")}}
			if got := c.opensClause(0); got != tc.want {
				t.Errorf("opensClause = %v, want %v", got, tc.want)
			}
		})
	}
}

// originAt alone: a participle after goods that says where they come from.
func TestOriginAt(t *testing.T) {
	for _, tc := range []struct {
		text string
		k    int
		want bool
	}{
		{"on/IN steel/NN imported/VBN from/IN Chile/NNP", 2, true},
		{"on/IN beef/NN produced/VBN in/IN Chile/NNP", 2, true},
		{"on/IN steel/NN sold/VBN to/TO Chile/NNP", 2, false},
		{"Peru/NNP imported/VBD from/IN Chile/NNP", 1, false},
		{"the/DT imported/VBN from/IN Chile/NNP", 1, false},
	} {
		if got := originAt(slashTagged(tc.text), tc.k); got != tc.want {
			t.Errorf("%s (%d): %v, want %v", tc.text, tc.k, got, tc.want)
		}
	}
}

// claimant alone: the author of a claim or act the object names, and none
// when the word that could name one is a verb.
func TestClaimant(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a claim's author", "the/DT allegations/NNS by/IN Peru/NNP", []string{"country:PER"}},
		{"an act's author", "the/DT talks/NNS from/IN Peru/NNP", []string{"country:PER"}},
		{"an owner's claim", "Peru/NNP 's/POS proposal/NN", []string{"country:PER"}},
		{"a person's claims, past an honorific", "Ms/NNP Ruiz/NNP 's/POS claims/NNS", []string{"person:ruiz"}},
		{"an act's author past a participle before it", "a/DT planned/VBN attack/NN by/IN Peru/NNP", []string{"country:PER"}},
		{"a verb spelled as an event noun", "talk/VB about/IN a/DT pipeline/NN from/IN Peru/NNP", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks)}
			if diff := cmp.Diff(tc.want, c.claimant(0)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// infinitiveTarget alone: the party an infinitive's own pattern names by
// its prepositions, and none for a verb the lexicon does not know or a
// preposition its pattern does not name.
func TestInfinitiveTarget(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"the verb's own preposition", "to/TO buy/VB gas/NN from/IN Peru/NNP", []string{"country:PER"}},
		{"a preposition the verb's pattern does not name", "to/TO discuss/VB a/DT pipeline/NN from/IN Peru/NNP", nil},
		{"a verb the lexicon does not know", "to/TO study/VB a/DT pipeline/NN from/IN Peru/NNP", nil},
		{"no infinitive", "the/DT buy/NN from/IN Peru/NNP", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks), idx: x.idx}
			if diff := cmp.Diff(tc.want, c.infinitiveTarget(1)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// capitalTitleOpens alone: a word in capitals that opens a title of two
// words before a name.
func TestCapitalTitleOpens(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Prime/NNP Minister/NNP Jorge/NNP Soto/NNP", true},
		{"Foreign/NNP Minister/NNP Jorge/NNP Soto/NNP", true},
		{"prime/JJ minister/NN Jorge/NNP Soto/NNP", false},
		{"Jorge/NNP Soto/NNP", false},
	} {
		c := &eventCtx{t: slashTagged(tc.text), titleEntries: x.idx.titles}
		if got := c.capitalTitleOpens(0); got != tc.want {
			t.Errorf("%s: capitalTitleOpens = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// coordinated alone, rightwards: a list goes on past an additive link that
// repeats its preposition, and a list of commas ends with an "and" that
// joins no party.
func TestCoordinatedObjects(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"the preposition again after as well as", "granted/VBD blocks/NNS to/TO Chile/NNP ,/, as/RB well/RB as/IN to/TO Peru/NNP ./.",
			[]string{"country:CHL", "country:PER"}},
		{"a list ended by an and before no party", "granted/VBD blocks/NNS to/TO Chile/NNP ,/, Peru/NNP ,/, Bolivia/NNP and/CC a/DT firm/NN ./.",
			[]string{"country:CHL", "country:PER", "country:BOL"}},
		{"past a title in capitals with its connector", "will/MD meet/VB Chile/NNP ,/, Peru/NNP and/CC Minister/NNP of/IN Finance/NNP Ruiz/NNP ./.",
			[]string{"country:CHL", "country:PER", "person:ruiz"}},
		{"a title's field is no party", "met/VBD Chile/NNP and/CC Minister/NNP of/IN Defence/NNP and/CC Peru/NNP Ruiz/NNP ./.",
			[]string{"country:CHL"}},
		{"commas alone make no list", "attacked/VBD Chile/NNP ,/, Peru/NNP said/VBD ./.",
			[]string{"country:CHL"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			acts := namedActors(toks)
			c := &eventCtx{t: toks, acts: acts, titles: map[string]bool{"minister": true}}
			if diff := cmp.Diff(tc.want, c.coordinated(0, 1)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// prepBefore alone: the preposition among the six tokens before.
func TestPrepBefore(t *testing.T) {
	toks := slashTagged("granted/VBD blocks/NNS to/TO Chile/NNP and/CC Peru/NNP ,/,")
	if !prepBefore(toks, 6, "to") || prepBefore(toks, 6, "with") || prepBefore(toks, 2, "to") {
		t.Error("prepBefore finds the wrong preposition")
	}
}

// head alone, for a title's owner named after "of": the phrase names the
// person after the owner, who holds the title; with no person after it,
// the owner stays.
func TestHeadPastTitleOwner(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       string
	}{
		{"title of owner person", "met/VBD Foreign/NNP Minister/NNP of/IN Peru/NNP Ruiz/NNP in/IN Lima/NNP", "person:ruiz"},
		{"no person after the owner", "met/VBD the/DT president/NN of/IN Peru/NNP on/IN Monday/NNP", "country:PER"},
		{"no title before of", "met/VBD the/DT people/NNS of/IN Peru/NNP Ruiz/NNP", "country:PER"},
		{"the owner opens the phrase", "met/VBD Peru/NNP Ruiz/NNP", "country:PER"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks), titles: map[string]bool{"minister": true, "president": true}}
			a := -1
			for k, x := range c.acts {
				if x.typ == Country {
					a = k
				}
			}
			if got := c.acts[c.head(a)].key; got != tc.want {
				t.Errorf("head %s, want %s", got, tc.want)
			}
		})
	}
}

// head alone, for a possessor before a name that only describes what the
// possessor seeks ("Peru's NATO bid"): the possessor, whose claim it is;
// before the name of what it owns ("Peru's Congress"), the name.
func TestHeadOfPossessedClaim(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       string
	}{
		{"a bid", "backed/VBD Peru/NNP 's/POS NATO/NNP bid/NN", "country:PER"},
		{"a membership", "blocked/VBD Peru/NNP 's/POS NATO/NNP membership/NN", "country:PER"},
		{"what the possessor owns", "criticised/VBD Peru/NNP 's/POS NATO/NNP envoys/NNS", "organization:nato"},
		{"the name alone", "criticised/VBD Peru/NNP 's/POS NATO/NNP", "organization:nato"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: []actor{countryAt(1, "PER"), {a: 3, b: 4, key: "organization:nato", typ: Organization}}}
			if got := c.acts[c.head(0)].key; got != tc.want {
				t.Errorf("head %s, want %s", got, tc.want)
			}
		})
	}
}

// head alone, for a nationality and a participle before a name
// ("Australian listed Bathurst"): the name they describe.
func TestHeadPastDescribingParticiple(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       string
	}{
		{"nationality and participle", "sued/VBD Peruvian/JJ listed/VBN Orbit/NNP", "organization:orbit"},
		{"a participle and no name after it", "sued/VBD Peruvian/JJ listed/VBN firms/NNS", "country:PER"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			acts := []actor{{a: 1, b: 2, key: "country:PER", typ: Country, demonym: true}}
			if toks[3].Text == "Orbit" {
				acts = append(acts, actor{a: 3, b: 4, key: "organization:orbit", typ: Organization})
			}
			c := &eventCtx{t: toks, acts: acts}
			if got := c.acts[c.head(0)].key; got != tc.want {
				t.Errorf("head %s, want %s", got, tc.want)
			}
		})
	}
}

// coordinated alone, backwards from a name after a nationality and a title
// in capitals: the party before "and" joins it after a verb of saying
// that takes no object, but not after one that does, nor after a
// preposition.
func TestCoordinatedAfterSaying(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, verb string
		want       []string
	}{
		{"after said", "said/VBD", []string{"person:soto", "person:ruiz"}},
		{"after a verb's object", "met/VBD", []string{"person:soto"}},
		{"after a preposition", "of/IN", []string{"person:soto"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.verb + " President/NNP Ruiz/NNP and/CC Peruvian/JJ Prime/NNP Minister/NNP Soto/NNP met/VBD")
			acts := []actor{personAt(2, 3, "ruiz"), {a: 4, b: 5, key: "country:PER", typ: Country, demonym: true}, personAt(7, 8, "soto")}
			c := &eventCtx{t: toks, acts: acts, titles: x.idx.titleHeads, titleEntries: x.idx.titles, idx: x.idx}
			if diff := cmp.Diff(tc.want, c.coordinated(2, -1)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
