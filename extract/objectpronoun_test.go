package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// objectPronoun alone: an object pronoun followed by what its party did
// is the last party before it that is not the agent.
func TestObjectPronoun(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		k          int
		agents     []string
		want       []string
		last       []string // the targets of the sentence before
		persons    []string // the people the sentence before names
	}{
		{"accusing it of", "Eritrea/NNP cut/VBD ties/NNS with/IN Sudan/NNP ,/, accusing/VBG it/PRP of/IN training/VBG rebels/NNS",
			[]actor{countryAt(0, "ERI"), countryAt(4, "SDN")}, 7, []string{"country:ERI"}, []string{"country:SDN"}, nil, nil},
		{"blamed it for", "Chile/NNP met/VBD Peru/NNP and/CC blamed/VBD it/PRP for/IN allowing/VBG raids/NNS",
			[]actor{countryAt(0, "CHL"), countryAt(2, "PER")}, 5, []string{"country:CHL"}, []string{"country:PER"}, nil, nil},
		{"urged them to", "Chile/NNP met/VBD Peru/NNP and/CC urged/VBD them/PRP to/TO leave/VB",
			[]actor{countryAt(0, "CHL"), countryAt(2, "PER")}, 5, []string{"country:CHL"}, []string{"country:PER"}, nil, nil},
		{"a thing dropped", "Chile/NNP signed/VBD a/DT deal/NN with/IN Peru/NNP and/CC dropped/VBD it/PRP ./.",
			[]actor{countryAt(0, "CHL"), countryAt(5, "PER")}, 8, []string{"country:CHL"}, nil, nil, nil},
		{"past a date", "Chile/NNP cut/VBD ties/NNS with/IN Peru/NNP on/IN Tuesday/NNP ,/, accusing/VBG it/PRP of/IN spying/VBG",
			[]actor{countryAt(0, "CHL"), countryAt(4, "PER")}, 9, []string{"country:CHL"}, []string{"country:PER"}, nil, nil},
		{"past a measure of time and one thing, to a party", "Chile/NNP ordered/VBD envoys/NNS of/IN Peru/NNP to/TO leave/VB the/DT country/NN within/IN 48/CD hours/NNS ,/, accusing/VBG them/PRP of/IN spying/VBG",
			[]actor{countryAt(0, "CHL"), countryAt(4, "PER")}, 14, []string{"country:CHL"}, []string{"country:PER"}, nil, nil},
		{"one thing nearest to it", "Chile/NNP signed/VBD a/DT deal/NN with/IN Peru/NNP and/CC a/DT pact/NN ,/, calling/VBG it/PRP of/IN use/NN",
			[]actor{countryAt(0, "CHL"), countryAt(5, "PER")}, 12, []string{"country:CHL"}, nil, nil, nil},
		{"a thing nearest", "Iran/NNP seized/VBD a/DT Liberian/JJ tanker/NN on/IN Tuesday/NNP ,/, accusing/VBG it/PRP of/IN smuggling/VBG",
			[]actor{countryAt(0, "IRN"), {a: 3, b: 4, key: "country:LBR", typ: Country, demonym: true}}, 9, []string{"country:IRN"}, nil, nil, nil},
		{"a person pronoun needs a person", "Chile/NNP met/VBD Peru/NNP and/CC accused/VBD him/PRP of/IN lying/VBG",
			[]actor{countryAt(0, "CHL"), countryAt(2, "PER")}, 5, []string{"country:CHL"}, nil, nil, nil},
		{"not the owner of the agent's title", "Chile/NNP 's/POS foreign/JJ minister/NN ,/, Ignacio/NNP Walker/NNP ,/, urged/VBD it/PRP to/TO reconsider/VB",
			[]actor{countryAt(0, "CHL"), personAt(5, 7, "ignacio-walker")}, 9, []string{"person:ignacio-walker"}, []string{"country:PER"}, []string{"country:PER"}, nil},
		{"past the agent's own noun in the possessive", "Chile/NNP 's/POS government/NN said/VBD it/PRP had/VBD expelled/VBN him/PRP ./.",
			[]actor{countryAt(0, "CHL")}, 7, []string{"country:CHL"}, []string{"person:ana-ruiz"}, []string{"person:ana-ruiz"}, nil},
		{"no party but the agent", "Chile/NNP accused/VBD it/PRP of/IN lying/VBG ./.",
			[]actor{countryAt(0, "CHL")}, 2, []string{"country:CHL"}, nil, nil, nil},
		{"past the agent's title and its owner, the one party the sentence before acted on", "But/CC Hamas/NNP leader/NN Ana/NNP Ruiz/NNP accused/VBD him/PRP of/IN lying/VBG",
			[]actor{{a: 1, b: 2, key: "organization:hamas", typ: Organization}, personAt(3, 5, "ana-ruiz")}, 6, []string{"person:ana-ruiz"}, []string{"person:lee"}, []string{"person:lee"}, nil},
		{"the one party the sentence before acted on", "It/PRP accused/VBD them/PRP of/IN spying/VBG ./.",
			nil, 2, []string{"country:PER"}, []string{"country:CHL"}, []string{"country:CHL"}, nil},
		{"two parties the sentence before acted on", "It/PRP accused/VBD them/PRP of/IN spying/VBG ./.",
			nil, 2, []string{"country:PER"}, nil, []string{"country:CHL", "country:BOL"}, nil},
		{"the sentence before acted on the agent", "It/PRP accused/VBD them/PRP of/IN spying/VBG ./.",
			nil, 2, []string{"country:PER"}, nil, []string{"country:PER"}, nil},
		{"a noun of this sentence comes first", "The/DT officials/NNS accused/VBD them/PRP of/IN spying/VBG ./.",
			nil, 3, []string{"country:PER"}, nil, []string{"country:CHL"}, nil},
		{"one thing of this sentence is no them", "The/DT ministry/NN accused/VBD them/PRP of/IN spying/VBG ./.",
			nil, 3, []string{"country:PER"}, []string{"country:CHL"}, []string{"country:CHL"}, nil},
		{"a person's pronoun for a country", "It/PRP accused/VBD him/PRP of/IN spying/VBG ./.",
			nil, 2, []string{"country:PER"}, nil, []string{"country:CHL"}, nil},
		{"past the agent's own noun, the one person the sentence before names", "Egyptian/JJ police/NN arrested/VBD him/PRP ./.",
			[]actor{{a: 0, b: 1, key: "country:EGY", typ: Country, demonym: true}}, 3, []string{"country:EGY"}, []string{"person:ana-ruiz"}, nil, []string{"person:ana-ruiz"}},
		{"a noun of another's comes first", "Egypt/NNP said/VBD the/DT police/NN arrested/VBD him/PRP ./.",
			[]actor{countryAt(0, "EGY")}, 5, []string{"country:EGY"}, nil, nil, []string{"person:ana-ruiz"}},
		{"him alone, the person before it", "Ana/NNP Ruiz/NNP said/VBD Lee/NNP praised/VBD him/PRP ./.",
			[]actor{personAt(0, 2, "ana-ruiz"), personAt(3, 4, "lee")}, 5, []string{"person:lee"}, []string{"person:ana-ruiz"}, nil, nil},
		{"him at the end, the one other person of the sentence before", "Lee/NNP praised/VBD him/PRP",
			[]actor{personAt(0, 1, "lee")}, 2, []string{"person:lee"}, []string{"person:ana-ruiz"}, []string{"person:lee"}, []string{"person:ana-ruiz", "person:lee"}},
		{"him with two others in the sentence before", "Lee/NNP praised/VBD him/PRP ./.",
			[]actor{personAt(0, 1, "lee")}, 2, []string{"person:lee"}, nil, nil, []string{"person:ana-ruiz", "person:park"}},
		{"him past a quotation mark", "Lee/NNP said/VBD Park/NNP was/VBD \"/JJ wrong/JJ \"/NN and/CC urged/VBD him/PRP to/TO go/VB",
			[]actor{personAt(0, 1, "lee"), personAt(2, 3, "park")}, 9, []string{"person:lee"}, []string{"person:park"}, nil, nil},
		{"them of nationals, their state", "Peru/NNP expelled/VBD two/CD Chilean/JJ diplomats/NNS ,/, accusing/VBG them/PRP of/IN spying/VBG",
			[]actor{countryAt(0, "PER"), {a: 3, b: 4, key: "country:CHL", typ: Country, demonym: true}}, 7, []string{"country:PER"}, []string{"country:CHL"}, nil, nil},
		{"it of nationals, no state", "Peru/NNP expelled/VBD two/CD Chilean/JJ diplomats/NNS ,/, accusing/VBG it/PRP of/IN spying/VBG",
			[]actor{countryAt(0, "PER"), {a: 3, b: 4, key: "country:CHL", typ: Country, demonym: true}}, 7, []string{"country:PER"}, nil, nil, nil},
		{"them of a nationality's things, no state", "Peru/NNP seized/VBD two/CD Chilean/JJ boats/NNS ,/, accusing/VBG them/PRP of/IN smuggling/VBG",
			[]actor{countryAt(0, "PER"), {a: 3, b: 4, key: "country:CHL", typ: Country, demonym: true}}, 7, []string{"country:PER"}, nil, nil, nil},
		{"it alone may be a thing", "Chile/NNP praised/VBD it/PRP ./.",
			[]actor{countryAt(0, "CHL")}, 2, []string{"country:CHL"}, nil, nil, []string{"person:ana-ruiz"}},
		{"her, the woman of the two people the sentence before names", "Mr/NNP Lee/NNP praised/VBD her/PRP ./.",
			[]actor{personAt(1, 2, "lee")}, 3, []string{"person:lee"}, []string{"person:ruiz"}, []string{"person:soto"}, []string{"person:ruiz", "person:soto"}},
		{"him, the man the sentence before acted on", "Mr/NNP Lee/NNP praised/VBD him/PRP ./.",
			[]actor{personAt(1, 2, "lee")}, 3, []string{"person:lee"}, []string{"person:soto"}, []string{"person:soto"}, []string{"person:ruiz", "person:soto"}},
		{"her is not the man the sentence acted on", "Mr/NNP Lee/NNP praised/VBD her/PRP ./.",
			[]actor{personAt(1, 2, "lee")}, 3, []string{"person:lee"}, nil, []string{"person:soto"}, []string{"person:soto"}},
		{"her past a man named before it", "Mrs/NNP Ruiz/NNP met/VBD Mr/NNP Soto/NNP and/CC Lee/NNP praised/VBD her/PRP",
			[]actor{personAt(1, 2, "ruiz"), personAt(4, 5, "soto"), personAt(6, 7, "lee")}, 8, []string{"person:lee"}, []string{"person:ruiz"}, nil, nil},
		{"him past words said, the one other person of the sentence before", "Kenya/NNP rejected/VBD the/DT remarks/NNS and/CC summoned/VBD him/PRP ./.",
			[]actor{countryAt(0, "KEN")}, 6, []string{"country:KEN"}, []string{"person:ana-ruiz"}, nil, []string{"person:ana-ruiz"}},
		{"him past another thing: no one", "Kenya/NNP closed/VBD the/DT port/NN and/CC summoned/VBD him/PRP ./.",
			[]actor{countryAt(0, "KEN")}, 6, []string{"country:KEN"}, nil, nil, []string{"person:ana-ruiz"}},
		{"him past a state, the person before it", "Soto/NNP arrived/VBD in/IN Chile/NNP ,/, where/WRB Lee/NNP greeted/VBD him/PRP ./.",
			[]actor{personAt(0, 1, "soto"), countryAt(3, "CHL"), personAt(6, 7, "lee")}, 8, []string{"person:lee"}, []string{"person:soto"}, nil, nil},
		{"it stops at a state", "Soto/NNP arrived/VBD in/IN Chile/NNP ,/, where/WRB Lee/NNP accused/VBD it/PRP of/IN lying/VBG",
			[]actor{personAt(0, 1, "soto"), countryAt(3, "CHL"), personAt(6, 7, "lee")}, 8, []string{"person:lee"}, []string{"country:CHL"}, nil, nil},
		{"him past the agent's title in apposition", "Soto/NNP arrived/VBD ,/, and/CC the/DT Chilean/JJ leader/NN ,/, Lee/NNP ,/, greeted/VBD him/PRP ./.",
			[]actor{personAt(0, 1, "soto"), {a: 5, b: 6, key: "country:CHL", typ: Country, demonym: true}, personAt(8, 9, "lee")}, 11, []string{"person:lee"}, []string{"person:soto"}, nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts, lastTargets: tc.last, lastPersons: tc.persons, titles: map[string]bool{"leader": true, "minister": true},
				genders: map[string]gender{"person:ruiz": female, "person:soto": male}}
			if diff := cmp.Diff(tc.want, c.objectPronoun(tc.k, tc.agents)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// saidOwner alone: his or her owning what was said, after a verb whose
// agents are no person, stands for the person found as for "him".
func TestSaidOwner(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		k          int
		agents     []string
		want       []string
	}{
		{"his remarks rejected by a state", "Kenya/NNP rejected/VBD his/PRP$ remarks/NNS ./.", []actor{countryAt(0, "KEN")}, 2, []string{"country:KEN"}, []string{"person:ana-ruiz"}},
		{"past an adjective", "Kenya/NNP rejected/VBD his/PRP$ latest/JJ remarks/NNS ./.", []actor{countryAt(0, "KEN")}, 2, []string{"country:KEN"}, []string{"person:ana-ruiz"}},
		{"a person's own remarks", "Lee/NNP defended/VBD his/PRP$ remarks/NNS ./.", []actor{personAt(0, 1, "lee")}, 2, []string{"person:lee"}, nil},
		{"its remarks: a state's own", "Kenya/NNP defended/VBD its/PRP$ remarks/NNS ./.", []actor{countryAt(0, "KEN")}, 2, []string{"country:KEN"}, nil},
		{"his thing said of no words", "Kenya/NNP seized/VBD his/PRP$ car/NN ./.", []actor{countryAt(0, "KEN")}, 2, []string{"country:KEN"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts, lastPersons: []string{"person:ana-ruiz"}}
			if diff := cmp.Diff(tc.want, c.saidOwner(tc.k, tc.agents)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// prepPronoun alone: a pronoun after the preposition of a verb's target
// is the one party of its kind named before it, past the agents.
func TestPrepPronoun(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		end        int
		spec       []string
		agents     []string
		want       []string
	}{
		{"with him", "Hekmatyar/NNP ,/, once/RB Rabbani/NNP 's/POS rival/NN ,/, made/VBD a/DT pact/NN with/IN him/PRP",
			[]actor{personAt(0, 1, "hekmatyar"), personAt(3, 4, "rabbani")}, 10, []string{"with"}, []string{"person:hekmatyar"}, []string{"person:rabbani"}},
		{"with it", "Chile/NNP met/VBD Peru/NNP and/CC signed/VBD a/DT deal/NN with/IN it/PRP",
			[]actor{countryAt(0, "CHL"), countryAt(2, "PER")}, 5, []string{"with"}, []string{"country:CHL"}, []string{"country:PER"}},
		{"two parties of the kind", "Chile/NNP met/VBD Peru/NNP and/CC Bolivia/NNP and/CC signed/VBD a/DT deal/NN with/IN it/PRP",
			[]actor{countryAt(0, "CHL"), countryAt(2, "PER"), countryAt(4, "BOL")}, 7, []string{"with"}, []string{"country:CHL"}, nil},
		{"a person pronoun needs a person", "Chile/NNP met/VBD Peru/NNP and/CC signed/VBD a/DT deal/NN with/IN him/PRP",
			[]actor{countryAt(0, "CHL"), countryAt(2, "PER")}, 5, []string{"with"}, []string{"country:CHL"}, nil},
		{"another preposition", "Chile/NNP met/VBD Peru/NNP and/CC signed/VBD a/DT deal/NN for/IN it/PRP",
			[]actor{countryAt(0, "CHL"), countryAt(2, "PER")}, 5, []string{"with"}, []string{"country:CHL"}, nil},
		{"past another verb", "Chile/NNP met/VBD Peru/NNP and/CC signed/VBD a/DT deal/NN to/TO work/VB with/IN it/PRP",
			[]actor{countryAt(0, "CHL"), countryAt(2, "PER")}, 5, []string{"with"}, []string{"country:CHL"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if diff := cmp.Diff(tc.want, c.prepPronoun(tc.end, tc.spec, tc.agents)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// mostSalient alone: of several people, the one the document names most,
// twice at least and more than any other.
func TestMostSalient(t *testing.T) {
	c := &eventCtx{salience: map[string]int{"person:a": 3, "person:b": 1, "person:c": 3, "person:d": 1}}
	for _, tc := range []struct {
		people []string
		want   string
	}{
		{[]string{"person:a", "person:b"}, "person:a"},
		{[]string{"person:a", "person:c"}, ""},
		{[]string{"person:b", "person:d"}, ""},
		{[]string{"person:b"}, ""},
		{nil, ""},
	} {
		if got := c.mostSalient(tc.people); got != tc.want {
			t.Errorf("mostSalient(%v) = %q, want %q", tc.people, got, tc.want)
		}
	}
}

// objectPronoun alone, for the subject the sentence before opens with: a
// party's pronoun stands for it when that sentence acted on no one.
func TestObjectPronounOpeningSubject(t *testing.T) {
	lee, chile := personAt(0, 1, "lee"), countryAt(0, "CHL")
	for _, tc := range []struct {
		name, text string
		last       []string // the targets of the sentence before
		want       []string
	}{
		{"it, when the sentence before acted on no one", "Lee/NNP urged/VBD it/PRP to/TO leave/VB", nil, []string{"country:CHL"}},
		{"not when it acted on two", "Lee/NNP urged/VBD it/PRP to/TO leave/VB", []string{"country:PER", "country:BOL"}, nil},
		{"nor him", "Lee/NNP urged/VBD him/PRP to/TO leave/VB", nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: []actor{lee}, lastTargets: tc.last, before: chile}
			if diff := cmp.Diff(tc.want, c.objectPronoun(2, []string{lee.key})); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
