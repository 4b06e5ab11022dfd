package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A verb of appointing before a name gives the person the office "as"
// names after it, past an apposition set off by commas, or the office
// named right after the name; a description of the person may stand
// between the verb and the name:
//
//	APPOINT-VERB [DESCRIPTION] NAME [, APPOSITION ,] as [DET] TITLE [of OWNER]
//	APPOINT-VERB [DESCRIPTION] NAME TITLE [of OWNER]
//
// "Yushchenko has appointed Yulia Tymoshenko, his fiery ally in the
// Orange Revolution, as acting prime minister": Tymoshenko is acting
// prime minister; "named respected economist Mthuli Ncube as finance
// minister", "named Ana Gomez interior minister". The owner is the one
// named after the title, else the one guessed for an office with none.
// A title right after the name that a name follows is that name's
// ("named Vega Finance Minister Ruiz said"): none.

// appointVerbs give the person named after them the office "as" names.
var appointVerbs = lexicon.Class("appointVerbs")

// appositionReach is the most words an apposition after a name takes.
const appositionReach = 14

// descriptionReach is the most words a description of the person takes
// between an appointing verb and the name: "respected economist".
const descriptionReach = 3

// appointedTitle gives person candidate k of sentence si the title an
// appointing verb before its name and "as" after it name, or that comes
// right after the name, if any.
func (bd *builder) appointedTitle(si, k int) {
	t := bd.toks(si)
	c := bd.cands[k]
	if !bd.appointedBefore(si, c.a) {
		return
	}
	p := c.b
	if p < len(t) && t[p].Text == "," {
		j := p + 1
		for j < len(t) && j < p+appositionReach && t[j].Text != "," {
			j++
		}
		if j >= len(t) || t[j].Text != "," {
			return
		}
		p = j + 1 // past "his fiery ally in the Orange Revolution,"
	}
	switch {
	case p < len(t) && asWords[t[p].lower()]:
		p++
		if p < len(t) && articles[t[p].lower()] {
			p++
		}
	case p != c.b:
		return // an apposition, and no "as" after it
	}
	te, title, q := bd.titleAt(si, p, len(t))
	if title == "" || te.title == "" {
		return
	}
	if p == c.b && q < len(t) && isCap(t[q].Text) && strings.HasPrefix(t[q].Tag, "NNP") {
		return // "named Vega Finance Minister Ruiz": the next name's title
	}
	of := -1
	if q+1 < len(t) && officePreps[t[q].lower()] {
		of = bd.ownerAt(si, q+1) // "as minister of defence of Peru"
	}
	bd.addRole(k, te, title, of)
}

// appointedBefore reports an appointing verb before the name that starts
// at token a of sentence si, past a description of the person in lower
// case: "appointed X", "named respected economist X".
func (bd *builder) appointedBefore(si, a int) bool {
	t := bd.toks(si)
	j := a - 1
	for j >= 0 && a-j <= descriptionReach && !appointVerbs[t[j].lower()] &&
		(t[j].Tag == "JJ" || t[j].Tag == "VBN" || t[j].Tag == "NN" || t[j].Tag == "NNS") && startsLower(t[j].Text) {
		j--
	}
	return j >= 0 && appointVerbs[t[j].lower()]
}
