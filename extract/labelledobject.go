package extract

import "strings"

// An object that the writer gives as the subject's label for it, after
// "what" and the subject's verb of naming, is read as the object itself:
//
//	(VERB|PREP) what PRONOUN LABEL-VERB [as] OBJECT
//
// "It blamed what it called the hostile policy of the United States": it
// blamed the policy, whose owner is the United States. The tokens of
// "what it called" go; the text, and so the evidence, keeps them.
func dropObjectLabels(toks []Token) []Token {
	return dropSpans(toks, objectLabelEnd)
}

// objectLabelEnd is the token after "what it called [as]" at token i,
// after a verb or a preposition and before more words, or -1.
func objectLabelEnd(toks []Token, i int) int {
	if i == 0 || i+3 >= len(toks) || toks[i].Tag != "WP" || toks[i+1].Tag != "PRP" || !labelVerbs[toks[i+2].lower()] {
		return -1
	}
	if prev := toks[i-1].Tag; !strings.HasPrefix(prev, "VB") && prev != "IN" && prev != "TO" {
		return -1
	}
	if toks[i+2].Tag != "VBD" && toks[i+2].Tag != "VBZ" && toks[i+2].Tag != "VBP" && toks[i+2].Tag != "VBN" {
		return -1
	}
	if asWords[toks[i+3].lower()] {
		return i + 4 // "what it described as"
	}
	return i + 3
}
