package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// storyFormula is an article whose first sentence a spreadsheet would run
// as a formula.
const storyFormula = `Formula test

@SUM(1+1) France condemned Iran over the seizure of the tanker on Tuesday.
`

// readTable reads a CSV (comma ',') or TSV ('\t') file.
func readTable(t *testing.T, path string, comma rune) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = comma
	r.LazyQuotes = comma == '\t'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}

// formulaCells returns the cells of rows that a spreadsheet would run.
func formulaCells(rows [][]string) []string {
	var bad []string
	for _, r := range rows {
		for _, c := range r {
			if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
				if _, err := parseNumber(c); err != nil {
					bad = append(bad, c)
				}
			}
		}
	}
	return bad
}

// parseNumber accepts a cell that is a number, such as a negative
// Goldstein score.
func parseNumber(s string) (float64, error) {
	var f float64
	_, err := fmt.Sscan(s, &f)
	return f, err
}

// Spreadsheet cells: text that a spreadsheet would run as a formula is
// written with a quote before it in csv and events, unless --raw-cells.
func TestFormulaCells(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"in/a.txt": storyFormula})
	in := filepath.Join(dir, "in", "a.txt")
	graphJSON := filepath.Join(dir, "g.json")
	extractTo(t, graphJSON, in)
	// a crafted graph: labels that are formulas
	data, err := os.ReadFile(graphJSON)
	if err != nil {
		t.Fatal(err)
	}
	crafted := strings.ReplaceAll(string(data), `"label": "France"`, `"label": "=HYPERLINK(\"http://x.example\",\"France\")"`)
	if crafted == string(data) {
		t.Fatal("the graph has no France to rename")
	}
	craftedJSON := filepath.Join(dir, "crafted.json")
	if err := os.WriteFile(craftedJSON, []byte(crafted), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, raw := range []bool{false, true} {
		for _, src := range []struct{ name, cmd, in string }{{"extract", "extract", in}, {"merge", "merge", craftedJSON}} {
			args := []string{src.cmd, "-q"}
			if src.cmd == "merge" {
				args = []string{"merge"}
			}
			if raw {
				args = append(args, "--raw-cells")
			}
			out := filepath.Join(dir, "out", src.name, map[bool]string{false: "safe", true: "raw"}[raw])
			code, _, stderr := runTest(t, "", append(args, "--format", "csv", "-o", out, src.in)...)
			if code != exitOK {
				t.Fatalf("%v csv: exit %d: %s", args, code, stderr)
			}
			events := out + ".tsv"
			code, _, stderr = runTest(t, "", append(args, "--format", "events", "-o", events, src.in)...)
			if code != exitOK {
				t.Fatalf("%v events: exit %d: %s", args, code, stderr)
			}
			var rows [][]string
			rows = append(rows, readTable(t, filepath.Join(out, "nodes.csv"), ',')...)
			rows = append(rows, readTable(t, filepath.Join(out, "edges.csv"), ',')...)
			rows = append(rows, readTable(t, events, '\t')...)
			bad := formulaCells(rows)
			all := strings.Join(func() []string {
				var cs []string
				for _, r := range rows {
					cs = append(cs, r...)
				}
				return cs
			}(), "\n")
			want := "@SUM(1+1) France"
			if src.cmd == "merge" {
				want = "=HYPERLINK("
			}
			switch {
			case !raw && len(bad) > 0:
				t.Errorf("%s: cells a spreadsheet would run: %q", src.name, bad)
			case !raw && !strings.Contains(all, "'"+want):
				t.Errorf("%s: no cell %q with a quote before it", src.name, want)
			case raw && len(bad) == 0:
				t.Errorf("%s --raw-cells: no cell as it was (%q)", src.name, want)
			}
		}
	}
	code, _, stderr := runTest(t, "", "extract", "--raw-cells", "--format", "json", in)
	if code != exitUsage || !strings.Contains(stderr, "--raw-cells applies to") {
		t.Errorf("--raw-cells with json: exit %d, %q", code, stderr)
	}
}

// The CSV pair is replaced together: when edges.csv cannot be written,
// nodes.csv is left as it was.
func TestCSVPairAtomic(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"in/a.txt": storyLisbon, "out/nodes.csv": "old nodes\n", "out/edges.csv/x": ""})
	out := filepath.Join(dir, "out")
	code, _, stderr := runTest(t, "", "extract", "-q", "--format", "csv", "-o", out, filepath.Join(dir, "in", "a.txt"))
	if code != exitError || !strings.Contains(stderr, "edges.csv") {
		t.Errorf("exit %d, stderr %q; want 1 and edges.csv named", code, stderr)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "nodes.csv")); string(b) != "old nodes\n" {
		t.Errorf("nodes.csv was replaced though edges.csv failed: %.60q", b)
	}
	ents, _ := os.ReadDir(out)
	if len(ents) != 2 {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Errorf("files left in the output directory: %q", names)
	}
	// both written: both replaced, no temporary file left
	os.RemoveAll(filepath.Join(out, "edges.csv"))
	os.WriteFile(filepath.Join(out, "edges.csv"), []byte("old edges\n"), 0o644)
	code, _, stderr = runTest(t, "", "extract", "-q", "--format", "csv", "-o", out, filepath.Join(dir, "in", "a.txt"))
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, f := range []string{"nodes.csv", "edges.csv"} {
		if b, _ := os.ReadFile(filepath.Join(out, f)); strings.HasPrefix(string(b), "old") {
			t.Errorf("%s was not replaced", f)
		}
	}
	if ents, _ := os.ReadDir(out); len(ents) != 2 {
		t.Errorf("%d files in the output directory, want 2", len(ents))
	}
}

// -o does not replace a file that "> FILE" could not write, and a replaced
// file keeps its mode.
func TestOutputReadOnly(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"in/a.txt": storyLisbon})
	in := filepath.Join(dir, "in", "a.txt")
	kept := filepath.Join(dir, "kept.dot")
	os.WriteFile(kept, []byte("old\n"), 0o640)
	if code, _, stderr := runTest(t, "", "extract", "-q", "-o", kept, in); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if fi, _ := os.Stat(kept); fi.Mode().Perm() != 0o640 {
		t.Errorf("replaced file has mode %v, want 0640", fi.Mode().Perm())
	}
	if os.Geteuid() == 0 {
		t.Skip("root may write any file")
	}
	ro := filepath.Join(dir, "ro.dot")
	os.WriteFile(ro, []byte("old\n"), 0o444)
	code, _, stderr := runTest(t, "", "extract", "-q", "-o", ro, in)
	if code != exitError || !strings.Contains(stderr, "permission denied") {
		t.Errorf("read-only -o: exit %d, %q", code, stderr)
	}
	if b, _ := os.ReadFile(ro); string(b) != "old\n" {
		t.Errorf("read-only file replaced")
	}
}

// graphVariants writes the graph of storyLisbon as extract writes it, then
// with its keys sorted (and a field before "schema" longer than a MB), with
// a byte order mark, and twice over in one file.
func graphVariants(t *testing.T, dir string) (plain, sorted, bom, twice string) {
	t.Helper()
	writeFiles(t, dir, map[string]string{"in/a.txt": storyLisbon})
	plain = filepath.Join(dir, "plain.json")
	extractTo(t, plain, filepath.Join(dir, "in", "a.txt"))
	data, err := os.ReadFile(plain)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	m["padding"] = strings.Repeat("x", 3<<19)
	sortedData, err := json.Marshal(m) // map keys come out sorted
	if err != nil {
		t.Fatal(err)
	}
	if i := strings.Index(string(sortedData), `"schema"`); i < 1<<20 {
		t.Fatalf("schema at byte %d, want after the first MB", i)
	}
	sorted, bom, twice = filepath.Join(dir, "sorted.json"), filepath.Join(dir, "bom.json"), filepath.Join(dir, "twice.json")
	os.WriteFile(sorted, sortedData, 0o644)
	os.WriteFile(bom, append([]byte("\ufeff"), data...), 0o644)
	os.WriteFile(twice, append(append([]byte{}, data...), data...), 0o644)
	return plain, sorted, bom, twice
}

// statsNodes runs stats --format json on args and returns the number of
// documents and nodes it reports.
func statsNodes(t *testing.T, stdin string, args ...string) (docs, nodes int, code exitCode, stderr string) {
	t.Helper()
	code, out, stderr := runTest(t, stdin, append([]string{"stats", "-q", "--format", "json"}, args...)...)
	var r struct {
		Documents int            `json:"documents"`
		Nodes     map[string]int `json:"nodes"`
	}
	if code == exitOK {
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("stats %v: %v", args, err)
		}
	}
	for _, n := range r.Nodes {
		nodes += n
	}
	return r.Documents, nodes, code, stderr
}

// stats and merge know a graph by its content: key order and a byte order
// mark do not matter; a file with two graphs in it is an error.
func TestGraphByContent(t *testing.T) {
	dir := t.TempDir()
	plain, sorted, bom, twice := graphVariants(t, dir)
	wantDocs, wantNodes, code, stderr := statsNodes(t, "", plain)
	if code != exitOK || wantDocs != 1 || wantNodes < 5 {
		t.Fatalf("stats of the graph: exit %d, %d documents, %d nodes: %s", code, wantDocs, wantNodes, stderr)
	}
	data, _ := os.ReadFile(sorted)
	for name, args := range map[string][]string{"sorted": {sorted}, "bom": {bom}, "sorted on stdin": {"-"}} {
		stdin := ""
		if name == "sorted on stdin" {
			stdin = string(data)
		}
		docs, nodes, code, stderr := statsNodes(t, stdin, args...)
		if code != exitOK || docs != wantDocs || nodes != wantNodes {
			t.Errorf("stats of the %s graph: exit %d, %d documents and %d nodes, want %d and %d: %s", name, code, docs, nodes, wantDocs, wantNodes, stderr)
		}
	}
	want, _ := os.ReadFile(plain)
	for _, in := range []string{sorted, bom} {
		code, out, stderr := runTest(t, "", "merge", "--format", "json", in)
		if code != exitOK || out != string(want) {
			t.Errorf("merge %s: exit %d, same graph %v: %s", filepath.Base(in), code, out == string(want), stderr)
		}
	}
	for _, cmd := range [][]string{{"merge", "--format", "json"}, {"stats", "-q"}} {
		code, _, stderr := runTest(t, "", append(cmd, twice)...)
		if code != exitError || !strings.Contains(stderr, twice+": not a newsgraph JSON graph: more after the graph") {
			t.Errorf("%s of two graphs in one file: exit %d, %q", cmd[0], code, stderr)
		}
	}
}

// Numbers in a graph are checked: counts are not negative nor so large
// that merging overflows them, and a Goldstein score is on its scale.
func TestGraphNumbers(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"in/a.txt": storyFormula})
	plain := filepath.Join(dir, "plain.json")
	extractTo(t, plain, filepath.Join(dir, "in", "a.txt"))
	data, _ := os.ReadFile(plain)
	for _, c := range []struct{ name, from, to, want string }{
		{"huge weight", `"weight": 1`, `"weight": 4611686018427387904`, "weight 4611686018427387904 is not between 0 and"},
		{"negative weight", `"weight": 1`, `"weight": -3`, "weight -3 is not between 0 and"},
		{"negative mentions", `"mentions": 1`, `"mentions": -1`, "mentions -1 is not between 0 and"},
		{"goldstein", `"goldstein": `, `"goldstein": 1.7e308, "x": `, "goldstein 1.7e+308 is not on the Goldstein scale"},
	} {
		bad := strings.Replace(string(data), c.from, c.to, 1)
		if bad == string(data) {
			t.Fatalf("%s: no %s in the graph", c.name, c.from)
		}
		p := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "-")+".json")
		os.WriteFile(p, []byte(bad), 0o644)
		for _, cmd := range [][]string{{"merge", "--format", "json", p, p}, {"stats", "-q", "--format", "json", p}} {
			code, out, stderr := runTest(t, "", cmd...)
			if code != exitError || !strings.Contains(stderr, p+": not a newsgraph JSON graph: ") || !strings.Contains(stderr, c.want) {
				t.Errorf("%s: %s: exit %d, stderr %q, want 1 and %q", c.name, cmd[0], code, stderr, c.want)
			}
			if strings.Contains(out, `"weight": -`) {
				t.Errorf("%s: %s wrote a negative weight", c.name, cmd[0])
			}
		}
	}
}

// Smaller repairs: blank lines are an empty file, a NUL in a JSON line's
// text is repaired with a warning, a page the HTML parser refuses is read
// by its text with a warning, and a carriage return alone ends a line.
func TestSmallRepairs(t *testing.T) {
	dir := t.TempDir()
	deep := "<title>Deep page</title>" + strings.Repeat("<div>", 600) + "<p>Iran seized a British tanker in the Strait of Hormuz on Tuesday.</p>"
	writeFiles(t, dir, map[string]string{
		"blank.txt": "\n\n   \n\t\n",
		"nul.jsonl": `{"id": "n1", "text": "Iran seized a tanker.\u0000 Greece condemned it."}` + "\n" + `{"id": "n2", "text": "Iran\u0000 seized a ship."}` + "\n",
		"deep.html": deep,
		"cr.txt":    "Iran seizes tanker\r\rDUBAI (AP) — Iran's navy seized a tanker on Tuesday.\r",
	})
	p := func(name string) string { return filepath.Join(dir, name) }
	code, out, stderr := runTest(t, "", "extract", "-q", "--format", "jsonl", p("blank.txt"), p("nul.jsonl"), p("deep.html"), p("cr.txt"))
	want := []string{
		"newsgraph: " + p("blank.txt") + ": warning: empty file, skipped",
		"newsgraph: " + p("deep.html") + ": warning: the page could not be parsed (html: open stack of elements exceeds 512 nodes): its text read without its structure",
		"newsgraph: " + p("deep.html") + ": warning: no article date; 1 relative date left unresolved (use --date or a dated input)",
		"newsgraph: " + p("nul.jsonl") + ":1: warning: NUL characters (\\u0000) in the text replaced with U+FFFD (first such line of the file; later ones are not named)",
	}
	if code != exitOK {
		t.Errorf("exit %d", code)
	}
	got := lines(stderr)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("stderr:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	docs := map[string]struct {
		Title     string `json:"title"`
		Sentences int    `json:"sentences"`
	}{}
	for _, l := range lines(out) {
		var d struct {
			Document struct {
				ID        string `json:"id"`
				Title     string `json:"title"`
				Sentences int    `json:"sentences"`
			} `json:"document"`
		}
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatal(err)
		}
		docs[d.Document.ID] = struct {
			Title     string `json:"title"`
			Sentences int    `json:"sentences"`
		}{d.Document.Title, d.Document.Sentences}
	}
	if d := docs["cr.txt"]; d.Title != "Iran seizes tanker" || d.Sentences != 2 {
		t.Errorf("cr.txt: title %q, %d sentences; want the headline apart", d.Title, d.Sentences)
	}
	if d := docs["deep.html"]; d.Title != "Deep page" || d.Sentences != 1 {
		t.Errorf("deep.html: title %q, %d sentences", d.Title, d.Sentences)
	}
}
