package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// frontedAccusation alone, end to end: a charge said after the words
// accuses the party they open with. Only the accusations are compared.
func TestFrontedAccusation(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a titled speaker charged", "Headline\n\nChile attacked a Peruvian base on Monday, Peruvian President Ana Ruiz charged.", []string{"person:ana-ruiz accuse country:CHL"}},
		{"a nation's forces", "Headline\n\nChilean troops fired mortars at a Peruvian base, Peruvian President Ana Ruiz alleged.", []string{"person:ana-ruiz accuse country:CHL"}},
		{"a nationality that describes a thing", "Headline\n\nChilean wine sold well in Lima, Peruvian President Ana Ruiz alleged.", nil},
		{"a nation's people", "Headline\n\nChileans threw stones at Peruvian police, Peruvian President Ana Ruiz charged.", []string{"person:ana-ruiz accuse country:CHL"}},
		{"no clause, a phrase", "Headline\n\nChile and its allies in the region, Peruvian President Ana Ruiz charged.", nil},
		{"said is no charge", "Headline\n\nChile attacked a Peruvian base on Monday, Peruvian President Ana Ruiz said.", nil},
		{"no comma before the speaker", "Headline\n\nChile attacked a Peruvian base as Peruvian President Ana Ruiz charged.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := slices.DeleteFunc(eventSet(run(t, tc.text)), func(e string) bool { return !strings.Contains(e, " accuse ") })
			if diff := cmp.Diff(tc.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("accusations (-want +got):\n%s", diff)
			}
		})
	}
}
