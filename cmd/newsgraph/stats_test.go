package main

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/newsgraph/newsgraph/analysis"
)

// runStats runs newsgraph stats with args and fails the test unless it
// exits 0 with nothing on stderr; it returns the report.
func runStats(t *testing.T, stdin string, args ...string) string {
	t.Helper()
	code, stdout, stderr := runTest(t, stdin, append([]string{"stats"}, args...)...)
	if code != exitOK || stderr != "" {
		t.Fatalf("newsgraph stats %s: exit %d, stderr:\n%s", strings.Join(args, " "), code, stderr)
	}
	return stdout
}

// TestStatsGolden compares the reports of `newsgraph stats testdata/articles`
// with testdata/golden/stats.txt and stats.json. Regenerate them with
// go test ./cmd/newsgraph -run TestStats -update.
func TestStatsGolden(t *testing.T) {
	sampleArticles(t)
	t.Chdir(testdataDir)
	for _, tc := range []struct {
		file string
		args []string
	}{
		{"stats.txt", []string{"articles"}},
		{"stats.json", []string{"--format", "json", "articles"}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			compareGolden(t, []string{tc.file}, []string{runStats(t, "", tc.args...)})
		})
	}
}

// TestStatsJSONValidates checks JSON reports of the sample articles against
// analysis/schema.json, and what the schema cannot say: PageRank sums to 1,
// communities agree with the actors' numbers, lists hold at most --top.
func TestStatsJSONValidates(t *testing.T) {
	sch := compileSchema(t, analysis.Schema)
	dir := filepath.Join(testdataDir, "articles")
	for _, args := range [][]string{
		{},
		{"--top", "1", "--include-negated"},
		{"--top", "1000"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			out := runStats(t, "", append(args, "--format", "json", dir)...)
			inst, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
			if err != nil {
				t.Fatal(err)
			}
			if err := sch.Validate(inst); err != nil {
				t.Errorf("report does not validate against analysis/schema.json: %v", err)
			}

			var r analysis.Report
			if err := json.Unmarshal([]byte(out), &r); err != nil {
				t.Fatal(err)
			}
			if len(r.Actors) == 0 || len(r.Dyads) == 0 || len(r.Communities) == 0 {
				t.Fatalf("report of the sample articles has %d actors, %d dyads, %d communities; want some of each",
					len(r.Actors), len(r.Dyads), len(r.Communities))
			}
			var sum float64
			community := map[string]int{}
			for _, a := range r.Actors {
				sum += a.PageRank
				community[a.ID] = a.Community
			}
			if math.Abs(sum-1) > 1e-9 {
				t.Errorf("PageRank sums to %v, want 1", sum)
			}
			for _, cm := range r.Communities {
				for _, m := range cm.Members {
					if community[m] != cm.ID {
						t.Errorf("%s is in community %d but has community %d", m, cm.ID, community[m])
					}
				}
			}
			top := r.Options.Top
			for name, n := range map[string]int{"top_mentions": len(r.TopMentions), "top_degree": len(r.TopDegree),
				"top_pagerank": len(r.TopPageRank), "dyads": len(r.Dyads)} {
				if n > top {
					t.Errorf("%s has %d entries, more than --top %d", name, n, top)
				}
			}
		})
	}
}

// TestStatsDeterministic checks that the report is the same bytes whatever
// --workers, the order of the paths and the run: PageRank, communities and
// every ranking included.
func TestStatsDeterministic(t *testing.T) {
	articles := sampleArticles(t)
	dir := filepath.Join(testdataDir, "articles")
	for _, format := range statsFormats {
		want := runStats(t, "", "--format", format, "--workers", "1", dir)
		for _, args := range [][]string{
			{"--workers", "1", dir},
			{"--workers", "2", dir},
			append([]string{"--workers", "2"}, articles...),
			append([]string{"--workers", "1"}, reversed(articles)...),
			append([]string{"--workers", "2"}, reversed(articles)...),
		} {
			got := runStats(t, "", append([]string{"--format", format}, args...)...)
			if got != want {
				t.Errorf("stats --format %s %q differs from --workers 1 over the folder (-want +got):\n%s",
					format, args, cmp.Diff(strings.Split(want, "\n"), strings.Split(got, "\n")))
			}
		}
	}
}

// TestStatsFromGraph checks that the saved graph of the articles, whole, in
// shards, on standard input or mixed with the rest of the articles, gives
// the report of the articles.
func TestStatsFromGraph(t *testing.T) {
	articles := sampleArticles(t)
	dir := filepath.Join(testdataDir, "articles")
	tmp := t.TempDir()
	all := filepath.Join(tmp, "all.json")
	extractTo(t, all, dir)
	shard1, shard2 := filepath.Join(tmp, "shard1.json"), filepath.Join(tmp, "SHARD2.JSON")
	extractTo(t, shard1, articles[:2]...)
	extractTo(t, shard2, articles[2:]...)
	saved, err := os.ReadFile(all)
	if err != nil {
		t.Fatal(err)
	}

	for _, format := range statsFormats {
		want := runStats(t, "", "--format", format, dir)
		for _, tc := range []struct {
			name  string
			stdin string
			args  []string
		}{
			{"graph", "", []string{all}},
			{"shards", "", []string{shard1, shard2}},
			{"shards reversed", "", []string{shard2, shard1}},
			{"shard and articles", "", append([]string{shard1}, articles[2:]...)},
			{"articles and shard", "", append(slices.Clone(articles[:2]), shard2)},
			{"stdin", string(saved), nil},
			{"stdin dash", string(saved), []string{"-"}},
			{"stdin and shard", "", nil}, // filled below
		} {
			if tc.name == "stdin and shard" {
				data, err := os.ReadFile(shard1)
				if err != nil {
					t.Fatal(err)
				}
				tc.stdin, tc.args = string(data), []string{shard2, "-"}
			}
			t.Run(format+"/"+tc.name, func(t *testing.T) {
				got := runStats(t, tc.stdin, append([]string{"--format", format}, tc.args...)...)
				if got != want {
					t.Errorf("stats %q differs from stats of the articles (-want +got):\n%s", tc.args,
						cmp.Diff(strings.Split(want, "\n"), strings.Split(got, "\n")))
				}
			})
		}
	}
}

// TestStatsInputs checks what is a graph and what is an article, and the
// line each bad input gets.
func TestStatsInputs(t *testing.T) {
	articles := sampleArticles(t)
	tmp := t.TempDir()
	graphFile := filepath.Join(tmp, "graph.json")
	extractTo(t, graphFile, articles[0])
	saved, err := os.ReadFile(graphFile)
	if err != nil {
		t.Fatal(err)
	}
	report := runStats(t, "", "--format", "json", articles[0])
	article, err := json.Marshal(map[string]string{"title": "Lisbon talks", "text": storyLisbon})
	if err != nil {
		t.Fatal(err)
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(saved, &fields); err != nil {
		t.Fatal(err)
	}
	schemaLast, err := json.Marshal(fields) // keys sorted: "schema" comes last
	if err != nil {
		t.Fatal(err)
	}
	writeFiles(t, tmp, map[string]string{
		"report.json":      report,
		"truncated.json":   string(saved[:len(saved)/2]),
		"v2.json":          `{"schema": "newsgraph/v2", "nodes": []}`,
		"not-a-graph.json": string(article) + "\n",
		"schema-last.json": string(schemaLast),
		"dir.json/a.txt":   storyLisbon,
	})
	p := func(name string) string { return filepath.Join(tmp, name) }

	tests := []struct {
		name   string
		stdin  string
		args   []string
		code   exitCode
		docs   string   // the report's first words
		stderr []string // lines
	}{
		{"bad graphs are reported, the rest analysed", "", []string{p("report.json"), p("truncated.json"), p("v2.json"), p("missing.json"), articles[1]}, exitError,
			"Graph: 1 document,", []string{
				"newsgraph: " + p("report.json") + `: not a newsgraph JSON graph: schema "newsgraph/stats/v1", want "newsgraph/v1"`,
				"newsgraph: " + p("truncated.json") + ": not a newsgraph JSON graph: unexpected EOF",
				"newsgraph: " + p("v2.json") + `: not a newsgraph JSON graph: schema "newsgraph/v2", want "newsgraph/v1"`,
				"newsgraph: " + p("missing.json") + ": no such file or directory",
			}},
		{"JSON that is no graph is an article", "", []string{p("not-a-graph.json")}, exitOK, "Graph: 1 document,", nil},
		{"a directory named .json is walked", "", []string{p("dir.json")}, exitOK, "Graph: 1 document,", nil},
		{"a graph whose schema comes last", "", []string{p("schema-last.json"), articles[1]}, exitOK, "Graph: 2 documents,", nil},
		{"text on standard input is an article", storyLisbon, nil, exitOK, "Graph: 1 document,", nil},
		{"a report on standard input", report, []string{"-"}, exitError, "Graph: 0 documents,", []string{
			`newsgraph: -: not a newsgraph JSON graph: schema "newsgraph/stats/v1", want "newsgraph/v1"`,
		}},
		{"empty standard input", "", nil, exitOK, "Graph: 0 documents,", []string{"newsgraph: -: warning: empty file, skipped"}},
		{"the same graph twice", "", []string{graphFile, graphFile}, exitOK, "Graph: 2 documents,", []string{
			"newsgraph: " + graphFile + ": warning: 1 document ids also in other inputs renamed (" +
				filepath.Base(articles[0]) + " to " + filepath.Base(articles[0]) + "#2); give every run the same --root to keep ids unique",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runTest(t, tt.stdin, append([]string{"stats"}, tt.args...)...)
			if code != tt.code {
				t.Errorf("exit %d, want %d", code, tt.code)
			}
			if !strings.HasPrefix(stdout, tt.docs) {
				t.Errorf("report starts %.60q, want %q", stdout, tt.docs)
			}
			if diff := cmp.Diff(tt.stderr, lines(stderr)); diff != "" {
				t.Errorf("stderr (-want +got):\n%s", diff)
			}
		})
	}
}

// TestStatsOutputFile checks -o: the report goes to the file, replaced
// whole, and a file that cannot be written is an error line.
func TestStatsOutputFile(t *testing.T) {
	articles := sampleArticles(t)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"out/report.json": "old contents"})
	want := runStats(t, "", "--format", "json", articles[0])

	out := filepath.Join(dir, "out", "report.json")
	code, stdout, stderr := runTest(t, "", "stats", "--format", "json", "-o", out, articles[0])
	if code != exitOK || stdout != "" || stderr != "" {
		t.Errorf("exit %d, stdout %q, stderr %q; want 0 and nothing", code, stdout, stderr)
	}
	if got, err := os.ReadFile(out); err != nil || string(got) != want {
		t.Errorf("%s has %.60q (%v), want the report", out, got, err)
	}
	assertDir(t, filepath.Join(dir, "out"), "report.json")

	bad := filepath.Join(dir, "nowhere", "report.txt")
	code, stdout, stderr = runTest(t, "", "stats", "-o", bad, articles[0])
	if code != exitError || stdout != "" {
		t.Errorf("-o %s: exit %d, stdout %q; want 1 and nothing", bad, code, stdout)
	}
	if want := []string{"newsgraph: write " + bad + ": no such file or directory"}; !slices.Equal(want, lines(stderr)) {
		t.Errorf("stderr = %q, want %q", stderr, want)
	}
}

// TestStatsUsage checks that a bad command line exits 2 with one error line
// and a hint, before reading anything; extract's flags get extract's errors.
func TestStatsUsage(t *testing.T) {
	hint := "Run 'newsgraph stats --help' for usage."
	for _, tt := range []struct {
		args []string
		want string // "" for extract's error line for the same flags
	}{
		{[]string{"--format", "dot"}, `newsgraph: invalid --format "dot": want text or json`},
		{[]string{"--top", "0"}, "newsgraph: invalid --top 0: want at least 1"},
		{[]string{"--top", "-3"}, "newsgraph: invalid --top -3: want at least 1"},
		{[]string{"--top", "many"}, `newsgraph: invalid argument "many" for "--top" flag: strconv.ParseInt: parsing "many": invalid syntax`},
		{[]string{"--bogus"}, "newsgraph: unknown flag: --bogus"},
		{[]string{"--workers", "0"}, "newsgraph: invalid --workers 0: want at least 1"},
		{[]string{"--date", "2024-13-01"}, `newsgraph: invalid --date "2024-13-01": want a date as YYYY-MM-DD`},
		{[]string{"--ext", ","}, ""},
		{[]string{"--max-bytes", "lots"}, ""},
		{[]string{"-", "-"}, ""},
	} {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			want := tt.want
			if want == "" {
				code, _, stderr := runTest(t, "", append([]string{"extract"}, tt.args...)...)
				if code != exitUsage || len(lines(stderr)) != 2 {
					t.Fatalf("extract %q: exit %d, stderr %q; want a usage error", tt.args, code, stderr)
				}
				want = lines(stderr)[0]
			}
			// Standard input would be read if the command line were taken.
			code, stdout, stderr := runTest(t, storyLisbon, append([]string{"stats"}, tt.args...)...)
			if code != exitUsage || stdout != "" {
				t.Errorf("exit %d, stdout %.60q; want %d and nothing", code, stdout, exitUsage)
			}
			if diff := cmp.Diff([]string{want, hint}, lines(stderr)); diff != "" {
				t.Errorf("stderr (-want +got):\n%s", diff)
			}
		})
	}

	code, stdout, stderr := runTest(t, "", "stats", "--help")
	if code != exitOK || stderr != "" || !strings.Contains(stdout, "--include-hypothetical") || !strings.Contains(stdout, "--top N") {
		t.Errorf("stats --help: exit %d, stderr %q, stdout %.60q...; want the usage with extract's and stats' flags", code, stderr, stdout)
	}
	for _, flag := range []string{"--types", "--cluster", "--layout", "--raw-cells", "--min-weight"} {
		if strings.Contains(stdout, flag) {
			t.Errorf("stats --help lists %s, which only extract and merge apply", flag)
		}
	}
}

// TestStatsFlags checks that flags reach the options, extract's flags
// included, without running anything.
func TestStatsFlags(t *testing.T) {
	run := func(args ...string) *statsOptions {
		t.Helper()
		f, _, stderr := testFactory("")
		var got *statsOptions
		root := newCmdRoot(f)
		for _, c := range root.Commands() {
			if c.Name() == "stats" {
				root.RemoveCommand(c)
			}
		}
		root.AddCommand(newCmdStats(f, func(o *statsOptions) error { got = o; return nil }))
		if code := execute(context.Background(), root, append([]string{"stats"}, args...), f.IO.ErrOut); code != exitOK || got == nil {
			t.Fatalf("stats %q: exit %d, stderr %q", args, code, stderr)
		}
		return got
	}

	o := run()
	if o.Format != statsFormatText || o.Output != "" || o.Top != analysis.DefaultTop || o.IncludeNegated || len(o.Paths) != 0 {
		t.Errorf("defaults: format %q, output %q, top %d, include-negated %v, paths %q",
			o.Format, o.Output, o.Top, o.IncludeNegated, o.Paths)
	}
	if o.Workers < 1 || o.MaxBytes != defaultMaxBytes || !slices.Contains(o.Exts, "txt") || o.Extractor == nil {
		t.Errorf("default article options: %+v", o.articleOptions)
	}

	o = run("--format", "json", "-o", "r.json", "--top", "3", "--include-negated",
		"--workers", "3", "--date", "2024-03-26", "--ext", ".TXT", "--root", "corpus", "--max-bytes", "1K",
		"--include-hypothetical", "-q", "a.txt", "g.json")
	if o.Format != formatJSON || o.Output != "r.json" || o.Top != 3 || !o.IncludeNegated ||
		!slices.Equal(o.Paths, []string{"a.txt", "g.json"}) {
		t.Errorf("stats options: format %q, output %q, top %d, include-negated %v, paths %q",
			o.Format, o.Output, o.Top, o.IncludeNegated, o.Paths)
	}
	if o.Workers != 3 || o.Date != "2024-03-26" || !slices.Equal(o.Exts, []string{"txt"}) || o.Root != "corpus" ||
		o.MaxBytes != 1024 || !o.Hypothetical || !o.Quiet {
		t.Errorf("article options: %+v", o.articleOptions)
	}
}
