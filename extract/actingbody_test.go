package extract

import "testing"

// actingBody alone: a name the lexicon knows only as an organization,
// before a finite verb, acts as one; before no verb, or known as a place
// too, it does not.
func TestActingBody(t *testing.T) {
	org := gazEntry{typ: Organization, kind: kindCompany}
	place := gazEntry{typ: Location}
	for _, tc := range []struct {
		name, text string
		es         []gazEntry
		want       bool
	}{
		{"before a past", "Tolvar/NNP agreed/VBD to/TO buy/VB", []gazEntry{org}, true},
		{"before a modal", "Tolvar/NNP will/MD buy/VB", []gazEntry{org}, true},
		{"before no verb", "Tolvar/NNP basin/NN", []gazEntry{org}, false},
		{"known as a place too", "Tolvar/NNP agreed/VBD to/TO buy/VB", []gazEntry{org, place}, false},
	} {
		if got := actingBody(slashTagged(tc.text), 1, tc.es); got != tc.want {
			t.Errorf("%s: actingBody = %v, want %v", tc.name, got, tc.want)
		}
	}
}
