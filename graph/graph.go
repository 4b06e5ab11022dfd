package graph

import (
	"cmp"
	"slices"

	gonumgraph "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/multi"
)

// Kind is the type of a node.
type Kind string

// The node kinds.
const (
	KindPerson       Kind = "person"
	KindOrganization Kind = "organization"
	KindCountry      Kind = "country"
	KindLocation     Kind = "location"
	KindEvent        Kind = "event"
)

// Relation is the type of an edge.
type Relation string

// The edge relations.
const (
	RelAgent     Relation = "agent"      // From the actor who acts to the event.
	RelTarget    Relation = "target"     // From the event to the actor acted upon.
	RelRole      Relation = "role"       // From a person to the country or organization of a title.
	RelLocatedIn Relation = "located_in" // From a location to its country.
	RelSpeaker   Relation = "speaker"    // From who reports an event to the event ("Collins said ...").
	RelLocation  Relation = "location"   // From an event to the place where it happened.
)

// Document is an article of the graph.
type Document struct {
	ID        string // Unique id, e.g. "nz-apt40.txt".
	Path      string // Where the text came from.
	Title     string // The headline.
	Date      string // Article date (ISO 8601), or "".
	URL       string // Where the article was published, or "".
	Source    string // Who published it (site or agency), or "".
	Sentences int    // Number of sentences.
	SHA256    string // Hex SHA-256 of the text.
}

// Evidence is a sentence in which a fact was read.
type Evidence struct {
	Document string // Document id.
	Sentence int    // 0-based sentence index.
	Start    int    // Byte offsets of the sentence in the document text.
	End      int
	Text     string // The sentence text.
}

// Role is a title a person holds, merged across documents.
type Role struct {
	Title    string     // Lower-case title as written: "foreign minister".
	Of       string     // Node id of the country or organization, or "".
	Code     string     // Role code: GOV, MIL, DIP, ..., or "".
	Evidence []Evidence // Every sentence that gives the title.
}

// Event holds the fields particular to an event node.
type Event struct {
	Action       string     // Verb lemma: "attack", "meet".
	Category     string     // CAMEO root category code "01".."20".
	CategoryName string     // CAMEO root category name.
	CAMEO        string     // Full CAMEO code.
	QuadClass    int        // CAMEO QuadClass 1..4.
	Goldstein    float64    // Goldstein scale value.
	Date         string     // ISO 8601 at the precision the text gives, or "".
	Negated      bool       // The text says it did not or will not happen.
	Modality     string     // asserted, future or hypothetical.
	Evidence     []Evidence // The sentences that report the event.
}

// Node is an entity or an event. A *Node is a gonum graph node.
type Node struct {
	Key       string   // The contract id: "country:NZL", "person:judith-collins", "event:3f9a0c1d2e4b".
	Kind      Kind     // Node type.
	Label     string   // Canonical name; the action for events.
	Aliases   []string // Other surface forms seen, sorted; empty for events.
	Country   string   // ISO alpha-3 code the entity belongs to, or "".
	Mentions  int      // Mentions of the entity, or reports of the event.
	Documents []string // Ids of the documents that mention or refer to the node, sorted.
	Roles     []Role   // Titles, sorted by (Title, Of); never nil for persons.
	Event     *Event   // Event fields; nil for entities.
	Metrics   *Metrics // Community and PageRank of an actor, once set (see SetMetrics); nil otherwise.

	id int64
}

// ID returns the node's gonum id: its position in key order. IDs are
// reassigned when documents are added.
func (n *Node) ID() int64 { return n.id }

// Edge is a relation between two nodes, merged across documents. An *Edge is
// a gonum graph line.
type Edge struct {
	Source   string     // Node id of the source.
	Target   string     // Node id of the target.
	Relation Relation   // Edge type.
	Weight   int        // How many times the relation was seen.
	Evidence []Evidence // Where it was seen, sorted by (document, sentence, start).

	id       int64
	from, to *Node
}

// From returns the source node.
func (e *Edge) From() gonumgraph.Node { return e.from }

// To returns the target node.
func (e *Edge) To() gonumgraph.Node { return e.to }

// ID returns the edge's gonum line id: its position in edge order.
func (e *Edge) ID() int64 { return e.id }

// ReversedLine returns a copy of the edge with source and target swapped.
func (e *Edge) ReversedLine() gonumgraph.Line {
	r := *e
	r.from, r.to = e.to, e.from
	r.Source, r.Target = e.Target, e.Source
	return &r
}

// Graph is the knowledge graph of a set of documents. The zero value is an
// empty graph. A Graph is not safe for concurrent use, even for reading.
type Graph struct {
	docs  map[string]Document
	nodes map[string]*nodeState
	edges map[edgeKey]*edgeState
	snap  *snapshot         // nil when documents were added since the last read
	texts map[[2]int]string // sentence texts of the document being added
}

// New returns an empty graph.
func New() *Graph {
	return &Graph{
		docs:  make(map[string]Document),
		nodes: make(map[string]*nodeState),
		edges: make(map[edgeKey]*edgeState),
	}
}

// Documents returns the documents of the graph, sorted by id.
func (g *Graph) Documents() []Document { return slices.Clone(g.view().docs) }

// Document returns the document with the given id.
func (g *Graph) Document(id string) (Document, bool) {
	d, ok := g.docs[id]
	return d, ok
}

// Nodes returns the nodes sorted by key. The nodes must not be modified.
func (g *Graph) Nodes() []*Node { return slices.Clone(g.view().nodes) }

// Node returns the node with the given key, or nil.
func (g *Graph) Node(key string) *Node { return g.view().byKey[key] }

// Edges returns the edges sorted by (source, target, relation). The edges
// must not be modified.
func (g *Graph) Edges() []*Edge { return slices.Clone(g.view().edges) }

// Multigraph returns the graph as a gonum directed multigraph whose nodes are
// *Node and whose lines are *Edge. It must not be modified.
func (g *Graph) Multigraph() gonumgraph.DirectedMultigraph { return g.view().mg }

// snapshot is the sorted, read-only form of a graph.
type snapshot struct {
	docs  []Document
	nodes []*Node
	edges []*Edge
	byKey map[string]*Node
	mg    *multi.DirectedGraph
}

// view returns the snapshot of the graph, building it if needed. Node and
// line ids are assigned in key order, so gonum's sorted output is stable.
func (g *Graph) view() *snapshot {
	if g.snap != nil {
		return g.snap
	}
	s := &snapshot{byKey: make(map[string]*Node, len(g.nodes)), mg: multi.NewDirectedGraph()}

	for _, id := range sortedKeys(g.docs) {
		s.docs = append(s.docs, g.docs[id])
	}
	for _, key := range sortedKeys(g.nodes) {
		n := g.nodes[key].node()
		if n == nil {
			continue
		}
		n.id = int64(len(s.nodes))
		s.nodes = append(s.nodes, n)
		s.byKey[key] = n
		s.mg.AddNode(n)
	}

	keys := make([]edgeKey, 0, len(g.edges))
	for k := range g.edges {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, compareEdgeKeys)
	for _, k := range keys {
		from, to := s.byKey[k.source], s.byKey[k.target]
		if from == nil || to == nil {
			continue // An endpoint without a node: see Add.
		}
		st := g.edges[k]
		e := &Edge{
			Source:   k.source,
			Target:   k.target,
			Relation: k.relation,
			Weight:   st.weight,
			Evidence: sortedEvidence(st.evidence),
			id:       int64(len(s.edges)),
			from:     from,
			to:       to,
		}
		s.edges = append(s.edges, e)
		s.mg.SetLine(e)
	}
	g.snap = s
	return s
}

// edgeKey identifies a merged edge.
type edgeKey struct {
	source, target string
	relation       Relation
}

func compareEdgeKeys(a, b edgeKey) int {
	return cmp.Or(
		cmp.Compare(a.source, b.source),
		cmp.Compare(a.target, b.target),
		cmp.Compare(a.relation, b.relation),
	)
}

func compareEvidence(a, b Evidence) int {
	return cmp.Or(
		cmp.Compare(a.Document, b.Document),
		cmp.Compare(a.Sentence, b.Sentence),
		cmp.Compare(a.Start, b.Start),
		cmp.Compare(a.End, b.End),
		cmp.Compare(a.Text, b.Text),
	)
}

// sortedEvidence returns a sorted copy of ev, never nil.
func sortedEvidence(ev []Evidence) []Evidence {
	out := append([]Evidence{}, ev...)
	slices.SortFunc(out, compareEvidence)
	return out
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
