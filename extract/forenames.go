package extract

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/names"
)

// A person's name goes on back over a word in capitals right before it
// that the name tagger left out and the lexicon does not know:
//
//	NNP(unknown) PER        "Rezaul Karim Chowdhury", where the tagger found "Karim Chowdhury"
//
// The word is no name of its own in the lexicon (a place, a state, an
// organization), no title, honorific or ordinary word ("Minister Karim
// Chowdhury", "Mr", "Meanwhile"), no date, no abbreviation or word in
// capitals ("WPc", a headline's), and no part of another name; nothing
// stands between it and the name, it does not end as English nouns for
// what people do end ("Accountant", "Underwriter"), and it does not open
// the sentence, where a noun is capitalised too ("Broker Khurshid Alam
// said"). A given name the lexicon knows is one the tagger would have
// read, and one it did not is as likely a forename as the word that
// follows it.
func (bd *builder) joinForenames(t []Token, spans []names.Span) []names.Span {
	prevEnd := 0
	for k := range spans {
		sp := &spans[k]
		if sp.Type == "PER" && sp.Start > prevEnd && sp.Start-1 > firstWord(t) && bd.unknownForename(t, sp.Start-1) {
			sp.Start--
		}
		prevEnd = sp.End
	}
	return spans
}

// unknownForename reports a word at token i that may open a person's
// name the tagger began after it.
func (bd *builder) unknownForename(t []Token, i int) bool {
	w := t[i].Text
	lw := strings.ToLower(w)
	ix := bd.x.idx
	return t[i].Tag == "NNP" && isNameToken(w) && len(w) >= 3 && unicode.IsLower(rune(w[1])) && !strings.HasSuffix(w, ".") && (ix.firstNames[w] || !agentNoun(lw)) && t[i].End+1 == t[i+1].Start &&
		len(ix.lookup(w)) == 0 && !ix.common[lw] && !honorifics[w] && !isDateWord(w) &&
		!ix.titleHeads[lw] && !titleModifiers[lw] && ix.titleAbbrevs[lw] == "" && ix.titleAbbrevs[lw+"."] == "" && ix.titles[lw].title == "" &&
		!ix.orgHeads[w] && !companyHead(w) && !tradeHeads[w]
}

// agentSuffixes end English nouns for what a person does: "accountant",
// "underwriter", "chairman", "actress".
var agentSuffixes = lexicon.List("agentSuffixes")

func agentNoun(w string) bool {
	for _, s := range agentSuffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}
