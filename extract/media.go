package extract

// News organizations and the press: who tells the public, not a party
// acted on or acting:
//
//	MEDIA-NOUN NAME | NAME MEDIA-NOUN    "the daily El Mercurio", "NTV television"
//	NATIONALITY [ADJ|NOUN] MEDIA-NOUN    "Spanish state television": no state
//
// What one tells the press is said to the public ("told the BBC"), and a
// state named only by its press is no party of the act.

// pressAfter reports a word for the press after one adjective or noun in
// lower case at token k: "state television", "official media".
func pressAfter(t []Token, k int) bool {
	return k+1 < len(t) && !isCap(t[k].Text) && (t[k].Tag == "JJ" || t[k].Tag == "NN") && mediaNouns[t[k+1].lower()]
}

// isMedia reports a news organization: one the lexicon knows, a name the
// tagger found that begins with one's name ("BBC Radio 4", "Reuters
// Television") or that opens or ends with a word for the press ("Israel
// Radio", "Radio Red"), or one named right after a word for the press
// ("the daily El Mercurio").
func (x *Extractor) isMedia(c *cand, t []Token) bool {
	if c.gaz != nil {
		return c.gaz.kind == kindMedia
	}
	k := c.a - 1
	if k > 0 && isQuoteMark(t[k].Text) {
		k-- // `the journal "Building"`
	}
	if c.typ == Organization && k >= 0 && mediaNouns[t[k].lower()] {
		return true // "the daily El Mercurio": named after the noun of its kind
	}
	if c.typ == Organization && c.b < len(t) && mediaNouns[t[c.b].Text] {
		return true // "WBUR-FM radio", "NTV television": named before the noun of its kind, in lower case
	}
	if c.typ == Organization && c.b-c.a >= 2 && c.b <= len(t) && (mediaNouns[t[c.a].lower()] || mediaNouns[t[c.b-1].lower()]) {
		return true // "Israel Radio", "Radio Red": a name that opens or ends with the noun of its kind
	}
	if c.typ != Organization || c.b-c.a < 2 {
		return false
	}
	for _, e := range x.idx.lookup(t[c.a].Text) {
		if e.kind == kindMedia {
			return true
		}
	}
	return false
}

// dropMedia removes news organizations from keys.
func (c *eventCtx) dropMedia(keys []string) []string {
	var out []string
	for _, k := range keys {
		media := false
		for _, a := range c.acts {
			if a.key == k && a.media {
				media = true
			}
		}
		if !media {
			out = append(out, k)
		}
	}
	return out
}
