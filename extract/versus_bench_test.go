package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/jdkato/prose/v2"
)

// versusFiles reads the corpus compared in BenchmarkVersusProse: the .txt
// files of $NEWSGRAPH_BENCH_DIR, or the sample articles.
func versusFiles(b *testing.B) ([][]byte, int64) {
	b.Helper()
	dir := os.Getenv("NEWSGRAPH_BENCH_DIR")
	if dir == "" {
		dir = filepath.Join("..", "testdata", "articles")
	}
	var files [][]byte
	var n int64
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".txt" {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		files = append(files, data)
		n += int64(len(data))
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	if len(files) == 0 {
		b.Skipf("no .txt files in %s", dir)
	}
	return files, n
}

// BenchmarkVersusProse runs prose's own full pipeline (segmentation,
// tagging, entities; its model loaded once) and newsgraph's extraction on the
// same files, one after the other: the speed-up is the ratio of their MB/s.
//
//	NEWSGRAPH_BENCH_DIR=/tmp/corpus go test ./extract -run '^$' -bench VersusProse -benchtime 3x
func BenchmarkVersusProse(b *testing.B) {
	files, n := versusFiles(b)
	b.Run("prose", func(b *testing.B) {
		model := prose.ModelFromData("default")
		b.ReportAllocs()
		b.SetBytes(n)
		b.ResetTimer()
		for b.Loop() {
			for _, f := range files {
				if _, err := prose.NewDocument(string(f), prose.UsingModel(model)); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("newsgraph", func(b *testing.B) {
		x := benchExtractor(b)
		b.ReportAllocs()
		b.SetBytes(n)
		b.ResetTimer()
		for b.Loop() {
			for i, f := range files {
				doc, err := Parse("f", "f", f, ParseOptions{})
				if err != nil {
					continue
				}
				if _, err := x.Extract(doc); err != nil {
					b.Fatalf("file %d: %v", i, err)
				}
			}
		}
	})
}
