package analysis

import (
	"math"
	"math/rand/v2"
	"testing"

	gonumgraph "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/topo"
)

// randomWeights returns seeded random weights on n nodes, some of them
// dangling (no out-edge) or isolated.
func randomWeights(n, edges int, seed uint64) map[pairKey]float64 {
	rnd := rand.New(rand.NewPCG(seed, seed))
	w := map[pairKey]float64{}
	for range edges {
		u, v := rnd.IntN(n), rnd.IntN(n*3/4+1)
		w[pairKey{u, v}] += float64(1 + rnd.IntN(4))
	}
	return w
}

// TestPageRankMatchesGonum checks pageRank against gonum's PageRankSparse
// and PageRank (which start from a random vector and so agree only to about
// the tolerance).
func TestPageRankMatchesGonum(t *testing.T) {
	for _, tc := range []struct {
		name     string
		n, edges int
	}{
		{"one node", 1, 0},
		{"no edges", 5, 0},
		{"small", 10, 20},
		{"sparse", 200, 300},
		{"dense", 100, 3000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := newDirected(tc.n, randomWeights(tc.n, tc.edges, 3))
			got := pageRank(g, Damping, Tolerance)
			var sum float64
			for _, r := range got {
				sum += r
			}
			if math.Abs(sum-1) > 1e-9 {
				t.Errorf("sum = %.15f, want 1", sum)
			}
			for name, f := range map[string]func(gonumgraph.Directed, float64, float64) map[int64]float64{
				"PageRankSparse": network.PageRankSparse,
				"PageRank":       network.PageRank,
			} {
				want := f(g, Damping, Tolerance)
				var wsum float64
				for _, r := range want {
					wsum += r
				}
				for id, r := range got {
					if w := want[int64(id)] / wsum; math.Abs(r-w) > 1e-6 {
						t.Errorf("%s: rank of %d = %.9f, gonum gives %.9f", name, id, r, w)
					}
				}
			}
		})
	}
}

func TestPageRankEmpty(t *testing.T) {
	if got := pageRank(newDirected(0, nil), Damping, Tolerance); len(got) != 0 {
		t.Errorf("pageRank of the empty graph = %v", got)
	}
}

// TestNetworkGraphs checks the gonum graph methods against the weights they
// are built from.
func TestNetworkGraphs(t *testing.T) {
	const n = 30
	weights := randomWeights(n, 80, 4)
	weights[pairKey{7, 7}] = 5 // Self loops are dropped.
	d := newDirected(n, weights)
	u := newUndirected(n, weights)
	for x := range int64(n) {
		for y := range int64(n) {
			wxy, okxy := weights[pairKey{int(x), int(y)}]
			wyx, okyx := weights[pairKey{int(y), int(x)}]
			if x == y {
				okxy, okyx = false, false
			}
			if got := d.HasEdgeFromTo(x, y); got != okxy {
				t.Errorf("directed HasEdgeFromTo(%d, %d) = %v", x, y, got)
			}
			if got := d.HasEdgeBetween(x, y); got != (okxy || okyx) {
				t.Errorf("directed HasEdgeBetween(%d, %d) = %v", x, y, got)
			}
			if okxy {
				if w, ok := d.Weight(x, y); !ok || w != wxy {
					t.Errorf("directed Weight(%d, %d) = %v, %v; want %v", x, y, w, ok, wxy)
				}
				if e := d.WeightedEdge(x, y); e == nil || e.From().ID() != x || e.To().ID() != y || e.Weight() != wxy {
					t.Errorf("directed WeightedEdge(%d, %d) = %v", x, y, e)
				}
			} else if e := d.Edge(x, y); e != nil {
				t.Errorf("directed Edge(%d, %d) = %v, want nil", x, y, e)
			}
			if got := u.HasEdgeBetween(x, y); got != (okxy || okyx) {
				t.Errorf("undirected HasEdgeBetween(%d, %d) = %v", x, y, got)
			}
			if okxy || okyx {
				if w, ok := u.Weight(x, y); !ok || w != wxy+wyx {
					t.Errorf("undirected Weight(%d, %d) = %v, %v; want %v", x, y, w, ok, wxy+wyx)
				}
			} else if e := u.EdgeBetween(x, y); e != nil {
				t.Errorf("undirected EdgeBetween(%d, %d) = %v, want nil", x, y, e)
			}
		}
		var prev int64 = -1
		for it := u.From(x); it.Next(); {
			if id := it.Node().ID(); id <= prev {
				t.Errorf("From(%d) out of order: %d after %d", x, id, prev)
			} else {
				prev = id
			}
		}
		for it := d.To(x); it.Next(); {
			if !d.HasEdgeFromTo(it.Node().ID(), x) {
				t.Errorf("To(%d) lists %d, which has no edge to it", x, it.Node().ID())
			}
		}
	}
	if w, ok := u.Weight(3, 3); !ok || w != 0 {
		t.Errorf("Weight(3, 3) = %v, %v; want 0, true", w, ok)
	}
	if d.Node(n) != nil || d.Node(-1) != nil || d.Node(0) == nil {
		t.Error("Node does not match the node range")
	}
	// gonum's own algorithms accept the graphs.
	if got := len(topo.ConnectedComponents(u)); got == 0 {
		t.Error("no connected components")
	}
}
