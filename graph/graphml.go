package graph

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// graphMLKey is a typed attribute declared with <key>.
type graphMLKey struct {
	id, domain, name, typ string
}

// graphMLKeys are the attributes of the GraphML form, in the order they are
// declared and written. Every value is a single GraphML value: lists are
// joined with "; ".
var graphMLKeys = []graphMLKey{
	{"n_type", "node", "type", "string"},
	{"n_label", "node", "label", "string"},
	{"n_aliases", "node", "aliases", "string"},
	{"n_country", "node", "country", "string"},
	{"n_roles", "node", "roles", "string"},
	{"n_mentions", "node", "mentions", "int"},
	{"n_documents", "node", "documents", "string"},
	{"n_community", "node", "community", "int"},
	{"n_pagerank", "node", "pagerank", "double"},
	{"n_action", "node", "action", "string"},
	{"n_category", "node", "category", "string"},
	{"n_category_name", "node", "category_name", "string"},
	{"n_cameo", "node", "cameo", "string"},
	{"n_quad_class", "node", "quad_class", "int"},
	{"n_goldstein", "node", "goldstein", "double"},
	{"n_date", "node", "date", "string"},
	{"n_negated", "node", "negated", "boolean"},
	{"n_modality", "node", "modality", "string"},
	{"e_relation", "edge", "relation", "string"},
	{"e_label", "edge", "label", "string"},
	{"e_weight", "edge", "weight", "int"},
	{"e_documents", "edge", "documents", "string"},
	{"e_evidence", "edge", "evidence", "string"},
}

// EncodeGraphML writes the graph as GraphML (http://graphml.graphdrawing.org)
// for Gephi, Cytoscape, networkx (read_graphml) and igraph (Read_GraphML):
// a directed graph whose nodes and edges carry the JSON fields as typed
// attributes declared with <key>. Lists (aliases, documents, roles) are
// joined with "; "; a role reads "title of OWNER [CODE]". An edge's
// evidence is its first sentence. Fields a node does not have (the event
// fields of an entity, a country left unknown, Metrics of events) are left
// out, not written empty (so are empty alias lists). Nodes and edges come
// in key order.
func EncodeGraphML(w io.Writer, g *Graph) error {
	s := g.view()
	bw := bufio.NewWriter(w)
	p := &xmlPrinter{w: bw}
	p.raw(xml.Header)
	p.raw(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, k := range graphMLKeys {
		p.raw(fmt.Sprintf("  <key id=%q for=%q attr.name=%q attr.type=%q/>\n", k.id, k.domain, k.name, k.typ))
	}
	p.raw(`  <graph id="newsgraph" edgedefault="directed">` + "\n")
	for _, n := range s.nodes {
		p.raw(`    <node id="`)
		p.attr(n.Key)
		p.raw("\">\n")
		p.data("n_type", string(n.Kind))
		p.data("n_label", n.Label)
		if len(n.Aliases) > 0 {
			p.data("n_aliases", strings.Join(n.Aliases, "; "))
		}
		if n.Country != "" {
			p.data("n_country", n.Country)
		}
		if n.Roles != nil {
			p.data("n_roles", roleList(n.Roles, "; "))
		}
		p.data("n_mentions", strconv.Itoa(n.Mentions))
		p.data("n_documents", strings.Join(n.Documents, "; "))
		if m := n.Metrics; m != nil {
			p.data("n_community", strconv.Itoa(m.Community))
			p.data("n_pagerank", formatFloat(m.PageRank))
		}
		if ev := n.Event; ev != nil {
			p.data("n_action", ev.Action)
			p.data("n_category", ev.Category)
			p.data("n_category_name", ev.CategoryName)
			p.data("n_cameo", ev.CAMEO)
			p.data("n_quad_class", strconv.Itoa(ev.QuadClass))
			p.data("n_goldstein", formatFloat(ev.Goldstein))
			if ev.Date != "" {
				p.data("n_date", ev.Date)
			}
			p.data("n_negated", strconv.FormatBool(ev.Negated))
			p.data("n_modality", ev.Modality)
		}
		p.raw("    </node>\n")
	}
	for i, e := range s.edges {
		p.raw(fmt.Sprintf(`    <edge id="e%d" source="`, i))
		p.attr(e.Source)
		p.raw(`" target="`)
		p.attr(e.Target)
		p.raw("\">\n")
		p.data("e_relation", string(e.Relation))
		p.data("e_label", edgeLabel(e))
		p.data("e_weight", strconv.Itoa(e.Weight))
		p.data("e_documents", strings.Join(edgeDocuments(e), "; "))
		if len(e.Evidence) > 0 {
			p.data("e_evidence", e.Evidence[0].Text)
		}
		p.raw("    </edge>\n")
	}
	p.raw("  </graph>\n</graphml>\n")
	if p.err == nil {
		p.err = bw.Flush()
	}
	if p.err != nil {
		return fmt.Errorf("graph: encode graphml: %w", p.err)
	}
	return nil
}

// xmlPrinter writes XML, keeping the first error.
type xmlPrinter struct {
	w   *bufio.Writer
	err error
}

func (p *xmlPrinter) raw(s string) {
	if p.err == nil {
		_, p.err = p.w.WriteString(s)
	}
}

// attr writes s escaped for an attribute value or text.
func (p *xmlPrinter) attr(s string) {
	if p.err == nil {
		p.err = xml.EscapeText(p.w, []byte(s))
	}
}

func (p *xmlPrinter) data(key, value string) {
	p.raw(`      <data key="` + key + `">`)
	p.attr(value)
	p.raw("</data>\n")
}

// roleList writes a person's roles as "title of OWNER [CODE]", joined by
// sep.
func roleList(roles []Role, sep string) string {
	parts := make([]string, 0, len(roles))
	for _, r := range roles {
		s := r.Title
		if r.Of != "" {
			s += " of " + r.Of
		}
		if r.Code != "" {
			s += " [" + r.Code + "]"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, sep)
}

// edgeLabel is the text an edge is drawn with: the role titles of a role
// edge, the relation otherwise.
func edgeLabel(e *Edge) string {
	if e.Relation == RelRole && e.from != nil {
		var titles []string
		for _, r := range e.from.Roles {
			if r.Of == e.Target {
				titles = append(titles, r.Title)
			}
		}
		if len(titles) > 0 {
			return strings.Join(titles, ", ")
		}
	}
	return strings.ReplaceAll(string(e.Relation), "_", " ")
}

// edgeDocuments returns the ids of the documents an edge was read in,
// sorted and unique.
func edgeDocuments(e *Edge) []string {
	var docs []string
	for _, ev := range e.Evidence {
		if len(docs) == 0 || docs[len(docs)-1] != ev.Document {
			docs = append(docs, ev.Document)
		}
	}
	return docs
}
