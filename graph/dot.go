package graph

import (
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"gonum.org/v1/gonum/graph/encoding"
	"gonum.org/v1/gonum/graph/multi"
)

// EncodeDOT writes the graph in Graphviz DOT, with a legend of node types:
// EncodeDOTWith with the default DOTOptions. Node ids are the contract ids;
// nodes and edges come in key order.
func EncodeDOT(w io.Writer, g *Graph) error {
	return EncodeDOTWith(w, g, DOTOptions{})
}

// legend is the cluster_legend subgraph: one sample node per kind.
type legend struct{ *multi.DirectedGraph }

func newLegend() legend {
	l := legend{multi.NewDirectedGraph()}
	for i, k := range []Kind{KindPerson, KindOrganization, KindCountry, KindLocation, KindEvent} {
		l.AddNode(legendNode{id: int64(i), kind: k})
	}
	return l
}

func (legend) DOTID() string { return "cluster_legend" }

func (legend) DOTAttributers() (graph, node, edge encoding.Attributer) {
	return kv("label", "Legend", "style", "rounded,dashed", "color", "grey50", "fontsize", "10"), nil, nil
}

type legendNode struct {
	id   int64
	kind Kind
}

func (n legendNode) ID() int64     { return n.id }
func (n legendNode) DOTID() string { return quoteDOT("legend:" + string(n.kind)) }
func (n legendNode) Attributes() []encoding.Attribute {
	shape, fill := kindStyle(n.kind)
	return kv("label", quoteDOT(string(n.kind)), "shape", shape, "fillcolor", fill)
}

// kindStyle returns the Graphviz shape and fill colour of a node kind.
func kindStyle(k Kind) (shape, fill string) {
	switch k {
	case KindPerson:
		return "ellipse", "lightblue"
	case KindOrganization:
		return "box", "palegreen"
	case KindCountry:
		return "doubleoctagon", "gold"
	case KindLocation:
		return "house", "lightgrey"
	case KindEvent:
		return "diamond", "pink"
	}
	return "ellipse", "white"
}

// DOTID returns the node's DOT id: its key as a quoted string.
func (n *Node) DOTID() string { return quoteDOT(n.Key) }

// Attributes returns the node's DOT attributes: label, shape, colour, tooltip.
func (n *Node) Attributes() []encoding.Attribute {
	shape, fill := kindStyle(n.Kind)
	label := n.Label
	var extra attrs
	if ev := n.Event; ev != nil {
		switch {
		case ev.Negated:
			label = "not " + label
			extra = kv("style", quoteDOT("filled,dashed"))
		case ev.Modality == "hypothetical":
			label += "?"
			extra = kv("style", quoteDOT("filled,dotted"))
		case ev.Modality == "future":
			label = "will " + label
		}
		if ev.Date != "" {
			label += " (" + ev.Date + ")"
		}
		extra = append(extra, kv("fontsize", "8", "margin", "0.02")...)
	}
	a := kv("label", quoteDOT(label), "shape", shape, "fillcolor", fill)
	a = append(a, extra...)
	return append(a, kv("tooltip", quoteDOT(n.Key))...)
}

// Attributes returns the edge's DOT attributes: a label (the relation, or
// the role titles), a colour and a pen width growing with the weight.
func (e *Edge) Attributes() []encoding.Attribute {
	label, color := string(e.Relation), "black"
	switch e.Relation {
	case RelAgent:
		color = "darkgreen"
	case RelTarget:
		color = "firebrick"
	case RelRole:
		color = "royalblue"
		var titles []string
		for _, r := range e.from.Roles {
			if r.Of == e.Target {
				titles = append(titles, r.Title)
			}
		}
		if len(titles) > 0 {
			label = strings.Join(titles, ", ")
		}
	case RelLocatedIn:
		label, color = "located in", "grey40"
	case RelSpeaker:
		label, color = "says", "grey40"
	case RelLocation:
		label, color = "in", "grey40"
	}
	a := kv("label", quoteDOT(label), "color", color, "penwidth", penwidth(e.Weight))
	switch e.Relation {
	case RelLocatedIn, RelLocation:
		a = append(a, kv("style", "dashed")...)
	case RelSpeaker:
		a = append(a, kv("style", "dotted")...)
	}
	return a
}

// penwidth returns 1 + log2(weight), to two decimals.
func penwidth(weight int) string {
	w := 1.0
	if weight > 1 {
		w += math.Log2(float64(weight))
	}
	return strconv.FormatFloat(math.Round(w*100)/100, 'f', -1, 64)
}

// attrs is a list of DOT attributes.
type attrs []encoding.Attribute

func (a attrs) Attributes() []encoding.Attribute { return a }

// kv makes attributes from alternating keys and values.
func kv(pairs ...string) attrs {
	a := make(attrs, 0, len(pairs)/2)
	for i := 0; i+1 < len(pairs); i += 2 {
		a = append(a, encoding.Attribute{Key: pairs[i], Value: pairs[i+1]})
	}
	return a
}

// quoteDOT returns s as a DOT double-quoted string that Graphviz shows as s:
// quotes and backslashes are escaped, line breaks become \n, other control
// characters become spaces, and invalid UTF-8 and U+FFFD (which gonum's DOT
// parser rejects) become '?'; other text, non-ASCII included, is kept as
// UTF-8. The result is also a valid Go string literal, so gonum's encoder
// writes it unchanged.
func quoteDOT(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\r' && i < len(s) && s[i] == '\n':
			// Part of a CRLF: the '\n' makes the break.
		case r == '\n' || r == '\r':
			b.WriteString(`\n`)
		case r < 0x20 || (r >= 0x7f && r < 0xa0):
			b.WriteByte(' ')
		case r == utf8.RuneError:
			b.WriteByte('?')
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
