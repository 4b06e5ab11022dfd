package analysis

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(Schema))
	if err != nil {
		t.Fatalf("schema.json: %v", err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("schema.json")
	if err != nil {
		t.Fatalf("compile schema.json: %v", err)
	}
	return sch
}

func TestSchemaValidatesReports(t *testing.T) {
	sch := compileSchema(t)
	for name, w := range wires(t) {
		for _, opts := range []Options{{}, {Top: 1, IncludeNegated: true}} {
			v, err := jsonschema.UnmarshalJSON(bytes.NewReader(marshal(t, analyze(t, w, opts))))
			if err != nil {
				t.Fatal(err)
			}
			if err := sch.Validate(v); err != nil {
				t.Errorf("%s, %+v: report does not validate: %v", name, opts, err)
			}
		}
	}
}

// TestSchemaRejects breaks a valid report one field at a time.
func TestSchemaRejects(t *testing.T) {
	sch := compileSchema(t)
	valid := marshal(t, analyze(t, handmade(), Options{}))
	for _, tc := range []struct {
		name   string
		mutate func(doc map[string]any)
	}{
		{"wrong schema", func(d map[string]any) { d["schema"] = "newsgraph/v1" }},
		{"no actors", func(d map[string]any) { delete(d, "actors") }},
		{"null dyads", func(d map[string]any) { d["dyads"] = nil }},
		{"event as actor", func(d map[string]any) { d["actors"].([]any)[0].(map[string]any)["id"] = "event:e1" }},
		{"zero pagerank", func(d map[string]any) { d["actors"].([]any)[0].(map[string]any)["pagerank"] = 0 }},
		{"balance out of range", func(d map[string]any) { d["dyads"].([]any)[0].(map[string]any)["balance"] = 2 }},
		{"community of one", func(d map[string]any) {
			c := d["communities"].([]any)[0].(map[string]any)
			c["size"], c["members"] = 1, []any{"country:AAA"}
		}},
		{"bad month", func(d map[string]any) { d["months"].([]any)[0].(map[string]any)["month"] = "2024-13" }},
	} {
		var doc map[string]any
		if err := json.Unmarshal(valid, &doc); err != nil {
			t.Fatal(err)
		}
		tc.mutate(doc)
		b, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(v); err == nil {
			t.Errorf("%s: validates, want an error", tc.name)
		}
	}
}
