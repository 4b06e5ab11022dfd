package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTokens(t *testing.T) {
	text := "Port deal signed\n\nThe minister said the {draft} was \u201cfinal\u201d (AP Photo/Jane Doe) on Monday.\n"
	doc, err := Parse("a.txt", "a.txt", []byte(text), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	type tok struct{ Text, Source string }
	var got [][]tok
	for i := range doc.Sentences {
		toks, err := Tokens(doc, &doc.Sentences[i])
		if err != nil {
			t.Fatal(err)
		}
		var s []tok
		for _, k := range toks {
			if k.Tag != "" {
				t.Errorf("token %q has tag %q, want none", k.Text, k.Tag)
			}
			s = append(s, tok{k.Text, doc.Text[k.Start:k.End]})
		}
		got = append(got, s)
	}
	want := [][]tok{
		{{"Port", "Port"}, {"deal", "deal"}, {"signed", "signed"}},
		{{"The", "The"}, {"minister", "minister"}, {"said", "said"}, {"the", "the"}, {"(", "{"}, {"draft", "draft"}, {")", "}"},
			{"was", "was"}, {`"`, "\u201c"}, {"final", "final"}, {`"`, "\u201d"}, {"on", "on"}, {"Monday", "Monday"}, {".", "."}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tokens (-want +got):\n%s", diff)
	}
}

// TestTokensAreTagged checks that Tokens gives the tokens that the
// extractor tags, on the sample articles.
func TestTokensAreTagged(t *testing.T) {
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	if len(files) == 0 {
		t.Skip("no sample articles")
	}
	x := extractor(t)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Parse(f, f, b, ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for i := range doc.Sentences {
			toks, err := Tokens(doc, &doc.Sentences[i])
			if err != nil {
				t.Fatal(err)
			}
			tagged, err := tagSentence(x.pos, doc, &doc.Sentences[i])
			if err != nil {
				t.Fatal(err)
			}
			for k := range tagged {
				tagged[k].Tag = ""
			}
			if diff := cmp.Diff(tagged, toks, cmp.AllowUnexported(Token{})); diff != "" {
				t.Fatalf("%s sentence %d (-tagged +Tokens):\n%s", f, i, diff)
			}
		}
	}
}

// TestTokensWithoutParse checks that a document not made by Parse is
// tokenized from its text.
func TestTokensWithoutParse(t *testing.T) {
	doc := &Document{Text: "Ships sailed."}
	s := &Sentence{Start: 0, End: len(doc.Text), Text: doc.Text}
	toks, err := Tokens(doc, s)
	if err != nil {
		t.Fatal(err)
	}
	want := []Token{{Text: "Ships", Start: 0, End: 5, low: "ships"}, {Text: "sailed", Start: 6, End: 12, low: "sailed"}, {Text: ".", Start: 12, End: 13, low: "."}}
	if diff := cmp.Diff(want, toks, cmp.AllowUnexported(Token{})); diff != "" {
		t.Errorf("tokens (-want +got):\n%s", diff)
	}
}

func TestJoinInitials(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"W. Athey scored.", "W.|Athey|scored|."},
		{"George W Bush spoke.", "George|W|Bush|spoke|."},
		{"Plan B. Then more.", "Plan|B.|Then|more|."},
		{"He got a B . Then left.", "He|got|a|B|.|Then|left|."},
	} {
		if got := tokenTexts(tc.text); got != tc.want {
			t.Errorf("%q: %s, want %s", tc.text, got, tc.want)
		}
	}
}

func TestJoinAbbreviations(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Norwest Corp. said it would buy Banc One Corp. for cash.", "Norwest|Corp.|said|it|would|buy|Banc|One|Corp.|for|cash|."},
		{"On Sept. 21 they met.", "On|Sept.|21|they|met|."},
		{"It reached the corp . Then it left.", "It|reached|the|corp|.|Then|it|left|."}, // a period apart is no abbreviation's
		{"He joined Apple Corp.", "He|joined|Apple|Corp|."},                             // the last period ends the sentence
		{"The cost fell.", "The|cost|fell|."},
	} {
		if got := tokenTexts(tc.text); got != tc.want {
			t.Errorf("%q: %s, want %s", tc.text, got, tc.want)
		}
	}
}

func TestSplitFinalPeriod(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"They marked Arash Day.", "They|marked|Arash|Day|."},
		{"He works for Acme Inc.", "He|works|for|Acme|Inc."},
		{"It was sent to the U.S.", "It|was|sent|to|the|U.S."},
		{`He said "go to Oslo."`, `He|said|"|go|to|Oslo|.|"`},
	} {
		if got := tokenTexts(tc.text); got != tc.want {
			t.Errorf("%q: %s, want %s", tc.text, got, tc.want)
		}
	}
}

func TestSplitOpeningQuotes(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"'President Ana Ruiz spoke,' they said.", "'|President|Ana|Ruiz|spoke|,|'|they|said|."},
		{"\u2018President Ana Ruiz spoke.\u2019", "\u2018|President|Ana|Ruiz|spoke|.|\u2019"},
		{"They beat 'em in the '90s.", "They|beat|'em|in|the|'90s|."},
		{"Chile's army left.", "Chile|'s|army|left|."},
	} {
		if got := tokenTexts(tc.text); got != tc.want {
			t.Errorf("%q: %s, want %s", tc.text, got, tc.want)
		}
	}
}

// tokenTexts tokenizes text as one sentence and joins the tokens with |.
func tokenTexts(text string) string {
	var out []string
	for _, tk := range tokenize(text, &Sentence{Start: 0, End: len(text), Text: text}) {
		out = append(out, text[tk.Start:tk.End])
	}
	return strings.Join(out, "|")
}
