package main

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// undatedLisbon is storyLisbon without the date in its dateline: only
// the document's date resolves its "on Tuesday".
const undatedLisbon = `Portugal and Spain sign river water accord

LISBON (AP) — Portuguese Prime Minister Ana Ribeiro met Spanish Foreign Minister Carlos Medina in Lisbon on Tuesday to sign an accord on shared rivers.
`

// TestDocumentDates checks that each plain-text article of a folder gets
// its own date, against which its relative dates ("on Tuesday") resolve:
// the one its row of --dates gives, else the one in its path; --date
// still wins. An article left without a date says so once.
func TestDocumentDates(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"news/2024/03/26/lisbon.txt": undatedLisbon,
		"news/2024-04-02-lisbon.txt": undatedLisbon,
		"news/20240409_lisbon.txt":   undatedLisbon,
		"news/lisbon.txt":            undatedLisbon,
		"news/undated.txt":           undatedLisbon,
		"dates.tsv":                  "# document\tdate\nlisbon.txt\t2024-04-16\n" + filepath.Join(dir, "news", "20240409_lisbon.txt") + "\t2024-04-23\n",
	})
	news := filepath.Join(dir, "news")
	type doc struct{ ID, Date string }
	// read runs extract with args; undated are the documents no date
	// reaches, each of which warns once.
	read := func(undated []string, args ...string) (docs []doc, events map[string][]string) {
		t.Helper()
		code, stdout, stderr := runTest(t, "", append([]string{"extract", "--format", "json"}, append(args, news)...)...)
		var want []string
		for _, d := range undated {
			want = append(want, "newsgraph: "+filepath.Join(news, d)+": warning: no article date; 1 relative date left unresolved (use --date or a dated input)")
		}
		if diff := cmp.Diff(want, lines(stderr)); code != exitOK || diff != "" {
			t.Fatalf("%q: exit %d, stderr (-want +got):\n%s", args, code, diff)
		}
		var g struct {
			Documents []doc `json:"documents"`
		}
		if err := json.Unmarshal([]byte(stdout), &g); err != nil {
			t.Fatal(err)
		}
		return g.Documents, docEvents(decodeWire(t, stdout))
	}

	docs, events := read([]string{"lisbon.txt", "undated.txt"})
	want := []doc{{"2024-04-02-lisbon.txt", "2024-04-02"}, {"2024/03/26/lisbon.txt", "2024-03-26"}, {"20240409_lisbon.txt", "2024-04-09"}, {"lisbon.txt", ""}, {"undated.txt", ""}}
	if diff := cmp.Diff(want, docs); diff != "" {
		t.Errorf("dates from paths (-want +got):\n%s", diff)
	}
	// the headline's signing has no date of its own
	wantEvents := map[string][]string{
		"2024/03/26/lisbon.txt": {"meet 2024-03-26", "sign null"},
		"2024-04-02-lisbon.txt": {"meet 2024-04-02", "sign null"},
		"20240409_lisbon.txt":   {"meet 2024-04-09", "sign null"},
		"lisbon.txt":            {"meet null", "sign null"},
		"undated.txt":           {"meet null", "sign null"},
	}
	if diff := cmp.Diff(wantEvents, events); diff != "" {
		t.Errorf("events resolved against the dates of paths (-want +got):\n%s", diff)
	}

	docs, _ = read([]string{"undated.txt"}, "--dates", filepath.Join(dir, "dates.tsv"))
	want = []doc{{"2024-04-02-lisbon.txt", "2024-04-02"}, {"2024/03/26/lisbon.txt", "2024-03-26"}, {"20240409_lisbon.txt", "2024-04-23"}, {"lisbon.txt", "2024-04-16"}, {"undated.txt", ""}}
	if diff := cmp.Diff(want, docs); diff != "" {
		t.Errorf("--dates (-want +got):\n%s", diff)
	}

	docs, _ = read(nil, "--dates", filepath.Join(dir, "dates.tsv"), "--date", "2023-07-04")
	for _, d := range docs {
		if d.Date != "2023-07-04" {
			t.Errorf("--date: %s dated %q, want 2023-07-04", d.ID, d.Date)
		}
	}
}

// TestDatesFileErrors checks that a --dates file that cannot be used is a
// usage error of one line naming the file and why, before anything is
// read.
func TestDatesFileErrors(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"one-column.tsv": "a.txt\t2024-03-26\nb.txt\n",
		"bad-date.csv":   "a.txt,26/03/2024\n",
		"twice.tsv":      "a.txt\t2024-03-26\na.txt\t2024-03-27\n",
		"sub/x.txt":      "x",
	})
	for _, tt := range []struct{ file, want string }{
		{"missing.tsv", "missing.tsv: no such file or directory"},
		{"sub", "sub: is a directory"},
		{"one-column.tsv", `one-column.tsv:2: want a document id or path and a date, separated by a tab or a comma; got "b.txt"`},
		{"bad-date.csv", `bad-date.csv:1: invalid date "26/03/2024": want YYYY-MM-DD`},
		{"twice.tsv", "twice.tsv:2: a.txt given two dates, 2024-03-26 (line 1) and 2024-03-27"},
	} {
		for _, cmd := range []string{"extract", "stats"} {
			name := filepath.Join(dir, tt.file)
			code, stdout, stderr := runTest(t, storyLisbon, cmd, "--dates", name)
			want := []string{"newsgraph: invalid --dates: " + filepath.Join(dir, tt.want), "Run 'newsgraph " + cmd + " --help' for usage."}
			if code != exitUsage || stdout != "" {
				t.Errorf("%s --dates %s: exit %d, stdout %q; want %d and nothing", cmd, tt.file, code, stdout, exitUsage)
			}
			if diff := cmp.Diff(want, lines(stderr)); diff != "" {
				t.Errorf("%s --dates %s: stderr (-want +got):\n%s", cmd, tt.file, diff)
			}
		}
	}
}
