package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// datedSet renders events as "agents action targets @date" (article date
// 2024-03-26, a Tuesday, in run).
func datedSet(r *Result) []string {
	var out []string
	for _, e := range r.Events {
		out = append(out, strings.Join(e.Agents, ",")+" "+e.Action+" "+strings.Join(e.Targets, ",")+" @"+e.Date)
	}
	return out
}

func TestEventDatesInDocument(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // entries that must be present
	}{
		// no date in the text: none, whatever the article date
		{"no date falls back to nothing", "Headline\n\nPeru expelled Chile's ambassador.",
			[]string{"country:PER expel country:CHL @"}},

		// the same event told twice
		{"a later mention takes the date of the first",
			"Headline\n\nPeru expelled Chile's ambassador on Monday. Officials said Peru expelled Chile's ambassador over the spying case.",
			[]string{"country:PER expel country:CHL @2024-03-25", "country:PER expel country:CHL @2024-03-25"}},
		{"a dated mention with no target lends its date",
			"Headline\n\nCanadian and Norwegian authorities announced a set of criminal charges and sanctions against three smugglers on Monday. " +
				"Sweden will not follow Canada and Norway in sanctioning Russia because it has no such law.",
			[]string{"country:CAN,country:NOR sanction country:RUS @2024-03-25"}},
		{"mentions that disagree on the date lend none",
			"Headline\n\nPeru criticized Chile on Monday. Peru criticized Chile on Friday. Officials said Peru criticized Chile over the fishing dispute.",
			[]string{"country:PER criticize country:CHL @"}},
		{"an event done in an act told before takes its date",
			"Headline\n\nChile struck a base in Peru on Monday. A Peruvian commander, General Ana Ruiz, was killed in the attack.",
			[]string{"country:CHL kill person:ana-ruiz @2024-03-25"}},
		{"other agents tell another event",
			"Headline\n\nPeru expelled Chile's ambassador on Monday. Bolivia expelled Chile's ambassador over the spying case.",
			[]string{"country:BOL expel country:CHL @"}},

		// an act still to come takes the next month or day of its name
		{"a headline's act to come in a month after the article's",
			"Chile to host Peru in May\n\nOfficials gave no details.",
			[]string{"country:CHL host country:PER @2024-05"}},
		{"a headline's office to meet on a day after the article's",
			"Chilean president to meet Peru's president April 9\n\nOfficials gave no details.",
			[]string{"country:CHL meet country:PER @2024-04-09"}},

		// a verb in the past tense is not dated after the article
		{"a past act is not dated by a later act's month",
			"Headline\n\nPeru rejected Chile's complaint and said the treaty would be signed next month.",
			[]string{"country:PER reject country:CHL @"}},
		{"a past act takes the last week's month",
			"Headline\n\nPeru expelled Chile's ambassador last week.",
			[]string{"country:PER expel country:CHL @2024-03"}},
		{"an act to come keeps next month",
			"Headline\n\nPeru will host Chile next month.",
			[]string{"country:PER host country:CHL @2024-04"}},

		{"a verb phrase joined after the event has its own date", "Headline\n\nPeru attacked Chile in 1998 and expelled Bolivia's ambassador in 2008.",
			[]string{"country:PER attack country:CHL @1998", "country:PER expel country:BOL @2008"}},
		{"a joined verb phrase with no date of its own takes the sentence's", "Headline\n\nPeru met Chile on Monday and signed a trade accord with Bolivia.",
			[]string{"country:PER meet country:CHL @2024-03-25", "country:PER sign country:BOL @2024-03-25"}},
		{"an agreement is not dated by the act agreed",
			"Headline\n\nChile agreed to meet Peru in May.",
			[]string{"country:CHL agree country:PER @"}},

		// a headline sums up the body
		{"a headline takes the date of the body's event it sums up",
			"Israel strikes Lebanon as border fighting grows\n\nIsraeli jets struck Hezbollah positions on Monday, the army said.",
			[]string{"country:ISR strike country:LBN @2024-03-25", "country:ISR strike organization:hezbollah @2024-03-25"}},
		{"a headline's event with another target keeps no date",
			"Israel strikes Lebanon as border fighting grows\n\nIsraeli jets struck Hamas positions on Monday, the army said.",
			[]string{"country:ISR strike country:LBN @"}},

		// statements dated by their speaker
		{"a statement takes the date its speaker spoke",
			"Headline\n\nForeign Ministry spokeswoman Maria Lopez criticized Chile over the border dispute. \"This cannot go on,\" Lopez said at a briefing on Monday.",
			[]string{"person:maria-lopez criticize country:CHL @2024-03-25"}},
		{"a speaker who spoke on two days dates nothing",
			"Headline\n\nForeign Ministry spokeswoman Maria Lopez criticized Chile over the border dispute. \"This cannot go on,\" Lopez said on Monday. " +
				"\"We are patient,\" Lopez said on Friday.",
			[]string{"person:maria-lopez criticize country:CHL @"}},
		{"an action is no statement",
			"Headline\n\nGeneral Maria Lopez attacked Chile near the border. \"This cannot go on,\" Lopez said at a briefing on Monday.",
			[]string{"person:maria-lopez attack country:CHL @"}},

		// bounded dates
		{"a date after 'after' is a lower bound",
			"Headline\n\nPeru expelled Chile's ambassador after a border clash in January.",
			[]string{"country:PER expel country:CHL @2024"}},
		{"bounds in two years give no date",
			"Headline\n\nPeru expelled Chile's ambassador after the vote in November.",
			[]string{"country:PER expel country:CHL @"}},
		{"the main clause's own date wins",
			"Headline\n\nPeru expelled Chile's ambassador on Monday after a border clash in January.",
			[]string{"country:PER expel country:CHL @2024-03-25"}},
		{"the article date bounds no future event",
			"Headline\n\nPeru will expel Chile's ambassador after the vote in January.",
			[]string{"country:PER expel country:CHL @"}},
		{"the date of the main clause does not date the after-clause",
			"Headline\n\nPeru summoned Chile's ambassador on Monday after Chile detained Peru's consul.",
			[]string{"country:PER summon country:CHL @2024-03-25", "country:CHL detain country:PER @"}},
		{"after a dated event of the document",
			"Headline\n\nAli Hassan was killed by Israel on Friday. Israel intensified its attacks against Hezbollah after it killed Ali Hassan.",
			[]string{"country:ISR kill person:ali-hassan @2024-03-22", "country:ISR attack organization:hezbollah @2024-03"}},
		{"a date in a clause with a date of its own is not the main event's",
			"Headline\n\nPeru expelled Chile's ambassador, who arrived on Monday.",
			[]string{"country:PER expel country:CHL @"}},
		{"a since-clause's date is its own",
			"Headline\n\nPeru is the first country to expel Chile's ambassador since the new government took office in March.",
			[]string{"country:PER expel country:CHL @"}},
		{"an event in a clause takes the clause's date",
			"Headline\n\nThe talks began in Lima, where Peru expelled Chile's ambassador on Monday.",
			[]string{"country:PER expel country:CHL @2024-03-25"}},
		{"the main clause's date with a dated relative clause",
			"Headline\n\nPeru expelled Chile's ambassador, who arrived in January, on Friday.",
			[]string{"country:PER expel country:CHL @2024-03-22"}},
		{"a speaker's date ends where what was said begins",
			"Headline\n\nForeign Ministry spokeswoman Maria Lopez criticized Chile over the border dispute. Lopez said she was unhappy with the talks last month.",
			[]string{"person:maria-lopez criticize country:CHL @"}},
		{"a day after is no bound",
			"Headline\n\nThe statement comes a day after Canada sanctioned Russia.",
			[]string{"country:CAN sanction country:RUS @2024-03-25"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := datedSet(run(t, tc.text))
			have := map[string]int{}
			for _, g := range got {
				have[g]++
			}
			for _, w := range tc.want {
				if have[w] == 0 {
					t.Errorf("missing %q; got %q", w, got)
				}
				have[w]--
			}
		})
	}
}

func TestWithin(t *testing.T) {
	tests := []struct{ lower, upper, want string }{
		{"2024-05", "2024-09-29", "2024"},
		{"2024-09-27", "2024-09-29", "2024-09"},
		{"2024-09-29", "2024-09-29", "2024-09-29"},
		{"2023-11", "2024-03-26", ""},
		{"2024", "2024-03-26", "2024"},
		{"2024-05", "2024-03-26", ""}, // lower after upper
		{"2024-05", "", ""},
	}
	for _, tc := range tests {
		if got := within(tc.lower, tc.upper); got != tc.want {
			t.Errorf("within(%q, %q) = %q, want %q", tc.lower, tc.upper, got, tc.want)
		}
	}
}

// ownDateClauses alone: clauses opened by a word of the class and holding
// a finite verb, to the punctuation that closes them.
func TestOwnDateClauses(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string
	}{
		{"Peru acted since the government took office in March.", []string{"since the government took office in March"}},
		{"Peru met Chile in Lima, where talks began on Monday, and left.", []string{"where talks began on Monday", "and left"}},
		{"Peru fought Chile in 1879 and later took the dispute to the court in 2008.", []string{"and later took the dispute to the court in 2008"}},
		{"Peru and Chile met in 2008.", nil},
		{"Ruiz, who arrived on Sunday, met Chile.", []string{"who arrived on Sunday"}},
		{"Peru will act before Friday.", nil},
		{"Peru has grown since 1990.", nil},
	}
	for _, tc := range tests {
		doc := run(t, "Headline\n\n"+tc.sentence).Doc
		s := doc.Sentences[len(doc.Sentences)-1]
		var got []string
		for _, c := range ownDateClauses(s.Tokens) {
			got = append(got, strings.TrimSuffix(doc.Text[s.Tokens[c[0]].Start:s.Tokens[c[1]-1].End], "."))
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.sentence, diff)
		}
	}
}

func TestAfterClauses(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string
	}{
		{"He was elected after the crash in May.", []string{"after the crash in May"}},
		{"After the talks in May, France signed the deal.", []string{"After the talks in May"}},
		{"It comes a day after the charges.", nil},
		{"The street was named after him.", nil},
		{"It acted following a compromise in 2021, and said so.", []string{"following a compromise in 2021"}},
		{"They met the following day.", nil},
	}
	for _, tc := range tests {
		doc := run(t, "Headline\n\n"+tc.sentence).Doc
		s := doc.Sentences[len(doc.Sentences)-1]
		var got []string
		for _, c := range afterClauses(s.Tokens) {
			got = append(got, strings.TrimSuffix(doc.Text[s.Tokens[c[0]].Start:s.Tokens[c[1]-1].End], "."))
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("afterClauses(%q) (-want +got):\n%s", tc.sentence, diff)
		}
	}
}

// clauseDate alone: a day a headline names is the next of its name, one a
// body's sentence names the last, unless the act is to come.
func TestClauseDateAhead(t *testing.T) {
	for _, tc := range []struct {
		name     string
		headline bool
		m        Modality
		want     string
	}{
		{"a body's past act", false, Asserted, "2023-04-09"},
		{"a body's act to come", false, Future, "2024-04-09"},
		{"a headline's act", true, Asserted, "2024-04-09"},
	} {
		doc := textDoc("Ruiz/NNP visits/VBZ Peru/NNP April/NNP 9/CD")
		doc.Date = "2024-03-26"
		s := &doc.Sentences[0]
		s.Headline = tc.headline
		if got, _ := clauseDate(doc, s, 1, tc.m, "dated", newDateCache()); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// wantedAct alone: the infinitive a word of wanting or agreeing takes.
func TestWantedAct(t *testing.T) {
	for _, tc := range []struct {
		text string
		v    int
		want [2]int
		ok   bool
	}{
		{"Chile/NNP agreed/VBD to/TO meet/VB Peru/NNP in/IN May/NNP ./.", 1, [2]int{2, 7}, true},
		{"Chile/NNP agreed/VBD ,/, and/CC met/VBD Peru/NNP", 1, [2]int{}, false},
		{"Chile/NNP went/VBD to/TO meet/VB Peru/NNP in/IN May/NNP", 1, [2]int{}, false},
		{"Chile/NNP agreed/VBD to/TO the/DT plan/NN in/IN May/NNP", 1, [2]int{}, false},
	} {
		got, ok := wantedAct(slashTagged(tc.text), tc.v)
		if ok != tc.ok || got != tc.want {
			t.Errorf("%s: %v %v, want %v %v", tc.text, got, ok, tc.want, tc.ok)
		}
	}
}
