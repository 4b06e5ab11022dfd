package graph

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// CSVNodeHeader and CSVEdgeHeader are the header rows of the CSV form, as
// neo4j-admin import reads them: the node id (id:ID), labels (:LABEL),
// relationship endpoints and type (:START_ID, :END_ID, :TYPE), and typed
// properties (name:int, name:float, name:boolean, name:string[] with
// elements separated by ";", the import's default array delimiter).
var (
	CSVNodeHeader = []string{
		"id:ID", ":LABEL", "label", "type", "aliases:string[]", "country", "roles:string[]",
		"mentions:int", "documents:string[]", "community:int", "pagerank:float",
		"action", "category", "category_name", "cameo", "quad_class:int", "goldstein:float",
		"date", "negated:boolean", "modality",
	}
	CSVEdgeHeader = []string{
		":START_ID", ":END_ID", ":TYPE", "relation", "label", "weight:int", "documents:string[]", "evidence",
	}
)

// CellOptions say how the CSV and TSV encoders write text cells.
type CellOptions struct {
	// Raw writes text cells as they are. By default a text cell that a
	// spreadsheet would run as a formula, one that begins with "=", "+",
	// "-", "@", a tab or a carriage return, is written with a single
	// quote before it, as OWASP advises against CSV injection
	// ("=HYPERLINK(...)" becomes "'=HYPERLINK(...)"). Numbers, booleans
	// and the columns of fixed words are never changed.
	Raw bool
}

// cell returns s as a text cell: neutralised unless o.Raw.
func (o CellOptions) cell(s string) string {
	if o.Raw || s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

// EncodeCSV writes the graph as two CSV files for Neo4j (neo4j-admin
// database import, or LOAD CSV), pandas or R: EncodeCSVNodes to nodes and
// EncodeCSVEdges to edges.
func EncodeCSV(nodes, edges io.Writer, g *Graph) error {
	if err := EncodeCSVNodes(nodes, g); err != nil {
		return err
	}
	return EncodeCSVEdges(edges, g)
}

// EncodeCSVNodes writes one CSV row per node, after the header
// CSVNodeHeader, in key order. A node's labels are its type, capitalised
// (Person, Organization, Country, Location, Event), and Actor for persons,
// organizations and countries. A field a node does not have is empty, which neo4j-admin
// imports as no property. Line breaks in text become spaces, and ";" inside
// a list element becomes ",", so that every row is one line and lists split
// back as they were. Text cells are neutralised as CellOptions says.
func EncodeCSVNodes(w io.Writer, g *Graph) error {
	return EncodeCSVNodesWith(w, g, CellOptions{})
}

// EncodeCSVNodesWith is EncodeCSVNodes with the cell options o.
func EncodeCSVNodesWith(w io.Writer, g *Graph, o CellOptions) error {
	s := g.view()
	nw := csv.NewWriter(w)
	if err := nw.Write(CSVNodeHeader); err != nil {
		return fmt.Errorf("graph: encode csv nodes: %w", err)
	}
	for _, n := range s.nodes {
		row := make([]string, len(CSVNodeHeader))
		row[0] = o.cell(n.Key)
		row[1] = csvLabels(n.Kind)
		row[2] = o.cell(oneLine(n.Label))
		row[3] = o.cell(string(n.Kind))
		if n.Kind != KindEvent {
			row[4] = o.cell(csvList(n.Aliases))
		}
		row[5] = o.cell(n.Country)
		if len(n.Roles) > 0 {
			parts := make([]string, len(n.Roles))
			for i, r := range n.Roles {
				parts[i] = roleList([]Role{r}, "")
			}
			row[6] = o.cell(csvList(parts))
		}
		row[7] = strconv.Itoa(n.Mentions)
		row[8] = o.cell(csvList(n.Documents))
		if m := n.Metrics; m != nil {
			row[9] = strconv.Itoa(m.Community)
			row[10] = formatFloat(m.PageRank)
		}
		if ev := n.Event; ev != nil {
			row[11] = o.cell(oneLine(ev.Action))
			row[12] = o.cell(ev.Category)
			row[13] = o.cell(oneLine(ev.CategoryName))
			row[14] = o.cell(ev.CAMEO)
			row[15] = strconv.Itoa(ev.QuadClass)
			row[16] = formatFloat(ev.Goldstein)
			row[17] = o.cell(ev.Date)
			row[18] = strconv.FormatBool(ev.Negated)
			row[19] = o.cell(ev.Modality)
		}
		if err := nw.Write(row); err != nil {
			return fmt.Errorf("graph: encode csv nodes: %w", err)
		}
	}
	nw.Flush()
	if err := nw.Error(); err != nil {
		return fmt.Errorf("graph: encode csv nodes: %w", err)
	}
	return nil
}

// EncodeCSVEdges writes one CSV row per edge, after the header
// CSVEdgeHeader, in key order. An edge's type is its relation in capitals
// (AGENT, TARGET, ROLE, LOCATED_IN, SPEAKER, LOCATION); its evidence is its
// first sentence, on one line. Text cells are neutralised as CellOptions
// says.
func EncodeCSVEdges(w io.Writer, g *Graph) error {
	return EncodeCSVEdgesWith(w, g, CellOptions{})
}

// EncodeCSVEdgesWith is EncodeCSVEdges with the cell options o.
func EncodeCSVEdgesWith(w io.Writer, g *Graph, o CellOptions) error {
	s := g.view()
	ew := csv.NewWriter(w)
	if err := ew.Write(CSVEdgeHeader); err != nil {
		return fmt.Errorf("graph: encode csv edges: %w", err)
	}
	for _, e := range s.edges {
		evidence := ""
		if len(e.Evidence) > 0 {
			evidence = oneLine(e.Evidence[0].Text)
		}
		row := []string{
			o.cell(e.Source), o.cell(e.Target), o.cell(strings.ToUpper(string(e.Relation))), o.cell(string(e.Relation)),
			o.cell(oneLine(edgeLabel(e))), strconv.Itoa(e.Weight), o.cell(csvList(edgeDocuments(e))), o.cell(evidence),
		}
		if err := ew.Write(row); err != nil {
			return fmt.Errorf("graph: encode csv edges: %w", err)
		}
	}
	ew.Flush()
	if err := ew.Error(); err != nil {
		return fmt.Errorf("graph: encode csv edges: %w", err)
	}
	return nil
}

// csvLabels returns the Neo4j labels of a node kind.
func csvLabels(k Kind) string {
	l := strings.ToUpper(string(k[:1])) + string(k[1:])
	switch k {
	case KindPerson, KindOrganization, KindCountry:
		return "Actor;" + l
	}
	return l
}

// csvList joins list elements with ";", each on one line and with its own
// ";" turned into ",".
func csvList(list []string) string {
	parts := make([]string, len(list))
	for i, s := range list {
		parts[i] = strings.ReplaceAll(oneLine(s), ";", ",")
	}
	return strings.Join(parts, ";")
}

// oneLine returns s with line breaks and tabs as spaces.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n\t\v\f\u0085\u2028\u2029") {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '\r', '\n', '\t', '\v', '\f', '\u0085', '\u2028', '\u2029':
			return ' '
		}
		return r
	}, s)
}
