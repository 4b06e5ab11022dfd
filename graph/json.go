package graph

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// SchemaVersion is the value of the "schema" field of the JSON wire form.
const SchemaVersion = "newsgraph/v1"

// Wire is the JSON wire form of a graph (newsgraph/v1).
type Wire struct {
	Schema    string         `json:"schema"`
	Documents []WireDocument `json:"documents"`
	Nodes     []WireNode     `json:"nodes"`
	Edges     []WireEdge     `json:"edges"`
	// Merge is what combining this graph with others needs beyond the
	// fields above; nil when there is nothing to say. See WireMerge.
	Merge *WireMerge `json:"merge,omitempty"`
}

// WireDocument is a document in the wire form.
type WireDocument struct {
	ID        string  `json:"id"`
	Path      string  `json:"path"`
	Title     string  `json:"title"`
	Date      *string `json:"date"`             // null when unknown.
	URL       string  `json:"url,omitempty"`    // Left out when unknown.
	Source    string  `json:"source,omitempty"` // Left out when unknown.
	Sentences int     `json:"sentences"`
	SHA256    string  `json:"sha256"`
}

// WireNode is a node in the wire form. Entities carry aliases (never null),
// country and, for persons, roles (never null); events carry the WireEvent
// fields instead.
type WireNode struct {
	ID    string `json:"id"`
	Type  Kind   `json:"type"`
	Label string `json:"label"`
	*WireEvent
	Aliases   []string   `json:"aliases,omitzero"`
	Roles     []WireRole `json:"roles,omitzero"`
	Country   string     `json:"country,omitempty"`
	Mentions  int        `json:"mentions"`
	Documents []string   `json:"documents"`
	// Community and PageRank are the actor's figures in the actor network
	// (see Metrics); absent for events and for graphs without them.
	Community *int     `json:"community,omitempty"`
	PageRank  *float64 `json:"pagerank,omitempty"`
}

// WireEvent holds the fields of an event node in the wire form.
type WireEvent struct {
	Action    string         `json:"action"`
	Category  WireCategory   `json:"category"`
	CAMEO     string         `json:"cameo"`
	QuadClass int            `json:"quad_class"`
	Goldstein float64        `json:"goldstein"`
	Date      *string        `json:"date"` // null when unknown.
	Negated   bool           `json:"negated"`
	Modality  string         `json:"modality"` // asserted, future or hypothetical.
	Evidence  []WireEvidence `json:"evidence"`
}

// WireCategory is a CAMEO root category.
type WireCategory struct {
	Code string `json:"code"` // "01".."20".
	Name string `json:"name"`
}

// WireRole is a title of a person in the wire form.
type WireRole struct {
	Title    string         `json:"title"`
	Of       *string        `json:"of"` // null when unknown.
	Code     string         `json:"code"`
	Evidence []WireEvidence `json:"evidence"`
}

// WireEdge is an edge in the wire form.
type WireEdge struct {
	Source   string         `json:"source"`
	Target   string         `json:"target"`
	Relation Relation       `json:"relation"`
	Weight   int            `json:"weight"`
	Evidence []WireEvidence `json:"evidence"`
}

// WireEvidence is a sentence in which a fact was read.
type WireEvidence struct {
	Document string `json:"document"`
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
}

// Wire returns the wire form of the graph.
func (g *Graph) Wire() *Wire {
	s := g.view()
	w := &Wire{
		Schema:    SchemaVersion,
		Documents: make([]WireDocument, 0, len(s.docs)),
		Nodes:     make([]WireNode, 0, len(s.nodes)),
		Edges:     make([]WireEdge, 0, len(s.edges)),
	}
	for _, d := range s.docs {
		w.Documents = append(w.Documents, WireDocument{
			ID:        d.ID,
			Path:      d.Path,
			Title:     d.Title,
			Date:      nullable(d.Date),
			URL:       d.URL,
			Source:    d.Source,
			Sentences: d.Sentences,
			SHA256:    d.SHA256,
		})
	}
	for _, n := range s.nodes {
		w.Nodes = append(w.Nodes, wireNode(n))
	}
	for _, e := range s.edges {
		w.Edges = append(w.Edges, WireEdge{
			Source:   e.Source,
			Target:   e.Target,
			Relation: e.Relation,
			Weight:   e.Weight,
			Evidence: wireEvidence(e.Evidence),
		})
	}
	w.Merge = g.wireMerge()
	return w
}

func wireNode(n *Node) WireNode {
	w := WireNode{
		ID:        n.Key,
		Type:      n.Kind,
		Label:     n.Label,
		Country:   n.Country,
		Mentions:  n.Mentions,
		Documents: append([]string{}, n.Documents...),
	}
	if m := n.Metrics; m != nil {
		c, pr := m.Community, m.PageRank
		w.Community, w.PageRank = &c, &pr
	}
	if ev := n.Event; ev != nil {
		w.WireEvent = &WireEvent{
			Action:    ev.Action,
			Category:  WireCategory{Code: ev.Category, Name: ev.CategoryName},
			CAMEO:     ev.CAMEO,
			QuadClass: ev.QuadClass,
			Goldstein: ev.Goldstein,
			Date:      nullable(ev.Date),
			Negated:   ev.Negated,
			Modality:  ev.Modality,
			Evidence:  wireEvidence(ev.Evidence),
		}
		return w
	}
	w.Aliases = append([]string{}, n.Aliases...)
	if n.Roles != nil {
		w.Roles = make([]WireRole, 0, len(n.Roles))
		for _, r := range n.Roles {
			w.Roles = append(w.Roles, WireRole{
				Title:    r.Title,
				Of:       nullable(r.Of),
				Code:     r.Code,
				Evidence: wireEvidence(r.Evidence),
			})
		}
	}
	return w
}

func wireEvidence(ev []Evidence) []WireEvidence {
	out := make([]WireEvidence, 0, len(ev))
	for _, e := range ev {
		out = append(out, WireEvidence(e))
	}
	return out
}

// nullable returns nil for "", else a pointer to s.
func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// EncodeJSON writes the graph in the newsgraph/v1 JSON wire form, indented
// with two spaces and ending with a newline.
//
// It writes what encoding/json writes for g.Wire(), element by element, so
// that memory holds one node or edge of the output at a time rather than
// the whole text.
func EncodeJSON(w io.Writer, g *Graph) error {
	s := g.view()
	e := &streamEncoder{w: w}
	e.raw("{\n  \"schema\": ")
	e.value(SchemaVersion, "  ")
	e.raw(",\n  \"documents\": ")
	e.array(len(s.docs), func(i int) any {
		d := s.docs[i]
		return WireDocument{ID: d.ID, Path: d.Path, Title: d.Title, Date: nullable(d.Date), URL: d.URL, Source: d.Source, Sentences: d.Sentences, SHA256: d.SHA256}
	})
	e.raw(",\n  \"nodes\": ")
	e.array(len(s.nodes), func(i int) any { return wireNode(s.nodes[i]) })
	e.raw(",\n  \"edges\": ")
	e.array(len(s.edges), func(i int) any {
		x := s.edges[i]
		return WireEdge{Source: x.Source, Target: x.Target, Relation: x.Relation, Weight: x.Weight, Evidence: wireEvidence(x.Evidence)}
	})
	if m := g.wireMerge(); m != nil {
		e.raw(",\n  \"merge\": ")
		e.value(m, "  ")
	}
	e.raw("\n}\n")
	if e.err != nil {
		return fmt.Errorf("graph: encode json: %w", e.err)
	}
	return nil
}

// streamEncoder writes indented JSON a value at a time; it keeps the first
// error and then writes nothing.
type streamEncoder struct {
	w   io.Writer
	buf bytes.Buffer
	err error
}

func (e *streamEncoder) raw(s string) {
	if e.err == nil {
		_, e.err = io.WriteString(e.w, s)
	}
}

// value writes v as encoding/json's indented encoder does at a depth whose
// lines start with prefix.
func (e *streamEncoder) value(v any, prefix string) {
	if e.err != nil {
		return
	}
	e.buf.Reset()
	enc := json.NewEncoder(&e.buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	if e.err = enc.Encode(v); e.err != nil {
		return
	}
	b := bytes.TrimSuffix(e.buf.Bytes(), []byte("\n"))
	_, e.err = e.w.Write(b)
}

// array writes a top-level array of n elements.
func (e *streamEncoder) array(n int, elem func(int) any) {
	if n == 0 {
		e.raw("[]")
		return
	}
	e.raw("[\n")
	for i := range n {
		e.raw("    ")
		e.value(elem(i), "    ")
		if i < n-1 {
			e.raw(",\n")
		} else {
			e.raw("\n")
		}
	}
	e.raw("  ]")
}

// DecodeJSON reads a graph in the JSON wire form. Unknown fields are
// ignored; a schema other than SchemaVersion is an error.
//
// A UTF-8 byte order mark before the graph is skipped. Anything but white
// space after it, such as a second graph (cat a.json b.json), is an error:
// one file holds one graph.
func DecodeJSON(r io.Reader) (*Wire, error) {
	var w Wire
	br := bufio.NewReader(r)
	bom := int64(0)
	if b, err := br.Peek(3); err == nil && string(b) == "\ufeff" {
		br.Discard(3) // peeked: it cannot fail
		bom = 3
	}
	dec := json.NewDecoder(br)
	if err := dec.Decode(&w); err != nil {
		return nil, fmt.Errorf("graph: decode json: %w", err)
	}
	if w.Schema != SchemaVersion {
		return nil, fmt.Errorf("graph: decode json: schema %q, want %q", w.Schema, SchemaVersion)
	}
	end := bom + dec.InputOffset()
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("graph: decode json: more after the graph, which ends at byte %d (one file holds one graph: merge several with newsgraph merge)", end)
	}
	return &w, nil
}

// ReadSchema returns the top-level "schema" field of the JSON object that
// r starts with (after a UTF-8 byte order mark), when it names a newsgraph
// format: "newsgraph/v1" for a graph, another version or a stats report
// otherwise. Commands use it to tell a graph file from other input. It
// reads r up to that field, or to the end of the object, or
// to the first thing that is not such an object.
func ReadSchema(r io.Reader) (string, bool) {
	br := bufio.NewReader(r)
	if b, err := br.Peek(3); err == nil && string(b) == "\ufeff" {
		br.Discard(3)
	}
	dec := json.NewDecoder(br)
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return "", false
	}
	for dec.More() {
		tok, err := dec.Token()
		key, ok := tok.(string)
		if err != nil || !ok {
			return "", false
		}
		if key == "schema" {
			tok, err := dec.Token()
			s, ok := tok.(string)
			if err != nil || !ok || !strings.HasPrefix(s, "newsgraph/") {
				return "", false
			}
			return s, true
		}
		if !skipValue(dec) {
			return "", false
		}
	}
	return "", false
}

// skipValue reads the next value of dec token by token, without
// keeping it.
func skipValue(dec *json.Decoder) bool {
	depth := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
		if depth == 0 {
			return true
		}
	}
}
