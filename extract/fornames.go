package extract

import "github.com/newsgraph/newsgraph/extract/names"

// A body named for the place or matter it serves is one name across "for
// the", which the tagger splits there:
//
//	ORG-NAME-WITH-A-BODY'S-HEAD for the NAME      "the Court of Appeals for the District of Columbia"
//
// The first name holds a head word of organizations' names ("Court",
// "Commission", "Office"); the second is a name of capitalised words right
// after the article. "compensation from Shell for the Niger Delta" stays
// two: Shell's name holds no such head.
func (bd *builder) joinForNames(t []Token, spans []names.Span) []names.Span {
	for k := 0; k+1 < len(spans); k++ {
		a, b := &spans[k], &spans[k+1]
		f := a.End
		if a.Type != "ORG" || f+2 >= len(t) || b.Start != f+2 || !purposePreps[t[f].lower()] || !definite[t[f+1].lower()] ||
			b.Type == "PER" || !bd.holdsOrgHead(t[a.Start:a.End]) || !allCap(t[b.Start:b.End]) || b.End < len(t) && nounModifierWord(t[b.End]) {
			continue // but "a member of the National Assembly for the Justice First party": the party is a phrase of its own
		}
		a.End = b.End
		b.End = b.Start // joined: dropped below
	}
	return dropEmpty(spans)
}

// allCap reports words each of which starts with a capital but for the
// connectors inside a name ("District of Columbia").
func allCap(ws []Token) bool {
	for _, w := range ws {
		if !isCap(w.Text) && !connectors[w.lower()] {
			return false
		}
	}
	return len(ws) > 0
}

// A name the tagger runs on over "for" into a company's name is two
// names, the second a company's:
//
//	NAME for NAME COMPANY-HEAD      "a bid by Shell for Woodside Petroleum"
//
// No body's name serves a company: "Bank for International Settlements"
// ends in no company's head word and stays one.
func splitForCompanies(t []Token, spans []names.Span) []names.Span {
	var out []names.Span
	for _, sp := range spans {
		f := -1
		for k := sp.Start + 1; k+1 < sp.End && k < len(t); k++ {
			if purposePreps[t[k].Text] {
				f = k
			}
		}
		if f < 0 || sp.End > len(t) || !companyHead(t[sp.End-1].Text) && !tradeHeads[t[sp.End-1].Text] || definite[t[f+1].lower()] {
			out = append(out, sp)
			continue
		}
		first, second := sp, sp
		first.End, second.Start, second.Type = f, f+1, "ORG"
		out = append(out, first, second)
	}
	return out
}
