package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// abbreviations end with a period but rarely end a sentence ("Gen.",
// "Corp.", "Jan.").
var abbreviations = lexicon.Class("periodAbbreviations")

// sentenceStarters are words that, after a dotted abbreviation such as
// "U.S.", show that a new sentence has begun.
var sentenceStarters = lexicon.Class("sentenceStarters")

// splitSentences returns the [start, end) byte spans of the sentences of one
// line of text.
func splitSentences(line string) [][2]int {
	var spans [][2]int
	start := 0
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		if r != '.' && r != '!' && r != '?' {
			i += size
			continue
		}
		end := i + size
		// runs of terminal punctuation and closing quotes or brackets
		for end < len(line) {
			r2, s2 := utf8.DecodeRuneInString(line[end:])
			if strings.ContainsRune(`.!?"')]’”»`, r2) {
				end += s2
				continue
			}
			break
		}
		j := end
		for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
			j++
		}
		if j == end || j >= len(line) {
			i = end
			continue
		}
		next, _ := utf8.DecodeRuneInString(line[j:])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune(`"'“‘(`, next)) {
			i = end
			continue
		}
		if r == '.' && !endsSentence(line[start:i], line[j:]) {
			i = end
			continue
		}
		spans = append(spans, [2]int{start, end})
		start = j
		i = j
	}
	if strings.TrimSpace(line[start:]) != "" {
		spans = append(spans, [2]int{start, len(line)})
	}
	return spans
}

// endsSentence decides whether a period after before ends a sentence, given
// the text after it.
func endsSentence(before, after string) bool {
	k := strings.LastIndexFunc(before, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == '"' })
	word := before[k+1:]
	if word == "" {
		return true
	}
	lw := strings.ToLower(word)
	if abbreviations[lw] {
		return false
	}
	// initials: "George W. Bush", "J. R. R."
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]) {
		return false
	}
	// dotted acronyms such as "U.S." end a sentence only before a clear starter
	if strings.Contains(word, ".") && utf8.RuneCountInString(strings.ReplaceAll(word, ".", "")) <= 4 {
		nextWord := after
		if n := strings.IndexFunc(after, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }); n > 0 {
			nextWord = after[:n]
		}
		return sentenceStarters[nextWord]
	}
	return true
}
