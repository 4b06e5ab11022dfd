package graph

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract"
)

// Add merges one document's result into the graph. The merged graph does not
// depend on the order documents are added in.
//
// Merge rules, per entity key: the label is the longest label seen (in
// runes; ties go to the lexicographically smallest; an entity listed without
// a label is labelled from its key, see below); aliases are every other
// label and alias seen; type and country come from the first document, by
// id, that gives one (within a document, the first entity that gives one);
// mentions add up; roles are merged by (title, of), and the code of a role
// comes from the first document that gives one. Events get an id that
// hashes the document, sentence, action, participants and negation, so the
// same report always gives the same node.
//
// An entity's type is its Type when that is person, organization, country
// or location, else the one its key prefix names ("person:", ...); an entity
// with neither is ignored. A country entity without a Country gives the code
// of its key ("NZL" for "country:NZL").
//
// A key that an event or a role refers to but that no document lists as an
// entity still gets a node, typed by its key prefix ("country:", "person:",
// "organization:", "location:") with a label made from the key and zero
// mentions; when the prefix is not one of those the node and its edges are
// left out of the graph (the JSON wire form keeps them aside for Merge). A
// node's documents include those that only refer to it.
//
// A role edge joins a person to the Of key of each of its roles; its weight
// counts the titles read that link the two. A located_in edge joins a
// location to the node of its country code, only when that node exists; its
// weight counts documents.
//
// A result with a nil document, or with a document id already in the graph,
// is ignored; use Document to check for duplicates first.
func (g *Graph) Add(r *extract.Result) {
	if r == nil || r.Doc == nil {
		return
	}
	d := r.Doc
	if _, dup := g.docs[d.ID]; dup {
		return
	}
	if g.docs == nil {
		*g = *New()
	}
	g.snap = nil
	// The graph outlives the documents: strings cut from a document's text
	// are copied, so that the graph does not keep every text alive.
	g.docs[d.ID] = Document{
		ID:        d.ID,
		Path:      d.Path,
		Title:     strings.Clone(d.Title),
		Date:      d.Date,
		URL:       strings.Clone(d.URL),
		Source:    strings.Clone(d.Source),
		Sentences: len(d.Sentences),
		SHA256:    d.SHA256,
	}
	defer func() { g.texts = nil }()
	for i := range r.Entities {
		g.addEntity(d, &r.Entities[i])
	}
	for i := range r.Events {
		g.addEvent(d.ID, &r.Events[i])
	}
}

func (g *Graph) addEntity(d *extract.Document, e *extract.Entity) {
	kind := entityKind(e)
	if e.Key == "" || kind == "" {
		return
	}
	n := g.ref(e.Key, d.ID)
	n.seen = true
	n.kind.offer(string(kind), d.ID)
	label := e.Label
	if label == "" {
		label = labelOfKey(e.Key)
	}
	label = strings.Clone(label)
	n.labels[label] = true
	n.forms[label] = true
	for _, a := range e.Aliases {
		if a != "" && !n.forms[a] {
			n.forms[strings.Clone(a)] = true
		}
	}
	country := e.Country
	if country == "" && kind == KindCountry {
		country = countryOfKey(e.Key)
	}
	n.country.offer(country, d.ID)
	n.mentions += len(e.Mentions)

	for _, role := range e.Roles {
		if role.Title == "" {
			continue
		}
		ev := g.evidence(d.ID, role.Evidence)
		rs := n.role(strings.Clone(role.Title), role.Of)
		rs.code.offer(role.Code, d.ID)
		rs.evidence = append(rs.evidence, ev)
		if e.Type == extract.Person && role.Of != "" && role.Of != e.Key {
			g.ref(role.Of, d.ID)
			g.link(e.Key, role.Of, RelRole, ev)
		}
	}

	if e.Type == extract.Location && e.Country != "" {
		// Not a reference: the edge stays only if the country node exists.
		ev := make([]Evidence, 0, 1)
		if len(e.Mentions) > 0 {
			if s := e.Mentions[0].Sentence; s >= 0 && s < len(d.Sentences) {
				sent := d.Sentences[s]
				ev = append(ev, Evidence{Document: d.ID, Sentence: s, Start: sent.Start, End: sent.End, Text: g.text(sent.Start, sent.End, sent.Text)})
			}
		}
		g.link(e.Key, "country:"+e.Country, RelLocatedIn, ev...)
	}
}

func (g *Graph) addEvent(doc string, e *extract.Event) {
	agents, targets := uniqueSorted(e.Agents), uniqueSorted(e.Targets)
	key := eventKey(e.Action, agents, targets, e.Date, e.Negated, modality(e))
	n := g.ref(key, doc)
	n.seen = true
	n.kind.offer(string(KindEvent), doc)
	n.mentions++
	if n.event == nil {
		n.event = &Event{
			Action:       strings.Clone(e.Action),
			Category:     eventCategory(e),
			CategoryName: e.Name,
			CAMEO:        e.Code,
			QuadClass:    e.QuadClass,
			Goldstein:    e.Goldstein,
			Date:         e.Date,
			Negated:      e.Negated,
			Modality:     modality(e),
		}
	}
	ev := g.evidence(doc, e.Evidence)
	n.event.Evidence = append(n.event.Evidence, ev)
	for _, a := range agents {
		g.ref(a, doc)
		g.link(a, key, RelAgent, ev)
	}
	for _, t := range targets {
		g.ref(t, doc)
		g.link(key, t, RelTarget, ev)
	}
	if e.Speaker != "" {
		g.ref(e.Speaker, doc)
		g.link(e.Speaker, key, RelSpeaker, ev)
	}
	if e.Location != "" {
		g.ref(e.Location, doc)
		g.link(key, e.Location, RelLocation, ev)
	}
}

// modality is the modality of e, "asserted" when the extractor gave none.
func modality(e *extract.Event) string {
	if e.Modality == "" {
		return string(extract.Asserted)
	}
	return string(e.Modality)
}

// eventKey returns the node id of an event: "event:" and the first 12 hex
// digits of the SHA-256 of the compact JSON array
// [action, [agents...], [targets...], date, negated, modality]
// without HTML escaping, followed by a newline; agents and targets sorted.
// The same event reported in several sentences or documents is one node.
func eventKey(action string, agents, targets []string, date string, negated bool, modality string) string {
	h := sha256.New()
	enc := json.NewEncoder(h)
	enc.SetEscapeHTML(false)
	// JSON keeps the fields apart unambiguously; hash.Hash writes never fail.
	_ = enc.Encode([]any{action, agents, targets, date, negated, modality})
	return "event:" + hex.EncodeToString(h.Sum(nil))[:12]
}

// ref returns the state of the node key, creating it, and records that the
// document refers to it.
func (g *Graph) ref(key, doc string) *nodeState {
	n := g.nodes[key]
	if n == nil {
		n = &nodeState{
			key:    key,
			labels: make(map[string]bool),
			forms:  make(map[string]bool),
			docs:   make(map[string]bool),
		}
		g.nodes[key] = n
	}
	n.docs[doc] = true
	return n
}

// link records one sighting of an edge.
func (g *Graph) link(source, target string, rel Relation, ev ...Evidence) {
	k := edgeKey{source: source, target: target, relation: rel}
	st := g.edges[k]
	if st == nil {
		st = &edgeState{}
		g.edges[k] = st
	}
	st.weight++
	st.evidence = append(st.evidence, ev...)
}

// edgeState is a merged edge.
type edgeState struct {
	weight   int
	evidence []Evidence
}

// nodeState is a node being merged.
type nodeState struct {
	key      string
	seen     bool            // Some document lists it as an entity or event.
	kind     pick            // Type from the documents.
	labels   map[string]bool // Canonical labels from the documents.
	forms    map[string]bool // Labels and aliases.
	country  pick
	mentions int
	docs     map[string]bool
	roles    map[roleKey]*roleState
	event    *Event
}

type roleKey struct{ title, of string }

type roleState struct {
	code     pick
	evidence []Evidence
}

func (n *nodeState) role(title, of string) *roleState {
	if n.roles == nil {
		n.roles = make(map[roleKey]*roleState)
	}
	k := roleKey{title, of}
	rs := n.roles[k]
	if rs == nil {
		rs = &roleState{}
		n.roles[k] = rs
	}
	return rs
}

// pick keeps the non-empty value offered by the smallest document id; within
// a document the first offer wins.
type pick struct{ val, doc string }

func (p *pick) offer(val, doc string) {
	if val != "" && (p.val == "" || doc < p.doc) {
		p.val, p.doc = val, doc
	}
}

// node returns the merged node, or nil when it has no known type.
func (n *nodeState) node() *Node {
	kind := Kind(n.kind.val)
	if !validKind(kind) {
		kind = kindOfKey(n.key)
	}
	if kind == "" {
		return nil
	}
	out := &Node{
		Key:       n.key,
		Kind:      kind,
		Mentions:  n.mentions,
		Documents: sortedKeys(n.docs),
	}
	if n.event != nil {
		ev := *n.event
		ev.Evidence = sortedEvidence(ev.Evidence)
		out.Event = &ev
		out.Label = ev.Action
		return out
	}

	out.Label = bestLabel(n.labels)
	if out.Label == "" {
		out.Label = labelOfKey(n.key) // no document lists it: it has no forms either
	}
	out.Aliases = []string{}
	for _, f := range sortedKeys(n.forms) {
		if f != out.Label {
			out.Aliases = append(out.Aliases, f)
		}
	}
	out.Country = n.country.val
	if out.Country == "" && kind == KindCountry {
		out.Country = countryOfKey(n.key) // a country node no document lists
	}

	if len(n.roles) > 0 || kind == KindPerson {
		out.Roles = make([]Role, 0, len(n.roles))
		for k, rs := range n.roles {
			out.Roles = append(out.Roles, Role{Title: k.title, Of: k.of, Code: rs.code.val, Evidence: sortedEvidence(rs.evidence)})
		}
		slices.SortFunc(out.Roles, func(a, b Role) int {
			return cmp.Or(cmp.Compare(a.Title, b.Title), cmp.Compare(a.Of, b.Of))
		})
	}
	return out
}

func validKind(k Kind) bool {
	switch k {
	case KindPerson, KindOrganization, KindCountry, KindLocation, KindEvent:
		return true
	}
	return false
}

// kindOfKey returns the kind named by the key's prefix, or "".
func kindOfKey(key string) Kind {
	prefix, _, ok := strings.Cut(key, ":")
	if k := Kind(prefix); ok && validKind(k) && k != KindEvent {
		return k
	}
	return ""
}

// labelOfKey makes a label from a key: "NZL" for "country:NZL", "Judith
// Collins" for "person:judith-collins".
func labelOfKey(key string) string {
	prefix, name, _ := strings.Cut(key, ":")
	if prefix == string(KindCountry) {
		return name
	}
	words := strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '_' })
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToTitle(r)) + w[size:]
	}
	return strings.Join(words, " ")
}

// bestLabel returns the longest label, in runes, ties going to the
// lexicographically smallest; "" when there is none.
func bestLabel(labels map[string]bool) string {
	best, bestLen := "", -1
	for _, l := range sortedKeys(labels) {
		if n := utf8.RuneCountInString(l); n > bestLen {
			best, bestLen = l, n
		}
	}
	return best
}

func evidenceOf(doc string, e extract.Evidence) Evidence {
	return Evidence{Document: doc, Sentence: e.Sentence, Start: e.Start, End: e.End, Text: e.Text}
}

// evidence returns the evidence of e in document doc, its text copied
// once per sentence (see text).
func (g *Graph) evidence(doc string, e extract.Evidence) Evidence {
	ev := evidenceOf(doc, e)
	ev.Text = g.text(e.Start, e.End, e.Text)
	return ev
}

// text returns a copy of the text of the span [start, end) of the document
// being added, the same copy for every fact read in that span: the graph
// keeps each sentence once, not the whole document text, nor a copy per
// fact.
func (g *Graph) text(start, end int, text string) string {
	k := [2]int{start, end}
	if t, ok := g.texts[k]; ok && t == text {
		return t
	}
	t := strings.Clone(text)
	if g.texts == nil {
		g.texts = make(map[[2]int]string)
	}
	g.texts[k] = t
	return t
}

// entityKind returns the node kind of an entity: its type when that is one
// of the four entity kinds, else the kind its key prefix names, else "".
func entityKind(e *extract.Entity) Kind {
	switch k := Kind(e.Type); k {
	case KindPerson, KindOrganization, KindCountry, KindLocation:
		return k
	}
	return kindOfKey(e.Key)
}

// countryOfKey returns the country code of a "country:" key, or "".
func countryOfKey(key string) string {
	code, ok := strings.CutPrefix(key, "country:")
	if !ok {
		return ""
	}
	return code
}

// uniqueSorted returns the non-empty strings of s, sorted and unique, never nil.
func uniqueSorted(s []string) []string {
	out := make([]string, 0, len(s))
	for _, v := range s {
		if v != "" {
			out = append(out, v)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
