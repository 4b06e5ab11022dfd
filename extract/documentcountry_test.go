package extract

import "testing"

// headlineCountry and documentCountry alone: the headline's first country,
// nationality or capital, else the country the body names most.
func TestDocumentCountry(t *testing.T) {
	x := extractor(t)
	country := func(name string, demonym bool) *gazEntry { return lexiconCountry(t, x, name, demonym) }
	capital := func(name string) *gazEntry {
		for _, e := range x.idx.lookup(name) {
			if e.typ == Location && standsForState(e.kind) {
				return &e
			}
		}
		t.Fatalf("no capital %q", name)
		return nil
	}
	for _, tc := range []struct {
		name     string
		cands    []cand // sentence 0 is the headline
		headline string
		document string
	}{
		{"the headline's country", []cand{{sent: 0, a: 2, b: 3, typ: Country, gaz: country("Chile", false)}, {sent: 1, a: 0, b: 1, typ: Country, gaz: country("Peru", false)}}, "CHL", "CHL"},
		{"the first the headline names", []cand{{sent: 0, a: 3, b: 4, typ: Country, gaz: country("Chile", false)}, {sent: 0, a: 0, b: 1, typ: Country, gaz: country("Peruvian", true)}}, "PER", "PER"},
		{"a capital for its country", []cand{{sent: 0, a: 0, b: 1, typ: Location, gaz: capital("Lima")}}, "PER", "PER"},
		{"a dropped candidate", []cand{{sent: 0, a: 0, b: 1, typ: Country, gaz: country("Peru", false), dropped: true}}, "", ""},
		{"the body's most named", []cand{{sent: 1, a: 0, b: 1, typ: Country, gaz: country("Peru", false)}, {sent: 1, a: 2, b: 3, typ: Country, gaz: country("Peru", false)}, {sent: 1, a: 4, b: 5, typ: Country, gaz: country("Chile", false)}}, "", "PER"},
		{"none most named", []cand{{sent: 1, a: 0, b: 1, typ: Country, gaz: country("Peru", false)}, {sent: 1, a: 2, b: 3, typ: Country, gaz: country("Chile", false)}}, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			headline := textDoc("w/NN w/NN w/NN w/NN w/NN").Sentences[0]
			headline.Headline = true
			body := textDoc("w/NN w/NN w/NN w/NN w/NN").Sentences[0]
			bd := x.newBuilder(&Document{Text: headline.Text, Sentences: []Sentence{headline, body}})
			for _, c := range tc.cands {
				c.country = c.gaz.country
				bd.cands = append(bd.cands, c)
			}
			if got := bd.headlineCountry(); got != tc.headline {
				t.Errorf("headlineCountry = %q, want %q", got, tc.headline)
			}
			if got := bd.documentCountry(); got != tc.document {
				t.Errorf("documentCountry = %q, want %q", got, tc.document)
			}
		})
	}
}
