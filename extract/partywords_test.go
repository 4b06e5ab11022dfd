package extract

import "testing"

// foreignPartyWords alone: a party named by one ordinary word stays the
// lexicon's in a document about its country or none, or that names its
// country; else it is a party of its own where the tagger found it, and
// no name where only the lexicon did.
func TestForeignPartyWords(t *testing.T) {
	x := extractor(t)
	var party *gazEntry
	for _, e := range x.idx.lookup("Labour") {
		if e.kind == kindParty {
			party = &e
		}
	}
	if party == nil {
		t.Fatal("no party named Labour")
	}
	malta := lexiconCountry(t, x, "Malta", false)
	britain := lexiconCountry(t, x, "Britain", false)
	for _, tc := range []struct {
		name    string
		others  []cand // the document's other names
		sure    float64
		wantKey string // "" for dropped
	}{
		{"a document about no country", nil, 0.9, "organization:labour-party"},
		{"a document about its country", []cand{{a: 2, b: 3, typ: Country, gaz: britain, country: "GBR"}, {a: 4, b: 5, typ: Country, gaz: britain, country: "GBR"}}, 0.9, "organization:labour-party"},
		{"about another country, found by the tagger", []cand{{a: 2, b: 3, typ: Country, gaz: malta, country: "MLT"}, {a: 4, b: 5, typ: Country, gaz: malta, country: "MLT"}}, 0.9, "organization:labour"},
		{"about another country, the lexicon's alone", []cand{{a: 2, b: 3, typ: Country, gaz: malta, country: "MLT"}, {a: 4, b: 5, typ: Country, gaz: malta, country: "MLT"}}, 0, ""},
		{"about another country that names its own", []cand{{a: 2, b: 3, typ: Country, gaz: malta, country: "MLT"}, {a: 4, b: 5, typ: Country, gaz: malta, country: "MLT"}, {a: 6, b: 7, typ: Country, gaz: britain, country: "GBR"}}, 0.9, "organization:labour-party"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := textDoc("Labour/NNP won/VBD Malta/NNP and/CC Malta/NNP or/CC Britain/NNP")
			bd := x.newBuilder(doc)
			k := bd.add(cand{a: 0, b: 1, typ: Organization, gaz: party, country: party.country, key: party.key, sure: tc.sure})
			for _, o := range tc.others {
				bd.add(o)
			}
			bd.foreignPartyWords()
			c := bd.cands[k]
			got := c.key
			if c.dropped {
				got = ""
			}
			if got != tc.wantKey {
				t.Errorf("key %q, want %q", got, tc.wantKey)
			}
		})
	}
}
