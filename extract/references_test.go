package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// addReferences alone: which bare nouns become actors of the state.
func TestAddReferences(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // "sentence:token key"
	}{
		{"state noun after the", "The government said so .", []string{"1 country:CHL"}},
		{"several in a sentence", "The authorities and the regime agreed .", []string{"1 country:CHL", "4 country:CHL"}},
		{"no article, no reference", "Government sources said so .", nil},
		{"of a name says whose", "The government of Peru said so .", nil},
		{"another determiner", "Our government agreed .", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkReferences(t, words(tc.text), nil, "CHL", nil, tc.want) })
	}
	// No state, no references.
	doc := words("The government said so .")
	bySent := map[int][]actor{}
	addReferences(doc, bySent, "", nil, nil)
	if len(bySent) != 0 {
		t.Errorf("references with no state: %v", bySent)
	}
}

// addReferences alone: "in" and a country or its capital after the state
// noun say whose it is.
func TestReferenceInState(t *testing.T) {
	peru := countryAt(3, "PER")
	for _, tc := range []struct {
		name, text string
		acts       []actor
		want       []string
	}{
		{"in a country", "The government in Peru said so .", []actor{peru}, []string{"1 country:PER", "3 country:PER"}},
		{"in a capital", "The government in Lima said so .", []actor{{a: 3, b: 4, key: "country:PER", typ: Country, capital: true}}, []string{"1 country:PER", "3 country:PER"}},
		{"in a nationality's place", "The government in Peruvian waters said so .", []actor{{a: 3, b: 4, key: "country:PER", typ: Country, demonym: true}}, []string{"1 country:CHL", "3 country:PER"}},
		{"a state gone into before it", "Troops crossed into Peru to help the government .", []actor{{a: 3, b: 4, key: "country:PER", typ: Country}}, []string{"3 country:PER", "7 country:PER"}},
		{"a state named before it with no preposition of place", "Peru helped the government .", []actor{countryAt(0, "PER")}, []string{"0 country:PER", "3 country:CHL"}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkReferences(t, words(tc.text), tc.acts, "CHL", nil, tc.want) })
	}
}

// addReferences alone: an "of" before a gerund says what the state noun is
// charged with, not whose it is.
func TestReferenceBeforeChargeOf(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"of a gerund", "Peru/NNP accused/VBD the/DT government/NN of/IN killing/VBG rebels/NNS", []string{"3 country:CHL"}},
		{"of a name", "Peru/NNP accused/VBD the/DT government/NN of/IN Bolivia/NNP", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkReferences(t, &Document{Sentences: []Sentence{{Tokens: slashTagged(tc.text)}}}, nil, "CHL", nil, tc.want)
		})
	}
}

// addReferences alone: the army and the military are the state's, but a
// state noun that describes a thing after it is no reference; one before
// the state's people, an officer's title or an act is.
func TestReferenceThingModifier(t *testing.T) {
	ofState := func(w string) bool { return w == "chief" || w == "fight" }
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"the army", "the/DT army/NN attacked/VBD rebels/NNS", []string{"1 country:CHL"}},
		{"the military", "the/DT military/NN attacked/VBD rebels/NNS", []string{"1 country:CHL"}},
		{"a thing's noun", "the/DT military/JJ aircraft/NN crashed/VBD", nil},
		{"the government's thing", "the/DT government/NN bonds/NNS fell/VBD", nil},
		{"the state's people", "the/DT government/NN troops/NNS attacked/VBD", []string{"1 country:CHL"}},
		{"an officer's title", "the/DT army/NN chief/NN said/VBD", []string{"1 country:CHL"}},
		{"an act", "help/VB the/DT government/NN fight/NN rebels/NNS", []string{"2 country:CHL"}},
		{"a verb before an infinitive", "the/DT government/NN plans/NNS to/TO raise/VB taxes/NNS", []string{"1 country:CHL"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkReferencesOf(t, &Document{Sentences: []Sentence{{Tokens: slashTagged(tc.text)}}}, nil, "CHL", nil, ofState, tc.want)
		})
	}
}

// checkReferences runs addReferences on doc, whose first sentence has the
// actors acts, with state and partyOf, and compares the actors of that
// sentence after it ("token key") with want.
func checkReferences(t *testing.T, doc *Document, acts []actor, state string, partyOf func(actor) string, want []string) {
	t.Helper()
	checkReferencesOf(t, doc, acts, state, partyOf, nil, want)
}

// checkReferencesOf is checkReferences with the words ofState after a
// state noun that leave it the state's.
func checkReferencesOf(t *testing.T, doc *Document, acts []actor, state string, partyOf func(actor) string, ofState func(string) bool, want []string) {
	t.Helper()
	bySent := map[int][]actor{}
	if acts != nil {
		bySent[0] = acts
	}
	addReferences(doc, bySent, state, partyOf, ofState)
	var got []string
	for _, a := range bySent[0] {
		got = append(got, fmt.Sprintf("%d %s", a.a, a.key))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("actors (-want +got):\n%s", diff)
	}
}

// addReferences alone: a state noun after a party or a party's officer in
// the sentence is the party's state.
func TestReferenceOfPartySide(t *testing.T) {
	tory := actor{a: 0, b: 1, key: "organization:conservative-party", typ: Organization, kind: kindParty}
	partyOf := func(a actor) string {
		if a.kind == kindParty {
			return "GBR"
		}
		return ""
	}
	for _, tc := range []struct {
		name  string
		acts  []actor
		state string
		want  []string
	}{
		{"after a party", []actor{tory}, "IRN", []string{"0 organization:conservative-party", "3 country:GBR"}},
		{"after no party", []actor{countryAt(0, "CHL")}, "IRN", []string{"0 country:CHL", "3 country:IRN"}},
		{"after a party, with no state of the document", []actor{tory}, "", []string{"0 organization:conservative-party", "3 country:GBR"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkReferences(t, textDoc("Tories/NNPS urged/VBD the/DT government/NN to/TO act/VB"), tc.acts, tc.state, partyOf, tc.want)
		})
	}
}

// words is a document of one sentence of the words of text.
func words(text string) *Document {
	var toks []Token
	for _, w := range strings.Fields(text) {
		toks = append(toks, Token{Text: w})
	}
	return &Document{Sentences: []Sentence{{Tokens: toks}}}
}

// The extractor reports the references it read, with their offsets.
func TestResultReferences(t *testing.T) {
	text := "Chile recalls envoy\n\nThe government expelled Peru's ambassador."
	r := run(t, text)
	var got []string
	for _, ref := range r.References {
		got = append(got, fmt.Sprintf("%s %q %d", ref.Key, r.Doc.Text[ref.Start:ref.End], ref.Sentence))
		if ref.Text != r.Doc.Text[ref.Start:ref.End] {
			t.Errorf("%+v: text is not the document's", ref)
		}
	}
	if diff := cmp.Diff([]string{`country:CHL "government" 1`}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// addPairs alone: "the two countries" and "both sides" after two parties.
func TestAddPairs(t *testing.T) {
	chl := actor{a: 0, b: 1, key: "country:CHL", typ: Country}
	per := actor{a: 2, b: 3, key: "country:PER", typ: Country}
	org := actor{a: 4, b: 5, key: "organization:un", typ: Organization}
	for _, tc := range []struct {
		name, text string
		before     []actor // actors of the sentence
		want       []string
	}{
		{"the two countries", "Chile and Peru said the two countries agreed", []actor{chl, per}, []string{"4-7 country:CHL+country:PER"}},
		{"both sides", "Chile and Peru said both sides agreed", []actor{chl, per}, []string{"4-6 country:CHL+country:PER"}},
		{"two without the", "Chile and Peru said two countries agreed", []actor{chl, per}, nil},
		{"one party is not two", "Chile and Chile said both sides agreed", []actor{chl, {a: 2, b: 3, key: "country:CHL", typ: Country}}, nil},
		{"states only for countries", "Chile and UN said both countries agreed", []actor{chl, {a: 2, b: 3, key: "organization:un", typ: Organization}}, nil},
		{"sides may be organizations", "Chile and Peru or UN said both sides agreed", []actor{chl, per, org}, []string{"6-8 country:PER+organization:un"}},
		{"named after is not before", "the two countries : Chile and Peru", []actor{{a: 4, b: 5, key: "country:CHL", typ: Country}, {a: 6, b: 7, key: "country:PER", typ: Country}}, nil},
		{"bodies are organizations", "Chile and Peru or UN said both factions agreed", []actor{chl, per, org}, nil},
		{"the sides, with no number", "Chile and Peru said the sides agreed", []actor{chl, per}, []string{"4-6 country:CHL+country:PER"}},
		{"the countries, with no number, are no pair", "Chile and Peru said the countries agreed", []actor{chl, per}, nil},
		{"both presidents with no two people named: the two states", "Chile and Peru said both presidents agreed", []actor{chl, per}, []string{"4-6 country:CHL+country:PER"}},
		{"both men with no two people named: no one", "Chile and Peru said both men agreed", []actor{chl, per}, nil},
		{"the two leaders, the two people named", "Ruiz and Soto said the two leaders agreed", []actor{{a: 0, b: 1, key: "person:ruiz", typ: Person}, {a: 2, b: 3, key: "person:soto", typ: Person}}, []string{"4-7 person:ruiz+person:soto"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := words(tc.text)
			bySent := map[int][]actor{0: append([]actor(nil), tc.before...)}
			addPairs(doc, bySent, nil)
			if diff := cmp.Diff(tc.want, pairsOf(bySent[0])); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// addPairs alone, for a pair of bodies with adjectives and a nationality
// before the noun: "the two main Kurdish factions".
func TestAddPairsNationality(t *testing.T) {
	kdp := actor{a: 0, b: 1, key: "organization:kdp", typ: Organization}
	puk := actor{a: 2, b: 3, key: "organization:puk", typ: Organization}
	irn := actor{a: 5, b: 6, key: "country:IRN", typ: Country}
	for _, tc := range []struct {
		name, text string
		acts       []actor // of the second sentence
		want       []string
	}{
		{"adjectives and a nationality", "KDP/NNP and/CC PUK/NNP fought/VBD near/IN Iran/NNP ./. the/DT two/CD main/JJ Kurdish/JJ factions/NNS met/VBD", nil, []string{"7-12 organization:kdp+organization:puk"}},
		{"a nationality that is an actor", "KDP/NNP and/CC PUK/NNP fought/VBD near/IN Iran/NNP ./. both/DT Iranian/JJ factions/NNS met/VBD", []actor{{a: 8, b: 9, key: "country:IRN", typ: Country, demonym: true}}, []string{"7-10 organization:kdp+organization:puk"}},
		{"a name between is no modifier", "KDP/NNP and/CC PUK/NNP fought/VBD near/IN Iran/NNP ./. the/DT two/CD Tolvar/NNP factions/NNS met/VBD", nil, nil},
		{"the people's bodies, with no number", "KDP/NNP and/CC PUK/NNP fought/VBD near/IN Iran/NNP ./. the/DT Kurdish/NNP factions/NNS met/VBD", nil, []string{"7-10 organization:kdp+organization:puk"}},
		{"bodies of no people, with no number", "KDP/NNP and/CC PUK/NNP fought/VBD near/IN Iran/NNP ./. the/DT main/JJ factions/NNS met/VBD", nil, nil},
		{"a people's sides, with no number", "KDP/NNP and/CC PUK/NNP fought/VBD near/IN Iran/NNP ./. the/DT Kurdish/NNP sides/NNS met/VBD", nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			doc := &Document{Sentences: []Sentence{{Tokens: toks}}}
			bySent := map[int][]actor{0: append([]actor{kdp, puk, irn}, tc.acts...)}
			addPairs(doc, bySent, nil)
			if diff := cmp.Diff(tc.want, pairsOf(bySent[0])); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// addPairs alone, for a noun for people with a word that modifies it.
func TestAddPairsModified(t *testing.T) {
	ruiz := actor{a: 0, b: 1, key: "person:ruiz", typ: Person}
	soto := actor{a: 2, b: 3, key: "person:soto", typ: Person}
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"the two party leaders", "Ruiz/NNP and/CC Soto/NNP met/VBD ./. the/DT two/CD party/NN leaders/NNS agreed/VBD", []string{"5-9 person:ruiz+person:soto"}},
		{"the two foreign ministers", "Ruiz/NNP and/CC Soto/NNP met/VBD ./. the/DT two/CD foreign/JJ ministers/NNS agreed/VBD", []string{"5-9 person:ruiz+person:soto"}},
		{"a noun for no people takes no modifier", "Ruiz/NNP and/CC Soto/NNP met/VBD ./. the/DT two/CD former/JJ allies/NNS agreed/VBD", nil},
		{"a name between is no modifier", "Ruiz/NNP and/CC Soto/NNP met/VBD ./. the/DT two/CD Tolvar/NNP leaders/NNS agreed/VBD", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := &Document{Sentences: []Sentence{{Tokens: slashTagged(tc.text)}}}
			bySent := map[int][]actor{0: {ruiz, soto}}
			addPairs(doc, bySent, nil)
			if diff := cmp.Diff(tc.want, pairsOf(bySent[0])); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// addBarePairs alone: "the two" and "both" before a verb stand for two
// people named together, else two states or bodies.
func TestAddBarePairs(t *testing.T) {
	chl := actor{a: 0, b: 1, key: "country:CHL", typ: Country}
	per := actor{a: 2, b: 3, key: "country:PER", typ: Country}
	ruiz := actor{a: 0, b: 1, key: "person:ruiz", typ: Person}
	lee := actor{a: 2, b: 3, key: "person:lee", typ: Person}
	for _, tc := range []struct {
		name, text string
		before     []actor
		want       []string
	}{
		{"the two before a verb", "Chile/NNP met/VBD Peru/NNP ,/, and/CC the/DT two/CD signed/VBD", []actor{chl, per}, []string{"5-7 country:CHL+country:PER"}},
		{"both before a verb", "Chile/NNP met/VBD Peru/NNP ;/: both/DT agreed/VBD", []actor{chl, per}, []string{"4-5 country:CHL+country:PER"}},
		{"people first", "Ruiz/NNP met/VBD Lee/NNP in/IN Chile/NNP and/CC Peru/NNP ;/: the/DT two/CD spoke/VBD", []actor{ruiz, lee, {a: 4, b: 5, key: "country:CHL", typ: Country}, {a: 6, b: 7, key: "country:PER", typ: Country}}, []string{"8-10 person:ruiz+person:lee"}},
		{"the two before a noun is no bare pair", "Chile/NNP met/VBD Peru/NNP ;/: the/DT two/CD ministers/NNS spoke/VBD", []actor{chl, per}, nil},
		{"both after its subject, no verb before it, is no reference", "Chile/NNP and/CC Peru/NNP ,/, meanwhile/RB ,/, both/DT welcomed/VBD", []actor{chl, per}, nil},
		{"both after a verb is its object", "Chile/NNP met/VBD Peru/NNP and/CC thanked/VBD both/DT", []actor{chl, per}, nil},
		{"one party is not two", "Chile/NNP spoke/VBD ;/: the/DT two/CD agreed/VBD", []actor{chl}, nil},
		{"what is done to the two in the passive is done to people", "Chile/NNP met/VBD Peru/NNP ;/: the/DT two/CD were/VBD wounded/VBN", []actor{chl, per}, nil},
		{"the two people in the passive", "Ruiz/NNP met/VBD Lee/NNP ;/: the/DT two/CD were/VBD wounded/VBN", []actor{ruiz, lee}, []string{"4-6 person:ruiz+person:lee"}},
		{"after a preposition, a participle before its noun", "Chile/NNP met/VBD Peru/NNP ;/: costs/NNS of/IN the/DT two/CD abandoned/VBD wells/NNS rose/VBD", []actor{chl, per}, nil},
		{"after a subordinator, a clause", "Chile/NNP met/VBD Peru/NNP after/IN the/DT two/CD exchanged/VBD shots/NNS", []actor{chl, per}, []string{"4-6 country:CHL+country:PER"}},
		{"after that, a clause", "Chile/NNP met/VBD Peru/NNP so/RB that/IN the/DT two/CD signed/VBD", []actor{chl, per}, []string{"5-7 country:CHL+country:PER"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := &Document{Sentences: []Sentence{{Tokens: slashTagged(tc.text)}}}
			bySent := map[int][]actor{0: append([]actor(nil), tc.before...)}
			addBarePairs(doc, bySent)
			if diff := cmp.Diff(tc.want, pairsOf(bySent[0])); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// pairsOf renders the actors that stand for several parties as
// "a-b key+key".
func pairsOf(acts []actor) []string {
	var out []string
	for _, a := range acts {
		if len(a.also) > 0 {
			out = append(out, fmt.Sprintf("%d-%d %s", a.a, a.b, strings.Join(append([]string{a.key}, a.also...), "+")))
		}
	}
	return out
}

// addPairs over two sentences: the pair is two parties named together in
// one sentence, not one party here and another before.
func TestAddPairsAcrossSentences(t *testing.T) {
	chl := actor{a: 0, b: 1, key: "country:CHL", typ: Country}
	per := actor{a: 2, b: 3, key: "country:PER", typ: Country}
	mli := actor{a: 0, b: 1, key: "country:MLI", typ: Country}
	for _, tc := range []struct {
		name    string
		earlier []actor // actors of "Chile and Peru spoke ."
		want    []string
	}{
		{"two named together in the sentence before", []actor{chl, per}, []string{"4-7 country:CHL+country:PER"}},
		{"one here and one before were not named together", []actor{chl}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := words("Chile and Peru spoke .")
			doc.Sentences = append(doc.Sentences, words("Mali refused talks between the two sides").Sentences...)
			bySent := map[int][]actor{0: tc.earlier, 1: {mli}}
			addPairs(doc, bySent, nil)
			if diff := cmp.Diff(tc.want, pairsOf(bySent[1])); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// lastParties alone: the pair named together in the most sentences, the
// latest on a tie, in the order first named.
func TestLastParties(t *testing.T) {
	c := func(code string) actor { return actor{a: 0, b: 1, key: "country:" + code, typ: Country} }
	un := actor{a: 0, b: 1, key: "organization:un", typ: Organization}
	merkel, sarkozy := personAt(0, 1, "merkel"), personAt(1, 2, "sarkozy")
	for _, tc := range []struct {
		name  string
		sents [][]actor // the sentences before the reference's
		noun  string    // the pair noun after "the two"
		want  []string
	}{
		{"the story's two sides over a later pair", [][]actor{{c("AZE"), c("ARM")}, {c("ARM"), c("AZE")}, {c("USA"), c("RUS")}}, "countries",
			[]string{"country:AZE", "country:ARM"}},
		{"the latest of pairs named as often", [][]actor{{c("AZE"), c("ARM")}, {c("USA"), c("RUS")}}, "countries",
			[]string{"country:USA", "country:RUS"}},
		{"in the order first named", [][]actor{{c("AZE")}, {c("ARM"), c("AZE")}}, "countries",
			[]string{"country:AZE", "country:ARM"}},
		{"never named together", [][]actor{{c("AZE")}, {c("ARM")}}, "countries", nil},
		{"a capital named as where is no side", [][]actor{{c("AZE"), c("ARM"), {key: "country:GEO", typ: Country, capital: true, where: true}}}, "countries",
			[]string{"country:AZE", "country:ARM"}},
		{"states only for a state noun", [][]actor{{c("AZE"), un}}, "countries", nil},
		{"a side may be an organization", [][]actor{{c("AZE"), un}}, "sides", []string{"country:AZE", "organization:un"}},
		{"leaders are people", [][]actor{{c("AZE"), merkel, sarkozy}}, "leaders", []string{"person:merkel", "person:sarkozy"}},
		{"people are no sides", [][]actor{{merkel, sarkozy}}, "sides", nil},
		{"a pair referred to before counts for its parties", [][]actor{{c("AZE"), c("ARM")}, {{a: 0, b: 3, key: "country:AZE", also: []string{"country:ARM"}, typ: Country}}, {c("ARM"), un}}, "sides",
			[]string{"country:AZE", "country:ARM"}},
		{"a source cited is no side", [][]actor{{c("AZE"), c("ARM")}, {c("ARM"), {key: "organization:un", typ: Organization, source: true}}}, "sides",
			[]string{"country:AZE", "country:ARM"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bySent := map[int][]actor{}
			for i, acts := range tc.sents {
				bySent[i] = acts
			}
			if diff := cmp.Diff(tc.want, lastParties(bySent, len(tc.sents), 0, pairKind(tc.noun))); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// openingSubject alone: the actor a sentence opens with as its subject.
func TestOpeningSubject(t *testing.T) {
	tagged := func(pairs ...string) []Token {
		var out []Token
		for i := 0; i+1 < len(pairs); i += 2 {
			out = append(out, Token{Text: pairs[i], Tag: pairs[i+1]})
		}
		return out
	}
	iran := actor{a: 0, b: 1, key: "country:IRN", typ: Country}
	for _, tc := range []struct {
		name string
		t    []Token
		acts []actor
		want string
	}{
		{"first word", tagged("Iran", "NNP", "seized", "VBD", "Greece", "NNP"), []actor{iran, {a: 2, b: 3, key: "country:GRC"}}, "country:IRN"},
		{"after a verb", tagged("Seized", "VBN", "by", "IN", "Iran", "NNP"), []actor{{a: 2, b: 3, key: "country:IRN"}}, ""},
		{"in a prepositional phrase", tagged("In", "IN", "Iran", "NNP", ",", ",", "talks", "NNS", "began", "VBD"), []actor{{a: 1, b: 2, key: "country:IRN"}}, ""},
		{"after an opening phrase with an actor", tagged("On", "IN", "Iran", "NNP", ",", ",", "Rosati", "NNP", "said", "VBD"), []actor{{a: 1, b: 2, key: "country:IRN"}, {a: 3, b: 4, key: "person:rosati"}}, "person:rosati"},
		{"a nationality before a group noun is its state's", tagged("Iranian", "JJ", "forces", "NNS", "left", "VBD"), []actor{{a: 0, b: 1, key: "country:IRN", demonym: true}}, "country:IRN"},
		{"a nationality before another noun", tagged("Iranian", "JJ", "oil", "NN", "rose", "VBD"), []actor{{a: 0, b: 1, key: "country:IRN", demonym: true}}, ""},
		{"a nationality before a title and its holder", tagged("Iranian", "JJ", "President", "NNP", "Ana", "NNP", "Ruiz", "NNP", "left", "VBD"),
			[]actor{{a: 0, b: 1, key: "country:IRN", demonym: true}, {a: 2, b: 4, key: "person:ana-ruiz", typ: Person}}, "person:ana-ruiz"},
		{"no actor", tagged("Talks", "NNS", "began", "VBD"), nil, ""},
		{"a nationality's office and its holder in apposition", tagged("The", "DT", "Lebanese", "JJ", "army", "NN", "commander", "NN", ",", ",", "Michel", "NNP", "Aoun", "NNP", ",", ",", "is", "VBZ", "standing", "VBG"),
			[]actor{{a: 1, b: 2, key: "country:LBN", demonym: true}, {a: 5, b: 7, key: "person:michel-aoun", typ: Person}}, "person:michel-aoun"},
		{"a party before its officer's title", tagged("In", "IN", "London", "NNP", ",", ",", "Conservative", "NNP", "shadow", "JJ", "foreign", "JJ", "secretary", "NN", "Michael", "NNP", "Ancram", "NNP", "accused", "VBD"),
			[]actor{{a: 1, b: 2, key: "location:london"}, {a: 3, b: 4, key: "organization:conservative-party", typ: Organization, modifier: true}, {a: 7, b: 9, key: "person:michael-ancram", typ: Person}}, "person:michael-ancram"},
		{"a quotation's subject", tagged("``", "``", "Iran", "NNP", "will", "MD", "pay", "VB", ",", ",", "''", "''", "Rosati", "NNP", "said", "VBD"),
			[]actor{{a: 1, b: 2, key: "country:IRN"}, {a: 6, b: 7, key: "person:rosati"}}, ""},
		{"a list in a prepositional phrase", tagged("Its", "PRP$", "attacks", "NNS", "on", "IN", "Iran", "NNP", ",", ",", "Peru", "NNP", "and", "CC", "Chile", "NNP", "ended", "VBD"),
			[]actor{{a: 3, b: 4, key: "country:IRN"}, {a: 5, b: 6, key: "country:PER"}, {a: 7, b: 8, key: "country:CHL"}}, ""},
		{"after an opening clause with a verb", tagged("After", "IN", "meeting", "VBG", "Milosevic", "NNP", ",", ",", "Kornblum", "NNP", "flew", "VBD"),
			[]actor{{a: 2, b: 3, key: "person:milosevic"}, {a: 4, b: 5, key: "person:kornblum"}}, "person:kornblum"},
		{"after an opening participle", tagged("Speaking", "VBG", "to", "TO", "Milosevic", "NNP", ",", ",", "Kornblum", "NNP", "said", "VBD"),
			[]actor{{a: 2, b: 3, key: "person:milosevic"}, {a: 4, b: 5, key: "person:kornblum"}}, "person:kornblum"},
		{"a that-clause opens no phrase", tagged("That", "IN", "Iran", "NNP", "left", "VBD", ",", ",", "Rosati", "NNP", "said", "VBD"),
			[]actor{{a: 1, b: 2, key: "country:IRN"}, {a: 4, b: 5, key: "person:rosati"}}, ""},
		{"after a phrase with a list", tagged("On", "IN", "Iran", "NNP", "and", "CC", "Peru", "NNP", ",", ",", "Rosati", "NNP", "said", "VBD"),
			[]actor{{a: 1, b: 2, key: "country:IRN"}, {a: 3, b: 4, key: "country:PER"}, {a: 5, b: 6, key: "person:rosati"}}, "person:rosati"},
		{"an owner, its title in capitals and the holder", tagged("US", "NNP", "Secretary", "NNP", "of", "IN", "State", "NNP", "Ana", "NNP", "Ruiz", "NNP", "left", "VBD"),
			[]actor{{a: 0, b: 1, key: "country:USA", typ: Country}, {a: 4, b: 6, key: "person:ana-ruiz", typ: Person}}, "person:ana-ruiz"},
		{"an owner's possessive, its title and the holder", tagged("Iran", "NNP", "'s", "POS", "President", "NNP", "Ana", "NNP", "Ruiz", "NNP", "left", "VBD"),
			[]actor{iran, {a: 3, b: 5, key: "person:ana-ruiz", typ: Person}}, "person:ana-ruiz"},
		{"an owner, a title in lower case and the holder", tagged("Iran", "NNP", "'s", "POS", "envoy", "NN", "Ana", "NNP", "Ruiz", "NNP", "left", "VBD"),
			[]actor{iran, {a: 3, b: 5, key: "person:ana-ruiz", typ: Person}}, "person:ana-ruiz"},
		{"a nationality, nouns in lower case and the holder", tagged("Iranian", "JJ", "foreign", "JJ", "ministry", "NN", "spokesman", "NN", "Ana", "NNP", "Ruiz", "NNP", "left", "VBD"),
			[]actor{{a: 0, b: 1, key: "country:IRN", typ: Country, demonym: true}, {a: 4, b: 6, key: "person:ana-ruiz", typ: Person}}, "person:ana-ruiz"},
		{"an owner and a verb before a person: no holder", tagged("Iran", "NNP", "'s", "POS", "envoy", "NN", "met", "VBD", "Ana", "NNP", "Ruiz", "NNP"),
			[]actor{iran, {a: 4, b: 6, key: "person:ana-ruiz", typ: Person}}, "country:IRN"},
		{"an owner's possessive, a title in lower case and the holder in apposition", tagged("Iran", "NNP", "'s", "POS", "interior", "JJ", "minister", "NN", ",", ",", "Ana", "NNP", "Ruiz", "NNP", ",", ",", "said", "VBD"),
			[]actor{iran, {a: 5, b: 7, key: "person:ana-ruiz", typ: Person}}, "person:ana-ruiz"},
		{"an owner's thing and a person after it: no apposition", tagged("Iran", "NNP", "'s", "POS", "ally", "NN", ",", ",", "Ana", "NNP", "Ruiz", "NNP", "and", "CC", "Peru", "NNP", "left", "VBD"),
			[]actor{iran, {a: 4, b: 6, key: "person:ana-ruiz", typ: Person}, {a: 7, b: 8, key: "country:PER"}}, "country:IRN"},
	} {
		if got := openingSubject(tc.t, tc.acts).key; got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// addTitles alone: a bare title after "the" or a possessive pronoun
// stands for its one holder.
func TestAddTitles(t *testing.T) {
	heads := map[string]bool{"minister": true, "president": true}
	holders := map[string]string{"minister": "person:ana-silva", "president": ""}
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"the minister", "Later the minister said so", []string{"2 person:ana-silva"}},
		{"a title two hold", "Later the president said so", nil},
		{"before a name", "Later the minister Ana said so", nil},
		{"of an owner", "Later the minister of defence said so", nil},
		{"without the", "Later a minister said so", nil},
		{"after a possessive pronoun", "Later his minister said so", []string{"2 person:ana-silva"}},
	} {
		doc := words(tc.text)
		bySent := map[int][]actor{}
		addTitles(doc, bySent, holders, nil, nil, heads)
		var got []string
		for _, a := range bySent[0] {
			got = append(got, fmt.Sprintf("%d %s", a.a, a.key))
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

// addTitles alone, with a title several hold: the one holder an earlier
// sentence gives it is the one meant.
func TestAddTitlesHeldBefore(t *testing.T) {
	heads := map[string]bool{"minister": true}
	holders := map[string]string{"minister": ""}
	for _, tc := range []struct {
		name  string
		since map[string]int
		want  []string
	}{
		{"one given it before", map[string]int{"person:ana-silva": 0, "person:jan-berg": 1}, []string{"2 person:ana-silva"}},
		{"two given it before", map[string]int{"person:ana-silva": 0, "person:jan-berg": 0}, nil},
		{"none given it before", map[string]int{"person:ana-silva": 1, "person:jan-berg": 2}, nil},
	} {
		doc := &Document{Sentences: []Sentence{words("Ana Silva arrived").Sentences[0], words("Later the minister met his counterpart").Sentences[0]}}
		bySent := map[int][]actor{}
		addTitles(doc, bySent, holders, map[string]map[string]int{"minister": tc.since}, nil, heads)
		var got []string
		for _, a := range bySent[1] {
			got = append(got, fmt.Sprintf("%d %s", a.a, a.key))
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

// addTitles alone, with a word between the article and the title: a
// word in lower case says which office, a nationality whose.
func TestAddDescribedTitles(t *testing.T) {
	heads := map[string]bool{"leader": true, "minister": true}
	holders := map[string]string{"leader": "", "opposition leader": "person:lien-chan", "minister": "person:ana-silva"}
	byOffice := map[string]string{"country:LBY|leader": "person:gaddafi"}
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a word that says which office", "warned/VBD the/DT opposition/NN leader/NN not/RB to/TO", []string{"3 person:lien-chan"}},
		{"a word that says an office no one's title holds", "warned/VBD the/DT party/NN leader/NN not/RB to/TO", nil},
		{"an adjective that describes the one holder", "invited/VBD the/DT new/JJ minister/NN to/TO return/VB", []string{"3 person:ana-silva"}},
		{"but not one of a past office", "invited/VBD the/DT former/JJ minister/NN to/TO return/VB", nil},
		{"a nationality that says whose", "where/WRB the/DT Libyan/JJ leader/NN greeted/VBD him/PRP", []string{"2 country:LBY", "3 person:gaddafi"}},
		{"a nationality whose office no one holds", "where/WRB the/DT Chinese/JJ leader/NN greeted/VBD him/PRP", []string{"2 country:CHN"}},
		{"a name in capitals is no description", "where/WRB the/DT Labour/NNP leader/NN spoke/VBD", nil},
		{"two words between", "where/WRB the/DT main/JJ opposition/NN leader/NN spoke/VBD", nil},
		{"a name in apposition says who", "met/VBD the/DT opposition/NN leader/NN ,/, Ana/NNP Ruiz/NNP", nil},
	} {
		doc := textDoc(tc.text)
		bySent := map[int][]actor{}
		for i, tok := range doc.Sentences[0].Tokens {
			switch tok.Text {
			case "Libyan":
				bySent[0] = append(bySent[0], actor{a: i, b: i + 1, key: "country:LBY", typ: Country, demonym: true})
			case "Chinese":
				bySent[0] = append(bySent[0], actor{a: i, b: i + 1, key: "country:CHN", typ: Country, demonym: true})
			}
		}
		addTitles(doc, bySent, holders, nil, byOffice, heads)
		var got []string
		for _, a := range bySent[0] {
			got = append(got, fmt.Sprintf("%d %s", a.a, a.key))
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

// The pronouns the event rules resolve are references too, once each.
func TestPronounReferences(t *testing.T) {
	r := run(t, "Headline\n\nIran seized a tanker on Monday. It accused Greece of smuggling and Britain of piracy. \"We condemned Peru,\" John Smith said.")
	var got []string
	for _, ref := range r.References {
		got = append(got, fmt.Sprintf("%s %s", ref.Text, ref.Key))
	}
	want := []string{"It country:IRN", "We person:john-smith"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestAddOrgNouns(t *testing.T) {
	company := actor{a: 0, b: 1, key: "organization:gazprom", typ: Organization, kind: "company"}
	rebels := actor{a: 0, b: 1, key: "organization:m23", typ: Organization, kind: "armed-group"}
	party := actor{a: 0, b: 1, key: "organization:anc", typ: Organization, kind: "party"}
	fund := actor{a: 0, b: 1, key: "organization:international-monetary-fund", typ: Organization}
	heads := map[string]bool{"Fund": true, "Agency": true, "Energy": true}
	for _, tc := range []struct {
		name, text string
		before     []actor // actors of the sentence
		want       []string
	}{
		{"the company", "Gazprom grew and the company said so", []actor{company}, []string{"4 organization:gazprom"}},
		{"the firm", "Gazprom grew and the firm said so", []actor{company}, []string{"4 organization:gazprom"}},
		{"the firm of a nationality", "Gazprom grew and the Russian firm said so", []actor{company, {a: 4, b: 5, key: "country:RUS", typ: Country, demonym: true}}, []string{"5 organization:gazprom"}},
		{"a firm of a nationality", "Gazprom grew and a Russian firm said so", []actor{company, {a: 4, b: 5, key: "country:RUS", typ: Country, demonym: true}}, nil},
		{"the company its sentence opens with", "Gazprom bought Lukoil and the company said so", []actor{company, {a: 2, b: 3, key: "organization:lukoil", typ: Organization, kind: "company"}}, []string{"5 organization:gazprom"}},
		{"the last company when the sentence opens with none", "Russia said Gazprom bought Lukoil and the company said so", []actor{{a: 0, b: 1, key: "country:RUS", typ: Country}, {a: 2, b: 3, key: "organization:gazprom", typ: Organization, kind: "company"}, {a: 4, b: 5, key: "organization:lukoil", typ: Organization, kind: "company"}}, []string{"7 organization:lukoil"}},
		{"the group", "M23 advanced and the group said so", []actor{rebels}, []string{"4 organization:m23"}},
		{"a group is not the group", "M23 advanced and a group said so", []actor{rebels}, nil},
		{"another kind", "ANC won and the company said so", []actor{party}, nil},
		{"a company is no armed group", "Gazprom grew and the group said so", []actor{company}, nil},
		{"apposition", "Gazprom , the company tipped to buy", []actor{company}, nil},
		{"of a name", "Gazprom grew and the group of states met", []actor{rebels}, nil},
		{"members of the group", "M23 advanced and the rebels said so", []actor{rebels}, []string{"4 organization:m23"}},
		{"the opposition named so before", "the opposition ANC won and the opposition said so", []actor{{a: 2, b: 3, key: "organization:anc", typ: Organization, kind: "party"}}, []string{"6 organization:anc"}},
		{"no organization named the opposition", "ANC won and the opposition said so", []actor{party}, nil},
		{"members are not the company", "Gazprom grew and the rebels said so", []actor{company}, nil},
		{"members of what they did", "M23 advanced ; Kinshasa accused the guerrillas of the raid", []actor{rebels}, []string{"6 organization:m23"}},
		{"members of a name", "M23 advanced and the rebels of M23 said so", []actor{rebels, {a: 6, b: 7, key: "organization:m23", typ: Organization, kind: "armed-group"}}, nil},
		{"named after is not before", "the company : Gazprom", []actor{{a: 3, b: 4, key: "organization:gazprom", typ: Organization, kind: "company"}}, nil},
		{"the noun that ends the name", "IMF lent and the fund said so", []actor{fund}, []string{"4 organization:international-monetary-fund"}},
		{"a noun that ends another name", "IMF lent and the agency said so", []actor{fund}, nil},
		{"a company the lexicon gives no kind", "Codelco grew and the company said so", []actor{{a: 0, b: 1, key: "organization:codelco", typ: Organization}}, []string{"4 organization:codelco"}},
		{"a firm the lexicon gives no kind", "Codelco grew and the firm said so", []actor{{a: 0, b: 1, key: "organization:codelco", typ: Organization}}, []string{"4 organization:codelco"}},
		{"a company of a kind before one of none", "Gazprom bought Codelco and the company said so", []actor{company, {a: 2, b: 3, key: "organization:codelco", typ: Organization}}, []string{"5 organization:gazprom"}},
		{"a body of no kind is no company", "IMF lent and the company said so", []actor{fund}, nil},
		{"a news organization is no company", "Codelco grew and the company said so", []actor{{a: 0, b: 1, key: "organization:codelco", typ: Organization, media: true}}, nil},
		{"a company called by its name without its trade", "Corvane grew and the company said so", []actor{{a: 0, b: 1, key: "organization:corvane-energy", typ: Organization}}, []string{"4 organization:corvane-energy"}},
		{"a company called by its whole name, which ends in its trade", "Corvane Energy grew and the company said so", []actor{{a: 0, b: 2, key: "organization:corvane-energy", typ: Organization}}, []string{"5 organization:corvane-energy"}},
		{"a body named for a trade is no company", "DOE lent and the company said so", []actor{{a: 0, b: 1, key: "organization:department-of-energy", typ: Organization}}, nil},
		{"a noun in capitals is a name of its own", "IMF lent and the Fund said so", []actor{fund}, nil},
		{"the organisation is the body named before", "Oxfam grew and the organisation said so", []actor{{a: 0, b: 1, key: "organization:oxfam", typ: Organization, kind: kindNGO}}, []string{"4 organization:oxfam"}},
		{"but no company", "Codelco grew and the organisation said so", []actor{{a: 0, b: 1, key: "organization:codelco", typ: Organization, kind: "company"}}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := words(tc.text)
			bySent := map[int][]actor{0: append([]actor(nil), tc.before...)}
			addOrgNouns(doc, bySent, heads)
			var got []string
			for _, a := range bySent[0][len(tc.before):] {
				got = append(got, fmt.Sprintf("%d %s", a.a, a.key))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// associated alone: a party named as the one another is tied to.
func TestAssociated(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		a          actor
		want       bool
	}{
		{"linked to", "militants/NNS linked/VBN to/TO al-Qaeda/NNP", actor{a: 3, b: 4}, true},
		{"affiliated with the name", "a/DT group/NN affiliated/VBN with/IN the/DT M23/NNP", actor{a: 5, b: 6}, true},
		{"backed by", "rebels/NNS backed/VBN by/IN Rwanda/NNP", actor{a: 3, b: 4}, true},
		{"a party's own act", "rebels/NNS of/IN M23/NNP", actor{a: 2, b: 3}, false},
		{"an act on the party", "fighting/VBG with/IN M23/NNP", actor{a: 2, b: 3}, false},
		{"first word", "M23/NNP advanced/VBD", actor{a: 0, b: 1}, false},
	} {
		if got := associated(slashTagged(tc.text), tc.a); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestOrgKind(t *testing.T) {
	for _, tc := range []struct {
		name string
		gaz  *gazEntry
		want string
	}{
		{"Gazprom", &gazEntry{kind: "company"}, "company"},
		{"Hamas", &gazEntry{kind: "armed-group"}, "armed-group"},
		{"Moana Ports Ltd", nil, "company"},
		{"Acme Corp.", nil, "company"},
		{"Group", nil, ""},
		{"Moana Ports", nil, ""},
		{"Tarvo Mining", nil, "company"},
		{"Department of Energy", nil, ""},
		{"Mining", nil, ""},
	} {
		if got := orgKind(&cand{gaz: tc.gaz}, tc.name); got != tc.want {
			t.Errorf("orgKind(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// An organization noun stands for the last organization of its kind
// however far back the document named it; the other nouns that end
// names look back two sentences.
func TestOrgNounsLookBack(t *testing.T) {
	r := run(t, "Border clashes\n\nThe M23 militia seized the town of Kiwanja on Monday. Residents fled north. Aid agencies said food was short. Schools were closed. The rebels attacked Rwanda on Friday.")
	var got []string
	for _, ev := range r.Events {
		got = append(got, fmt.Sprintf("%s %s %s", strings.Join(ev.Agents, ","), ev.Action, strings.Join(ev.Targets, ",")))
	}
	want := []string{"organization:march-23-movement attack country:RWA"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// An organization noun acts as the organization it stands for.
func TestOrgNounEvents(t *testing.T) {
	r := run(t, "Gas row\n\nGazprom raised its prices on Monday. The company accused Ukraine of stealing gas. Acme Holdings was fined, and the firm criticised France.")
	var got []string
	for _, ev := range r.Events {
		got = append(got, fmt.Sprintf("%s %s %s", strings.Join(ev.Agents, ","), ev.Action, strings.Join(ev.Targets, ",")))
	}
	want := []string{"organization:gazprom accuse country:UKR", "organization:acme-holdings criticize country:FRA"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestDatelineEnd(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"LONDON , May 3 , 2005 - Jack Straw arrived", 7},
		{"BEIJING ( Reuters ) — China said", 5},
		{"LONDON - Jack Straw arrived", 2},
		{"Jack Straw arrived in Beijing - and left", 0},
		{"China said on Monday that talks - long stalled - resumed", 0},
	} {
		if got := datelineEnd(plainTokens(strings.Fields(tc.text)...)); got != tc.want {
			t.Errorf("datelineEnd(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

// A pronoun that opens the sentence after a dateline's is the subject of
// that sentence, not the dateline's place.
func TestPronounAfterDateline(t *testing.T) {
	r := run(t, "Headline\n\nLONDON, May 3, 2005 - Jack Straw arrived in Beijing on Monday.\nHe met Chinese Foreign Minister Li Wei.")
	if diff := cmp.Diff([]string{"person:jack-straw meet person:li-wei"}, eventSet(r)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

// opensSentence alone: a token that opens its sentence after at most a
// conjunction or an adverb.
func TestOpensSentence(t *testing.T) {
	for _, tc := range []struct {
		text string
		k    int
		want bool
	}{
		{"He/PRP said/VBD", 0, true},
		{"But/CC he/PRP said/VBD", 1, true},
		{"However/RB ,/, he/PRP said/VBD", 2, true},
		{"Later/RB that/DT day/NN he/PRP said/VBD", 3, true},
		{"In/IN 2009/CD they/PRP agreed/VBD", 2, true},
		{"On/IN Tuesday/NNP ,/, it/PRP said/VBD", 3, true},
		{"But/CC last/JJ year/NN they/PRP met/VBD", 3, true},
		{"After/IN Kenya/NNP attacked/VBD ,/, it/PRP said/VBD", 4, false},
		{"The/DT talks/NNS that/WDT he/PRP led/VBD", 3, false},
		{"Because/IN of/IN the/DT long/JJ and/CC bitter/JJ dispute/NN over/IN land/NN ,/, it/PRP said/VBD", 10, false},
	} {
		c := &eventCtx{t: slashTagged(tc.text)}
		if got := c.opensSentence(tc.k); got != tc.want {
			t.Errorf("%s (%d): %v, want %v", tc.text, tc.k, got, tc.want)
		}
	}
}

// bareNoun alone: a plural with no word before it that modifies or owns it.
func TestBareNoun(t *testing.T) {
	for _, tc := range []struct {
		text string
		k    int
		want bool
	}{
		{"Prosecutors/NNS accused/VBD him/PRP", 0, true},
		{"He/PRP said/VBD authorities/NNS had/VBD", 2, true},
		{"Kenyan/JJ prosecutors/NNS said/VBD", 1, false},
		{"its/PRP$ authorities/NNS said/VBD", 1, false},
		{"the/DT city/NN 's/POS prosecutors/NNS", 3, false},
		{"Government/NN forces/NNS", 0, false},
		{"Police/NNP arrested/VBD him/PRP", 0, true},
		{"the/DT police/NN arrested/VBD him/PRP", 1, false},
	} {
		if got := bareNoun(slashTagged(tc.text), tc.k); got != tc.want {
			t.Errorf("%s (%d): %v, want %v", tc.text, tc.k, got, tc.want)
		}
	}
}

// modifiesNounAfter alone: a noun before a common noun in lower case
// modifies it; before a verb, a name or the end it does not.
func TestModifiesNounAfter(t *testing.T) {
	for _, tc := range []struct {
		text string
		k    int
		want bool
	}{
		{"rebels/NNS overran/VBD a/DT police/NN post/NN", 3, true},
		{"police/NN officers/NNS clashed/VBD", 0, true},
		{"the/DT police/NN arrested/VBD him/PRP", 1, false},
		{"told/VBD police/NN Ruiz/NNP left/VBD", 1, false},
		{"attacked/VBD police/NN", 1, false},
	} {
		if got := modifiesNounAfter(slashTagged(tc.text), tc.k); got != tc.want {
			t.Errorf("%s (%d): %v, want %v", tc.text, tc.k, got, tc.want)
		}
	}
}

// objectPlace alone: a noun after its article and words that describe it,
// after a verb or a preposition, is in an object's place; one that opens
// its clause, or has no article, is not.
func TestObjectPlace(t *testing.T) {
	for _, tc := range []struct {
		text string
		k    int
		want bool
	}{
		{"Tolvar/NNP sued/VBD the/DT company/NN", 3, true},
		{"bought/VBD a/DT stake/NN in/IN the/DT Japanese/JJ carmaker/NN", 6, true},
		{"The/DT company/NN sued/VBD Mirovka/NNP", 1, false},
		{"Tolvar/NNP said/VBD the/DT company/NN had/VBD lied/VBN", 3, false},
		{"sued/VBD Tolvar/NNP company/NN officials/NNS", 2, false},
	} {
		if got := objectPlace(slashTagged(tc.text), tc.k); got != tc.want {
			t.Errorf("%s (%d): %v, want %v", tc.text, tc.k, got, tc.want)
		}
	}
}

// frontedAdjunct alone: a phrase of time or a preposition's phrase, with
// no verb and no actor, before a subject.
func TestFrontedAdjunct(t *testing.T) {
	for _, tc := range []struct {
		text string
		acts []actor
		want bool
	}{
		{"In/IN 2009/CD they/PRP", nil, true},
		{"Last/JJ week/NN ,/, it/PRP", nil, true},
		{"Two/CD days/NNS later/RB it/PRP", nil, true},
		{"During/IN the/DT visit/NN ,/, he/PRP", nil, true},
		{"Like/IN Kenya/NNP ,/, it/PRP", []actor{{key: "country:KEN", a: 1, b: 2}}, false},
		{"After/IN Kenya/NNP attacked/VBD ,/, it/PRP", []actor{{key: "country:KEN", a: 1, b: 2}}, false},
		{"Angry/JJ and/CC tired/JJ ,/, they/PRP", nil, false},
		{"In/IN Nairobi/NNP ,/, where/WRB talks/NNS ,/, it/PRP", nil, false},
		{"That/IN year/NN ,/, he/PRP", nil, true},
	} {
		toks := slashTagged(tc.text)
		c := &eventCtx{t: toks, acts: tc.acts}
		if got := c.frontedAdjunct(0, len(toks)-1); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A pronoun subject after a fronted phrase of time is the last
// sentence's subject, as one that opens the sentence is.
func TestPronounAfterFrontedPhrase(t *testing.T) {
	r := run(t, "Headline\n\nKenya and Uganda held talks in May. In 2009 they agreed to set up a joint commission.\nKenya attacked Somalia in June. On Tuesday, it accused Ethiopia of spying.")
	want := []string{"country:KEN meet country:UGA", "country:KEN agree country:UGA", "country:KEN attack country:SOM", "country:KEN accuse country:ETH"}
	if diff := cmp.Diff(want, eventSet(r)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

// sourceBefore alone: a name after "according to" is the source cited.
func TestSourceBefore(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"according/VBG to/TO the/DT UN/NNP", true},
		{"according/VBG to/TO Chile/NNP", true},
		{"talks/NNS with/IN the/DT UN/NNP", false},
		{"to/TO the/DT UN/NNP", false},
	} {
		toks := slashTagged(tc.text)
		if got := sourceBefore(toks, len(toks)-1); got != tc.want {
			t.Errorf("%s: sourceBefore = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// headedBy alone: an organization's head word ends its name or comes
// before the connector that opens its field.
func TestHeadedBy(t *testing.T) {
	for _, tc := range []struct {
		key, w string
		want   bool
	}{
		{"organization:international-monetary-fund", "fund", true},
		{"organization:international-criminal-tribunal-for-the-former-yugoslavia", "tribunal", true},
		{"organization:european-court-of-justice", "court", true},
		{"organization:court-tv", "court", false},
		{"organization:fund-for-peace", "peace", true},
		{"organization:world-bank", "fund", false},
	} {
		if got := headedBy(tc.key, tc.w); got != tc.want {
			t.Errorf("headedBy(%q, %q) = %v, want %v", tc.key, tc.w, got, tc.want)
		}
	}
}

// onlyOrg alone: the one organization a test accepts named before a
// token, however far back; none when two are.
func TestOnlyOrg(t *testing.T) {
	court := actor{a: 0, b: 2, key: "organization:european-court-of-justice", typ: Organization}
	other := actor{a: 0, b: 2, key: "organization:supreme-court", typ: Organization}
	isCourt := func(a actor) bool { return headedBy(a.key, "court") }
	for _, tc := range []struct {
		name   string
		bySent map[int][]actor
		want   string
	}{
		{"one, far back", map[int][]actor{0: {court}, 5: nil}, court.key},
		{"two", map[int][]actor{0: {court}, 3: {other}}, ""},
		{"one named twice", map[int][]actor{0: {court}, 3: {court}}, court.key},
		{"none", map[int][]actor{0: {{a: 0, b: 1, key: "country:CHL", typ: Country}}}, ""},
	} {
		if got := onlyOrg(tc.bySent, 6, 0, isCourt); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// describedStateNoun alone: a state noun after "the" and one adjective in
// lower case.
func TestDescribedStateNoun(t *testing.T) {
	testAtToken(t, func(c *eventCtx, k int) bool { return describedStateNoun(c.t, k) }, []atTokenCase{
		{"an adjective", "The/DT interim/JJ government/NN accused/VBD", 2, true},
		{"a nationality", "The/DT Iraqi/JJ government/NN accused/VBD", 2, false},
		{"no article", "An/DT interim/JJ government/NN accused/VBD", 2, false},
		{"two adjectives", "the/DT new/JJ interim/JJ government/NN", 3, false},
	})
}

// onlyTwo alone: the two parties of a kind the last sentences name, though
// apart; none when they name one or three.
func TestOnlyTwo(t *testing.T) {
	isPerson := func(t EntityType) bool { return t == Person }
	ruiz, soto, lee := personAt(0, 1, "ruiz"), personAt(2, 3, "soto"), personAt(4, 5, "lee")
	for _, tc := range []struct {
		name   string
		bySent map[int][]actor
		want   []string
	}{
		{"two, in two sentences", map[int][]actor{0: {ruiz, countryAt(1, "CHL")}, 1: {soto}}, []string{"person:ruiz", "person:soto"}},
		{"one named twice", map[int][]actor{0: {ruiz}, 1: {ruiz}}, nil},
		{"three", map[int][]actor{0: {ruiz, soto}, 1: {lee}}, nil},
		{"one after the noun does not count", map[int][]actor{0: {ruiz}, 2: {personAt(9, 10, "soto")}}, nil},
	} {
		if diff := cmp.Diff(tc.want, onlyTwo(tc.bySent, 0, 2, 5, isPerson)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

// namedWith alone: the words of a description as whole words of a name.
func TestNamedWith(t *testing.T) {
	for _, tc := range []struct {
		key, phrase string
		want        bool
	}{
		{"organization:central-bank-of-brazil", "central-bank", true},
		{"organization:european-central-bank", "central-bank", true},
		{"organization:supreme-court", "supreme-court", true},
		{"organization:bank-of-england", "central-bank", false},
		{"organization:centralbank-of-x", "central-bank", false},
	} {
		if got := namedWith(tc.key, tc.phrase); got != tc.want {
			t.Errorf("namedWith(%q, %q) = %v, want %v", tc.key, tc.phrase, got, tc.want)
		}
	}
}

// addPairs alone, for "the two leaders" when people who hold no office
// are named together later: the two who hold one, named together in the
// last few sentences.
func TestAddPairsOfficeHolders(t *testing.T) {
	ruiz := actor{a: 0, b: 1, key: "person:ruiz", typ: Person}
	soto := actor{a: 2, b: 3, key: "person:soto", typ: Person}
	gil := actor{a: 2, b: 3, key: "person:gil", typ: Person}
	for _, tc := range []struct {
		name   string
		titled map[string]bool
		want   []string
	}{
		{"the two who hold an office", map[string]bool{"person:ruiz": true, "person:soto": true}, []string{"0-3 person:ruiz+person:soto"}},
		{"with no offices known, the two named last", nil, []string{"0-3 person:soto+person:gil"}},
		{"one office holder is no pair: the two named last", map[string]bool{"person:ruiz": true}, []string{"0-3 person:soto+person:gil"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := words("Ruiz met Soto .")
			doc.Sentences = append(doc.Sentences, words("Soto and Gil spoke .").Sentences...)
			doc.Sentences = append(doc.Sentences, words("the two leaders agreed").Sentences...)
			bySent := map[int][]actor{0: {ruiz, soto}, 1: {{a: 0, b: 1, key: "person:soto", typ: Person}, gil}}
			addPairs(doc, bySent, tc.titled)
			if diff := cmp.Diff(tc.want, pairsOf(bySent[2])); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// addPairs alone: "the two ministers" with no two office holders named
// together are the story's only two office holders, named apart, though
// the last sentences name a third person with no office.
func TestAddPairsOnlyHolders(t *testing.T) {
	doc := words("Ruiz warned Chile .")
	doc.Sentences = append(doc.Sentences, words("Vega and Peru spoke .").Sentences...)
	doc.Sentences = append(doc.Sentences, words("Gil said so .").Sentences...)
	doc.Sentences = append(doc.Sentences, words("the two ministers agreed").Sentences...)
	bySent := map[int][]actor{
		0: {{a: 0, b: 1, key: "person:ruiz", typ: Person}, {a: 2, b: 3, key: "country:CHL", typ: Country}},
		1: {{a: 0, b: 1, key: "person:vega", typ: Person}, {a: 2, b: 3, key: "country:PER", typ: Country}},
		2: {{a: 0, b: 1, key: "person:gil", typ: Person}},
	}
	addPairs(doc, bySent, map[string]bool{"person:ruiz": true, "person:vega": true})
	if diff := cmp.Diff([]string{"0-3 person:ruiz+person:vega"}, pairsOf(bySent[3])); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// ofNameAfter alone: "of" and a name after a noun say whose it is; "of"
// and a common noun do not.
func TestOfNameAfter(t *testing.T) {
	for _, tc := range []struct {
		text string
		k    int
		want bool
	}{
		{"the/DT government/NN of/IN Mali/NNP", 1, true},
		{"the/DT government/NN of/IN the/DT Congo/NNP", 1, true},
		{"accused/VBD the/DT government/NN of/IN complacency/NN", 2, false},
		{"accused/VBD the/DT government/NN of/IN lying/VBG", 2, false},
		{"the/DT government/NN said/VBD", 1, false},
	} {
		if got := ofNameAfter(slashTagged(tc.text), tc.k); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// nationalCompany alone: a company noun after "the" and a nationality,
// past up to two words of its trade, is a company from there; the
// nationality's index is returned.
func TestNationalCompany(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		k, want    int
	}{
		{"right after", "the/DT Chilean/JJ firm/NN", 2, 0},
		{"past a trade", "the/DT Chilean/JJ copper/NN producer/NN", 3, 0},
		{"past two words", "the/DT Chilean/JJ state/NN copper/NN producer/NN", 4, 0},
		{"past three words: none", "the/DT Chilean/JJ big/JJ state/NN copper/NN producer/NN", 5, -1},
		{"no article: none", "a/DT Chilean/JJ copper/NN producer/NN", 3, -1},
		{"no company noun: none", "the/DT Chilean/JJ copper/NN mine/NN", 3, -1},
	} {
		toks := slashTagged(tc.text)
		acts := []actor{{a: 1, b: 2, key: "country:CHL", typ: Country, demonym: true}}
		if got := nationalCompany(toks, acts, tc.k); got != tc.want {
			t.Errorf("%s: nationalCompany = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// privateAfterArticle alone: a nationality right after "a" before a noun
// of private people or firms, or after "a" or a number and adjectives
// before a noun of firms, names no state.
func TestPrivateAfterArticle(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		a          int
		want       bool
	}{
		{"a banker", "a/DT Peruvian/JJ banker/NN", 1, true},
		{"past adjectives, a firm", "a/DT new/JJ Peruvian/JJ budget/NN airline/NN", 2, true},
		{"after a number, firms", "two/CD Peruvian/JJ mining/NN companies/NNS", 1, true},
		{"past adjectives, a person", "a/DT young/JJ Peruvian/JJ woman/NN", 2, false},
		{"after a number, people", "two/CD Peruvian/JJ men/NNS", 1, false},
		{"after the", "the/DT Peruvian/JJ company/NN", 1, false},
		{"a state's body", "a/DT Peruvian/JJ court/NN", 1, false},
		{"a firm a second nationality shares", "a/DT Peruvian/JJ and/CC a/DT Chilean/JJ company/NN", 1, true},
		{"a ship a second nationality shares", "a/DT Peruvian/JJ and/CC a/DT Chilean/JJ ship/NN", 1, false},
	} {
		toks := slashTagged(tc.text)
		if got := privateAfterArticle(toks, tc.a, tc.a+1); got != tc.want {
			t.Errorf("%s: privateAfterArticle = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// statePlacedBefore alone: the state a clause went into, before a state
// noun in that clause.
func TestStatePlacedBefore(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		k          int // the state noun
		want       string
	}{
		{"into a state", "Chilean/JJ troops/NNS crossed/VBD into/IN Peru/NNP to/TO help/VB the/DT government/NN", []actor{countryAt(4, "PER")}, 8, "PER"},
		{"to its capital", "The/DT envoy/NN flew/VBD to/TO Lima/NNP to/TO meet/VB the/DT government/NN", []actor{countryAt(4, "PER")}, 8, "PER"},
		{"a state named after it", "Troops/NNS crossed/VBD into/IN Peru/NNP from/IN Chile/NNP to/TO help/VB the/DT government/NN", []actor{countryAt(3, "PER"), countryAt(5, "CHL")}, 9, ""},
		{"a clause a comma closed", "Talks/NNS began/VBD in/IN Lima/NNP ,/, and/CC the/DT rebels/NNS gave/VBD the/DT government/NN a/DT month/NN", []actor{countryAt(3, "PER")}, 10, ""},
		{"no preposition of place", "Peru/NNP helped/VBD the/DT government/NN", []actor{countryAt(0, "PER")}, 3, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := statePlacedBefore(slashTagged(tc.text), tc.acts, tc.k); got != tc.want {
				t.Errorf("%q, want %q", got, tc.want)
			}
		})
	}
}
