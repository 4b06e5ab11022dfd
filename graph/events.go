package graph

import (
	"cmp"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// EventsHeader is the header row of the event table (EncodeEvents).
var EventsHeader = []string{
	"date", "agent", "agent_country", "agent_role", "action", "cameo", "quad_class", "goldstein",
	"target", "target_country", "negated", "modality", "location", "document", "sentence", "evidence",
	"event", "agent_id", "target_id",
}

// eventsNumeric are the columns of EventsHeader that hold numbers or
// booleans, which cell options leave alone.
var eventsNumeric = map[int]bool{6: true, 7: true, 10: true, 14: true}

// EventRow is one row of the event table: an event and one of its
// (agent, target) pairs.
type EventRow struct {
	Date          string  // ISO 8601 at the precision known, or "".
	Agent         string  // Label of the agent, or "" when the event has none.
	AgentCountry  string  // ISO alpha-3 code of the agent, or "".
	AgentRole     string  // Role codes of the agent (GOV, MIL, ...), sorted and joined by ";".
	Action        string  // Verb lemma.
	CAMEO         string  // Full CAMEO code.
	QuadClass     int     // CAMEO QuadClass 1..4.
	Goldstein     float64 // Goldstein scale value.
	Target        string  // Label of the target, or "" when the event has none.
	TargetCountry string  // ISO alpha-3 code of the target, or "".
	Negated       bool    // The text says it did not or will not happen.
	Modality      string  // asserted, future or hypothetical.
	Location      string  // Labels of the places where it happened, joined by ";".
	Document      string  // Document of the first sentence that reports it.
	Sentence      int     // Index of that sentence.
	Evidence      string  // That sentence.
	Event         string  // Node id of the event.
	AgentID       string  // Node id of the agent, or "".
	TargetID      string  // Node id of the target, or "".
}

// EventRows returns the event table of the graph: one row per event and
// (agent, target) pair, an event without agents or without targets getting
// rows with that side empty. Rows are sorted by date (undated last),
// document, sentence, event id, agent id and target id.
func EventRows(g *Graph) []EventRow {
	s := g.view()
	agents, targets, places := map[string][]*Node{}, map[string][]*Node{}, map[string][]*Node{}
	for _, e := range s.edges {
		switch e.Relation {
		case RelAgent:
			agents[e.Target] = append(agents[e.Target], e.from)
		case RelTarget:
			targets[e.Source] = append(targets[e.Source], e.to)
		case RelLocation:
			places[e.Source] = append(places[e.Source], e.to)
		}
	}
	var rows []EventRow
	for _, n := range s.nodes {
		ev := n.Event
		if ev == nil {
			continue
		}
		var locs []string
		for _, p := range places[n.Key] {
			locs = append(locs, p.Label)
		}
		base := EventRow{
			Date: ev.Date, Action: ev.Action, CAMEO: ev.CAMEO, QuadClass: ev.QuadClass, Goldstein: ev.Goldstein,
			Negated: ev.Negated, Modality: ev.Modality, Location: strings.Join(locs, ";"), Event: n.Key,
		}
		if len(ev.Evidence) > 0 {
			first := ev.Evidence[0]
			base.Document, base.Sentence, base.Evidence = first.Document, first.Sentence, first.Text
		}
		as, ts := agents[n.Key], targets[n.Key]
		if len(as) == 0 {
			as = []*Node{nil}
		}
		if len(ts) == 0 {
			ts = []*Node{nil}
		}
		for _, a := range as {
			for _, t := range ts {
				r := base
				if a != nil {
					r.Agent, r.AgentCountry, r.AgentRole, r.AgentID = a.Label, a.Country, roleCodes(a), a.Key
				}
				if t != nil {
					r.Target, r.TargetCountry, r.TargetID = t.Label, t.Country, t.Key
				}
				rows = append(rows, r)
			}
		}
	}
	slices.SortFunc(rows, func(a, b EventRow) int {
		return cmp.Or(
			cmp.Compare(boolInt(a.Date == ""), boolInt(b.Date == "")),
			cmp.Compare(a.Date, b.Date),
			cmp.Compare(a.Document, b.Document),
			cmp.Compare(a.Sentence, b.Sentence),
			cmp.Compare(a.Event, b.Event),
			cmp.Compare(a.AgentID, b.AgentID),
			cmp.Compare(a.TargetID, b.TargetID),
		)
	})
	return rows
}

// roleCodes returns the distinct role codes of n, sorted, joined by ";".
func roleCodes(n *Node) string {
	var codes []string
	for _, r := range n.Roles {
		if r.Code != "" {
			codes = append(codes, r.Code)
		}
	}
	slices.Sort(codes)
	return strings.Join(slices.Compact(codes), ";")
}

// EncodeEvents writes the event table of the graph (EventRows) as
// tab-separated values with the header EventsHeader, the way GDELT's event
// files are loaded into pandas or R: one row per event and (agent, target)
// pair. Fields hold no tab or line break (text has them as spaces); a field
// with a double quote is quoted as in CSV, with the quote doubled, which
// pandas.read_csv(sep="\t") and R's read.delim read back. Text cells are
// neutralised as CellOptions says.
func EncodeEvents(w io.Writer, g *Graph) error {
	return EncodeEventsWith(w, g, CellOptions{})
}

// EncodeEventsWith is EncodeEvents with the cell options o.
func EncodeEventsWith(w io.Writer, g *Graph, o CellOptions) error {
	cw := csv.NewWriter(w)
	cw.Comma = '\t'
	if err := cw.Write(EventsHeader); err != nil {
		return fmt.Errorf("graph: encode events: %w", err)
	}
	for _, r := range EventRows(g) {
		row := []string{
			r.Date, r.Agent, r.AgentCountry, r.AgentRole, r.Action, r.CAMEO, strconv.Itoa(r.QuadClass), formatFloat(r.Goldstein),
			r.Target, r.TargetCountry, strconv.FormatBool(r.Negated), r.Modality, r.Location, r.Document, strconv.Itoa(r.Sentence), r.Evidence,
			r.Event, r.AgentID, r.TargetID,
		}
		for i := range row {
			row[i] = oneLine(row[i])
			if !eventsNumeric[i] {
				row[i] = o.cell(row[i])
			}
		}
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("graph: encode events: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("graph: encode events: %w", err)
	}
	return nil
}
