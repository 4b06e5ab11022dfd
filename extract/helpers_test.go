package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/extract/names"
)

// slashTagged makes tokens of words written with their tags: "Peru/NNP".
func slashTagged(text string) []Token {
	var out []Token
	for _, wt := range strings.Fields(text) {
		w, tag, _ := strings.Cut(wt, "/")
		out = append(out, Token{Text: w, Tag: tag})
	}
	return out
}

// textDoc is a document of one sentence of slash-tagged words, with the
// words as its text, one space apart.
func textDoc(tagged string) *Document {
	toks := slashTagged(tagged)
	var b strings.Builder
	for i := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		toks[i].Start = b.Len()
		b.WriteString(toks[i].Text)
		toks[i].End = b.Len()
	}
	return &Document{Text: b.String(), Sentences: []Sentence{{Tokens: toks, Text: b.String(), End: b.Len()}}}
}

// demonymActors are the nationalities the test sentences name, Peruvian
// and Chilean and their plurals, as actors of their countries, wherever
// they stand in toks.
func demonymActors(toks []Token) []actor {
	var acts []actor
	for i, tok := range toks {
		switch tok.Text {
		case "Peruvian", "Peruvians":
			acts = append(acts, actor{a: i, b: i + 1, key: "country:PER", typ: Country, demonym: true})
		case "Chilean", "Chileans":
			acts = append(acts, actor{a: i, b: i + 1, key: "country:CHL", typ: Country, demonym: true})
		}
	}
	return acts
}

// countryAt is a one-word country actor at token at.
func countryAt(at int, code string) actor {
	return actor{a: at, b: at + 1, key: "country:" + code, typ: Country}
}

// namedActors are the actors the test sentences name: Chile, Peru and
// Bolivia as countries, Ruiz as a person, wherever they stand in toks.
func namedActors(toks []Token) []actor {
	var acts []actor
	for i, tok := range toks {
		switch tok.Text {
		case "Chile":
			acts = append(acts, countryAt(i, "CHL"))
		case "Peru":
			acts = append(acts, countryAt(i, "PER"))
		case "Bolivia":
			acts = append(acts, countryAt(i, "BOL"))
		case "Ruiz":
			acts = append(acts, personAt(i, i+1, "ruiz"))
		}
	}
	return acts
}

// lexiconCountry is the lexicon's entry for a country's name or, with
// demonym, its adjective.
func lexiconCountry(t *testing.T, x *Extractor, name string, demonym bool) *gazEntry {
	t.Helper()
	for _, e := range x.idx.lookup(name) {
		if e.typ == Country && e.demonym == demonym {
			return &e
		}
	}
	t.Fatalf("no country %q", name)
	return nil
}

// lexiconPlace is the lexicon's entry for a place's name.
func lexiconPlace(t *testing.T, x *Extractor, name string) *gazEntry {
	t.Helper()
	for _, e := range x.idx.lookup(name) {
		if e.typ == Location {
			return &e
		}
	}
	t.Fatalf("no place %q", name)
	return nil
}

// atTokenCase is a case of a rule that answers yes or no of the token at
// v of a sentence written word/TAG.
type atTokenCase struct {
	name, text string
	v          int
	want       bool
}

// testAtToken runs rule alone on each case, with no actors.
func testAtToken(t *testing.T, rule func(*eventCtx, int) bool, cases []atTokenCase) {
	t.Helper()
	runAtToken(t, rule, cases, false)
}

// testAtNamedToken runs rule alone on each case, with the actors the test
// sentences name (namedActors).
func testAtNamedToken(t *testing.T, rule func(*eventCtx, int) bool, cases []atTokenCase) {
	t.Helper()
	runAtToken(t, rule, cases, true)
}

func runAtToken(t *testing.T, rule func(*eventCtx, int) bool, cases []atTokenCase, named bool) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text)}
			if named {
				c.acts = namedActors(c.t)
			}
			if got := rule(c, tc.v); got != tc.want {
				t.Errorf("at token %d: %v, want %v", tc.v, got, tc.want)
			}
		})
	}
}

// joinedTexts is the words of toks joined by spaces.
func joinedTexts(toks []Token) string {
	words := make([]string, len(toks))
	for i, tok := range toks {
		words[i] = tok.Text
	}
	return strings.Join(words, " ")
}

// labelsOf are the fixed labels of candidates with their countries:
// "Estonian Parliament EST".
func labelsOf(cands []cand) []string {
	var got []string
	for _, c := range cands {
		got = append(got, c.fixedLabel+" "+c.country)
	}
	return got
}

// spanTrimCase is a sentence of slash-tagged words, a name's span in it,
// and the span a trim of names should leave of it.
type spanTrimCase struct {
	name, text string
	span, want names.Span
}

// checkSpanTrims runs trim on the span of each case alone.
func checkSpanTrims(t *testing.T, trim func([]Token, []names.Span) []names.Span, cases []spanTrimCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := textDoc(tc.text)
			got := trim(doc.Sentences[0].Tokens, []names.Span{tc.span})
			if diff := cmp.Diff([]names.Span{tc.want}, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// wantParties reports how the agents and targets a rule read differ from
// those wanted.
func wantParties(t *testing.T, agents, targets, wantAgents, wantTargets []string) {
	t.Helper()
	if diff := cmp.Diff(wantAgents, agents); diff != "" {
		t.Errorf("agents (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantTargets, targets); diff != "" {
		t.Errorf("targets (-want +got):\n%s", diff)
	}
}

// dropCase is a sentence written word/TAG and the words a rule that drops
// tokens leaves of it, joined by spaces.
type dropCase struct{ name, text, want string }

// checkDrops runs drop alone on each case.
func checkDrops(t *testing.T, drop func([]Token) []Token, cases []dropCase) {
	t.Helper()
	for _, tc := range cases {
		if got := joinedTexts(drop(slashTagged(tc.text))); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}
