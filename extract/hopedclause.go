package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// hopeVerbs take a clause of what is hoped for: "hopes Bolivia and
// Ecuador will reach an accord".
var hopeVerbs = lexicon.Class("hopeVerbs")

// hopedClause reports a verb at v in the clause a verb of hoping governs,
// past its subject and auxiliaries, with no comma, colon or quotation
// mark between:
//
//	HOPE-VERB [that] SUBJ [AUX|ADV]* VERB      "he hopes Bolivia and Ecuador will soon reach an accord"
func (c *eventCtx) hopedClause(v int) bool {
	t := c.t
	for k := v - 1; k >= 0 && k >= v-12; k-- {
		w := t[k].lower()
		if hopeVerbs[w] && isVerb(t, k) {
			return k < v-1
		}
		if w == "," || w == ":" || w == ";" || isQuoteMark(t[k].Text) || clauseBreaks[w] && !thatWords[w] && !coordinators[w] {
			return false
		}
		if isVerb(t, k) && !auxiliary(t[k].Text) && t[k].Tag != "MD" {
			return false // another verb's clause
		}
	}
	return false
}
