package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/ingest"
)

// Short invented wire stories: the extractor reads tens of KB a second, so
// test texts stay small.
const (
	storyLisbon = `Portugal and Spain sign river water accord

LISBON, May 14, 2024 (AP) — Portuguese Prime Minister Ana Ribeiro met Spanish Foreign Minister Carlos Medina in Lisbon on Tuesday to sign an accord on shared rivers.
`
	storyNairobi = `Kenya to host regional talks

NAIROBI, Kenya, May 3, 2024 (AP) — Kenya will host talks between Ethiopia and Somalia next week, the Kenyan foreign ministry said on Friday.
`
	storyManila = `Philippines protests Chinese coast guard maneuver

MANILA, Philippines, May 13, 2024 (AP) — The Philippines summoned a Chinese diplomat on Monday after a Chinese coast guard ship blocked a supply boat near a disputed shoal.
`
)

// wireDoc is the part of the JSON contract these tests read.
type wireDoc struct {
	ID   string `json:"id"`
	Path string `json:"path"`
}

// decodeDocs returns the documents of a JSON graph.
func decodeDocs(t *testing.T, data string) []wireDoc {
	t.Helper()
	var g struct {
		Documents []wireDoc `json:"documents"`
	}
	if err := json.Unmarshal([]byte(data), &g); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, data)
	}
	return g.Documents
}

// writeFiles creates files (slash-separated names relative to dir) with
// their contents.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestExtractFlags(t *testing.T) {
	defaults := extractOptions{Format: "dot", Graph: graphOptions{Events: "nodes", Cluster: "none"}}
	defaults.Exts, defaults.Workers, defaults.MaxBytes = slices.Clone(defaultExts), runtime.NumCPU(), 10<<20
	defaults.Input, defaults.Fields = ingest.FormatAuto, ingest.DefaultFields()
	with := func(change func(*extractOptions)) extractOptions {
		o := defaults
		o.Exts = slices.Clone(defaults.Exts)
		change(&o)
		return o
	}
	tests := []struct {
		name    string
		args    []string
		want    extractOptions
		wantErr string // first stderr line of a usage error
	}{
		{name: "defaults", args: nil, want: defaults},
		{
			name: "all flags",
			args: []string{"--format", "json", "-o", "g.json", "--date", "2024-03-26", "--workers", "3", "a.txt", "dir", "-"},
			want: with(func(o *extractOptions) {
				o.Format, o.Output, o.Date, o.Workers = "json", "g.json", "2024-03-26", 3
				o.Paths = []string{"a.txt", "dir", "-"}
			}),
		},
		{name: "format dot", args: []string{"--format=dot"}, want: defaults},
		{name: "long output", args: []string{"--output", "out.dot"}, want: with(func(o *extractOptions) { o.Output = "out.dot" })},
		{name: "ext list", args: []string{"--ext", "txt,md,text"}, want: with(func(o *extractOptions) { o.Exts = []string{"txt", "md", "text"} })},
		{
			name: "ext normalized",
			args: []string{"--ext", " .TXT, text ,txt"},
			want: with(func(o *extractOptions) { o.Exts = []string{"txt", "text"} }),
		},
		{name: "ext repeated", args: []string{"--ext", "txt", "--ext", "news"}, want: with(func(o *extractOptions) { o.Exts = []string{"txt", "news"} })},
		{name: "ext empty", args: []string{"--ext", ""}, wantErr: `newsgraph: invalid --ext: want at least one extension`},
		{name: "ext blank item", args: []string{"--ext", "txt,,md"}, wantErr: `newsgraph: invalid --ext "txt,,md": want extensions such as txt,md`},
		{name: "ext path", args: []string{"--ext", "a/b"}, wantErr: `newsgraph: invalid --ext "a/b": want extensions such as txt,md`},
		{name: "unknown format", args: []string{"--format", "xml"}, wantErr: `newsgraph: invalid --format "xml": want dot, json, graphml, csv, events, svg, png, pdf, jsonl or mentions`},
		{name: "format is case-sensitive", args: []string{"--format", "JSON"}, wantErr: `newsgraph: invalid --format "JSON": want dot, json, graphml, csv, events, svg, png, pdf, jsonl or mentions`},
		{name: "format jsonl", args: []string{"--format", "jsonl"}, want: with(func(o *extractOptions) { o.Format = "jsonl" })},
		{name: "format mentions", args: []string{"--format", "mentions"}, want: with(func(o *extractOptions) { o.Format = "mentions" })},
		{
			name: "batch flags",
			args: []string{"--root", "corpus", "--max-bytes", "500K", "-q", "--summary"},
			want: with(func(o *extractOptions) { o.Root, o.MaxBytes, o.Quiet, o.Summary = "corpus", 500<<10, true, true }),
		},
		{name: "max-bytes plain", args: []string{"--max-bytes", "1048576"}, want: with(func(o *extractOptions) { o.MaxBytes = 1 << 20 })},
		{name: "max-bytes MiB", args: []string{"--max-bytes", "20MiB"}, want: with(func(o *extractOptions) { o.MaxBytes = 20 << 20 })},
		{name: "max-bytes GB", args: []string{"--max-bytes=1gb"}, want: with(func(o *extractOptions) { o.MaxBytes = 1 << 30 })},
		{name: "max-bytes no limit", args: []string{"--max-bytes", "0"}, want: with(func(o *extractOptions) { o.MaxBytes = 0 })},
		{name: "max-bytes bad", args: []string{"--max-bytes", "ten"}, wantErr: `newsgraph: invalid argument "ten" for "--max-bytes" flag: want a size such as 10M, 500K or 1048576`},
		{name: "max-bytes negative", args: []string{"--max-bytes", "-1"}, wantErr: `newsgraph: invalid argument "-1" for "--max-bytes" flag: want a size such as 10M, 500K or 1048576`},
		{name: "date leap day", args: []string{"--date", "2024-02-29"}, want: with(func(o *extractOptions) { o.Date = "2024-02-29" })},
		{name: "date not a day", args: []string{"--date", "2023-02-29"}, wantErr: `newsgraph: invalid --date "2023-02-29": want a date as YYYY-MM-DD`},
		{name: "date unpadded", args: []string{"--date", "2024-3-26"}, wantErr: `newsgraph: invalid --date "2024-3-26": want a date as YYYY-MM-DD`},
		{name: "date other order", args: []string{"--date", "26/03/2024"}, wantErr: `newsgraph: invalid --date "26/03/2024": want a date as YYYY-MM-DD`},
		{name: "date with time", args: []string{"--date", "2024-03-26T10:00:00Z"}, wantErr: `newsgraph: invalid --date "2024-03-26T10:00:00Z": want a date as YYYY-MM-DD`},
		{name: "date words", args: []string{"--date", "yesterday"}, wantErr: `newsgraph: invalid --date "yesterday": want a date as YYYY-MM-DD`},
		{name: "workers zero", args: []string{"--workers", "0"}, wantErr: `newsgraph: invalid --workers 0: want at least 1`},
		{name: "workers not a number", args: []string{"--workers", "many"}, wantErr: `newsgraph: invalid argument "many" for "--workers" flag: strconv.ParseInt: parsing "many": invalid syntax`},
		{name: "unknown flag", args: []string{"--fromat", "json"}, wantErr: `newsgraph: unknown flag: --fromat`},
		{name: "missing value", args: []string{"-o"}, wantErr: `newsgraph: flag needs an argument: 'o' in -o`},
		{name: "stdin twice", args: []string{"-", "a.txt", "-"}, wantErr: `newsgraph: standard input ("-") given 2 times`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, stdout, stderr := testFactory("")
			var got *extractOptions
			root := newTestRoot(f, func(o *extractOptions) error {
				got = o
				return nil
			})
			code := execute(context.Background(), root, append([]string{"extract"}, tt.args...), f.IO.ErrOut)
			if stdout.Len() != 0 {
				t.Errorf("stdout = %q, want nothing", stdout)
			}
			if tt.wantErr != "" {
				want := []string{tt.wantErr, "Run 'newsgraph extract --help' for usage."}
				if code != exitUsage || got != nil {
					t.Errorf("exit %d (ran: %t), want %d without running", code, got != nil, exitUsage)
				}
				if diff := cmp.Diff(want, lines(stderr.String())); diff != "" {
					t.Errorf("stderr (-want +got):\n%s", diff)
				}
				return
			}
			if code != exitOK || got == nil {
				t.Fatalf("exit %d (ran: %t), stderr %q; want 0 and a run", code, got != nil, stderr)
			}
			if got.IO != f.IO || got.Extractor == nil {
				t.Error("options do not carry the factory's streams and extractor")
			}
			opts := cmp.Options{cmpopts.IgnoreFields(extractOptions{}, "IO", "Extractor", "Open", "Now"), cmp.AllowUnexported(extractOptions{}, articleOptions{}, readOptions{}), cmpopts.IgnoreUnexported(graphOptions{})}
			if diff := cmp.Diff(tt.want, *got, opts, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("options (-want +got):\n%s", diff)
			}
		})
	}
}

// TestExtractBadInputs checks that failed inputs get one error line each
// and exit 1, that skipped ones get a warning, while the good ones still
// make the graph. bad_input_test.go checks each kind of bad input alone.
func TestExtractBadInputs(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"good-a.txt": storyLisbon,
		"good-b.md":  storyNairobi,
		"utf16.txt":  "\xff\xfe" + "B\x00a\x00d\x00",
		"binary.txt": "\x7fELF\x02\x01\x01\x00\x00",
		"empty.txt":  "",
		"blank.txt":  " \n\t\n",
	})
	missing := filepath.Join(dir, "missing.txt")

	code, stdout, stderr := runTest(t, "", "extract", "--format", "json", "--workers", "2", dir, missing)
	if code != exitError {
		t.Errorf("exit %d, want %d", code, exitError)
	}
	wantErr := []string{
		"newsgraph: " + missing + ": no such file or directory",
		"newsgraph: " + filepath.Join(dir, "binary.txt") + ": not text (it has NUL bytes)",
		"newsgraph: " + filepath.Join(dir, "blank.txt") + ": warning: empty file, skipped",
		"newsgraph: " + filepath.Join(dir, "empty.txt") + ": warning: empty file, skipped",
	}
	if diff := cmp.Diff(wantErr, lines(stderr)); diff != "" {
		t.Errorf("stderr (-want +got):\n%s", diff)
	}
	wantDocs := []wireDoc{
		{ID: "good-a.txt", Path: filepath.Join(dir, "good-a.txt")},
		{ID: "good-b.md", Path: filepath.Join(dir, "good-b.md")},
		{ID: "utf16.txt", Path: filepath.Join(dir, "utf16.txt")},
	}
	if diff := cmp.Diff(wantDocs, decodeDocs(t, stdout)); diff != "" {
		t.Errorf("documents (-want +got):\n%s", diff)
	}
}

// TestExtractNothing checks that inputs with no entities are a success, and
// that a directory with no file to read is an error.
func TestExtractNothing(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"plain.txt": "it was quiet.\n", "empty/README": "not an article"})
	code, stdout, stderr := runTest(t, "", "extract", "--format", "json", filepath.Join(dir, "plain.txt"))
	if code != exitOK || stderr != "" {
		t.Errorf("plain.txt: exit %d, stderr %q; want 0 and nothing", code, stderr)
	}
	if !json.Valid([]byte(stdout)) {
		t.Errorf("plain.txt: output is not JSON: %q", stdout)
	}

	code, stdout, stderr = runTest(t, "", "extract", "--format", "json", filepath.Join(dir, "empty"))
	want := "newsgraph: " + filepath.Join(dir, "empty") + ": no .txt, .md, .html, .htm, .jsonl or .ndjson files in it (choose extensions with --ext)\n"
	if code != exitError || stderr != want {
		t.Errorf("empty directory: exit %d, stderr %q; want 1 and %q", code, stderr, want)
	}
	if !json.Valid([]byte(stdout)) {
		t.Errorf("empty directory: output is not JSON: %q", stdout)
	}
}

// TestCollectInputs checks which files are read and the document ids they
// get, whatever the order of the arguments.
func TestCollectInputs(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFiles(t, dir, map[string]string{
		"a.txt":                 "x",
		"news/a.txt":            "x",
		"news/b.md":             "x",
		"news/c.html":           "x", // not a walked extension
		"news/README":           "x", // no extension
		"news/.draft.txt":       "x", // hidden
		"news/.git/HEAD.txt":    "x", // in a hidden directory
		"news/sub/a.txt":        "x",
		"news/sub/deeper/c.TXT": "x",
		"other/a.txt":           "x",
		"other/notes.html":      "x", // read when named, whatever its extension
		"weird/a.txt#2":         "x",
		".hidden/h.txt":         "x", // read when its directory is named
	})
	if err := os.Symlink("../a.txt", "news/ln.txt"); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("sub", "news/dirlink.txt"); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("news/sub", "linked"); err != nil {
		t.Fatal(err)
	}

	type doc struct{ ID, Path string }
	tests := []struct {
		name   string
		args   []string
		exts   []string
		want   []doc
		failed []string
	}{
		{
			name: "directory",
			args: []string{"news"},
			want: []doc{
				{"a.txt", "news/a.txt"},
				{"b.md", "news/b.md"},
				{"ln.txt", "news/ln.txt"},
				{"sub/a.txt", "news/sub/a.txt"},
				{"sub/deeper/c.TXT", "news/sub/deeper/c.TXT"},
			},
		},
		{
			name: "directory with trailing slash",
			args: []string{"news/sub/"},
			want: []doc{{"a.txt", "news/sub/a.txt"}, {"deeper/c.TXT", "news/sub/deeper/c.TXT"}},
		},
		{
			name: "other extensions",
			args: []string{"news"},
			exts: []string{"html"},
			want: []doc{{"c.html", "news/c.html"}},
		},
		{
			name: "hidden directory named",
			args: []string{".hidden"},
			want: []doc{{"h.txt", ".hidden/h.txt"}},
		},
		{
			name: "symbolic link to a directory",
			args: []string{"linked"},
			want: []doc{{"a.txt", "linked/a.txt"}, {"deeper/c.TXT", "linked/deeper/c.TXT"}},
		},
		{
			name: "files stdin and collisions",
			args: []string{"other/a.txt", "news", "-", "other/notes.html", "a.txt", "weird/a.txt#2", "nowhere.txt"},
			want: []doc{
				{"a.txt", "a.txt"},
				{"a.txt#2", "weird/a.txt#2"}, // a real name, so the copies skip it
				{"a.txt#3", "news/a.txt"},
				{"a.txt#4", "other/a.txt"},
				{"b.md", "news/b.md"},
				{"ln.txt", "news/ln.txt"},
				{"notes.html", "other/notes.html"},
				{"stdin", "-"},
				{"sub/a.txt", "news/sub/a.txt"},
				{"sub/deeper/c.TXT", "news/sub/deeper/c.TXT"},
			},
			failed: []string{"nowhere.txt"},
		},
		{
			name: "same directory twice",
			args: []string{"news/sub", "news/sub/deeper"},
			want: []doc{
				{"a.txt", "news/sub/a.txt"},
				{"c.TXT", "news/sub/deeper/c.TXT"},
				{"deeper/c.TXT", "news/sub/deeper/c.TXT"},
			},
		},
		{
			name: "a file named stdin",
			args: []string{"-", "other/stdin"},
			want: []doc{{"stdin", "-"}, {"stdin#2", "other/stdin"}},
		},
	}
	writeFiles(t, dir, map[string]string{"other/stdin": "x"})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			exts := tt.exts
			if exts == nil {
				exts = []string{"txt", "md"}
			}
			for _, args := range [][]string{tt.args, reversed(tt.args)} {
				inputs, failed, err := walkInputs(context.Background(), args, exts)
				if err != nil {
					t.Fatal(err)
				}
				assignIDs(inputs)
				var got []doc
				for _, in := range inputs {
					if in.Stdin != (in.Path == "-") {
						t.Errorf("%s: stdin = %t", in.Path, in.Stdin)
					}
					got = append(got, doc{in.ID, filepath.ToSlash(in.Path)})
				}
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("collect %q: documents (-want +got):\n%s", args, diff)
				}
				var gotFailed []string
				for _, f := range failed {
					gotFailed = append(gotFailed, f.path)
				}
				if diff := cmp.Diff(tt.failed, gotFailed); diff != "" {
					t.Errorf("collect %q: failed (-want +got):\n%s", args, diff)
				}
			}
		})
	}
}

func reversed(s []string) []string {
	r := slices.Clone(s)
	slices.Reverse(r)
	return r
}

// TestExtractIDs checks the ids and paths that reach the graph.
func TestExtractIDs(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFiles(t, dir, map[string]string{
		"wire/lisbon.txt":     storyLisbon,
		"wire/africa/ke.txt":  storyNairobi,
		"desk/lisbon.txt":     storyManila,
		"desk/notes/skip.doc": "not read",
	})
	code, stdout, stderr := runTest(t, storyNairobi, "extract", "--format", "json", "desk/lisbon.txt", "wire", "-")
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q; want 0 and nothing", code, stderr)
	}
	want := []wireDoc{
		{ID: "africa/ke.txt", Path: filepath.FromSlash("wire/africa/ke.txt")},
		{ID: "lisbon.txt", Path: filepath.FromSlash("desk/lisbon.txt")},
		{ID: "lisbon.txt#2", Path: filepath.FromSlash("wire/lisbon.txt")},
		{ID: "stdin", Path: "-"},
	}
	if diff := cmp.Diff(want, decodeDocs(t, stdout)); diff != "" {
		t.Errorf("documents (-want +got):\n%s", diff)
	}
}

// TestExtractDeterministic checks that the output does not depend on the
// number of workers or the order of the arguments.
func TestExtractDeterministic(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"in/lisbon.txt":       storyLisbon,
		"in/asia/manila.txt":  storyManila,
		"in/africa/kenya.md":  storyNairobi,
		"more/lisbon.txt":     storyManila,
		"more/nairobi.txt":    storyNairobi,
		"more/ignored.csv":    storyLisbon,
		"more/.hidden/x.txt":  storyLisbon,
		"more/asia/empty.txt": "",
	})
	paths := []string{filepath.Join(dir, "in"), filepath.Join(dir, "more/nairobi.txt"), "-", filepath.Join(dir, "more")}
	for _, format := range []string{"json", "dot"} {
		t.Run(format, func(t *testing.T) {
			var first string
			for i, args := range [][]string{
				append([]string{"--workers", "1"}, paths...),
				append([]string{"--workers", "4"}, paths...),
				append([]string{"--workers", "3"}, reversed(paths)...),
			} {
				code, stdout, stderr := runTest(t, storyLisbon, append([]string{"extract", "--format", format}, args...)...)
				wantErr := "newsgraph: " + filepath.Join(dir, "more/asia/empty.txt") + ": warning: empty file, skipped\n"
				if code != exitOK || stderr != wantErr {
					t.Errorf("%q: exit %d, stderr %q; want 0 and %q", args, code, stderr, wantErr)
				}
				if i == 0 {
					first = stdout
					if format == "json" && len(decodeDocs(t, stdout)) != 7 {
						t.Errorf("%q: want 7 documents in\n%s", args, stdout)
					}
					continue
				}
				if stdout != first {
					t.Errorf("%q: output differs from the first run (-first +this):\n%s", args,
						cmp.Diff(strings.Split(first, "\n"), strings.Split(stdout, "\n")))
				}
			}
		})
	}
}

// TestExtractOutputFile checks -o: the file is replaced whole, and a failure
// leaves no file behind.
func TestExtractOutputFile(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"in/a.txt": storyLisbon, "out/graph.json": "old contents"})
	in := filepath.Join(dir, "in/a.txt")
	_, want, _ := runTest(t, "", "extract", "--format", "json", in)

	t.Run("replace", func(t *testing.T) {
		out := filepath.Join(dir, "out/graph.json")
		if err := os.Chmod(out, 0o640); err != nil {
			t.Fatal(err)
		}
		code, stdout, stderr := runTest(t, "", "extract", "--format", "json", "-o", out, in)
		if code != exitOK || stdout != "" || stderr != "" {
			t.Errorf("exit %d, stdout %q, stderr %q; want 0 and nothing", code, stdout, stderr)
		}
		got, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Errorf("%s has\n%s\nwant\n%s", out, got, want)
		}
		if fi, err := os.Stat(out); err != nil || fi.Mode().Perm() != 0o640 {
			t.Errorf("replaced file mode %v (%v), want it kept as 0640", fi.Mode(), err)
		}
		assertDir(t, filepath.Join(dir, "out"), "graph.json")
	})

	t.Run("new file", func(t *testing.T) {
		out := filepath.Join(dir, "out/graph.dot")
		code, _, stderr := runTest(t, "", "extract", "-o", out, in)
		if code != exitOK || stderr != "" {
			t.Errorf("exit %d, stderr %q; want 0 and nothing", code, stderr)
		}
		if fi, err := os.Stat(out); err != nil || fi.Size() == 0 || fi.Mode().Perm() != 0o644 {
			t.Errorf("stat %s: %v, %v; want a non-empty file with mode 0644", out, fi, err)
		}
		assertDir(t, filepath.Join(dir, "out"), "graph.dot", "graph.json")
	})

	for _, tt := range []struct{ name, out, reason string }{
		{"missing directory", filepath.Join(dir, "nowhere/graph.json"), "no such file or directory"},
		{"directory", filepath.Join(dir, "out"), "is a directory"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runTest(t, "", "extract", "--format", "json", "-o", tt.out, in)
			if code != exitError || stdout != "" {
				t.Errorf("exit %d, stdout %q; want 1 and nothing", code, stdout)
			}
			if want := []string{"newsgraph: write " + tt.out + ": " + tt.reason}; !slices.Equal(want, lines(stderr)) {
				t.Errorf("stderr = %q, want %q", stderr, want)
			}
			assertDir(t, dir, "in", "out")
			assertDir(t, filepath.Join(dir, "out"), "graph.dot", "graph.json")
		})
	}
}

// TestWriteFileAtomicFailure checks that a failed write leaves the old file
// and no temporary file.
func TestWriteFileAtomicFailure(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "graph.dot")
	writeFiles(t, dir, map[string]string{"graph.dot": "old"})
	boom := errors.New("boom")
	err := writeFileAtomic(out, func(w io.Writer) error {
		io.WriteString(w, strings.Repeat("new ", 10000))
		return boom
	})
	if !errors.Is(err, boom) || err.Error() != "write "+out+": boom" {
		t.Errorf("err = %v, want write %s: boom", err, out)
	}
	if got, _ := os.ReadFile(out); string(got) != "old" {
		t.Errorf("%s = %.20q, want it untouched", out, got)
	}
	assertDir(t, dir, "graph.dot")
}

// assertDir checks that dir holds exactly names.
func assertDir(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if diff := cmp.Diff(names, got); diff != "" {
		t.Errorf("files in %s (-want +got):\n%s", dir, diff)
	}
}

// TestExtractStdin checks that "-" and no argument both read standard
// input, through the real run.
func TestExtractStdin(t *testing.T) {
	for _, args := range [][]string{{"extract", "--format", "json"}, {"extract", "--format", "json", "-"}} {
		code, stdout, stderr := runTest(t, storyManila, args...)
		if code != exitOK || stderr != "" {
			t.Errorf("%q: exit %d, stderr %q; want 0 and nothing", args, code, stderr)
		}
		if diff := cmp.Diff([]wireDoc{{ID: "stdin", Path: "-"}}, decodeDocs(t, stdout)); diff != "" {
			t.Errorf("%q: documents (-want +got):\n%s", args, diff)
		}
	}

	code, _, stderr := runTest(t, "\x00\x01\x02", "extract")
	if code != exitError || stderr != "newsgraph: -: not text (it has NUL bytes)\n" {
		t.Errorf("binary stdin: exit %d, stderr %q", code, stderr)
	}
}

// TestExtractDate checks that --date reaches every document.
func TestExtractDate(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": storyLisbon, "b.txt": storyManila})
	code, stdout, stderr := runTest(t, "", "extract", "--format", "json", "--date", "2023-07-04", dir)
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	var g struct {
		Documents []struct {
			Date string `json:"date"`
		} `json:"documents"`
	}
	if err := json.Unmarshal([]byte(stdout), &g); err != nil {
		t.Fatal(err)
	}
	if len(g.Documents) != 2 || g.Documents[0].Date != "2023-07-04" || g.Documents[1].Date != "2023-07-04" {
		t.Errorf("documents = %+v, want 2 dated 2023-07-04", g.Documents)
	}
}

// TestExtractRecovers checks that a panic while extracting one document
// becomes that document's error.
func TestExtractRecovers(t *testing.T) {
	f, stdout, stderr := testFactory(storyLisbon)
	// A nil extractor panics as soon as it is used.
	f.Extractor = func(...extract.Option) (*extract.Extractor, error) { return nil, nil }
	code := runWith(f, []string{"extract", "--format", "jsonl"})
	if got := stderr.String(); code != exitError || stdout.Len() != 0 || !strings.HasPrefix(got, "newsgraph: -: internal error: ") {
		t.Errorf("exit %d, stdout %q, stderr %q; want 1, nothing and an internal error", code, stdout, got)
	}
}
