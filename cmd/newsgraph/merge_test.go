package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// extractTo runs extract --format json -o out over paths.
func extractTo(t *testing.T, out string, args ...string) {
	t.Helper()
	code, _, stderr := runTest(t, "", append([]string{"extract", "--format", "json", "-o", out}, args...)...)
	if code != exitOK {
		t.Fatalf("extract %q: exit %d: %s", args, code, stderr)
	}
}

// TestMergeSplitIsWhole splits the sample articles into 2 and 3 shards in
// different orders, extracts each shard, merges the shards, and checks the
// result byte for byte against one run over all the articles, in JSON and
// DOT.
func TestMergeSplitIsWhole(t *testing.T) {
	articles := sampleArticles(t)
	dir := filepath.Join(testdataDir, "articles")
	code, wantJSON, stderr := runTest(t, "", "extract", "--format", "json", dir)
	if code != exitOK {
		t.Fatalf("whole run: exit %d: %s", code, stderr)
	}
	_, wantDOT, _ := runTest(t, "", "extract", "--format", "dot", dir)

	tmp := t.TempDir()
	splits := []struct {
		name   string
		shards [][]int // indexes into articles
	}{
		{"2 shards", [][]int{{0, 2, 4}, {1, 3}}},
		{"2 shards, other split", [][]int{{4}, {3, 2, 1, 0}}},
		{"3 shards", [][]int{{0, 3}, {1}, {2, 4}}},
		{"3 shards, other split", [][]int{{4, 1}, {0, 2}, {3}}},
	}
	for _, sp := range splits {
		t.Run(sp.name, func(t *testing.T) {
			var shards []string
			for i, idx := range sp.shards {
				var paths []string
				for _, j := range idx {
					if j < len(articles) {
						paths = append(paths, articles[j])
					}
				}
				out := filepath.Join(tmp, fmt.Sprintf("%s-%d.json", strings.ReplaceAll(sp.name, " ", "-"), i))
				extractTo(t, out, paths...)
				shards = append(shards, out)
			}
			for _, order := range [][]string{shards, reversed(shards)} {
				code, got, stderr := runTest(t, "", append([]string{"merge", "--format", "json"}, order...)...)
				if code != exitOK || stderr != "" {
					t.Errorf("merge: exit %d, stderr %q", code, stderr)
				}
				if got != wantJSON {
					t.Errorf("merge %q differs from one run (-want +got):\n%s", order,
						cmp.Diff(strings.Split(wantJSON, "\n"), strings.Split(got, "\n")))
				}
				_, got, _ = runTest(t, "", append([]string{"merge"}, order...)...)
				if got != wantDOT {
					t.Errorf("merge --format dot %q differs from one run", order)
				}
			}
		})
	}
}

// TestMergeWithRoot splits a folder tree into shards by subfolder, run with
// --root, and checks the merge against one run over the folder.
func TestMergeWithRoot(t *testing.T) {
	root := filepath.Join(t.TempDir(), "corpus")
	files := map[string]string{}
	for i, a := range sampleArticles(t) {
		b, err := os.ReadFile(a)
		if err != nil {
			t.Fatal(err)
		}
		// The same base names in several folders.
		files[fmt.Sprintf("2024/%02d/story.txt", i)] = string(b)
		files[fmt.Sprintf("2025/%02d/story.txt", i)] = []string{storyLisbon, storyManila, storyNairobi}[i%3]
	}
	writeFiles(t, root, files)
	_, want, _ := runTest(t, "", "extract", "--format", "json", root)
	tmp := t.TempDir()
	a, b := filepath.Join(tmp, "a.json"), filepath.Join(tmp, "b.json")
	extractTo(t, a, "--root", root, filepath.Join(root, "2025"), filepath.Join(root, "2024", "03"))
	extractTo(t, b, "--root", root, filepath.Join(root, "2024", "00"), filepath.Join(root, "2024", "01"),
		filepath.Join(root, "2024", "02", "story.txt"), filepath.Join(root, "2024", "04"))
	code, got, stderr := runTest(t, "", "merge", "--format", "json", b, a)
	if code != exitOK || stderr != "" {
		t.Errorf("merge: exit %d, stderr %q", code, stderr)
	}
	if got != want {
		t.Errorf("merge differs from one run (-want +got):\n%s", cmp.Diff(strings.Split(want, "\n"), strings.Split(got, "\n")))
	}
}

// TestMergeRenamesSharedIDs merges shards whose documents share ids: merge
// gives them the ids of one run, and says so.
func TestMergeRenamesSharedIDs(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"x/story.txt": storyLisbon, "y/story.txt": storyManila})
	x, y := filepath.Join(dir, "x", "story.txt"), filepath.Join(dir, "y", "story.txt")
	_, want, _ := runTest(t, "", "extract", "--format", "json", x, y)
	a, b := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")
	extractTo(t, a, x)
	extractTo(t, b, y)
	code, got, stderr := runTest(t, "", "merge", "--format", "json", b, a)
	wantErr := []string{"newsgraph: " + b + ": warning: 1 document ids also in other graphs renamed (story.txt to story.txt#2); give every run the same --root to keep ids unique"}
	if code != exitOK || !slices.Equal(wantErr, lines(stderr)) {
		t.Errorf("exit %d, stderr %q; want 0 and %q", code, stderr, wantErr)
	}
	if got != want {
		t.Errorf("merge differs from one run (-want +got):\n%s", cmp.Diff(strings.Split(want, "\n"), strings.Split(got, "\n")))
	}
}

// TestMergeBadShards checks that each bad file gets one line and the others
// are still merged.
func TestMergeBadShards(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"in/a.txt":      storyLisbon,
		"notjson.json":  "newsgraph extract output, honest",
		"truncated.txt": `{"schema": "newsgraph/v1", "documents": [`,
		"v2.json":       `{"schema": "newsgraph/v2", "documents": [], "nodes": [], "edges": []}`,
		"broken.json":   `{"schema": "newsgraph/v1", "documents": [], "nodes": [{"id": "person:x", "type": "person", "label": "X", "documents": ["a.txt"]}], "edges": []}`,
		"dir.json/x":    "",
	})
	good := filepath.Join(dir, "good.json")
	extractTo(t, good, filepath.Join(dir, "in", "a.txt"))
	wantGraph, _ := os.ReadFile(good)
	p := func(name string) string { return filepath.Join(dir, name) }
	code, got, stderr := runTest(t, "", "merge", "--format", "json",
		p("notjson.json"), good, p("truncated.txt"), p("v2.json"), p("broken.json"), p("missing.json"), p("dir.json"))
	want := []string{
		"newsgraph: " + p("notjson.json") + ": not a newsgraph JSON graph: invalid character 'e' in literal null (expecting 'u')",
		"newsgraph: " + p("truncated.txt") + ": not a newsgraph JSON graph: unexpected EOF",
		"newsgraph: " + p("v2.json") + `: not a newsgraph JSON graph: schema "newsgraph/v2", want "newsgraph/v1"`,
		"newsgraph: " + p("broken.json") + `: not a newsgraph JSON graph: node "person:x": unknown document "a.txt"`,
		"newsgraph: " + p("missing.json") + ": no such file or directory",
		"newsgraph: " + p("dir.json") + ": is a directory",
	}
	if code != exitError {
		t.Errorf("exit %d, want 1", code)
	}
	if diff := cmp.Diff(want, lines(stderr)); diff != "" {
		t.Errorf("stderr (-want +got):\n%s", diff)
	}
	if got != string(wantGraph) {
		t.Errorf("merged graph is not the good shard's:\n%s", cmp.Diff(strings.Split(string(wantGraph), "\n"), strings.Split(got, "\n")))
	}
}

func TestMergeUsage(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"merge"}, "newsgraph: newsgraph merge needs at least one graph file"},
		{[]string{"merge", "--format", "jsonl", "a.json"}, `newsgraph: invalid --format "jsonl": want dot, json, graphml, csv, events, svg, png or pdf`},
		{[]string{"merge", "-", "-"}, `newsgraph: standard input ("-") given 2 times`},
	} {
		code, stdout, stderr := runTest(t, "", tt.args...)
		want := []string{tt.want, "Run 'newsgraph merge --help' for usage."}
		if code != exitUsage || stdout != "" || !slices.Equal(want, lines(stderr)) {
			t.Errorf("%q: exit %d, stderr %q; want 2 and %q", tt.args, code, stderr, want)
		}
	}
}

// TestMergeStdin reads a graph from standard input.
func TestMergeStdin(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": storyManila})
	_, g, _ := runTest(t, "", "extract", "--format", "json", filepath.Join(dir, "a.txt"))
	code, got, stderr := runTest(t, g, "merge", "--format", "json", "-")
	if code != exitOK || stderr != "" || got != g {
		t.Errorf("exit %d, stderr %q, same graph %t", code, stderr, got == g)
	}
}
