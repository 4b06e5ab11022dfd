package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// The body a title is held in, named after it by a noun phrase that is
// no name: a common noun of a body after its article, which stands for the
// body the story named, or a name that a country's possessive and words
// in lower case describe:
//
//	TITLE (for|of|at) the NOUN                     "a spokesman for the group"
//	TITLE of COUNTRY's [ADJ|NOUN]* ORGANIZATION    "head of Ukraine's national energy company Naftogaz"
//
// The holder's office is the body's, not the country's that owns it.

// bodyNouns stand, after a title, for the last body of bodyKinds named:
// "a researcher at the group".
var bodyNouns = lexicon.Class("bodyNouns")

// bodyKinds are the kinds of body a noun of bodyNouns stands for: any but
// a state's, an intergovernmental one, a company or the press ("" for a
// body of no known kind).
var bodyKinds = []string{"armed-group", "hacker-group", kindNGO, kindParty, ""}

// describedOrgAt is the organization candidate that starts at token i
// past up to three words in lower case that describe it ("state-controlled
// Gazprom", "national energy company Naftogaz"), or -1.
func (bd *builder) describedOrgAt(si, i int) int {
	t := bd.toks(si)
	for n := 0; n < 3 && i < len(t) && (t[i].Tag == "JJ" || t[i].Tag == "NN" || t[i].Tag == "VBN") && !isCap(t[i].Text) && startsWord(t[i].Text); n++ {
		i++
		if o, ok := bd.startsAt[[2]int{si, i}]; ok && bd.cands[o].typ == Organization {
			return o
		}
	}
	return -1
}

// bodyNounAt is the organization a common noun of a body at token i
// stands for, after its article, ending its phrase: the last of the
// noun's kind the document named before ("a spokesman for the group",
// "an analyst at the company"), or the one body named with the noun as
// its head ("a spokesman for the foundation": the Edhi Foundation); -1
// when none or no such noun.
//
//	TITLE (for|of|at) the NOUN
func (bd *builder) bodyNounAt(si, i int) int {
	t := bd.toks(si)
	if i >= len(t) || isCap(t[i].Text) || i+1 < len(t) && (nounTag(t[i+1].Tag) || isPossessive(t[i+1].Text)) {
		return -1
	}
	w := t[i].lower()
	if _, ok := bd.startsAt[[2]int{si, i}]; ok {
		return -1
	}
	if bodyNouns[w] {
		return bd.lastOrgBefore(si, i, bodyKinds)
	}
	if kinds := nounKinds(w); kinds != nil {
		return bd.lastOrgBefore(si, i, kinds)
	}
	if head := capitalized(w); bd.x.idx.orgHeads[head] {
		return bd.onlyBodyBefore(si, i, head)
	}
	return -1
}

// bodyOverField is the owner of a title at token p whose owner after it,
// of, is a country its field preposition names, when a body owns the
// title before it: the body's, the country the field ("The UN's
// humanitarian coordinator for Haiti, Ana Ruiz": the UN's).
//
//	ORGANIZATION['s] TITLE for COUNTRY
func (bd *builder) bodyOverField(si, p, of int) int {
	if of < 0 || bd.cands[of].typ != Country || bd.cands[of].sent != si {
		return of
	}
	t := bd.toks(si)
	if a := bd.cands[of].a; a < 1 || !fieldPreps[t[a-1].lower()] {
		return of
	}
	if k := bd.ownerBefore(si, p); k >= 0 && bd.cands[k].typ == Organization {
		return k
	}
	return of
}
