package analysis

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenArticles is the graph of the sample articles written by the
// end-to-end golden test.
const goldenArticles = "../testdata/golden/articles.json"

// loadArticles decodes goldenArticles, skipping the test when it is missing.
func loadArticles(tb testing.TB) *graph.Wire {
	tb.Helper()
	f, err := os.Open(goldenArticles)
	if errors.Is(err, fs.ErrNotExist) {
		tb.Skipf("%s missing", goldenArticles)
	}
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	w, err := graph.DecodeJSON(f)
	if err != nil {
		tb.Fatalf("%s: %v", goldenArticles, err)
	}
	return w
}

func ptr(s string) *string { return &s }

func entityNode(id string, kind graph.Kind, label string, mentions int) graph.WireNode {
	return graph.WireNode{ID: id, Type: kind, Label: label, Aliases: []string{}, Mentions: mentions, Documents: []string{"a.txt"}}
}

func eventNode(id string, quad int, goldstein float64, date *string, negated bool) graph.WireNode {
	return graph.WireNode{ID: id, Type: graph.KindEvent, Label: "act", Mentions: 1, Documents: []string{"a.txt"},
		WireEvent: &graph.WireEvent{Action: "act", QuadClass: quad, Goldstein: goldstein, Date: date, Negated: negated}}
}

func wireEdge(src, tgt string, rel graph.Relation) graph.WireEdge {
	return graph.WireEdge{Source: src, Target: tgt, Relation: rel, Weight: 1, Evidence: []graph.WireEvidence{}}
}

// participants returns the agent and target edges of event ev.
func participants(ev string, agents, targets []string) []graph.WireEdge {
	var out []graph.WireEdge
	for _, a := range agents {
		out = append(out, wireEdge(a, ev, graph.RelAgent))
	}
	for _, t := range targets {
		out = append(out, wireEdge(ev, t, graph.RelTarget))
	}
	return out
}

// Ids of the hand-made wire, in sorted order: their gonum IDs are 0..7.
const (
	idA     = "country:AAA"         // Aland
	idB     = "country:BBB"         // Borduria
	idC     = "country:CCC"         // Carpathia
	idZ     = "country:ZZZ"         // Zembla, in no event.
	idGulf  = "location:gulf"       // Gulf, in no event.
	idD     = "organization:ddd"    // Dee Org
	idEve   = "person:eve-example"  // Eve Example, a minister of Aland.
	idFrank = "person:frank-sample" // Frank Sample, head of Dee Org.
)

// handmade is a small wire whose figures are worked out by hand in the tests:
//
//	e1 A → B  quad 1  +3    2024-03-18
//	e2 B → A  quad 4  -10   2024-03
//	e3 A → B  quad 3  -2    2024-04-01
//	e4 C → A  quad 2  +7    2023
//	e5 Eve → C quad 1 +1    undated
//	e6 A → C  quad 4  -9    2024-03, negated
//	e7 A, Dee → B, B (target edge repeated)  quad 0  0  "soon" (not a date)
//	e8 A → A  quad 1  +4    2024-04-30
//
// plus roles Eve → A, Frank → Dee (twice, two titles) and Gulf located_in Z.
func handmade() *graph.Wire {
	w := &graph.Wire{
		Schema: graph.SchemaVersion,
		Documents: []graph.WireDocument{
			{ID: "a.txt", Path: "articles/a.txt", Title: "A", Date: ptr("2024-03-18"), Sentences: 9},
			{ID: "b.txt", Path: "articles/b.txt", Title: "B", Sentences: 4},
		},
		Nodes: []graph.WireNode{
			entityNode(idA, graph.KindCountry, "Aland", 12),
			entityNode(idB, graph.KindCountry, "Borduria", 9),
			entityNode(idC, graph.KindCountry, "Carpathia", 4),
			entityNode(idZ, graph.KindCountry, "Zembla", 4),
			eventNode("event:e1", 1, 3, ptr("2024-03-18"), false),
			eventNode("event:e2", 4, -10, ptr("2024-03"), false),
			eventNode("event:e3", 3, -2, ptr("2024-04-01"), false),
			eventNode("event:e4", 2, 7, ptr("2023"), false),
			eventNode("event:e5", 1, 1, nil, false),
			eventNode("event:e6", 4, -9, ptr("2024-03"), true),
			eventNode("event:e7", 0, 0, ptr("soon"), false),
			eventNode("event:e8", 1, 4, ptr("2024-04-30"), false),
			entityNode(idGulf, graph.KindLocation, "Gulf", 2),
			entityNode(idD, graph.KindOrganization, "Dee Org", 3),
			entityNode(idEve, graph.KindPerson, "Eve Example", 5),
			entityNode(idFrank, graph.KindPerson, "Frank Sample", 1),
		},
	}
	var edges []graph.WireEdge
	edges = append(edges, participants("event:e1", []string{idA}, []string{idB})...)
	edges = append(edges, participants("event:e2", []string{idB}, []string{idA})...)
	edges = append(edges, participants("event:e3", []string{idA}, []string{idB})...)
	edges = append(edges, participants("event:e4", []string{idC}, []string{idA})...)
	edges = append(edges, participants("event:e5", []string{idEve}, []string{idC})...)
	edges = append(edges, participants("event:e6", []string{idA}, []string{idC})...)
	edges = append(edges, participants("event:e7", []string{idA, idD}, []string{idB, idB})...)
	edges = append(edges, participants("event:e8", []string{idA}, []string{idA})...)
	edges = append(edges,
		wireEdge(idEve, idA, graph.RelRole),
		wireEdge(idFrank, idD, graph.RelRole),
		wireEdge(idFrank, idD, graph.RelRole),
		wireEdge(idGulf, idZ, graph.RelLocatedIn),
	)
	w.Edges = edges
	return w
}

// synthetic returns a seeded random wire of the given numbers of actors and
// events: a few actors take part in most events, a fifth of the actors are
// persons with a role, and dates, QuadClasses and negation vary.
func synthetic(actors, events int) *graph.Wire {
	rnd := rand.New(rand.NewPCG(1, 1))
	kinds := []graph.Kind{graph.KindPerson, graph.KindOrganization, graph.KindCountry, graph.KindLocation, graph.KindPerson}
	w := &graph.Wire{Schema: graph.SchemaVersion}
	for i := range 20 {
		w.Documents = append(w.Documents, graph.WireDocument{ID: fmt.Sprintf("doc-%02d.txt", i)})
	}
	ids := make([]string, actors)
	for i := range actors {
		k := kinds[i%len(kinds)]
		ids[i] = fmt.Sprintf("%s:actor-%04d", k, i)
		w.Nodes = append(w.Nodes, entityNode(ids[i], k, fmt.Sprintf("Actor %d", i), 1+rnd.IntN(30)))
	}
	// pick favours low indices, so that some actors are hubs.
	pick := func() string {
		u := rnd.Float64()
		return ids[int(u*u*u*float64(actors))]
	}
	for i := range actors {
		if i%len(kinds) == 0 && rnd.IntN(2) == 0 {
			w.Edges = append(w.Edges, wireEdge(ids[i], ids[1+5*rnd.IntN(actors/5)], graph.RelRole))
		}
	}
	for i := range events {
		id := fmt.Sprintf("event:%06d", i)
		var date *string
		if rnd.IntN(10) > 0 {
			date = ptr(fmt.Sprintf("%d-%02d-%02d", 2023+rnd.IntN(2), 1+rnd.IntN(12), 1+rnd.IntN(28)))
		}
		w.Nodes = append(w.Nodes, eventNode(id, rnd.IntN(5), float64(rnd.IntN(201)-100)/10, date, rnd.IntN(20) == 0))
		agents := []string{pick()}
		if rnd.IntN(10) == 0 {
			agents = append(agents, pick())
		}
		w.Edges = append(w.Edges, participants(id, agents, []string{pick()})...)
	}
	return w
}
