package extract

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// straighten maps what the tokenizer does not know to what it does: curly
// quotes to straight ones, braces to parentheses.
var straighten = map[rune]byte{'\u201c': '"', '\u201d': '"', '\u2018': '\'', '\u2019': '\'', '{': '(', '}': ')'}

// Tokens splits one sentence of doc, as Parse found it, into words and
// punctuation marks as prose's tokenizer does (splitWords), as the
// extractor does before it tags them. Each token has its byte offsets into
// doc.Text and no Tag. Photo credits that Parse leaves out of the
// sentences give no tokens. A panic in the tokenizer (prose's cuts a word
// where its lower case has an apostrophe, and lower case can change a
// word's length) is returned as an error.
func Tokens(doc *Document, s *Sentence) (tokens []Token, err error) {
	defer func() {
		if r := recover(); r != nil {
			tokens, err = nil, fmt.Errorf("tokenizer failed on sentence %d: %v", s.Index, r)
		}
	}()
	text := doc.masked
	if text == "" {
		text = doc.Text // a document not made by Parse
	}
	return tokenize(text, s), nil
}

// tokenize splits one sentence of text (a document's masked text) as
// prose's tokenizer does (splitWords) and returns its tokens with byte
// offsets into the document.
func tokenize(text string, s *Sentence) []Token {
	src := text[s.Start:s.End]
	// clean is what the tokenizer sees; pos[i] is the document offset of clean[i].
	var b strings.Builder
	b.Grow(len(src))
	pos := make([]int, 0, len(src)+1)
	for i, r := range src {
		if c, ok := straighten[r]; ok {
			b.WriteByte(c)
			pos = append(pos, s.Start+i)
			continue
		}
		n := b.Len()
		b.WriteRune(r)
		for k := n; k < b.Len(); k++ {
			pos = append(pos, s.Start+i+(k-n))
		}
	}
	pos = append(pos, s.End)
	clean := b.String()
	words := splitWords(clean, nil)
	tokens := make([]Token, 0, len(words))
	at := 0
	for _, w := range words {
		k := strings.Index(clean[at:], w)
		if k < 0 {
			continue // the tokenizer never invents text; skip rather than misalign
		}
		start := at + k
		end := start + len(w)
		at = end
		tok := Token{Text: w, Start: pos[start], End: pos[end]}
		if in := text[tok.Start:tok.End]; in == tok.Text {
			// the document's own bytes: the cleaned copy of the sentence
			// need not be kept for it
			tok.Text = in
		}
		tokens = append(tokens, tok)
	}
	tokens = splitOpeningQuotes(text, splitFinalPeriod(joinPeriods(tokens)))
	for i := range tokens {
		tokens[i].low = strings.ToLower(tokens[i].Text)
	}
	return tokens
}

// splitOpeningQuotes splits an opening single quotation mark that the
// tokenizer left on a capitalised word: "'President" -> "'" "President"
// (the mark straight or curly in text). A lower-case or numeric word keeps
// its apostrophe ("'em", "'90s").
func splitOpeningQuotes(text string, tokens []Token) []Token {
	for i := 0; i < len(tokens); i++ {
		tok := tokens[i]
		if len(tok.Text) < 2 || tok.Text[0] != '\'' {
			continue
		}
		rest := tok.Text[1:]
		if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
			continue
		}
		start := tok.End - len(rest)
		if start <= tok.Start || text[start:tok.End] != rest {
			continue
		}
		tokens = slices.Insert(tokens, i, Token{Text: tok.Text[:1], Start: tok.Start, End: start})
		tokens[i+1] = Token{Text: rest, Start: start, End: tok.End}
		i++
	}
	return tokens
}

// joinPeriods makes one token of a word and the period the tokenizer
// split from it, where the sentence goes on after the period, for an
// initial before a capitalised word ("W" "." "Athey" -> "W." "Athey", as
// "U.S." already is) and for an abbreviation ("Norwest" "Corp" "." "said"
// -> "Norwest" "Corp." "said", as "Gen." already is). The period that
// ends the sentence is splitFinalPeriod's to decide.
func joinPeriods(tokens []Token) []Token {
	out := tokens[:0]
	for i := 0; i < len(tokens); i++ {
		t := tokens[i]
		if i+2 < len(tokens) && tokens[i+1].Text == "." && tokens[i+1].Start == t.End && (initialAt(tokens, i) || abbreviationAt(t)) {
			t.Text += "."
			t.End = tokens[i+1].End
			i++
		}
		out = append(out, t)
	}
	return out
}

// initialAt reports a capital letter alone at token i before a
// capitalised word after its period.
func initialAt(tokens []Token, i int) bool {
	t := tokens[i]
	return len(t.Text) == 1 && t.Text[0] >= 'A' && t.Text[0] <= 'Z' && isCap(tokens[i+2].Text)
}

// abbreviationAt reports a word written as in the text that is an
// abbreviation written with a period.
func abbreviationAt(t Token) bool {
	return t.End-t.Start == len(t.Text) && abbreviations[strings.ToLower(t.Text)]
}

// splitFinalPeriod splits the period that ends a sentence from the word
// the tokenizer left it on ("Day." -> "Day" "."), unless the word is an
// abbreviation or has periods of its own ("Inc.", "U.S.").
func splitFinalPeriod(tokens []Token) []Token {
	k := len(tokens) - 1
	for k >= 0 && strings.Trim(tokens[k].Text, `"')]`) == "" {
		k-- // closing quotes and brackets after the period
	}
	if k < 0 {
		return tokens
	}
	t := tokens[k]
	w, ok := strings.CutSuffix(t.Text, ".")
	if !ok || len(w) < 2 || strings.Contains(w, ".") || abbreviations[strings.ToLower(w)] || t.End-t.Start != len(t.Text) {
		return tokens
	}
	word := Token{Text: w, Start: t.Start, End: t.End - 1}
	period := Token{Text: ".", Start: t.End - 1, End: t.End}
	return slices.Insert(slices.Replace(tokens, k, k+1, word), k+1, period)
}
