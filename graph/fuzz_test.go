package graph

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"gonum.org/v1/gonum/graph/encoding/dot"
	"gonum.org/v1/gonum/graph/multi"

	"github.com/newsgraph/newsgraph/extract"
)

// fuzzGraph is a small graph of two people, a country and an event, with s
// as a label, an alias, a title, a key, an action, a document id and a
// sentence: every place where text from an article or a graph file ends up
// in the output.
func fuzzGraph(s string) *Graph {
	d := makeDoc("doc-"+s, "2024-03-01", "Headline "+s, s+" met officials.")
	e := extract.Evidence{Sentence: 1, Start: d.Sentences[1].Start, End: d.Sentences[1].End, Text: d.Sentences[1].Text}
	key := "person:" + s
	return build([]*extract.Result{{Doc: d,
		Entities: []extract.Entity{
			{Key: key, Type: extract.Person, Label: s, Aliases: []string{s + " Jr"}, Country: "NZL",
				Mentions: []extract.Mention{{Text: s, Start: e.Start, End: e.Start + len(s), Sentence: 1}},
				Roles:    []extract.Role{{Title: s, Of: "country:NZL", Code: "GOV", Evidence: e}}},
			{Key: "person:b", Type: extract.Person, Label: "B", Mentions: []extract.Mention{{Text: "B", Sentence: 1, Start: e.Start, End: e.Start}}},
			{Key: "country:NZL", Type: extract.Country, Label: "New Zealand", Country: "NZL"},
		},
		Events: []extract.Event{{Action: s, Code: "036", Category: "03", Name: s, QuadClass: 1, Goldstein: 4,
			Agents: []string{key}, Targets: []string{"person:b"}, Date: "2024-03-01", Modality: extract.Asserted, Evidence: e}},
	}})
}

// FuzzFormatStrings puts arbitrary text in every text field of a graph and
// reads each format back with a real parser: DOT with gonum's, GraphML with
// encoding/xml, CSV and the event table with encoding/csv. The text cells
// must not start a formula, and the JSON must decode to the same graph.
//
//	go test ./graph -run '^$' -fuzz FuzzFormatStrings -fuzztime 5m
func FuzzFormatStrings(f *testing.F) {
	for _, s := range []string{"Judith Collins", `say "hi"`, `a\`, "x\ny\r", "é 中文", "\xff", "<b>&amp;", "=HYPERLINK(\"x\")", "@SUM(1)", "-2", "+x", "\tt", "a;b,c", "", "]]>", "\u2028"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		g := fuzzGraph(s)
		var b bytes.Buffer
		if err := EncodeDOT(&b, g); err != nil {
			t.Fatal(err)
		}
		if err := dot.UnmarshalMulti(b.Bytes(), dotBuilder{multi.NewDirectedGraph()}); err != nil {
			t.Fatalf("DOT does not parse: %v\n%s", err, b.Bytes())
		}
		for _, o := range []DOTOptions{{Events: EventsAsEdges, Cluster: ClusterDocument}, {Cluster: ClusterCountry}} {
			b.Reset()
			if err := EncodeDOTWith(&b, g, o); err != nil {
				t.Fatal(err)
			}
			if err := dot.UnmarshalMulti(b.Bytes(), dotBuilder{multi.NewDirectedGraph()}); err != nil {
				t.Fatalf("DOT %+v does not parse: %v\n%s", o, err, b.Bytes())
			}
		}
		b.Reset()
		if err := EncodeGraphML(&b, g); err != nil {
			t.Fatal(err)
		}
		dec := xml.NewDecoder(&b)
		for {
			if _, err := dec.Token(); err != nil {
				if !errors.Is(err, io.EOF) {
					t.Fatalf("GraphML is not XML: %v", err)
				}
				break
			}
		}
		for _, enc := range []struct {
			name  string
			comma rune
			write func(io.Writer, *Graph, CellOptions) error
		}{{"nodes.csv", ',', EncodeCSVNodesWith}, {"edges.csv", ',', EncodeCSVEdgesWith}, {"events", '\t', EncodeEventsWith}} {
			b.Reset()
			if err := enc.write(&b, g, CellOptions{}); err != nil {
				t.Fatal(err)
			}
			r := csv.NewReader(&b)
			r.Comma = enc.comma
			rows, err := r.ReadAll()
			if err != nil {
				t.Fatalf("%s does not read back: %v", enc.name, err)
			}
			for _, row := range rows[1:] {
				if len(row) != len(rows[0]) {
					t.Fatalf("%s: a row of %d cells under a header of %d", enc.name, len(row), len(rows[0]))
				}
				for i, c := range row {
					if c != "" && strings.ContainsRune("=+@\t\r", rune(c[0])) || strings.HasPrefix(c, "-") && !numeric(rows[0][i]) {
						t.Fatalf("%s: cell %q of %s starts a formula", enc.name, c, rows[0][i])
					}
				}
			}
		}
		b.Reset()
		if err := EncodeJSON(&b, g); err != nil {
			t.Fatal(err)
		}
		first := b.String()
		w, err := DecodeJSON(&b)
		if err != nil {
			t.Fatalf("JSON does not decode: %v", err)
		}
		back, err := FromWire(w)
		if err != nil {
			t.Fatalf("JSON is not a graph: %v", err)
		}
		b.Reset()
		EncodeJSON(&b, back)
		if b.String() != first && utf8.ValidString(s) { // JSON repairs bad UTF-8
			t.Fatal("JSON read back is another graph")
		}
	})
}

// numeric reports a column of numbers: a negative one starts with "-".
func numeric(header string) bool {
	for _, suffix := range []string{":int", ":float", "goldstein", "quad_class", "sentence"} {
		if strings.HasSuffix(header, suffix) {
			return true
		}
	}
	return false
}

// FuzzGraphJSON feeds arbitrary bytes to the graph reader, and what it
// accepts to every encoder, to Merge and to Filter: nothing panics, and a
// graph read back from its own JSON is the same graph.
//
//	go test ./graph -run '^$' -fuzz FuzzGraphJSON -fuzztime 5m
func FuzzGraphJSON(f *testing.F) {
	var b bytes.Buffer
	EncodeJSON(&b, fuzzGraph("Ana Ribeiro"))
	f.Add(b.Bytes())
	for _, s := range []string{
		"", "{}", `{"schema": "newsgraph/v1"}`, `{"schema": "newsgraph/v1", "documents": [], "nodes": [], "edges": []}`,
		"\uFEFF{\"schema\": \"newsgraph/v1\"}", `{"schema": "newsgraph/v1"} {}`, `{"schema": "newsgraph/v2"}`,
		`{"schema":"newsgraph/v1","documents":[{"id":"a"}],"nodes":[{"id":"person:x","type":"person","label":"X","documents":["a"],"mentions":-1}],"edges":[]}`,
		`{"schema":"newsgraph/v1","documents":[{"id":"a"}],"nodes":[{"id":"person:x","type":"person","label":"X","documents":["a"],"mentions":1},{"id":"person:y","type":"person","label":"Y","documents":["a"],"mentions":1}],"edges":[{"source":"person:x","target":"person:y","relation":"agent","weight":4611686018427387904,"evidence":[]}]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		w, err := DecodeJSON(bytes.NewReader(data))
		if err != nil {
			return
		}
		g, err := FromWire(w)
		if err != nil {
			return
		}
		var b bytes.Buffer
		if err := EncodeJSON(&b, g); err != nil {
			t.Fatal(err)
		}
		first := b.String()
		w2, err := DecodeJSON(&b)
		if err != nil {
			t.Fatalf("its own JSON does not decode: %v\n%s", err, first)
		}
		g2, err := FromWire(w2)
		if err != nil {
			t.Fatalf("its own JSON is not a graph: %v\n%s", err, first)
		}
		b.Reset()
		EncodeJSON(&b, g2)
		if b.String() != first {
			t.Fatalf("read back, another graph:\n%s\n%s", first, b.String())
		}
		m, _ := Merge(g, g2)
		for _, x := range []*Graph{g, m} {
			for _, enc := range []func(io.Writer, *Graph) error{EncodeJSON, EncodeDOT, EncodeGraphML, EncodeCSVNodes, EncodeCSVEdges, EncodeEvents} {
				if err := enc(io.Discard, x); err != nil {
					t.Fatal(err)
				}
			}
			for _, e := range x.Edges() {
				if e.Weight < 0 {
					t.Fatalf("edge %s %s %s: weight %d", e.Source, e.Relation, e.Target, e.Weight)
				}
			}
			if fg, err := x.Filter(Filter{Top: 2, MinWeight: 1}); err == nil {
				EncodeDOT(io.Discard, fg)
			}
		}
	})
}
