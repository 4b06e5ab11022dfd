package extract

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

const sampleArticle = `Estonia Sanctions Hacker Group

Foreign Minister Anna Lind speaks in Tallinn, Estonia, Monday, Oct. 6, 2025. (AP Photo/Jane Roe)
Foreign Minister Anna Lind speaks in Tallinn, Estonia, Monday, Oct. 6, 2025. (AP Photo/Jane Roe)
TT

TALLINN, Estonia (AP) — Estonia imposed sanctions on Monday. Mr. Lind said so.
(Reporting by Jane Roe; Editing by John Doe)
`

func TestParse(t *testing.T) {
	doc, err := Parse("a.txt", "dir/a.txt", []byte(sampleArticle), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Estonia Sanctions Hacker Group" {
		t.Errorf("Title = %q", doc.Title)
	}
	if doc.Date != "2025-10-06" {
		t.Errorf("Date = %q, want 2025-10-06", doc.Date)
	}
	var got []string
	for i, s := range doc.Sentences {
		if s.Index != i {
			t.Errorf("sentence %d has Index %d", i, s.Index)
		}
		if doc.Text[s.Start:s.End] != s.Text {
			t.Errorf("sentence %d: offsets [%d,%d) do not give its text", i, s.Start, s.End)
		}
		got = append(got, doc.masked[s.Start:s.End])
	}
	want := []string{
		"Estonia Sanctions Hacker Group",
		"Foreign Minister Anna Lind speaks in Tallinn, Estonia, Monday, Oct. 6, 2025.",
		"TALLINN, Estonia      — Estonia imposed sanctions on Monday.",
		"Mr. Lind said so.",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sentences (-want +got):\n%s", diff)
	}
	if !doc.Sentences[0].Headline || doc.Sentences[1].Headline {
		t.Errorf("only the first sentence is the headline")
	}
}

// maskedBody is the text the sentences of a body of one line keep, after
// a headline, once the credits are blanked out.
func maskedBody(t *testing.T, line string) string {
	t.Helper()
	doc, err := Parse("a", "a", []byte("Headline\n\n"+line+"\n"), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range doc.Sentences[1:] {
		got = append(got, doc.masked[s.Start:s.End])
	}
	return strings.Join(got, " ")
}

// The source in brackets in a dateline is blanked out, whatever agency or
// paper it names; brackets elsewhere in the line stay.
func TestDatelineCredit(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"KINSHASA (Somaliguardian) – Talks collapsed.", "KINSHASA                  – Talks collapsed."},
		{"ANKARA, Jan 7 (AA) - Turkey met Syria (again).", "ANKARA, Jan 7      - Turkey met Syria (again)."},
		{"Turkey (AA) - met Syria.", "Turkey (AA) - met Syria."},
		{"ANKARA (AA) Turkey met Syria.", "ANKARA (AA) Turkey met Syria."},
	} {
		if diff := cmp.Diff(tc.want, maskedBody(t, tc.line)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.line, diff)
		}
	}
}

// A web page's credit and caption marks of a picture run into the text
// are blanked out, the caption itself kept; the words elsewhere stay.
func TestPictureCredit(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"Image copyright Reuters Image caption Kestrel's headquarters were hit.", "                                        Kestrel's headquarters were hit."},
		{"Image caption Peru attacked Chile.", "              Peru attacked Chile."},
		{"The image caption contest was won by Peru.", "The image caption contest was won by Peru."},
	} {
		if diff := cmp.Diff(strings.TrimSpace(tc.want), maskedBody(t, tc.line)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.line, diff)
		}
	}
}

func TestParseDateOverride(t *testing.T) {
	doc, err := Parse("a", "a", []byte(sampleArticle), ParseOptions{Date: "2020-01-02"})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Date != "2020-01-02" {
		t.Errorf("Date = %q, want the override", doc.Date)
	}
}

// A title taken from a first line of prose has the credit blanked out of
// it closed up to one space.
func TestParseTitleFromProse(t *testing.T) {
	doc, err := Parse("a", "a", []byte("LIMA, May 3, 2025 (Reuters) - Peru and Chile agreed on Monday to reopen the border.\n"), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "LIMA, May 3, 2025 - Peru and Chile agreed on Monday to reopen the border."; doc.Title != want {
		t.Errorf("Title = %q, want %q", doc.Title, want)
	}
}

func TestParseGivenTitle(t *testing.T) {
	text := "Estonia Sanctions Hacker Group\n\nEstonia imposed sanctions on Monday. Finland followed.\n"
	doc, err := Parse("a", "a", []byte("Estonia imposed sanctions on Monday. Finland followed.\n"), ParseOptions{Title: " Estonia  Sanctions Hacker Group ", URL: "https://example.org/a", Source: "Example Wire"})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Estonia Sanctions Hacker Group" || doc.URL != "https://example.org/a" || doc.Source != "Example Wire" {
		t.Errorf("metadata = %q %q %q", doc.Title, doc.URL, doc.Source)
	}
	if len(doc.Sentences) != 2 || doc.Sentences[0].Headline {
		t.Errorf("sentences = %+v, want two of body", doc.Sentences)
	}
	// a text that repeats its given title keeps it as the headline
	doc, err = Parse("a", "a", []byte(text), ParseOptions{Title: "Estonia Sanctions Hacker Group"})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Sentences) != 3 || !doc.Sentences[0].Headline {
		t.Errorf("sentences = %+v, want the headline and two of body", doc.Sentences)
	}
}

// A first line that ends with a full stop is a headline when it is short
// and a dateline or byline of a few words comes under it, as wire copy
// sets its headlines; a first line of prose stays prose.
func TestHeadedLine(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		headline   bool
	}{
		{"over a dateline", "Noisy saw leads Thai police to heroin hideaway.\nBANGKOK 1996-08-22\nA Hong Kong carpenter was arrested, police said.", true},
		{"over a byline", "Slovak women visited the suspect, police say.\n\nPeter Laca\n\nThe women told police they had met him.", true},
		{"over the body", "Russia attacked Ukraine on Monday with drones and missiles.\n\nThe attack killed three people in the capital, officials said.", false},
		{"a long first sentence over a dateline", "Russia attacked Ukraine on Monday with drones and missiles and artillery in the east and the south of the country.\nKYIV 2024-05-06\nThe attack killed three.", false},
		{"alone", "Russia attacked Ukraine on Monday with drones.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Parse("a", "a", []byte(tc.text), ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if got := doc.Sentences[0].Headline; got != tc.headline {
				t.Errorf("headline = %v, want %v (%q)", got, tc.headline, doc.Sentences[0].Text)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want error
	}{
		{"invalid utf-8", "abc\xff\xfe", ErrNotText},
		{"nul byte", "abc\x00def", ErrNotText},
		{"empty", "", ErrEmpty},
		{"blank lines", "\n\n  \n", ErrEmpty},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("x", "x", []byte(tc.in), ParseOptions{})
			if !errors.Is(err, tc.want) {
				t.Errorf("Parse(%q) error = %v, want %v", tc.in, err, tc.want)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	f.Add(sampleArticle)
	f.Add("Headline\n\nBody. More body (AP).\n")
	f.Add("“Quoted.” he said. U.S. forces (Jane/AP) left.")
	f.Fuzz(func(t *testing.T, in string) {
		doc, err := Parse("f", "f", []byte(in), ParseOptions{})
		if err != nil {
			return
		}
		for _, s := range doc.Sentences {
			if s.Start < 0 || s.End > len(in) || s.Start >= s.End {
				t.Fatalf("sentence span [%d,%d) out of bounds for %d bytes", s.Start, s.End, len(in))
			}
			if in[s.Start:s.End] != s.Text {
				t.Fatalf("sentence text does not match its span")
			}
			if strings.TrimSpace(s.Text) != s.Text {
				t.Fatalf("sentence %q is not trimmed", s.Text)
			}
		}
	})
}

func TestParseLongLine(t *testing.T) {
	line := strings.Repeat("Russia and Ukraine talked while officials waited ", 200) // 10 KB, no full stop
	doc, err := Parse("l", "l", []byte(line), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Sentences) < 5 {
		t.Fatalf("%d sentences, want the line cut into several", len(doc.Sentences))
	}
	for _, s := range doc.Sentences {
		if s.End-s.Start > maxSentence || s.Headline {
			t.Errorf("sentence [%d,%d) headline=%v: longer than %d or a headline", s.Start, s.End, s.Headline, maxSentence)
		}
		if line[s.Start:s.End] != s.Text {
			t.Errorf("sentence text does not match its span")
		}
	}
}

func TestCapLength(t *testing.T) {
	for _, s := range []string{"", "short", strings.Repeat("ab ", 100), strings.Repeat("é", 50), strings.Repeat("x", 25)} {
		spans := capLength(s, 10)
		at := 0
		for _, p := range spans {
			if p[0] != at || p[1]-p[0] > 10 || p[1] < p[0] {
				t.Errorf("capLength(%q): bad span %v", s, p)
			}
			if !utf8.ValidString(s[p[0]:p[1]]) {
				t.Errorf("capLength(%q): span %v splits a character", s, p)
			}
			at = p[1]
		}
		if at != len(s) {
			t.Errorf("capLength(%q) covers %d of %d bytes", s, at, len(s))
		}
	}
}

// A first line that only dates its page is no headline: the next line
// is, and the date stays the article's.
func TestDateOnlyLine(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"May 2, 2015 / 11:12 AM / 4 years ago", true},
		{"Published: 14 April 2020", true},
		{"Peru and Chile sign a deal on 12 May 2005", false},
		{"Peru sanctions Chile", false},
		{"Peru sanctions Chile 12 May 2005", false},
		{"Elections on 5 March 2024", false},
	} {
		if got := dateOnlyLine(tc.line); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.line, got, tc.want)
		}
	}
	doc, err := Parse("a", "a", []byte("May 2, 2015 / 11:12 AM / 4 years ago\n\nPeru sanctions Chile\n\nPeru imposed sanctions on Chile on Friday.\n"), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Peru sanctions Chile" || !doc.Sentences[0].Headline || doc.Date != "2015-05-02" {
		t.Errorf("title %q, headline %v, date %q; want the second line, a headline, 2015-05-02", doc.Title, doc.Sentences[0].Headline, doc.Date)
	}
}
