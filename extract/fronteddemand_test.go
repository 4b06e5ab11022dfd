package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// frontedDemand alone, end to end: what a speaker named after the words
// says another must or should do is a demand or an appeal.
func TestFrontedDemand(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"must, a speaker after a comma", "Headline\n\nChile must withdraw its troops, the United Nations said.", []string{"organization:united-nations demand country:CHL"}},
		{"should, a titled speaker", "Headline\n\nChile should pay compensation, Peruvian President Ana Ruiz said.", []string{"person:ana-ruiz urge country:CHL"}},
		{"what is to be done to it is no demand", "Headline\n\nChile must be punished, the United Nations said.", nil},
		{"a speaker who is no party", "Headline\n\nChile must pay more, analysts said.", nil},
		{"no modal", "Headline\n\nChile will hold elections, the United Nations said.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, eventSet(run(t, tc.text))); diff != "" {
				t.Errorf("events (-want +got):\n%s", diff)
			}
		})
	}
}
