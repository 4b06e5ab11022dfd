package graph

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Filter selects the part of a graph that an output shows. The zero value
// keeps everything. Every output format is written from the same filtered
// graph, so a filtered JSON graph is still a newsgraph/v1 graph.
//
// The filters apply in this order:
//
//  1. Types and Countries select entities; Since and Until select events.
//  2. MinWeight drops edges seen fewer times; edges to dropped nodes go too.
//  3. An event is kept while one of its participants (an agent or a
//     target) is. With Since or Until, an entity is kept only if it takes
//     part in a kept event (as agent, target, speaker or place) or is
//     linked to one that does (a title's country, a place's country).
//  4. Top keeps the Top entities with the most neighbours (see Top) and
//     the events that link two of them.
//  5. An entity left without an edge is dropped, unless Types lists its
//     type: a top actor that no kept event or relation links to another
//     kept node is not drawn alone.
//
// Documents are all kept: they are what was read.
type Filter struct {
	// Types lists the entity types to keep (person, organization, country,
	// location); empty keeps all. Events are not a type here: they are kept
	// while they have a participant left.
	Types []Kind
	// Countries lists ISO 3166-1 alpha-3 codes: only the entities that
	// belong to one of them (their country field; a country node belongs to
	// itself) are kept, with the events they take part in.
	Countries []string
	// Since and Until keep the events dated in that range, both ends
	// included: YYYY, YYYY-MM or YYYY-MM-DD. A date known to a coarser
	// precision than the bound is kept when its period overlaps the range
	// ("2024-03" is in a range since 2024-03-15). Undated events are dropped
	// when either is set, and so are the entities that no kept event
	// involves (see step 3), unless Types lists their type.
	Since, Until string
	// MinWeight drops the edges seen fewer than MinWeight times.
	MinWeight int
	// Top keeps the Top entities (persons, organizations, countries and
	// places) with the highest degree: the number of distinct nodes
	// (events, persons, countries...) they are linked to in the graph the
	// other filters leave. Ties go to the higher PageRank
	// (when the graph has Metrics), then to more mentions, then to the
	// smaller id. Only the events linking two of them are kept, and the
	// entities left without a link are dropped (step 5), so the result may
	// hold fewer. 0 keeps all.
	Top int
}

// IsZero reports whether f keeps the whole graph.
func (f Filter) IsZero() bool {
	return len(f.Types) == 0 && len(f.Countries) == 0 && f.Since == "" && f.Until == "" && f.MinWeight <= 1 && f.Top == 0
}

// Validate reports what is wrong with f: an unknown type, a country code
// that is not three capital letters, a date that is not YYYY, YYYY-MM or
// YYYY-MM-DD, Since after Until, or a negative MinWeight or Top.
func (f Filter) Validate() error {
	for _, k := range f.Types {
		if k == KindEvent {
			return errors.New("types: events are kept while they link kept entities; list entity types (person, organization, country, location)")
		}
		if !isEntity(k) {
			return fmt.Errorf("types: unknown type %q (want person, organization, country or location)", k)
		}
	}
	for _, c := range f.Countries {
		if len(c) != 3 || strings.Trim(c, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
			return fmt.Errorf("countries: %q is not an ISO 3166-1 alpha-3 code such as NZL", c)
		}
	}
	for _, d := range []struct{ name, date string }{{"since", f.Since}, {"until", f.Until}} {
		if d.date != "" && !ValidDate(d.date) {
			return fmt.Errorf("%s: %q is not a date as YYYY, YYYY-MM or YYYY-MM-DD", d.name, d.date)
		}
	}
	if f.Since != "" && f.Until != "" && comparePeriods(f.Since, f.Until) > 0 {
		return fmt.Errorf("since %s is after until %s", f.Since, f.Until)
	}
	if f.MinWeight < 0 {
		return fmt.Errorf("min-weight %d is negative", f.MinWeight)
	}
	if f.Top < 0 {
		return fmt.Errorf("top %d is negative", f.Top)
	}
	return nil
}

// ValidDate reports whether s is an ISO 8601 date as YYYY, YYYY-MM or
// YYYY-MM-DD.
func ValidDate(s string) bool {
	for _, layout := range []string{"2006", "2006-01", time.DateOnly} {
		if len(s) == len(layout) {
			_, err := time.Parse(layout, s)
			return err == nil
		}
	}
	return false
}

// comparePeriods compares two ISO dates at the precision of the coarser:
// 0 when their periods overlap ("2024" and "2024-03-18").
func comparePeriods(a, b string) int {
	n := min(len(a), len(b))
	return strings.Compare(a[:n], b[:n])
}

// inPeriod reports whether an event dated date falls in [since, until].
func inPeriod(date, since, until string) bool {
	if date == "" {
		return false
	}
	if since != "" && comparePeriods(date, since) < 0 {
		return false
	}
	if until != "" && comparePeriods(date, until) > 0 {
		return false
	}
	return true
}

// Filter returns the part of g that f keeps, as a new graph; g is not
// changed. Nodes keep their ids, fields and Metrics. The result has no
// merge part: it is a view to write, not a shard to merge.
func (g *Graph) Filter(f Filter) (*Graph, error) {
	if err := f.Validate(); err != nil {
		return nil, fmt.Errorf("graph: filter: %w", err)
	}
	s := g.view()
	keep := make(map[string]bool, len(s.nodes))
	listed := map[Kind]bool{}
	for _, k := range f.Types {
		listed[k] = true
	}
	countries := map[string]bool{}
	for _, c := range f.Countries {
		countries[c] = true
	}
	dated := f.Since != "" || f.Until != ""

	// 1. Entities by type and country, events by date.
	for _, n := range s.nodes {
		switch {
		case n.Kind == KindEvent:
			keep[n.Key] = !dated || inPeriod(n.Event.Date, f.Since, f.Until)
		default:
			keep[n.Key] = (len(listed) == 0 || listed[n.Kind]) && (len(countries) == 0 || countries[n.Country])
		}
	}

	// 2. Edges by weight and endpoints.
	edges := func() []*Edge {
		var out []*Edge
		for _, e := range s.edges {
			if e.Weight >= f.MinWeight && keep[e.Source] && keep[e.Target] {
				out = append(out, e)
			}
		}
		return out
	}
	kept := edges()

	// 3. Events keep a participant.
	keepEvents := func(participants int) {
		actors := map[string]map[string]bool{}
		for _, e := range kept {
			var ev, actor string
			switch e.Relation {
			case RelAgent:
				ev, actor = e.Target, e.Source
			case RelTarget:
				ev, actor = e.Source, e.Target
			default:
				continue
			}
			if actors[ev] == nil {
				actors[ev] = map[string]bool{}
			}
			actors[ev][actor] = true
		}
		for _, n := range s.nodes {
			if n.Kind == KindEvent && keep[n.Key] && len(actors[n.Key]) < participants {
				keep[n.Key] = false
			}
		}
		kept = edges()
	}
	keepEvents(1)

	// 3b. With dates, the entities of the events in the period, and what
	// their titles and places link them to.
	if dated {
		involved := map[string]bool{}
		for _, e := range kept {
			switch {
			case e.from.Kind == KindEvent && e.to.Kind != KindEvent:
				involved[e.Target] = true
			case e.to.Kind == KindEvent && e.from.Kind != KindEvent:
				involved[e.Source] = true
			}
		}
		near := map[string]bool{}
		for _, e := range kept {
			if involved[e.Source] || involved[e.Target] {
				near[e.Source], near[e.Target] = true, true
			}
		}
		for _, n := range s.nodes {
			if n.Kind != KindEvent && keep[n.Key] && !near[n.Key] && !listed[n.Kind] {
				keep[n.Key] = false
			}
		}
		kept = edges()
	}

	// 4. The top actors, and the events linking two of them.
	if f.Top > 0 {
		degree := map[string]int{}
		seen := map[[2]string]bool{}
		for _, e := range kept {
			for _, p := range [][2]string{{e.Source, e.Target}, {e.Target, e.Source}} {
				if p[0] != p[1] && !seen[p] {
					seen[p] = true
					degree[p[0]]++
				}
			}
		}
		var actors []*Node
		for _, n := range s.nodes {
			if n.Kind != KindEvent && keep[n.Key] {
				actors = append(actors, n)
			}
		}
		slices.SortFunc(actors, func(a, b *Node) int {
			return cmp.Or(
				cmp.Compare(degree[b.Key], degree[a.Key]),
				cmp.Compare(pageRankOf(b), pageRankOf(a)),
				cmp.Compare(b.Mentions, a.Mentions),
				cmp.Compare(a.Key, b.Key),
			)
		})
		for i, n := range actors {
			keep[n.Key] = i < f.Top
		}
		kept = edges()
		keepEvents(2)
	}

	// 5. Entities left alone.
	if !f.IsZero() {
		linked := map[string]bool{}
		for _, e := range kept {
			linked[e.Source], linked[e.Target] = true, true
		}
		for _, n := range s.nodes {
			if n.Kind != KindEvent && keep[n.Key] && !linked[n.Key] && !listed[n.Kind] {
				keep[n.Key] = false
			}
		}
	}

	w := &Wire{
		Schema:    SchemaVersion,
		Documents: make([]WireDocument, 0, len(s.docs)),
		Nodes:     []WireNode{},
		Edges:     make([]WireEdge, 0, len(kept)),
	}
	for _, d := range s.docs {
		w.Documents = append(w.Documents, WireDocument{ID: d.ID, Path: d.Path, Title: d.Title, Date: nullable(d.Date), URL: d.URL, Source: d.Source, Sentences: d.Sentences, SHA256: d.SHA256})
	}
	for _, n := range s.nodes {
		if keep[n.Key] {
			w.Nodes = append(w.Nodes, wireNode(n))
		}
	}
	for _, e := range kept {
		w.Edges = append(w.Edges, WireEdge{Source: e.Source, Target: e.Target, Relation: e.Relation, Weight: e.Weight, Evidence: wireEvidence(e.Evidence)})
	}
	out, err := FromWire(w)
	if err != nil {
		return nil, fmt.Errorf("graph: filter: %w", err)
	}
	return out, nil
}

// pageRankOf returns the PageRank of n, or 0 without Metrics.
func pageRankOf(n *Node) float64 {
	if n.Metrics == nil {
		return 0
	}
	return n.Metrics.PageRank
}
