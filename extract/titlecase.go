package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/syntax"
)

// A headline in title case is tagged as if it were written in sentence
// case: each capitalised word that is an ordinary word or an event verb,
// and no name the lexicon knows, is tagged as its lower case would be:
//
//	Name Verb Name [Prep Name]...      "Nokia Sues Apple in U.S. and Germany"
//
// The tagger, which learned verbs in lower case, took "Sues" for a proper
// noun and the headline told no event. Only the tags change: the words
// keep their capitals, by which the names in it are still found. A noun
// that ends names of bodies or places keeps its capital for the tagger
// too, as the name's last word it most likely is ("Iraqi Parliament
// Condemns").

// titleCaseTags retags the headline toks when it is in title case.
func (x *Extractor) titleCaseTags(toks []Token) {
	if !titleCased(toks) {
		return
	}
	view := make([]Token, len(toks))
	copy(view, toks)
	changed := false
	for i, tok := range toks {
		if !x.ordinaryCapital(tok.Text) {
			continue
		}
		view[i].Text = strings.ToLower(tok.Text)
		changed = true
	}
	if !changed {
		return
	}
	if syn, err := syntax.Load(); err == nil {
		// the treebank's tagger, which reads a headline's verb after a
		// name better than prose's ("Peru signs pacts with Chile": prose
		// took "signs" for a noun and "pacts" for the verb)
		forms := make([]string, len(view))
		for i, tok := range view {
			forms[i] = tok.Text
		}
		for i, tag := range syn.Tag(forms) {
			if view[i].Text != toks[i].Text {
				toks[i].Tag = tag // the names keep the tags they had
			}
		}
		return
	}
	x.pos.tag(view)
	for i := range toks {
		toks[i].Tag = view[i].Tag
	}
}

// ordinaryCapital reports a word written with a capital only because a
// title-case headline capitalises every word: an ordinary word or an
// event verb, neither an acronym, a name the lexicon knows nor the head
// noun of one.
func (x *Extractor) ordinaryCapital(w string) bool {
	if !isCap(w) || isAcronym(w) || len(x.idx.lookup(w)) > 0 || x.idx.orgHeads[w] || x.idx.placeHeads[w] {
		return false
	}
	lw := strings.ToLower(w)
	return x.idx.common[lw] || len(x.idx.verbs[x.idx.lemma(lw)]) > 0
}
