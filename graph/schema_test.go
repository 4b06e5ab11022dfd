package graph

import (
	"bytes"
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

// instance decodes JSON for validation.
func instance(t *testing.T, b []byte) any {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestSchemaValidatesOutput(t *testing.T) {
	sch := compileSchema(t)
	for name, g := range map[string]*Graph{"empty": New(), "fixture": build(fixture()), "synthetic": build(synthetic(300))} {
		t.Run(name, func(t *testing.T) {
			if err := sch.Validate(instance(t, encodeJSON(t, g))); err != nil {
				t.Errorf("output does not validate: %v", err)
			}
		})
	}
}

// TestSchemaRejects breaks a valid document one field at a time.
func TestSchemaRejects(t *testing.T) {
	sch := compileSchema(t)
	valid := encodeJSON(t, build(fixture()))
	// Node and edge positions in the fixture (nodes and edges are sorted).
	const (
		country  = 0  // country:NZL
		event    = 1  // event:..., negated sanction
		person   = 11 // person:kaja-kallas
		roleEdge = 7  // person:judith-collins -> country:NZL
	)
	node := func(doc map[string]any, i int) map[string]any { return doc["nodes"].([]any)[i].(map[string]any) }
	edge := func(doc map[string]any, i int) map[string]any { return doc["edges"].([]any)[i].(map[string]any) }

	doc := instance(t, valid).(map[string]any)
	for i, want := range map[int]string{country: "country:NZL", person: "person:kaja-kallas"} {
		if got := node(doc, i)["id"]; got != want {
			t.Fatalf("fixture node %d is %v, want %s", i, got, want)
		}
	}
	if got := node(doc, event)["label"]; got != "sanction" {
		t.Fatalf("fixture node %d is a %v event, want sanction", event, got)
	}
	if got := edge(doc, roleEdge)["relation"]; got != "role" {
		t.Fatalf("fixture edge %d is a %v edge, want role", roleEdge, got)
	}

	tests := []struct {
		name   string
		break_ func(doc map[string]any)
	}{
		{"missing schema", func(doc map[string]any) { delete(doc, "schema") }},
		{"other schema", func(doc map[string]any) { doc["schema"] = "newsgraph/v0" }},
		{"missing edges", func(doc map[string]any) { delete(doc, "edges") }},
		{"node type alien", func(doc map[string]any) { node(doc, country)["type"] = "alien" }},
		{"country id not alpha-3", func(doc map[string]any) { node(doc, country)["id"] = "country:nz" }},
		{"country code lower-case", func(doc map[string]any) { node(doc, country)["country"] = "nzl" }},
		{"null aliases", func(doc map[string]any) { node(doc, country)["aliases"] = nil }},
		{"missing aliases", func(doc map[string]any) { delete(node(doc, country), "aliases") }},
		{"negative mentions", func(doc map[string]any) { node(doc, country)["mentions"] = -1 }},
		{"null documents", func(doc map[string]any) { node(doc, country)["documents"] = nil }},
		{"person without roles", func(doc map[string]any) { delete(node(doc, person), "roles") }},
		{"role of a person", func(doc map[string]any) {
			node(doc, person)["roles"].([]any)[0].(map[string]any)["of"] = "person:x"
		}},
		{"event date not ISO", func(doc map[string]any) { node(doc, event)["date"] = "March 18" }},
		{"event without negated", func(doc map[string]any) { delete(node(doc, event), "negated") }},
		{"event negated not boolean", func(doc map[string]any) { node(doc, event)["negated"] = "no" }},
		{"event category 21", func(doc map[string]any) { node(doc, event)["category"].(map[string]any)["code"] = "21" }},
		{"event id not hex", func(doc map[string]any) { node(doc, event)["id"] = "event:XYZ" }},
		{"document date not ISO", func(doc map[string]any) { doc["documents"].([]any)[1].(map[string]any)["date"] = "26/03/2024" }},
		{"document without sha256", func(doc map[string]any) { delete(doc["documents"].([]any)[0].(map[string]any), "sha256") }},
		{"relation likes", func(doc map[string]any) { edge(doc, roleEdge)["relation"] = "likes" }},
		{"weight zero", func(doc map[string]any) { edge(doc, roleEdge)["weight"] = 0 }},
		{"role edge to an event", func(doc map[string]any) { edge(doc, roleEdge)["target"] = node(doc, event)["id"] }},
		{"evidence without text", func(doc map[string]any) {
			delete(edge(doc, roleEdge)["evidence"].([]any)[0].(map[string]any), "text")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := instance(t, valid).(map[string]any)
			if err := sch.Validate(doc); err != nil {
				t.Fatalf("fixture does not validate before breaking it: %v", err)
			}
			tt.break_(doc)
			if err := sch.Validate(doc); err == nil {
				t.Error("broken document validates")
			}
		})
	}
}

func TestSchemaAllowsAddedFields(t *testing.T) {
	sch := compileSchema(t)
	doc := instance(t, encodeJSON(t, build(fixture()))).(map[string]any)
	doc["generator"] = "newsgraph test"
	doc["nodes"].([]any)[0].(map[string]any)["wikidata"] = "Q664"
	doc["edges"].([]any)[0].(map[string]any)["confidence"] = 0.9
	if err := sch.Validate(doc); err != nil {
		t.Errorf("document with added fields does not validate: %v", err)
	}
}
