package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The country a document is about, for what the text leaves to it (an
// office with no owner, an arrest with no agent, a bare "parliament"):
//
//	headline: the first COUNTRY | NATIONALITY | CAPITAL   "Bonn says Moscow ..." -> Germany
//	          that is not followed by a noun it only describes   "U.S. neo-Nazi jailed by German court" -> Germany
//	          nor the matter after over, about, amid   "Howard attacks Blair over Iraq" -> none
//	else the body's most named COUNTRY, twice at least and half again as often as any other
//
// A document about no one country has none.

// documentCountry is the country the document is about: the one its
// headline names first (headlineCountry) or, failing that, the one its
// body names most often, when named at least twice and half as often
// again as any other.
func (bd *builder) documentCountry() string {
	if code := bd.headlineCountry(); code != "" {
		return code
	}
	count := map[string]int{}
	for _, c := range bd.cands {
		if !c.dropped && c.typ == Country && c.country != "" {
			count[c.country]++
		}
	}
	return clearLead(count)
}

// clearLead is the code counted most, when counted twice at least and
// half again as often as any other; "" when none leads so.
func clearLead(count map[string]int) string {
	best, bestN, second := "", 0, 0
	for code, n := range count {
		switch {
		case n > bestN || n == bestN && code < best:
			best, bestN, second = code, n, bestN
		case n > second:
			second = n
		}
	}
	if bestN >= 2 && 2*bestN >= 3*second {
		return best
	}
	return ""
}

// headlineCountry is the country the headline names first, by its name,
// its adjective or a capital or seat of government that stands for it
// ("Bonn says Moscow has promised ..."), or "". A country that only
// describes a person or thing after it, in a word in lower case that names
// no state's body ("U.S. neo-Nazi", "British tourist"), gives way to one
// that stands for its state: "Defiant U.S. neo-Nazi jailed by German
// court" is about Germany.
func (bd *builder) headlineCountry() string {
	code, at := "", -1             // the first
	standing, standingAt := "", -1 // the first that stands for its state
	for _, c := range bd.cands {
		if c.dropped || c.country == "" || !bd.doc.Sentences[c.sent].Headline {
			continue
		}
		if !(c.typ == Country || c.typ == Location && c.gaz != nil && standsForState(c.gaz.kind)) {
			continue
		}
		if t := bd.toks(c.sent); c.a > 0 && reasonPreps[t[c.a-1].lower()] {
			continue // "Howard attacks Blair over Iraq": what the story is about, not whose
		}
		if at < 0 || c.a < at {
			code, at = c.country, c.a
		}
		if !bd.describesNoun(c) && (standingAt < 0 || c.a < standingAt) {
			standing, standingAt = c.country, c.a
		}
	}
	if standing != "" {
		return standing
	}
	return code
}

// describesNoun reports a candidate followed by a common noun in lower
// case that names no state's body or office: the country only says where
// the person or thing is from ("U.S. neo-Nazi"), but "German court" and
// "Italian prime minister" are the state's. In a headline, a word in -s of
// an event verb the lexicon knows is the verb ("Chile expels").
func (bd *builder) describesNoun(c cand) bool {
	t := bd.toks(c.sent)
	if c.b >= len(t) {
		return false
	}
	next := t[c.b]
	if bd.doc.Sentences[c.sent].Headline && next.Tag == "NNS" && len(bd.x.idx.verbs[bd.x.idx.verbLemma(next.Text)]) > 0 {
		return false // "Chile expels Peruvian ambassador": a headline's verb, which taggers read as a plural
	}
	return (next.Tag == "NN" || next.Tag == "NNS" || next.Tag == "JJ") && startsLower(next.Text) &&
		!groupNouns[next.lower()] && !bd.titleStarts(c.sent, c.b)
}

// startsLower reports a word whose first letter is in lower case:
// "neo-Nazi", "tourist".
func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// datelineCountry is the country of the place a dateline names, where the
// story was filed: "STANSTED, England 1996-08-27", "LIMA, 3 March 2025
// -". The first sentence of the body opens with a place in capitals and
// is a dateline alone or ends its dateline with a dash; the country is
// that of the first place or country named in the dateline. "" when the
// story has none.
func (bd *builder) datelineCountry() string {
	si := 0
	for si < len(bd.doc.Sentences) && bd.doc.Sentences[si].Headline {
		si++
	}
	if si >= len(bd.doc.Sentences) {
		return ""
	}
	t := bd.toks(si)
	if len(t) == 0 || !isWord(t[0].Text) || strings.ToUpper(t[0].Text) != t[0].Text {
		return ""
	}
	end := datelineEnd(t)
	if end == 0 {
		if len(t) > maxDatelineTokens || !slices.ContainsFunc(t, func(tok Token) bool { return hasYear(tok.Text) }) {
			return "" // a sentence of its own, as a dateline is, with a date in it
		}
		end = len(t)
	}
	code, at := "", -1
	for _, k := range bd.bySent[si] {
		c := bd.cands[k]
		if c.dropped || c.country == "" || c.a >= end || c.typ != Country && c.typ != Location {
			continue
		}
		if at < 0 || c.a < at {
			code, at = c.country, c.a
		}
	}
	return code
}

// maxDatelineTokens is the most tokens a dateline standing alone takes:
// "NEW YORK , United States 1996-08-27".
const maxDatelineTokens = 10
