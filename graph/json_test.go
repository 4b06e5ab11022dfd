package graph

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func encodeJSON(t testing.TB, g *Graph) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := EncodeJSON(&buf, g); err != nil {
		t.Fatalf("EncodeJSON: %v", err)
	}
	return buf.Bytes()
}

// TestEncodeJSONGolden compares the output with the golden file after
// decoding both into the wire form.
func TestEncodeJSONGolden(t *testing.T) {
	got := encodeJSON(t, build(fixture()))
	golden := filepath.Join("testdata", "fixture.json")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./graph -update to create it)", err)
	}
	wantWire, err := DecodeJSON(bytes.NewReader(want))
	if err != nil {
		t.Fatalf("golden file: %v", err)
	}
	gotWire, err := DecodeJSON(bytes.NewReader(got))
	if err != nil {
		t.Fatalf("output: %v", err)
	}
	if diff := cmp.Diff(wantWire, gotWire); diff != "" {
		t.Errorf("EncodeJSON differs from %s (-want +got):\n%s", golden, diff)
	}
}

func TestEncodeJSONFormat(t *testing.T) {
	got := string(encodeJSON(t, build(fixture())))
	if !strings.HasPrefix(got, "{\n  \"schema\": \"newsgraph/v1\",\n  \"documents\": [\n    {\n") {
		t.Errorf("output does not start with the schema, indented by two spaces:\n%.80s", got)
	}
	if !strings.HasSuffix(got, "}\n") {
		t.Error("output does not end with a newline")
	}
	if !strings.Contains(got, "Xinhua & Société") || strings.Contains(got, `\u0026`) {
		t.Error("output escapes HTML characters")
	}
}

// TestEncodeJSONContract checks the contract's promises on the generic
// JSON value, as a notebook would read it.
func TestEncodeJSONContract(t *testing.T) {
	var doc struct {
		Documents []map[string]any `json:"documents"`
		Nodes     []map[string]any `json:"nodes"`
		Edges     []map[string]any `json:"edges"`
	}
	if err := json.Unmarshal(encodeJSON(t, build(fixture())), &doc); err != nil {
		t.Fatal(err)
	}
	if d, ok := doc.Documents[0]["date"]; !ok || d != nil {
		t.Errorf("undated document: date = %#v (present %t), want null", d, ok)
	}
	nodes := map[string]map[string]any{}
	for _, n := range doc.Nodes {
		nodes[n["id"].(string)] = n
		if _, ok := n["documents"].([]any); !ok {
			t.Errorf("node %s: documents is %v, want an array", n["id"], n["documents"])
		}
		if n["type"] == "event" {
			for _, f := range []string{"action", "category", "date", "negated"} {
				if _, ok := n[f]; !ok {
					t.Errorf("event %s lacks %q", n["id"], f)
				}
			}
			continue
		}
		if _, ok := n["aliases"].([]any); !ok {
			t.Errorf("node %s: aliases is %v, want an array", n["id"], n["aliases"])
		}
	}
	if got := nodes["organization:apt40"]["aliases"]; got == nil || len(got.([]any)) != 0 {
		t.Errorf("empty aliases = %#v, want []", got)
	}
	roles := nodes["person:kaja-kallas"]["roles"].([]any)
	if of, ok := roles[1].(map[string]any)["of"]; !ok || of != nil {
		t.Errorf("role without of: of = %#v (present %t), want null", of, ok)
	}
	for id, n := range nodes {
		if n["type"] == "event" && n["action"] == "meet" {
			if d, ok := n["date"]; !ok || d != nil {
				t.Errorf("undated event %s: date = %#v, want null", id, d)
			}
		}
	}
	for _, e := range doc.Edges {
		for _, end := range []string{"source", "target"} {
			if nodes[e[end].(string)] == nil {
				t.Errorf("edge %s: %s %v is not a node", e["relation"], end, e[end])
			}
		}
	}
}

func TestDecodeJSONRoundTrip(t *testing.T) {
	for name, g := range map[string]*Graph{"empty": New(), "fixture": build(fixture()), "synthetic": build(synthetic(200))} {
		t.Run(name, func(t *testing.T) {
			got, err := DecodeJSON(bytes.NewReader(encodeJSON(t, g)))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(g.Wire(), got); diff != "" {
				t.Errorf("DecodeJSON(EncodeJSON(g)) mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDecodeJSONErrors(t *testing.T) {
	for _, in := range []string{
		``,
		`{"schema": "newsgraph/v1", "nodes": [}`,
		`{"schema": "newsgraph/v2", "documents": [], "nodes": [], "edges": []}`,
		`{"documents": [], "nodes": [], "edges": []}`,
	} {
		if _, err := DecodeJSON(strings.NewReader(in)); err == nil {
			t.Errorf("DecodeJSON(%q) returned no error", in)
		} else if !strings.HasPrefix(err.Error(), "graph: ") {
			t.Errorf("DecodeJSON(%q) error %q lacks the graph: prefix", in, err)
		}
	}
}

func TestEncodeJSONWriteError(t *testing.T) {
	if err := EncodeJSON(failWriter{}, build(fixture())); err == nil {
		t.Error("EncodeJSON to a failing writer returned no error")
	}
}

func TestReadSchema(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{`{"schema": "newsgraph/v1", "nodes": []}`, "newsgraph/v1", true},
		{"\uFEFF" + `{"nodes": [{"id": "a", "x": {"schema": "no"}}], "schema": "newsgraph/v2"}`, "newsgraph/v2", true},
		{`{"schema": "newsgraph/stats/v1"}`, "newsgraph/stats/v1", true},
		{`{"schema": "other/v1"}`, "", false},
		{`{"schema": 1}`, "", false},
		{`{"nodes": []}`, "", false},
		{`[{"schema": "newsgraph/v1"}]`, "", false},
		{`{"nodes": [}`, "", false},
		{"Fiji and Tonga signed an accord.", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := ReadSchema(strings.NewReader(tt.in))
		if got != tt.want || ok != tt.ok {
			t.Errorf("ReadSchema(%q) = %q, %t; want %q, %t", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
