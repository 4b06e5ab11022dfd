package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/names"
)

// stageDocs parses and tags every sample article once.
func stageDocs(b *testing.B, x *Extractor) ([]*Document, int64) {
	b.Helper()
	var docs []*Document
	var n int64
	for _, a := range benchArticles(b) {
		doc, err := Parse(a.file, a.file, a.data, ParseOptions{})
		if err != nil {
			b.Fatal(err)
		}
		for i := range doc.Sentences {
			toks, err := tagSentence(x.pos, doc, &doc.Sentences[i])
			if err != nil {
				b.Fatal(err)
			}
			doc.Sentences[i].Tokens = toks
		}
		docs = append(docs, doc)
		n += int64(len(a.data))
	}
	return docs, n
}

// BenchmarkStage times each stage of extraction over all sample articles,
// with the earlier stages done outside the timer.
func BenchmarkStage(b *testing.B) {
	x := benchExtractor(b)
	docs, n := stageDocs(b, x)
	b.Run("segment", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(n)
		for b.Loop() {
			for _, d := range docs {
				for _, s := range d.Sentences {
					splitSentences(d.masked[s.Start:s.End])
				}
			}
		}
	})
	b.Run("tokenize", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(n)
		for b.Loop() {
			for _, d := range docs {
				for _, s := range d.Sentences {
					tokenize(d.masked, &s)
				}
			}
		}
	})
	b.Run("tag", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(n)
		for b.Loop() {
			for _, d := range docs {
				for _, s := range d.Sentences {
					x.pos.tag(s.Tokens)
				}
			}
		}
	})
	b.Run("recognize", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(n)
		for b.Loop() {
			for _, d := range docs {
				x.findEntities(d, newSentenceTrees(d))
			}
		}
	})
	ents := make([]*docEntities, len(docs))
	for i, d := range docs {
		ents[i] = x.findEntities(d, newSentenceTrees(d))
	}
	b.Run("events", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(n)
		for b.Loop() {
			for i, d := range docs {
				x.findEvents(d, ents[i], newSentenceTrees(d))
			}
		}
	})
}

// BenchmarkLoad times what a process pays once: the lexicon's index and the
// tagger's model.
func BenchmarkLoad(b *testing.B) {
	x := benchExtractor(b)
	b.Run("index", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			newIndex(x.lex)
		}
	})
	b.Run("tagger", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := decodePOSTagger(posModel); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("names", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := names.Decode(names.Embedded()); err != nil {
				b.Fatal(err)
			}
		}
	})
}
