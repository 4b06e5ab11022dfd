package analysis

import (
	"cmp"
	"errors"
	"fmt"
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// Defaults and fixed parameters of Analyze.
const (
	DefaultTop  = 10 // Options.Top when zero.
	DefaultSeed = 1  // Options.Seed when zero.

	Damping   = 0.85 // PageRank damping factor.
	Tolerance = 1e-8 // PageRank stops when an iteration changes the ranks by less (2-norm).

	// Unknown is the month of events whose date is null or not an ISO 8601
	// date with at least a year.
	Unknown = "unknown"
)

// Options tunes Analyze. The zero value is the default analysis.
type Options struct {
	// Top is how many entries each ranked list (actors, dyads) holds; 0
	// means DefaultTop.
	Top int `json:"top"`
	// Seed seeds Louvain community detection; 0 means DefaultSeed.
	Seed uint64 `json:"seed"`
	// IncludeNegated counts negated events (those the text says did not or
	// will not happen) in the network, the dyads and the monthly counts.
	IncludeNegated bool `json:"include_negated"`
}

// IsActor reports whether nodes of kind k are actors: persons,
// organizations and countries. Places are where things happen, not who
// acts.
func IsActor(k graph.Kind) bool {
	switch k {
	case graph.KindPerson, graph.KindOrganization, graph.KindCountry:
		return true
	}
	return false
}

// event is an event node with its participants as actor indices.
type event struct {
	node            *graph.WireNode
	agents, targets []int
}

// tally accumulates the CAMEO QuadClass and Goldstein figures of events.
type tally struct {
	events, cooperation, conflict, coded int
	goldstein                            float64 // Sum over coded events.
}

func (t *tally) add(ev *graph.WireEvent) {
	t.events++
	if ev == nil {
		return
	}
	switch ev.QuadClass {
	case 1, 2:
		t.cooperation++
	case 3, 4:
		t.conflict++
	default:
		return
	}
	t.coded++
	t.goldstein += ev.Goldstein
}

// balance returns (cooperation - conflict) / (cooperation + conflict), or 0
// when no event is coded.
func (t *tally) balance() float64 {
	if t.coded == 0 {
		return 0
	}
	return float64(t.cooperation-t.conflict) / float64(t.coded)
}

// meanGoldstein returns the mean Goldstein score of coded events, or 0.
func (t *tally) meanGoldstein() float64 {
	if t.coded == 0 {
		return 0
	}
	return t.goldstein / float64(t.coded)
}

// Analyze computes the report on w. It fails on a nil graph, a negative
// Options.Top, a node id used twice, or an edge to a node that is not in w.
func Analyze(w *graph.Wire, opts Options) (*Report, error) {
	if w == nil {
		return nil, errors.New("analysis: nil graph")
	}
	if opts.Top < 0 {
		return nil, fmt.Errorf("analysis: top %d is negative", opts.Top)
	}
	if opts.Top == 0 {
		opts.Top = DefaultTop
	}
	if opts.Seed == 0 {
		opts.Seed = DefaultSeed
	}
	r := &Report{
		Schema:    ReportSchema,
		Options:   opts,
		Documents: len(w.Documents),
		Nodes:     map[string]int{},
		Edges:     map[string]int{},
	}

	// Nodes: actors get indices in sorted id order, the gonum node IDs.
	nodes := make(map[string]*graph.WireNode, len(w.Nodes))
	var actorIDs, eventIDs []string
	for i := range w.Nodes {
		n := &w.Nodes[i]
		if _, dup := nodes[n.ID]; dup {
			return nil, fmt.Errorf("analysis: node %q appears twice", n.ID)
		}
		nodes[n.ID] = n
		r.Nodes[string(n.Type)]++
		switch {
		case IsActor(n.Type):
			actorIDs = append(actorIDs, n.ID)
		case n.Type == graph.KindEvent:
			eventIDs = append(eventIDs, n.ID)
		}
	}
	slices.Sort(actorIDs)
	slices.Sort(eventIDs)
	index := make(map[string]int, len(actorIDs))
	r.Actors = make([]Actor, len(actorIDs))
	for i, id := range actorIDs {
		index[id] = i
		n := nodes[id]
		r.Actors[i] = Actor{ID: id, Type: n.Type, Label: n.Label, Mentions: n.Mentions}
	}
	events := make(map[string]*event, len(eventIDs))
	for _, id := range eventIDs {
		events[id] = &event{node: nodes[id]}
	}

	// Edges: participants of events, and roles.
	roles := map[pairKey]bool{}
	for i, e := range w.Edges {
		r.Edges[string(e.Relation)]++
		src, tgt := nodes[e.Source], nodes[e.Target]
		if src == nil || tgt == nil {
			missing := e.Source
			if src != nil {
				missing = e.Target
			}
			return nil, fmt.Errorf("analysis: edge %d (%s → %s, %s): unknown node %q",
				i, e.Source, e.Target, e.Relation, missing)
		}
		switch e.Relation {
		case graph.RelAgent:
			if ev := events[e.Target]; ev != nil && IsActor(src.Type) {
				ev.agents = append(ev.agents, index[e.Source])
			}
		case graph.RelTarget:
			if ev := events[e.Source]; ev != nil && IsActor(tgt.Type) {
				ev.targets = append(ev.targets, index[e.Target])
			}
		case graph.RelRole:
			if src.Type == graph.KindPerson && IsActor(tgt.Type) && e.Source != e.Target {
				roles[pairKey{index[e.Source], index[e.Target]}] = true
			}
		}
	}

	// Events, in id order so that sums are added up in the same order.
	dyads := map[pairKey]*dyadTally{}
	months := map[string]*tally{}
	directedW := map[pairKey]float64{}   // agent → target: events.
	undirectedW := map[pairKey]float64{} // {lo, hi}: events, plus 1 for a role.
	var ordered, unordered []pairKey
	for _, id := range eventIDs {
		ev := events[id]
		we := ev.node.WireEvent
		r.Events.Total++
		if we != nil && we.Negated {
			r.Events.Negated++
			if !opts.IncludeNegated {
				continue
			}
		}
		if we != nil && we.Modality == "hypothetical" {
			continue // what might happen is no relation between actors
		}
		r.Events.Analysed++
		var date *string
		if we != nil {
			date = we.Date
		}
		m := monthOf(date)
		if months[m] == nil {
			months[m] = &tally{}
		}
		months[m].add(we)

		ordered, unordered = ordered[:0], unordered[:0]
		for _, a := range ev.agents {
			for _, t := range ev.targets {
				if a != t {
					ordered = append(ordered, pairKey{a, t})
					unordered = append(unordered, pairKey{min(a, t), max(a, t)})
				}
			}
		}
		if len(ordered) == 0 {
			continue
		}
		r.Events.Dyadic++
		slices.SortFunc(ordered, comparePairs)
		ordered = slices.Compact(ordered)
		slices.SortFunc(unordered, comparePairs)
		unordered = slices.Compact(unordered)
		for _, p := range ordered {
			directedW[p]++
			d := dyads[pairKey{min(p[0], p[1]), max(p[0], p[1])}]
			if d == nil {
				d = &dyadTally{}
				dyads[pairKey{min(p[0], p[1]), max(p[0], p[1])}] = d
			}
			if p[0] < p[1] {
				d.aToB++
			} else {
				d.bToA++
			}
		}
		for _, p := range unordered {
			undirectedW[p]++
			dyads[p].add(we)
		}
	}
	for p := range roles {
		directedW[p]++
		undirectedW[pairKey{min(p[0], p[1]), max(p[0], p[1])}]++
	}

	// The actor network: degree, strength, PageRank, communities.
	und := newUndirected(len(actorIDs), undirectedW)
	for i := range r.Actors {
		r.Actors[i].Degree = len(und.out[i].ids)
		for _, w := range und.out[i].w {
			r.Actors[i].Strength += int(w)
		}
	}
	for i, pr := range pageRank(newDirected(len(actorIDs), directedW), Damping, Tolerance) {
		r.Actors[i].PageRank = pr
	}
	membership, q := louvain(und, opts.Seed)
	r.Modularity = q
	r.Communities, r.Singletons = communities(r.Actors, membership)

	r.TopMentions = top(r.Actors, opts.Top, func(a, b Actor) int {
		return cmp.Or(cmp.Compare(b.Mentions, a.Mentions), cmp.Compare(a.ID, b.ID))
	})
	r.TopDegree = top(r.Actors, opts.Top, func(a, b Actor) int {
		return cmp.Or(cmp.Compare(b.Degree, a.Degree), cmp.Compare(b.Strength, a.Strength), cmp.Compare(a.ID, b.ID))
	})
	r.TopPageRank = top(r.Actors, opts.Top, byPageRank)

	r.DyadCount = len(dyads)
	r.Dyads = strongest(r.Actors, dyads, opts.Top)
	r.Months = monthly(months)
	return r, nil
}

// dyadTally accumulates the events of one unordered actor pair {a, b}, a < b.
type dyadTally struct {
	tally
	aToB, bToA int
}

// byPageRank orders actors by PageRank, highest first, then by id.
func byPageRank(a, b Actor) int {
	return cmp.Or(cmp.Compare(b.PageRank, a.PageRank), cmp.Compare(a.ID, b.ID))
}

// top returns the first n actors in the order of compare.
func top(actors []Actor, n int, compare func(a, b Actor) int) []Actor {
	s := slices.Clone(actors)
	slices.SortStableFunc(s, compare)
	return s[:min(n, len(s))]
}

// communities groups actors by membership, numbers the communities of two
// or more actors from 1 (largest first, then by smallest member id) and
// records the numbers in actors. It returns those communities, members by
// PageRank then id, and the ids of the actors alone in their community,
// whose number stays 0.
func communities(actors []Actor, membership []int) ([]Community, []string) {
	groups := map[int][]int{}
	for i, c := range membership {
		groups[c] = append(groups[c], i) // Ascending, so [0] is the smallest id.
	}
	var multi [][]int
	singletons := []string{}
	for _, g := range groups {
		if len(g) == 1 {
			singletons = append(singletons, actors[g[0]].ID)
			continue
		}
		multi = append(multi, g)
	}
	slices.Sort(singletons)
	slices.SortFunc(multi, func(a, b []int) int {
		return cmp.Or(cmp.Compare(len(b), len(a)), cmp.Compare(a[0], b[0]))
	})
	out := make([]Community, len(multi))
	for k, g := range multi {
		slices.SortStableFunc(g, func(i, j int) int { return byPageRank(actors[i], actors[j]) })
		c := Community{ID: k + 1, Size: len(g), Members: make([]string, len(g))}
		for m, i := range g {
			c.Members[m] = actors[i].ID
			actors[i].Community = c.ID
		}
		out[k] = c
	}
	return out, singletons
}

// strongest returns the n dyads with the most events, then by ids.
func strongest(actors []Actor, dyads map[pairKey]*dyadTally, n int) []Dyad {
	keys := make([]pairKey, 0, len(dyads))
	for k := range dyads {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b pairKey) int {
		return cmp.Or(cmp.Compare(dyads[b].events, dyads[a].events), comparePairs(a, b))
	})
	keys = keys[:min(n, len(keys))]
	out := make([]Dyad, len(keys))
	for i, k := range keys {
		d := dyads[k]
		a, b := actors[k[0]], actors[k[1]]
		out[i] = Dyad{
			A: a.ID, ALabel: a.Label, B: b.ID, BLabel: b.Label,
			Events: d.events, AToB: d.aToB, BToA: d.bToA,
			Cooperation: d.cooperation, Conflict: d.conflict,
			Balance: d.balance(), MeanGoldstein: d.meanGoldstein(),
		}
	}
	return out
}

// monthly lists the months in order, Unknown last.
func monthly(months map[string]*tally) []Month {
	keys := make([]string, 0, len(months))
	for k := range months {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		return cmp.Or(cmp.Compare(boolInt(a == Unknown), boolInt(b == Unknown)), cmp.Compare(a, b))
	})
	out := make([]Month, len(keys))
	for i, k := range keys {
		t := months[k]
		out[i] = Month{
			Month: k, Events: t.events, Cooperation: t.cooperation, Conflict: t.conflict,
			MeanGoldstein: t.meanGoldstein(),
		}
	}
	return out
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// monthOf returns the month bucket of an event date: "YYYY-MM" for a date
// with at least month precision, "YYYY" for a year alone, Unknown otherwise.
func monthOf(date *string) string {
	if date == nil {
		return Unknown
	}
	s := *date
	if len(s) < 4 || !digits(s[:4]) {
		return Unknown
	}
	if len(s) == 4 {
		return s
	}
	if len(s) < 7 || s[4] != '-' || !digits(s[5:7]) || s[5:7] < "01" || s[5:7] > "12" {
		return Unknown
	}
	if len(s) > 7 && s[7] != '-' {
		return Unknown
	}
	return s[:7]
}

func digits(s string) bool {
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
