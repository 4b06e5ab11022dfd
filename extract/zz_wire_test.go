package extract

import (
	"os"
	"path/filepath"
	"testing"
)

func TestZZWire(t *testing.T) {
	files, _ := filepath.Glob("/tmp/unl/*.txt")
	if len(files) == 0 {
		t.Skip()
	}
	x, _ := New()
	for i := 0; i < 2; i++ {
		for _, f := range files {
			data, _ := os.ReadFile(f)
			doc, err := Parse(f, f, data, ParseOptions{})
			if err != nil {
				continue
			}
			x.Extract(doc)
		}
	}
}
