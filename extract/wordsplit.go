package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// splitWords splits a sentence into words and punctuation marks exactly
// as prose's tokenizer does (prose v2, MIT licence: its iterTokenizer),
// without the regular expression, the token pointers and the cache it
// spends most of its time on. The text is split at runs of white space;
// each run of other characters loses, one at a time, a leading $ ( " [
// and a trailing , ) " ] ! ; . ? : ' and is cut before 'll 's 're 'm and
// n't, unless it is an emoticon or an abbreviation ("U.S.", "Mr."). Where
// prose loses characters (a contraction inside a word, "O'Malley"), it
// keeps them (see contraction).
func splitWords(text string, out []string) []string {
	clean := proseSanitizer.Replace(text)
	white := false
	start, index := 0, 0
	for index <= len(clean) {
		uc, size := utf8.DecodeRuneInString(clean[index:])
		if size == 0 {
			break
		} else if index == 0 {
			white = unicode.IsSpace(uc)
		}
		if unicode.IsSpace(uc) != white {
			if start < index {
				out = splitToken(clean[start:index], out)
			}
			if uc == ' ' {
				start = index + 1
			} else {
				start = index
			}
			white = !white
		}
		index += size
	}
	if start < index {
		out = splitToken(clean[start:index], out)
	}
	return out
}

var proseSanitizer = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'", "&rsquo;", "'")

// emoticons are the tokens prose never splits.
var emoticons = lexicon.Class("emoticons")

// splitToken splits one run of characters that are not white space.
func splitToken(token string, out []string) []string {
	var suffs []string
	last := 0
	for token != "" && utf8.RuneCountInString(token) != last {
		if emoticons[token] || internalPeriods(token) {
			out = addWord(token, out)
			break
		}
		last = utf8.RuneCountInString(token)
		lower := strings.ToLower(token)
		if hasLongerPrefix(token, "$", "(", `"`, "[") {
			out = addWord(token[:1], out)
			token = token[1:]
		} else if idx := contraction(lower, len(lower) == len(token), "'ll", "'s", "'re", "'m"); idx > 0 {
			out = addWord(token[:idx], out)
			token = token[idx:]
		} else if idx := contraction(lower, len(lower) == len(token), "n't"); idx > 0 {
			out = addWord(token[:idx], out)
			token = token[idx:]
		} else if hasLongerSuffix(token, ",", ")", `"`, "]", "!", ";", ".", "?", ":", "'") {
			suffs = append(suffs, token[len(token)-1:])
			token = token[:len(token)-1]
		} else {
			out = addWord(token, out)
		}
	}
	for i := len(suffs) - 1; i >= 0; i-- {
		out = append(out, suffs[i])
	}
	return out
}

func addWord(s string, out []string) []string {
	if strings.TrimSpace(s) != "" {
		out = append(out, s)
	}
	return out
}

// internalPeriods reports what prose's `^(?:[A-Za-z]\.){2,}$` and
// `^[A-Z][a-z]{1,2}\.$` match: "U.S.", "e.g.", "Mr.", "Gen.".
func internalPeriods(s string) bool {
	isLetter := func(c byte) bool { return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }
	if len(s) >= 4 && len(s)%2 == 0 {
		pairs := true
		for i := 0; i < len(s); i += 2 {
			if !isLetter(s[i]) || s[i+1] != '.' {
				pairs = false
				break
			}
		}
		if pairs {
			return true
		}
	}
	if len(s) < 3 || len(s) > 4 || s[0] < 'A' || s[0] > 'Z' || s[len(s)-1] != '.' {
		return false
	}
	for i := 1; i < len(s)-1; i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// hasLongerPrefix reports whether s starts with one of prefixes and is
// longer than it.
func hasLongerPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if len(s) > len(p) && strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// hasLongerSuffix reports whether s ends with one of suffixes and is
// longer than it.
func hasLongerSuffix(s string, suffixes ...string) bool {
	for _, p := range suffixes {
		if len(s) > len(p) && strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

// contraction is where the first of subs that s holds, and is longer
// than, starts in s, where no letter follows it: "'s" in "Lee's" and
// "Lee's," but not in "O'Sullivan"; -1 when none. Prose's tokenizer cuts
// at any of them and loses the rest of the word ("O'Sullivan" becomes
// "O"), and loses a word that begins with one and does not end with it
// ("'m," after "I"); splitToken cuts only inside a word, never before
// its first character, and only before a contraction that ends the word. Where the lower case of a
// word is not as long as the word ("İ", bytes that are not UTF-8), prose
// cuts the word where the lower case has the contraction, wherever that
// falls in the word, and so does contraction (exact false).
func contraction(s string, exact bool, subs ...string) int {
	for _, sub := range subs {
		for at := 0; ; {
			idx := strings.Index(s[at:], sub)
			if idx < 0 || len(s) <= len(sub) {
				break
			}
			idx += at
			if r, _ := utf8.DecodeRuneInString(s[idx+len(sub):]); !exact || !unicode.IsLetter(r) {
				return idx
			}
			at = idx + 1
		}
	}
	return -1
}
