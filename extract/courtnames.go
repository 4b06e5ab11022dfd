package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// A court named by the words in capitals of its kind before its noun is an
// organization, named as written, or as its country's after the
// country's adjective or possessive:
//
//	[the] COURT-KIND+ COURT-NOUN                "the High Court"          -> High Court
//	COUNTRY 's|NATIONALITY COURT-KIND+ COURT-NOUN "Peru's Supreme Court" -> Peruvian Supreme Court
//
// The article is no part of the name ("The Constitutional Court"); a name
// the lexicon or the name tagger gives the words whole stands, as an
// organization.

// courtNouns name a court; courtKinds, in capitals before one, its kind.
var (
	courtNouns = lexicon.Class("courtNouns")
	courtKinds = lexicon.Class("courtKinds")
)

// scanCourts adds the courts of sentence si named by their kind.
func (bd *builder) scanCourts(si int) {
	t := bd.toks(si)
	for i := 1; i < len(t); i++ {
		if !courtNouns[t[i].lower()] || !isCap(t[i].Text) {
			continue
		}
		a := i
		for a > 0 && a > i-3 && isCap(t[a-1].Text) && courtKinds[t[a-1].lower()] {
			a--
		}
		if a == i || !bd.courtFree(si, a, i+1) {
			continue
		}
		label := bd.span(si, a, i+1)
		owner, country := bd.countryBefore(si, a)
		if owner != "" {
			label = owner + " " + label
		}
		bd.add(cand{sent: si, a: a, b: i + 1, typ: Organization, country: country, fixedLabel: label})
	}
}

// courtFree reports that no candidate names the court's words [a, b)
// whole or in part, but one that adds only the article before them ("The
// Constitutional Court"), which it drops. A name the name tagger gives the
// words whole, of another type than an organization, it makes one.
func (bd *builder) courtFree(si, a, b int) bool {
	t := bd.toks(si)
	for i := a; i < b; i++ {
		k, ok := bd.candAt(si, i)
		if !ok {
			continue
		}
		c := bd.cands[k]
		if c.gaz == nil && c.a == a-1 && c.b == b && definite[t[c.a].lower()] {
			bd.cands[k].dropped = true
			continue
		}
		if c.gaz == nil && c.a == a && c.b == b {
			bd.cands[k].typ = Organization // the name tagger's "High Court" as a place: a court is a body
		}
		return false
	}
	return true
}
