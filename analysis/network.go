package analysis

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"

	gonumgraph "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/iterator"
)

// The gonum graphs in this file list nodes and neighbours in ID order. gonum's
// simple graphs iterate maps, so the order in which Louvain and PageRank add
// up floating-point weights would change from run to run, and with it the
// last bits of the results and, through near ties, the communities.

// actorNode is an actor in the gonum graphs: its ID is the index of its wire
// id in the sorted list of actor ids.
type actorNode int64

// ID returns the node's gonum ID.
func (n actorNode) ID() int64 { return int64(n) }

// arc is a weighted edge of a network.
type arc struct {
	from, to actorNode
	w        float64
}

func (e arc) From() gonumgraph.Node         { return e.from }
func (e arc) To() gonumgraph.Node           { return e.to }
func (e arc) ReversedEdge() gonumgraph.Edge { e.from, e.to = e.to, e.from; return e }
func (e arc) Weight() float64               { return e.w }

// adjacency is the neighbours of one node, sorted by ID.
type adjacency struct {
	nodes []gonumgraph.Node
	ids   []int64
	w     []float64
}

func (a *adjacency) add(id int64, w float64) {
	a.nodes = append(a.nodes, actorNode(id))
	a.ids = append(a.ids, id)
	a.w = append(a.w, w)
}

func (a *adjacency) weight(id int64) (float64, bool) {
	i, ok := slices.BinarySearch(a.ids, id)
	if !ok {
		return 0, false
	}
	return a.w[i], true
}

// pairKey is an ordered pair of actor indices.
type pairKey [2]int

// base holds what both network types share: n nodes with IDs 0..n-1 and
// their outgoing neighbours.
type base struct {
	all []gonumgraph.Node
	out []adjacency
}

// newBase builds the node list and the outgoing adjacency of weights.
func newBase(n int, weights map[pairKey]float64) base {
	b := base{all: make([]gonumgraph.Node, n), out: make([]adjacency, n)}
	for i := range b.all {
		b.all[i] = actorNode(i)
	}
	keys := make([]pairKey, 0, len(weights))
	for k := range weights {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, comparePairs)
	for _, k := range keys {
		b.out[k[0]].add(int64(k[1]), weights[k])
	}
	return b
}

func comparePairs(a, b pairKey) int {
	return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1]))
}

func (b *base) valid(id int64) bool { return id >= 0 && id < int64(len(b.all)) }

// Node returns the node with the given ID, or nil.
func (b *base) Node(id int64) gonumgraph.Node {
	if !b.valid(id) {
		return nil
	}
	return actorNode(id)
}

// Nodes returns every node in ID order.
func (b *base) Nodes() gonumgraph.Nodes { return iterator.NewOrderedNodes(b.all) }

// From returns the neighbours reached from id, in ID order.
func (b *base) From(id int64) gonumgraph.Nodes {
	if !b.valid(id) || len(b.out[id].nodes) == 0 {
		return gonumgraph.Empty
	}
	return iterator.NewOrderedNodes(b.out[id].nodes)
}

// weightFrom returns the weight of the edge from x to y, following gonum's
// Weight convention: a node is joined to itself with weight 0.
func (b *base) weightFrom(xid, yid int64) (float64, bool) {
	if !b.valid(xid) || !b.valid(yid) {
		return 0, false
	}
	if xid == yid {
		return 0, true
	}
	return b.out[xid].weight(yid)
}

// edgeFrom returns the edge from u to v, or a nil interface.
func (b *base) edgeFrom(uid, vid int64) gonumgraph.WeightedEdge {
	if uid == vid {
		return nil
	}
	w, ok := b.weightFrom(uid, vid)
	if !ok {
		return nil
	}
	return arc{from: actorNode(uid), to: actorNode(vid), w: w}
}

// undirected is the undirected weighted actor network.
type undirected struct{ base }

var _ gonumgraph.WeightedUndirected = (*undirected)(nil)

// newUndirected returns the undirected network of n nodes whose edge {a, b}
// has weight weights[{a, b}] + weights[{b, a}].
func newUndirected(n int, weights map[pairKey]float64) *undirected {
	sym := make(map[pairKey]float64, 2*len(weights))
	for k, w := range weights {
		if k[0] == k[1] {
			continue
		}
		sym[k] += w
		sym[pairKey{k[1], k[0]}] += w
	}
	return &undirected{newBase(n, sym)}
}

func (g *undirected) HasEdgeBetween(xid, yid int64) bool  { return g.edgeFrom(xid, yid) != nil }
func (g *undirected) Edge(uid, vid int64) gonumgraph.Edge { return g.WeightedEdge(uid, vid) }
func (g *undirected) EdgeBetween(xid, yid int64) gonumgraph.Edge {
	return g.WeightedEdge(xid, yid)
}
func (g *undirected) WeightedEdgeBetween(xid, yid int64) gonumgraph.WeightedEdge {
	return g.WeightedEdge(xid, yid)
}

// WeightedEdge returns the edge from u to v, or nil.
func (g *undirected) WeightedEdge(uid, vid int64) gonumgraph.WeightedEdge {
	return g.edgeFrom(uid, vid)
}

// Weight returns the weight of the edge between x and y.
func (g *undirected) Weight(xid, yid int64) (float64, bool) { return g.weightFrom(xid, yid) }

// directed is the directed weighted view of the actor network that PageRank
// reads.
type directed struct {
	base
	in []adjacency
}

var _ gonumgraph.WeightedDirected = (*directed)(nil)

// newDirected returns the directed network of n nodes with an edge a → b of
// weight weights[{a, b}] for each key; keys with a == b are dropped.
func newDirected(n int, weights map[pairKey]float64) *directed {
	arcs := make(map[pairKey]float64, len(weights))
	rev := make(map[pairKey]float64, len(weights))
	for k, w := range weights {
		if k[0] == k[1] {
			continue
		}
		arcs[k] = w
		rev[pairKey{k[1], k[0]}] = w
	}
	return &directed{base: newBase(n, arcs), in: newBase(n, rev).out}
}

func (g *directed) HasEdgeBetween(xid, yid int64) bool {
	return g.edgeFrom(xid, yid) != nil || g.edgeFrom(yid, xid) != nil
}
func (g *directed) HasEdgeFromTo(uid, vid int64) bool   { return g.edgeFrom(uid, vid) != nil }
func (g *directed) Edge(uid, vid int64) gonumgraph.Edge { return g.WeightedEdge(uid, vid) }

// WeightedEdge returns the edge from u to v, or nil.
func (g *directed) WeightedEdge(uid, vid int64) gonumgraph.WeightedEdge {
	return g.edgeFrom(uid, vid)
}

// Weight returns the weight of the edge from x to y.
func (g *directed) Weight(xid, yid int64) (float64, bool) { return g.weightFrom(xid, yid) }

// To returns the nodes with an edge to id, in ID order.
func (g *directed) To(id int64) gonumgraph.Nodes {
	if !g.valid(id) || len(g.in[id].nodes) == 0 {
		return gonumgraph.Empty
	}
	return iterator.NewOrderedNodes(g.in[id].nodes)
}

// maxPageRankIterations bounds the power iteration; on the graphs newsgraph
// builds it converges in well under a hundred.
const maxPageRankIterations = 10000

// pageRank returns the edge-weighted PageRank of every node of g, indexed by
// node ID and summing to 1. It computes what gonum's network.PageRankSparse
// computes for a graph.WeightedDirected (same damping, dangling-node and
// teleport terms, same stopping rule on the 2-norm of the change), but starts
// from the uniform vector rather than a random one, so that the result is the
// same to the last bit every run; a test checks it against gonum's.
func pageRank(g *directed, damp, tol float64) []float64 {
	n := len(g.all)
	if n == 0 {
		return nil
	}
	// Out-weight of each node; a node with none is dangling.
	z := make([]float64, n)
	for u := range n {
		for _, w := range g.out[u].w {
			z[u] += w
		}
	}
	// coef[v][k] is the share of in-neighbour g.in[v].ids[k]'s rank that
	// flows to v.
	coef := make([][]float64, n)
	for v := range n {
		in := g.in[v]
		coef[v] = make([]float64, len(in.ids))
		for k, u := range in.ids {
			coef[v][k] = damp * in.w[k] / z[u]
		}
	}
	rank := make([]float64, n)
	for i := range rank {
		rank[i] = 1 / float64(n)
	}
	next := make([]float64, n)
	for range maxPageRankIterations {
		var dangling, total float64
		for u, r := range rank {
			total += r
			if z[u] == 0 {
				dangling += r
			}
		}
		shared := (damp*dangling + (1-damp)*total) / float64(n)
		var diff float64
		for v := range n {
			s := shared
			for k, u := range g.in[v].ids {
				s += coef[v][k] * rank[u]
			}
			next[v] = s
			d := s - rank[v]
			diff += d * d
		}
		rank, next = next, rank
		if math.Sqrt(diff) < tol {
			break
		}
	}
	var sum float64
	for _, r := range rank {
		sum += r
	}
	for i := range rank {
		rank[i] /= sum
	}
	return rank
}

// louvain returns the community of every node of g (indexed by node ID) as
// found by gonum's Louvain modularisation at resolution 1 with a source
// seeded by seed, and the modularity Q of that partition. Communities are
// numbered in the order gonum lists them.
func louvain(g *undirected, seed uint64) (membership []int, q float64) {
	n := len(g.all)
	membership = make([]int, n)
	if n == 0 {
		return membership, 0
	}
	reduced := community.Modularize(g, 1, rand.NewPCG(seed, seed))
	comms := reduced.Communities()
	for c, members := range comms {
		for _, m := range members {
			membership[m.ID()] = c
		}
	}
	var hasEdges bool
	for _, a := range g.out {
		if len(a.ids) > 0 {
			hasEdges = true
			break
		}
	}
	if hasEdges {
		q = community.Q(g, comms, 1)
	}
	return membership, q
}
