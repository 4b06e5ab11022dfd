package extract

import (
	"fmt"
	"strings"

	"github.com/jdkato/prose/v2"
)

// straighten maps what the tokenizer does not know to what it does: curly
// quotes to straight ones, braces to parentheses.
var straighten = map[rune]byte{'\u201c': '"', '\u201d': '"', '\u2018': '\'', '\u2019': '\'', '{': '(', '}': ')'}

// tagSentence runs prose's tokenizer and our copy of its part-of-speech
// tagger over one sentence and returns its tokens with byte offsets into the document. A
// panic inside prose is returned as an error.
func tagSentence(tagger *posTagger, doc *Document, s *Sentence) (tokens []Token, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("tagger failed on sentence %d: %v", s.Index, r)
		}
	}()
	src := doc.masked[s.Start:s.End]
	// clean is what prose sees; pos[i] is the document offset of clean[i].
	var b strings.Builder
	b.Grow(len(src))
	pos := make([]int, 0, len(src)+1)
	for i, r := range src {
		if c, ok := straighten[r]; ok {
			b.WriteByte(c)
			pos = append(pos, s.Start+i)
			continue
		}
		n := b.Len()
		b.WriteRune(r)
		for k := n; k < b.Len(); k++ {
			pos = append(pos, s.Start+i+(k-n))
		}
	}
	pos = append(pos, s.End)
	clean := b.String()
	pd, _ := prose.NewDocument(clean, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
	at := 0
	for _, t := range pd.Tokens() {
		k := strings.Index(clean[at:], t.Text)
		if k < 0 {
			continue // prose never invents text; skip rather than misalign
		}
		start := at + k
		end := start + len(t.Text)
		at = end
		tokens = append(tokens, Token{Text: t.Text, Start: pos[start], End: pos[end]})
	}
	tagger.tag(tokens)
	return tokens, nil
}
