package graph

import (
	"bytes"
	"flag"
	"math/rand/v2"
	"regexp"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	gonumgraph "gonum.org/v1/gonum/graph"

	"github.com/newsgraph/newsgraph/extract"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// Two small documents for the merge tables.
var (
	docA = makeDoc("a.txt", "2024-01-01", "Alpha one.", "Alpha two.", "Alpha three.")
	docB = makeDoc("b.txt", "", "Beta one.", "Beta two.", "Beta three.")
)

func result(d *extract.Document, entities []extract.Entity, events ...extract.Event) *extract.Result {
	return &extract.Result{Doc: d, Entities: entities, Events: events}
}

// ent returns an entity with one mention per sentence index given.
func ent(d *extract.Document, key string, typ extract.EntityType, label string, sentences ...int) extract.Entity {
	e := extract.Entity{Key: key, Type: typ, Label: label}
	for _, s := range sentences {
		e.Mentions = append(e.Mentions, mention(d, s, d.Sentences[s].Text[:4]))
	}
	return e
}

func with(e extract.Entity, f func(*extract.Entity)) extract.Entity {
	f(&e)
	return e
}

// gev returns the graph evidence of sentence i of d.
func gev(d *extract.Document, i int) Evidence { return evidenceOf(d.ID, ev(d, i)) }

func meet(d *extract.Document, sentence int, agents, targets []string) extract.Event {
	return extract.Event{
		Action: "meet", Code: "036", Category: "03", Name: "Express intent to cooperate", QuadClass: 1, Goldstein: 4,
		Agents: agents, Targets: targets, Evidence: ev(d, sentence),
	}
}

func TestMergeNodes(t *testing.T) {
	tests := []struct {
		name    string
		results []*extract.Result
		key     string
		want    *Node // nil: no such node
		reason  string
	}{
		{
			name: "label is the longest",
			results: []*extract.Result{
				result(docA, []extract.Entity{ent(docA, "person:judith-collins", extract.Person, "Collins", 0)}),
				result(docB, []extract.Entity{with(ent(docB, "person:judith-collins", extract.Person, "Judith Collins", 0, 2),
					func(e *extract.Entity) { e.Aliases = []string{"Judith"} })}),
			},
			key: "person:judith-collins",
			want: &Node{
				Key: "person:judith-collins", Kind: KindPerson, Label: "Judith Collins", Aliases: []string{"Collins", "Judith"},
				Mentions: 3, Documents: []string{"a.txt", "b.txt"}, Roles: []Role{},
			},
			reason: "labels that lose become aliases; persons always have a roles list",
		},
		{
			name: "label ties go to the lexicographically smallest",
			results: []*extract.Result{
				result(docA, []extract.Entity{ent(docA, "organization:acme", extract.Organization, "Beta Corp", 0)}),
				result(docB, []extract.Entity{ent(docB, "organization:acme", extract.Organization, "Acme Corp", 1)}),
			},
			key: "organization:acme",
			want: &Node{
				Key: "organization:acme", Kind: KindOrganization, Label: "Acme Corp", Aliases: []string{"Beta Corp"},
				Mentions: 2, Documents: []string{"a.txt", "b.txt"},
			},
		},
		{
			name: "label length counts runes",
			results: []*extract.Result{
				result(docA, []extract.Entity{ent(docA, "location:zurich", extract.Location, "Zürich", 0)}),
				result(docB, []extract.Entity{ent(docB, "location:zurich", extract.Location, "Zurich", 0)}),
			},
			key: "location:zurich",
			want: &Node{
				Key: "location:zurich", Kind: KindLocation, Label: "Zurich", Aliases: []string{"Zürich"},
				Mentions: 2, Documents: []string{"a.txt", "b.txt"},
			},
			reason: "Zürich is longer in bytes only, so the tie goes to Zurich",
		},
		{
			name: "country comes from the first document by id",
			results: []*extract.Result{
				result(docB, []extract.Entity{with(ent(docB, "person:x", extract.Person, "X", 0), func(e *extract.Entity) { e.Country = "AUS" })}),
				result(docA, []extract.Entity{with(ent(docA, "person:x", extract.Person, "X", 0), func(e *extract.Entity) { e.Country = "NZL" })}),
			},
			key: "person:x",
			want: &Node{
				Key: "person:x", Kind: KindPerson, Label: "X", Aliases: []string{}, Country: "NZL",
				Mentions: 2, Documents: []string{"a.txt", "b.txt"}, Roles: []Role{},
			},
			reason: "a.txt sorts first even though b.txt was added first",
		},
		{
			name: "country is the first non-empty",
			results: []*extract.Result{
				result(docA, []extract.Entity{ent(docA, "person:x", extract.Person, "X", 0)}),
				result(docB, []extract.Entity{with(ent(docB, "person:x", extract.Person, "X", 0), func(e *extract.Entity) { e.Country = "AUS" })}),
			},
			key: "person:x",
			want: &Node{
				Key: "person:x", Kind: KindPerson, Label: "X", Aliases: []string{}, Country: "AUS",
				Mentions: 2, Documents: []string{"a.txt", "b.txt"}, Roles: []Role{},
			},
		},
		{
			name: "roles merge by title and of",
			results: []*extract.Result{
				result(docB, []extract.Entity{with(ent(docB, "person:x", extract.Person, "X", 0), func(e *extract.Entity) {
					e.Roles = []extract.Role{
						{Title: "defense minister", Of: "country:NZL", Evidence: ev(docB, 0)},
						{Title: "minister", Code: "GOV", Evidence: ev(docB, 1)},
					}
				})}),
				result(docA, []extract.Entity{with(ent(docA, "person:x", extract.Person, "X", 1), func(e *extract.Entity) {
					e.Roles = []extract.Role{{Title: "defense minister", Of: "country:NZL", Code: "GOV", Evidence: ev(docA, 1)}}
				})}),
			},
			key: "person:x",
			want: &Node{
				Key: "person:x", Kind: KindPerson, Label: "X", Aliases: []string{}, Mentions: 2, Documents: []string{"a.txt", "b.txt"},
				Roles: []Role{
					{Title: "defense minister", Of: "country:NZL", Code: "GOV", Evidence: []Evidence{gev(docA, 1), gev(docB, 0)}},
					{Title: "minister", Code: "GOV", Evidence: []Evidence{gev(docB, 1)}},
				},
			},
		},
		{
			name: "a referenced key gets a node from its prefix",
			results: []*extract.Result{
				result(docA, []extract.Entity{with(ent(docA, "person:x", extract.Person, "X", 0), func(e *extract.Entity) {
					e.Roles = []extract.Role{{Title: "spokesperson", Of: "organization:european-union", Evidence: ev(docA, 0)}}
				})}),
			},
			key: "organization:european-union",
			want: &Node{
				Key: "organization:european-union", Kind: KindOrganization, Label: "European Union", Aliases: []string{},
				Documents: []string{"a.txt"},
			},
		},
		{
			name: "a referenced country is labelled with its code",
			results: []*extract.Result{
				result(docA, nil, meet(docA, 0, []string{"person:x"}, []string{"country:FRA"})),
			},
			key: "country:FRA",
			want: &Node{
				Key: "country:FRA", Kind: KindCountry, Label: "FRA", Aliases: []string{}, Country: "FRA",
				Documents: []string{"a.txt"},
			},
		},
		{
			name: "an entity replaces a referenced node",
			results: []*extract.Result{
				result(docB, []extract.Entity{with(ent(docB, "country:FRA", extract.Country, "France", 0), func(e *extract.Entity) { e.Country = "FRA" })}),
				result(docA, nil, meet(docA, 0, []string{"person:x"}, []string{"country:FRA"})),
			},
			key: "country:FRA",
			want: &Node{
				Key: "country:FRA", Kind: KindCountry, Label: "France", Aliases: []string{}, Country: "FRA",
				Mentions: 1, Documents: []string{"a.txt", "b.txt"},
			},
			reason: "documents that only refer to a node count among its documents",
		},
		{
			name: "a key with an unknown prefix gets no node",
			results: []*extract.Result{
				result(docA, nil, meet(docA, 0, []string{"weapon:ak-47"}, []string{"person:x"})),
			},
			key: "weapon:ak-47",
		},
		{
			name: "event",
			results: []*extract.Result{
				result(docA, nil, extract.Event{
					Action: "sanction", Code: "163", Name: "Reduce relations", QuadClass: 4, Goldstein: -8,
					Agents: []string{"country:USA"}, Targets: []string{"country:IRN"}, Date: "2024-03", Negated: true, Evidence: ev(docA, 2),
				}),
			},
			key: eventKey("sanction", []string{"country:USA"}, []string{"country:IRN"}, "2024-03", true, "asserted"),
			want: &Node{
				Key:   eventKey("sanction", []string{"country:USA"}, []string{"country:IRN"}, "2024-03", true, "asserted"),
				Kind:  KindEvent,
				Label: "sanction", Mentions: 1, Documents: []string{"a.txt"},
				Event: &Event{
					Action: "sanction", Category: "16", CategoryName: "Reduce relations", CAMEO: "163", QuadClass: 4, Goldstein: -8,
					Date: "2024-03", Negated: true, Modality: "asserted", Evidence: []Evidence{gev(docA, 2)},
				},
			},
			reason: "a missing category is the root of the CAMEO code",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := build(tt.results)
			got := g.Node(tt.key)
			if diff := cmp.Diff(tt.want, got, cmpopts.IgnoreUnexported(Node{})); diff != "" {
				t.Errorf("Node(%q) mismatch (-want +got):\n%s\nreason: %s", tt.key, diff, tt.reason)
			}
		})
	}
}

func TestMergeEdges(t *testing.T) {
	ab := eventKey("meet", []string{"person:a", "person:b"}, []string{"person:c"}, "", false, "asserted")
	role := func(d *extract.Document, s int) extract.Entity {
		return with(ent(d, "person:x", extract.Person, "X", s), func(e *extract.Entity) {
			e.Roles = []extract.Role{{Title: "minister", Of: "country:NZL", Evidence: ev(d, s)}}
		})
	}
	located := func(d *extract.Document, country string) extract.Entity {
		return with(ent(d, "location:x", extract.Location, "X", 1), func(e *extract.Entity) { e.Country = country })
	}
	nzl := func(d *extract.Document) extract.Entity {
		return ent(d, "country:NZL", extract.Country, "New Zealand", 0)
	}

	tests := []struct {
		name    string
		results []*extract.Result
		want    []*Edge
		reason  string
	}{
		{
			name:    "agents and targets",
			results: []*extract.Result{result(docA, nil, meet(docA, 0, []string{"person:b", "person:a", "person:b"}, []string{"person:c"}))},
			want: []*Edge{
				{Source: ab, Target: "person:c", Relation: RelTarget, Weight: 1, Evidence: []Evidence{gev(docA, 0)}},
				{Source: "person:a", Target: ab, Relation: RelAgent, Weight: 1, Evidence: []Evidence{gev(docA, 0)}},
				{Source: "person:b", Target: ab, Relation: RelAgent, Weight: 1, Evidence: []Evidence{gev(docA, 0)}},
			},
			reason: "a participant listed twice counts once",
		},
		{
			name: "role edges add up across documents",
			results: []*extract.Result{
				result(docB, []extract.Entity{role(docB, 2)}),
				result(docA, []extract.Entity{role(docA, 1)}),
			},
			want: []*Edge{
				{Source: "person:x", Target: "country:NZL", Relation: RelRole, Weight: 2, Evidence: []Evidence{gev(docA, 1), gev(docB, 2)}},
			},
			reason: "evidence is sorted by document whatever the order of adding",
		},
		{
			name:    "located_in when the country node exists",
			results: []*extract.Result{result(docA, []extract.Entity{nzl(docA), located(docA, "NZL")})},
			want: []*Edge{
				{Source: "location:x", Target: "country:NZL", Relation: RelLocatedIn, Weight: 1, Evidence: []Evidence{gev(docA, 1)}},
			},
		},
		{
			name: "located_in to a country seen in another document",
			results: []*extract.Result{
				result(docA, []extract.Entity{located(docA, "NZL")}),
				result(docB, []extract.Entity{nzl(docB), located(docB, "NZL")}),
			},
			want: []*Edge{
				{Source: "location:x", Target: "country:NZL", Relation: RelLocatedIn, Weight: 2, Evidence: []Evidence{gev(docA, 1), gev(docB, 1)}},
			},
			reason: "the weight counts documents",
		},
		{
			name:    "no located_in without the country node",
			results: []*extract.Result{result(docA, []extract.Entity{located(docA, "EST")})},
			want:    []*Edge{},
		},
		{
			name: "edges to an unknown prefix are dropped",
			results: []*extract.Result{
				result(docA, nil, meet(docA, 0, []string{"weapon:x"}, []string{"person:c"})),
			},
			want: []*Edge{
				{
					Source: eventKey("meet", []string{"weapon:x"}, []string{"person:c"}, "", false, "asserted"), Target: "person:c",
					Relation: RelTarget, Weight: 1, Evidence: []Evidence{gev(docA, 0)},
				},
			},
		},
		{
			name: "no role edge without of",
			results: []*extract.Result{result(docA, []extract.Entity{with(ent(docA, "person:x", extract.Person, "X", 0), func(e *extract.Entity) {
				e.Roles = []extract.Role{{Title: "president", Evidence: ev(docA, 0)}}
			})})},
			want: []*Edge{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := build(tt.results)
			got := g.Edges()
			if diff := cmp.Diff(tt.want, got, cmpopts.IgnoreUnexported(Edge{}), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Edges() mismatch (-want +got):\n%s\nreason: %s", diff, tt.reason)
			}
			for _, e := range got {
				if g.Node(e.Source) == nil || g.Node(e.Target) == nil {
					t.Errorf("edge %s -> %s: endpoint has no node", e.Source, e.Target)
				}
			}
		})
	}
}

func TestEventKey(t *testing.T) {
	base := eventKey("meet", []string{"country:NZL", "person:x"}, []string{"country:AUS"}, "", false, "asserted")
	if !regexp.MustCompile(`^event:[0-9a-f]{12}$`).MatchString(base) {
		t.Errorf("eventKey = %q, want event: and 12 hex digits", base)
	}
	// Pinned so that a change of ids across versions is a conscious one.
	if want := "event:c931639c560e"; base != want {
		t.Errorf("eventKey = %q, want %q", base, want)
	}
	others := map[string]string{
		"action":   eventKey("visit", []string{"country:NZL", "person:x"}, []string{"country:AUS"}, "", false, "asserted"),
		"agents":   eventKey("meet", []string{"country:NZL"}, []string{"country:AUS", "person:x"}, "", false, "asserted"),
		"date":     eventKey("meet", []string{"country:NZL", "person:x"}, []string{"country:AUS"}, "2024", false, "asserted"),
		"negated":  eventKey("meet", []string{"country:NZL", "person:x"}, []string{"country:AUS"}, "", true, "asserted"),
		"modality": eventKey("meet", []string{"country:NZL", "person:x"}, []string{"country:AUS"}, "", false, "future"),
	}
	for field, k := range others {
		if k == base {
			t.Errorf("changing the %s left the event id %s unchanged", field, k)
		}
	}

	// Participant order does not matter.
	g1 := build([]*extract.Result{result(docA, nil, meet(docA, 1, []string{"person:x", "country:NZL"}, []string{"country:AUS"}))})
	g2 := build([]*extract.Result{result(docA, nil, meet(docA, 1, []string{"country:NZL", "person:x"}, []string{"country:AUS"}))})
	if diff := cmp.Diff(keys(g1), keys(g2)); diff != "" {
		t.Errorf("node keys depend on agent order (-want +got):\n%s", diff)
	}
}

func keys(g *Graph) []string {
	var out []string
	for _, n := range g.Nodes() {
		out = append(out, n.Key)
	}
	return out
}

func TestAddIgnores(t *testing.T) {
	g := build(fixture())
	want := g.Wire()
	g.Add(nil)
	g.Add(&extract.Result{})
	g.Add(fixture()[0]) // Already added.
	if diff := cmp.Diff(want, g.Wire()); diff != "" {
		t.Errorf("graph changed after adding nil, empty and duplicate results (-want +got):\n%s", diff)
	}
	if _, ok := g.Document("pacific.txt"); !ok {
		t.Error(`Document("pacific.txt") not found`)
	}
}

// TestIsDeterministic builds the same graph from results added in shuffled
// orders and checks every encoding is byte for byte the same.
func TestIsDeterministic(t *testing.T) {
	results := append(fixture(), synthetic(200)...)
	encode := func(g *Graph) (string, string) {
		var j, d bytes.Buffer
		if err := EncodeJSON(&j, g); err != nil {
			t.Fatal(err)
		}
		if err := EncodeDOT(&d, g); err != nil {
			t.Fatal(err)
		}
		return j.String(), d.String()
	}
	wantJSON, wantDOT := encode(build(results))
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 50 {
		shuffled := slices.Clone(results)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		gotJSON, gotDOT := encode(build(shuffled))
		if gotJSON != wantJSON {
			t.Fatalf("run %d: JSON differs with the order of documents", i)
		}
		if gotDOT != wantDOT {
			t.Fatalf("run %d: DOT differs with the order of documents", i)
		}
	}
}

func TestMultigraph(t *testing.T) {
	g := build(fixture())
	mg := g.Multigraph()
	nodes := g.Nodes()
	if got := mg.Nodes().Len(); got != len(nodes) {
		t.Errorf("multigraph has %d nodes, want %d", got, len(nodes))
	}
	for i, n := range nodes {
		if n.ID() != int64(i) {
			t.Errorf("node %s has id %d, want its position %d", n.Key, n.ID(), i)
		}
		if mg.Node(n.ID()) != gonumgraph.Node(n) {
			t.Errorf("multigraph node %d is not %s", n.ID(), n.Key)
		}
	}
	lines := 0
	for _, e := range g.Edges() {
		from, to := e.From().(*Node), e.To().(*Node)
		if from.Key != e.Source || to.Key != e.Target {
			t.Errorf("edge %s -> %s joins %s -> %s", e.Source, e.Target, from.Key, to.Key)
		}
		if !mg.HasEdgeFromTo(from.ID(), to.ID()) {
			t.Errorf("multigraph lacks %s -> %s", e.Source, e.Target)
		}
		r := e.ReversedLine().(*Edge)
		if r.Source != e.Target || r.From().(*Node) != to {
			t.Errorf("ReversedLine of %s -> %s is %s -> %s", e.Source, e.Target, r.Source, r.Target)
		}
	}
	for _, n := range nodes {
		for to := mg.From(n.ID()); to.Next(); {
			lines += mg.Lines(n.ID(), to.Node().ID()).Len()
		}
	}
	if lines != len(g.Edges()) {
		t.Errorf("multigraph has %d lines, want %d", lines, len(g.Edges()))
	}
}

func TestDocuments(t *testing.T) {
	g := build(fixture())
	want := []Document{
		{ID: "baltic.txt", Path: "articles/baltic.txt", Title: `EU "Will Not" Sanction Xinhua, Kallas Says`, Sentences: 3, SHA256: fixture()[0].Doc.SHA256},
		{ID: "pacific.txt", Path: "articles/pacific.txt", Title: "New Zealand Joins Allies in Naming APT40", Date: "2024-03-26", Sentences: 3, SHA256: fixture()[1].Doc.SHA256},
	}
	if diff := cmp.Diff(want, g.Documents()); diff != "" {
		t.Errorf("Documents() mismatch (-want +got):\n%s", diff)
	}
}

func TestLabelOfKey(t *testing.T) {
	tests := []struct{ key, want string }{
		{"country:NZL", "NZL"},
		{"person:judith-collins", "Judith Collins"},
		{"organization:état-islamique", "État Islamique"},
		{"location:x", "X"},
	}
	for _, tt := range tests {
		if got := labelOfKey(tt.key); got != tt.want {
			t.Errorf("labelOfKey(%q) = %q, want %q", tt.key, got, tt.want)
		}
	}
}

func TestZeroGraph(t *testing.T) {
	var g Graph
	if n := len(g.Nodes()); n != 0 {
		t.Errorf("zero Graph has %d nodes", n)
	}
	g.Add(fixture()[1])
	if diff := cmp.Diff(build(fixture()[1:]).Wire(), g.Wire()); diff != "" {
		t.Errorf("zero Graph after Add (-want +got):\n%s", diff)
	}
}
