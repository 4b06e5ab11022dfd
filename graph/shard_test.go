package graph

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/newsgraph/newsgraph/extract"
)

// adversarial returns seeded results that exercise every merge rule: keys
// typed against their prefix or not at all, entities without labels, types
// and countries that differ between documents, role codes given by some
// documents only, references to keys that no document lists or that have no
// known prefix, and located_in edges to countries that no document names.
func adversarial(seed uint64, docs int) []*extract.Result {
	rng := rand.New(rand.NewPCG(seed, 7))
	keys := []string{
		"person:ana", "person:bo", "organization:acme", "organization:un", "country:NZL", "country:AUS",
		"location:lyon", "location:perth", "weapon:drone", "ship:ever-given",
	}
	types := []extract.EntityType{extract.Person, extract.Organization, extract.Country, extract.Location, "", "vehicle"}
	countries := []string{"", "", "NZL", "AUS", "FRA"}
	codes := []string{"", "GOV", "MIL"}
	labels := []string{"", "Ana", "Ana Lima", "Bo", "ACME", "Acme Corp", "United Nations", "UN", "Lyon", "Perth"}
	pickOne := func(s []string) string { return s[rng.IntN(len(s))] }

	var out []*extract.Result
	for d := range docs {
		var sents []string
		for s := range 4 {
			sents = append(sents, fmt.Sprintf("Sentence %d of story %d.", s, d))
		}
		// Paths in two folders, so that some ids would collide.
		doc := makeDoc(fmt.Sprintf("s%02d.txt", d), pickOne([]string{"", "2024-05-01"}), sents...)
		doc.Path = fmt.Sprintf("%s/s%02d.txt", pickOne([]string{"east", "west"}), d)
		r := &extract.Result{Doc: doc}
		listed := map[string]bool{}
		for range 1 + rng.IntN(5) {
			key := pickOne(keys[:8])
			if listed[key] {
				continue
			}
			listed[key] = true
			s := rng.IntN(len(sents))
			e := extract.Entity{
				Key: key, Type: types[rng.IntN(len(types))], Label: pickOne(labels), Country: pickOne(countries),
				Mentions: []extract.Mention{{Text: "Sentence", Start: doc.Sentences[s].Start, End: doc.Sentences[s].Start + 8, Sentence: s}},
			}
			if rng.IntN(3) == 0 {
				e.Aliases = []string{pickOne(labels[1:])}
			}
			if rng.IntN(2) == 0 {
				e.Type = extract.EntityType(strings.Split(key, ":")[0])
			}
			for range rng.IntN(3) {
				e.Roles = append(e.Roles, extract.Role{
					Title: pickOne([]string{"minister", "spokesperson"}), Of: pickOne([]string{"", "country:NZL", "organization:un", "organization:eu", "weapon:drone"}),
					Code: pickOne(codes), Evidence: ev(doc, rng.IntN(len(sents))),
				})
			}
			r.Entities = append(r.Entities, e)
		}
		slices.SortFunc(r.Entities, func(a, b extract.Entity) int { return strings.Compare(a.Key, b.Key) })
		for range rng.IntN(3) {
			r.Events = append(r.Events, extract.Event{
				Action: pickOne([]string{"meet", "accuse"}), Code: pickOne([]string{"036", "112"}), Name: "Some category",
				QuadClass: 1 + rng.IntN(4), Goldstein: float64(rng.IntN(20)) - 10,
				Agents: []string{pickOne(keys)}, Targets: []string{pickOne(keys), pickOne(keys)},
				Date: pickOne([]string{"", "2024", "2024-05-02"}), Negated: rng.IntN(4) == 0, Evidence: ev(doc, rng.IntN(len(sents))),
			})
		}
		out = append(out, r)
	}
	return out
}

// encodeBoth returns the JSON and DOT encodings of g.
func encodeBoth(t testing.TB, g *Graph) (string, string) {
	t.Helper()
	var j, d bytes.Buffer
	if err := EncodeJSON(&j, g); err != nil {
		t.Fatal(err)
	}
	if err := EncodeDOT(&d, g); err != nil {
		t.Fatal(err)
	}
	return j.String(), d.String()
}

// reload returns the graph read back from the JSON encoding of g.
func reload(t testing.TB, g *Graph) *Graph {
	t.Helper()
	w, err := DecodeJSON(strings.NewReader(string(encodeJSON(t, g))))
	if err != nil {
		t.Fatal(err)
	}
	h, err := FromWire(w)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestFromWireRoundTrip(t *testing.T) {
	cases := map[string]*Graph{
		"empty":       New(),
		"fixture":     build(fixture()),
		"synthetic":   build(synthetic(300)),
		"adversarial": build(adversarial(1, 40)),
	}
	for name, g := range cases {
		t.Run(name, func(t *testing.T) {
			wantJSON, wantDOT := encodeBoth(t, g)
			gotJSON, gotDOT := encodeBoth(t, reload(t, g))
			if gotJSON != wantJSON {
				t.Errorf("JSON changed through FromWire (-want +got):\n%s", cmp.Diff(strings.Split(wantJSON, "\n"), strings.Split(gotJSON, "\n")))
			}
			if gotDOT != wantDOT {
				t.Errorf("DOT changed through FromWire (-want +got):\n%s", cmp.Diff(strings.Split(wantDOT, "\n"), strings.Split(gotDOT, "\n")))
			}
		})
	}
}

// TestMergeIsWhole splits documents into shards in many ways, builds and
// round-trips each shard through JSON, merges them in a shuffled order and
// checks that the result is byte for byte the graph of all documents.
func TestMergeIsWhole(t *testing.T) {
	sets := map[string][]*extract.Result{
		"fixture":   fixture(),
		"synthetic": synthetic(300),
	}
	for seed := range uint64(6) {
		sets[fmt.Sprintf("adversarial-%d", seed)] = adversarial(seed, 30)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for name, results := range sets {
		t.Run(name, func(t *testing.T) {
			wantJSON, wantDOT := encodeBoth(t, build(results))
			for try := range 8 {
				k := 1 + rng.IntN(min(5, len(results)))
				shards := make([][]*extract.Result, k)
				for _, r := range results {
					i := rng.IntN(k)
					shards[i] = append(shards[i], r)
				}
				var gs []*Graph
				for _, s := range shards {
					gs = append(gs, reload(t, build(s)))
				}
				rng.Shuffle(len(gs), func(i, j int) { gs[i], gs[j] = gs[j], gs[i] })
				merged, renames := Merge(gs...)
				if len(renames) > 0 {
					t.Errorf("renamed %v, want no renames", renames)
				}
				gotJSON, gotDOT := encodeBoth(t, merged)
				if gotJSON != wantJSON {
					t.Fatalf("try %d, %d shards: merged JSON differs from the whole (-want +got):\n%s", try, k,
						cmp.Diff(strings.Split(wantJSON, "\n"), strings.Split(gotJSON, "\n")))
				}
				if gotDOT != wantDOT {
					t.Fatalf("try %d, %d shards: merged DOT differs from the whole", try, k)
				}
			}
		})
	}
}

// TestMergeRenames checks that documents of different shards that share an
// id get the ids one run over all of them gives, and their events new ids.
func TestMergeRenames(t *testing.T) {
	results := adversarial(11, 12)
	// As if each shard named its files directly: ids are base names, and
	// the same base name comes from several folders.
	for _, r := range results {
		r.Doc.ID = "story.txt"
	}
	paths := make([]string, len(results))
	for i, r := range results {
		r.Doc.Path = fmt.Sprintf("%s/%d/story.txt", []string{"east", "west"}[i%2], i)
		paths[i] = r.Doc.Path
	}
	// The whole run: ids made unique over all inputs.
	bases := make([]string, len(results))
	for i := range bases {
		bases[i] = "story.txt"
	}
	whole := make([]*extract.Result, len(results))
	for i, id := range UniqueIDs(bases, paths) {
		whole[i] = withID(results[i], id)
	}
	want := build(whole).Wire()

	// Three shards, each with its own unique ids.
	var gs []*Graph
	for s := range 3 {
		var in []*extract.Result
		var ps []string
		for i := s; i < len(results); i += 3 {
			in = append(in, results[i])
			ps = append(ps, paths[i])
		}
		ids := UniqueIDs(slices.Repeat([]string{"story.txt"}, len(in)), ps)
		var shard []*extract.Result
		for i, r := range in {
			shard = append(shard, withID(r, ids[i]))
		}
		gs = append(gs, reload(t, build(shard)))
	}
	// Renaming changes the order of ids, so which document's type, country
	// and role code win may differ; everything else is that of one run.
	ignore := cmp.Options{
		cmpopts.IgnoreFields(WireNode{}, "Type", "Country"),
		cmpopts.IgnoreFields(WireRole{}, "Code"),
		cmpopts.IgnoreFields(WireMerge{}, "TypeFrom", "CountryFrom", "CodeFrom"),
	}
	for _, order := range [][]int{{0, 1, 2}, {2, 0, 1}, {1, 2, 0}} {
		merged, renames := Merge(gs[order[0]], gs[order[1]], gs[order[2]])
		if diff := cmp.Diff(want, merged.Wire(), ignore); diff != "" {
			t.Fatalf("order %v: merged graph differs from the whole (-want +got):\n%s", order, diff)
		}
		if len(renames) < 2 {
			t.Errorf("order %v: renames %v, want at least the first of two shards renamed", order, renames)
		}
	}
}

// withID returns a copy of r whose document has the given id.
func withID(r *extract.Result, id string) *extract.Result {
	d := *r.Doc
	d.ID = id
	c := *r
	c.Doc = &d
	return &c
}

func TestMergeDoesNotChangeItsInputs(t *testing.T) {
	a, b := reload(t, build(fixture()[:1])), reload(t, build(fixture()[1:]))
	wantA, _ := encodeBoth(t, a)
	wantB, _ := encodeBoth(t, b)
	Merge(a, b, a) // a twice: its documents are renamed in the copy
	if got, _ := encodeBoth(t, a); got != wantA {
		t.Error("Merge changed its first graph")
	}
	if got, _ := encodeBoth(t, b); got != wantB {
		t.Error("Merge changed its second graph")
	}
}

func TestUniqueIDs(t *testing.T) {
	ids := []string{"a.txt", "a.txt", "b.txt", "a.txt#2", "a.txt", "stdin"}
	paths := []string{"y/a.txt", "x/a.txt", "b.txt", "w/a.txt#2", "a.txt", "-"}
	want := []string{"a.txt#4", "a.txt#3", "b.txt", "a.txt#2", "a.txt", "stdin"}
	if diff := cmp.Diff(want, UniqueIDs(ids, paths)); diff != "" {
		t.Errorf("UniqueIDs (-want +got):\n%s", diff)
	}
}

func TestBaseID(t *testing.T) {
	tests := []struct{ id, path, want string }{
		{"a.txt", "news/a.txt", "a.txt"},
		{"a.txt#2", "news/a.txt", "a.txt"},
		{"a.txt#2", "weird/a.txt#2", "a.txt#2"},
		{"sub/a.txt#3", "news/sub/a.txt", "sub/a.txt"},
		{"stdin#2", "-", "stdin"},
		{"stdin#2", "other/stdin", "stdin"},
		{"x#2", "elsewhere/y", "x#2"},
		{"a.txt#", "a.txt", "a.txt#"},
		{"a.txt#2b", "a.txt", "a.txt#2b"},
		{`a.txt#2`, `C:\news\a.txt`, "a.txt"},
	}
	for _, tt := range tests {
		if got := BaseID(tt.id, tt.path); got != tt.want {
			t.Errorf("BaseID(%q, %q) = %q, want %q", tt.id, tt.path, got, tt.want)
		}
	}
}

func TestFromWireErrors(t *testing.T) {
	good := func() *Wire { return build(fixture()).Wire() }
	tests := []struct {
		name   string
		change func(w *Wire)
		want   string
	}{
		{"schema", func(w *Wire) { w.Schema = "newsgraph/v0" }, `schema "newsgraph/v0"`},
		{"document twice", func(w *Wire) { w.Documents = append(w.Documents, w.Documents[0]) }, `document "baltic.txt" is listed twice`},
		{"node twice", func(w *Wire) { w.Nodes = append(w.Nodes, w.Nodes[0]) }, `node "country:NZL" is listed twice`},
		{"unknown document", func(w *Wire) { w.Nodes[0].Documents = []string{"nowhere.txt"} }, `node "country:NZL": unknown document "nowhere.txt"`},
		{"bad type", func(w *Wire) { w.Nodes[0].Type = "vehicle" }, `node "country:NZL": unknown type "vehicle"`},
		{"event without fields", func(w *Wire) { w.Nodes[1].WireEvent = nil }, `event fields do not match type "event"`},
		{"edge to nowhere", func(w *Wire) { w.Edges[0].Target = "person:nobody" }, `an endpoint is not a node`},
		{"evidence from nowhere", func(w *Wire) { w.Edges[0].Evidence[0].Document = "x.txt" }, `evidence from unknown document "x.txt"`},
		{"no documents", func(w *Wire) { w.Nodes[0].Documents = nil }, `node "country:NZL" has no documents`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := good()
			tt.change(w)
			_, err := FromWire(w)
			if err == nil || !strings.HasPrefix(err.Error(), "graph: ") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("FromWire error = %v, want graph: ...%s...", err, tt.want)
			}
		})
	}
	if _, err := FromWire(good()); err != nil {
		t.Errorf("FromWire(good) = %v", err)
	}
}

// TestRecordIDs checks that the per-document record uses the graph's ids.
func TestRecordIDs(t *testing.T) {
	for _, r := range append(fixture(), adversarial(5, 10)...) {
		g := build([]*extract.Result{r})
		rec := NewRecord(r)
		for _, e := range rec.Entities {
			n := g.Node(e.ID)
			if n == nil || n.Kind != e.Type {
				t.Errorf("%s: entity %s (%s) is not a node of that type in the graph: %+v", r.Doc.ID, e.ID, e.Type, n)
			}
		}
		for i, e := range rec.Events {
			if n := g.Node(e.ID); n == nil || n.Kind != KindEvent {
				t.Errorf("%s: event %s is not an event node of the graph", r.Doc.ID, e.ID)
			}
			if e.ID != EventID(&r.Events[i]) {
				t.Errorf("%s: EventID disagrees with the record", r.Doc.ID)
			}
		}
		for _, m := range Mentions(r) {
			if n := g.Node(m.ID); n == nil || n.Kind != m.EntityType || m.Type != string(n.Kind) && m.Type != Nationality && m.Type != Reference {
				t.Errorf("%s: mention of %s (%s) is not a node of that type", r.Doc.ID, m.ID, m.Type)
			}
		}
	}
}

// TestEncodeJSONStreams checks that the streaming encoder writes what
// encoding/json writes for the whole wire form.
func TestEncodeJSONStreams(t *testing.T) {
	for name, g := range map[string]*Graph{
		"empty": New(), "fixture": build(fixture()), "synthetic": build(synthetic(300)), "adversarial": build(adversarial(2, 30)),
	} {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(g.Wire()); err != nil {
			t.Fatal(err)
		}
		if got := string(encodeJSON(t, g)); got != want.String() {
			t.Errorf("%s: EncodeJSON differs from encoding/json (-want +got):\n%s", name,
				cmp.Diff(strings.Split(want.String(), "\n"), strings.Split(got, "\n")))
		}
	}
}
