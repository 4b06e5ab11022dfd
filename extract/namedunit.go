package extract

// An organization named after a possessive pronoun is the owner's unit by
// its name, and so the object, where other things a party owns are not:
//
//	its|their ORGANIZATION [NOUN]*
//
// "Citigroup sold its Travelers Life insurance arm to Metlife": the arm,
// Travelers Life, is sold; "sold its Peruvian unit to Glencore" names no
// party sold, and a person's "his IBF title" is no unit of the body.

// namedUnit reports an organization's name, no nationality and no
// modifier, right after the possessive pronoun at k, not a person's.
func (c *eventCtx) namedUnit(k int) bool {
	if k < 0 || k >= len(c.t) || c.t[k].Tag != "PRP$" || personPossessives[c.t[k].lower()] {
		return false
	}
	a := actorAt(c.acts, k+1)
	return a >= 0 && c.acts[a].a == k+1 && c.acts[a].typ == Organization && !c.acts[a].demonym && !c.acts[a].modifier
}
