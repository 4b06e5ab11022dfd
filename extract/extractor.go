package extract

import (
	"fmt"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Extractor finds entities, officials and events in documents. It is safe
// for concurrent use: build one per process and share it.
type Extractor struct {
	lex *lexicon.Lexicon
	idx *index
}

// New returns an Extractor using the embedded lexicon and prose's default
// model, both loaded once per process.
func New() (*Extractor, error) {
	lex, err := lexicon.Default()
	if err != nil {
		return nil, err
	}
	proseModel()
	return &Extractor{lex: lex, idx: newIndex(lex)}, nil
}

// Extract tags doc and returns the entities, roles and events found in it.
// A failure inside the tagger is returned as an error for this document.
func (x *Extractor) Extract(doc *Document) (*Result, error) {
	for i := range doc.Sentences {
		toks, err := tagSentence(doc, &doc.Sentences[i])
		if err != nil {
			return nil, fmt.Errorf("extract %s: %w", doc.ID, err)
		}
		doc.Sentences[i].Tokens = toks
	}
	r := &Result{Doc: doc}
	ents := x.findEntities(doc)
	r.Events = x.findEvents(doc, ents)
	r.Entities = ents.list()
	return r, nil
}
