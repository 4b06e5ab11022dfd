package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A name the story puts where only a company stands is a company's,
// whatever kind the name tagger saw, and so are its other mentions:
//
//	NAME 's (shares|profits|subsidiary|takeover|...)   "Diageo's shares rose"
//	(shares|stake|takeover|bid|...) (in|of|for|with|by) NAME    "a stake in Turkcell", "a takeover of Allied Domecq"
//	NAME shares                                          "Fiat shares fell"
//	(firm|company|...) NAME                              "drinks firm Allied Domecq"
//	(BUSINESS|ACADEMIC)-TITLE at NAME                    "an analyst at Gartmore"
//
// Names the lexicon knows and well-known people keep their kind; a
// person owns a stake, so "X's stake" says nothing of X.

// companyOwnedNouns after a name's possessive are a company's things:
// "Diageo's profits"; companyDealNouns before companyDealPreps ("in",
// "of", "for", "with", "by") name a dealing in a company: "a takeover of
// Allied Domecq".
var (
	companyOwnedNouns = lexicon.Class("companyOwnedNouns")
	companyDealNouns  = lexicon.Class("companyDealNouns")
	companyDealPreps  = lexicon.Class("companyDealPreps")
)

// companyContexts types as organizations the names the story uses as a
// company's anywhere, in all their mentions.
func (bd *builder) companyContexts() {
	var companies map[string]bool
	for k, c := range bd.cands {
		if c.dropped || c.gaz != nil || c.typ == Country || !bd.companyContextAt(k) {
			continue
		}
		if _, known := bd.famous(c.sent, c.a, c.b); known {
			continue
		}
		if companies == nil {
			companies = map[string]bool{}
		}
		companies[bd.surface(k)] = true
	}
	for k := range bd.cands {
		c := &bd.cands[k]
		if c.gaz == nil && !c.dropped && (c.typ == Person || c.typ == Location) && companies[bd.surface(k)] {
			if _, known := bd.famous(c.sent, c.a, c.b); !known {
				c.typ = Organization
			}
		}
	}
}

// companyContextAt reports a candidate the words around it put where a
// company stands.
func (bd *builder) companyContextAt(k int) bool {
	c := bd.cands[k]
	t := bd.toks(c.sent)
	if c.b+1 < len(t) && isPossessive(t[c.b].Text) && companyOwnedNouns[t[c.b+1].lower()] {
		return true // "Diageo's shares"
	}
	if c.b < len(t) && sharesNoun(t[c.b]) {
		return true // "Fiat shares fell"
	}
	if c.b < len(t) && nounModifierWord(t[c.b]) && !companyNouns[t[c.b].lower()] && !orgTrailNouns[t[c.b].lower()] {
		return false // "a stake in the Jufeyr field": the name of the field, no company's
	}
	if c.a > 0 && !isCap(t[c.a-1].Text) && companyNouns[t[c.a-1].lower()] {
		return true // "UK drinks and food firm Allied Domecq"
	}
	if c.a >= 2 && workPlacePreps[t[c.a-1].lower()] {
		if code := bd.x.idx.titles[t[c.a-2].lower()].code; code == businessCode || code == academicCode {
			return true // "an analyst at Gartmore": a firm's people work there
		}
	}
	j := c.a - 1
	if j >= 1 && isPossessive(t[j].Text) {
		if o, ok := bd.endsAt[[2]int{c.sent, j - 1}]; ok && bd.cands[o].typ == Country {
			j = bd.cands[o].a - 1 // "a takeover by France's Pernod Ricard"
		}
	}
	for j >= 0 && definite[t[j].lower()] {
		j--
	}
	return j >= 1 && companyDealPreps[t[j].lower()] && companyDealNouns[t[j-1].lower()] // "a stake in Turkcell"
}

// sharesNoun reports the word for a company's shares right after its
// name, in lower case: "Fiat shares".
func sharesNoun(tok Token) bool {
	return !isCap(tok.Text) && sharesNouns[tok.lower()]
}

// sharesNouns are the words for a company's shares.
var sharesNouns = lexicon.Class("sharesNouns")

// workPlacePreps join a firm's or an institute's title to where the holder
// works: "an analyst at Gartmore".
var workPlacePreps = lexicon.Class("workPlacePreps")

// academicCode is the role code of academics and think tanks' people.
const academicCode = "EDU"

// workPlaceAfterField is the organization named after "at" that ends the
// phrase of an office's field opened by "of" at token q, where the
// holder works:
//
//	TITLE of FIELD at ORGANIZATION      "investment director of UK Equities at Standard Life"
//
// -1 when the phrase goes on otherwise: the field's words hold no comma,
// verb or clause break, four at most.
func (bd *builder) workPlaceAfterField(si, q int) int {
	t := bd.toks(si)
	if q >= len(t) || !ofWords[t[q].lower()] {
		return -1
	}
	for k := q + 2; k < len(t) && k <= q+5; k++ {
		w := t[k].lower()
		if workPlacePreps[w] {
			if o, ok := bd.startsAt[[2]int{si, k + 1}]; ok && bd.cands[o].typ == Organization {
				return o
			}
			return -1
		}
		if w == "," || clauseBreaks[w] || strings.HasPrefix(t[k].Tag, "VB") {
			return -1
		}
	}
	return -1
}
