package analysis

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestWriteTextGolden compares the text report of the hand-made wire with
// testdata/<name>.txt; go test ./analysis -update rewrites the files.
func TestWriteTextGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts Options
	}{
		{"handmade", Options{}},
		{"handmade-top2", Options{Top: 2, IncludeNegated: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := analyze(t, handmade(), tc.opts).WriteText(&b); err != nil {
				t.Fatalf("WriteText: %v", err)
			}
			path := filepath.Join("testdata", tc.name+".txt")
			if *update {
				if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./analysis -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), b.String()); diff != "" {
				t.Errorf("%s (-want +got):\n%s", path, diff)
			}
		})
	}
}

func TestWriteTextEmpty(t *testing.T) {
	var e bytes.Buffer
	r := analyze(t, synthetic(0, 0), Options{})
	if err := r.WriteText(&e); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(e.Bytes(), []byte("(none)")) {
		t.Errorf("empty report says nothing is empty:\n%s", e.String())
	}
}

type failingWriter struct{ calls int }

var errWrite = errors.New("disk full")

func (w *failingWriter) Write(p []byte) (int, error) {
	w.calls++
	return 0, errWrite
}

func TestWriteTextError(t *testing.T) {
	w := &failingWriter{}
	err := analyze(t, handmade(), Options{}).WriteText(w)
	if !errors.Is(err, errWrite) {
		t.Errorf("WriteText = %v, want %v", err, errWrite)
	}
	if w.calls != 1 {
		t.Errorf("WriteText wrote %d times after a failure, want 1 call", w.calls)
	}
}
