package extract

import "slices"

// A headline tells what is done in the present tense; a past form there
// with no object after it is a passive participle whose auxiliary the
// headline leaves out:
//
//	HEADLINE: NOUN (VBD|VBN) [PREP ...]     (a verb that takes an object)
//
// "Libyan man murdered in Malta": the man was murdered, by no one named;
// not the Libyan murdering Malta. "Iran accuses Iraq" is active, and so is
// a past form with its object ("Baker made secret trip to Syria").

// headlinePassive reports the verb at v, whose pattern p ends at end, in a
// headline, in a past form, with no object after it, of a pattern that
// takes one.
func (c *eventCtx) headlinePassive(v, end int, p verbEntry) bool {
	t := c.t
	if !c.headline || len(p.rest) > 0 || t[v].Tag != "VBD" && t[v].Tag != "VBN" || !slices.Contains(p.target, objTarget) {
		return false
	}
	return end >= len(t) || t[end].Tag == "IN" || t[end].Tag == "TO" || !isWord(t[end].Text)
}
