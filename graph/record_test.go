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
