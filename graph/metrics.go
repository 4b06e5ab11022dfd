package graph

import (
	"math"
	"strconv"
)

// Metrics are the figures of an actor (a person, organization or country)
// in the actor network, computed by the analysis package and written back
// to the graph as node attributes: "community" and "pagerank" in JSON,
// GraphML, CSV and DOT.
type Metrics struct {
	Community int     // Louvain community number, from 1; 0 for an actor in no community (a singleton).
	PageRank  float64 // PageRank, rounded to 6 significant digits.
}

// isEntity reports whether nodes of kind k are entities: persons,
// organizations, countries and locations.
func isEntity(k Kind) bool {
	switch k {
	case KindPerson, KindOrganization, KindCountry, KindLocation:
		return true
	}
	return false
}

// SetMetrics sets the Metrics of the entity nodes named in m, by node id,
// and clears those of the other nodes. PageRanks are rounded to 6 significant
// digits, so that the same graph gives the same bytes on every platform.
// Ids of events or of no node are ignored. Adding documents to the graph
// drops the metrics, which no longer hold.
func (g *Graph) SetMetrics(m map[string]Metrics) {
	for _, n := range g.view().nodes {
		n.Metrics = nil
		if x, ok := m[n.Key]; ok && isEntity(n.Kind) {
			x.PageRank = roundSignificant(x.PageRank, 6)
			n.Metrics = &x
		}
	}
}

// HasMetrics reports whether some node of the graph has Metrics.
func (g *Graph) HasMetrics() bool {
	for _, n := range g.view().nodes {
		if n.Metrics != nil {
			return true
		}
	}
	return false
}

// setWireMetrics sets the metrics that the nodes of w carry.
func (g *Graph) setWireMetrics(w *Wire) {
	var m map[string]Metrics
	for _, n := range w.Nodes {
		if n.Community == nil && n.PageRank == nil {
			continue
		}
		if m == nil {
			m = make(map[string]Metrics)
		}
		var x Metrics
		if n.Community != nil {
			x.Community = *n.Community
		}
		if n.PageRank != nil {
			x.PageRank = *n.PageRank
		}
		m[n.ID] = x
	}
	if m != nil {
		g.SetMetrics(m)
	}
}

// roundSignificant rounds x to n significant decimal digits.
func roundSignificant(x float64, n int) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	r, err := strconv.ParseFloat(strconv.FormatFloat(x, 'g', n, 64), 64)
	if err != nil {
		return x
	}
	return r
}

// formatFloat writes x as JSON does: the shortest decimal that reads back
// as x, without an exponent for ordinary magnitudes.
func formatFloat(x float64) string {
	abs := math.Abs(x)
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		return strconv.FormatFloat(x, 'e', -1, 64)
	}
	return strconv.FormatFloat(x, 'f', -1, 64)
}
