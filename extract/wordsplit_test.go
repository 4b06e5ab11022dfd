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
		if wp != gp {
			t.Errorf("%q: prose panicked %v, splitWords %v", c, wp, gp)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%q (-prose +splitWords):\n%s", c, diff)
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
		if wp != gp || !cmp.Equal(want, got) {
			t.Errorf("%q: prose %q (panic %v), splitWords %q (panic %v)", s, want, wp, got, gp)
		}
	})
}
