package extract

import "strings"

// An acronym the name tagger left out, before a title and the name of its
// holder, is the organization whose office the title is:
//
//	ACRONYM TITLE NAME   "TULF leader M. Sivasiththamparam" -> TULF (organization)
//
// The acronym is of two to six capitals, no common abbreviation ("TV")
// and no name the lexicon knows; its sentence is not written in capitals.

// scanAcronymOwners adds the acronyms of sentence si that own a title.
func (bd *builder) scanAcronymOwners(si int) {
	t := bd.toks(si)
	if shouting(bd.doc.Sentences[si].Text) {
		return
	}
	for i := 0; i+2 < len(t); i++ {
		w := strings.TrimSuffix(t[i].Text, ".")
		if n := len([]rune(w)); n < 2 || n > 6 || !isAcronym(w) || commonAcronyms[w] ||
			bd.insideAnyCand(si, i) || len(bd.x.idx.lookup(w)) > 0 {
			continue
		}
		te, _, end := bd.titleAt(si, i+1, len(t))
		if te.title == "" || end >= len(t) || !isNameToken(t[end].Text) || !bd.insideAnyCand(si, end) {
			continue
		}
		bd.add(cand{sent: si, a: i, b: i + 1, typ: Organization})
	}
}
