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

// Tag gives the words of one sentence, split already, the part-of-speech
// tags the extractor gives them; newsgraph-train uses it to train the
// name tagger on the tags it will meet.
func Tag(words []string) ([]string, error) {
	pt, err := loadPOSTagger()
	if err != nil {
		return nil, err
	}
	tokens := make([]Token, len(words))
	for i, w := range words {
		tokens[i].Text = w
	}
	pt.tag(tokens)
	tags := make([]string, len(words))
	for i, t := range tokens {
		tags[i] = t.Tag
	}
	return tags, nil
}
