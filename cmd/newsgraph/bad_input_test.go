package main

import (
	"encoding/binary"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	utf16enc "unicode/utf16"

	"github.com/google/go-cmp/cmp"
)

// utf16 encodes s as UTF-16 with a byte order mark, in the byte order
// of order.
func utf16(t *testing.T, s string, order binary.AppendByteOrder) string {
	t.Helper()
	out := order.AppendUint16(nil, 0xFEFF)
	for _, u := range utf16enc.Encode([]rune(s)) {
		out = order.AppendUint16(out, u)
	}
	return string(out)
}

// graphOf decodes a JSON graph into what these tests check.
type graphOf struct {
	Documents []struct{ ID, Path, SHA256 string }
	Nodes     []struct {
		ID        string
		Type      string
		Documents []string
	}
	Edges []struct {
		Evidence []struct {
			Document   string
			Start, End int
			Text       string
		}
	}
}

func decodeGraph(t *testing.T, out string) graphOf {
	t.Helper()
	var g graphOf
	if err := json.Unmarshal([]byte(out), &g); err != nil {
		t.Fatalf("output is not JSON: %v\n%.300s", err, out)
	}
	return g
}

// entityIDs returns the ids of the entity nodes of document doc.
func (g graphOf) entityIDs(doc string) []string {
	var ids []string
	for _, n := range g.Nodes {
		if n.Type != "event" && slices.Contains(n.Documents, doc) {
			ids = append(ids, n.ID)
		}
	}
	return ids
}

// TestBadInput checks each kind of bad input next to a good file: one line
// on stderr naming the file, the good file still in the graph, and the exit
// status (0 for warnings, 1 for failures).
func TestBadInput(t *testing.T) {
	// A sample article on one line, repeated to 500 KB. (The first line of
	// a text is its headline, which extract does not split into sentences:
	// the whole file is one sentence, every fact's evidence.)
	article, err := os.ReadFile(filepath.Join(testdataDir, "articles", "pacific-port-deal.txt"))
	if err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(string(article)), " ") + " "
	long := strings.Repeat(flat, 500_000/len(flat)+1)[:500_000]
	tests := []struct {
		name  string
		files map[string]string // besides good.txt
		link  map[string]string // symbolic links: name -> target
		args  []string          // extra arguments, before the directory
		paths []string          // paths to give instead of the directory, relative to it
		code  exitCode
		// stderr lines, with DIR for the directory.
		stderr []string
		// documents in the graph besides good.txt.
		docs []string
	}{
		{
			name:   "empty file",
			files:  map[string]string{"empty.txt": ""},
			stderr: []string{"newsgraph: DIR/empty.txt: warning: empty file, skipped"},
		},
		{
			name:   "binary file",
			files:  map[string]string{"photo.txt": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
			code:   exitError,
			stderr: []string{"newsgraph: DIR/photo.txt: not text (it has NUL bytes)"},
		},
		{
			name:   "invalid UTF-8",
			files:  map[string]string{"latin1.txt": "Caf\xe9 owner in Lisbon\n\nPortugal and Spain met in Lisbon on Tuesday, 14 May 2024.\n"},
			stderr: []string{"newsgraph: DIR/latin1.txt: warning: invalid UTF-8 replaced with U+FFFD (offsets are into the repaired text)"},
			docs:   []string{"latin1.txt"},
		},
		{
			name:  "UTF-16 little-endian with BOM",
			files: map[string]string{"le.txt": utf16(t, storyNairobi, binary.LittleEndian)},
			docs:  []string{"le.txt"},
		},
		{
			name:  "UTF-16 big-endian with BOM",
			files: map[string]string{"be.txt": utf16(t, storyNairobi, binary.BigEndian)},
			docs:  []string{"be.txt"},
		},
		{
			name:  "CRLF line ends",
			files: map[string]string{"crlf.txt": strings.ReplaceAll(storyNairobi, "\n", "\r\n")},
			docs:  []string{"crlf.txt"},
		},
		{
			name:  "a single 500 KB line",
			files: map[string]string{"long.txt": long},
			docs:  []string{"long.txt"},
		},
		{
			name:   "file over --max-bytes",
			files:  map[string]string{"big.txt": strings.Repeat("Lisbon news. ", 200)},
			args:   []string{"--max-bytes", "1K"},
			code:   exitError,
			stderr: []string{"newsgraph: DIR/big.txt: file too large (2.6 KB > 1 KB; raise --max-bytes)"},
		},
		{
			name:   "a directory named as a file",
			files:  map[string]string{"folder.txt/note": "x"},
			paths:  []string{"good.txt", "folder.txt"},
			code:   exitError,
			stderr: []string{"newsgraph: DIR/folder.txt: no .txt, .md, .html, .htm, .jsonl or .ndjson files in it (choose extensions with --ext)"},
		},
		{
			name:   "dangling symbolic link",
			link:   map[string]string{"gone.txt": "nowhere.txt"},
			code:   exitError,
			stderr: []string{"newsgraph: DIR/gone.txt: dangling symbolic link to nowhere.txt"},
		},
		{
			name:   "dangling symbolic link named",
			link:   map[string]string{"gone.txt": "nowhere.txt"},
			paths:  []string{"gone.txt", "good.txt"},
			code:   exitError,
			stderr: []string{"newsgraph: DIR/gone.txt: dangling symbolic link to nowhere.txt"},
		},
		{
			name: "symbolic link loop",
			link: map[string]string{"loop-a.txt": "loop-b.txt", "loop-b.txt": "loop-a.txt"},
			code: exitError,
			stderr: []string{
				"newsgraph: DIR/loop-a.txt: too many levels of symbolic links",
				"newsgraph: DIR/loop-b.txt: too many levels of symbolic links",
			},
		},
		{
			name:   "missing file",
			paths:  []string{"good.txt", "missing.txt"},
			code:   exitError,
			stderr: []string{"newsgraph: DIR/missing.txt: no such file or directory"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, map[string]string{"good.txt": storyLisbon})
			writeFiles(t, dir, tt.files)
			for name, target := range tt.link {
				if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
					t.Fatal(err)
				}
			}
			args := append([]string{"extract", "--format", "json"}, tt.args...)
			if tt.paths == nil {
				args = append(args, dir)
			}
			for _, p := range tt.paths {
				args = append(args, filepath.Join(dir, p))
			}
			code, stdout, stderr := runTest(t, "", args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d", code, tt.code)
			}
			var want []string
			for _, l := range tt.stderr {
				want = append(want, strings.ReplaceAll(l, "DIR/", dir+string(filepath.Separator)))
			}
			if diff := cmp.Diff(want, lines(stderr)); diff != "" {
				t.Errorf("stderr (-want +got):\n%s", diff)
			}
			g := decodeGraph(t, stdout)
			var docs []string
			for _, d := range g.Documents {
				docs = append(docs, d.ID)
			}
			wantDocs := append([]string{"good.txt"}, tt.docs...)
			slices.Sort(wantDocs)
			if diff := cmp.Diff(wantDocs, docs); diff != "" {
				t.Errorf("documents (-want +got):\n%s", diff)
			}
			if len(g.entityIDs("good.txt")) == 0 {
				t.Error("good.txt has no entities")
			}
			for _, id := range tt.docs {
				if len(g.entityIDs(id)) == 0 {
					t.Errorf("%s has no entities", id)
				}
			}
		})
	}
}

// TestDecodedText checks that decoded and repaired documents give the
// entities of their UTF-8 original, and offsets that slice the text newsgraph
// read (UTF-8 after decoding; CRLF kept).
func TestDecodedText(t *testing.T) {
	dir := t.TempDir()
	crlf := strings.ReplaceAll(storyManila, "\n", "\r\n")
	writeFiles(t, dir, map[string]string{
		"a/story.txt": storyManila,
		"b/story.txt": utf16(t, storyManila, binary.LittleEndian),
		"c/story.txt": crlf,
		"d/story.txt": strings.Replace(storyManila, "summoned", "summoned \xff\xfe", 1),
	})
	texts := map[string]string{
		"a/story.txt": storyManila,
		"b/story.txt": storyManila,
		"c/story.txt": crlf,
		"d/story.txt": strings.Replace(storyManila, "summoned", "summoned \uFFFD", 1),
	}
	code, stdout, stderr := runTest(t, "", "extract", "--format", "json", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	g := decodeGraph(t, stdout)
	want := g.entityIDs("a/story.txt")
	if len(want) < 2 {
		t.Fatalf("the original has entities %v, want at least 2", want)
	}
	for _, id := range []string{"b/story.txt", "c/story.txt", "d/story.txt"} {
		if diff := cmp.Diff(want, g.entityIDs(id)); diff != "" {
			t.Errorf("%s: entities differ from the UTF-8 original (-want +got):\n%s", id, diff)
		}
	}
	checked := 0
	for _, e := range g.Edges {
		for _, ev := range e.Evidence {
			text := texts[ev.Document]
			if ev.Start < 0 || ev.End > len(text) || ev.Start > ev.End || text[ev.Start:ev.End] != ev.Text {
				t.Errorf("%s: evidence [%d:%d] %q does not slice the text", ev.Document, ev.Start, ev.End, ev.Text)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Error("no evidence to check")
	}

	// The mentions too, in the mention listing.
	code, stdout, _ = runTest(t, "", "extract", "--format", "mentions", dir)
	if code != exitOK {
		t.Fatalf("mentions: exit %d", code)
	}
	for _, line := range lines(stdout) {
		var m struct {
			Document   string
			Start, End int
			Text       string
		}
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatal(err)
		}
		text := texts[m.Document]
		if m.End > len(text) || text[m.Start:m.End] != m.Text {
			t.Errorf("%s: mention [%d:%d] %q does not slice the text", m.Document, m.Start, m.End, m.Text)
		}
	}
}

// TestUnreadableFile checks a file that cannot be opened. Permission bits
// do not stop root, which CI runs as, so the file system's refusal is also
// injected through the factory's Open.
func TestUnreadableFile(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"good.txt": storyLisbon, "secret.txt": storyManila})
	secret := filepath.Join(dir, "secret.txt")
	want := []string{"newsgraph: " + secret + ": permission denied"}

	t.Run("chmod 000", func(t *testing.T) {
		if os.Geteuid() == 0 {
			t.Skip("running as root, which reads files whatever their mode; the injected case covers it")
		}
		if err := os.Chmod(secret, 0); err != nil {
			t.Fatal(err)
		}
		defer os.Chmod(secret, 0o644)
		code, stdout, stderr := runTest(t, "", "extract", "--format", "json", dir)
		if code != exitError || !slices.Equal(want, lines(stderr)) {
			t.Errorf("exit %d, stderr %q; want 1 and %q", code, stderr, want)
		}
		if docs := decodeDocs(t, stdout); len(docs) != 1 || docs[0].ID != "good.txt" {
			t.Errorf("documents %v, want good.txt", docs)
		}
	})

	t.Run("injected", func(t *testing.T) {
		f, stdout, stderr := testFactory("")
		open := f.Open
		f.Open = func(name string) (fs.File, error) {
			if name == secret {
				return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
			}
			return open(name)
		}
		code := runWith(f, []string{"extract", "--format", "json", dir})
		if code != exitError || !slices.Equal(want, lines(stderr.String())) {
			t.Errorf("exit %d, stderr %q; want 1 and %q", code, stderr, want)
		}
		if docs := decodeDocs(t, stdout.String()); len(docs) != 1 || docs[0].ID != "good.txt" {
			t.Errorf("documents %v, want good.txt", docs)
		}
	})
}

// TestFileVanishes removes a file after the walk found it and before it is
// read.
func TestFileVanishes(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": storyLisbon, "b.txt": storyManila, "c.txt": storyNairobi})
	f, stdout, stderr := testFactory("")
	vanishing := filepath.Join(dir, "b.txt")
	open := f.Open
	f.Open = func(name string) (fs.File, error) {
		if name == vanishing {
			if err := os.Remove(name); err != nil {
				t.Error(err)
			}
		}
		return open(name)
	}
	if code := runWith(f, []string{"extract", "--format", "json", dir}); code != exitError {
		t.Errorf("exit %d, want %d", code, exitError)
	}
	if want := []string{"newsgraph: " + vanishing + ": no such file or directory"}; !slices.Equal(want, lines(stderr.String())) {
		t.Errorf("stderr %q, want %q", stderr, want)
	}
	if docs := decodeDocs(t, stdout.String()); len(docs) != 2 {
		t.Errorf("documents %v, want a.txt and c.txt", docs)
	}
}

// TestOutsideRoot checks that --root refuses files outside it.
func TestOutsideRoot(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"corpus/a/x.txt": storyLisbon, "other/y.txt": storyManila})
	code, stdout, stderr := runTest(t, "", "extract", "--format", "json", "--root", filepath.Join(dir, "corpus"),
		filepath.Join(dir, "corpus", "a"), filepath.Join(dir, "other", "y.txt"))
	want := []string{"newsgraph: " + filepath.Join(dir, "other", "y.txt") + ": not in --root " + filepath.Join(dir, "corpus")}
	if code != exitError || !slices.Equal(want, lines(stderr)) {
		t.Errorf("exit %d, stderr %q; want 1 and %q", code, stderr, want)
	}
	if docs := decodeDocs(t, stdout); len(docs) != 1 || docs[0].ID != "a/x.txt" {
		t.Errorf("documents %v, want a/x.txt", docs)
	}
}

// TestEmptyStdin checks that empty standard input is a warning.
func TestEmptyStdin(t *testing.T) {
	code, stdout, stderr := runTest(t, "", "extract", "--format", "json")
	if code != exitOK || stderr != "newsgraph: -: warning: empty file, skipped\n" {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if docs := decodeDocs(t, stdout); len(docs) != 0 {
		t.Errorf("documents %v, want none", docs)
	}
}

// TestTooLargeStdin checks --max-bytes on standard input, whose size is
// known only by reading it.
func TestTooLargeStdin(t *testing.T) {
	code, _, stderr := runTest(t, strings.Repeat("x", 2000), "extract", "--max-bytes", "1000")
	if want := "newsgraph: -: file too large (more than 1000 bytes; raise --max-bytes)\n"; code != exitError || stderr != want {
		t.Errorf("exit %d, stderr %q; want 1 and %q", code, stderr, want)
	}
}

// TestDefaultMaxBytes writes a file just over 10 MiB, the default limit.
func TestDefaultMaxBytes(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, make([]byte, 10<<20+1), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runTest(t, "", "extract", big)
	if want := "newsgraph: " + big + ": file too large (10.1 MB > 10 MB; raise --max-bytes)\n"; code != exitError || stderr != want {
		t.Errorf("exit %d, stderr %q; want 1 and %q", code, stderr, want)
	}
}
