package extract

import "strings"

// slashTagged makes tokens of words written with their tags: "Peru/NNP".
func slashTagged(text string) []Token {
	var out []Token
	for _, wt := range strings.Fields(text) {
		w, tag, _ := strings.Cut(wt, "/")
		out = append(out, Token{Text: w, Tag: tag})
	}
	return out
}

// countryAt is a one-word country actor at token at.
func countryAt(at int, code string) actor {
	return actor{a: at, b: at + 1, key: "country:" + code, typ: Country}
}
