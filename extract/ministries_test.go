package extract

import (
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/extract/names"
)

// scanMinistries alone: a ministry's field and noun after a country, or
// after an article, name a ministry.
func TestScanMinistries(t *testing.T) {
	x := extractor(t)
	country := func(name string, demonym bool) *gazEntry { return lexiconCountry(t, x, name, demonym) }
	for _, tc := range []struct {
		name, text string
		before     []cand // candidates the sentence already has
		want       []string
	}{
		{"after a country's name", "the/DT UAE/NNP foreign/JJ ministry/NN said/VBD",
			[]cand{{a: 1, b: 2, typ: Country, gaz: country("UAE", false)}}, []string{"UAE Foreign Ministry ARE"}},
		{"after the adjective", "the/DT Sri/NNP Lankan/NNP foreign/JJ ministry/NN said/VBD",
			[]cand{{a: 1, b: 3, typ: Country, gaz: country("Sri Lankan", true)}}, []string{"Sri Lankan Foreign Ministry LKA"}},
		{"after the possessive", "Russia/NNP 's/POS foreign/JJ ministry/NN said/VBD",
			[]cand{{a: 0, b: 1, typ: Country, gaz: country("Russia", false)}}, []string{"Russian Foreign Ministry RUS"}},
		{"a name the tagger found takes its owner", "the/DT Russian/JJ Interior/NNP Ministry/NNP said/VBD",
			[]cand{{a: 1, b: 2, typ: Country, gaz: country("Russian", true)}, {a: 2, b: 4, typ: Organization}}, []string{"Russian Interior Ministry RUS"}},
		{"after the article alone", "the/DT interior/JJ ministry/NN denied/VBD", nil, []string{"Interior Ministry "}},
		{"no owner and no article", "a/DT finance/NN ministry/NN official/NN", nil, nil},
		{"after a city's possessive, its country's", "Bonn/NNP 's/POS foreign/JJ ministry/NN said/VBD",
			[]cand{{a: 0, b: 1, typ: Location, gaz: lexiconPlace(t, x, "Bonn")}}, []string{"German Foreign Ministry DEU"}},
		{"after a capital's possessive, its country's", "Moscow/NNP 's/POS interior/JJ ministry/NN said/VBD",
			[]cand{{a: 0, b: 1, typ: Location, gaz: lexiconPlace(t, x, "Moscow")}}, []string{"Russian Interior Ministry RUS"}},
		{"not after a region's", "Texas/NNP 's/POS health/NN ministry/NN said/VBD",
			[]cand{{a: 0, b: 1, typ: Location, gaz: lexiconPlace(t, x, "Texas")}}, nil},
		{"before a capital, its country's", "the/DT foreign/JJ ministry/NN in/IN Berlin/NNP said/VBD",
			[]cand{{a: 4, b: 5, typ: Location, gaz: lexiconPlace(t, x, "Berlin")}}, []string{"German Foreign Ministry DEU"}},
		{"not before a city that is no capital", "the/DT interior/JJ ministry/NN in/IN Munich/NNP said/VBD",
			[]cand{{a: 4, b: 5, typ: Location, gaz: lexiconPlace(t, x, "Munich")}}, []string{"Interior Ministry "}},
		{"an office named as a ministry", "the/DT Chilean/JJ foreign/JJ office/NN said/VBD",
			[]cand{{a: 1, b: 2, typ: Country, gaz: country("Chilean", true)}}, []string{"Chilean Foreign Office CHL"}},
		{"a ministry the lexicon knows is another state's after its nationality", "the/DT German/JJ Foreign/NNP Office/NNP said/VBD",
			[]cand{{a: 1, b: 2, typ: Country, gaz: country("German", true)}, {a: 2, b: 4, typ: Organization, gaz: &gazEntry{typ: Organization, country: "GBR"}}}, []string{"German Foreign Office DEU"}},
		{"but its own state's after its own", "the/DT British/JJ Foreign/NNP Office/NNP said/VBD",
			[]cand{{a: 1, b: 2, typ: Country, gaz: country("British", true)}, {a: 2, b: 4, typ: Organization, gaz: &gazEntry{typ: Organization, country: "GBR"}}}, nil},
		{"no field", "the/DT Estonian/JJ ministry/NN said/VBD",
			[]cand{{a: 1, b: 2, typ: Country, gaz: country("Estonian", true)}}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := &Document{Sentences: []Sentence{{Tokens: slashTagged(tc.text)}}}
			bd := x.newBuilder(doc)
			for _, c := range tc.before {
				bd.add(c)
			}
			bd.scanMinistries(0)
			var got []string
			for _, c := range bd.cands {
				if c.fixedLabel != "" {
					got = append(got, c.fixedLabel+" "+c.country)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// A country's body named after its possessive and after its adjective is
// one body: "Russia's foreign ministry" is the Russian Foreign Ministry.
func TestOwnerFormsAreOneBody(t *testing.T) {
	r := run(t, "Row\n\nRussia's foreign ministry protested on Monday. The Russian foreign ministry later summoned Estonia's ambassador. Estonia's parliament and the Estonian parliament met.")
	var got []string
	for _, e := range r.Entities {
		if e.Type == Organization {
			got = append(got, fmt.Sprintf("%s %d", e.Key, len(e.Mentions)))
		}
	}
	want := []string{"organization:estonian-parliament 2", "organization:russian-foreign-ministry 2"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// ownerAt alone: the organization or country a title's "of" names, past
// "the" and the lower-case words that describe it.
func TestOwnerAt(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		owner      cand
		want       bool
	}{
		{"right after of", "leader/NN of/IN Hamas/NNP", cand{a: 2, b: 3, typ: Organization}, true},
		{"past the and its adjective", "leader/NN of/IN the/DT fundamentalist/JJ Hamas/NNP group/NN", cand{a: 4, b: 5, typ: Organization}, true},
		{"past the words that describe it", "leader/NN of/IN the/DT main/JJ opposition/NN Muslim/NNP League/NNP", cand{a: 5, b: 7, typ: Organization}, true},
		{"not past a capitalised word", "leader/NN of/IN the/DT Old/NNP Hamas/NNP", cand{a: 4, b: 5, typ: Organization}, false},
		{"not past four words", "leader/NN of/IN the/DT very/JJ old/JJ main/JJ opposition/NN League/NNP", cand{a: 7, b: 8, typ: Organization}, false},
		{"no place", "head/NN of/IN the/DT old/JJ Lima/NNP", cand{a: 4, b: 5, typ: Location}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bd := x.newBuilder(&Document{Sentences: []Sentence{{Tokens: slashTagged(tc.text)}}})
			bd.add(tc.owner)
			if got := bd.ownerAt(0, 2) >= 0; got != tc.want {
				t.Errorf("ownerAt found an owner: %v, want %v", got, tc.want)
			}
		})
	}
}

// ministryAfter alone: a ministry named by its field right before the
// verb, as a possessive pronoun's state body.
func TestMinistryAfter(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Its/PRP$ foreign/JJ ministry/NN welcomed/VBD", true},
		{"Its/PRP$ interior/JJ ministry/NN also/RB welcomed/VBD", true},
		{"Its/PRP$ ministry/NN welcomed/VBD", true},
		{"Its/PRP$ foreign/JJ policy/NN welcomed/VBD", false},
		{"Its/PRP$ foreign/JJ ministry/NN officials/NNS welcomed/VBD", false},
	} {
		toks := slashTagged(tc.text)
		c := &eventCtx{t: toks, idx: x.idx}
		v := slices.IndexFunc(toks, func(tok Token) bool { return tok.Tag == "VBD" })
		if got := c.ministryAfter(1, v); got != tc.want {
			t.Errorf("%s: ministryAfter = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// fieldMinistry alone: a ministry named by its field, before or after
// "of"; a body with a name of its own is none.
func TestFieldMinistry(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Foreign/NNP Ministry/NNP", true},
		{"Ministry/NNP of/IN Foreign/NNP Affairs/NNPS", true},
		{"Azerbaijani/JJ Ministry/NNP of/IN Defence/NNP", true},
		{"Ministry/NNP of/IN Defence/NNP of/IN Japan/NNP", true},
		{"Justice/NNP Department/NNP", false},
		{"Ministry/NNP of/IN Truth/NNP", false},
		{"Ministry/NNP", false},
	} {
		toks := slashTagged(tc.text)
		if got := x.idx.fieldMinistry(toks, 0, len(toks)); got != tc.want {
			t.Errorf("%s: fieldMinistry = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// ministryStates alone: a ministry standing for its state gives way to
// the state, once.
func TestMinistryStates(t *testing.T) {
	c := &eventCtx{acts: []actor{{key: "organization:indian-foreign-ministry", typ: Organization, state: "country:IND"}, countryAt(3, "CAN")}}
	for _, tc := range []struct{ keys, want []string }{
		{[]string{"organization:indian-foreign-ministry"}, []string{"country:IND"}},
		{[]string{"organization:indian-foreign-ministry", "country:IND"}, []string{"country:IND"}},
		{[]string{"country:CAN"}, []string{"country:CAN"}},
	} {
		if diff := cmp.Diff(tc.want, c.ministryStates(tc.keys)); diff != "" {
			t.Errorf("%v (-want +got):\n%s", tc.keys, diff)
		}
	}
}

// nationalMinistry alone: a ministry named by its field is of the country
// whose nationality opens its name, or that "of" names at its end; any
// other name is of no country by it.
func TestNationalMinistry(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		a, b       int
		want       string
	}{
		{"a nationality before the field", "the/DT Azerbaijani/JJ Defence/NNP Ministry/NNP said/VBD", 1, 4, "AZE"},
		{"a nationality before Ministry of", "the/DT Russian/JJ Ministry/NNP of/IN Foreign/NNP Affairs/NNPS said/VBD", 1, 6, "RUS"},
		{"of a country at the end", "the/DT Ministry/NNP of/IN Defence/NNP of/IN Japan/NNP said/VBD", 1, 6, "JPN"},
		{"no country in the name", "the/DT Ministry/NNP of/IN Defence/NNP said/VBD", 1, 4, ""},
		{"a body that is no ministry", "the/DT Russian/JJ Orthodox/NNP Church/NNP said/VBD", 1, 4, ""},
		{"a ministry with no field", "the/DT Russian/JJ Ministry/NNP of/IN Truth/NNP said/VBD", 1, 5, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bd := x.newBuilder(textDoc(tc.text))
			c := cand{a: tc.a, b: tc.b, typ: Organization}
			bd.nationalMinistry(&c)
			if c.country != tc.want {
				t.Errorf("country = %q, want %q", c.country, tc.want)
			}
		})
	}
}

// joinMinistryFields alone: "Ministry of" and its field are one
// organization, with the nationality or the name before "Ministry" that
// the tagger gave it; a person the tagger ran on from the field keeps the
// words after it; a name that is no field, or a name the tagger found
// longer, is left alone.
func TestJoinMinistryFields(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		spans      []names.Span
		want       []names.Span
	}{
		{"the field a name of its own", "the/DT Azerbaijani/JJ Ministry/NNP of/IN Defence/NNP said/VBD",
			[]names.Span{{Start: 1, End: 3, Type: "ORG"}, {Start: 4, End: 5, Type: "ORG"}}, []names.Span{{Start: 1, End: 5, Type: "ORG"}}},
		{"the field opening a person's name", "Ministry/NNP of/IN Defence/NNP Ana/NNP Tolvar/NNP denied/VBD",
			[]names.Span{{Start: 2, End: 5, Type: "PER"}}, []names.Span{{Start: 0, End: 3, Type: "ORG"}, {Start: 3, End: 5, Type: "PER"}}},
		{"a nationality before it", "the/DT Russian/JJ Ministry/NNP of/IN Foreign/NNP Affairs/NNPS said/VBD",
			[]names.Span{{Start: 1, End: 2, Type: "MISC"}, {Start: 2, End: 6, Type: "ORG"}}, []names.Span{{Start: 1, End: 6, Type: "ORG"}}},
		{"two fields", "the/DT Ministry/NNP of/IN Trade/NNP and/CC Industry/NNP said/VBD",
			[]names.Span{{Start: 1, End: 4, Type: "ORG"}}, []names.Span{{Start: 1, End: 6, Type: "ORG"}}},
		{"a field the tagger took for a place", "Kenya/NNP Ministry/NNP of/IN Health/NNP officials/NNS met/VBD",
			[]names.Span{{Start: 0, End: 2, Type: "ORG"}, {Start: 3, End: 4, Type: "LOC"}}, []names.Span{{Start: 0, End: 4, Type: "ORG"}}},
		{"people after the field stay out", "the/DT Ministry/NNP of/IN Health/NNP Officials/NNPS said/VBD",
			[]names.Span{{Start: 3, End: 4, Type: "LOC"}}, []names.Span{{Start: 1, End: 4, Type: "ORG"}}},
		{"no field", "the/DT Ministry/NNP of/IN Truth/NNP said/VBD",
			[]names.Span{{Start: 3, End: 4, Type: "ORG"}}, []names.Span{{Start: 3, End: 4, Type: "ORG"}}},
		{"a longer name the tagger found", "the/DT Ministry/NNP of/IN Defence/NNP of/IN Japan/NNP said/VBD",
			[]names.Span{{Start: 1, End: 6, Type: "ORG"}}, []names.Span{{Start: 1, End: 6, Type: "ORG"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			bd := x.newBuilder(&Document{Sentences: []Sentence{{Tokens: toks}}})
			if diff := cmp.Diff(tc.want, bd.joinMinistryFields(toks, tc.spans)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// ownerlessMinistries alone: a ministry named by its field after "the",
// of no state by its name, stands for the headline's state, or for the
// state "in" names after it; one with no article, or a state already,
// is left as it is.
func TestOwnerlessMinistries(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		a, b       int
		state      string // the ministry's state before
		focal      string
		want       string
	}{
		{"the headline's state", "The/DT foreign/JJ ministry/NN summoned/VBD the/DT envoy/NN", 1, 3, "", "IRN", "country:IRN"},
		{"Ministry of and its field", "The/DT Ministry/NNP of/IN Foreign/NNP Affairs/NNPS summoned/VBD the/DT envoy/NN", 1, 5, "", "IRN", "country:IRN"},
		{"no headline state", "The/DT foreign/JJ ministry/NN summoned/VBD the/DT envoy/NN", 1, 3, "", "", ""},
		{"no article", "Foreign/JJ ministry/NN officials/NNS met/VBD", 0, 2, "", "IRN", ""},
		{"a state of its own", "The/DT Indian/JJ foreign/JJ ministry/NN said/VBD", 1, 4, "country:IND", "IRN", "country:IND"},
		{"no field", "The/DT Ministry/NNP of/IN Truth/NNP said/VBD", 1, 4, "", "IRN", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := textDoc(tc.text)
			bySent := map[int][]actor{0: {{a: tc.a, b: tc.b, key: "organization:ministry", typ: Organization, state: tc.state}}}
			ownerlessMinistries(doc, x.idx, bySent, tc.focal, nil)
			if got := bySent[0][0].state; got != tc.want {
				t.Errorf("state = %q, want %q", got, tc.want)
			}
		})
	}
}

// scanMinistriesOf alone: "the ministry of" and a field in lower case,
// with an ordinary plural noun after it, is a ministry; without the
// article, with no field, or with people after the field, it is not or
// ends before them.
func TestScanMinistriesOf(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a field and its noun", "summoned/VBN by/IN the/DT ministry/NN of/IN foreign/JJ affairs/NNS following/VBG sanctions/NNS", []string{"Ministry of Foreign Affairs"}},
		{"a field alone", "the/DT ministry/NN of/IN defence/NN said/VBD", []string{"Ministry of Defence"}},
		{"people after the field", "the/DT ministry/NN of/IN health/NN officials/NNS met/VBD", []string{"Ministry of Health"}},
		{"no article", "a/DT ministry/NN of/IN health/NN official/NN met/VBD", nil},
		{"no field", "the/DT ministry/NN of/IN truth/NN said/VBD", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bd := x.newBuilder(textDoc(tc.text))
			bd.scanMinistriesOf(0)
			var got []string
			for _, c := range bd.cands {
				got = append(got, c.fixedLabel)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
