package graph

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/extract"
)

// Node keys of the fixture graph, for the filter tests.
const (
	nzl       = "country:NZL"
	wellingtn = "location:wellington"
	tallinn   = "location:tallinn"
	apt40     = "organization:apt40"
	eu        = "organization:european-union"
	socgen    = "organization:societe-generale"
	xinhua    = "organization:xinhua"
	collins   = "person:judith-collins"
	kallas    = "person:kaja-kallas"
)

// fixtureEvents checks that the fixture has the events the filter tests
// name by action, "event:ACTION": target (2021), sanction (2024-03-18,
// negated) and meet (undated); it returns their keys.
func fixtureEvents(t *testing.T, g *Graph) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, n := range g.Nodes() {
		if n.Event != nil {
			out[n.Label] = n.Key
		}
	}
	if len(out) != 3 {
		t.Fatalf("fixture events: %v, want target, sanction and meet", out)
	}
	return out
}

func TestFilter(t *testing.T) {
	g := build(fixture())
	fixtureEvents(t, g)
	all := func() []string {
		var keys []string
		for _, n := range g.Nodes() {
			if n.Event != nil {
				keys = append(keys, "event:"+n.Label)
			} else {
				keys = append(keys, n.Key)
			}
		}
		return keys
	}
	tests := []struct {
		name   string
		filter Filter
		want   []string // node keys; events by action as "event:ACTION"
		reason string
	}{
		{name: "zero", filter: Filter{}, want: all()},
		{
			name: "types person", filter: Filter{Types: []Kind{KindPerson}},
			want:   []string{collins, kallas, "event:meet"},
			reason: "persons are listed, so Collins stays without an edge; meet keeps its agent Kallas",
		},
		{
			name: "types country and organization", filter: Filter{Types: []Kind{KindCountry, KindOrganization}},
			want: []string{nzl, apt40, eu, socgen, xinhua, "event:target", "event:sanction", "event:meet"},
		},
		{
			name: "countries", filter: Filter{Countries: []string{"NZL"}},
			want:   []string{nzl, wellingtn, collins, "event:target", "event:meet"},
			reason: "entities of NZL and the events they take part in; the other participants go",
		},
		{
			name: "since year", filter: Filter{Since: "2024"},
			want:   []string{eu, socgen, xinhua, kallas, "event:sanction"},
			reason: "undated meet and 2021 target go; the sanction's parties stay, and Kallas, whose title is of the EU",
		},
		{
			name: "until", filter: Filter{Until: "2021-12-31"},
			want:   []string{nzl, wellingtn, apt40, collins, "event:target"},
			reason: "Collins holds a title of NZL, the target; Wellington is in NZL",
		},
		{
			name: "since month overlaps day", filter: Filter{Since: "2024-03"},
			want:   []string{eu, socgen, xinhua, kallas, "event:sanction"},
			reason: "2024-03-18 is in March 2024",
		},
		{
			name: "since day after", filter: Filter{Since: "2024-03-19"},
			want: nil,
		},
		{
			name: "since with types", filter: Filter{Since: "2024-03-19", Types: []Kind{KindCountry}},
			want:   []string{nzl},
			reason: "listed types stay without events",
		},
		{
			name: "coarse date overlaps range", filter: Filter{Since: "2021-06", Until: "2021-07"},
			want:   []string{nzl, wellingtn, apt40, collins, "event:target"},
			reason: "an event dated 2021 may have happened in June 2021",
		},
		{
			name: "min weight", filter: Filter{MinWeight: 2},
			want:   nil,
			reason: "every fixture edge was seen once",
		},
		{
			name: "top 2", filter: Filter{Top: 2},
			want:   []string{nzl, kallas, "event:meet"},
			reason: "NZL has 4 neighbours; Kallas and the EU have 2, Kallas more mentions; meet links the two",
		},
		{
			name: "top with types", filter: Filter{Top: 1, Types: []Kind{KindOrganization}},
			want:   []string{apt40},
			reason: "each organization has 1 neighbour (an event); APT40 and Xinhua have the most mentions, APT40 the smaller id; listed, it stays alone",
		},
		{
			name: "countries and since", filter: Filter{Countries: []string{"NZL", "CHN"}, Since: "2021", Until: "2021"},
			want: []string{nzl, wellingtn, apt40, collins, "event:target"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := g.Filter(tt.filter)
			if err != nil {
				t.Fatalf("Filter(%+v): %v", tt.filter, err)
			}
			var got []string
			for _, n := range f.Nodes() {
				key := n.Key
				if n.Event != nil {
					key = "event:" + n.Label
				}
				got = append(got, key)
			}
			want := slices.Clone(tt.want)
			slices.Sort(got)
			slices.Sort(want)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Filter(%+v) nodes (-want +got):\n%s\n%s", tt.filter, diff, tt.reason)
			}
			// Every edge joins kept nodes, and the result is a valid graph
			// that reads back the same.
			for _, e := range f.Edges() {
				if f.Node(e.Source) == nil || f.Node(e.Target) == nil {
					t.Errorf("edge %s -> %s joins a dropped node", e.Source, e.Target)
				}
			}
			var a, b bytes.Buffer
			if err := EncodeJSON(&a, f); err != nil {
				t.Fatal(err)
			}
			w, err := DecodeJSON(bytes.NewReader(a.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			back, err := FromWire(w)
			if err != nil {
				t.Fatalf("filtered graph does not read back: %v", err)
			}
			if err := EncodeJSON(&b, back); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Error("filtered graph changes when read back")
			}
			if len(f.Documents()) != len(g.Documents()) {
				t.Errorf("filtered graph has %d documents, want all %d", len(f.Documents()), len(g.Documents()))
			}
		})
	}
}

func TestFilterKeepsMetrics(t *testing.T) {
	g := build(fixture())
	g.SetMetrics(map[string]Metrics{nzl: {Community: 2, PageRank: 0.123456789}, kallas: {Community: 2, PageRank: 0.25}})
	f, err := g.Filter(Filter{Top: 2})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]Metrics{nzl: {Community: 2, PageRank: 0.123457}, kallas: {Community: 2, PageRank: 0.25}}
	got := map[string]Metrics{}
	for _, n := range f.Nodes() {
		if n.Metrics != nil {
			got[n.Key] = *n.Metrics
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("metrics after filtering (-want +got):\n%s", diff)
	}
}

func TestFilterTopRanksByPageRank(t *testing.T) {
	g := build(fixture())
	// Kallas and the EU both have 2 neighbours: the higher PageRank wins
	// over the mentions.
	// Listing the types keeps them though no event links the two.
	g.SetMetrics(map[string]Metrics{eu: {PageRank: 0.5}, kallas: {PageRank: 0.1}, nzl: {PageRank: 0.1}})
	f, err := g.Filter(Filter{Top: 2, Types: []Kind{KindPerson, KindOrganization, KindCountry}})
	if err != nil {
		t.Fatal(err)
	}
	if f.Node(eu) == nil || f.Node(kallas) != nil {
		t.Errorf("Filter(Top: 2) kept %v, want NZL and the EU (higher PageRank)", keysOf(f))
	}
}

func keysOf(g *Graph) []string {
	var out []string
	for _, n := range g.Nodes() {
		out = append(out, n.Key)
	}
	return out
}

func TestFilterValidate(t *testing.T) {
	tests := []struct {
		name   string
		filter Filter
		want   string // substring of the error; "" for none
	}{
		{"zero", Filter{}, ""},
		{"all", Filter{Types: []Kind{KindPerson, KindLocation}, Countries: []string{"NZL"}, Since: "2024", Until: "2024-03-31", MinWeight: 2, Top: 5}, ""},
		{"event type", Filter{Types: []Kind{KindEvent}}, "events are kept while they link kept entities"},
		{"unknown type", Filter{Types: []Kind{"people"}}, `unknown type "people"`},
		{"lower-case country", Filter{Countries: []string{"nzl"}}, `"nzl" is not an ISO 3166-1 alpha-3 code`},
		{"two-letter country", Filter{Countries: []string{"NZ"}}, `"NZ" is not`},
		{"bad month", Filter{Since: "2024-13"}, `since: "2024-13" is not a date`},
		{"bad day", Filter{Until: "2023-02-29"}, `until: "2023-02-29" is not a date`},
		{"time", Filter{Since: "2024-03-01T00:00"}, "is not a date"},
		{"reversed", Filter{Since: "2024-03", Until: "2024-02-28"}, "since 2024-03 is after until 2024-02-28"},
		{"same period", Filter{Since: "2024", Until: "2024-01"}, ""},
		{"negative weight", Filter{MinWeight: -1}, "min-weight -1 is negative"},
		{"negative top", Filter{Top: -3}, "top -3 is negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.filter.Validate()
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("Validate() = %v, want nil", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("Validate() = %v, want an error with %q", err, tt.want)
			}
		})
	}
	if _, err := build(fixture()).Filter(Filter{Top: -1}); err == nil || !strings.HasPrefix(err.Error(), "graph: filter: ") {
		t.Errorf("Filter with a bad filter = %v, want a graph: filter: error", err)
	}
}

func TestFilterMinWeight(t *testing.T) {
	// The same event reported twice: its edges weigh 2.
	d := makeDoc("a.txt", "2024-01-02", "Headline.", "Fiji met Tonga.", "Fiji met Tonga again.", "Samoa met Tonga.")
	meet := func(agent string, s int) extract.Event {
		return extract.Event{Action: "meet", Code: "036", Category: "03", QuadClass: 1, Goldstein: 4,
			Agents: []string{agent}, Targets: []string{"country:TON"}, Evidence: ev(d, s)}
	}
	g := build([]*extract.Result{{Doc: d, Events: []extract.Event{meet("country:FJI", 1), meet("country:FJI", 2), meet("country:WSM", 3)}}})
	f, err := g.Filter(Filter{MinWeight: 2})
	if err != nil {
		t.Fatal(err)
	}
	got := keysOf(f)
	if len(got) != 3 || f.Node("country:FJI") == nil || f.Node("country:TON") == nil || f.Node("country:WSM") != nil {
		t.Errorf("Filter(MinWeight: 2) kept %v, want Fiji, Tonga and their meeting", got)
	}
}
