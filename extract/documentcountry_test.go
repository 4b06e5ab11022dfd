package extract

import (
	"fmt"
	"testing"
)

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

// headlineCountry alone: a country that only describes the person or
// thing after it gives way to one that stands for its state; a state's
// body or office after it stands for the state.
func TestHeadlineCountryDescribes(t *testing.T) {
	x := extractor(t)
	country := func(name string, demonym bool) *gazEntry { return lexiconCountry(t, x, name, demonym) }
	for _, tc := range []struct {
		name, headline string
		cands          []cand
		want           string
	}{
		{"a nationality before a person gives way", "Defiant/JJ Chilean/JJ neo-Nazi/NN jailed/VBN by/IN Peruvian/JJ court/NN", []cand{{a: 1, b: 2, typ: Country, gaz: country("Chilean", true)}, {a: 5, b: 6, typ: Country, gaz: country("Peruvian", true)}}, "PER"},
		{"a title after a nationality stands for the state", "Chilean/JJ prime/JJ minister/NN to/TO visit/VB Peru/NNP", []cand{{a: 0, b: 1, typ: Country, gaz: country("Chilean", true)}, {a: 5, b: 6, typ: Country, gaz: country("Peru", false)}}, "CHL"},
		{"the matter of the story is not whose it is", "Ruiz/NNP attacks/VBZ Soto/NNP over/IN Peru/NNP", []cand{{a: 4, b: 5, typ: Country, gaz: country("Peru", false)}}, ""},
		{"all describe: the first", "Chilean/JJ tourist/NN meets/VBZ Peruvian/JJ singer/NN", []cand{{a: 0, b: 1, typ: Country, gaz: country("Chilean", true)}, {a: 3, b: 4, typ: Country, gaz: country("Peruvian", true)}}, "CHL"},
		{"a headline's verb read as a plural is the verb", "Chile/NNP expels/NNS Peruvian/JJ ambassador/NN Ana/NNP Ruiz/NNP", []cand{{a: 0, b: 1, typ: Country, gaz: country("Chile", false)}, {a: 2, b: 3, typ: Country, gaz: country("Peruvian", true)}}, "CHL"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			headline := textDoc(tc.headline).Sentences[0]
			headline.Headline = true
			bd := x.newBuilder(&Document{Text: headline.Text, Sentences: []Sentence{headline}})
			for _, c := range tc.cands {
				c.country = c.gaz.country
				bd.cands = append(bd.cands, c)
			}
			if got := bd.headlineCountry(); got != tc.want {
				t.Errorf("headlineCountry = %q, want %q", got, tc.want)
			}
		})
	}
}

// peopleCountry alone: the country most of the document's people belong
// to, by nationality or by the owner of their office, when it clearly
// leads.
func TestPeopleCountry(t *testing.T) {
	person := func(country, of string) *Entity {
		e := &Entity{Type: Person, Country: country}
		if of != "" {
			e.Roles = []Role{{Title: "minister", Of: of}}
		}
		return e
	}
	for _, tc := range []struct {
		name   string
		people []*Entity
		want   string
	}{
		{"by nationality", []*Entity{person("GBR", ""), person("GBR", ""), person("USA", "")}, "GBR"},
		{"by the owner of an office", []*Entity{person("", "country:GBR"), person("USA", "country:GBR"), person("USA", "")}, "GBR"},
		{"an organization's office is no country's", []*Entity{person("", "organization:un"), person("", "organization:un")}, ""},
		{"one person is too few", []*Entity{person("GBR", "")}, ""},
		{"no clear lead", []*Entity{person("GBR", ""), person("GBR", ""), person("USA", ""), person("USA", "")}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			de := &docEntities{byKey: map[string]*Entity{}}
			for i, e := range tc.people {
				de.byKey[fmt.Sprint("person:", i)] = e
			}
			if got := peopleCountry(de); got != tc.want {
				t.Errorf("peopleCountry = %q, want %q", got, tc.want)
			}
		})
	}
}

// datelineCountry alone: the country of the first place the dateline
// opening the body names, whether it stands alone or ends with a dash.
func TestDatelineCountry(t *testing.T) {
	x := extractor(t)
	place := func(name string) *gazEntry {
		for _, e := range x.idx.lookup(name) {
			if e.country != "" {
				return &e
			}
		}
		t.Fatalf("no place %q", name)
		return nil
	}
	for _, tc := range []struct {
		name, body string
		cands      []cand
		want       string
	}{
		{"a dateline alone", "LIMA/NNP ,/, Peru/NNP 2025-03-03/CD", []cand{{a: 0, b: 1, typ: Location, gaz: place("Lima")}, {a: 2, b: 3, typ: Country, gaz: place("Peru")}}, "PER"},
		{"a dateline ending with a dash", "LIMA/NNP -/: Police/NNP said/VBD Chile/NNP lied/VBD", []cand{{a: 0, b: 1, typ: Location, gaz: place("Lima")}, {a: 4, b: 5, typ: Country, gaz: place("Chile")}}, "PER"},
		{"no place in capitals opens the body", "Lima/NNP police/NN said/VBD on/IN 3/CD March/NNP 2025/CD", []cand{{a: 0, b: 1, typ: Location, gaz: place("Lima")}}, ""},
		{"a sentence in capitals is no dateline without a date", "LIMA/NNP ,/, Peru/NNP", []cand{{a: 0, b: 1, typ: Location, gaz: place("Lima")}}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			headline := textDoc("w/NN w/NN").Sentences[0]
			headline.Headline = true
			body := textDoc(tc.body).Sentences[0]
			body.Index = 1
			bd := x.newBuilder(&Document{Text: body.Text, Sentences: []Sentence{headline, body}})
			bd.bySent = map[int][]int{}
			for _, c := range tc.cands {
				c.sent, c.country = 1, c.gaz.country
				bd.bySent[1] = append(bd.bySent[1], len(bd.cands))
				bd.cands = append(bd.cands, c)
			}
			if got := bd.datelineCountry(); got != tc.want {
				t.Errorf("datelineCountry = %q, want %q", got, tc.want)
			}
		})
	}
}
