package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// stanceAdjectives alone, end to end: a party pleased with another praises
// them, one displeased criticizes them.
func TestStanceAdjectives(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"satisfied with a party's progress", "Headline\n\nThe IMF said it was satisfied with Peru's progress.", []string{"organization:international-monetary-fund praise country:PER"}},
		{"deeply concerned about a party's programme", "Headline\n\nChile is deeply concerned about Peru's missile programme.", []string{"country:CHL criticize country:PER"}},
		{"not satisfied: criticism", "Headline\n\nChilean President Ana Ruiz was not satisfied with Peru's answers.", []string{"person:ana-ruiz criticize country:PER"}},
		{"not concerned: no stance", "Headline\n\nChile is not concerned about Peru's plans.", nil},
		{"pleased with no party", "Headline\n\nChile was pleased with the weather.", nil},
		{"satisfaction expressed with a party's reforms", "Headline\n\nPeru expressed satisfaction with Chile's reforms.", []string{"country:PER praise country:CHL"}},
		{"disappointment expressed at a party's decision", "Headline\n\nPeru expressed disappointment at Chile's decision.", []string{"country:PER disapprove country:CHL"}},
		{"an adjective before a noun", "Headline\n\nChile had a happy meeting with Peru.", []string{"country:CHL meet country:PER"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, eventSet(run(t, tc.text))); diff != "" {
				t.Errorf("events (-want +got):\n%s", diff)
			}
		})
	}
}
