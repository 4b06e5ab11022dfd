package graph

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"path"
	"slices"
	"strconv"
	"strings"
)

// WireMerge is the part of the wire form that only merging needs: what a
// graph of some documents must remember, beyond its nodes and edges, so that
// Merge of graphs of separate documents gives exactly the graph that one run
// over all the documents gives. Every field is omitted when empty, and most
// graphs need few entries, if any.
type WireMerge struct {
	// Implied lists the entity nodes that no document lists as an entity,
	// only refers to (as the owner of a title, or a participant of an
	// event); their label and type come from the id.
	Implied []string `json:"implied,omitempty"`
	// TypeFrom maps a node id to the document its type was taken from, when
	// that is not the first of its documents.
	TypeFrom map[string]string `json:"type_from,omitempty"`
	// CountryFrom maps a node id to the document its country was taken
	// from, when that is not the first of its documents.
	CountryFrom map[string]string `json:"country_from,omitempty"`
	// CodeFrom lists the roles whose code was taken from a document other
	// than the first of their evidence.
	CodeFrom []WireCodeFrom `json:"code_from,omitempty"`
	// Unknown lists the keys that documents refer to but that get no node
	// (their prefix names no type), with those documents.
	Unknown []WireRef `json:"unknown,omitempty"`
	// Edges lists the edges left out of the graph because an endpoint has
	// no node, such as located_in to a country that no document names.
	Edges []WireEdge `json:"edges,omitempty"`
}

// WireCodeFrom says which document gave the code of a person's role.
type WireCodeFrom struct {
	Node     string  `json:"node"`
	Title    string  `json:"title"`
	Of       *string `json:"of"`
	Document string  `json:"document"`
}

// WireRef is a key that documents refer to.
type WireRef struct {
	ID        string   `json:"id"`
	Documents []string `json:"documents"`
}

// kindOf returns the kind of the node, or "" when it gets no node.
func (n *nodeState) kindOf() Kind {
	if k := Kind(n.kind.val); validKind(k) {
		return k
	}
	return kindOfKey(n.key)
}

// hasNode reports whether key has a node in the graph.
func (g *Graph) hasNode(key string) bool {
	n := g.nodes[key]
	return n != nil && n.kindOf() != ""
}

// wireMerge returns the merge part of the wire form, or nil when it is
// empty.
func (g *Graph) wireMerge() *WireMerge {
	m := &WireMerge{TypeFrom: map[string]string{}, CountryFrom: map[string]string{}}
	for _, key := range sortedKeys(g.nodes) {
		n := g.nodes[key]
		docs := sortedKeys(n.docs)
		if n.kindOf() == "" {
			m.Unknown = append(m.Unknown, WireRef{ID: key, Documents: docs})
			continue
		}
		if !n.seen {
			m.Implied = append(m.Implied, key)
			continue
		}
		if n.kind.doc != docs[0] {
			m.TypeFrom[key] = n.kind.doc
		}
		if n.country.val != "" && n.country.doc != docs[0] {
			m.CountryFrom[key] = n.country.doc
		}
		rks := make([]roleKey, 0, len(n.roles))
		for rk := range n.roles {
			rks = append(rks, rk)
		}
		slices.SortFunc(rks, func(a, b roleKey) int { return cmp.Or(cmp.Compare(a.title, b.title), cmp.Compare(a.of, b.of)) })
		for _, rk := range rks {
			rs := n.roles[rk]
			if rs.code.val != "" && rs.code.doc != firstDocument(rs.evidence) {
				m.CodeFrom = append(m.CodeFrom, WireCodeFrom{Node: key, Title: rk.title, Of: nullable(rk.of), Document: rs.code.doc})
			}
		}
	}
	keys := make([]edgeKey, 0)
	for k := range g.edges {
		if !g.hasNode(k.source) || !g.hasNode(k.target) {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, compareEdgeKeys)
	for _, k := range keys {
		st := g.edges[k]
		m.Edges = append(m.Edges, WireEdge{
			Source: k.source, Target: k.target, Relation: k.relation, Weight: st.weight,
			Evidence: wireEvidence(sortedEvidence(st.evidence)),
		})
	}
	if len(m.TypeFrom) == 0 {
		m.TypeFrom = nil
	}
	if len(m.CountryFrom) == 0 {
		m.CountryFrom = nil
	}
	if m.Implied == nil && m.TypeFrom == nil && m.CountryFrom == nil && m.CodeFrom == nil && m.Unknown == nil && m.Edges == nil {
		return nil
	}
	return m
}

// firstDocument returns the smallest document id of ev, or "".
func firstDocument(ev []Evidence) string {
	first := ""
	for i, e := range ev {
		if i == 0 || e.Document < first {
			first = e.Document
		}
	}
	return first
}

// FromWire returns the graph whose wire form is w, such as a graph that
// DecodeJSON read: encoding it gives w again, and Merge can combine it with
// others. It checks that w is consistent (unique ids, known documents,
// edges between nodes) and says what is wrong when it is not.
func FromWire(w *Wire) (*Graph, error) {
	g, err := fromWire(w)
	if err != nil {
		return nil, fmt.Errorf("graph: %w", err)
	}
	g.setWireMetrics(w)
	return g, nil
}

func fromWire(w *Wire) (*Graph, error) {
	if w == nil {
		return nil, errors.New("no graph")
	}
	if w.Schema != SchemaVersion {
		return nil, fmt.Errorf("schema %q, want %q", w.Schema, SchemaVersion)
	}
	g := New()
	for _, d := range w.Documents {
		if d.ID == "" {
			return nil, errors.New("a document has no id")
		}
		if _, dup := g.docs[d.ID]; dup {
			return nil, fmt.Errorf("document %q is listed twice", d.ID)
		}
		g.docs[d.ID] = Document{ID: d.ID, Path: d.Path, Title: d.Title, Date: deref(d.Date), URL: d.URL, Source: d.Source, Sentences: d.Sentences, SHA256: d.SHA256}
	}
	m := w.Merge
	if m == nil {
		m = &WireMerge{}
	}
	implied := make(map[string]bool, len(m.Implied))
	for _, id := range m.Implied {
		implied[id] = true
	}
	codeFrom := make(map[[3]string]string, len(m.CodeFrom))
	for _, c := range m.CodeFrom {
		codeFrom[[3]string{c.Node, c.Title, deref(c.Of)}] = c.Document
	}
	evidence := func(what string, in []WireEvidence) ([]Evidence, error) {
		out := make([]Evidence, 0, len(in))
		for _, e := range in {
			if _, ok := g.docs[e.Document]; !ok {
				return nil, fmt.Errorf("%s: evidence from unknown document %q", what, e.Document)
			}
			if e.Sentence < 0 || e.Start < 0 || e.End < e.Start {
				return nil, fmt.Errorf("%s: evidence with sentence %d, offsets %d to %d", what, e.Sentence, e.Start, e.End)
			}
			out = append(out, Evidence(e))
		}
		return out, nil
	}
	newState := func(key string, docs []string) (*nodeState, error) {
		if key == "" {
			return nil, errors.New("a node has no id")
		}
		if g.nodes[key] != nil {
			return nil, fmt.Errorf("node %q is listed twice", key)
		}
		if len(docs) == 0 {
			return nil, fmt.Errorf("node %q has no documents", key)
		}
		n := &nodeState{key: key, labels: map[string]bool{}, forms: map[string]bool{}, docs: make(map[string]bool, len(docs))}
		for _, d := range docs {
			if _, ok := g.docs[d]; !ok {
				return nil, fmt.Errorf("node %q: unknown document %q", key, d)
			}
			n.docs[d] = true
		}
		g.nodes[key] = n
		return n, nil
	}

	for _, wn := range w.Nodes {
		n, err := newState(wn.ID, wn.Documents)
		if err != nil {
			return nil, err
		}
		if !validKind(wn.Type) {
			return nil, fmt.Errorf("node %q: unknown type %q", wn.ID, wn.Type)
		}
		if (wn.Type == KindEvent) != (wn.WireEvent != nil) {
			return nil, fmt.Errorf("node %q: event fields do not match type %q", wn.ID, wn.Type)
		}
		first := slices.Min(wn.Documents)
		from := func(m map[string]string) (string, error) {
			d, ok := m[wn.ID]
			if !ok {
				return first, nil
			}
			if !n.docs[d] {
				return "", fmt.Errorf("node %q: taken from document %q, not one of its documents", wn.ID, d)
			}
			return d, nil
		}
		typeDoc, err := from(m.TypeFrom)
		if err != nil {
			return nil, err
		}
		if err := checkCount("mentions", wn.Mentions); err != nil {
			return nil, fmt.Errorf("node %q: %w", wn.ID, err)
		}
		if c := wn.Community; c != nil && *c < 0 {
			return nil, fmt.Errorf("node %q: community %d is negative", wn.ID, *c)
		}
		if p := wn.PageRank; p != nil && !(*p >= 0 && *p <= 1) {
			return nil, fmt.Errorf("node %q: pagerank %g is not between 0 and 1", wn.ID, *p)
		}
		n.mentions = wn.Mentions
		if ev := wn.WireEvent; ev != nil {
			if !(ev.Goldstein >= -10 && ev.Goldstein <= 10) {
				return nil, fmt.Errorf("node %q: goldstein %g is not on the Goldstein scale, -10 to 10", wn.ID, ev.Goldstein)
			}
			if ev.QuadClass < 0 || ev.QuadClass > 4 {
				return nil, fmt.Errorf("node %q: quad_class %d is not 0 to 4", wn.ID, ev.QuadClass)
			}
			evs, err := evidence("node "+strconv.Quote(wn.ID), ev.Evidence)
			if err != nil {
				return nil, err
			}
			n.seen = true
			n.kind = pick{string(KindEvent), typeDoc}
			n.event = &Event{
				Action: ev.Action, Category: ev.Category.Code, CategoryName: ev.Category.Name, CAMEO: ev.CAMEO,
				QuadClass: ev.QuadClass, Goldstein: ev.Goldstein, Date: deref(ev.Date), Negated: ev.Negated, Modality: ev.Modality, Evidence: evs,
			}
			continue
		}
		if implied[wn.ID] {
			if wn.Type != kindOfKey(wn.ID) || len(wn.Aliases) > 0 || len(wn.Roles) > 0 {
				return nil, fmt.Errorf("node %q: implied, yet it has a type, aliases or roles of its own", wn.ID)
			}
			continue
		}
		n.seen = true
		n.kind = pick{string(wn.Type), typeDoc}
		n.labels[wn.Label] = true
		n.forms[wn.Label] = true
		for _, a := range wn.Aliases {
			n.forms[a] = true
		}
		if wn.Country != "" {
			d, err := from(m.CountryFrom)
			if err != nil {
				return nil, err
			}
			n.country = pick{wn.Country, d}
		}
		for _, r := range wn.Roles {
			of := deref(r.Of)
			if n.roles[roleKey{r.Title, of}] != nil {
				return nil, fmt.Errorf("node %q: role %q of %q is listed twice", wn.ID, r.Title, of)
			}
			if len(r.Evidence) == 0 {
				return nil, fmt.Errorf("node %q: role %q has no evidence", wn.ID, r.Title)
			}
			rs := n.role(r.Title, of)
			if rs.evidence, err = evidence("node "+strconv.Quote(wn.ID), r.Evidence); err != nil {
				return nil, err
			}
			if r.Code != "" {
				d, ok := codeFrom[[3]string{wn.ID, r.Title, of}]
				if !ok {
					d = firstDocument(rs.evidence)
				}
				rs.code = pick{r.Code, d}
			}
		}
	}
	for _, u := range m.Unknown {
		if kindOfKey(u.ID) != "" {
			return nil, fmt.Errorf("unknown key %q has a known type", u.ID)
		}
		if _, err := newState(u.ID, u.Documents); err != nil {
			return nil, err
		}
	}
	for i, list := range [][]WireEdge{w.Edges, m.Edges} {
		for _, e := range list {
			k := edgeKey{e.Source, e.Target, e.Relation}
			what := fmt.Sprintf("edge %s %s %s", e.Source, e.Relation, e.Target)
			if e.Source == "" || e.Target == "" || e.Relation == "" {
				return nil, fmt.Errorf("%s: no source, target or relation", what)
			}
			if g.edges[k] != nil {
				return nil, fmt.Errorf("%s is listed twice", what)
			}
			if i == 0 && (!g.hasNode(e.Source) || !g.hasNode(e.Target)) {
				return nil, fmt.Errorf("%s: an endpoint is not a node", what)
			}
			if err := checkCount("weight", e.Weight); err != nil {
				return nil, fmt.Errorf("%s: %w", what, err)
			}
			evs, err := evidence(what, e.Evidence)
			if err != nil {
				return nil, err
			}
			g.edges[k] = &edgeState{weight: e.Weight, evidence: evs}
		}
	}
	return g, nil
}

// maxCount is the largest weight or number of mentions a graph may give:
// far more than any corpus, and small enough that merging millions of
// graphs cannot overflow the sums (which saturate anyway).
const maxCount = 1 << 40

// checkCount checks a count read from a graph: a weight or a number of
// mentions.
func checkCount(what string, n int) error {
	if n < 0 || n > maxCount {
		return fmt.Errorf("%s %d is not between 0 and %d", what, n, maxCount)
	}
	return nil
}

// addCount returns a + b, or the largest int when that overflows.
func addCount(a, b int) int {
	if b > 0 && a > math.MaxInt-b {
		return math.MaxInt
	}
	return a + b
}

// deref returns *s, or "" for nil.
func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// Merge returns the graph of all the documents of gs: the graph that adding
// every document's result to one graph would give, whatever the order of
// gs. The graphs are not changed.
//
// Documents of different graphs that share an id get unique ids as
// newsgraph extract gives them to the inputs of one run (see UniqueIDs),
// from the id each had before a "#N" suffix and its path, and events of a
// renamed document get new ids accordingly; Merge returns the renames. The
// merged graph is then that of one run except, possibly, for which
// document's type, country or role code wins where documents disagree
// (those rules go by document id, and renaming changes the order of ids).
// Graphs whose documents have unique ids, such as those of extract runs
// with the same --root, merge exactly.
func Merge(gs ...*Graph) (*Graph, []Rename) {
	renames := mergeRenames(gs)
	out := New()
	var list []Rename
	for i, g := range gs {
		if len(renames[i]) > 0 {
			for _, from := range sortedKeys(renames[i]) {
				list = append(list, Rename{Graph: i, From: from, To: renames[i][from]})
			}
			g = g.renamed(renames[i])
		}
		out.absorb(g)
	}
	return out, list
}

// Rename is a document id that Merge changed.
type Rename struct {
	Graph    int    // Index of the graph among Merge's arguments.
	From, To string // Document ids.
}

// absorb adds the documents, nodes and edges of o, whose document ids are
// not in g, to g.
func (g *Graph) absorb(o *Graph) {
	if g.docs == nil {
		*g = *New()
	}
	g.snap = nil
	for id, d := range o.docs {
		g.docs[id] = d
	}
	for key, on := range o.nodes {
		n := g.nodes[key]
		if n == nil {
			n = &nodeState{key: key, labels: map[string]bool{}, forms: map[string]bool{}, docs: map[string]bool{}}
			g.nodes[key] = n
		}
		n.seen = n.seen || on.seen
		n.kind.offer(on.kind.val, on.kind.doc)
		n.country.offer(on.country.val, on.country.doc)
		n.mentions = addCount(n.mentions, on.mentions)
		for _, set := range [][2]map[string]bool{{n.labels, on.labels}, {n.forms, on.forms}, {n.docs, on.docs}} {
			for k := range set[1] {
				set[0][k] = true
			}
		}
		for rk, ors := range on.roles {
			rs := n.role(rk.title, rk.of)
			rs.code.offer(ors.code.val, ors.code.doc)
			rs.evidence = append(rs.evidence, ors.evidence...)
		}
		if on.event != nil {
			if n.event == nil {
				ev := *on.event
				ev.Evidence = slices.Clone(ev.Evidence)
				n.event = &ev
			} else {
				n.event.Evidence = append(n.event.Evidence, on.event.Evidence...)
			}
		}
	}
	for k, oe := range o.edges {
		st := g.edges[k]
		if st == nil {
			st = &edgeState{}
			g.edges[k] = st
		}
		st.weight = addCount(st.weight, oe.weight)
		st.evidence = append(st.evidence, oe.evidence...)
	}
}

// mergeRenames returns, for each graph, the document ids to change so that
// the documents of all of them have unique ids.
func mergeRenames(gs []*Graph) []map[string]string {
	type ref struct {
		g                     int
		old, base, path, hash string
	}
	var refs []ref
	for i, g := range gs {
		for id, d := range g.docs {
			refs = append(refs, ref{i, id, BaseID(id, d.Path), d.Path, d.SHA256})
		}
	}
	// The order of the graphs does not matter; only identical documents
	// tie, and those may take each other's id.
	slices.SortFunc(refs, func(a, b ref) int {
		return cmp.Or(strings.Compare(a.base, b.base), strings.Compare(a.path, b.path),
			strings.Compare(a.hash, b.hash), strings.Compare(a.old, b.old), cmp.Compare(a.g, b.g))
	})
	bases, paths := make([]string, len(refs)), make([]string, len(refs))
	for i, r := range refs {
		bases[i], paths[i] = r.base, r.path
	}
	ids := UniqueIDs(bases, paths)
	renames := make([]map[string]string, len(gs))
	for i, r := range refs {
		if ids[i] != r.old {
			if renames[r.g] == nil {
				renames[r.g] = map[string]string{}
			}
			renames[r.g][r.old] = ids[i]
		}
	}
	return renames
}

// renamed returns a copy of g with the document ids in ren changed.
func (g *Graph) renamed(ren map[string]string) *Graph {
	doc := func(id string) string {
		if n, ok := ren[id]; ok {
			return n
		}
		return id
	}
	evidence := func(ev []Evidence) []Evidence {
		out := make([]Evidence, len(ev))
		for i, e := range ev {
			e.Document = doc(e.Document)
			out[i] = e
		}
		return out
	}
	out := New()
	for id, d := range g.docs {
		d.ID = doc(id)
		out.docs[d.ID] = d
	}
	for k, n := range g.nodes {
		c := &nodeState{
			key: k, seen: n.seen, labels: n.labels, forms: n.forms, mentions: n.mentions,
			kind:    pick{n.kind.val, doc(n.kind.doc)},
			country: pick{n.country.val, doc(n.country.doc)},
			docs:    make(map[string]bool, len(n.docs)),
		}
		for d := range n.docs {
			c.docs[doc(d)] = true
		}
		for rk, rs := range n.roles {
			r := c.role(rk.title, rk.of)
			r.code = pick{rs.code.val, doc(rs.code.doc)}
			r.evidence = evidence(rs.evidence)
		}
		if n.event != nil {
			ev := *n.event
			ev.Evidence = evidence(ev.Evidence)
			c.event = &ev
		}
		out.nodes[c.key] = c
	}
	for k, st := range g.edges {
		out.edges[edgeKey{k.source, k.target, k.relation}] = &edgeState{weight: st.weight, evidence: evidence(st.evidence)}
	}
	return out
}

// UniqueIDs returns unique document ids for inputs that would have ids[i]
// and that were read from paths[i], as newsgraph extract gives them: inputs
// sharing an id are ordered by path (then by position), the first keeps the
// id and the others get "#2", "#3", ..., skipping any id that another input
// has. The result depends only on the set of (id, path) pairs, not on their
// order, except between equal pairs.
func UniqueIDs(ids, paths []string) []string {
	order := make([]int, len(ids))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Or(strings.Compare(ids[a], ids[b]), strings.Compare(paths[a], paths[b]))
	})
	taken := make(map[string]bool, len(ids))
	for _, id := range ids {
		taken[id] = true
	}
	out := make([]string, len(ids))
	used := make(map[string]bool, len(ids))
	for _, i := range order {
		id := ids[i]
		if !used[id] {
			used[id] = true
			out[i] = id
			continue
		}
		for n := 2; ; n++ {
			s := id + "#" + strconv.Itoa(n)
			if !taken[s] && !used[s] {
				used[s] = true
				out[i] = s
				break
			}
		}
	}
	return out
}

// BaseID returns the id that a document read from path had before UniqueIDs
// gave it a "#N" suffix: id without the suffix when id itself is not what
// path gives but the id without it is. A path gives an id when it is the id
// or ends in "/" and the id (after turning backslashes to slashes), or when
// it is "-" and the id is "stdin".
func BaseID(id, path string) string {
	i := strings.LastIndexByte(id, '#')
	if i <= 0 || i == len(id)-1 || strings.Trim(id[i+1:], "0123456789") != "" {
		return id
	}
	if gives(path, id) || !gives(path, id[:i]) {
		return id
	}
	return id[:i]
}

// gives reports whether a document read from p gets the id, before suffixes.
func gives(p, id string) bool {
	if p == "-" {
		return id == "stdin"
	}
	p = strings.ReplaceAll(p, `\`, "/")
	return p == id || strings.HasSuffix(p, "/"+id) || path.Base(p) == id
}
