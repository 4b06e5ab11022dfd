package extract

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// pastRelative alone: the token before a relative clause in commas.
func TestPastRelative(t *testing.T) {
	for _, tc := range []struct {
		text string
		k    int
		want int
	}{
		{"condemned/VBD the/DT attack/NN ,/, which/WDT was/VBD claimed/VBN ,/, and/CC urged/VBD", 7, 2},
		{"flew/VBD to/TO Cairo/NNP ,/, where/WRB he/PRP met/VBD Ali/NNP ,/, and/CC", 8, 2},
		{"condemned/VBD the/DT attack/NN ,/, and/CC urged/VBD", 3, 3},
		{"said/VBD ,/, in/IN a/DT speech/NN ,/, and/CC", 5, 5},
		{"suffers/VBZ from/IN osteoporosis/NN ,/, a/DT disease/NN that/WDT weakens/VBZ bones/NNS ,/, and/CC", 9, 2},
		{"met/VBD Ruiz/NNP ,/, the/DT minister/NN who/WP signed/VBD ,/, and/CC", 7, 1},
		{"met/VBD Ruiz/NNP ,/, the/DT minister/NN said/VBD that/IN Peru/NNP left/VBD ,/, and/CC", 9, 9},
	} {
		c := &eventCtx{t: slashTagged(tc.text)}
		if got := c.pastRelative(tc.k); got != tc.want {
			t.Errorf("%s (%d): %d, want %d", tc.text, tc.k, got, tc.want)
		}
	}
}

// subjectOf alone, for verbs coordinated with the first across what
// stands between them.
func TestCoordinatedSubject(t *testing.T) {
	abbas := personAt(0, 1, "abbas")
	for _, tc := range []struct {
		name, text string
		acts       []actor
		v          int
		want       []string
	}{
		{"past a relative clause", "Abbas/NNP condemned/VBD the/DT attack/NN ,/, which/WDT was/VBD claimed/VBN ,/, and/CC urged/VBD Israel/NNP", []actor{abbas, countryAt(11, "ISR")}, 10, []string{"person:abbas"}},
		{"a participle after a past tense", "Abbas/NNP urged/VBD Syria/NNP to/TO withdraw/VB and/CC called/VBN on/IN Iran/NNP", []actor{abbas, countryAt(2, "SYR"), countryAt(8, "IRN")}, 6, []string{"person:abbas"}},
		{"a by-phrase with its article is no subject", "charity/NN was/VBD accused/VBN by/IN the/DT US/NNP of/IN funding/VBG", []actor{countryAt(5, "USA")}, 7, nil},
		{"a by-phrase's participle is its author's", "a/DT resolution/NN by/IN the/DT UN/NNP expressing/VBG concern/NN", []actor{{a: 4, b: 5, key: "organization:united-nations", typ: Organization}}, 5, []string{"organization:united-nations"}},
		{"a named body in apposition to the subject's noun", "The/DT EU/NNP 's/POS executive/NN ,/, the/DT Commission/NNP ,/, fined/VBD Intel/NNP", []actor{{a: 1, b: 2, key: "organization:eu", typ: Organization}, {a: 6, b: 7, key: "organization:commission", typ: Organization}, {a: 9, b: 10, key: "organization:intel", typ: Organization}}, 8, []string{"organization:commission"}},
		{"a description in apposition is skipped", "Russia/NNP ,/, the/DT biggest/JJS producer/NN ,/, criticised/VBD Opec/NNP", []actor{countryAt(0, "RUS"), {a: 7, b: 8, key: "organization:opec", typ: Organization}}, 6, []string{"country:RUS"}},
		{"a base verb after the first's object", "Abbas/NNP will/MD visit/VB Syria/NNP and/CC meet/VB Assad/NNP", []actor{abbas, countryAt(3, "SYR"), personAt(6, 7, "assad")}, 5, []string{"person:abbas"}},
		{"a base verb after an infinitive's object", "Abbas/NNP is/VBZ due/JJ to/TO visit/VB Syria/NNP and/CC meet/VB Assad/NNP", []actor{abbas, countryAt(5, "SYR"), personAt(8, 9, "assad")}, 7, []string{"person:abbas"}},
		{"an apposition that opens with an adverb", "Abbas/NNP ,/, once/RB Fatah/NNP 's/POS rival/NN ,/, met/VBD Assad/NNP", []actor{abbas, {a: 3, b: 4, key: "organization:fatah", typ: Organization}, personAt(8, 9, "assad")}, 7, []string{"person:abbas"}},
		{"a participle sharing a perfect's auxiliary, past an object's gerund", "Abbas/NNP has/VBZ accused/VBN Syria/NNP of/IN planning/VBG an/DT attack/NN and/CC called/VBN on/IN Iran/NNP",
			[]actor{abbas, countryAt(3, "SYR"), countryAt(11, "IRN")}, 9, []string{"person:abbas"}},
		{"a passive participle after an auxiliary", "Kurds/NNPS were/VBD arrested/VBN and/CC charged/VBN", []actor{countryAt(0, "KUR")}, 4, []string{"country:KUR"}},
		{"a name joined past the owner of the next", "Toyota/NNP and/CC China/NNP 's/POS FAW/NNP signed/VBD",
			[]actor{{a: 0, b: 1, key: "organization:toyota", typ: Organization}, countryAt(2, "CHN"), {a: 4, b: 5, key: "organization:faw", typ: Organization}}, 5, []string{"organization:faw", "organization:toyota"}},
		{"a name joined past its short form in brackets and the next's adjective", "The/DT Blue/NNP Army/NNP (/( BA/NNP )/) and/CC the/DT smaller/JJR Red/NNP Front/NNP signed/VBD",
			[]actor{{a: 1, b: 3, key: "organization:blue-army", typ: Organization}, {a: 9, b: 11, key: "organization:red-front", typ: Organization}}, 11, []string{"organization:red-front", "organization:blue-army"}},
		{"a list after an opening phrase ends at its comma", "According/VBG to/TO US/NNP estimates/NNS ,/, France/NNP and/CC Spain/NNP lent/VBD",
			[]actor{countryAt(2, "USA"), countryAt(5, "FRA"), countryAt(7, "ESP")}, 8, []string{"country:ESP", "country:FRA"}},
		{"past a relative clause that holds a list", "Hess/NNP ,/, which/WDT has/VBZ partners/NNS in/IN Chile/NNP ,/, Peru/NNP and/CC Bolivia/NNP ,/, is/VBZ negotiating/VBG",
			[]actor{{a: 0, b: 1, key: "organization:hess", typ: Organization}, countryAt(6, "CHL"), countryAt(8, "PER"), countryAt(10, "BOL")}, 13, []string{"organization:hess"}},
		{"one name in apposition is no list", "Lee/NNP and/CC his/PRP$ counterpart/NN ,/, Soto/NNP ,/, met/VBD",
			[]actor{personAt(0, 1, "lee"), personAt(5, 6, "soto")}, 7, []string{"person:soto", "person:lee"}},
		{"an adjective with no article joins nothing", "Chile/NNP and/CC smaller/JJR Peru/NNP signed/VBD", []actor{countryAt(0, "CHL"), countryAt(3, "PER")}, 4, []string{"country:PER"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if diff := cmp.Diff(tc.want, c.subjectOf(tc.v)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// officeAfter alone: the words after a possessor name an office.
func TestOfficeAfter(t *testing.T) {
	titles := map[string]bool{"secretary": true, "general": true, "minister": true}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"secretary/NN general/NN welcomed/VBD", true},
		{"foreign/JJ minister/NN said/VBD", true},
		{"secretary/NN office/NN said/VBD", false},
		{"army/NN said/VBD", false},
	} {
		c := &eventCtx{t: slashTagged(tc.text), titles: titles}
		if got := c.officeAfter(0, len(c.t)-1); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// trailingParticipleSubject alone: a participle after a comma is done by
// the subject of the sentence's first verb.
func TestTrailingParticipleSubject(t *testing.T) {
	for _, tc := range []struct {
		text   string
		v      int
		verbal bool
		want   []string
	}{
		{"Chile/NNP sentenced/VBD Ruiz/NNP ,/, drawing/VBG criticism/NN", 4, true, []string{"country:CHL"}},
		{"Chile/NNP sentenced/VBD Ruiz/NNP drawing/VBG criticism/NN", 3, true, nil},
		{"Chile/NNP sentenced/VBD Ruiz/NNP ,/, a/DT move/NN", 4, true, nil},
		{"Talks/NNS collapsed/VBD after/IN Chile/NNP walked/VBD out/RP ,/, accusing/VBG Ruiz/NNP", 7, true, []string{"country:CHL"}},
		// an act not done by saying is the nearest clause's, whose subject is no party
		{"Ruiz/NNP said/VBD the/DT arms/NNS sales/NNS violate/VBP the/DT treaty/NN ,/, undermining/VBG Peru/NNP", 9, false, nil},
		// an act done by saying goes past it to the speaker
		{"Chile/NNP said/VBD the/DT sanctions/NNS hurt/VBP trade/NN ,/, accusing/VBG Peru/NNP", 7, true, []string{"country:CHL"}},
		{"Chile/NNP said/VBD Peru/NNP broke/VBD the/DT treaty/NN ,/, undermining/VBG Bolivia/NNP", 7, false, []string{"country:PER"}},
	} {
		toks := slashTagged(tc.text)
		c := &eventCtx{t: toks, acts: namedActors(toks)}
		if diff := cmp.Diff(tc.want, c.trailingParticipleSubject(tc.v, tc.verbal)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.text, diff)
		}
	}
}

// possessorOfPeople alone: the owner of a nationality's people.
func TestPossessorOfPeople(t *testing.T) {
	alb := actor{a: 2, b: 3, key: "country:ALB", typ: Country, demonym: true}
	for _, tc := range []struct {
		name, text string
		acts       []actor
		want       int
	}{
		{"an owner before the people", "Kosovo/NNP 's/POS Albanian/JJ leaders/NNS", []actor{countryAt(0, "XKX"), alb}, 0},
		{"no owner", "the/DT senior/JJ Albanian/JJ leaders/NNS", []actor{alb}, -1},
		{"a country, not a nationality", "Kosovo/NNP 's/POS Albania/NNP", []actor{countryAt(0, "XKX"), countryAt(2, "ALB")}, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if got := c.possessorOfPeople(len(tc.acts) - 1); got != tc.want {
				t.Errorf("got %d, want %d", got, tc.want)
			}
		})
	}
}

// groupAfter alone: the words after a possessor up to the verb name its
// state as a whole.
func TestGroupAfter(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"a group noun", "Chile/NNP 's/POS government/NN said/VBD", true},
		{"an adjective before it", "Chile/NNP 's/POS interim/JJ government/NN said/VBD", true},
		{"a noun before it", "Chile/NNP 's/POS security/NN forces/NNS attacked/VBD", true},
		{"a coast guard", "Chile/NNP 's/POS coast/NN guard/NN expelled/VBD", true},
		{"a state agency", "Chile/NNP 's/POS environment/NN agency/NN fined/VBD", true},
		{"a regulator", "Chile/NNP 's/POS competition/NN regulator/NN fined/VBD", true},
		{"its machines of war", "Chile/NNP 's/POS military/JJ aircraft/NNS struck/VBD", true},
		{"a name before it is another's", "Chile/NNP 's/POS Codelco/NNP workers/NNS struck/VBD", false},
		{"no group noun", "Chile/NNP 's/POS trade/NN minister/NN met/VBD", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks}
			if got := c.groupAfter(2, len(toks)-1); got != tc.want {
				t.Errorf("groupAfter = %v, want %v", got, tc.want)
			}
		})
	}
}

// breaksClause alone: a clause break that is a preposition opens a clause
// only where a finite verb follows it.
func TestBreaksClause(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		j          int
		want       bool
	}{
		{"a preposition before a date", "on/IN a/DT visit/NN since/IN October/NNP ,/,", 3, false},
		{"a conjunction before a clause", "because/IN Peru/NNP refused/VBD ,/,", 0, true},
		{"punctuation always breaks", "talks/NNS ;/: Peru/NNP ,/,", 1, true},
		{"no clause break", "on/IN a/DT visit/NN ,/,", 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks}
			if got := c.breaksClause(tc.j, len(toks)-1); got != tc.want {
				t.Errorf("breaksClause = %v, want %v", got, tc.want)
			}
		})
	}
}

// The subject of a relative clause on an event noun is who does the event.
func TestRelativeOnEventNoun(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		v          int
		want       []string
	}{
		{"that after an owned event noun", "Chile/NNP condemned/VBD a/DT Peruvian/JJ air/NN strike/NN that/WDT killed/VBD Bolivians/NNPS", 6, []string{"country:PER"}},
		{"which after an owned event noun", "Chile/NNP condemned/VBD Peru/NNP 's/POS strike/NN ,/, which/WDT killed/VBD five/CD", 7, []string{"country:PER"}},
		{"that after another noun", "Chile/NNP shelled/VBD a/DT town/NN that/WDT borders/VBZ Peru/NNP", 5, nil},
		{"that after an actor opens no relative clause", "Chile/NNP told/VBD Peru/NNP that/IN won/VBD", 4, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			acts := namedActors(toks)
			for i, tok := range toks {
				if tok.Text == "Peruvian" {
					acts = append(acts, actor{a: i, b: i + 1, key: "country:PER", typ: Country, demonym: true})
				}
			}
			slices.SortFunc(acts, func(x, y actor) int { return x.a - y.a })
			c := &eventCtx{t: toks, acts: acts}
			if diff := cmp.Diff(tc.want, c.subjectOf(tc.v)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// titleOpens and titleOpensPhrase alone: appositions and phrases that open
// with an office.
func TestTitleOpens(t *testing.T) {
	titles := map[string]bool{"minister": true, "head": true, "leader": true}
	for _, tc := range []struct {
		name, text string
		j          int // the comma after the phrase
		want       bool
	}{
		{"an office with no article", "Ruiz/NNP ,/, foreign/JJ minister/NN of/IN Chile/NNP ,/,", 1, true},
		{"an adjective of no office", "Chile/NNP ,/, rich/JJ in/IN copper/NN ,/,", 1, false},
		{"an office after a modifier of titles the tagger read as a verb", "Ruiz/NNP ,/, deposed/VBD leader/NN of/IN the/DT party/NN ,/,", 1, true},
		{"a verb that modifies no title", "Ruiz/NNP ,/, visited/VBD Chile/NNP ,/,", 1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, titles: titles}
			if got := c.titleOpens(tc.j+1, len(toks)-1); got != tc.want {
				t.Errorf("titleOpens = %v, want %v", got, tc.want)
			}
		})
	}
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"the head of a body", "The/DT head/NN of/IN the/DT Atomic/NNP Agency/NNP ,/, Ruiz/NNP", true},
		{"a leader in a country", "The/DT opposition/NN leader/NN in/IN Peru/NNP ,/, Ruiz/NNP", true},
		{"no office", "The/DT town/NN of/IN Lima/NNP ,/, Ruiz/NNP", false},
		{"an office in capitals", "The/DT Prime/NNP Minister/NNP ,/, Ruiz/NNP", true},
		{"a name in capitals with no office", "The/DT Lima/NNP Times/NNP ,/, Ruiz/NNP", false},
		{"a country's office", "The/DT Peru/NNP ambassador/NN in/IN Lima/NNP ,/, Ruiz/NNP", true},
		{"a body named before no office", "The/DT Lima/NNP museum/NN in/IN Peru/NNP ,/, Ruiz/NNP", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, titles: map[string]bool{"minister": true, "head": true, "leader": true, "ambassador": true}, acts: namedActors(toks)}
			j := len(toks) - 2
			if got := c.titleOpensPhrase(j); got != tc.want {
				t.Errorf("titleOpensPhrase = %v, want %v", got, tc.want)
			}
		})
	}
}

// subjectOf alone: a speech verb ends the words a subject is read from.
func TestSubjectStopsAtReport(t *testing.T) {
	monde := actor{a: 0, b: 2, key: "organization:le-monde", typ: Organization}
	for _, tc := range []struct {
		name, text string
		v          int
		want       []string
	}{
		{"after said", "Le/NNP Monde/NNP said/VBD some/DT groups/NNS attacked/VBD Peru/NNP", 5, nil},
		{"after reported", "Le/NNP Monde/NNP reported/VBD some/DT groups/NNS attacked/VBD Peru/NNP", 5, nil},
		{"after confirmed", "Le/NNP Monde/NNP confirmed/VBD some/DT groups/NNS attacked/VBD Peru/NNP", 5, nil},
		{"the reporter's own act", "Le/NNP Monde/NNP attacked/VBD Peru/NNP", 2, []string{"organization:le-monde"}},
		{"a participle that describes what was announced", "Le/NNP Monde/NNP announced/VBD export/NN controls/NNS targeting/VBG Peru/NNP", 5, []string{"organization:le-monde"}},
		{"a passive report before to: the reported act's subject", "Le/NNP Monde/NNP is/VBZ said/VBN to/TO have/VB attacked/VBN Peru/NNP", 6, []string{"organization:le-monde"}},
		{"a passive report the tagger read as a past tense", "Le/NNP Monde/NNP is/VBZ said/VBD to/TO have/VB attacked/VBN Peru/NNP", 6, []string{"organization:le-monde"}},
		{"no passive report without to", "Le/NNP Monde/NNP is/VBZ said/VBN ,/, attacked/VBN Peru/NNP", 5, nil},
		{"a denied clause with no that has a subject of its own", "Le/NNP Monde/NNP denied/VBD the/DT fishermen/NNS attacked/VBD Peru/NNP", 5, nil},
		{"a verb joined to the denial is the denier's", "Le/NNP Monde/NNP denied/VBD the/DT charges/NNS and/CC attacked/VBD Peru/NNP", 6, []string{"organization:le-monde"}},
		{"a verb joined past a denied clause is the denier's", "Le/NNP Monde/NNP denied/VBD there/EX was/VBD a/DT danger/NN ,/, but/CC attacked/VBD Peru/NNP", 9, []string{"organization:le-monde"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: []actor{monde, countryAt(len(slashTagged(tc.text))-1, "PER")}}
			if diff := cmp.Diff(tc.want, c.subjectOf(tc.v)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// subjectOf alone: a gerund of the reason after a party is that party's.
func TestReasonGerundSubject(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		v          int
		want       []string
	}{
		{"after the punished party", "Chile/NNP imposed/VBD sanctions/NNS on/IN Peru/NNP for/IN invading/VBG Bolivia/NNP", []actor{countryAt(0, "CHL"), countryAt(4, "PER"), countryAt(7, "BOL")}, 6, []string{"country:PER"}},
		{"after the praised party", "Chile/NNP praised/VBD Peru/NNP for/IN helping/VBG Bolivia/NNP", []actor{countryAt(0, "CHL"), countryAt(2, "PER"), countryAt(5, "BOL")}, 4, []string{"country:PER"}},
		{"no party before the reason", "Chile/NNP paid/VBD for/IN training/VBG Peruvian/JJ troops/NNS", []actor{countryAt(0, "CHL"), {a: 4, b: 5, key: "country:PER", typ: Country, demonym: true}}, 3, []string{"country:CHL"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if diff := cmp.Diff(tc.want, c.subjectOf(tc.v)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// passiveAgent alone: the by-phrase after a passive, shared by participles
// joined right after it, not by one joined after more words.
func TestPassiveAgent(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		end        int
		want       []string
	}{
		{"a by-phrase", "Ruiz/NNP was/VBD sacked/VBN by/IN Chile/NNP", []actor{personAt(0, 1, "ruiz"), countryAt(4, "CHL")}, 3, []string{"country:CHL"}},
		{"shared by joined participles", "Chileans/NNPS were/VBD killed/VBN or/CC wounded/VBN by/IN Peru/NNP", []actor{countryAt(6, "PER")}, 3, []string{"country:PER"}},
		{"a nationality in the phrase of the act", "Ruiz/NNP was/VBD killed/VBN in/IN an/DT Chilean/JJ raid/NN", []actor{personAt(0, 1, "ruiz"), {a: 5, b: 6, key: "country:CHL", typ: Country, demonym: true}}, 3, []string{"country:CHL"}},
		{"a nationality past the phrase, who tells", "Ruiz/NNP was/VBD killed/VBN in/IN Lima/NNP ,/, Chilean/JJ police/NNS said/VBD", []actor{personAt(0, 1, "ruiz"), {a: 6, b: 7, key: "country:CHL", typ: Country, demonym: true}}, 3, nil},
		{"a later participle's own", "Ruiz/NNP was/VBD sacked/VBN after/IN the/DT tour/NN and/CC replaced/VBN by/IN Diaz/NNP", []actor{personAt(0, 1, "ruiz"), personAt(9, 10, "diaz")}, 3, nil},
		{"a later participle's own, past an adverb", "Acme/NNP was/VBD sold/VBN last/JJ year/NN and/CC eventually/RB acquired/VBD by/IN Chile/NNP", []actor{countryAt(9, "CHL")}, 3, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if diff := cmp.Diff(tc.want, c.passiveAgent(tc.end)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// claimOwnerSubject alone: the author of a claim or bid that is the
// subject of a passive, right before the verb or before its infinitive or
// its topic.
func TestClaimOwnerSubject(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		v          int
		want       string
	}{
		{"a possessed claim", "Chile/NNP 's/POS proposal/NN was/VBD rejected/VBN by/IN Peru/NNP", []actor{countryAt(0, "CHL"), countryAt(6, "PER")}, 4, "country:CHL"},
		{"a bid and its infinitive", "Chile/NNP 's/POS bid/NN to/TO join/VB Mercosur/NNP was/VBD backed/VBN by/IN Peru/NNP", []actor{countryAt(0, "CHL"), {a: 5, b: 6, key: "organization:mercosur", typ: Organization}, countryAt(9, "PER")}, 7, "country:CHL"},
		{"a claim and its topic", "Ruiz/NNP 's/POS remarks/NNS about/IN Bolivia/NNP were/VBD criticised/VBN by/IN Peru/NNP", []actor{personAt(0, 1, "ruiz"), countryAt(4, "BOL"), countryAt(8, "PER")}, 6, "person:ruiz"},
		{"no claim noun", "Chile/NNP 's/POS ambassador/NN was/VBD expelled/VBN by/IN Peru/NNP", []actor{countryAt(0, "CHL"), countryAt(6, "PER")}, 4, ""},
		{"no possessor", "the/DT proposal/NN was/VBD rejected/VBN by/IN Peru/NNP", []actor{countryAt(5, "PER")}, 3, ""},
		{"not across a clause", "Chile/NNP 's/POS proposal/NN failed/VBD and/CC Ruiz/NNP was/VBD sacked/VBN", []actor{countryAt(0, "CHL"), personAt(5, 6, "ruiz")}, 7, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if got := c.claimOwnerSubject(tc.v); got != tc.want {
				t.Errorf("claimOwnerSubject(%d) = %q, want %q", tc.v, got, tc.want)
			}
		})
	}
}

// speakerGoesOn alone: a verb joined after a reported clause is the
// speaker's.
func TestSpeakerGoesOn(t *testing.T) {
	clarke, howard := personAt(0, 1, "clarke"), personAt(2, 3, "howard")
	for _, tc := range []struct {
		name, text string
		acts       []actor
		v          int
		want       []string
	}{
		{"after a reported clause", "Clarke/NNP said/VBD Howard/NNP was/VBD wrong/JJ and/CC urged/VBD him/PRP", []actor{clarke, howard}, 6, []string{"person:clarke"}},
		{"after a that-clause", "Clarke/NNP said/VBD that/IN Howard/NNP was/VBD wrong/JJ and/CC urged/VBD him/PRP", []actor{clarke, personAt(3, 4, "howard")}, 7, []string{"person:clarke"}},
		{"two verbs in the clause", "Clarke/NNP said/VBD Howard/NNP was/VBD wrong/JJ and/CC had/VBD lied/VBN and/CC urged/VBD him/PRP", []actor{clarke, howard}, 10, nil},
		{"no coordinator", "Clarke/NNP said/VBD Howard/NNP was/VBD wrong/JJ ,/, urged/VBD him/PRP", []actor{clarke, howard}, 6, nil},
		{"no speech verb", "Clarke/NNP met/VBD Howard/NNP and/CC urged/VBD him/PRP", []actor{clarke, howard}, 4, nil},
		{"but the speaker's", "Clarke/NNP said/VBD Howard/NNP was/VBD wrong/JJ but/CC urged/VBD him/PRP", []actor{clarke, howard}, 6, []string{"person:clarke"}},
		{"past quotation marks the tagger took for words", "Clarke/NNP said/VBD \"/VBZ Howard/NNP was/VBD wrong/JJ \"/NN and/CC urged/VBD him/PRP", []actor{clarke, personAt(3, 4, "howard")}, 8, []string{"person:clarke"}},
		{"a clause of its own", "Clarke/NNP said/VBD Howard/NNP was/VBD wrong/JJ ;/: but/CC urged/VBD him/PRP", []actor{clarke, howard}, 7, nil},
		{"but the speaker's after a comma", "Clarke/NNP said/VBD Howard/NNP was/VBD wrong/JJ ,/, but/CC urged/VBD him/PRP", []actor{clarke, howard}, 7, []string{"person:clarke"}},
		{"clauses of a clause, then a comma", "Clarke/NNP said/VBD it/PRP was/VBD wrong/JJ that/IN Howard/NNP had/VBD lied/VBN ,/, and/CC urged/VBD him/PRP", []actor{clarke, personAt(6, 7, "howard")}, 11, []string{"person:clarke"}},
		{"too many clauses", "Clarke/NNP said/VBD it/PRP was/VBD wrong/JJ that/IN Howard/NNP had/VBD said/VBN he/PRP was/VBD ill/JJ and/CC had/VBD lied/VBN ,/, and/CC urged/VBD him/PRP", []actor{clarke, personAt(6, 7, "howard")}, 18, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if diff := cmp.Diff(tc.want, c.speakerGoesOn(tc.v)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// nounSubjectBetween alone: a clause joined after a clause with a verb of
// its own, whose subject is a common noun, has no actor for subject.
func TestNounSubjectBetween(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		k, v       int
		want       bool
	}{
		{"a noun's clause after a verb's", "Chile/NNP 's/POS parliament/NN was/VBD suspended/VBN and/CC political/JJ parties/NNS are/VBP banned/VBN", 5, 9, true},
		{"nouns joined are one subject", "Chilean/JJ helicopters/NNS and/CC tanks/NNS shelled/VBD Peru/NNP", 2, 4, false},
		{"a state's body stands for an actor", "Chile/NNP protested/VBD and/CC the/DT government/NN summoned/VBD Peru/NNP", 2, 5, false},
		{"an actor subject", "Chile/NNP protested/VBD and/CC Peru/NNP replied/VBD", 2, 4, false},
	} {
		toks := slashTagged(tc.text)
		c := &eventCtx{t: toks, acts: namedActors(toks)}
		if got := c.nounSubjectBetween(tc.k, tc.v); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}

// subjectOf alone: a titled name in apposition to a title is the subject.
func TestTitledNameApposition(t *testing.T) {
	titles := map[string]bool{"commander": true, "general": true, "brigadier": true}
	party := actor{a: 1, b: 2, key: "organization:m23", typ: Organization}
	for _, tc := range []struct {
		name, text string
		acts       []actor
		want       []string
	}{
		{"a titled name after a title", "A/DT M23/NNP commander/NN ,/, Brigadier/NNP General/NNP Ana/NNP Ruiz/NNP ,/, was/VBD killed/VBN", []actor{party, personAt(6, 8, "ana-ruiz")}, []string{"person:ana-ruiz"}},
		{"a name after a title", "A/DT M23/NNP commander/NN ,/, Ana/NNP Ruiz/NNP ,/, was/VBD killed/VBN", []actor{party, personAt(4, 6, "ana-ruiz")}, []string{"person:ana-ruiz"}},
		{"a titled name after a name is the name's apposition", "M23/NNP ,/, General/NNP Ana/NNP Ruiz/NNP ,/, was/VBD killed/VBN", []actor{{a: 0, b: 1, key: "organization:m23", typ: Organization}, personAt(3, 5, "ana-ruiz")}, []string{"organization:m23"}},
		{"a titled name after a noun of no office", "A/DT M23/NNP unit/NN ,/, General/NNP Ana/NNP Ruiz/NNP ,/, was/VBD killed/VBN", []actor{party, personAt(5, 7, "ana-ruiz")}, []string{"organization:m23"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: tc.acts, titles: titles}
			if diff := cmp.Diff(tc.want, c.subjectOf(len(toks)-1)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// groupOwner alone: a state's body named by a group noun is the state's.
func TestGroupOwner(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		j          int
		acts       []actor
		want       string
	}{
		{"a possessor", "Peru/NNP 's/POS government/NN", 2, []actor{countryAt(0, "PER")}, "country:PER"},
		{"a nationality", "the/DT Peruvian/JJ army/NN", 2, []actor{{a: 1, b: 2, key: "country:PER", typ: Country, demonym: true}}, "country:PER"},
		{"no group noun", "Peru/NNP 's/POS proposal/NN", 2, []actor{countryAt(0, "PER")}, ""},
		{"an owner after a preposition", "in/IN Peru/NNP 's/POS army/NN", 3, []actor{countryAt(1, "PER")}, ""},
		{"no owner", "the/DT army/NN", 1, nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			got := ""
			if a := c.groupOwner(tc.j); a >= 0 {
				got = c.acts[a].key
			}
			if got != tc.want {
				t.Errorf("groupOwner = %q, want %q", got, tc.want)
			}
		})
	}
}

// auxiliaryStart alone: the auxiliaries and modals that open a verb's
// group, with adverbs among them.
func TestAuxiliaryStart(t *testing.T) {
	for _, tc := range []struct {
		text string
		v    int
		want int
	}{
		{"and/CC will/MD visit/VB", 2, 1},
		{"and/CC has/VBZ not/RB met/VBN", 3, 1},
		{"and/CC would/MD then/RB meet/VB", 3, 1},
		{"and/CC has/VBZ been/VBN arrested/VBN", 3, 1},
		{"and/CC met/VBD", 1, 1},
		{"and/CC then/RB met/VBD", 2, 2},
		{"and/CC wanted/VBD to/TO meet/VB", 3, 3},
	} {
		if got := auxiliaryStart(slashTagged(tc.text), tc.v); got != tc.want {
			t.Errorf("%s (%d): %d, want %d", tc.text, tc.v, got, tc.want)
		}
	}
}

// coordinatorBefore alone: the coordinator before a verb, past at most two
// adverbs that are no negation.
func TestCoordinatorBefore(t *testing.T) {
	for _, tc := range []struct {
		text string
		v    int
		want int
	}{
		{"met/VBD Soto/NNP and/CC urged/VBD", 3, 2},
		{"met/VBD Soto/NNP and/CC then/RB urged/VBD", 4, 2},
		{"met/VBD Soto/NNP but/CC later/RB also/RB urged/VBD", 5, 2},
		{"met/VBD Soto/NNP and/CC not/RB urged/VBD", 4, 3},
		{"Soto/NNP later/RB urged/VBD", 2, 1},
	} {
		if got := coordinatorBefore(slashTagged(tc.text), tc.v); got != tc.want {
			t.Errorf("%s (%d): %d, want %d", tc.text, tc.v, got, tc.want)
		}
	}
}

// titleOwnerBefore alone: the state or body whose office a title names,
// by its possessive or its nationality before it.
func TestTitleOwnerBefore(t *testing.T) {
	titles := map[string]bool{"president": true, "minister": true}
	peru := countryAt(0, "PER")
	peruvian := actor{a: 1, b: 2, key: "country:PER", typ: Country, demonym: true}
	for _, tc := range []struct {
		name, text string
		acts       []actor
		j          int
		want       int
	}{
		{"a possessive", "Peru/NNP 's/POS president/NN", []actor{peru}, 2, 0},
		{"words in lower case before the title", "Peru/NNP 's/POS foreign/JJ minister/NN", []actor{peru}, 3, 0},
		{"a nationality", "The/DT Peruvian/JJ president/NN", []actor{peruvian}, 2, 0},
		{"no owner", "The/DT president/NN", nil, 1, -1},
		{"no title", "Peru/NNP 's/POS farmers/NNS", []actor{peru}, 2, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts, titles: titles}
			if got := c.titleOwnerBefore(tc.j); got != tc.want {
				t.Errorf("titleOwnerBefore = %d, want %d", got, tc.want)
			}
		})
	}
}

// interruptingParticiple alone: a participle set off by commas between a
// noun and its verb, not one after the clause's object.
func TestInterruptingParticiple(t *testing.T) {
	testAtToken(t, (*eventCtx).interruptingParticiple, []atTokenCase{
		{"between a subject and its verb", "Ruiz/NNP ,/, attacking/VBG the/DT plan/NN ,/, addressed/VBD parliament/NN", 2, true},
		{"after the clause's object", "Peru/NNP recalled/VBD its/PRP$ envoy/NN ,/, accusing/VBG Chile/NNP ./.", 5, false},
		{"no comma before", "Ruiz/NNP attacking/VBG the/DT plan/NN ,/, addressed/VBD parliament/NN", 1, false},
		{"a clause break first", "Ruiz/NNP ,/, attacking/VBG the/DT plan/NN but/CC ,/, addressed/VBD parliament/NN", 2, false},
	})
}

// titleOfPartyBefore alone: a title and the party its office preposition
// names right before a comma.
func TestTitleOfPartyBefore(t *testing.T) {
	titles := map[string]bool{"coordinator": true, "head": true}
	for _, tc := range []struct {
		name, text string
		j          int // the comma
		want       bool
	}{
		{"a title for a country", "The/DT coordinator/NN for/IN Peru/NNP ,/, Ana/NNP Ruiz/NNP ,/, said/VBD", 4, true},
		{"past the party's article", "The/DT head/NN of/IN the/DT Peru/NNP ,/, Ana/NNP Ruiz/NNP", 5, true},
		{"no title before the preposition", "The/DT talks/NNS with/IN Peru/NNP ,/, Ana/NNP Ruiz/NNP", 4, false},
		{"no party before the comma", "The/DT coordinator/NN for/IN aid/NN ,/, Ana/NNP Ruiz/NNP", 4, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks), titles: titles}
			if got := c.titleOfPartyBefore(tc.j); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// bodyBeforeKindNoun alone: the body a noun of its kind follows, past
// words that describe it.
func TestBodyBeforeKindNoun(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		j          int
		want       int // the index in acts, -1 for none
	}{
		{"past a word that describes it", "the/DT Tupac/NNP rebel/NN alliance/NN ,/, which/WDT", 3, 0},
		{"right before it", "the/DT Tupac/NNP movement/NN ,/, which/WDT", 2, 0},
		{"a noun of no body's kind", "the/DT Tupac/NNP rebel/NN leader/NN ,/, which/WDT", 3, -1},
		{"a country is no body", "the/DT Peru/NNP rebel/NN group/NN ,/, which/WDT", 3, -1},
		{"too far", "the/DT Tupac/NNP small/JJ rural/JJ rebel/NN group/NN ,/, which/WDT", 5, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			acts := namedActors(toks)
			for i, tok := range toks {
				if tok.Text == "Tupac" {
					acts = append(acts, actor{a: i, b: i + 1, key: "organization:tupac", typ: Organization})
				}
			}
			c := &eventCtx{t: toks, acts: acts}
			want := -1
			if tc.want >= 0 {
				want = len(acts) - 1
			}
			if got := c.bodyBeforeKindNoun(tc.j); got != want {
				t.Errorf("got %d, want %d", got, want)
			}
		})
	}
}

// personOfBody alone: the person whose phrase ends before a comma, past
// the body the person is of.
func TestPersonOfBody(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		k          int
		want       int // the index in acts, -1 for none
	}{
		{"a person", "a/DT deputy/NN ,/, Ana/NNP Ruiz/NNP ,/, was/VBD held/VBN", 5, 0},
		{"of a body", "a/DT deputy/NN ,/, Ana/NNP Ruiz/NNP of/IN Peru/NNP ,/, was/VBD held/VBN", 7, 0},
		{"of the body's party", "a/DT deputy/NN ,/, Ana/NNP Ruiz/NNP of/IN the/DT Peru/NNP party/NN ,/, was/VBD", 9, 0},
		{"a body of no person", "a/DT deputy/NN of/IN Peru/NNP ,/, was/VBD held/VBN", 4, -1},
		{"a person before a noun", "a/DT deputy/NN ,/, Ana/NNP Ruiz/NNP party/NN ,/, was/VBD", 6, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			var acts []actor
			for i, tok := range toks {
				if tok.Text == "Ana" {
					acts = append(acts, personAt(i, i+2, "ruiz"))
				}
			}
			acts = append(acts, namedActors(toks)...)
			acts = slices.DeleteFunc(acts, func(a actor) bool { return a.key == "person:ruiz" && a.b-a.a == 1 })
			c := &eventCtx{t: toks, acts: acts}
			if got := c.personOfBody(tc.k); got != tc.want {
				t.Errorf("got %d, want %d", got, tc.want)
			}
		})
	}
}

// relationOf alone: an actor after "of" and a noun of a relation is not
// the subject; after a noun of a group or a title it is the group's.
func TestRelationOf(t *testing.T) {
	for _, tc := range []struct {
		text string
		a    int // the token the actor opens
		want bool
	}{
		{"A/DT critic/NN of/IN President/NNP Ruiz/NNP accused/VBD Peru/NNP", 4, true},
		{"a/DT close/JJ ally/NN of/IN Ruiz/NNP said/VBD", 4, true},
		{"Supporters/NNS of/IN former/JJ President/NNP Ruiz/NNP blocked/VBD roads/NNS", 4, true},
		{"Loyalists/NNS of/IN Ruiz/NNP attacked/VBD Peru/NNP", 2, true},
		{"Leaders/NNS of/IN Peru/NNP accused/VBD Chile/NNP", 2, false},
		{"Ruiz/NNP accused/VBD Peru/NNP", 0, false},
	} {
		toks := slashTagged(tc.text)
		c := &eventCtx{t: toks, acts: namedActors(toks), titles: map[string]bool{"president": true}}
		if got := c.relationOf(actorAt(c.acts, tc.a)); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// apposedAntecedent alone: a description in apposition to a name, before
// a relative pronoun, gives the name; a list, a verb or no name does not.
func TestApposedAntecedent(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		j, want    int
	}{
		{"a description", "Ruiz/NNP ,/, a/DT farmer/NN who/WP", 3, 0},
		{"past a phrase of place", "Ruiz/NNP ,/, a/DT 61-year-old/NN from/IN Punjab/NNP who/WP", 5, 0},
		{"a body's description", "Chile/NNP ,/, the/DT state/NN which/WDT", 3, 0},
		{"a list", "Peru/NNP ,/, Chile/NNP and/CC Bolivia/NNP which/WDT", 4, -1},
		{"a verb between", "Ruiz/NNP ,/, a/DT farmer/NN said/VBD the/DT man/NN who/WP", 6, -1},
		{"no name before the comma", "the/DT man/NN ,/, a/DT farmer/NN who/WP", 4, -1},
	} {
		toks := slashTagged(tc.text)
		c := &eventCtx{t: toks, acts: namedActors(toks)}
		if got := c.apposedAntecedent(tc.j); got != tc.want {
			t.Errorf("%s: apposedAntecedent = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// possessorSubject alone: the owner of a passive verb's subject acts,
// unless the subject names its people.
func TestPossessorSubject(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		v          int
		want       string
	}{
		{"an owned act", "Chile/NNP 's/POS concerns/NNS were/VBD conveyed/VBN to/TO Peru/NNP", 4, "country:CHL"},
		{"its diplomats", "Chile/NNP 's/POS diplomats/NNS were/VBD expelled/VBN", 4, ""},
		{"its ambassador", "Chile/NNP 's/POS ambassador/NN was/VBD expelled/VBN from/IN Peru/NNP", 4, ""},
		{"no owner", "The/DT concerns/NNS were/VBD conveyed/VBN", 3, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks)}
			if got := c.possessorSubject(tc.v); got != tc.want {
				t.Errorf("%q, want %q", got, tc.want)
			}
		})
	}
}

// nounAgentBeforeInfinitive alone: the party after "by" a deal or a bid
// does what the infinitive after it says.
func TestNounAgentBeforeInfinitive(t *testing.T) {
	for _, tc := range []struct {
		text string
		v    int
		want []string
	}{
		{"Bolivia/NNP approved/VBD a/DT deal/NN by/IN Peru/NNP to/TO buy/VB Tarvo/NNP", 7, []string{"country:PER"}},
		{"Bolivia/NNP approved/VBD a/DT deal/NN by/IN Peru/NNP ,/, the/DT biggest/JJS buyer/NN ,/, to/TO buy/VB Tarvo/NNP", 12, []string{"country:PER"}},
		{"Bolivia/NNP was/VBD asked/VBN by/IN Peru/NNP to/TO sanction/VB Chile/NNP", 6, nil},
		{"Bolivia/NNP approved/VBD a/DT deal/NN with/IN Peru/NNP to/TO buy/VB Tarvo/NNP", 7, nil},
	} {
		toks := slashTagged(tc.text)
		c := &eventCtx{t: toks, acts: namedActors(toks)}
		if diff := cmp.Diff(tc.want, c.nounAgentBeforeInfinitive(tc.v)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.text, diff)
		}
	}
}
