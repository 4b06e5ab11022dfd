package extract

import "strings"

// A sum restated in another currency in brackets after the sum is read
// past, as if the text did not hold it:
//
//	SUM ( SUM [; SUM] )
//
// "agreed a new $10bn (£5.3bn) loan for Bolivia": the loan is for
// Bolivia, four words on, not ten. The tokens go; the text, and so the
// evidence, keeps them.
func dropRestatedSums(toks []Token) []Token {
	return dropSpans(toks, restatedSumEnd)
}

// dropSpans drops from toks, in place, the spans that end says open at a
// token: end(toks, i) is the token after the span that opens at token i,
// or -1 when none does.
func dropSpans(toks []Token, end func(toks []Token, i int) int) []Token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		if j := end(toks, i); j > i {
			i = j - 1
			continue
		}
		out = append(out, toks[i])
	}
	return out
}

// restatedSumEnd is the token after the brackets of a restated sum that
// open at token i, or -1: the token before them is part of a sum, and
// every token inside them is, or a separator between two sums, with a
// currency's sign or name among them.
func restatedSumEnd(toks []Token, i int) int {
	if toks[i].Text != "(" || i == 0 || !moneyToken(toks[i-1]) {
		return -1
	}
	digits, money := false, false
	for j := i + 1; j < len(toks) && j <= i+7; j++ {
		switch tok := toks[j]; {
		case tok.Text == ")":
			if !digits || !money {
				return -1 // "Melbourne 12.10 (82)": a score, no sum
			}
			return j + 1
		case moneyToken(tok):
			digits = digits || strings.ContainsAny(tok.Text, "0123456789")
			money = money || tok.Tag != "CD" || strings.ContainsAny(tok.Text, "$£€¥")
		case (tok.Text == ";" || tok.Text == ",") && j > i+1:
		default:
			return -1
		}
	}
	return -1
}

// moneyToken reports a token of a sum of money: a number, a currency's sign
// or name, or a number after a currency's sign ("£5.3bn").
func moneyToken(tok Token) bool {
	return tok.Tag == "CD" || strings.ContainsAny(tok.Text, "$£€¥") || currencyWords[tok.lower()]
}
