package names

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// A Document is the sentences of one article, for the labeller.
type Document []Sentence

// A Source gives the labeller a document's sentences one at a time, so
// that a long document need not be copied into a Document to be read.
// The Sentence it gives may reuse the slices of the one before: the
// labeller keeps none.
type Source interface {
	Len() int                // the number of sentences
	Words(i int) int         // the number of words of sentence i
	Sentence(i int) Sentence // sentence i
}

// outsideTag is CoNLL's label of a word outside every name.
const outsideTag = "O"

func (d Document) Len() int                { return len(d) }
func (d Document) Words(i int) int         { return len(d[i].Words) }
func (d Document) Sentence(i int) Sentence { return d[i] }

// A Sentence is a run of words, their part-of-speech tags (Penn Treebank,
// or empty), and for training their gold spans.
type Sentence struct {
	Words []string
	Tags  []string
	Spans []Span
}

// A Span is a name: words [Start, End) of its sentence, its type (PER,
// LOC, ORG or MISC) and how sure the labeller is of it, from 0 to 1.
type Span struct {
	Start, End int
	Type       string
	Score      float64
}

// ReadCoNLL reads the CoNLL-2003 format: one word a line with its
// part-of-speech tag, chunk tag and IOB1 name tag, blank lines between
// sentences, and a -DOCSTART- line before each document.
func ReadCoNLL(r io.Reader) ([]Document, error) {
	var docs []Document
	var doc Document
	var s Sentence
	var tags []string
	endSentence := func() {
		if len(s.Words) > 0 {
			s.Spans = spansOfIOB(tags)
			doc = append(doc, s)
		}
		s, tags = Sentence{}, nil
	}
	endDoc := func() {
		endSentence()
		if len(doc) > 0 {
			docs = append(docs, doc)
		}
		doc = nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.HasPrefix(text, "-DOCSTART-") {
			endDoc()
			continue
		}
		f := strings.Fields(text)
		if len(f) == 0 {
			endSentence()
			continue
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("line %d: want a word and its tags, got %q", line, text)
		}
		tag := f[len(f)-1]
		if tag != outsideTag && (len(tag) < 3 || tag[1] != '-' || (tag[0] != 'I' && tag[0] != 'B')) {
			return nil, fmt.Errorf("line %d: %q is not an IOB name tag", line, tag)
		}
		s.Words = append(s.Words, f[0])
		pos := ""
		if len(f) >= 3 {
			pos = f[1]
		}
		s.Tags = append(s.Tags, pos)
		tags = append(tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	endDoc()
	return docs, nil
}

// spansOfIOB reads names from IOB1 or IOB2 tags as conlleval does: a name
// starts at B-, or at I- after O or a name of another type.
func spansOfIOB(tags []string) []Span {
	var out []Span
	start, typ := -1, ""
	for i := 0; i <= len(tags); i++ {
		t, b := "", false
		if i < len(tags) && tags[i] != outsideTag {
			t, b = tags[i][2:], tags[i][0] == 'B'
		}
		if start >= 0 && (t == "" || t != typ || b) {
			out = append(out, Span{Start: start, End: i, Type: typ})
			start = -1
		}
		if t != "" && start < 0 {
			start, typ = i, t
		}
	}
	return out
}
