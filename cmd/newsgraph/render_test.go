package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestGraphFlagErrors(t *testing.T) {
	articles := filepath.Join(testdataDir, "articles")
	tests := []struct {
		name string
		args []string
		want string // the error line
	}{
		{"csv without a directory", []string{"extract", "--format", "csv", articles},
			"newsgraph: --format csv writes nodes.csv and edges.csv: give the directory to write them to with -o DIR"},
		{"csv to stdout", []string{"merge", "--format", "csv", "-o", "-", "a.json"},
			"newsgraph: --format csv writes nodes.csv and edges.csv: give the directory to write them to with -o DIR"},
		{"cluster for json", []string{"extract", "--format", "json", "--cluster", "country", articles},
			"newsgraph: --events, --cluster and --layout apply to the drawing formats dot, svg, png or pdf, not json"},
		{"layout for graphml", []string{"merge", "--format", "graphml", "--layout", "sfdp", "a.json"},
			"newsgraph: --events, --cluster and --layout apply to the drawing formats dot, svg, png or pdf, not graphml"},
		{"filter for jsonl", []string{"extract", "--format", "jsonl", "--top", "5", articles},
			"newsgraph: --format jsonl writes each document as it is read: the graph flags (--types, --top, --cluster, ...) apply to dot, json, graphml, csv, events, svg, png or pdf"},
		{"event type", []string{"extract", "--types", "person,event", articles},
			"newsgraph: invalid --types: events are kept while they link kept entities; list entity types (person, organization, country, location)"},
		{"unknown type", []string{"extract", "--types", "people", articles},
			`newsgraph: invalid --types: unknown type "people" (want person, organization, country or location)`},
		{"bad country", []string{"extract", "--countries", "NZ", articles},
			`newsgraph: invalid --countries: "NZ" is not an ISO 3166-1 alpha-3 code such as NZL`},
		{"bad since", []string{"extract", "--since", "2024-13", articles},
			`newsgraph: invalid --since: "2024-13" is not a date as YYYY, YYYY-MM or YYYY-MM-DD`},
		{"reversed dates", []string{"extract", "--since", "2025", "--until", "2024-12", articles},
			"newsgraph: invalid --since 2025 is after until 2024-12"},
		{"negative top", []string{"extract", "--top", "-1", articles},
			"newsgraph: invalid --top -1 is negative"},
		{"unknown events", []string{"extract", "--events", "arcs", articles},
			`newsgraph: invalid --events "arcs": want one of nodes, edges`},
		{"unknown cluster", []string{"extract", "--cluster", "city", articles},
			`newsgraph: invalid --cluster "city": want one of country, document, community, none`},
		{"unknown layout", []string{"merge", "--layout", "circo", "a.json"},
			`newsgraph: invalid --layout "circo": want one of dot, sfdp, neato, fdp`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runTest(t, "", tt.args...)
			want := []string{tt.want, "Run 'newsgraph " + tt.args[0] + " --help' for usage."}
			if code != exitUsage || stdout != "" {
				t.Errorf("exit %d, stdout %q; want %d and nothing", code, stdout, exitUsage)
			}
			if diff := cmp.Diff(want, lines(stderr)); diff != "" {
				t.Errorf("stderr (-want +got):\n%s", diff)
			}
		})
	}
}

// TestFlagsNormalized checks that --types and --countries accept any case
// and spaces.
func TestFlagsNormalized(t *testing.T) {
	code, got, stderr := runTest(t, "", "extract", "--format", "json", "--countries", " est,fin ,Rus", filepath.Join(testdataDir, "articles"))
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want, err := os.ReadFile(golden("articles.countries-EST-FIN-RUS.json"))
	if err != nil {
		t.Fatal(err)
	}
	// Paths differ (run from elsewhere); compare the nodes.
	if strings.Count(got, `"id": "`) != bytes.Count(want, []byte(`"id": "`)) {
		t.Errorf("--countries ' est,fin ,Rus' keeps other nodes than --countries EST,FIN,RUS")
	}
}

// TestRenderPictures draws the sample graph as svg, png and pdf with dot
// and sfdp, from extract and from merge.
func TestRenderPictures(t *testing.T) {
	for _, engine := range []string{"dot", "sfdp"} {
		if _, err := exec.LookPath(engine); err != nil {
			t.Skipf("Graphviz %s is not installed (apt-get install graphviz): not drawing pictures", engine)
		}
	}
	articles := filepath.Join(testdataDir, "articles")
	shard := filepath.Join(t.TempDir(), "all.json")
	extractTo(t, shard, articles)
	magic := map[string]string{"svg": "<svg", "png": "\x89PNG\r\n", "pdf": "%PDF-"}
	for _, tt := range []struct {
		name string
		args []string
	}{
		{"svg", []string{"extract", "--format", "svg", articles}},
		{"png", []string{"extract", "--format", "png", "--cluster", "community", articles}},
		{"pdf", []string{"extract", "--format", "pdf", "--events", "edges", articles}},
		{"png", []string{"extract", "--format", "png", "--layout", "sfdp", "--top", "20", articles}},
		{"svg", []string{"merge", "--format", "svg", "--layout", "sfdp", "--events", "edges", shard}},
	} {
		t.Run(strings.Join(tt.args[:len(tt.args)-1], " "), func(t *testing.T) {
			code, stdout, stderr := runTest(t, "", tt.args...)
			if code != exitOK || stderr != "" {
				t.Fatalf("exit %d, stderr:\n%s", code, stderr)
			}
			if !strings.Contains(stdout[:min(len(stdout), 400)], magic[tt.name]) {
				t.Errorf("output is no %s: %q...", tt.name, stdout[:min(len(stdout), 40)])
			}
		})
	}
	// -o writes the picture to the file.
	out := filepath.Join(t.TempDir(), "graph.png")
	if code, _, stderr := runTest(t, "", "extract", "--format", "png", "-o", out, articles); code != exitOK {
		t.Fatalf("--format png -o: exit %d: %s", code, stderr)
	}
	if b, err := os.ReadFile(out); err != nil || !bytes.HasPrefix(b, []byte(magic["png"])) {
		t.Errorf("%s is no PNG: %v", out, err)
	}
}

// TestRenderWithoutGraphviz checks the one-line error, exit 1, when the
// Graphviz command is missing, before any input is read.
func TestRenderWithoutGraphviz(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	out := filepath.Join(t.TempDir(), "graph.png")
	for _, tt := range []struct {
		args   []string
		engine string
	}{
		{[]string{"extract", "--format", "png", "-o", out, "no-such-dir"}, "dot"},
		{[]string{"extract", "--format", "svg", "--layout", "sfdp", "no-such-dir"}, "sfdp"},
		{[]string{"merge", "--format", "pdf", "no-such.json"}, "dot"},
	} {
		code, stdout, stderr := runTest(t, "", tt.args...)
		want := []string{"newsgraph: --format " + tt.args[2] + " needs Graphviz's " + tt.engine +
			" command, which is not installed: apt-get install graphviz (Debian, Ubuntu), dnf install graphviz, brew install graphviz (macOS), or see https://graphviz.org/download/"}
		if code != exitError || stdout != "" {
			t.Errorf("%q: exit %d, stdout %q; want 1 and nothing", tt.args, code, stdout)
		}
		if diff := cmp.Diff(want, lines(stderr)); diff != "" {
			t.Errorf("%q: stderr (-want +got):\n%s", tt.args, diff)
		}
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("%s was written: %v", out, err)
	}
}

// TestCSVDirectory checks that --format csv makes its directory and fails
// on a file.
func TestCSVDirectory(t *testing.T) {
	articles := filepath.Join(testdataDir, "articles", "stdin-brief.txt")
	dir := filepath.Join(t.TempDir(), "new", "csv")
	if code, _, stderr := runTest(t, "", "extract", "--format", "csv", "-o", dir, articles); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, name := range []string{"nodes.csv", "edges.csv"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Error(err)
		}
	}
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runTest(t, "", "extract", "--format", "csv", "-o", file, articles)
	want := "newsgraph: write " + file + ": not a directory (--format csv writes nodes.csv and edges.csv into -o DIR)\n"
	if code != exitError || stderr != want {
		t.Errorf("--format csv -o FILE: exit %d, stderr %q; want 1 and %q", code, stderr, want)
	}
}

// TestMergeFormats checks that merge writes every format and filter as
// extract does: the graphs of the sample articles, extracted one by one
// and merged, give the golden files of the whole folder.
func TestMergeFormats(t *testing.T) {
	if *update {
		t.Skip("-update: the golden files are written by TestGoldenFormats")
	}
	paths := sampleArticles(t)
	dir := t.TempDir()
	var shards []string
	for _, p := range paths {
		out := filepath.Join(dir, strings.TrimSuffix(filepath.Base(p), ".txt")+".json")
		extractTo(t, out, "--root", filepath.Dir(p), p)
		shards = append(shards, out)
	}
	// Paths in the golden files are relative to testdata, where
	// TestGoldenFormats runs.
	t.Chdir(testdataDir)
	for i := range shards {
		rel, err := filepath.Rel(".", shards[i])
		if err == nil {
			shards[i] = rel
		}
	}
	for _, gf := range goldenFormats {
		t.Run(strings.Join(gf.files, "+"), func(t *testing.T) {
			got := goldenOutputs(t, "merge", gf, shards...)
			for i := range got {
				got[i] = strings.ReplaceAll(got[i], `"path": "`+filepath.Join(testdataDir, "articles")+"/", `"path": "articles/`)
			}
			compareGolden(t, gf.files, got)
		})
	}
}

// TestMetricsDeterministic checks that communities and PageRanks, and the
// clusters drawn from them, are the same whatever the workers and the
// order of the inputs.
func TestMetricsDeterministic(t *testing.T) {
	paths := sampleArticles(t)
	rev := append([]string{}, paths...)
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	for _, format := range [][]string{{"--format", "graphml"}, {"--cluster", "community", "--events", "edges"}, {"--format", "events"}} {
		var first string
		for i, run := range []struct {
			workers string
			paths   []string
		}{{"1", paths}, {"3", rev}, {"8", paths}} {
			args := append(append([]string{"extract", "--workers", run.workers}, format...), run.paths...)
			code, stdout, stderr := runTest(t, "", args...)
			if code != exitOK {
				t.Fatalf("%q: exit %d: %s", args, code, stderr)
			}
			if i == 0 {
				first = stdout
			} else if stdout != first {
				t.Errorf("%q: output differs from the first run", args)
			}
		}
	}
}
