package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden mention files in ../testdata/golden/mentions")

// mentionLine is one line of a golden mention file.
type mentionLine struct {
	Entity   string     `json:"entity"`
	Type     EntityType `json:"type"`
	Text     string     `json:"text"`
	Start    int        `json:"start"`
	End      int        `json:"end"`
	Sentence int        `json:"sentence"`
	Demonym  bool       `json:"demonym,omitempty"`
}

// TestGoldenMentions compares the mentions found in each sample article with
// its golden file, in text order.
func TestGoldenMentions(t *testing.T) {
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	if len(files) == 0 {
		t.Skip("no sample articles")
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			r := run(t, string(text))
			var lines []mentionLine
			for _, e := range r.Entities {
				for _, m := range e.Mentions {
					lines = append(lines, mentionLine{e.Key, e.Type, m.Text, m.Start, m.End, m.Sentence, m.Demonym})
				}
			}
			sortMentions(lines)
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			for _, l := range lines {
				if err := enc.Encode(l); err != nil {
					t.Fatal(err)
				}
			}
			golden := filepath.Join("..", "testdata", "golden", "mentions", name+".jsonl")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -run TestGoldenMentions -update to create it)", err)
			}
			if !bytes.Equal(want, buf.Bytes()) {
				t.Errorf("mentions of %s differ from %s:\n%s", name, golden, lineDiff(string(want), buf.String()))
			}
		})
	}
}

func sortMentions(ls []mentionLine) {
	for i := 1; i < len(ls); i++ {
		for j := i; j > 0 && (ls[j].Start < ls[j-1].Start || ls[j].Start == ls[j-1].Start && ls[j].End < ls[j-1].End); j-- {
			ls[j], ls[j-1] = ls[j-1], ls[j]
		}
	}
}

// lineDiff lists the lines only one side has.
func lineDiff(want, got string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	w, g := in(want), in(got)
	var b strings.Builder
	for _, l := range strings.Split(want, "\n") {
		if !g[l] {
			b.WriteString("- " + l + "\n")
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if !w[l] {
			b.WriteString("+ " + l + "\n")
		}
	}
	return b.String()
}
