package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// goldenFormat is a golden output of the whole sample folder: the extract
// flags that make it and the files it is compared with, in
// testdata/golden.
type goldenFormat struct {
	args  []string
	files []string // For --format csv, nodes.csv then edges.csv.
}

// goldenFormats are the outputs of TestGoldenFormats: every format, and
// the filters and drawing options on the formats they matter most for.
var goldenFormats = []goldenFormat{
	{[]string{"--format", "graphml"}, []string{"articles.graphml"}},
	{[]string{"--format", "events"}, []string{"articles.events.tsv"}},
	{[]string{"--format", "csv"}, []string{"articles.nodes.csv", "articles.edges.csv"}},
	{[]string{"--events", "edges", "--cluster", "country"}, []string{"articles.events-as-edges.cluster-country.dot"}},
	{[]string{"--cluster", "community"}, []string{"articles.cluster-community.dot"}},
	{[]string{"--cluster", "document"}, []string{"articles.cluster-document.dot"}},
	{[]string{"--top", "10", "--events", "edges", "--layout", "sfdp"}, []string{"articles.top10.events-as-edges.sfdp.dot"}},
	{[]string{"--types", "person,country"}, []string{"articles.types-person-country.dot"}},
	{[]string{"--format", "json", "--since", "2025-10"}, []string{"articles.since-2025-10.json"}},
	{[]string{"--format", "json", "--countries", "EST,FIN,RUS"}, []string{"articles.countries-EST-FIN-RUS.json"}},
	{[]string{"--format", "events", "--countries", "EST,FIN,RUS"}, []string{"articles.countries-EST-FIN-RUS.events.tsv"}},
}

// TestGoldenFormats runs extract over testdata/articles with each of
// goldenFormats and compares the output with its golden files. Regenerate
// them with go test ./cmd/newsgraph -run TestGolden -update.
func TestGoldenFormats(t *testing.T) {
	sampleArticles(t)
	t.Chdir(testdataDir)
	for _, gf := range goldenFormats {
		t.Run(strings.Join(gf.files, "+"), func(t *testing.T) {
			got := goldenOutputs(t, "extract", gf, "articles")
			compareGolden(t, gf.files, got)
		})
	}
}

// goldenOutputs runs newsgraph command with the flags of gf and the
// arguments args, and returns the contents of its outputs, in the order of
// gf.files.
func goldenOutputs(t *testing.T, command string, gf goldenFormat, args ...string) []string {
	t.Helper()
	cmdArgs := append([]string{command}, gf.args...)
	csvDir := ""
	if len(gf.files) == 2 {
		csvDir = t.TempDir()
		cmdArgs = append(cmdArgs, "-o", csvDir)
	}
	cmdArgs = append(cmdArgs, args...)
	code, stdout, stderr := runTest(t, "", cmdArgs...)
	if code != exitOK || stderr != "" {
		t.Fatalf("newsgraph %s: exit %d, stderr:\n%s", strings.Join(cmdArgs, " "), code, stderr)
	}
	if csvDir == "" {
		return []string{stdout}
	}
	if stdout != "" {
		t.Errorf("newsgraph %s wrote %q to standard output, want nothing", strings.Join(cmdArgs, " "), stdout)
	}
	var out []string
	for _, name := range []string{"nodes.csv", "edges.csv"} {
		b, err := os.ReadFile(filepath.Join(csvDir, name))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

// compareGolden compares got[i] with testdata/golden/files[i], or writes
// them with -update.
func compareGolden(t *testing.T, files, got []string) {
	t.Helper()
	for i, name := range files {
		file := filepath.Join("golden", name)
		if *update {
			if err := os.WriteFile(file, []byte(got[i]), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(file)
		if err != nil {
			t.Fatalf("%v (run go test ./cmd/newsgraph -run '^Test(Golden|Stats)' -update to create it)", err)
		}
		if got[i] == string(want) {
			continue
		}
		if strings.HasSuffix(name, ".json") {
			t.Errorf("testdata/%s differs from the output:\n%s", file, jsonDiff(t, want, []byte(got[i])))
		} else {
			t.Errorf("testdata/%s differs from the output (-want +got):\n%s", file,
				cmp.Diff(strings.Split(string(want), "\n"), strings.Split(got[i], "\n")))
		}
	}
}
