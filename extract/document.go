package extract

import "strings"

// Document is one news article: its text and the sentences found in it.
type Document struct {
	ID        string     // Unique id within a run, e.g. "nz-apt40.txt".
	Path      string     // Where the text came from, as given by the user.
	Title     string     // The headline: given with the text, or its first non-empty line.
	Date      string     // Article date (ISO 8601, at the precision known), or "".
	URL       string     // Where the article was published, when known.
	Source    string     // Who published it (site or agency), when known.
	Text      string     // The original text; every offset points into it.
	SHA256    string     // Hex SHA-256 of Text.
	Sentences []Sentence // Sentences in text order.

	masked string // Text with dropped lines and photo credits blanked out.
}

// Sentence is a span of the document text.
type Sentence struct {
	Index    int     // 0-based position in the document.
	Start    int     // Byte offset of the first byte in Document.Text.
	End      int     // Byte offset just past the last byte.
	Text     string  // Document.Text[Start:End].
	Headline bool    // The sentence is the headline.
	Tokens   []Token // Filled in by Extract; left empty in a document it reads in parts.
}

// Token is a word or punctuation mark with its tags.
type Token struct {
	Text  string // The token as it appears (curly quotes straightened, braces as parentheses).
	Start int    // Byte offset in Document.Text.
	End   int    // Byte offset just past the token.
	Tag   string // Penn Treebank part-of-speech tag.
	low   string // Text in lower case, set by the tokenizer
}

// lower is the token's text in lower case, as the word classes hold
// words: worked out once per token, when the sentence is split.
func (t Token) lower() string {
	if t.low == "" && t.Text != "" {
		return strings.ToLower(t.Text)
	}
	return t.low
}
