package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// callsFor alone, end to end: a call for a party to act is an appeal to
// it by the call's owner.
func TestCallsFor(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"its call for a party to act", "Headline\n\nPeru renewed its call for Chile to withdraw its troops.", []string{"country:PER urge country:CHL"}},
		{"a party's appeal for a party to act", "Headline\n\nPeru's appeal for Chile to release the fishermen was ignored.", []string{"country:PER urge country:CHL"}},
		{"a call for what is to be done", "Headline\n\nPeru issued a call for talks with Chile.", nil},
		{"a call for a party with no act after it", "Headline\n\nThe call for Chile came late.", nil},
		{"the verb calls for", "Headline\n\nPeru calls for Chile to withdraw its troops.", []string{"country:PER urge country:CHL"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, eventSet(run(t, tc.text))); diff != "" {
				t.Errorf("events (-want +got):\n%s", diff)
			}
		})
	}
}
