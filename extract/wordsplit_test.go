package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jdkato/prose/v2"
)

// proseWords is what prose's own tokenizer makes of text.
func proseWords(text string) (words []string, panicked bool) {
	defer func() {
		if recover() != nil {
			words, panicked = nil, true
		}
	}()
	pd, _ := prose.NewDocument(text, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
	for _, t := range pd.Tokens() {
		words = append(words, t.Text)
	}
	return words, false
}

// ourWords is splitWords, or whether it panicked.
func ourWords(text string) (words []string, panicked bool) {
	defer func() {
		if recover() != nil {
			words, panicked = nil, true
		}
	}()
	return splitWords(text, nil), false
}

func TestSplitWordsAsProse(t *testing.T) {
	cases := []string{
		"", " ", "a", "Mr. Smith said (on Monday) that the U.S. won't go.",
		`"They'll see," he said; 'I'm here!' $100 [sic] e.g. Gen. Lee's O.K.?`,
		"Don't can't WON'T isn't", "xD :-) ¯\\(ツ)/¯ (ಠ_ಠ) end:(", "\u201cquoted\u201d \u2018single\u2019 it&rsquo;s",
		"tabs\tand\nnewlines  double  spaces ", "((($$$100))).", "'s 'll n't '", "İstanbul'S DON'T",
		"U.S.A. A.B a.b.c. Abc. AB. Ab.", "end.\"'", "\x00\xff bytes",
	}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, strings.Split(string(b), "\n")...)
	}
	for _, c := range cases {
		want, wp := proseWords(c)
		got, gp := ourWords(c)
		if !wp && !keepsAll(c, want) {
			continue // prose lost characters; TestSplitWordsKeepsText holds ours
		}
		if wp != gp {
			t.Errorf("%q: prose panicked %v, splitWords %v", c, wp, gp)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%q (-prose +splitWords):\n%s", c, diff)
		}
	}
}

// keepsAll reports words that hold every character of text but its white
// space, in order (prose's sanitizer straightens quotes first).
func keepsAll(text string, words []string) bool {
	squeeze := func(s string) string { return strings.Join(strings.Fields(proseSanitizer.Replace(s)), "") }
	var kept strings.Builder
	for _, w := range words {
		kept.WriteString(squeeze(w)) // one at a time: two halves of a rune are not a space
	}
	return squeeze(text) == kept.String()
}

// Where prose's tokenizer loses characters, splitWords keeps them: a
// contraction inside a word is no contraction, and a word that begins
// with one keeps it.
func TestSplitWordsKeepsText(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Mark O'Meara won", []string{"Mark", "O'Meara", "won"}},
		{"O'Sullivan's team", []string{"O'Sullivan", "'s", "team"}},
		{"D'Alema, O'Reilly.", []string{"D'Alema", ",", "O'Reilly", "."}},
		{"Russia's, and I'm, sure", []string{"Russia", "'s", ",", "and", "I", "'m", ",", "sure"}},
		{"they won't, we'll", []string{"they", "wo", "n't", ",", "we", "'ll"}},
	} {
		got := splitWords(c.text, nil)
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
		if want, _ := proseWords(c.text); keepsAll(c.text, want) {
			t.Errorf("%q: prose keeps every character (%q); the case tests nothing", c.text, want)
		}
	}
}

func FuzzSplitWordsAsProse(f *testing.F) {
	for _, s := range []string{"Mr. Smith won't go.", "(U.S.) $5 'll", "a :-) b", "\u201cx\u201d&rsquo;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, wp := proseWords(s)
		got, gp := ourWords(s)
		if !gp && !keepsAll(s, got) {
			t.Errorf("%q: splitWords %q loses characters", s, got)
		}
		if !wp && !keepsAll(s, want) {
			return // prose lost characters: ours keeps them
		}
		if wp != gp || !cmp.Equal(want, got) {
			t.Errorf("%q: prose %q (panic %v), splitWords %q (panic %v)", s, want, wp, got, gp)
		}
	})
}
