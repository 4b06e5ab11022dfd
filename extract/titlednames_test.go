package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/names"
)

// surnameAfter alone: a titled person's name goes on over an unknown word
// in capitals the tagger left out, and over nothing else.
func TestSurnameAfter(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		want       string
	}{
		{"an unknown surname", "Minister/NNP Florence/NNP Okafor/NNP said/VBD", "Florence Okafor"},
		{"a known word", "Minister/NNP Florence/NNP Police/NNP said/VBD", "Florence"},
		{"a date", "Minister/NNP Florence/NNP Monday/NNP said/VBD", "Florence"},
		{"a headline's capitals", "Minister/NNP Florence/NNP UPSTAGED/NNP", "Florence"},
		{"a verb", "Minister/NNP Florence/NNP said/VBD", "Florence"},
		{"a place the lexicon knows", "Minister/NNP Florence/NNP Kenya/NNP", "Florence"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bd := x.newBuilder(textDoc(tc.text))
			k := bd.add(cand{sent: 0, a: 1, b: 2, typ: Person})
			bd.surnameAfter(k)
			c := bd.cands[k]
			if got := bd.span(0, c.a, c.b); got != tc.want {
				t.Errorf("%q, want %q", got, tc.want)
			}
			if e, ok := bd.endsAt[[2]int{0, c.b - 1}]; !ok || e != k {
				t.Errorf("the name's end is not indexed")
			}
		})
	}
}

// A weekday before a title is no part of it: "On Tuesday Foreign Minister".
func TestTitleWithoutDate(t *testing.T) {
	r := run(t, "Talks\n\nOn Tuesday Foreign Minister Ana Ruiz met Chile's ambassador.")
	var titles []string
	for _, e := range r.Entities {
		for _, role := range e.Roles {
			if e.Label == "Ana Ruiz" {
				titles = append(titles, role.Title)
			}
		}
	}
	if len(titles) != 1 || titles[0] != "foreign minister" {
		t.Errorf("Ana Ruiz's titles %q, want foreign minister", titles)
	}
}

// joinTitledForenames alone: a one-word place or organization between a
// title and an unknown word in capitals becomes the person's name, and
// nothing else does.
func TestJoinTitledForenames(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		typ        string // the tagger's type of the word at token 1
		want       string // the first span after the rule: type and words
	}{
		{"a place after a title", "Minister/NNP Florence/NNP Okafor/NNP said/VBD", "LOC", "PER Florence Okafor"},
		{"an organization after a title", "President/NNP Amnesty/NNP Okafor/NNP said/VBD", "ORG", "PER Amnesty Okafor"},
		{"no title", "Visitors/NNP Florence/NNP Okafor/NNP said/VBD", "LOC", "LOC Florence"},
		{"a title in lower case", "minister/NN Florence/NNP Okafor/NNP said/VBD", "LOC", "LOC Florence"},
		{"a known word after", "Minister/NNP Florence/NNP Police/NNP said/VBD", "LOC", "LOC Florence"},
		{"a place after", "Minister/NNP Florence/NNP Kenya/NNP said/VBD", "LOC", "LOC Florence"},
		{"a date after", "Minister/NNP Florence/NNP Monday/NNP said/VBD", "LOC", "LOC Florence"},
		{"a headline's capitals after", "Minister/NNP Florence/NNP OKAFOR/NNP", "LOC", "LOC Florence"},
		{"a verb after", "Minister/NNP Florence/NNP said/VBD", "LOC", "LOC Florence"},
		{"a person already", "Minister/NNP Florence/NNP Okafor/NNP said/VBD", "PER", "PER Florence"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := textDoc(tc.text)
			bd := x.newBuilder(doc)
			toks := doc.Sentences[0].Tokens
			got := bd.joinTitledForenames(toks, []names.Span{{Start: 1, End: 2, Type: tc.typ}})
			if s := got[0].Type + " " + bd.span(0, got[0].Start, got[0].End); s != tc.want {
				t.Errorf("%q, want %q", s, tc.want)
			}
		})
	}
}

// postingBefore alone: a body's name between a state and an envoy's title
// is where the envoy is posted, and the state owns the title; with no
// state before the body, or a title no envoy's, there is none.
func TestPostingBefore(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		cands      []cand
		p          int
		want       string
	}{
		{"a state's possessive", "Peru/NNP 's/POS UN/NNP ambassador/NN Vega/NNP", []cand{{a: 0, b: 1, typ: Country}, {a: 2, b: 3, typ: Organization}}, 3, "Peru"},
		{"a nationality", "the/DT Peruvian/JJ EU/NNP envoy/NN Vega/NNP", []cand{{a: 1, b: 2, typ: Country}, {a: 2, b: 3, typ: Organization}}, 3, "Peruvian"},
		{"a title of two words", "Peru/NNP 's/POS UN/NNP deputy/NN ambassador/NN", []cand{{a: 0, b: 1, typ: Country}, {a: 2, b: 3, typ: Organization}}, 3, "Peru"},
		{"no state before the body", "UN/NNP envoy/NN Vega/NNP", []cand{{a: 0, b: 1, typ: Organization}}, 1, ""},
		{"no envoy's title", "Peru/NNP 's/POS Petroperu/NNP chairman/NN Vega/NNP", []cand{{a: 0, b: 1, typ: Country}, {a: 2, b: 3, typ: Organization}}, 3, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bd := x.newBuilder(textDoc(tc.text))
			for _, c := range tc.cands {
				bd.add(c)
			}
			got := ""
			if k := bd.postingBefore(0, tc.p); k >= 0 {
				got = bd.span(0, bd.cands[k].a, bd.cands[k].b)
			}
			if got != tc.want {
				t.Errorf("owner %q, want %q", got, tc.want)
			}
		})
	}
}
