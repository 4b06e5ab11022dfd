package graph

import (
	"strings"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/newsgraph/newsgraph/extract"
)

// TestEntityRules checks the rules that make every listed entity give a
// type, a label and (for countries) a country, so that the wire form says
// all that merging needs.
func TestEntityRules(t *testing.T) {
	tests := []struct {
		name    string
		results []*extract.Result
		key     string
		want    *Node
		reason  string
	}{
		{
			name:    "an entity without a label is labelled from its key",
			results: []*extract.Result{result(docA, []extract.Entity{ent(docA, "organization:red-cross", extract.Organization, "", 0)})},
			key:     "organization:red-cross",
			want: &Node{
				Key: "organization:red-cross", Kind: KindOrganization, Label: "Red Cross", Aliases: []string{},
				Mentions: 1, Documents: []string{"a.txt"},
			},
		},
		{
			name: "a label from the key loses to a longer one",
			results: []*extract.Result{
				result(docA, []extract.Entity{ent(docA, "organization:icrc", extract.Organization, "", 0)}),
				result(docB, []extract.Entity{ent(docB, "organization:icrc", extract.Organization, "Red Cross Committee", 0)}),
			},
			key: "organization:icrc",
			want: &Node{
				Key: "organization:icrc", Kind: KindOrganization, Label: "Red Cross Committee", Aliases: []string{"Icrc"},
				Mentions: 2, Documents: []string{"a.txt", "b.txt"},
			},
		},
		{
			name: "an unknown type gives way to the key's, and to a later document's",
			results: []*extract.Result{
				result(docA, []extract.Entity{ent(docA, "organization:acme", "company", "Acme", 0)}),
				result(docB, []extract.Entity{ent(docB, "organization:acme", extract.Location, "Acme", 0)}),
			},
			key: "organization:acme",
			want: &Node{
				Key: "organization:acme", Kind: KindOrganization, Label: "Acme", Aliases: []string{},
				Mentions: 2, Documents: []string{"a.txt", "b.txt"},
			},
			reason: "a.txt gives organization from the key prefix, and comes first",
		},
		{
			name: "a country without a country code gets its key's",
			results: []*extract.Result{
				result(docA, []extract.Entity{ent(docA, "country:NZL", extract.Country, "New Zealand", 0)}),
				result(docB, []extract.Entity{with(ent(docB, "country:NZL", extract.Country, "NZ", 0), func(e *extract.Entity) { e.Country = "AUS" })}),
			},
			key: "country:NZL",
			want: &Node{
				Key: "country:NZL", Kind: KindCountry, Label: "New Zealand", Aliases: []string{"NZ"}, Country: "NZL",
				Mentions: 2, Documents: []string{"a.txt", "b.txt"},
			},
		},
		{
			name:    "an entity with no known type is left out",
			results: []*extract.Result{result(docA, []extract.Entity{ent(docA, "weapon:drone", "weapon", "Drone", 0)})},
			key:     "weapon:drone",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := build(tt.results).Node(tt.key)
			if diff := cmp.Diff(tt.want, got, cmpopts.IgnoreUnexported(Node{})); diff != "" {
				t.Errorf("Node(%q) mismatch (-want +got):\n%s\nreason: %s", tt.key, diff, tt.reason)
			}
		})
	}
}

// TestGraphDoesNotKeepTexts checks that the graph copies the sentences it
// keeps, once each, rather than keeping the documents' texts alive.
func TestGraphDoesNotKeepTexts(t *testing.T) {
	d := makeDoc("a.txt", "", "Alpha one.", "Alpha two met Beta.", strings.Repeat("Filler. ", 1000))
	r := result(d, []extract.Entity{
		with(ent(d, "person:alpha", extract.Person, "Alpha", 1), func(e *extract.Entity) {
			e.Roles = []extract.Role{{Title: "envoy", Of: "country:NZL", Evidence: ev(d, 1)}}
		}),
		ent(d, "country:NZL", extract.Country, "New Zealand", 0),
	}, meet(d, 1, []string{"person:alpha"}, []string{"person:beta"}))
	g := build([]*extract.Result{r})
	text := unsafe.StringData(d.Text)
	inText := func(s string) bool {
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		return p >= uintptr(unsafe.Pointer(text)) && p < uintptr(unsafe.Pointer(text))+uintptr(len(d.Text))
	}
	var texts []string
	for _, e := range g.Edges() {
		for _, ev := range e.Evidence {
			texts = append(texts, ev.Text)
		}
	}
	if len(texts) < 3 {
		t.Fatalf("%d pieces of evidence, want 3", len(texts))
	}
	for _, s := range texts {
		if inText(s) {
			t.Errorf("evidence %q points into the document text", s)
		}
		if unsafe.StringData(s) != unsafe.StringData(texts[0]) {
			t.Errorf("evidence %q is a copy of its own, want one copy per sentence", s)
		}
	}
	if inText(g.Documents()[0].Title) {
		t.Error("the title points into the document text")
	}
}
