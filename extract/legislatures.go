package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A country's legislature named by a common noun after the country's
// adjective or its possessive is an organization of its own, named as the
// country's:
//
//	NATIONALITY|COUNTRY (parliament|congress|...)   "the Estonian parliament" -> Estonian Parliament
//	COUNTRY 's (parliament|congress|senate|...)     "Estonia's parliament"    -> Estonian Parliament
//
// The nationality or country stays a mention of its own. A word the
// lexicon takes alone for one country's legislature is another's after
// that other's name: "the Peruvian Congress" is Peru's, not the United
// States Congress.

// legislatureNouns name a country's legislature; bareLegislatureNouns
// name one even without an owner.
var (
	legislatureNouns     = lexicon.Class("legislatureNouns")
	bareLegislatureNouns = lexicon.Class("bareLegislatureNouns")
)

// scanLegislatures adds the legislatures of sentence si that no name
// already covers.
func (bd *builder) scanLegislatures(si int) {
	t := bd.toks(si)
	for i := 1; i < len(t); i++ {
		noun := t[i].lower()
		if !legislatureNouns[noun] {
			continue
		}
		k, named := bd.candAt(si, i)
		if named && !bd.othersLegislature(k, i) {
			continue
		}
		owner, country := bd.countryBefore(si, i)
		if owner == "" || named && bd.cands[k].gaz.country == country {
			continue
		}
		if named {
			bd.cands[k].dropped = true // "the Peruvian Congress": Peru's, not the US Congress the word alone names
		}
		bd.add(cand{sent: si, a: i, b: i + 1, typ: Organization, country: country, fixedLabel: owner + " " + titleCase(noun)})
	}
}

// othersLegislature reports candidate k, which covers the legislature's
// noun at i, as a country's legislature named by that one word ("Congress"
// for the United States Congress), which a country named before the word
// may make another's.
func (bd *builder) othersLegislature(k, i int) bool {
	c := bd.cands[k]
	return c.a == i && c.b == i+1 && c.gaz != nil && c.gaz.typ == Organization && c.gaz.country != ""
}

// A legislature named by its common noun alone, with nothing before it
// that says whose it is, is the legislature of the country the document
// is about, named as the country's:
//
//	[the] (parliament|legislature) [not "of"]   "Thailand ... may dissolve parliament" -> Thai Parliament
//
// Nothing that could own or describe it comes before the noun (a
// nationality, a name, a possessive, an adjective or another noun: "the
// party congress", "its parliament", "a new parliament"), and no owner
// after it ("the congress of the ruling party"). With no country the
// document is about, the noun stays no one's.
func (bd *builder) addBareLegislatures() {
	focal := bd.documentCountry()
	if focal == "" {
		return
	}
	owner := bd.x.idx.adjectives[focal]
	if owner == "" {
		owner = bd.x.idx.countries[focal]
	}
	n := len(bd.cands)
	for si := range bd.doc.Sentences {
		t := bd.toks(si)
		for i := range t {
			noun := t[i].lower()
			if !bareLegislatureNouns[noun] || bd.insideAnyCand(si, i) || i > 0 && !opensBareNoun(t[i-1]) ||
				i+1 < len(t) && ofWords[t[i+1].lower()] {
				continue
			}
			bd.add(cand{sent: si, a: i, b: i + 1, typ: Organization, country: focal, fixedLabel: owner + " " + titleCase(noun)})
		}
	}
	bd.keyCands(n)
}

// opensBareNoun reports whether a noun after tok has nothing before it
// that could say whose it is: tok is "the", or a verb, a preposition, a
// conjunction or punctuation.
func opensBareNoun(tok Token) bool {
	if definite[tok.lower()] {
		return true
	}
	switch tok.Tag {
	case "IN", "TO", "CC", ",", ":", "``", "''":
		return true
	}
	return strings.HasPrefix(tok.Tag, "VB")
}
