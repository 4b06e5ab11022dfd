package extract

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/syntax"
)

// benchArticle is one sample article of ../testdata/articles.
type benchArticle struct {
	name string // File name without extension: the sub-benchmark name.
	file string // File name, used as the document id.
	data []byte
}

// benchArticles reads the sample articles, skipping the benchmark when there
// are none.
func benchArticles(b *testing.B) []benchArticle {
	b.Helper()
	dir := filepath.Join("..", "testdata", "articles")
	entries, err := os.ReadDir(dir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		b.Fatal(err)
	}
	var arts []benchArticle
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, benchArticle{
			name: strings.TrimSuffix(e.Name(), filepath.Ext(e.Name())),
			file: e.Name(),
			data: data,
		})
	}
	if len(arts) == 0 {
		b.Skipf("no sample articles in %s", dir)
	}
	return arts
}

// benchExtractor builds the Extractor (lexicon and prose model) outside any timer.
func benchExtractor(b *testing.B) *Extractor {
	b.Helper()
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	// the parser's model, which extraction loads the first time a rule
	// asks for a tree: loaded once per process, as the other models are
	if _, err := syntax.Load(); err != nil {
		b.Fatal(err)
	}
	return x
}

// parseExtract is one timed operation of BenchmarkExtract: a fresh Parse
// (Extract fills the document's tokens, so a document is not reused) and
// Extract.
func parseExtract(b *testing.B, x *Extractor, a benchArticle) *Result {
	doc, err := Parse(a.file, a.file, a.data, ParseOptions{})
	if err != nil {
		b.Fatalf("%s: %v", a.file, err)
	}
	r, err := x.Extract(doc)
	if err != nil {
		b.Fatalf("%s: %v", a.file, err)
	}
	return r
}

// BenchmarkParse times Parse alone on each sample article.
func BenchmarkParse(b *testing.B) {
	arts := benchArticles(b)
	for _, a := range arts {
		b.Run(a.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(a.data)))
			b.ResetTimer()
			for b.Loop() {
				if _, err := Parse(a.file, a.file, a.data, ParseOptions{}); err != nil {
					b.Fatalf("%s: %v", a.file, err)
				}
			}
		})
	}
}

// BenchmarkExtract times Parse + Extract on each sample article: every
// iteration parses a fresh document, because Extract fills in its tokens.
// Subtract BenchmarkParse for the cost of Extract alone (Parse is a small
// fraction of it).
func BenchmarkExtract(b *testing.B) {
	arts := benchArticles(b)
	x := benchExtractor(b)
	for _, a := range arts {
		b.Run(a.name, func(b *testing.B) {
			warm := parseExtract(b, x, a) // results are deterministic: count once
			entities, events := len(warm.Entities), len(warm.Events)
			b.ReportAllocs()
			b.SetBytes(int64(len(a.data)))
			b.ResetTimer()
			for b.Loop() {
				parseExtract(b, x, a)
			}
			b.ReportMetric(float64(entities), "entities/op")
			b.ReportMetric(float64(events), "events/op")
		})
	}
}

// BenchmarkExtractAll times Parse + Extract of every sample article, each a
// separate document, as one operation: a small batch run.
func BenchmarkExtractAll(b *testing.B) {
	arts := benchArticles(b)
	x := benchExtractor(b)
	var size int64
	entities, events := 0, 0
	for _, a := range arts {
		r := parseExtract(b, x, a)
		size += int64(len(a.data))
		entities += len(r.Entities)
		events += len(r.Events)
	}
	b.ReportAllocs()
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			parseExtract(b, x, a)
		}
	}
	b.ReportMetric(float64(entities), "entities/op")
	b.ReportMetric(float64(events), "events/op")
}
