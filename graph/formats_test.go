package graph

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"gonum.org/v1/gonum/graph/encoding/dot"
	"gonum.org/v1/gonum/graph/multi"
)

// withMetrics returns the fixture graph with Metrics on its actors.
func withMetrics() *Graph {
	g := build(fixture())
	g.SetMetrics(map[string]Metrics{
		nzl:    {Community: 1, PageRank: 0.3},
		kallas: {Community: 1, PageRank: 0.2},
		eu:     {Community: 2, PageRank: 0.15},
		xinhua: {Community: 2, PageRank: 0.12},
		socgen: {Community: 2, PageRank: 0.12},
		apt40:  {Community: 1, PageRank: 0.1},
		// Events get no metrics, whatever the map says.
		"event:000000000000": {Community: 9},
	})
	return g
}

func TestMetricsJSON(t *testing.T) {
	g := withMetrics()
	out := encodeJSON(t, g)
	if err := compileSchema(t).Validate(instance(t, out)); err != nil {
		t.Errorf("JSON with metrics does not validate: %v", err)
	}
	w, err := DecodeJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][2]float64{}
	for _, n := range w.Nodes {
		if n.Type == KindEvent && (n.Community != nil || n.PageRank != nil) {
			t.Errorf("event %s has metrics", n.ID)
		}
		if n.Community != nil {
			got[n.ID] = [2]float64{float64(*n.Community), *n.PageRank}
		}
	}
	want := map[string][2]float64{nzl: {1, 0.3}, kallas: {1, 0.2}, eu: {2, 0.15}, xinhua: {2, 0.12}, socgen: {2, 0.12}, apt40: {1, 0.1}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("metrics in the JSON (-want +got):\n%s", diff)
	}
	// They read back, so that the graph encodes the same.
	back, err := FromWire(w)
	if err != nil {
		t.Fatal(err)
	}
	if again := encodeJSON(t, back); !bytes.Equal(out, again) {
		t.Errorf("JSON with metrics changes when read back:\n%s", cmp.Diff(string(out), string(again)))
	}
	// A singleton's community is written as 0, not left out.
	g.SetMetrics(map[string]Metrics{nzl: {PageRank: 1}})
	if !bytes.Contains(encodeJSON(t, g), []byte(`"community": 0,`)) {
		t.Error(`a community 0 is not written as "community": 0`)
	}
	// Without metrics, no field.
	if bytes.Contains(encodeJSON(t, build(fixture())), []byte(`"pagerank"`)) {
		t.Error("a graph without metrics has pagerank fields")
	}
}

func TestSetMetricsRounds(t *testing.T) {
	g := build(fixture())
	g.SetMetrics(map[string]Metrics{nzl: {PageRank: 0.1234567890123}, kallas: {PageRank: 1.0 / 3}})
	if got := g.Node(nzl).Metrics.PageRank; got != 0.123457 {
		t.Errorf("PageRank 0.1234567890123 set as %v, want 0.123457", got)
	}
	if got := g.Node(kallas).Metrics.PageRank; got != 0.333333 {
		t.Errorf("PageRank 1/3 set as %v, want 0.333333", got)
	}
	if !g.HasMetrics() || build(fixture()).HasMetrics() {
		t.Error("HasMetrics is wrong")
	}
}

// graphML is the part of a GraphML document the tests read.
type graphML struct {
	Keys []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string        `xml:"edgedefault,attr"`
		Nodes       []graphMLItem `xml:"node"`
		Edges       []graphMLItem `xml:"edge"`
	} `xml:"graph"`
}

type graphMLItem struct {
	ID     string `xml:"id,attr"`
	Source string `xml:"source,attr"`
	Target string `xml:"target,attr"`
	Data   []struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	} `xml:"data"`
}

func (it graphMLItem) value(key string) (string, bool) {
	for _, d := range it.Data {
		if d.Key == key {
			return d.Value, true
		}
	}
	return "", false
}

func TestEncodeGraphML(t *testing.T) {
	g := withMetrics()
	var buf bytes.Buffer
	if err := EncodeGraphML(&buf, g); err != nil {
		t.Fatal(err)
	}
	var doc graphML
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("GraphML is not XML: %v\n%s", err, buf.String())
	}
	if doc.Graph.EdgeDefault != "directed" {
		t.Errorf("edgedefault %q, want directed", doc.Graph.EdgeDefault)
	}
	keys := map[string]string{}
	for _, k := range doc.Keys {
		keys[k.ID] = k.Type
	}
	check := func(what string, it graphMLItem) {
		for _, d := range it.Data {
			typ, ok := keys[d.Key]
			if !ok {
				t.Errorf("%s: data key %q is not declared", what, d.Key)
				continue
			}
			var err error
			switch typ {
			case "int":
				_, err = strconv.Atoi(d.Value)
			case "double":
				_, err = strconv.ParseFloat(d.Value, 64)
			case "boolean":
				_, err = strconv.ParseBool(d.Value)
			}
			if err != nil {
				t.Errorf("%s: %s %q is not a %s", what, d.Key, d.Value, typ)
			}
		}
	}
	if len(doc.Graph.Nodes) != len(g.Nodes()) || len(doc.Graph.Edges) != len(g.Edges()) {
		t.Errorf("GraphML has %d nodes and %d edges, want %d and %d", len(doc.Graph.Nodes), len(doc.Graph.Edges), len(g.Nodes()), len(g.Edges()))
	}
	ids := map[string]bool{}
	for _, n := range doc.Graph.Nodes {
		ids[n.ID] = true
		check("node "+n.ID, n)
		if n.ID == socgen {
			if got, _ := n.value("n_label"); got != `Société "Générale"` {
				t.Errorf("label of %s read back as %q", socgen, got)
			}
			if got, _ := n.value("n_pagerank"); got != "0.12" {
				t.Errorf("pagerank of %s = %q, want 0.12", socgen, got)
			}
		}
		if strings.HasPrefix(n.ID, "event:") {
			if _, ok := n.value("n_community"); ok {
				t.Errorf("event %s has a community", n.ID)
			}
		}
	}
	for _, e := range doc.Graph.Edges {
		check("edge "+e.ID, e)
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("edge %s joins unknown nodes %s, %s", e.ID, e.Source, e.Target)
		}
	}
	if err := EncodeGraphML(failWriter{}, g); err == nil {
		t.Error("EncodeGraphML to a failing writer returned no error")
	}
}

func TestEncodeCSV(t *testing.T) {
	g := withMetrics()
	var nodes, edges bytes.Buffer
	if err := EncodeCSV(&nodes, &edges, g); err != nil {
		t.Fatal(err)
	}
	nrows, err := csv.NewReader(&nodes).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	erows, err := csv.NewReader(&edges).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(CSVNodeHeader, nrows[0]); diff != "" {
		t.Errorf("nodes header (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(CSVEdgeHeader, erows[0]); diff != "" {
		t.Errorf("edges header (-want +got):\n%s", diff)
	}
	ids := map[string]bool{}
	byID := map[string][]string{}
	for _, r := range nrows[1:] {
		ids[r[0]] = true
		byID[r[0]] = r
	}
	for _, r := range erows[1:] {
		if !ids[r[0]] || !ids[r[1]] {
			t.Errorf("edge %v joins a node not in nodes.csv", r)
		}
	}
	if got := byID[kallas]; got[1] != "Actor;Person" || got[4] != "Kallas" || got[9] != "1" || got[10] != "0.2" {
		t.Errorf("Kallas's row = %q", got)
	}
	if got := byID[kallas][6]; got != "foreign policy chief of organization:european-union [DIP];prime minister [GOV]" {
		t.Errorf("Kallas's roles = %q", got)
	}
	if got := byID[wellingtn][1]; got != "Location" {
		t.Errorf("Wellington's labels = %q, want Location", got)
	}
	if len(nrows)-1 != len(g.Nodes()) || len(erows)-1 != len(g.Edges()) {
		t.Errorf("CSV has %d nodes and %d edges, want %d and %d", len(nrows)-1, len(erows)-1, len(g.Nodes()), len(g.Edges()))
	}
	if err := EncodeCSV(failWriter{}, io.Discard, g); err == nil {
		t.Error("EncodeCSV to a failing writer returned no error")
	}
}

func TestCSVList(t *testing.T) {
	if got := csvList([]string{"a;b", "c\nd", "e"}); got != "a,b;c d;e" {
		t.Errorf("csvList = %q", got)
	}
}

func TestEventRows(t *testing.T) {
	g := build(fixture())
	rows := EventRows(g)
	type short struct{ Date, Agent, Action, Target string }
	var got []short
	for _, r := range rows {
		got = append(got, short{r.Date, r.AgentID, r.Action, r.TargetID})
	}
	want := []short{
		{"2021", apt40, "target", nzl},
		{"2024-03-18", eu, "sanction", socgen},
		{"2024-03-18", eu, "sanction", xinhua},
		{"", kallas, "meet", nzl},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("event rows (-want +got):\n%s", diff)
	}
	if r := rows[0]; r.Agent != "APT40" || r.AgentCountry != "CHN" || r.TargetCountry != "NZL" || r.QuadClass != 4 || r.Goldstein != -7 || r.Document != "pacific.txt" || r.Sentence != 1 {
		t.Errorf("first row = %+v", r)
	}
	if r := rows[3]; r.AgentRole != "DIP;GOV" {
		t.Errorf("Kallas's role codes = %q, want DIP;GOV", r.AgentRole)
	}
	if !rows[1].Negated {
		t.Error("the sanction is not negated in its row")
	}

	var buf bytes.Buffer
	if err := EncodeEvents(&buf, g); err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(&buf)
	r.Comma = '\t'
	records, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(EventsHeader, records[0]); diff != "" {
		t.Errorf("header (-want +got):\n%s", diff)
	}
	if len(records) != len(rows)+1 {
		t.Errorf("%d records, want %d", len(records), len(rows)+1)
	}
	if got := records[2][15]; !strings.Contains(got, `Société "Générale"`) {
		t.Errorf("evidence read back as %q", got)
	}
}

// readDOT decodes DOT with gonum, keeping node ids and attributes.
func readDOT(t *testing.T, b []byte) map[string]map[string]string {
	t.Helper()
	dst := dotBuilder{multi.NewDirectedGraph()}
	if err := dot.UnmarshalMulti(b, dst); err != nil {
		t.Fatalf("dot.UnmarshalMulti: %v\n%s", err, b)
	}
	out := map[string]map[string]string{}
	for it := dst.Nodes(); it.Next(); {
		n := it.Node().(*dotNode)
		out[n.dotID] = n.attrs
	}
	return out
}

func encodeDOTWith(t *testing.T, g *Graph, o DOTOptions) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := EncodeDOTWith(&buf, g, o); err != nil {
		t.Fatalf("EncodeDOTWith(%+v): %v", o, err)
	}
	return buf.Bytes()
}

func TestEncodeDOTOptions(t *testing.T) {
	g := withMetrics()
	t.Run("metrics and size", func(t *testing.T) {
		nodes := readDOT(t, encodeDOTWith(t, g, DOTOptions{}))
		if a := nodes[kallas]; a["community"] != "1" || a["pagerank"] != "0.2" || a["fontsize"] != "13.2" {
			t.Errorf("Kallas's attributes = %v, want community 1, pagerank 0.2, fontsize 13.2", a)
		}
	})
	t.Run("events as edges", func(t *testing.T) {
		out := encodeDOTWith(t, g, DOTOptions{Events: EventsAsEdges})
		nodes := readDOT(t, out)
		for id := range nodes {
			if strings.HasPrefix(id, "event:") || id == "legend:event" {
				t.Errorf("node %s drawn with events as edges", id)
			}
		}
		for _, want := range []string{
			`"organization:apt40" -> "country:NZL" [`,
			`label="target (2021)"`,
			`label="not sanction (2024-03-18)"`,
			`"person:kaja-kallas" -> "country:NZL" [`,
		} {
			if !bytes.Contains(out, []byte(want)) {
				t.Errorf("DOT lacks %s:\n%s", want, out)
			}
		}
		checkDOT(t, out)
	})
	for _, mode := range []string{ClusterCountry, ClusterDocument, ClusterCommunity} {
		t.Run("cluster "+mode, func(t *testing.T) {
			out := encodeDOTWith(t, g, DOTOptions{Cluster: mode})
			want := map[string]string{
				ClusterCountry:   "subgraph cluster_country_NZL {",
				ClusterDocument:  "subgraph cluster_document_1 {",
				ClusterCommunity: "subgraph cluster_community_2 {",
			}[mode]
			if !bytes.Contains(out, []byte(want)) {
				t.Errorf("DOT lacks %q:\n%s", want, out)
			}
			if again := encodeDOTWith(t, g, DOTOptions{Cluster: mode}); !bytes.Equal(out, again) {
				t.Error("two encodings differ")
			}
			checkDOT(t, out)
		})
	}
	t.Run("sfdp", func(t *testing.T) {
		out := encodeDOTWith(t, g, DOTOptions{Layout: LayoutSFDP})
		for _, want := range []string{"layout=sfdp", "overlap=prism", "outputorder=edgesfirst", "<table"} {
			if !bytes.Contains(out, []byte(want)) {
				t.Errorf("DOT for sfdp lacks %s", want)
			}
		}
		if bytes.Contains(out, []byte("cluster_legend")) {
			t.Error("DOT for sfdp has a legend cluster, which sfdp does not draw")
		}
		checkDOT(t, out)
	})
	t.Run("invalid", func(t *testing.T) {
		for _, o := range []DOTOptions{{Events: "arcs"}, {Cluster: "city"}, {Layout: "circo"}} {
			if err := EncodeDOTWith(io.Discard, g, o); err == nil {
				t.Errorf("EncodeDOTWith(%+v) = nil, want an error", o)
			}
		}
	})
	t.Run("empty", func(t *testing.T) {
		for _, o := range []DOTOptions{{Events: EventsAsEdges, Cluster: ClusterCountry}, {Layout: LayoutSFDP}} {
			checkDOT(t, encodeDOTWith(t, New(), o))
		}
	})
	if err := EncodeDOTWith(failWriter{}, g, DOTOptions{}); err == nil {
		t.Error("EncodeDOTWith to a failing writer returned no error")
	}
}

func TestFontsize(t *testing.T) {
	for _, tt := range []struct {
		mentions int
		want     string
	}{{0, "10"}, {1, "10"}, {2, "12"}, {3, "13.2"}, {10, "16.6"}, {100, "20"}} {
		if got := fontsize(tt.mentions); got != tt.want {
			t.Errorf("fontsize(%d) = %s, want %s", tt.mentions, got, tt.want)
		}
	}
}
