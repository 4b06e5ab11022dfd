package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// A verb of appointing before a name gives the person the office "as"
// names after it, past an apposition set off by commas:
//
//	APPOINT-VERB NAME [, APPOSITION ,] as [DET] TITLE [of OWNER]
//
// "Yushchenko has appointed Yulia Tymoshenko, his fiery ally in the
// Orange Revolution, as acting prime minister": Tymoshenko is acting
// prime minister. The owner is the one named after the title, else the
// one guessed for an office with none.

// appointVerbs give the person named after them the office "as" names.
var appointVerbs = lexicon.Class("appointVerbs")

// appositionReach is the most words an apposition after a name takes.
const appositionReach = 14

// appointedTitle gives person candidate k of sentence si the title an
// appointing verb before its name and "as" after it name, if any.
func (bd *builder) appointedTitle(si, k int) {
	t := bd.toks(si)
	c := bd.cands[k]
	if c.a == 0 || !appointVerbs[t[c.a-1].lower()] {
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
	if p >= len(t) || !asWords[t[p].lower()] {
		return
	}
	p++
	if p < len(t) && articles[t[p].lower()] {
		p++
	}
	te, title, q := bd.titleAt(si, p, len(t))
	if title == "" || te.title == "" {
		return
	}
	of := -1
	if q+1 < len(t) && officePreps[t[q].lower()] {
		of = bd.ownerAt(si, q+1) // "as minister of defence of Peru"
	}
	bd.addRole(k, te, title, of)
}
