package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// A gerund after "as" and a verb of quoting is done by the one quoted: the
// subject of the passive, the object of the active.
//
//	PERSON was quoted|cited as VBG ...        "Bongo was quoted as thanking China"
//	... quoted|cited PERSON as VBG ...        "the agency quoted Bongo as thanking China"

// quoteForms are the forms of the verbs of quoting someone as saying.
var quoteForms = lexicon.Class("quoteForms")

// quotedAs finds who does the gerund at v that follows "as" and a verb of
// quoting; ok is false for any other gerund.
func (c *eventCtx) quotedAs(v int) (keys []string, ok bool) {
	t := c.t
	if t[v].Tag != "VBG" || v < 2 || !asWords[t[v-1].lower()] {
		return nil, false
	}
	if quoteForms[t[v-2].lower()] {
		return c.subjectOf(v - 2), true // "Bongo was quoted as thanking"
	}
	if a := actorAt(c.acts, v-2); a >= 0 {
		k := c.acts[a].a - 1
		if j := c.titlePhraseBefore(k, c.acts[a].a); j >= 0 {
			k = j // "quoted Chinese President Jiang Zemin as"
		}
		if k >= 0 && quoteForms[t[k].lower()] {
			return c.coordinated(a, -1), true // "quoted Bongo as thanking"
		}
	}
	return nil, false
}
