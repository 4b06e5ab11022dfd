package main

// Real clients of the output formats: Graphviz (dot, sfdp), networkx,
// igraph, Python's csv module, and the Neo4j import's header syntax. Each
// test skips, saying what to install, when its client is missing; CI
// (.ci/run) installs them all.

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/newsgraph/newsgraph/graph"
)

// golden returns the path of a golden file.
func golden(name string) string { return filepath.Join(testdataDir, "golden", name) }

// python returns the python at path (or the first python3 on PATH for
// "python3") if it can import module; else it skips the test saying how
// to install it.
func python(t *testing.T, path, module, install string) string {
	t.Helper()
	py, err := exec.LookPath(path)
	if err != nil {
		t.Skipf("%s not installed: not loading the output with %s (%s)", path, module, install)
	}
	if out, err := exec.Command(py, "-c", "import "+module).CombinedOutput(); err != nil {
		t.Skipf("%s cannot import %s (%s): not loading the output with it\n%s", py, module, install, out)
	}
	return py
}

// runPython runs script with args and returns its standard output.
func runPython(t *testing.T, py, script string, args ...string) string {
	t.Helper()
	var stderr bytes.Buffer
	cmd := exec.Command(py, append([]string{"-c", script}, args...)...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", py, err, stderr.String())
	}
	return strings.TrimSpace(string(out))
}

// wireCounts returns the numbers of nodes and edges of a golden JSON graph.
func wireCounts(t *testing.T, name string) (nodes, edges int) {
	t.Helper()
	f, err := os.Open(golden(name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w, err := graph.DecodeJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	return len(w.Nodes), len(w.Edges)
}

// TestGoldenSFDP draws every golden DOT file with sfdp, the engine for
// big graphs, as TestGoldenGraphviz does with dot.
func TestGoldenSFDP(t *testing.T) {
	sfdp, err := exec.LookPath("sfdp")
	if err != nil {
		t.Skip("Graphviz sfdp is not installed (apt-get install graphviz); not drawing the golden DOT files with it")
	}
	files, err := filepath.Glob(golden("articles*.dot"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden DOT files: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			cmd := exec.Command(sfdp, "-Tsvg", file)
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Run(); err != nil {
				t.Fatalf("sfdp -Tsvg %s: %v\n%s", file, err, stderr.String())
			}
			if !bytes.Contains(stdout.Bytes(), []byte("<svg")) {
				t.Errorf("sfdp -Tsvg %s wrote no SVG", file)
			}
			if stderr.Len() > 0 {
				t.Logf("sfdp -Tsvg %s warns:\n%s", file, stderr.String())
			}
		})
	}
}

// graphMLCheck reads the GraphML named by argv[1] with networkx and prints
// its counts and the Python types of typed attributes.
const graphMLCheck = `
import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
n = dict(g.nodes(data=True))
actor = n["country:EST"]
event = next(d for d in n.values() if d["type"] == "event")
edge = next(iter(g.edges(data=True)))[2]
print(g.number_of_nodes(), g.number_of_edges(), g.is_directed(),
      type(actor["mentions"]).__name__, type(actor["pagerank"]).__name__, type(actor["community"]).__name__,
      type(event["negated"]).__name__, type(event["goldstein"]).__name__, type(edge["weight"]).__name__,
      actor["label"])
`

// TestGraphMLNetworkX loads the golden GraphML with networkx's
// read_graphml: every node and edge, with typed attributes.
func TestGraphMLNetworkX(t *testing.T) {
	py := python(t, "python3", "networkx", "pip install networkx")
	nodes, edges := wireCounts(t, "articles.json")
	got := runPython(t, py, graphMLCheck, golden("articles.graphml"))
	want := fmt.Sprintf("%d %d True int float int bool float int Estonia", nodes, edges)
	if got != want {
		t.Errorf("networkx reads articles.graphml as %q, want %q", got, want)
	}
}

// igraphCheck reads the GraphML named by argv[1] with igraph.
const igraphCheck = `
import sys, igraph
g = igraph.Graph.Read_GraphML(sys.argv[1])
est = g.vs.find(id="country:EST")
print(g.vcount(), g.ecount(), g.is_directed(), est["label"], est["mentions"], round(est["pagerank"], 6) > 0,
      "community" in g.vs.attributes(), sorted(g.es.attributes()) == ["documents", "evidence", "id", "label", "relation", "weight"])
`

// TestGraphMLIgraph loads the golden GraphML with igraph's Read_GraphML,
// through Debian's python3-igraph (/usr/bin/python3), as .ci/run installs
// it.
func TestGraphMLIgraph(t *testing.T) {
	py := python(t, "/usr/bin/python3", "igraph", "apt-get install python3-igraph")
	nodes, edges := wireCounts(t, "articles.json")
	got := runPython(t, py, igraphCheck, golden("articles.graphml"))
	if want := fmt.Sprintf("%d %d True Estonia 11.0 True True True", nodes, edges); got != want {
		t.Errorf("igraph reads articles.graphml as %q, want %q", got, want)
	}
}

// nodeLinkCheck loads the node-link JSON named by argv[1] with networkx.
const nodeLinkCheck = `
import json, sys, networkx as nx
data = json.load(open(sys.argv[1], encoding="utf-8"))
try:
    g = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
except TypeError:
    g = nx.node_link_graph(data, directed=True, multigraph=True, link="edges")
pr = [d["pagerank"] for _, d in g.nodes(data=True) if "pagerank" in d]
print(g.number_of_nodes(), g.number_of_edges(), len(pr) > 0)
`

// TestFilteredJSON checks the filtered golden JSON graphs: they validate
// against graph/schema.json and load in networkx as node-link graphs.
func TestFilteredJSON(t *testing.T) {
	files, err := filepath.Glob(golden("articles.*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no filtered golden JSON: %v", err)
	}
	sch := compileSchema(t, graph.Schema)
	for _, file := range append(files, golden("articles.json")) {
		name := filepath.Base(file)
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			if err := sch.Validate(inst); err != nil {
				t.Errorf("%s does not validate against graph/schema.json: %v", name, err)
			}
			py := python(t, "python3", "networkx", "pip install networkx")
			nodes, edges := wireCounts(t, name)
			if got, want := runPython(t, py, nodeLinkCheck, file), fmt.Sprintf("%d %d True", nodes, edges); got != want {
				t.Errorf("networkx loads %s as %q, want %q", name, got, want)
			}
		})
	}
}

// neo4jHeader is a field of a neo4j-admin import header: a special column
// (:LABEL, :TYPE, :START_ID, :END_ID), the id (name:ID), or a property with
// an optional type, which may be an array.
var neo4jHeader = regexp.MustCompile(`^(:LABEL|:TYPE|:START_ID|:END_ID|[a-z_]+:ID|[a-z_]+(:(int|long|float|double|boolean|string)(\[\])?)?)$`)

// TestCSVForNeo4j checks the golden CSV files as neo4j-admin import reads
// them: header syntax, one id column, every :START_ID and :END_ID in
// nodes.csv, as many fields as header columns, typed values that parse.
func TestCSVForNeo4j(t *testing.T) {
	read := func(name string) [][]string {
		f, err := os.Open(golden(name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		rows, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return rows
	}
	nodes, edges := read("articles.nodes.csv"), read("articles.edges.csv")
	if diff := cmp.Diff(graph.CSVNodeHeader, nodes[0]); diff != "" {
		t.Errorf("nodes.csv header (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(graph.CSVEdgeHeader, edges[0]); diff != "" {
		t.Errorf("edges.csv header (-want +got):\n%s", diff)
	}
	for _, h := range slices.Concat(nodes[0], edges[0]) {
		if !neo4jHeader.MatchString(h) {
			t.Errorf("header field %q is not neo4j-admin import syntax", h)
		}
	}
	if nodes[0][0] != "id:ID" || nodes[0][1] != ":LABEL" || strings.Join(edges[0][:3], ",") != ":START_ID,:END_ID,:TYPE" {
		t.Errorf("headers start %q and %q", nodes[0][:2], edges[0][:3])
	}
	ids := map[string]bool{}
	for _, r := range nodes[1:] {
		if ids[r[0]] {
			t.Errorf("node id %s twice", r[0])
		}
		ids[r[0]] = true
	}
	for _, r := range edges[1:] {
		if !ids[r[0]] || !ids[r[1]] {
			t.Errorf("edge %s -> %s: an end is not in nodes.csv", r[0], r[1])
		}
	}
	nWant, eWant := wireCounts(t, "articles.json")
	if len(nodes)-1 != nWant || len(edges)-1 != eWant {
		t.Errorf("CSV has %d nodes and %d edges, the JSON %d and %d", len(nodes)-1, len(edges)-1, nWant, eWant)
	}
	if b, _ := os.ReadFile(golden("articles.nodes.csv")); bytes.Contains(b, []byte("\r")) {
		t.Error("nodes.csv has CR line ends")
	}
}

// eventsCheck reads the event table named by argv[1] with Python's csv
// module as a tab-separated file and prints it back as JSON.
const eventsCheck = `
import csv, json, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f, delimiter="\t"))
print(json.dumps(rows, ensure_ascii=False))
`

// TestEventsTSVPython reads the golden event tables with Python's csv
// module: the header, one field per column on every row, and the same
// values Go's reader gives.
func TestEventsTSVPython(t *testing.T) {
	py := python(t, "python3", "csv", "install Python 3")
	files, err := filepath.Glob(golden("*.events.tsv"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden event tables: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			var got [][]string
			if err := json.Unmarshal([]byte(runPython(t, py, eventsCheck, file)), &got); err != nil {
				t.Fatal(err)
			}
			f, err := os.Open(file)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			r := csv.NewReader(f)
			r.Comma = '\t'
			want, err := r.ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Python reads the table differently (-Go +Python):\n%s", diff)
			}
			if len(got) < 2 {
				t.Fatalf("%d rows, want a header and events", len(got))
			}
			if diff := cmp.Diff(graph.EventsHeader, got[0]); diff != "" {
				t.Errorf("header (-want +got):\n%s", diff)
			}
			for i, row := range got {
				if len(row) != len(graph.EventsHeader) {
					t.Errorf("row %d has %d fields, want %d", i, len(row), len(graph.EventsHeader))
				}
			}
		})
	}
}
