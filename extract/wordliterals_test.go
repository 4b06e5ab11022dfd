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

// lexiconLoader is the package that reads the word lists and classes
// from their files: the one place under extract/ that names the kinds
// of its own files.
const lexiconLoader = "lexicon"

// maxWordLiterals is how many such comparisons the Go code under extract/
// makes: none. Word lists live in lexicon/data (classes.txt, and the
// words of date expressions in dates.tsv) and rules test classes.
const maxWordLiterals = 0

func TestNoNewWordLiterals(t *testing.T) {
	var files []string
	err := filepath.WalkDir(".", func(p string, d os.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case d.IsDir() && (d.Name() == lexiconLoader || d.Name() == "testdata"):
			return filepath.SkipDir
		case !d.IsDir() && strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go"):
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 50 {
		t.Fatalf("found %d Go files under extract/, expected the package and its subpackages", len(files))
	}
	n := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if m := wordLiteral.FindAll(src, -1); len(m) > 0 {
			n += len(m)
			t.Logf("%s: %q", f, m)
		}
		if wordList.Match(src) {
			t.Errorf("%s: a list of words in Go (%s); put it in lexicon/data", f, wordList.Find(src))
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
