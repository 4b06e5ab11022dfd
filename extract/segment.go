package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations that end with a period but rarely end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "sen": true,
	"rep": true, "gov": true, "lt": true, "col": true, "capt": true, "sgt": true, "maj": true,
	"adm": true, "cmdr": true, "brig": true, "st": true, "rev": true, "hon": true, "pres": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "no": true, "nos": true,
	"vs": true, "etc": true, "approx": true, "dept": true, "est": true, "fig": true, "jr": true,
	"sr": true, "mt": true, "ft": true, "inc": true, "ltd": true, "co": true, "corp": true,
	"e.g": true, "i.e": true,
}

// sentenceStarters are words that, after a dotted abbreviation such as
// "U.S.", show that a new sentence has begun.
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "I": true, "But": true, "And": true, "In": true, "On": true, "This": true,
	"That": true, "These": true, "Those": true, "His": true, "Her": true, "Their": true,
	"Its": true, "There": true, "However": true, "Meanwhile": true, "After": true, "As": true,
}

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
