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
// The nationality or country stays a mention of its own.

// legislatureNouns name a country's legislature.
var legislatureNouns = lexicon.Class("legislatureNouns")

// scanLegislatures adds the legislatures of sentence si that no name
// already covers.
func (bd *builder) scanLegislatures(si int) {
	t := bd.toks(si)
	for i := 1; i < len(t); i++ {
		noun := strings.ToLower(t[i].Text)
		if !legislatureNouns[noun] || bd.insideAnyCand(si, i) {
			continue
		}
		owner, country := bd.countryBefore(si, i)
		if owner == "" {
			continue
		}
		bd.add(cand{sent: si, a: i, b: i + 1, typ: Organization, country: country, fixedLabel: owner + " " + titleCase(noun)})
	}
}
