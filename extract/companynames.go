package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A company, a club or a body is called by part of its name:
//
//	NAME WORD* LEGAL-FORM ... NAME      "Kinross Gold Corp ... Kinross said"
//	NAME COMPANY-HEAD+ ... NAME         "Moana Ports Holdings ... Moana Ports"
//	NAME TRADE+ ... NAME                "Brastan Mining ... Brastan"
//	NAME PLACE ... NAME                 "Ajax Amsterdam ... Ajax"
//	WORD+ PLURAL of WORD+ ... PLURAL    "the Liberation Tigers of Tamil Eelam ... the Tigers"
//	PLACE NAME ... NAME                 "the U.S. Agriculture Department ... the Agriculture Department"
//
// A name that ends in a company's legal form ("Inc", "Ltd", "AG") is a
// company's, and the words before the form that open it are that
// company's short name ("Jones" for Jones Medical Industries Inc); a name
// that ends in other words for a company ("Holdings", "Motors") or for
// its trade ("Mining", "Steel") is shortened by those words only, one
// that ends in the name of a place by that name ("Ajax" for Ajax
// Amsterdam, "Red Star" for Red Star Belgrade: a club and its city), and
// one named for its members, before its field, by their plural ("the
// Tigers" for the Liberation Tigers of Tamil Eelam). A name that opens
// with a place or a nationality is called by the rest ("the Agriculture
// Department" for the U.S. Agriculture Department, "the White Sox" for
// the Chicago White Sox). A short name of one word is the company's whatever the name
// tagger took it for ("Magna, Johnson Controls and Lear", after Magna
// International Inc), but not when a person the document names in full
// bears it: "Adani said" after Adani Holdings Ltd and Gautam Adani may be
// the founder. A short name that two companies of the document share
// ("Goldman Sachs" for Goldman Sachs & Co and Goldman Sachs & Co
// Wertpapier GmbH) names neither, and a name with its own legal form is a
// full name: "Goldman Sachs & Co" is not Goldman Sachs & Co Wertpapier
// GmbH.

// legalForms end the names of companies with their legal form, in any
// case: "Plc", "PLC" and "plc" are one.
var legalForms = lowerSet(lexicon.List("legalForms"))

// tradeHeads end a company's name with its trade: "Mining", "Steel".
var tradeHeads = lexicon.Class("tradeHeads")

// tradeSurnames are the trade words that end people's names too: "Steel".
var tradeSurnames = lexicon.Class("tradeSurnames")

func legalForm(w string) bool { return legalForms[strings.ToLower(strings.TrimSuffix(w, "."))] }

func lowerSet(words []string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[strings.ToLower(w)] = true
	}
	return set
}

// companyShortNames sets nameOf for the candidates that name a company by
// its short name to the candidate of its full name.
func (bd *builder) companyShortNames(nameOf map[int]int) {
	cs := bd.cands
	// short name, in lower case as a headline's capitals may write it ->
	// the candidate of the full name, -1 for two
	short := map[string]int{}
	personWords := map[string]bool{}
	add := func(s string, k int) {
		j, ok := short[s]
		switch {
		case !ok:
			short[s] = k
		case j >= 0 && bd.surface(j) != bd.surface(k):
			short[s] = bd.fullerName(j, k)
		}
	}
	for k, c := range cs {
		w := bd.words(k)
		if c.typ == Person && len(w) >= 2 {
			for _, f := range w {
				personWords[strings.ToLower(f)] = true
			}
		}
		if c.typ != Organization || len(w) < 2 {
			continue
		}
		if legalForm(w[len(w)-1]) {
			for n := 1; n < len(w); n++ {
				add(strings.ToLower(strings.Join(w[:n], " ")), k)
			}
			continue
		}
		for n := 1; n < len(w); n++ {
			if bd.namedPlace(strings.Join(w[n:], " ")) {
				add(strings.ToLower(strings.Join(w[:n], " ")), k) // "Ajax" for Ajax Amsterdam
			}
			if bd.placeName(strings.Join(w[:n], " ")) {
				add(strings.ToLower(strings.Join(w[n:], " ")), k) // "the Agriculture Department" for the U.S. Agriculture Department
			}
		}
		for n := len(w) - 1; n >= 1 && (companyHead(w[n]) || tradeHeads[w[n]]); n-- {
			add(strings.ToLower(strings.Join(w[:n], " ")), k)
		}
		for n := 1; n+1 < len(w); n++ {
			if connectors[strings.ToLower(w[n+1])] && pluralName(w[n]) {
				add(strings.ToLower(w[n]), k) // "the Tigers" for the Liberation Tigers of Tamil Eelam
				break
			}
		}
	}
	for k := range cs {
		c := &cs[k]
		name := strings.ToLower(bd.surface(k))
		j, ok := short[name]
		if w := bd.words(k); c.gaz != nil || !ok || j < 0 || j == k || legalForm(w[len(w)-1]) {
			continue // a name with its own legal form is a company's full name: Goldman Sachs & Co, not its GmbH
		}
		switch {
		case c.b-c.a >= 2:
			c.typ = Organization
			nameOf[k] = j
		case (c.typ == Organization || c.typ == Person) && !personWords[name]:
			c.typ = Organization
			nameOf[k] = j // "Magna" after Magna International Inc, whatever the tagger took it for
		}
	}
}

// pluralName reports a word in capitals that is a plural noun's: the
// members a body is named for ("Tigers", "Brigades").
func pluralName(w string) bool {
	return isCap(w) && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && strings.ToUpper(w) != w
}

// fullerName is the one of two company names that goes on from the other
// when the other has no legal form of its own ("Niugini Mining Ltd" over
// "Niugini Mining": one company), else -1 ("Goldman Sachs & Co" and
// "Goldman Sachs & Co Wertpapier GmbH": two).
func (bd *builder) fullerName(j, k int) int {
	sj, sk := bd.surface(j), bd.surface(k)
	if len(sj) < len(sk) {
		j, k, sj, sk = k, j, sk, sj
	}
	if w := bd.words(k); strings.HasPrefix(sj, sk+" ") && !legalForm(w[len(w)-1]) {
		return j
	}
	return -1
}

// namedPlace reports a name the lexicon knows as a place or a country,
// not a nationality ("Indians").
func (bd *builder) namedPlace(name string) bool {
	for _, e := range bd.x.idx.lookup(name) {
		if e.typ == Location || e.typ == Country && !e.demonym {
			return true
		}
	}
	return false
}
