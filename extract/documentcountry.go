package extract

// The country a document is about, for what the text leaves to it (an
// office with no owner, an arrest with no agent, a bare "parliament"):
//
//	headline: the first COUNTRY | NATIONALITY | CAPITAL   "Bonn says Moscow ..." -> Germany
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
// ("Bonn says Moscow has promised ..."), or "".
func (bd *builder) headlineCountry() string {
	code, at := "", -1
	for _, c := range bd.cands {
		if c.dropped || c.country == "" || !bd.doc.Sentences[c.sent].Headline || at >= 0 && c.a >= at {
			continue
		}
		if c.typ == Country || c.typ == Location && c.gaz != nil && standsForState(c.gaz.kind) {
			code, at = c.country, c.a
		}
	}
	return code
}
