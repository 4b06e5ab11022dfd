package analysis

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/newsgraph/newsgraph/graph"
)

func analyze(t *testing.T, w *graph.Wire, opts Options) *Report {
	t.Helper()
	r, err := Analyze(w, opts)
	if err != nil {
		t.Fatalf("Analyze: %v", err)
	}
	return r
}

// wires are the graphs most tests run on.
func wires(t *testing.T) map[string]*graph.Wire {
	m := map[string]*graph.Wire{
		"handmade":  handmade(),
		"synthetic": synthetic(300, 1500),
		"empty":     {Schema: graph.SchemaVersion},
	}
	if w := loadArticlesOrNil(t); w != nil {
		m["articles"] = w
	}
	return m
}

// loadArticlesOrNil is loadArticles for tests that also run without it: it
// returns nil when the file is missing.
func loadArticlesOrNil(t *testing.T) *graph.Wire {
	t.Helper()
	if _, err := os.Stat(goldenArticles); err != nil {
		t.Logf("%s: %v; not analysed", goldenArticles, err)
		return nil
	}
	return loadArticles(t)
}

func TestHandmadeCounts(t *testing.T) {
	r := analyze(t, handmade(), Options{})
	want := &Report{
		Schema:    ReportSchema,
		Options:   Options{Top: DefaultTop, Seed: DefaultSeed},
		Documents: 2,
		Nodes:     map[string]int{"country": 4, "event": 8, "location": 1, "organization": 1, "person": 2},
		Edges:     map[string]int{"agent": 9, "target": 9, "role": 3, "located_in": 1},
		Events:    EventCounts{Total: 8, Negated: 1, Analysed: 7, Dyadic: 6},
	}
	opt := cmpopts.IgnoreFields(Report{}, "Actors", "TopMentions", "TopDegree", "TopPageRank",
		"DyadCount", "Dyads", "Modularity", "Communities", "Singletons", "Months")
	if diff := cmp.Diff(want, r, opt); diff != "" {
		t.Errorf("counts (-want +got):\n%s", diff)
	}
}

func TestHandmadeDyads(t *testing.T) {
	r := analyze(t, handmade(), Options{})
	want := []Dyad{
		// e1 A→B coop +3, e2 B→A conflict -10, e3 A→B conflict -2, e7 A→B
		// uncoded (its repeated target edge counts once).
		{A: idA, ALabel: "Aland", B: idB, BLabel: "Borduria", Events: 4, AToB: 3, BToA: 1,
			Cooperation: 1, Conflict: 2, Balance: -1.0 / 3, MeanGoldstein: -3},
		// e4 C→A coop +7; e6 A→C is negated.
		{A: idA, ALabel: "Aland", B: idC, BLabel: "Carpathia", Events: 1, BToA: 1,
			Cooperation: 1, Balance: 1, MeanGoldstein: 7},
		// e7 Dee→B, uncoded: no balance, no Goldstein.
		{A: idB, ALabel: "Borduria", B: idD, BLabel: "Dee Org", Events: 1, BToA: 1},
		// e5 Eve→C coop +1.
		{A: idC, ALabel: "Carpathia", B: idEve, BLabel: "Eve Example", Events: 1, BToA: 1,
			Cooperation: 1, Balance: 1, MeanGoldstein: 1},
	}
	if diff := cmp.Diff(want, r.Dyads, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("dyads (-want +got):\n%s", diff)
	}
	if r.DyadCount != 4 {
		t.Errorf("DyadCount = %d, want 4", r.DyadCount)
	}
}

func TestHandmadeNegatedIncluded(t *testing.T) {
	r := analyze(t, handmade(), Options{IncludeNegated: true})
	if got, want := r.Events, (EventCounts{Total: 8, Negated: 1, Analysed: 8, Dyadic: 7}); got != want {
		t.Errorf("Events = %+v, want %+v", got, want)
	}
	// e6 A→C, conflict -9, joins e4 C→A, cooperation +7.
	want := Dyad{A: idA, ALabel: "Aland", B: idC, BLabel: "Carpathia", Events: 2, AToB: 1, BToA: 1,
		Cooperation: 1, Conflict: 1, Balance: 0, MeanGoldstein: -1}
	if diff := cmp.Diff(want, r.Dyads[1]); diff != "" {
		t.Errorf("dyad A–C (-want +got):\n%s", diff)
	}
}

func TestHandmadeMonths(t *testing.T) {
	r := analyze(t, handmade(), Options{})
	want := []Month{
		{Month: "2023", Events: 1, Cooperation: 1, MeanGoldstein: 7},                    // e4, dated to the year.
		{Month: "2024-03", Events: 2, Cooperation: 1, Conflict: 1, MeanGoldstein: -3.5}, // e1, e2; e6 negated.
		{Month: "2024-04", Events: 2, Cooperation: 1, Conflict: 1, MeanGoldstein: 1},    // e3, e8.
		{Month: Unknown, Events: 2, Cooperation: 1, MeanGoldstein: 1},                   // e5 undated, e7 "soon" (uncoded).
	}
	if diff := cmp.Diff(want, r.Months); diff != "" {
		t.Errorf("months (-want +got):\n%s", diff)
	}
}

func TestMonthOf(t *testing.T) {
	for _, tc := range []struct {
		date *string
		want string
	}{
		{nil, Unknown},
		{ptr(""), Unknown},
		{ptr("2024"), "2024"},
		{ptr("2024-03"), "2024-03"},
		{ptr("2024-03-18"), "2024-03"},
		{ptr("2024-12-31T10:00:00Z"), "2024-12"},
		{ptr("2024-13"), Unknown},
		{ptr("2024-00-01"), Unknown},
		{ptr("2024-3-1"), Unknown},
		{ptr("2024-W12"), Unknown},
		{ptr("202x-01"), Unknown},
		{ptr("2024-031"), Unknown},
		{ptr("last week"), Unknown},
	} {
		name := "<nil>"
		if tc.date != nil {
			name = *tc.date
		}
		if got := monthOf(tc.date); got != tc.want {
			t.Errorf("monthOf(%q) = %q, want %q", name, got, tc.want)
		}
	}
}

func TestHandmadeActors(t *testing.T) {
	r := analyze(t, handmade(), Options{})
	type fig struct {
		ID               string
		Mentions         int
		Degree, Strength int
	}
	figs := func(as []Actor) []fig {
		out := make([]fig, len(as))
		for i, a := range as {
			out[i] = fig{a.ID, a.Mentions, a.Degree, a.Strength}
		}
		return out
	}
	// Network: A–B 4 events, A–C 1, C–Eve 1, B–Dee 1, Eve–A role,
	// Frank–Dee role (two role edges, one pair).
	wantActors := []fig{
		{idA, 12, 3, 6}, {idB, 9, 2, 5}, {idC, 4, 2, 2}, {idZ, 4, 0, 0},
		{idD, 3, 2, 2}, {idEve, 5, 2, 2}, {idFrank, 1, 1, 1},
	}
	if diff := cmp.Diff(wantActors, figs(r.Actors)); diff != "" {
		t.Errorf("actors (-want +got):\n%s", diff)
	}
	wantMentions := []string{idA, idB, idEve, idC, idZ, idD, idFrank} // places are no actors
	if diff := cmp.Diff(wantMentions, ids(r.TopMentions)); diff != "" {
		t.Errorf("top by mentions (-want +got):\n%s", diff)
	}
	wantDegree := []string{idA, idB, idC, idD, idEve, idFrank, idZ}
	if diff := cmp.Diff(wantDegree, ids(r.TopDegree)); diff != "" {
		t.Errorf("top by degree (-want +got):\n%s", diff)
	}
}

func ids(as []Actor) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.ID
	}
	return out
}

// TestHandmadePageRank checks the ranks against gonum's PageRankSparse on
// the directed view built by hand with gonum's simple graph.
func TestHandmadePageRank(t *testing.T) {
	r := analyze(t, handmade(), Options{})
	index := map[string]int64{}
	for i, a := range r.Actors {
		index[a.ID] = int64(i)
	}
	g := simple.NewWeightedDirectedGraph(0, 0)
	for id := range index {
		g.AddNode(simple.Node(index[id]))
	}
	for _, e := range []struct {
		from, to string
		w        float64
	}{
		{idA, idB, 3}, // e1, e3, e7
		{idB, idA, 1}, // e2
		{idC, idA, 1}, // e4
		{idEve, idC, 1},
		{idD, idB, 1},
		{idEve, idA, 1},   // role
		{idFrank, idD, 1}, // role
	} {
		g.SetWeightedEdge(g.NewWeightedEdge(simple.Node(index[e.from]), simple.Node(index[e.to]), e.w))
	}
	want := network.PageRankSparse(g, Damping, Tolerance)
	for _, a := range r.Actors {
		if w := want[index[a.ID]]; math.Abs(a.PageRank-w) > 1e-6 {
			t.Errorf("PageRank(%s) = %.9f, gonum gives %.9f", a.ID, a.PageRank, w)
		}
	}
	wantOrder := slices.Clone(r.Actors)
	slices.SortFunc(wantOrder, func(a, b Actor) int {
		if d := want[index[b.ID]] - want[index[a.ID]]; math.Abs(d) > 1e-6 {
			if d > 0 {
				return 1
			}
			return -1
		}
		return strings.Compare(a.ID, b.ID)
	})
	if diff := cmp.Diff(ids(wantOrder), ids(r.TopPageRank)); diff != "" {
		t.Errorf("top by PageRank (-want +got):\n%s", diff)
	}
}

func TestPageRankSumsToOne(t *testing.T) {
	for name, w := range wires(t) {
		t.Run(name, func(t *testing.T) {
			r := analyze(t, w, Options{})
			var sum float64
			for _, a := range r.Actors {
				if a.PageRank <= 0 {
					t.Errorf("PageRank(%s) = %g, want > 0", a.ID, a.PageRank)
				}
				sum += a.PageRank
			}
			if len(r.Actors) > 0 && math.Abs(sum-1) > 1e-9 {
				t.Errorf("PageRank sums to %.15f, want 1", sum)
			}
			t.Logf("%d actors, PageRank sum %.17g", len(r.Actors), sum)
		})
	}
}

func TestCommunitiesPartitionActors(t *testing.T) {
	for name, w := range wires(t) {
		t.Run(name, func(t *testing.T) {
			r := analyze(t, w, Options{})
			seen := map[string]int{} // Actor id → community (0 for singletons).
			for k, c := range r.Communities {
				if c.ID != k+1 {
					t.Errorf("community %d has ID %d", k+1, c.ID)
				}
				if c.Size != len(c.Members) || c.Size < 2 {
					t.Errorf("community %d: size %d, %d members", c.ID, c.Size, len(c.Members))
				}
				if k > 0 {
					prev := r.Communities[k-1]
					if prev.Size < c.Size || prev.Size == c.Size && slices.Min(prev.Members) > slices.Min(c.Members) {
						t.Errorf("community %d (%d members) before community %d (%d members) is out of order", prev.ID, prev.Size, c.ID, c.Size)
					}
				}
				for _, id := range c.Members {
					if _, dup := seen[id]; dup {
						t.Errorf("%s in two communities", id)
					}
					seen[id] = c.ID
				}
			}
			for _, id := range r.Singletons {
				if _, dup := seen[id]; dup {
					t.Errorf("%s both in a community and a singleton", id)
				}
				seen[id] = 0
			}
			for _, a := range r.Actors {
				c, ok := seen[a.ID]
				if !ok {
					t.Errorf("%s in no community and not a singleton", a.ID)
				}
				if a.Community != c {
					t.Errorf("%s: Community %d, listed in %d", a.ID, a.Community, c)
				}
				if a.Degree == 0 && c != 0 {
					t.Errorf("%s has no neighbour but is in community %d", a.ID, c)
				}
			}
			if len(seen) != len(r.Actors) {
				t.Errorf("%d actors listed, %d actors", len(seen), len(r.Actors))
			}
			for _, c := range r.Communities {
				ranked := slices.IsSortedFunc(c.Members, func(x, y string) int {
					return byPageRank(r.Actors[slices.IndexFunc(r.Actors, func(a Actor) bool { return a.ID == x })],
						r.Actors[slices.IndexFunc(r.Actors, func(a Actor) bool { return a.ID == y })])
				})
				if !ranked {
					t.Errorf("community %d members not by PageRank then id: %v", c.ID, c.Members)
				}
			}
		})
	}
}

func TestHandmadeCommunities(t *testing.T) {
	r := analyze(t, handmade(), Options{})
	// Network (m = 9): A–B 4, A–C 1, C–Eve 1, Eve–A 1, B–Dee 1, Dee–Frank 1;
	// degrees A 6, B 5, C 2, Dee 2, Eve 2, Frank 1. Splitting off Dee and
	// Frank gives Q = (4/9 - (11/18)²) + (1/9 - (4/18)²) + (1/9 - (3/18)²)
	// = 35/162, better than keeping them with A and B (20/162).
	want := []Community{
		{ID: 1, Size: 2, Members: []string{idA, idB}},
		{ID: 2, Size: 2, Members: []string{idC, idEve}},
		{ID: 3, Size: 2, Members: []string{idD, idFrank}},
	}
	if diff := cmp.Diff(want, r.Communities); diff != "" {
		t.Errorf("communities (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{idZ}, r.Singletons); diff != "" {
		t.Errorf("singletons (-want +got):\n%s", diff)
	}
	if want := 35.0 / 162; math.Abs(r.Modularity-want) > 1e-12 {
		t.Errorf("Modularity = %g, want %g", r.Modularity, want)
	}
}

func TestTopRespectsN(t *testing.T) {
	for name, w := range wires(t) {
		for _, n := range []int{0, 1, 3, 10, 1000} {
			r := analyze(t, w, Options{Top: n})
			want := n
			if n == 0 {
				want = DefaultTop
			}
			for list, got := range map[string]int{
				"TopMentions": len(r.TopMentions), "TopDegree": len(r.TopDegree), "TopPageRank": len(r.TopPageRank),
			} {
				if got != min(want, len(r.Actors)) {
					t.Errorf("%s, Top %d: %d %s, want %d", name, n, got, list, min(want, len(r.Actors)))
				}
			}
			if got := len(r.Dyads); got != min(want, r.DyadCount) {
				t.Errorf("%s, Top %d: %d dyads, want %d", name, n, got, min(want, r.DyadCount))
			}
			if r.Options.Top != want {
				t.Errorf("%s, Top %d: Options.Top = %d", name, n, r.Options.Top)
			}
			for i := 1; i < len(r.Dyads); i++ {
				if r.Dyads[i-1].Events < r.Dyads[i].Events {
					t.Errorf("%s: dyad %d has fewer events than dyad %d", name, i-1, i)
				}
			}
		}
	}
}

func TestAttributes(t *testing.T) {
	r := analyze(t, handmade(), Options{})
	got := Attributes(r)
	if len(got) != len(r.Actors) {
		t.Errorf("Attributes has %d actors, want %d", len(got), len(r.Actors))
	}
	for _, c := range r.Communities {
		for _, id := range c.Members {
			if got[id].Community != c.ID {
				t.Errorf("Attributes[%s].Community = %d, want %d", id, got[id].Community, c.ID)
			}
		}
	}
	for _, id := range r.Singletons {
		if a, ok := got[id]; !ok || a.Community != 0 {
			t.Errorf("Attributes[%s] = %+v, %v; want community 0", id, a, ok)
		}
	}
	for _, a := range r.Actors {
		if got[a.ID].PageRank != a.PageRank {
			t.Errorf("Attributes[%s].PageRank = %g, want %g", a.ID, got[a.ID].PageRank, a.PageRank)
		}
	}
	if _, ok := got["event:e1"]; ok {
		t.Error("Attributes has an event")
	}
	if Attributes(nil) != nil {
		t.Error("Attributes(nil) != nil")
	}
}

func TestAnalyzeErrors(t *testing.T) {
	dup := handmade()
	dup.Nodes = append(dup.Nodes, dup.Nodes[0])
	dangling := handmade()
	dangling.Edges = append(dangling.Edges, wireEdge(idA, "event:missing", graph.RelAgent))
	for _, tc := range []struct {
		name string
		w    *graph.Wire
		opts Options
		want string
	}{
		{"nil", nil, Options{}, "nil graph"},
		{"negative top", handmade(), Options{Top: -1}, "top -1"},
		{"duplicate node", dup, Options{}, `node "country:AAA" appears twice`},
		{"unknown node", dangling, Options{}, `unknown node "event:missing"`},
	} {
		r, err := Analyze(tc.w, tc.opts)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "analysis: ") {
			t.Errorf("%s: Analyze = %v, %v; want error containing %q", tc.name, r, err, tc.want)
		}
	}
}

func TestEmptyListsAreNotNull(t *testing.T) {
	b, err := json.Marshal(analyze(t, &graph.Wire{Schema: graph.SchemaVersion}, Options{}))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b, []byte("null")) {
		t.Errorf("empty report has a null: %s", b)
	}
}

// TestIsDeterministic runs Analyze 20 times on each wire and wants the same
// JSON bytes every time.
func TestIsDeterministic(t *testing.T) {
	for name, w := range wires(t) {
		t.Run(name, func(t *testing.T) {
			first := analyze(t, w, Options{})
			want := marshal(t, first)
			for i := range 20 {
				r := analyze(t, w, Options{})
				if got := marshal(t, r); !bytes.Equal(got, want) {
					t.Fatalf("run %d differs from run 0 (-run0 +run%d):\n%s", i+1, i+1, cmp.Diff(first, r))
				}
			}
		})
	}
}

// TestOrderIndependent shuffles the nodes and edges of the wire: the report
// must not change.
func TestOrderIndependent(t *testing.T) {
	for name, w := range wires(t) {
		t.Run(name, func(t *testing.T) {
			want := analyze(t, w, Options{})
			rnd := rand.New(rand.NewPCG(2, 2))
			for range 5 {
				s := *w
				s.Nodes = slices.Clone(w.Nodes)
				s.Edges = slices.Clone(w.Edges)
				rnd.Shuffle(len(s.Nodes), func(i, j int) { s.Nodes[i], s.Nodes[j] = s.Nodes[j], s.Nodes[i] })
				rnd.Shuffle(len(s.Edges), func(i, j int) { s.Edges[i], s.Edges[j] = s.Edges[j], s.Edges[i] })
				if diff := cmp.Diff(want, analyze(t, &s, Options{})); diff != "" {
					t.Fatalf("shuffled wire gives another report (-want +got):\n%s", diff)
				}
			}
		})
	}
}

func marshal(t *testing.T, r *Report) []byte {
	t.Helper()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestHypotheticalEventsLeftOut(t *testing.T) {
	base, err := Analyze(handmade(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	w := handmade()
	n := 0
	for i := range w.Nodes {
		if w.Nodes[i].WireEvent != nil && !w.Nodes[i].Negated && n == 0 {
			w.Nodes[i].Modality = "hypothetical"
			n++
		}
	}
	if n == 0 {
		t.Fatal("the hand-made graph has no asserted event")
	}
	r, err := Analyze(w, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Events.Analysed != base.Events.Analysed-1 || r.Events.Total != base.Events.Total {
		t.Errorf("analysed %d of %d events, want %d of %d", r.Events.Analysed, r.Events.Total, base.Events.Analysed-1, base.Events.Total)
	}
}
