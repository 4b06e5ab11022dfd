package graph

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// nxCheck loads the JSON named by argv[1] with networkx and prints the
// number of nodes and edges. networkx 3.4+ takes edges=; older versions
// take link=.
const nxCheck = `
import json, sys
import networkx as nx
with open(sys.argv[1], encoding="utf-8") as f:
    data = json.load(f)
try:
    g = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
except TypeError:
    g = nx.node_link_graph(data, directed=True, multigraph=True, link="edges")
print(g.number_of_nodes(), g.number_of_edges())
`

// TestNetworkX checks that networkx reads the output as a node-link graph
// with the nodes and edges Go wrote.
func TestNetworkX(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skipf("python3 not installed: %v", err)
	}
	if out, err := exec.Command(python, "-c", "import networkx").CombinedOutput(); err != nil {
		t.Skipf("python3 cannot import networkx (pip install networkx): %v\n%s", err, out)
	}
	for name, g := range map[string]*Graph{"fixture": build(fixture()), "synthetic": build(synthetic(300))} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "graph.json")
			if err := os.WriteFile(path, encodeJSON(t, g), 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(python, "-c", nxCheck, path).CombinedOutput()
			if err != nil {
				t.Fatalf("networkx: %v\n%s", err, out)
			}
			want := fmt.Sprintf("%d %d", len(g.Nodes()), len(g.Edges()))
			if got := strings.TrimSpace(string(out)); got != want {
				t.Errorf("networkx counts nodes and edges %q, want %q", got, want)
			}
		})
	}
}
