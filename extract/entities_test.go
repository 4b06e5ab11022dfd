package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// namesBody alone: the words after a title word that name a body by a
// noun ending names of organizations, in any case.
func TestNamesBody(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"General/NNP Motors/NNPS", true},
		{"Major/NNP League/NNP Baseball/NNP", true},
		{"MAJOR/NNP LEAGUE/NNP BASEBALL/NNP", true},
		{"General/NNP Wesley/NNP Clark/NNP", false},
		{"Major/NNP Ali/NNP Khan/NNP", false},
	} {
		toks := slashTagged(tc.text)
		bd := x.newBuilder(&Document{Sentences: []Sentence{{Tokens: toks}}})
		if got := bd.namesBody(0, 1, len(toks)); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// commonPhrase alone: after "a" or "an" and adjectives, a known name's
// words ending in a common noun are a common noun phrase, unless the
// lexicon writes the name so.
func TestCommonPhrase(t *testing.T) {
	state := gazEntry{key: "organization:islamic-state", label: "Islamic State"}
	agency := gazEntry{key: "organization:unhcr", label: "UNHCR", lowerEnd: true}
	for _, tc := range []struct {
		name, text string
		a, b       int
		es         []gazEntry
		want       int
	}{
		{"an indefinite article and an adjective", "a/DT purist/JJ Islamic/JJ state/NN", 2, 4, []gazEntry{state}, 0},
		{"an indefinite article alone", "an/DT Islamic/JJ state/NN", 1, 3, []gazEntry{state}, 0},
		{"the definite article", "the/DT Islamic/JJ state/NN", 1, 3, []gazEntry{state}, 1},
		{"written with a capital", "an/DT Islamic/NNP State/NNP", 1, 3, []gazEntry{state}, 1},
		{"a name the lexicon ends in lower case", "a/DT UN/NNP refugee/NN agency/NN", 1, 4, []gazEntry{agency}, 1},
		{"one word", "an/DT Islamist/NN", 1, 2, []gazEntry{state}, 1},
	} {
		if got := commonPhrase(slashTagged(tc.text), tc.a, tc.b, tc.es); len(got) != tc.want {
			t.Errorf("%s: %d entries, want %d", tc.name, len(got), tc.want)
		}
	}
}

// sameSurface alone: a leader's name standing for the state ("the Clinton
// administration") is no antecedent for the same word alone.
func TestSameSurfaceSkipsDemonyms(t *testing.T) {
	x := extractor(t)
	doc := textDoc("Clinton/NNP spoke/VBD under/IN the/DT Clinton/NNP administration/NN")
	bd := x.newBuilder(doc)
	t0, t4 := doc.Sentences[0].Tokens[0], doc.Sentences[0].Tokens[4]
	usa := lexiconCountry(t, x, "United States", false)
	state := *usa
	state.demonym = true
	bd.cands = []cand{
		{sent: 0, a: 0, b: 1, start: t0.Start, end: t0.End, typ: Person, key: "person:clinton"},
		{sent: 0, a: 4, b: 5, start: t4.Start, end: t4.End, typ: Country, key: "country:USA", gaz: &state, country: "USA"},
	}
	bd.typedIndex()
	if j, ok := bd.sameSurface(0); ok {
		t.Errorf("the person's antecedent is candidate %d, a state", j)
	}
}

func TestPluralAcronym(t *testing.T) {
	for w, want := range map[string]bool{"NGOs": true, "MPs": true, "UAVs": true, "NGO": false, "Iris": false, "ISIS": false, "Us": false} {
		if got := pluralAcronym(w); got != want {
			t.Errorf("pluralAcronym(%q) = %v, want %v", w, got, want)
		}
	}
}

// fieldAfter alone: a field's noun after a name, past the resources it
// holds, and no verb spelled as one.
func TestFieldAfter(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"the/DT Yadavaran/NNP oil/NN field/NN ./.", true},
		{"the/DT Kashagan/NNP field/NN in/IN Kazakhstan/NNP", true},
		{"the/DT Ekati/NNP diamond/NN mine/NN ./.", true},
		{"the/DT Ekati/NNP company/NN ./.", false},
		{"Hapoel/NNP Taibe/NNP fields/NNS four/CD players/NNS", false},
		{"the/DT Yadavaran/NNP Field/NNP ./.", false},
	} {
		toks := slashTagged(tc.text)
		b := slices.IndexFunc(toks, func(tok Token) bool { return !isCap(tok.Text) && tok.Tag != "DT" || tok.Text == "Field" })
		bd := x.newBuilder(&Document{Sentences: []Sentence{{Tokens: toks}}})
		if got := bd.fieldAfter(0, b); got != tc.want {
			t.Errorf("%s: fieldAfter(%d) = %v, want %v", tc.text, b, got, tc.want)
		}
	}
}

// A body named after a country's possessive goes by the country's
// adjective and, as an alias, by the country's name: "Chile's Defence
// Ministry" is the Chilean Defence Ministry and the Chile Defence
// Ministry.
func TestPossessiveNameAliases(t *testing.T) {
	r := run(t, "Headline\n\nChile's Defence Ministry said troops had returned fire.")
	for _, e := range r.Entities {
		if e.Type != Organization {
			continue
		}
		if e.Label != "Chilean Defence Ministry" || !slices.Contains(e.Aliases, "Chile Defence Ministry") {
			t.Errorf("%s: label %q, aliases %q; want the Chilean Defence Ministry, also the Chile Defence Ministry", e.Key, e.Label, e.Aliases)
		}
		return
	}
	t.Errorf("no organization in %v", r.Entities)
}

// nameEndingInPart alone: the words in capitals before a hyphenated word
// and its first part make the name the lexicon knows, cut at the hyphen.
func TestNameEndingInPart(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		i          int
		want       []string // the names found, as text
	}{
		{"two words and a part", "the/DT African/NNP Union-mediated/JJ talks/NNS", 2, []string{"African Union"}},
		{"one word and a part", "a/DT New/NNP York-based/JJ bank/NN", 2, []string{"New York"}},
		{"the part alone is the hyphen's own", "a/DT China-backed/JJ group/NN", 1, nil},
		{"no name", "the/DT Big/NNP Lender-backed/JJ plan/NN", 2, nil},
		{"lower case before it", "the/DT union-mediated/JJ talks/NNS", 1, nil},
		{"a particle opens the words", "the/DT al/NN Qaeda-linked/JJ group/NN", 2, []string{"al Qaeda"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := textDoc(tc.text)
			bd := x.newBuilder(doc)
			tok := doc.Sentences[0].Tokens[tc.i]
			first, _, _ := strings.Cut(doc.Text[tok.Start:tok.End], "-")
			bd.nameEndingInPart(0, tc.i, first)
			var got []string
			for _, c := range bd.cands {
				got = append(got, doc.Text[c.start:c.end])
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// hyphenParts alone: the names the lexicon knows inside a hyphenated
// word, the longest run of its parts first, never the whole word.
func TestHyphenParts(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		want       []string // the names found, as text
	}{
		{"one part", "a/DT Chile-backed/JJ group/NN", []string{"Chile"}},
		{"two names", "the/DT Chile-Peru/JJ talks/NNS", []string{"Chile", "Peru"}},
		{"a hyphenated name and a participle", "Al-Qaeda-linked/JJ militants/NNS", []string{"Al-Qaeda"}},
		{"a hyphenated name opened by a particle", "the/DT al-Qaeda-linked/JJ militants/NNS", []string{"al-Qaeda"}},
		{"a name after a hyphenated one", "the/DT Guinea-Bissau-Chile/JJ talks/NNS", []string{"Guinea-Bissau", "Chile"}},
		{"a hyphenated name is no part of itself", "the/DT Al-Qaeda/NNP cell/NN", nil},
		{"lower case", "a/DT state-backed/JJ group/NN", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := textDoc(tc.text)
			bd := x.newBuilder(doc)
			for i, tok := range doc.Sentences[0].Tokens {
				if strings.Contains(tok.Text, "-") {
					bd.hyphenParts(0, i)
				}
			}
			var got []string
			for _, c := range bd.cands {
				got = append(got, doc.Text[c.start:c.end])
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// hyphenedPair alone: a name the tagger read across a hyphen is two names
// the lexicon knows, whichever side has two words.
func TestHyphenedPair(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		i, j       int
		want       []string // the names found, as text
	}{
		{"two words after the hyphen", "Japan-South/NNP Korea/NNP relations/NNS", 0, 2, []string{"Japan", "South Korea"}},
		{"two words before the hyphen", "South/NNP Korea-Japan/NNP ties/NNS", 0, 2, []string{"South Korea", "Japan"}},
		{"one word: left to its parts", "US-China/NNP talks/NNS", 0, 1, nil},
		{"a part no name", "Kraft-Heinz/NNP Foods/NNP", 0, 2, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := textDoc(tc.text)
			bd := x.newBuilder(doc)
			ok := bd.hyphenedPair(0, tc.i, tc.j)
			var got []string
			for _, c := range bd.cands {
				got = append(got, doc.Text[c.start:c.end])
			}
			if diff := cmp.Diff(tc.want, got); diff != "" || ok != (tc.want != nil) {
				t.Errorf("ok %v (-want +got):\n%s", ok, diff)
			}
		})
	}
}

// openingPhraseSubject alone: a name right after the comma that closes an
// opening phrase, before the main verb, is the main clause's subject.
func TestOpeningPhraseSubject(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		a, b       int // the name
		want       bool
	}{
		{"after an opening phrase", "After/IN meeting/VBG Peru/NNP 's/POS president/NN ,/, Ana/NNP Ruiz/NNP said/VBD", 6, 8, true},
		{"an apposition closed by a comma", "In/IN Lima/NNP ,/, Peru/NNP 's/POS president/NN ,/, Ana/NNP Ruiz/NNP ,/, said/VBD", 7, 9, false},
		{"no opening phrase", "The/DT head/NN of/IN the/DT agency/NN ,/, Ana/NNP Ruiz/NNP ,/, said/VBD", 6, 8, false},
		{"a title after as", "As/IN head/NN of/IN the/DT agency/NN ,/, Ana/NNP Ruiz/NNP said/VBD", 6, 8, false},
		{"no verb after the name", "After/IN meeting/VBG Peru/NNP 's/POS president/NN ,/, Ana/NNP Ruiz/NNP ,/, who/WP said/VBD", 6, 8, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := openingPhraseSubject(slashTagged(tc.text), tc.a, tc.b); got != tc.want {
				t.Errorf("%v, want %v", got, tc.want)
			}
		})
	}
}
