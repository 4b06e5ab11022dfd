package extract

import "strings"

// In a list of named people each with a title, a title phrase between
// two names is the second's, not an apposition to the first:
//
//	NAME , TITLE [for|of ...] , NAME      "signed by Energy Minister Luis Vega, Shell's vice-president for Africa, Ana Ruiz, and ..."
//
// Vega is no vice-president of Shell; Ana Ruiz is.

// personAfterPhrase reports a person's name after the comma that ends
// the phrase of a title from token q (past a field or owner of up to six
// words with no verb): in a list of named people the title before a name
// is that name's, not the one before it.
//
//	NAME , TITLE [for|of ...] , NAME
func (bd *builder) personAfterPhrase(si, q int) bool {
	t := bd.toks(si)
	for j := q; j < len(t) && j < q+7; j++ {
		if t[j].Text == "," {
			a := j + 1
			for a < len(t) && honorifics[t[a].Text] {
				a++ // ", Mr Ruiz"
			}
			k, ok := bd.startsAt[[2]int{si, a}]
			// but "a manager at Bailard, Biehl and Kaiser": names of a
			// firm's partners, joined straight after
			return ok && bd.cands[k].typ == Person && !(bd.cands[k].b < len(t) && coordinators[t[bd.cands[k].b].lower()])
		}
		if strings.HasPrefix(t[j].Tag, "VB") || t[j].Text == "." || coordinators[t[j].lower()] {
			return false
		}
	}
	return false
}
