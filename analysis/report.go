package analysis

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/newsgraph/newsgraph/graph"
)

// ReportSchema is the value of the "schema" field of a Report.
const ReportSchema = "newsgraph/stats/v1"

// Report is the analysis of one graph. Its JSON form is the machine-readable
// `newsgraph stats` report; WriteText prints it for people.
type Report struct {
	Schema    string         `json:"schema"`    // ReportSchema.
	Options   Options        `json:"options"`   // The options applied, defaults filled in.
	Documents int            `json:"documents"` // Number of documents.
	Nodes     map[string]int `json:"nodes"`     // Number of nodes by type.
	Edges     map[string]int `json:"edges"`     // Number of edges by relation.
	Events    EventCounts    `json:"events"`    // How many events were analysed.

	// Actors is every actor, sorted by id, with its figures.
	Actors      []Actor `json:"actors"`
	TopMentions []Actor `json:"top_mentions"` // Most mentioned actors.
	TopDegree   []Actor `json:"top_degree"`   // Actors with the most neighbours in the actor network.
	TopPageRank []Actor `json:"top_pagerank"` // Actors with the highest PageRank.

	DyadCount int    `json:"dyad_count"` // Number of actor pairs joined by an event.
	Dyads     []Dyad `json:"dyads"`      // The pairs with the most events.

	// Modularity is the modularity Q of the communities (singletons
	// included) on the actor network; 0 when the network has no edge.
	Modularity float64 `json:"modularity"`
	// Communities are the Louvain communities of two or more actors,
	// numbered from 1, largest first (then by smallest member id).
	Communities []Community `json:"communities"`
	// Singletons are the ids, sorted, of the actors alone in their
	// community (most often actors in no event and no role). Their
	// community number is 0.
	Singletons []string `json:"singletons"`

	Months []Month `json:"months"` // Events per month, in order, Unknown last.
}

// EventCounts says how many events the graph has and how many were analysed.
type EventCounts struct {
	Total    int `json:"total"`    // Event nodes.
	Negated  int `json:"negated"`  // Event nodes marked negated.
	Analysed int `json:"analysed"` // Events counted in the network, dyads and months.
	Dyadic   int `json:"dyadic"`   // Analysed events with an agent and a distinct target.
}

// Actor is an actor node and its figures.
type Actor struct {
	ID        string     `json:"id"`        // Wire node id.
	Type      graph.Kind `json:"type"`      // person, organization, country or location.
	Label     string     `json:"label"`     // Canonical name.
	Mentions  int        `json:"mentions"`  // Mentions in the documents.
	Degree    int        `json:"degree"`    // Neighbours in the actor network.
	Strength  int        `json:"strength"`  // Sum of the weights of its edges in the actor network.
	PageRank  float64    `json:"pagerank"`  // PageRank; the ranks of all actors sum to 1.
	Community int        `json:"community"` // Community number; 0 for a singleton.
}

// Dyad is an unordered pair of actors, A's id before B's, and the events
// between them.
type Dyad struct {
	A      string `json:"a"`       // Id of the first actor.
	ALabel string `json:"a_label"` // Label of the first actor.
	B      string `json:"b"`       // Id of the second actor.
	BLabel string `json:"b_label"` // Label of the second actor.

	Events int `json:"events"` // Events between the two, either way.
	AToB   int `json:"a_to_b"` // Events with A an agent and B a target.
	BToA   int `json:"b_to_a"` // Events with B an agent and A a target.

	Cooperation int `json:"cooperation"` // Events of CAMEO QuadClass 1 or 2.
	Conflict    int `json:"conflict"`    // Events of CAMEO QuadClass 3 or 4.
	// Balance is (Cooperation - Conflict) / (Cooperation + Conflict), from
	// -1 (all conflict) to 1 (all cooperation); 0 when neither.
	Balance float64 `json:"balance"`
	// MeanGoldstein is the mean Goldstein score of the events with a
	// QuadClass; 0 when none has.
	MeanGoldstein float64 `json:"mean_goldstein"`
}

// Community is a group of actors more densely joined to each other than to
// the rest of the actor network.
type Community struct {
	ID      int      `json:"id"`      // Number, from 1.
	Size    int      `json:"size"`    // Number of members.
	Members []string `json:"members"` // Actor ids, by PageRank (highest first), then id.
}

// Month is the events of one month.
type Month struct {
	// Month is "YYYY-MM"; "YYYY" for events dated to the year only;
	// Unknown for undated events.
	Month         string  `json:"month"`
	Events        int     `json:"events"`         // Analysed events.
	Cooperation   int     `json:"cooperation"`    // Events of CAMEO QuadClass 1 or 2.
	Conflict      int     `json:"conflict"`       // Events of CAMEO QuadClass 3 or 4.
	MeanGoldstein float64 `json:"mean_goldstein"` // Mean Goldstein score of events with a QuadClass.
}

// NodeAttrs are the figures of an actor written back to the graph as node
// attributes.
type NodeAttrs struct {
	Community int     `json:"community"` // Community number; 0 for a singleton.
	PageRank  float64 `json:"pagerank"`  // PageRank.
}

// Attributes returns the community and PageRank of every actor in r, by
// wire node id. It returns nil for a nil report.
func Attributes(r *Report) map[string]NodeAttrs {
	if r == nil {
		return nil
	}
	m := make(map[string]NodeAttrs, len(r.Actors))
	for _, a := range r.Actors {
		m[a.ID] = NodeAttrs{Community: a.Community, PageRank: a.PageRank}
	}
	return m
}

// WriteText writes the report for people: counts, the top actors, the
// strongest dyads, the first Options.Top communities with their first
// Options.Top members, and events per month. It makes a single Write call.
func (r *Report) WriteText(w io.Writer) error {
	var b bytes.Buffer
	top := max(r.Options.Top, 1)
	label := make(map[string]string, len(r.Actors))
	for _, a := range r.Actors {
		label[a.ID] = a.Label
	}

	nodes, edges := sum(r.Nodes), sum(r.Edges)
	fmt.Fprintf(&b, "Graph: %s, %s, %s\n", plural(r.Documents, "document"), plural(nodes, "node"), plural(edges, "edge"))
	fmt.Fprintf(&b, "  nodes: %s\n", counts(r.Nodes))
	fmt.Fprintf(&b, "  edges: %s\n", counts(r.Edges))
	negated := "left out"
	if r.Options.IncludeNegated {
		negated = "included"
	}
	fmt.Fprintf(&b, "Events: %d (%d negated, %s), %d analysed, %d between two actors\n",
		r.Events.Total, r.Events.Negated, negated, r.Events.Analysed, r.Events.Dyadic)
	fmt.Fprintf(&b, "Actors: %d\n", len(r.Actors))

	actors := func(title, value string, list []Actor, f func(Actor) string) {
		fmt.Fprintf(&b, "\n%s\n", title)
		if len(list) == 0 {
			b.WriteString("  (none)\n")
			return
		}
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  #\tactor\tid\t%s\n", value)
		for i, a := range list {
			fmt.Fprintf(tw, "  %d\t%s\t%s\t%s\n", i+1, a.Label, a.ID, f(a))
		}
		tw.Flush()
	}
	actors(fmt.Sprintf("Top %d actors by mentions", top), "mentions", r.TopMentions,
		func(a Actor) string { return fmt.Sprint(a.Mentions) })
	actors(fmt.Sprintf("Top %d actors by degree", top), "degree (strength)", r.TopDegree,
		func(a Actor) string { return fmt.Sprintf("%d (%d)", a.Degree, a.Strength) })
	actors(fmt.Sprintf("Top %d actors by PageRank", top), "pagerank", r.TopPageRank,
		func(a Actor) string { return fmt.Sprintf("%.5f", a.PageRank) })

	fmt.Fprintf(&b, "\nStrongest dyads (%d of %s)\n", len(r.Dyads), plural(r.DyadCount, "actor pair"))
	if len(r.Dyads) == 0 {
		b.WriteString("  (none)\n")
	} else {
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  a\tb\tevents\ta→b\tb→a\tcoop\tconflict\tbalance\tgoldstein\n")
		for _, d := range r.Dyads {
			fmt.Fprintf(tw, "  %s\t%s\t%d\t%d\t%d\t%d\t%d\t%+.2f\t%+.2f\n", d.ALabel, d.BLabel,
				d.Events, d.AToB, d.BToA, d.Cooperation, d.Conflict, d.Balance, d.MeanGoldstein)
		}
		tw.Flush()
	}

	fmt.Fprintf(&b, "\nCommunities (Louvain, seed %d, modularity %.4f): %s, %s alone\n",
		r.Options.Seed, r.Modularity, plural(len(r.Communities), "community"), plural(len(r.Singletons), "actor"))
	if len(r.Communities) == 0 {
		b.WriteString("  (none)\n")
	}
	for _, c := range r.Communities[:min(top, len(r.Communities))] {
		names := make([]string, 0, min(top, len(c.Members)))
		for _, id := range c.Members[:min(top, len(c.Members))] {
			names = append(names, label[id])
		}
		more := ""
		if n := len(c.Members) - len(names); n > 0 {
			more = fmt.Sprintf(", +%d more", n)
		}
		fmt.Fprintf(&b, "  %d (%s): %s%s\n", c.ID, plural(c.Size, "actor"), strings.Join(names, ", "), more)
	}
	if n := len(r.Communities) - top; n > 0 {
		fmt.Fprintf(&b, "  +%d more %s\n", n, noun(n, "community"))
	}

	fmt.Fprintf(&b, "\nEvents per month\n")
	if len(r.Months) == 0 {
		b.WriteString("  (none)\n")
	} else {
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  month\tevents\tcoop\tconflict\tgoldstein\n")
		for _, m := range r.Months {
			fmt.Fprintf(tw, "  %s\t%d\t%d\t%d\t%+.2f\n", m.Month, m.Events, m.Cooperation, m.Conflict, m.MeanGoldstein)
		}
		tw.Flush()
	}

	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("analysis: write report: %w", err)
	}
	return nil
}

// counts formats a count map as "key n, key n" in key order, or "none".
func counts(m map[string]int) string {
	if len(m) == 0 {
		return "none"
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(parts, ", ")
}

func sum(m map[string]int) int {
	var n int
	for _, v := range m {
		n += v
	}
	return n
}

// plural returns "1 thing" or "n things".
func plural(n int, word string) string { return fmt.Sprintf("%d %s", n, noun(n, word)) }

// noun returns word, in the plural unless n is 1 (community → communities).
func noun(n int, word string) string {
	switch {
	case n == 1:
		return word
	case strings.HasSuffix(word, "y"):
		return strings.TrimSuffix(word, "y") + "ies"
	}
	return word + "s"
}
