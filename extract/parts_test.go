package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestParts(t *testing.T) {
	// sentences of 20 bytes: "Sentence number NN." with a separator
	// before each: " " within a paragraph, "\n\n" between paragraphs
	doc := func(seps ...string) *Document {
		var sb strings.Builder
		d := &Document{}
		for i, sep := range seps {
			sb.WriteString(sep)
			start := sb.Len()
			fmt.Fprintf(&sb, "Sentence number %02d.", i)
			d.Sentences = append(d.Sentences, Sentence{Index: i, Start: start, End: sb.Len()})
		}
		d.Text = sb.String()
		return d
	}
	tests := []struct {
		name string
		seps []string
		max  int
		want [][2]int
	}{
		{"shorter than a part", []string{"", " ", "\n\n"}, 100, [][2]int{{0, 3}}},
		{"cut at the first paragraph break after max", []string{"", " ", " ", "\n\n", " ", "\n\n", " "}, 40, [][2]int{{0, 3}, {3, 5}, {5, 7}}},
		{"a line break is a paragraph break", []string{"", " ", "\n", " "}, 40, [][2]int{{0, 2}, {2, 4}}},
		{"no break before twice max: cut anyway", []string{"", " ", " ", " ", " ", " "}, 30, [][2]int{{0, 3}, {3, 6}}},
		{"one sentence", []string{""}, 1, [][2]int{{0, 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, parts(doc(tt.seps...), tt.max)); diff != "" {
				t.Errorf("parts (-want +got):\n%s", diff)
			}
		})
	}
}

func TestJoinEntity(t *testing.T) {
	ev := func(s int) Evidence { return Evidence{Sentence: s} }
	e := Entity{
		Key: "person:ana-ruiz", Type: Person, Label: "Ana Ruiz", Aliases: []string{"Ruiz"},
		Mentions: []Mention{{Text: "Ana Ruiz", Sentence: 1}},
		Roles:    []Role{{Title: "trade minister", Of: "country:CHL", Evidence: ev(1)}},
	}
	later := Entity{
		Key: "person:ana-ruiz", Type: Person, Label: "Ana María Ruiz", Aliases: []string{"Ruiz", "Señora Ruiz"}, Country: "CHL",
		Mentions: []Mention{{Text: "Ana María Ruiz", Sentence: 40}},
		Roles: []Role{
			{Title: "trade minister", Of: "country:CHL", Evidence: ev(40)},
			{Title: "envoy", Evidence: ev(41)},
		},
	}
	joinEntity(&e, later)
	want := Entity{
		Key: "person:ana-ruiz", Type: Person, Label: "Ana Ruiz", Country: "CHL",
		Aliases:  []string{"Ana María Ruiz", "Ruiz", "Señora Ruiz"},
		Mentions: []Mention{{Text: "Ana Ruiz", Sentence: 1}, {Text: "Ana María Ruiz", Sentence: 40}},
		Roles:    []Role{{Title: "envoy", Evidence: ev(41)}, {Title: "trade minister", Of: "country:CHL", Evidence: ev(1)}},
	}
	if diff := cmp.Diff(want, e); diff != "" {
		t.Errorf("joinEntity (-want +got):\n%s", diff)
	}
}

// TestExtractParts reads a document of paragraphs that each name their
// people in full, whole and in parts of a few paragraphs: the parts find
// the same entities, mentions, titles and events, at the same sentences.
func TestExtractParts(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("Talks in Lisbon\n\nLISBON, March 3, 2024 -\n\n")
	for i := range 12 {
		g, s := personName(i % 5)
		fmt.Fprintf(&sb, "Foreign Minister %s %s of Portugal met Chilean officials in Lisbon on day %d. %s said Portugal would help Chile.\n\n", g, s, i, s)
		sb.WriteString("Greece condemned Turkey over the seizure of a tanker.\n\n")
	}
	x := extractor(t)
	read := func() *Document {
		doc, err := Parse("t.txt", "t.txt", []byte(sb.String()), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return doc
	}
	doc := read()
	whole, err := x.extractWhole(doc)
	if err != nil {
		t.Fatal(err)
	}
	doc = read()
	runs := parts(doc, 400)
	if len(runs) < 4 {
		t.Fatalf("%d parts; the test wants several", len(runs))
	}
	inParts, err := x.extractParts(doc, runs)
	if err != nil {
		t.Fatal(err)
	}
	if inParts.Doc != doc {
		t.Error("the result of the parts is not the document's")
	}
	for _, s := range doc.Sentences {
		if s.Tokens != nil {
			t.Fatalf("sentence %d keeps its tokens after a reading in parts", s.Index)
		}
	}
	// the results of the two readings, with the tokens the whole reading
	// kept left out; the name tagger's confidence reads the document
	// around a name, and so differs
	for i := range whole.Doc.Sentences {
		whole.Doc.Sentences[i].Tokens = nil
	}
	if diff := cmp.Diff(whole, inParts, cmp.AllowUnexported(Document{}), cmpopts.IgnoreFields(Mention{}, "Confidence")); diff != "" {
		t.Errorf("whole (-) and in parts (+) differ:\n%s", diff)
	}
}

// TestExtractReadsLongDocumentsInParts: a document over partBytes is read
// in parts, each resolved on its own, and keeps no tokens after.
func TestExtractReadsLongDocumentsInParts(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 600 KB of text")
	}
	calls := 0
	stepsHook = func(int) { calls++ }
	defer func() { stepsHook = nil }()
	doc, err := Parse("long.txt", "long.txt", genNews(600<<10), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := extractor(t).Extract(doc); err != nil {
		t.Fatal(err)
	}
	if calls != 3 {
		t.Errorf("600 KB resolved in %d parts, want 3 of about %d KB", calls, partBytes>>10)
	}
	for _, s := range doc.Sentences {
		if s.Tokens != nil {
			t.Fatalf("sentence %d keeps its tokens", s.Index)
		}
	}
}
