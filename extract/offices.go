package extract

import (
	"slices"
	"strings"
)

// An office a sentence names by its title: the title's head word, in the
// singular or the plural, and its role code; the office the words
// between a subject and its verb name; and the owner the document gives
// the office of the person who holds it:
//
//	[ADJ|NOUN]* TITLE VERB       "prime minister has been", "Peru and Chile's presidents said"
//	[as] [DET|ADJ]* TITLE        whose office the document gives the person
//
// "Pezeshkian was elected president": the presidency the document gives
// him is Iran's, and Iran elects him.

// isTitleWord reports whether token k is a title's head word ("minister").
func (c *eventCtx) isTitleWord(k int) bool {
	w := c.t[k].lower()
	if m, rest, ok := strings.Cut(w, "-"); ok && titleModifiers[m] {
		w = rest // "co-chairman", "ex-president"
	}
	return c.titles[w]
}

// pluralTitle reports whether token k is a title's head word in the
// plural ("presidents", "ministers").
func (c *eventCtx) pluralTitle(k int) bool {
	for _, s := range singulars(c.t[k].lower()) {
		if s != c.t[k].lower() && c.titles[s] {
			return true
		}
	}
	return false
}

// titleCode is the role code of the title that token k is by itself
// ("minister": GOV, "ambassador": DIP), or "".
func (c *eventCtx) titleCode(k int) string {
	return c.titleEntries[c.t[k].lower()].code
}

// officeAfter reports whether the words from i to the verb at v name an
// office: "prime minister has been", "president said".
func (c *eventCtx) officeAfter(i, v int) bool {
	for k := i; k < v; k++ {
		if (c.isTitleWord(k) || c.pluralTitle(k)) && !(k+1 < v && c.isTitleWord(k+1)) { // "secretary general": its last word; "Peru and Chile's presidents"
			return k+1 >= len(c.t) || !strings.HasPrefix(c.t[k+1].Tag, "NN")
		}
		if !(c.t[k].Tag == "JJ" || strings.HasPrefix(c.t[k].Tag, "NN")) {
			return false
		}
	}
	return false
}

// businessOfficeAfter reports that the office officeAfter finds from
// token i is a business one (BUS), which no state holds: "Romania's
// soccer bosses".
func (c *eventCtx) businessOfficeAfter(i, v int) bool {
	for k := i; k < v; k++ {
		if c.isTitleWord(k) || c.pluralTitle(k) {
			if k+1 < v && c.isTitleWord(k+1) {
				continue
			}
			code := c.titleCode(k)
			for _, s := range singulars(c.t[k].lower()) {
				if e, ok := c.titleEntries[s]; ok && code == "" {
					code = e.code
				}
			}
			return code == businessCode
		}
	}
	return false
}

// officeOwner finds the country or organization whose office, named at
// token i ("president", "as prime minister"), the document gives to person.
func (c *eventCtx) officeOwner(i int, person string) []string {
	t := c.t
	for i < len(t) && (asWords[t[i].lower()] || determiners[t[i].lower()] || t[i].Tag == "JJ") {
		i++
	}
	if i >= len(t) || !c.isTitleWord(i) {
		return nil
	}
	head := t[i].lower()
	for i+1 < len(t) && c.isTitleWord(i+1) {
		i++
		head = t[i].lower() // "prime minister": the head is the last word
	}
	var owners []string
	for _, k := range c.offices[person] {
		if owner, ok := strings.CutSuffix(k, "|"+head); ok && !slices.Contains(owners, owner) {
			owners = append(owners, owner)
		}
	}
	if len(owners) != 1 {
		return nil
	}
	return owners
}
