package graph

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/extract"
)

// A reference is a mention of the entity it stands for, typed
// "reference"; one to an entity the document does not hold is left out.
func TestMentionsOfReferences(t *testing.T) {
	text := "Chile expels envoy. The government said so."
	r := &extract.Result{
		Doc: &extract.Document{ID: "d.txt", Text: text},
		Entities: []extract.Entity{{Key: "country:CHL", Type: extract.Country, Label: "Chile",
			Mentions: []extract.Mention{{Text: "Chile", Start: 0, End: 5, Sentence: 0, Confidence: 0.9}}}},
		References: []extract.Reference{
			{Key: "country:CHL", Text: "government", Start: 24, End: 34, Sentence: 1},
			{Key: "country:PER", Text: "government", Start: 24, End: 34, Sentence: 1},
		},
	}
	want := []MentionRecord{
		{Document: "d.txt", Start: 0, End: 5, Text: "Chile", Type: "country", ID: "country:CHL", EntityType: "country", Sentence: 0, Confidence: 0.9},
		{Document: "d.txt", Start: 24, End: 34, Text: "government", Type: Reference, ID: "country:CHL", EntityType: "country", Sentence: 1},
	}
	if diff := cmp.Diff(want, Mentions(r)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// A common noun that stands for an entity, not its name, is a mention of
// the entity typed "reference", as a nationality adjective is typed
// "nationality".
func TestMentionsOfNominals(t *testing.T) {
	text := "Thai vote. They dissolved parliament."
	r := &extract.Result{
		Doc: &extract.Document{ID: "d.txt", Text: text},
		Entities: []extract.Entity{
			{Key: "country:THA", Type: extract.Country, Label: "Thailand",
				Mentions: []extract.Mention{{Text: "Thai", Start: 0, End: 4, Sentence: 0, Demonym: true}}},
			{Key: "organization:thai-parliament", Type: extract.Organization, Label: "Thai Parliament",
				Mentions: []extract.Mention{{Text: "parliament", Start: 26, End: 36, Sentence: 1, Nominal: true}}},
		},
	}
	want := []MentionRecord{
		{Document: "d.txt", Start: 0, End: 4, Text: "Thai", Type: Nationality, ID: "country:THA", EntityType: "country", Sentence: 0},
		{Document: "d.txt", Start: 26, End: 36, Text: "parliament", Type: Reference, ID: "organization:thai-parliament", EntityType: "organization", Sentence: 1},
	}
	if diff := cmp.Diff(want, Mentions(r)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
