package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A state's office given with no owner is the state's whose same office
// the sentence or the two before name with no holder:
//
//	COUNTRY ['s] TITLE | NATIONALITY TITLE ... the TITLE, NAME
//
// "Bangladesh has summoned Burma's ambassador. The ambassador, Than Zaw
// Myint, was called to the foreign ministry": Burma's ambassador, not the
// country the story is about. The office named before has no name after
// it (a name would be its holder's, another person's) and is one
// state's: two states with the office give none.
func (bd *builder) ownerNamedBefore(r roleCand) string {
	return bd.officeNamedBefore(r, func(si, i, end int) string {
		t := bd.toks(si)
		if i == 0 || end < len(t) && isCap(t[end].Text) {
			return "" // "Burma's ambassador Than Zaw Myint": his own
		}
		return bd.stateBefore(si, i)
	})
}

// officeNamedBefore is the one owner that ownerAt reads where the
// sentence of r or the two before give r's title, in its words [i, end)
// of sentence si, before r's holder: "" when none does, or two give
// different owners.
func (bd *builder) officeNamedBefore(r roleCand, ownerAt func(si, i, end int) string) string {
	f := strings.Fields(r.title)
	if len(f) == 0 {
		return ""
	}
	owner := ""
	for si := max(r.sent-2, 0); si <= r.sent; si++ {
		t := bd.toks(si)
		for i := 0; i+len(f) <= len(t); i++ {
			if si == r.sent && i >= bd.cands[r.person].a || !wordsAt(t, i, f) {
				continue
			}
			o := ownerAt(si, i, i+len(f))
			if o == "" {
				continue
			}
			if owner != "" && owner != o {
				return ""
			}
			owner = o
		}
	}
	return owner
}

// wordsAt reports the lower-case words f at token i of t.
func wordsAt(t []Token, i int, f []string) bool {
	for j, w := range f {
		if t[i+j].lower() != w {
			return false
		}
	}
	return true
}

// stateBefore is the code of the country that owns what starts at token
// i of sentence si, named right before it in the possessive, as a
// nationality or as a name that modifies it ("Burma's", "the Burmese",
// "UK envoy"), or "".
func (bd *builder) stateBefore(si, i int) string {
	t := bd.toks(si)
	end := i
	if isPossessive(t[i-1].Text) {
		end = i - 1
	}
	k, ok := bd.endsAt[[2]int{si, end - 1}]
	if !ok || bd.cands[k].dropped || bd.cands[k].typ != Country || bd.cands[k].country == "" {
		return ""
	}
	if end < i && bd.cands[k].gaz != nil && bd.cands[k].gaz.demonym {
		return "" // "Burmese's" is no owner
	}
	return bd.cands[k].country // "Burma's", "the Burmese", "UK envoy"
}

// An office named for the body it sits in is that body's, when the
// document names one such body:
//
//	BODY-HEAD + er ... the one BODY the document names
//
// "Competition Commissioner Neelie Kroes" is a member of the European
// Commission the story names; two commissions give none. The title's head
// less its "-er" must be a word that ends names of organizations
// ("Commission"); "minister" and "manager" name no body so.
func (bd *builder) bodyOfTitle(r roleCand) string {
	head := headWord(r.title)
	stem, ok := strings.CutSuffix(head, "er")
	if !ok || !bd.x.idx.orgHeads[capitalized(stem)] {
		return ""
	}
	key := ""
	for _, c := range bd.cands {
		if c.dropped || c.typ != Organization || c.key == "" || !headedBy(c.key, stem) {
			continue
		}
		if key != "" && key != c.key {
			return ""
		}
		key = c.key
	}
	return key
}

// bodyNamedBefore is the key of the body whose office r's title is, when
// the sentence or two before give the same office with no holder and the
// body after "for" or "of": "A spokesman for the European Anti-Fraud
// Office said ... spokesman Jorg Wojahn said" is the office's spokesman;
// "" when none or several bodies are so named.
func (bd *builder) bodyNamedBefore(r roleCand) string {
	return bd.officeNamedBefore(r, func(si, i, end int) string {
		t := bd.toks(si)
		if end >= len(t) || !officePreps[t[end].Text] {
			return ""
		}
		o := bd.ownerAt(si, end+1)
		if o < 0 || bd.cands[o].typ != Organization || bd.cands[o].dropped || bd.cands[o].key == "" {
			return ""
		}
		return bd.cands[o].key
	})
}

// A spokesman named after the words he says speaks for the body the
// sentence opens with:
//
//	[the] BODY ... , SPOKES-TITLE NAME (said|told ...)
//
// "The Tarvo Commission will appeal the ruling, spokeswoman Ana Ruiz
// said": the commission's spokeswoman.

// spokesTitles are the titles of those who speak for a body.
var spokesTitles = lexicon.Class("spokesTitles")

// speakingBody is the key of the organization the sentence of r opens
// with when r's holder is a spokesman named, with the bare title, after
// the words said; "" otherwise.
func (bd *builder) speakingBody(r roleCand) string {
	t := bd.toks(r.sent)
	c := bd.cands[r.person]
	if c.a < 2 || c.b >= len(t) || !spokesTitles[t[c.a-1].lower()] || t[c.a-2].Text != "," || !speechVerbs[t[c.b].lower()] && !tellForms[t[c.b].lower()] {
		return ""
	}
	k := datelineEnd(t)
	for k < len(t) && determiners[t[k].lower()] {
		k++
	}
	for _, o := range bd.bySent[r.sent] {
		if o := bd.cands[o]; o.a == k && !o.dropped && o.key != "" && o.typ == Organization {
			return o.key
		}
	}
	return ""
}
