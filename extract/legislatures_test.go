package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// scanLegislatures alone: a legislature's noun after a country's
// adjective or possessive candidate is that country's legislature.
func TestScanLegislatures(t *testing.T) {
	x := extractor(t)
	country := func(name string, demonym bool) *gazEntry { return lexiconCountry(t, x, name, demonym) }
	for _, tc := range []struct {
		name, text string
		owner      *cand // a country candidate the sentence already has
		want       []string
	}{
		{"after the adjective", "the/DT Estonian/JJ parliament/NN refused/VBD",
			&cand{a: 1, b: 2, typ: Country, gaz: country("Estonian", true)}, []string{"Estonian Parliament EST"}},
		{"after the possessive", "Poland/NNP 's/POS senate/NN met/VBD",
			&cand{a: 0, b: 1, typ: Country, gaz: country("Poland", false)}, []string{"Polish Senate POL"}},
		{"after the possessive of a country whose demonym names a person", "New/NNP Zealand/NNP 's/POS parliament/NN met/VBD",
			&cand{a: 0, b: 2, typ: Country, gaz: country("New Zealand", false)}, []string{"New Zealand Parliament NZL"}},
		{"no owner", "the/DT parliament/NN met/VBD", nil, nil},
		{"after a preposition", "the/DT parliament/NN of/IN Chile/NNP met/VBD",
			&cand{a: 3, b: 4, typ: Country, gaz: country("Chile", false)}, nil},
		{"not a legislature", "the/DT Estonian/JJ government/NN met/VBD",
			&cand{a: 1, b: 2, typ: Country, gaz: country("Estonian", true)}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := &Document{Sentences: []Sentence{{Tokens: slashTagged(tc.text)}}}
			bd := x.newBuilder(doc)
			if tc.owner != nil {
				bd.add(*tc.owner)
			}
			before := len(bd.cands)
			bd.scanLegislatures(0)
			got := labelsOf(bd.cands[before:])
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// scanLegislatures alone, over a word the lexicon takes for one
// country's legislature: after another country's adjective or possessive
// it is that other's, and the lexicon's reading is dropped; after its own
// country's, or with no owner, the lexicon's stands.
func TestScanLegislaturesOfAnother(t *testing.T) {
	x := extractor(t)
	country := func(name string, demonym bool) *gazEntry { return lexiconCountry(t, x, name, demonym) }
	var congress *gazEntry
	for _, e := range x.idx.lookup("Congress") {
		if e.typ == Organization && e.country == "USA" {
			congress = &e
		}
	}
	if congress == nil {
		t.Fatal("the lexicon has no United States Congress under 'Congress'")
	}
	for _, tc := range []struct {
		name, text string
		owner      *cand
		want       []string
		dropped    bool
	}{
		{"another's adjective", "the/DT Peruvian/JJ Congress/NNP met/VBD",
			&cand{a: 1, b: 2, typ: Country, gaz: country("Peruvian", true)}, []string{"Peruvian Congress PER"}, true},
		{"another's possessive", "Peru/NNP 's/POS Congress/NNP met/VBD",
			&cand{a: 0, b: 1, typ: Country, gaz: country("Peru", false)}, []string{"Peruvian Congress PER"}, true},
		{"its own country's", "the/DT American/JJ Congress/NNP met/VBD",
			&cand{a: 1, b: 2, typ: Country, gaz: country("American", true)}, nil, false},
		{"no owner", "the/DT Congress/NNP met/VBD", nil, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			doc := &Document{Sentences: []Sentence{{Tokens: toks}}}
			bd := x.newBuilder(doc)
			if tc.owner != nil {
				bd.add(*tc.owner)
			}
			at := len(toks) - 2
			named := bd.add(cand{a: at, b: at + 1, typ: Organization, gaz: congress})
			before := len(bd.cands)
			bd.scanLegislatures(0)
			got := labelsOf(bd.cands[before:])
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if bd.cands[named].dropped != tc.dropped {
				t.Errorf("the lexicon's Congress dropped %v, want %v", bd.cands[named].dropped, tc.dropped)
			}
		})
	}
}

// addBareLegislatures alone: a legislature's noun with nothing before it
// that says whose it is stands for the legislature of the document's
// country, the first the headline names, else the one named most.
func TestAddBareLegislatures(t *testing.T) {
	x := extractor(t)
	country := func(name string, demonym bool) *gazEntry { return lexiconCountry(t, x, name, demonym) }
	thai := "Thai/JJ vote/NN"
	thaiHeadline := []cand{{sent: 0, a: 0, b: 1, typ: Country, gaz: country("Thai", true)}}
	for _, tc := range []struct {
		name, headline, body string
		countries            []cand // the country candidates the document has
		want                 []string
	}{
		{"after a verb", thai, "the/DT king/NN may/MD dissolve/VB parliament/NN ./.", thaiHeadline, []string{"Thai Parliament THA"}},
		{"after the", thai, "the/DT parliament/NN met/VBD", thaiHeadline, []string{"Thai Parliament THA"}},
		{"after a preposition", thai, "a/DT debate/NN in/IN parliament/NN", thaiHeadline, []string{"Thai Parliament THA"}},
		{"first in its sentence", thai, "Parliament/NNP met/VBD", thaiHeadline, []string{"Thai Parliament THA"}},
		{"an adjective before it", thai, "elect/VB a/DT new/JJ parliament/NN", thaiHeadline, nil},
		{"a possessive before it", thai, "its/PRP$ parliament/NN met/VBD", thaiHeadline, nil},
		{"a noun before it", thai, "the/DT student/NN parliament/NN met/VBD", thaiHeadline, nil},
		{"its owner after it", thai, "the/DT parliament/NN of/IN Laos/NNP", thaiHeadline, nil},
		{"a gloss in brackets", thai, "the/DT Duma/NNP (/( parliament/NN )/)", thaiHeadline, nil},
		{"not a legislature alone", thai, "the/DT congress/NN met/VBD", thaiHeadline, nil},
		{"no country", "Vote/NN", "the/DT parliament/NN met/VBD", nil, nil},
		{"the country the body names most", "Vote/NN", "Japan/NNP and/CC Japan/NNP and/CC China/NNP ;/: the/DT parliament/NN met/VBD",
			[]cand{{sent: 1, a: 0, b: 1, typ: Country, gaz: country("Japan", false)}, {sent: 1, a: 2, b: 3, typ: Country, gaz: country("Japan", false)},
				{sent: 1, a: 4, b: 5, typ: Country, gaz: country("China", false)}}, []string{"Japanese Parliament JPN"}},
		{"two countries named as often", "Vote/NN", "Japan/NNP and/CC China/NNP ;/: the/DT parliament/NN met/VBD",
			[]cand{{sent: 1, a: 0, b: 1, typ: Country, gaz: country("Japan", false)}, {sent: 1, a: 2, b: 3, typ: Country, gaz: country("China", false)}}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := &Document{Sentences: []Sentence{{Tokens: slashTagged(tc.headline), Headline: true}, {Tokens: slashTagged(tc.body)}}}
			bd := x.newBuilder(doc)
			for _, c := range tc.countries {
				c.country = c.gaz.country
				bd.add(c)
			}
			before := len(bd.cands)
			bd.addBareLegislatures()
			got := labelsOf(bd.cands[before:])
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
