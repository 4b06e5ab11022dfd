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

// A label that a verb of rejecting or denying gives its object before the
// object itself is read past, as if it stood after it:
//
//	REJECT-VERB as [“] ADJ [(and|,) ADJ]* [”] OBJECT
//
// "Tehran rejected as 'ridiculous and baseless' accusations by Riyadh":
// Tehran rejects the accusations, whose author is Riyadh. The tokens of
// the label go; the text, and so the evidence, keeps them.
func dropFrontedLabels(toks []Token) []Token {
	return dropSpans(toks, frontedLabelEnd)
}

// frontedLabelEnd is the token after the label that "as" opens at token i
// right after a verb of rejecting or denying, when words of an object
// follow it, or -1.
func frontedLabelEnd(toks []Token, i int) int {
	if i == 0 || !asWords[toks[i].lower()] || !(rejectVerbs[toks[i-1].lower()] || denyVerbs[toks[i-1].lower()]) {
		return -1
	}
	j := i + 1
	if j < len(toks) && isQuoteMark(toks[j].Text) {
		j++
	}
	adjectives := 0
	for j < len(toks) && (toks[j].Tag == "JJ" || toks[j].Tag == "RB" || adjectives > 0 && (coordinators[toks[j].lower()] || toks[j].Text == ",")) {
		if toks[j].Tag == "JJ" {
			adjectives++
		}
		j++
	}
	if adjectives == 0 {
		return -1
	}
	if j < len(toks) && isQuoteMark(toks[j].Text) {
		j++
	}
	if j >= len(toks) || !(toks[j].Tag == "DT" || strings.HasPrefix(toks[j].Tag, "NN") || toks[j].Tag == "JJ" || toks[j].Tag == "PRP$") {
		return -1 // "dismissed the claims as baseless.": no object after it
	}
	return j
}
