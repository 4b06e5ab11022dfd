package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/newsgraph/newsgraph/graph"
)

// extractArticles runs the real command over the sample articles.
func extractArticles(t *testing.T, format string) []byte {
	t.Helper()
	code, stdout, stderr := runTest(t, "", "extract", "--format", format, filepath.Join("..", "..", "testdata", "articles"))
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	return []byte(stdout)
}

// TestJSONValidatesAgainstSchema checks real output against graph/schema.json.
func TestJSONValidatesAgainstSchema(t *testing.T) {
	sch := compileSchema(t, graph.Schema)
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(extractArticles(t, "json")))
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Errorf("output does not validate against the schema: %v", err)
	}
}

// TestJSONEvidenceOffsets checks every piece of evidence against the text.
func TestJSONEvidenceOffsets(t *testing.T) {
	var g struct {
		Documents []struct{ ID, Path string }
		Edges     []struct {
			Source, Target string
			Evidence       []struct {
				Document   string
				Start, End int
				Text       string
			}
		}
	}
	if err := json.Unmarshal(extractArticles(t, "json"), &g); err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	for _, d := range g.Documents {
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "articles", d.ID))
		if err != nil {
			t.Fatal(err)
		}
		texts[d.ID] = string(b)
	}
	n := 0
	for _, e := range g.Edges {
		for _, ev := range e.Evidence {
			text := texts[ev.Document]
			if ev.Start < 0 || ev.End > len(text) || text[ev.Start:ev.End] != ev.Text {
				t.Errorf("edge %s -> %s: evidence [%d,%d) in %s is not its text %q", e.Source, e.Target, ev.Start, ev.End, ev.Document, ev.Text)
			}
			n++
		}
	}
	if n == 0 {
		t.Error("no evidence in the sample graph")
	}
}

// TestJSONLoadsInNetworkx loads real output with networkx, as researchers do.
func TestJSONLoadsInNetworkx(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed: skipping the networkx check")
	}
	if err := exec.Command(py, "-c", "import networkx").Run(); err != nil {
		t.Skip("networkx not installed for python3: skipping the networkx check")
	}
	out := extractArticles(t, "json")
	var g struct{ Nodes, Edges []json.RawMessage }
	if err := json.Unmarshal(out, &g); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "graph.json")
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	script := `
import json, sys, networkx as nx
data = json.load(open(sys.argv[1]))
try:
    g = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
except TypeError:
    g = nx.node_link_graph(data, directed=True, multigraph=True, link="edges")
print(g.number_of_nodes(), g.number_of_edges())
`
	got, err := exec.Command(py, "-c", script, path).CombinedOutput()
	if err != nil {
		t.Fatalf("networkx could not load the graph: %v\n%s", err, got)
	}
	var nodes, edges int
	if _, err := fmt.Sscan(string(got), &nodes, &edges); err != nil {
		t.Fatalf("networkx printed %q: %v", got, err)
	}
	if nodes != len(g.Nodes) || edges != len(g.Edges) {
		t.Errorf("networkx sees %d nodes and %d edges, the JSON has %d and %d", nodes, edges, len(g.Nodes), len(g.Edges))
	}
}

// TestIncludeHypothetical checks that supposed events are left out unless
// asked for, and then marked.
func TestIncludeHypothetical(t *testing.T) {
	const text = "Headline\n\nGermany could sanction Russia. France sanctioned Iran on Monday.\n"
	modalities := func(args ...string) []string {
		code, stdout, stderr := runTest(t, text, append([]string{"extract", "--format", "json"}, args...)...)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		var g struct {
			Nodes []struct{ Type, Action, Modality string }
		}
		if err := json.Unmarshal([]byte(stdout), &g); err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, n := range g.Nodes {
			if n.Type == "event" {
				out = append(out, n.Action+" "+n.Modality)
			}
		}
		return out
	}
	if got := modalities(); len(got) != 1 || got[0] != "sanction asserted" {
		t.Errorf("default events = %q, want the asserted sanction only", got)
	}
	if got := modalities("--include-hypothetical"); len(got) != 2 {
		t.Errorf("with --include-hypothetical events = %q, want both", got)
	}
}

// TestSameEventOneNode checks that an event reported in two documents is one
// node whose edges carry both reports.
func TestSameEventOneNode(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"a.txt": "Headline A\n\nJudith Collins said China attacked Taiwan in Taipei in 2021.\n",
		"b.txt": "Headline B\n\nChina attacked Taiwan in 2021, officials said.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, stdout, stderr := runTest(t, "", "extract", "--format", "json", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var g struct {
		Nodes []struct{ ID, Type string }
		Edges []struct {
			Source, Target, Relation string
			Weight                   int
		}
	}
	if err := json.Unmarshal([]byte(stdout), &g); err != nil {
		t.Fatal(err)
	}
	var events []string
	for _, n := range g.Nodes {
		if n.Type == "event" {
			events = append(events, n.ID)
		}
	}
	if len(events) != 1 {
		t.Fatalf("events = %q, want one node for the attack reported twice", events)
	}
	rel := map[string]int{}
	for _, e := range g.Edges {
		rel[e.Relation+" "+e.Source+" "+e.Target] = e.Weight
	}
	ev := events[0]
	want := map[string]int{
		"agent country:CHN " + ev:             2,
		"target " + ev + " country:TWN":       2,
		"speaker person:judith-collins " + ev: 1,
		"location " + ev + " location:taipei": 1,
	}
	for k, w := range want {
		if rel[k] != w {
			t.Errorf("edge %s has weight %d, want %d", k, rel[k], w)
		}
	}
}
