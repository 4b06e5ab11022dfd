package extract

import "testing"

// instrumentName alone: the names of treaties, laws, and years and days
// of a cause.
func TestInstrumentName(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Kyoto/NNP Protocol/NNP", true},
		{"Patriot/NNP Act/NNP", true},
		{"Treaty/NNP of/IN Tolvar/NNP", true},
		{"Year/NNP of/IN Andean/NNP", true},
		{"North/NNP Atlantic/NNP Treaty/NNP Organization/NNP", false},
		{"Treaty/NNP", false},
		{"Day/NNP Tarvo/NNP", false},
	} {
		toks := slashTagged(tc.text)
		if got := instrumentName(toks, 0, len(toks)); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A name that opens a longer one the story writes is that name's short
// form, not a treaty's.
func TestInstrumentShortForm(t *testing.T) {
	r := run(t, "Kestrel Accord cuts jobs\n\nKestrel Accord Holdings said on Monday it would cut 300 jobs. Kestrel Accord also said it would sue Tarvo Mining Corp.")
	for _, e := range r.Entities {
		if e.Key == "organization:kestrel-accord-holdings" {
			if len(e.Mentions) != 3 {
				t.Errorf("%d mentions of Kestrel Accord Holdings, want 3 (the headline's and the body's short forms)", len(e.Mentions))
			}
			return
		}
	}
	t.Error("no Kestrel Accord Holdings")
}
