package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// update rewrites the golden files: go test ./cmd/newsgraph -update
var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// testdataDir is the project's testdata directory, holding articles/ and
// golden/.
const testdataDir = "../../testdata"

// TestGolden runs extract on each article of testdata/articles, and on the
// whole folder, and compares the output with testdata/golden/<name>.json and
// <name>.dot (articles.json and articles.dot for the folder).
func TestGolden(t *testing.T) {
	articles, err := filepath.Glob(filepath.Join(testdataDir, "articles", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(articles) == 0 {
		t.Skip("no articles in testdata/articles")
	}
	// Run from testdata so that document paths read "articles/name.txt"
	// wherever the repository is.
	t.Chdir(testdataDir)
	if *update {
		if err := os.MkdirAll("golden", 0o755); err != nil {
			t.Fatal(err)
		}
	}

	type goldenCase struct{ name, path string }
	var cases []goldenCase
	for _, a := range articles {
		base := filepath.Base(a)
		name := strings.TrimSuffix(base, ".txt")
		if name == "articles" {
			t.Fatalf("articles/%s: its golden files would be those of the whole folder; rename it", base)
		}
		cases = append(cases, goldenCase{name, filepath.Join("articles", base)})
	}
	cases = append(cases, goldenCase{"articles", "articles"})

	for _, c := range cases {
		for _, format := range []string{formatJSON, formatDOT} {
			file := c.name + "." + format
			t.Run(c.name+"."+format, func(t *testing.T) {
				code, got, stderr := runTest(t, "", "extract", "--format", format, c.path)
				if code != exitOK || stderr != "" {
					t.Errorf("newsgraph extract --format %s %s: exit %d, stderr:\n%s", format, c.path, code, stderr)
				}
				compareGolden(t, []string{file}, []string{got})
			})
		}
	}
}

// jsonDiff explains why two JSON documents differ: by value when they
// decode differently, else by layout.
func jsonDiff(t *testing.T, want, got []byte) string {
	var w, g any
	if err := json.Unmarshal(want, &w); err != nil {
		return "golden file is not JSON: " + err.Error()
	}
	if err := json.Unmarshal(got, &g); err != nil {
		return "output is not JSON: " + err.Error()
	}
	if d := cmp.Diff(w, g); d != "" {
		return "(-want +got):\n" + d
	}
	return "same values, different bytes (layout or key order):\n" +
		cmp.Diff(strings.Split(string(want), "\n"), strings.Split(string(got), "\n"))
}

// TestGoldenGraphviz checks that Graphviz accepts every golden DOT file, as
// gonum's checkDOT does.
func TestGoldenGraphviz(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(testdataDir, "golden", "*.dot"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Skip("no golden DOT files in testdata/golden")
	}
	dot, err := exec.LookPath("dot")
	if err != nil {
		t.Skip("Graphviz dot is not installed (apt-get install graphviz); not checking the golden DOT files with it")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			in, err := os.Open(file)
			if err != nil {
				t.Fatal(err)
			}
			defer in.Close()
			var stdout, stderr bytes.Buffer
			cmd := exec.Command(dot, "-Tsvg")
			cmd.Stdin, cmd.Stdout, cmd.Stderr = in, &stdout, &stderr
			if err := cmd.Run(); err != nil {
				t.Fatalf("dot -Tsvg < %s: %v\n%s", file, err, stderr.String())
			}
			if stderr.Len() > 0 {
				t.Logf("dot -Tsvg < %s warns:\n%s", file, stderr.String())
			}
			if !bytes.Contains(stdout.Bytes(), []byte("<svg")) {
				t.Errorf("dot -Tsvg < %s wrote no SVG", file)
			}
		})
	}
}
