package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
)

// inputsDir is the folder of sample inputs in other formats than text:
// a text article, two HTML pages and a JSON Lines dump.
var inputsDir = filepath.Join(testdataDir, "inputs")

// decodeWire decodes a JSON graph into its wire form.
func decodeWire(t *testing.T, data string) *graph.Wire {
	t.Helper()
	var g graph.Wire
	if err := json.Unmarshal([]byte(data), &g); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, data)
	}
	return &g
}

// docEvents maps each document of g to the actions and dates of the events
// read from it: "meet 2025-03-03", "protest null".
func docEvents(g *graph.Wire) map[string][]string {
	out := map[string][]string{}
	for _, n := range g.Nodes {
		if n.WireEvent == nil {
			continue
		}
		date := "null"
		if n.Date != nil {
			date = *n.Date
		}
		for _, ev := range n.Evidence {
			out[ev.Document] = append(out[ev.Document], n.Action+" "+date)
		}
	}
	for _, v := range out {
		slices.Sort(v)
	}
	return out
}

// TestInputsMixedFolder is issue 9's "done when": a folder mixing .txt,
// .html, .htm and .jsonl files gives one merged graph with every document's
// metadata, and relative dates ("on Tuesday") resolve against each
// document's own date: the dateline of the text, the published time of
// each page, the date field of each JSON line.
func TestInputsMixedFolder(t *testing.T) {
	code, stdout, stderr := runTest(t, "", "extract", "--format", "json", inputsDir)
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q; want 0 and nothing", code, stderr)
	}
	g := decodeWire(t, stdout)
	type doc struct{ ID, Path, Title, Date, URL, Source string }
	var got []doc
	for _, d := range g.Documents {
		date := ""
		if d.Date != nil {
			date = *d.Date
		}
		got = append(got, doc{d.ID, filepath.ToSlash(d.Path), d.Title, date, d.URL, d.Source})
	}
	p := func(name string) string { return filepath.ToSlash(filepath.Join(inputsDir, name)) }
	want := []doc{
		{"courier-fishing.html", p("courier-fishing.html"), "Peru summons Chilean ambassador over detained fishing boats", "2025-05-14",
			"https://andescourier.example/world/peru-chile-fishing", "The Andes Courier"},
		{"gazette-sanctions.htm", p("gazette-sanctions.htm"), "EU sanctions Belarusian officials over border crisis", "2025-02-20",
			"https://balticgazette.example/2025/02/20/eu-belarus-sanctions", "Baltic Gazette"},
		{"harbor-wire.jsonl#4", p("harbor-wire.jsonl") + ":4", "Philippines accuses China of ramming supply boat", "2025-06-14", "", "Harbor Wire"},
		{"harbor-wire.jsonl#hw-1001", p("harbor-wire.jsonl") + ":1", "Japan protests Chinese coast guard incursion near disputed islands", "2025-06-06",
			"https://harborwire.example/asia/1001", "Harbor Wire"},
		{"harbor-wire.jsonl#hw-1002", p("harbor-wire.jsonl") + ":2", "South Korea and Vietnam sign shipbuilding accord", "2025-06-09",
			"https://harborwire.example/asia/1002", "Harbor Wire"},
		{"malta-patrols.txt", p("malta-patrols.txt"), "Malta and Italy agree on joint sea patrols", "2025-03-04", "", ""},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("documents (-want +got):\n%s", diff)
	}

	// Each relative date resolves against its own document's date; a
	// sentence without a date of its own gets none (not the article's),
	// unless the document dates the same event elsewhere.
	events := docEvents(g)
	for docID, want := range map[string][]string{
		"courier-fishing.html":      {"detain null", "meet 2025-05", "summon 2025-05-13"},      // "on Tuesday after ... detained": Tuesday dates the summons only; published Wednesday 14 May; "next week" lies in May
		"gazette-sanctions.htm":     {"accuse 2025-02-19", "sanction 2025-02-19", "urge null"}, // "on Wednesday" (the sanction and its reason, "accusing them of"), published Thursday 20 February; "urged the bloc" is undated; "welcomed the sanctions" and "condemned the decision on Thursday" name no one in their sentences
		"harbor-wire.jsonl#hw-1001": {"protest 2025-06-05", "protest 2025-06-05"},              // "on Thursday", published Friday 6 June; the headline tells the same protest
		"harbor-wire.jsonl#hw-1002": {"meet 2025-06-08"},                                       // "on Sunday", dated Monday 9 June
		"harbor-wire.jsonl#4":       {"accuse 2025-06-13"},                                     // "on Friday", a Unix time of Saturday 14 June; "rejected the accusation" names no one in its sentence
		"malta-patrols.txt":         {"agree null", "meet 2025-03-03"},                         // "on Monday", the text's date line: Tuesday 4 March
	} {
		if diff := cmp.Diff(want, events[docID]); diff != "" {
			t.Errorf("%s: events (-want +got):\n%s", docID, diff)
		}
	}

	// --date overrides every document's own date.
	code, stdout, stderr = runTest(t, "", "extract", "--format", "json", "--date", "2025-01-10", inputsDir)
	if code != exitOK || stderr != "" {
		t.Fatalf("--date: exit %d, stderr %q; want 0 and nothing", code, stderr)
	}
	g = decodeWire(t, stdout)
	for _, d := range g.Documents {
		if d.Date == nil || *d.Date != "2025-01-10" {
			t.Errorf("--date: %s has date %v, want 2025-01-10", d.ID, d.Date)
		}
	}
	if got := docEvents(g)["harbor-wire.jsonl#hw-1002"]; !slices.Equal(got, []string{"meet 2025-01-05"}) {
		t.Errorf("--date: hw-1002 events %q, want [meet 2025-01-05] (Sunday before Friday 10 January)", got)
	}

	// The output keeps the contract.
	sch := compileSchema(t, graph.Schema)
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(stdout))
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Errorf("output does not validate against graph/schema.json: %v", err)
	}
}

// compileSchema compiles a JSON Schema: graph.Schema, analysis.Schema.
func compileSchema(t *testing.T, schema []byte) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schema))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

// TestGoldenInputs compares the JSON graph of testdata/inputs with
// testdata/golden/inputs.json (go test ./cmd/newsgraph -update rewrites it),
// and checks that every evidence offset slices the text newsgraph read:
// the decoded text file, the text taken out of a page, a JSON line's text.
func TestGoldenInputs(t *testing.T) {
	t.Chdir(testdataDir) // so that paths read "inputs/name"
	file := filepath.Join("golden", "inputs.json")
	for _, workers := range []string{"1", "3"} {
		code, got, stderr := runTest(t, "", "extract", "--format", "json", "--workers", workers, "inputs")
		if code != exitOK || stderr != "" {
			t.Fatalf("exit %d, stderr:\n%s", code, stderr)
		}
		if *update && workers == "1" {
			if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(file)
		if err != nil {
			t.Fatalf("%v (run go test ./cmd/newsgraph -update to create it)", err)
		}
		if got != string(want) {
			t.Errorf("--workers %s: testdata/%s differs from the output:\n%s", workers, file, jsonDiff(t, want, []byte(got)))
		}
	}

	texts := documentTexts(t, "inputs")
	code, stdout, _ := runTest(t, "", "extract", "--format", "jsonl", "inputs")
	if code != exitOK {
		t.Fatalf("--format jsonl: exit %d", code)
	}
	for line := range strings.SplitSeq(strings.TrimSpace(stdout), "\n") {
		var rec graph.Record
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		text, ok := texts[rec.Document.ID]
		if !ok {
			t.Errorf("no text for document %s", rec.Document.ID)
			continue
		}
		for _, e := range rec.Entities {
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(text) || m.Start > m.End || text[m.Start:m.End] != m.Text {
					t.Errorf("%s: mention %q at [%d:%d] does not slice the text", rec.Document.ID, m.Text, m.Start, m.End)
				}
			}
		}
		for _, ev := range rec.Events {
			if e := ev.Evidence; e.Start < 0 || e.End > len(text) || e.Start > e.End || text[e.Start:e.End] != e.Text {
				t.Errorf("%s: evidence %q at [%d:%d] does not slice the text", rec.Document.ID, e.Text, e.Start, e.End)
			}
		}
	}
}

// documentTexts reads the texts of the sample inputs in dir as newsgraph
// does, by document id.
func documentTexts(t *testing.T, dir string) map[string]string {
	t.Helper()
	inputs, failed, err := walkInputs(context.Background(), []string{dir}, defaultExts)
	if err != nil || len(failed) > 0 {
		t.Fatal(err, failed)
	}
	assignIDs(inputs)
	rd := ingest.NewReader(ingest.Options{Open: openFile, MaxBytes: defaultMaxBytes})
	texts := map[string]string{}
	rd.Feed(inputs, func(p ingest.Part) bool {
		d, _, _, err := rd.Read(p)
		if err != nil {
			t.Fatal(err)
		}
		if d != nil {
			texts[d.ID] = string(d.Text)
		}
		return true
	})
	return texts
}

// TestInputsJSONLBadLines checks that a bad line is reported as FILE:LINE
// and exits 1, while the other lines of the file, and other files, are
// still read; ids are made unique in line order.
func TestInputsJSONLBadLines(t *testing.T) {
	dir := t.TempDir()
	dump := strings.Join([]string{
		`{"id": "a", "title": "Portugal and Spain sign river water accord", "text": ` + jsonString(storyLisbon) + `, "date": "2024-03-27"}`,
		`{"id": "a", "text": "not closed`,
		`{"id": "b", "title": "No text here"}`,
		``,
		`{"id": "a", "text": ` + jsonString(storyManila) + `}`,
		`{"text": ` + jsonString(storyNairobi) + `}`,
		`{"id": "6", "text": ` + jsonString(storyNairobi) + `}`,
		`{"id": "x", "text": "` + strings.Repeat("long ", 400) + `"}`,
		`{"id": "c", "text": "(AP)\n"}`,
	}, "\n") + "\n"
	writeFiles(t, dir, map[string]string{"dump.jsonl": dump, "lisbon.txt": storyLisbon})
	path := filepath.Join(dir, "dump.jsonl")
	code, stdout, stderr := runTest(t, "", "extract", "--format", "json", "--summary", "--max-bytes", "1K", dir)
	if code != exitError {
		t.Errorf("exit %d, want %d", code, exitError)
	}
	gotErr := lines(stderr)
	summary := ""
	if n := len(gotErr); n > 0 {
		summary, gotErr = gotErr[n-1], gotErr[:n-1]
	}
	wantErr := []string{
		"newsgraph: " + path + ":2: invalid JSON: unexpected end of line",
		"newsgraph: " + path + `:3: no text (no field "text", "body", "content" or "article" with a non-empty string)`,
		"newsgraph: " + path + ":8: line too long (2 KB > 1 KB; raise --max-bytes)",
		"newsgraph: " + path + ":9: warning: no text in it, skipped",
	}
	if diff := cmp.Diff(wantErr, gotErr); diff != "" {
		t.Errorf("stderr (-want +got):\n%s", diff)
	}
	if !strings.HasPrefix(summary, "2 files, ") || !strings.Contains(summary, ", 1 failed, ") {
		t.Errorf("summary %q: want 2 files, 1 failed", summary)
	}
	var ids []string
	for _, d := range decodeDocs(t, stdout) {
		ids = append(ids, d.ID)
	}
	want := []string{"dump.jsonl#6", "dump.jsonl#6#2", "dump.jsonl#a", "dump.jsonl#a#2", "lisbon.txt"}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("document ids (-want +got):\n%s", diff)
	}
}

// jsonString returns s as a JSON string.
func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestInputsStdin checks --input and the sniffing of standard input.
func TestInputsStdin(t *testing.T) {
	page := "\n  <html><head><meta property=\"og:title\" content=\"Portugal and Spain sign river water accord\">" +
		"<meta property=\"article:published_time\" content=\"2024-03-27\"></head><body><nav>Menu</nav><article><p>" +
		strings.TrimPrefix(storyLisbon, "Portugal and Spain sign river water accord\n\n") + "</p></article></body></html>"
	dump := `{"id": "n1", "title": "Kenya to host regional talks", "text": ` + jsonString(storyNairobi) + `, "date": "2024-05-03"}` + "\n" +
		`{"id": "m1", "text": ` + jsonString(storyManila) + `}` + "\n"
	type doc struct{ ID, Title, Date string }
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  []doc
	}{
		{"text by default", storyLisbon, nil, []doc{{"stdin", "Portugal and Spain sign river water accord", "2024-05-14"}}},
		{"HTML sniffed", page, nil, []doc{{"stdin", "Portugal and Spain sign river water accord", "2024-03-27"}}},
		{"JSON Lines sniffed", dump, []string{"-"}, []doc{{"stdin#m1", "Philippines protests Chinese coast guard maneuver", "2024-05-13"}, {"stdin#n1", "Kenya to host regional talks", "2024-05-03"}}},
		{"--input jsonl", dump, []string{"--input", "jsonl", "-"}, []doc{{"stdin#m1", "Philippines protests Chinese coast guard maneuver", "2024-05-13"}, {"stdin#n1", "Kenya to host regional talks", "2024-05-03"}}},
		{"--input text reads markup as text", "<p>Kenya will host talks on Friday.</p>\n", []string{"--input", "text"}, []doc{{"stdin", "<p>Kenya will host talks on Friday.</p>", ""}}},
		{"--input html", "Kenya will host talks.<p>Second.</p>", []string{"--input", "html"}, []doc{{"stdin", "Kenya will host talks.", ""}}},
		{"--title-field and --date-field", `{"hed": "Chosen title", "story": "Kenya will host talks.", "when": "2024-01-02"}`, []string{"--title-field", "hed", "--text-field", "story", "--date-field", "when,date"}, []doc{{"stdin#1", "Chosen title", "2024-01-02"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runTest(t, tt.stdin, append([]string{"extract", "--format", "json"}, tt.args...)...)
			if code != exitOK || stderr != "" {
				t.Fatalf("exit %d, stderr %q; want 0 and nothing", code, stderr)
			}
			var got []doc
			for _, d := range decodeWire(t, stdout).Documents {
				date := ""
				if d.Date != nil {
					date = *d.Date
				}
				got = append(got, doc{d.ID, d.Title, date})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("documents (-want +got):\n%s", diff)
			}
		})
	}
}

// TestInputsFormatByExtension checks that --input overrides extensions,
// and that files whose extension says no format are text.
func TestInputsFormatByExtension(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.news": `{"text": "Kenya will host talks."}`,
		"b.HTML": "<p>Kenya will host talks.</p><nav>Menu</nav>",
	})
	code, stdout, stderr := runTest(t, "", "extract", "--format", "jsonl", "--ext", "news,html", dir)
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if !strings.Contains(stdout, `"title":"{\"text\": \"Kenya will host talks.\"}"`) || !strings.Contains(stdout, `"id":"b.HTML","path"`) || strings.Contains(stdout, "Menu") {
		t.Errorf("a.news is not text or b.HTML not HTML:\n%s", stdout)
	}
	code, stdout, stderr = runTest(t, "", "extract", "--format", "jsonl", "--input", "jsonl", filepath.Join(dir, "a.news"))
	if code != exitOK || stderr != "" || !strings.Contains(stdout, `"id":"a.news#1"`) {
		t.Errorf("--input jsonl: exit %d, stderr %q, output:\n%s", code, stderr, stdout)
	}
}

// TestInputsCharset checks that a page in another charset than UTF-8 is
// decoded from the charset it declares, or from Windows-1252 with a
// warning.
func TestInputsCharset(t *testing.T) {
	dir := t.TempDir()
	body := "<article><p>S\xe3o Tom\xe9 signed an accord with Portugal on Tuesday \x96 officials said.</p></article>"
	writeFiles(t, dir, map[string]string{
		"latin1.html":     `<meta charset="iso-8859-1">` + body,
		"undeclared.html": body,
	})
	code, stdout, stderr := runTest(t, "", "extract", "--format", "jsonl", dir)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	undated := ": warning: no article date; 1 relative date left unresolved (use --date or a dated input)"
	wantErr := []string{
		"newsgraph: " + filepath.Join(dir, "latin1.html") + undated,
		"newsgraph: " + filepath.Join(dir, "undeclared.html") + ": warning: not UTF-8 and no charset declared: read as windows-1252",
		"newsgraph: " + filepath.Join(dir, "undeclared.html") + undated,
	}
	if diff := cmp.Diff(wantErr, lines(stderr)); diff != "" {
		t.Errorf("stderr (-want +got):\n%s", diff)
	}
	if strings.Count(stdout, `"title":"São Tomé signed an accord with Portugal on Tuesday \u2013 officials said."`)+strings.Count(stdout, `"title":"São Tomé signed an accord with Portugal on Tuesday – officials said."`) != 2 {
		t.Errorf("pages not decoded:\n%s", stdout)
	}
}

// TestInputFlags checks the input flags' defaults and their validation.
func TestInputFlags(t *testing.T) {
	f, _, _ := testFactory("")
	var got *extractOptions
	if code := execute(context.Background(), newTestRoot(f, func(o *extractOptions) error { got = o; return nil }), []string{"extract"}, f.IO.ErrOut); code != exitOK || got == nil {
		t.Fatalf("exit %d", code)
	}
	type inputOptions struct {
		Input  string
		Fields ingest.Fields
	}
	want := inputOptions{Input: ingest.FormatAuto, Fields: ingest.DefaultFields()}
	if diff := cmp.Diff(want, inputOptions{got.Input, got.Fields}); diff != "" {
		t.Errorf("defaults (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(defaultExts, got.Exts); diff != "" {
		t.Errorf("--ext default (-want +got):\n%s", diff)
	}

	got = nil
	args := []string{"extract", "--input", "jsonl", "--text-field", " story , body", "--id-field", "guid", "--source-field", "source.name"}
	if code := execute(context.Background(), newTestRoot(f, func(o *extractOptions) error { got = o; return nil }), args, f.IO.ErrOut); code != exitOK || got == nil {
		t.Fatalf("%q: exit %d", args, code)
	}
	want.Input = ingest.FormatJSONL
	want.Fields.Text, want.Fields.ID, want.Fields.Source = []string{"story", "body"}, []string{"guid"}, []string{"source.name"}
	if diff := cmp.Diff(want, inputOptions{got.Input, got.Fields}); diff != "" {
		t.Errorf("%q (-want +got):\n%s", args, diff)
	}

	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--input", "xml"}, `newsgraph: invalid --input "xml": want text, html, jsonl or auto`},
		{[]string{"--text-field", ","}, `newsgraph: invalid --text-field ",": want field names such as text,body,content,article`},
		{[]string{"--date-field", " "}, `newsgraph: invalid --date-field " ": want field names such as date,published,published_at,publishedAt,datePublished,pubdate`},
	} {
		code, _, stderr := runTest(t, "", append([]string{"extract"}, tt.args...)...)
		if code != exitUsage || len(lines(stderr)) == 0 || lines(stderr)[0] != tt.want {
			t.Errorf("%q: exit %d, stderr %q; want %d and %q", tt.args, code, stderr, exitUsage, tt.want)
		}
	}
}

// TestInputsMerge checks that merge keeps the metadata of documents: the
// merge of the graph of testdata/inputs is that graph, byte for byte.
func TestInputsMerge(t *testing.T) {
	out := filepath.Join(t.TempDir(), "inputs.json")
	if code, _, stderr := runTest(t, "", "extract", "--format", "json", "-o", out, inputsDir); code != exitOK {
		t.Fatalf("extract: exit %d, stderr %q", code, stderr)
	}
	want, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	code, got, stderr := runTest(t, "", "merge", "--format", "json", out)
	if code != exitOK || stderr != "" {
		t.Fatalf("merge: exit %d, stderr %q", code, stderr)
	}
	if got != string(want) {
		t.Errorf("the merge of one graph differs from it:\n%s", jsonDiff(t, want, []byte(got)))
	}
}
