package names_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/names"
)

// tagged splits a sentence written with spaces between its words and
// punctuation marks, and tags it as the extractor does.
func tagged(t *testing.T, text string) names.Sentence {
	t.Helper()
	words := strings.Fields(text)
	tags, err := extract.Tag(words)
	if err != nil {
		t.Fatal(err)
	}
	return names.Sentence{Words: words, Tags: tags}
}

// find gives the names of a document as "words/TYPE", MISC left out.
func find(t *testing.T, sentences ...string) []string {
	t.Helper()
	m, err := names.Load()
	if err != nil {
		t.Fatal(err)
	}
	var doc names.Document
	for _, s := range sentences {
		doc = append(doc, tagged(t, s))
	}
	var got []string
	for si, spans := range m.Find(doc) {
		for _, sp := range spans {
			if sp.Score <= 0 || sp.Score > 1 {
				t.Errorf("%v: score %v out of (0, 1]", sp, sp.Score)
			}
			if sp.Type != "MISC" {
				got = append(got, strings.Join(doc[si].Words[sp.Start:sp.End], " ")+"/"+sp.Type)
			}
		}
	}
	return got
}

func TestFindsNames(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Trade Minister Ana Ruiz met officials of the Maritime Safety Agency in Lisbon on Tuesday .",
			[]string{"Ana Ruiz/PER", "Maritime Safety Agency/ORG", "Lisbon/LOC"}},
		{"Shares of Corvane Holdings fell after the company said its chief executive , Tomas Berg , would resign .",
			[]string{"Corvane Holdings/ORG", "Tomas Berg/PER"}},
		{"The talks in Geneva were the first since Norway and Chile signed the accord .",
			[]string{"Geneva/LOC", "Norway/LOC", "Chile/LOC"}},
		{"He said the weather had been poor all week .", nil},
	}
	for _, c := range cases {
		if diff := cmp.Diff(c.want, find(t, c.text)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.text, diff)
		}
	}
}

// The second pass reads the rest of the document: a word that is part of
// a name elsewhere is read the same way where its own sentence says
// little.
func TestDocumentEvidence(t *testing.T) {
	got := find(t,
		"Officials at Velmora Logistics said on Monday that exports had fallen .",
		"Velmora said the drop was temporary .")
	want := []string{"Velmora Logistics/ORG", "Velmora/ORG"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// A sentence longer than a decoding window is read window by window, and
// its names keep their places in the sentence.
func TestLongSentence(t *testing.T) {
	var words []string
	for len(words) < 700 {
		words = append(words, strings.Fields("Ana Ruiz met officials in Lisbon and")...)
	}
	s := tagged(t, strings.Join(words, " "))
	m, err := names.Load()
	if err != nil {
		t.Fatal(err)
	}
	spans := m.Find(names.Document{s})[0]
	var last names.Span
	for _, sp := range spans {
		if sp.Start < last.End || sp.End > len(words) {
			t.Fatalf("span %+v after %+v", sp, last)
		}
		last = sp
	}
	if last.End < 650 {
		t.Errorf("the last name ends at word %d of %d", last.End, len(words))
	}
}
