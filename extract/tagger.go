package extract

import (
	"fmt"
)

// tagSentence runs prose's tokenizer (tokenize) and our copy of its
// part-of-speech tagger over one sentence and returns its tokens with byte
// offsets into the document. A panic inside prose is returned as an error.
func tagSentence(tagger *posTagger, doc *Document, s *Sentence) (tokens []Token, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("tagger failed on sentence %d: %v", s.Index, r)
		}
	}()
	tokens = tokenize(doc.masked, s)
	tagger.tag(tokens)
	return tokens, nil
}
