package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// wordLiteral is a comparison of a word with a literal English word:
// `w == "said"`, `strings.EqualFold(t[k].Text, "of")`.
var wordLiteral = regexp.MustCompile(`(==|!=) *"[A-Za-z][a-z’'-]*"|EqualFold\([^,()]+(\([^)]*\))?, *"[A-Za-z]+"\)`)

// wordList is a list of English words written in Go: three or more
// lower-case words in a []string or a map[string]bool.
var wordList = regexp.MustCompile(`(\[\]string|map\[string\]bool)\{(\s*"[a-z][a-z.' -]*"(: true)?,){3,}`)

// dateGrammar is the file that reads date expressions ("last Tuesday",
// "three weeks ago", "5 March 2024"): its month and weekday names, number
// words and relative days are the grammar of dates, not word classes of
// the rules.
const dateGrammar = "dates.go"

// maxWordLiterals is how many such comparisons the rules make: none. Word
// lists live in lexicon/data/classes.txt and rules test classes.
const maxWordLiterals = 0

func TestNoNewWordLiterals(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		n += len(wordLiteral.FindAll(src, -1))
		if f != dateGrammar && wordList.Match(src) {
			t.Errorf("%s: a list of words in Go (%s); put it in lexicon/data/classes.txt", f, wordList.Find(src))
		}
		if strings.Contains(string(src), "setOf(`") {
			t.Errorf("%s: a word list in Go; put it in lexicon/data/classes.txt", f)
		}
	}
	if n > maxWordLiterals {
		t.Errorf("%d comparisons with literal words, more than %d: test a class of lexicon/data/classes.txt instead", n, maxWordLiterals)
	}
	if n < maxWordLiterals {
		t.Logf("%d comparisons with literal words: lower maxWordLiterals to %d", n, n)
	}
}
