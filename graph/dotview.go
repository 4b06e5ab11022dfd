package graph

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	gonumgraph "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/encoding"
	"gonum.org/v1/gonum/graph/encoding/dot"
	"gonum.org/v1/gonum/graph/multi"
)

// How DOTOptions.Events draws events.
const (
	EventsAsNodes = "nodes" // An event is a diamond, linked to its participants.
	EventsAsEdges = "edges" // An event is an edge from each agent to each target.
)

// How DOTOptions.Cluster groups nodes into Graphviz clusters.
const (
	ClusterNone      = "none"
	ClusterCountry   = "country"   // One cluster per country: the entities that belong to it.
	ClusterDocument  = "document"  // One cluster per document: the nodes only it mentions.
	ClusterCommunity = "community" // One cluster per community of actors (Metrics).
)

// Graphviz layout engines that DOTOptions.Layout tunes the graph for.
const (
	LayoutDot   = "dot"
	LayoutSFDP  = "sfdp"
	LayoutNeato = "neato"
	LayoutFDP   = "fdp"
)

// EventModes, ClusterModes and Layouts list the accepted values of the
// fields of DOTOptions.
var (
	EventModes   = []string{EventsAsNodes, EventsAsEdges}
	ClusterModes = []string{ClusterCountry, ClusterDocument, ClusterCommunity, ClusterNone}
	Layouts      = []string{LayoutDot, LayoutSFDP, LayoutNeato, LayoutFDP}
)

// DOTOptions tune the DOT drawing of a graph. The zero value draws events as
// nodes, without clusters, for dot.
type DOTOptions struct {
	// Events is EventsAsNodes ("" too) or EventsAsEdges. As edges, each
	// ordered pair of actors that events join gets one edge labelled with
	// those events ("accuse (2024-03)"), coloured by their CAMEO QuadClass
	// (green for cooperation, red for conflict, orange for both) and as
	// wide as they are many; events without both an agent and a distinct
	// target, the speaker and location links of events, and the entities
	// that were linked to such events only are left out.
	Events string
	// Cluster is ClusterNone ("" too), ClusterCountry, ClusterDocument or
	// ClusterCommunity. Clusters of fewer than two nodes are not drawn.
	// dot and fdp draw clusters; sfdp and neato ignore them.
	Cluster string
	// Layout is the Graphviz engine the graph is drawn with: LayoutDot (""
	// too), LayoutSFDP, LayoutNeato or LayoutFDP. It chooses the graph
	// attributes (left-to-right ranks for dot; overlap removal and spline
	// routing for the others) and, when set, is written as the graph's
	// layout attribute, so that any Graphviz command draws the file with
	// that engine. dot and fdp get the legend as a cluster, sfdp and neato
	// as a table under the graph.
	Layout string
}

// Validate reports an unknown value in o.
func (o DOTOptions) Validate() error {
	check := func(name, v string, allowed []string) error {
		if v != "" && !slices.Contains(allowed, v) {
			return fmt.Errorf("%s %q: want one of %s", name, v, strings.Join(allowed, ", "))
		}
		return nil
	}
	return cmp.Or(check("events", o.Events, EventModes), check("cluster", o.Cluster, ClusterModes), check("layout", o.Layout, Layouts))
}

// EncodeDOTWith writes the graph in Graphviz DOT as o says. Nodes are sized
// by their mentions and carry their Metrics as "pagerank" and "community"
// attributes; edges are as wide as they are frequent. Output is
// deterministic: nodes and edges in key order, clusters in name order.
func EncodeDOTWith(w io.Writer, g *Graph, o DOTOptions) error {
	if err := o.Validate(); err != nil {
		return fmt.Errorf("graph: encode dot: %w", err)
	}
	v := newDOTView(g, o)
	b, err := dot.MarshalMulti(v, "", "", "\t")
	if err != nil {
		return fmt.Errorf("graph: encode dot: %w", err)
	}
	b = append(b, '\n')
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("graph: encode dot: %w", err)
	}
	return nil
}

// dotView is the graph as DOT draws it: styled nodes and lines, the legend
// and the clusters.
type dotView struct {
	*multi.DirectedGraph
	opts     DOTOptions
	clusters []dot.Multigraph
	kinds    map[Kind]bool // The kinds of the nodes drawn, for the legend.
}

// styledNode is a node of the drawing with its attributes.
type styledNode struct {
	id    int64
	dotID string
	attrs attrs
}

func (n *styledNode) ID() int64                        { return n.id }
func (n *styledNode) DOTID() string                    { return n.dotID }
func (n *styledNode) Attributes() []encoding.Attribute { return n.attrs }

// styledLine is an edge of the drawing with its attributes.
type styledLine struct {
	id       int64
	from, to *styledNode
	attrs    attrs
}

func (l *styledLine) From() gonumgraph.Node            { return l.from }
func (l *styledLine) To() gonumgraph.Node              { return l.to }
func (l *styledLine) ID() int64                        { return l.id }
func (l *styledLine) Attributes() []encoding.Attribute { return l.attrs }
func (l *styledLine) ReversedLine() gonumgraph.Line {
	r := *l
	r.from, r.to = l.to, l.from
	return &r
}

func newDOTView(g *Graph, o DOTOptions) *dotView {
	s := g.view()
	v := &dotView{DirectedGraph: multi.NewDirectedGraph(), opts: o, kinds: map[Kind]bool{}}
	asEdges := o.Events == EventsAsEdges
	var events []*collapsed
	linked, drawn := map[*Node]bool{}, map[*Node]bool{}
	if asEdges {
		// An entity whose every link went to events that draw no edge
		// (a place where events happened) is left out, not drawn alone.
		events = collapseEvents(s)
		for _, c := range events {
			drawn[c.agent], drawn[c.target] = true, true
		}
		for _, e := range s.edges {
			linked[e.from], linked[e.to] = true, true
			if e.from.Kind != KindEvent && e.to.Kind != KindEvent {
				drawn[e.from], drawn[e.to] = true, true
			}
		}
	}
	nodes := make(map[string]*styledNode, len(s.nodes))
	for _, n := range s.nodes {
		if asEdges && (n.Kind == KindEvent || linked[n] && !drawn[n]) {
			continue
		}
		sn := &styledNode{id: n.id, dotID: n.DOTID(), attrs: nodeStyle(n)}
		nodes[n.Key] = sn
		v.kinds[n.Kind] = true
		v.AddNode(sn)
	}
	var lid int64
	addLine := func(from, to *styledNode, a attrs) {
		v.SetLine(&styledLine{id: lid, from: from, to: to, attrs: a})
		lid++
	}
	for _, e := range s.edges {
		from, to := nodes[e.Source], nodes[e.Target]
		if from == nil || to == nil {
			continue // An event's link, drawn below.
		}
		addLine(from, to, e.Attributes())
	}
	for _, c := range events {
		addLine(nodes[c.agent.Key], nodes[c.target.Key], c.attributes())
	}
	v.clusters = clusters(s, o.Cluster, nodes)
	return v
}

// nodeStyle returns the DOT attributes of n: its kind's, a font size
// growing with its mentions (entities), and its Metrics.
func nodeStyle(n *Node) attrs {
	a := attrs(n.Attributes())
	if n.Kind != KindEvent && n.Mentions > 1 {
		a = append(a, kv("fontsize", fontsize(n.Mentions))...)
	}
	if m := n.Metrics; m != nil {
		a = append(a, kv("community", strconv.Itoa(m.Community), "pagerank", formatFloat(m.PageRank))...)
	}
	return a
}

// fontsize returns 10 + 2·log2(mentions), at most 20, to one decimal: the
// label, and with it the node, grows with the mentions.
func fontsize(mentions int) string {
	f := 10.0
	if mentions > 1 {
		f = min(20, f+2*math.Log2(float64(mentions)))
	}
	return strconv.FormatFloat(math.Round(f*10)/10, 'f', -1, 64)
}

func (v *dotView) DOTID() string { return "newsgraph" }

func (v *dotView) DOTAttributers() (graph, node, edge encoding.Attributer) {
	var ga attrs
	switch v.opts.Layout {
	case "", LayoutDot:
		ga = kv("rankdir", "LR", "fontname", "Helvetica", "overlap", "false", "splines", "true", "outputorder", "edgesfirst")
		if v.opts.Cluster != "" && v.opts.Cluster != ClusterNone {
			ga = append(ga, kv("newrank", "true")...)
		}
	case LayoutSFDP:
		ga = kv("fontname", "Helvetica", "overlap", "prism", "overlap_scaling", "-4", "sep", quoteDOT("+6"), "splines", "true", "outputorder", "edgesfirst", "K", "1.2", "repulsiveforce", "1.5")
	case LayoutNeato, LayoutFDP:
		ga = kv("fontname", "Helvetica", "overlap", "prism", "sep", quoteDOT("+6"), "splines", "true", "outputorder", "edgesfirst")
	}
	if v.opts.Layout != "" {
		ga = append(ga, kv("layout", v.opts.Layout)...)
	}
	if !v.legendCluster() {
		ga = append(ga, kv("label", legendTable(v.legendKinds(), v.opts.Events == EventsAsEdges), "labelloc", "b", "fontsize", "10")...)
	}
	node = kv("fontname", "Helvetica", "fontsize", "10", "style", "filled")
	edge = kv("fontname", "Helvetica", "fontsize", "8", "arrowsize", "0.7")
	if v.opts.Events == EventsAsEdges {
		edge = kv("fontname", "Helvetica", "fontsize", "10", "arrowsize", "0.7")
	}
	return ga, node, edge
}

// legendCluster reports whether the legend is drawn as a cluster (dot,
// fdp) rather than as a table under the graph (sfdp, neato).
func (v *dotView) legendCluster() bool {
	return v.opts.Layout == "" || v.opts.Layout == LayoutDot || v.opts.Layout == LayoutFDP
}

func (v *dotView) Structure() []dot.Multigraph {
	var out []dot.Multigraph
	if v.legendCluster() {
		l := newLegend()
		kinds := v.legendKinds()
		var drop []int64
		for it := l.Nodes(); it.Next(); {
			if n := it.Node().(legendNode); !slices.Contains(kinds, n.kind) {
				drop = append(drop, n.id)
			}
		}
		for _, id := range drop {
			l.RemoveNode(id)
		}
		out = append(out, l)
	}
	return append(out, v.clusters...)
}

// legendKinds returns the node kinds the legend shows: those drawn, or all
// of them for an empty drawing.
func (v *dotView) legendKinds() []Kind {
	all := []Kind{KindPerson, KindOrganization, KindCountry, KindLocation, KindEvent}
	if len(v.kinds) == 0 {
		return all
	}
	var out []Kind
	for _, k := range all {
		if v.kinds[k] {
			out = append(out, k)
		}
	}
	return out
}

// legendTable returns the legend as a Graphviz HTML-like table: a cell
// per node kind, in its colour, and the edge colours.
func legendTable(kinds []Kind, eventsAsEdges bool) string {
	var b strings.Builder
	b.WriteString(`<<table border="0" cellborder="1" cellspacing="2" cellpadding="3"><tr>`)
	for _, k := range kinds {
		_, fill := kindStyle(k)
		fmt.Fprintf(&b, `<td bgcolor="%s">%s</td>`, fill, k)
	}
	b.WriteString(`<td border="0">`)
	if eventsAsEdges {
		b.WriteString(`<font color="darkgreen">cooperation</font> <font color="firebrick">conflict</font> <font color="darkorange">both</font>`)
	} else {
		b.WriteString(`<font color="darkgreen">agent</font> <font color="firebrick">target</font>`)
	}
	b.WriteString(` <font color="royalblue">title</font> <font color="grey40">place</font></td></tr></table>>`)
	return b.String()
}

// collapsed is the events from one agent to one target, drawn as an edge.
type collapsed struct {
	agent, target *Node
	events        []*Node
}

// collapseEvents returns an edge per ordered pair of distinct actors that
// events join, agent to target, in key order; each lists its events by
// date (undated last), then action, then id.
func collapseEvents(s *snapshot) []*collapsed {
	agents, targets := map[*Node][]*Node{}, map[*Node][]*Node{}
	for _, e := range s.edges {
		switch {
		case e.Relation == RelAgent && e.to.Kind == KindEvent && e.from.Kind != KindEvent:
			agents[e.to] = append(agents[e.to], e.from)
		case e.Relation == RelTarget && e.from.Kind == KindEvent && e.to.Kind != KindEvent:
			targets[e.from] = append(targets[e.from], e.to)
		}
	}
	pairs := map[[2]string]*collapsed{}
	for _, ev := range s.nodes {
		if ev.Kind != KindEvent {
			continue
		}
		for _, a := range agents[ev] {
			for _, t := range targets[ev] {
				if a == t {
					continue
				}
				k := [2]string{a.Key, t.Key}
				if pairs[k] == nil {
					pairs[k] = &collapsed{agent: a, target: t}
				}
				pairs[k].events = append(pairs[k].events, ev)
			}
		}
	}
	out := make([]*collapsed, 0, len(pairs))
	for _, c := range pairs {
		slices.SortFunc(c.events, func(a, b *Node) int {
			da, db := a.Event.Date, b.Event.Date
			return cmp.Or(cmp.Compare(boolInt(da == ""), boolInt(db == "")), cmp.Compare(da, db), cmp.Compare(a.Label, b.Label), cmp.Compare(a.Key, b.Key))
		})
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b *collapsed) int {
		return cmp.Or(cmp.Compare(a.agent.Key, b.agent.Key), cmp.Compare(a.target.Key, b.target.Key))
	})
	return out
}

// maxEdgeLabelLines is how many events an edge's label lists before "+N
// more"; the tooltip lists them all.
const maxEdgeLabelLines = 3

func (c *collapsed) attributes() attrs {
	var lines []string
	coop, conflict, negated := 0, 0, 0
	for _, ev := range c.events {
		lines = append(lines, eventCaption(ev))
		switch ev.Event.QuadClass {
		case 1, 2:
			coop++
		case 3, 4:
			conflict++
		}
		if ev.Event.Negated {
			negated++
		}
	}
	label := lines
	if len(lines) > maxEdgeLabelLines {
		label = append(slices.Clone(lines[:maxEdgeLabelLines-1]), fmt.Sprintf("+%d more", len(lines)-maxEdgeLabelLines+1))
	}
	color := "grey40"
	switch {
	case coop > 0 && conflict > 0:
		color = "darkorange"
	case coop > 0:
		color = "darkgreen"
	case conflict > 0:
		color = "firebrick"
	}
	a := kv("label", quoteDOT(strings.Join(label, "\n")), "color", color, "fontcolor", color,
		"penwidth", penwidth(len(c.events)), "weight", strconv.Itoa(len(c.events)),
		"tooltip", quoteDOT(c.agent.Label+" → "+c.target.Label+": "+strings.Join(lines, "; ")))
	if negated == len(c.events) {
		a = append(a, kv("style", "dashed")...)
	}
	return a
}

// eventCaption names an event as a DOT label does: "not expel (2025-10)".
func eventCaption(n *Node) string {
	ev := n.Event
	s := n.Label
	switch {
	case ev.Negated:
		s = "not " + s
	case ev.Modality == "hypothetical":
		s += "?"
	case ev.Modality == "future":
		s = "will " + s
	}
	if ev.Date != "" {
		s += " (" + ev.Date + ")"
	}
	return s
}

// cluster is a Graphviz cluster: bare references to nodes defined in the
// main graph, and a label.
type cluster struct {
	*multi.DirectedGraph
	name, label string
	fill        string
}

func (c cluster) DOTID() string { return c.name }

func (c cluster) DOTAttributers() (graph, node, edge encoding.Attributer) {
	return kv("label", quoteDOT(c.label), "style", quoteDOT("rounded,filled"), "fillcolor", quoteDOT(c.fill),
		"color", "grey60", "fontsize", "12"), nil, nil
}

// clusterFills are the pale background colours of clusters, in turn.
var clusterFills = []string{"#f2f6fc", "#fcf5ec", "#eef8ef", "#f8eff8", "#fbfbe9", "#eef6f6", "#f6f0ea", "#f3f3f3"}

// clusters returns the clusters of the drawing for mode, in name order.
func clusters(s *snapshot, mode string, nodes map[string]*styledNode) []dot.Multigraph {
	type group struct {
		sort   string
		name   string
		label  string
		member []*styledNode
	}
	groups := map[string]*group{}
	add := func(sortKey, name, label string, n *styledNode) {
		gr := groups[name]
		if gr == nil {
			gr = &group{sort: sortKey, name: name, label: label}
			groups[name] = gr
		}
		gr.member = append(gr.member, n)
	}
	docIndex := map[string]int{}
	for i, d := range s.docs {
		docIndex[d.ID] = i
	}
	for _, n := range s.nodes {
		sn := nodes[n.Key]
		if sn == nil {
			continue
		}
		switch mode {
		case ClusterCountry:
			if n.Kind == KindEvent || n.Country == "" {
				continue
			}
			label := n.Country
			if c := s.byKey["country:"+n.Country]; c != nil {
				label = c.Label
			}
			add(n.Country, "cluster_country_"+n.Country, label, sn)
		case ClusterDocument:
			if len(n.Documents) != 1 {
				continue
			}
			i, ok := docIndex[n.Documents[0]]
			if !ok {
				continue
			}
			d := s.docs[i]
			label := d.ID
			if d.Title != "" {
				label = truncate(d.Title, 60) + "\n" + d.ID
			}
			add(fmt.Sprintf("%09d", i), "cluster_document_"+strconv.Itoa(i+1), label, sn)
		case ClusterCommunity:
			if n.Metrics == nil || n.Metrics.Community == 0 {
				continue
			}
			c := n.Metrics.Community
			add(fmt.Sprintf("%09d", c), "cluster_community_"+strconv.Itoa(c), "community "+strconv.Itoa(c), sn)
		}
	}
	list := make([]*group, 0, len(groups))
	for _, gr := range groups {
		if len(gr.member) >= 2 {
			list = append(list, gr)
		}
	}
	slices.SortFunc(list, func(a, b *group) int { return cmp.Compare(a.sort, b.sort) })
	out := make([]dot.Multigraph, 0, len(list))
	for i, gr := range list {
		c := cluster{DirectedGraph: multi.NewDirectedGraph(), name: gr.name, label: gr.label, fill: clusterFills[i%len(clusterFills)]}
		for _, m := range gr.member {
			c.AddNode(&styledNode{id: m.id, dotID: m.dotID})
		}
		out = append(out, c)
	}
	return out
}

// truncate cuts s to at most n runes, with "…" when it cut.
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
