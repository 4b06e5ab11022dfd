package extract

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// ErrNotText is returned for input that is not UTF-8 text.
var ErrNotText = errors.New("not UTF-8 text")

// ErrEmpty is returned for input with no text in it.
var ErrEmpty = errors.New("no text")

// ParseOptions change how Parse reads a document.
type ParseOptions struct {
	// Date, when set (YYYY-MM-DD), is the article date, whatever the text says.
	Date string
	// Title, when set, is the headline, given apart from the text (as HTML
	// pages and news dumps do); every line of the text is then body.
	Title string
	// URL and Source describe where the article was published.
	URL, Source string
}

// photo credits: "(AP)", "(AP Photo/Jane Doe)", "(Jason Oxenham/New Zealand Herald via AP)";
// bylines: "(Additional reporting by Jane Doe)"; the source in a dateline:
// "KINSHASA (Somaliguardian) –". Their words are classes of the lexicon.
var (
	agencyCredit   = regexp.MustCompile(`\(` + anyWord("creditAgencies") + `(?:\s+` + anyWord("photoWords") + `)?(?:\s*/[^()\n]*)?\)`)
	trailingCredit = regexp.MustCompile(`\(([^()\n]{1,160})\)\s*$`)
	byline         = regexp.MustCompile(`(?i)^\(?(?:` + anyWord("bylineModifiers") + `\s+)?` + anyWord("bylineVerbs") + `\s+` + anyWord("agentPreps") + `\b.*\)?$`)
	creditWords    = regexp.MustCompile(`(?i)(?:/|\b` + anyWord("creditWords") + `\b)`)
	// a dateline's source, whatever the agency or paper: "KINSHASA
	// (Somaliguardian) –", "ANKARA, Jan 7 (AA) -"
	// a web page's marks of its pictures, run into the text: "Image
	// copyright Reuters Image caption Kataib Hezbollah's headquarters were
	// hit": the credit goes, the caption stays
	pictureCredit  = regexp.MustCompile(`(?i)^\s*` + anyWord("creditWords") + `\s+` + anyWord("copyrightMarks") + `\b[^\n]{0,80}?` + anyWord("creditWords") + `\s+` + anyWord("captionMarks") + `\b\s*|^\s*` + anyWord("creditWords") + `\s+` + anyWord("captionMarks") + `\b\s*`)
	datelineCredit = regexp.MustCompile(`^\s*[A-Z][A-Z'.-]{2,}(?: [A-Z][A-Z'.-]+)*(?:,[^()\n]{1,40}?)?\s*(\([^()\n]{1,40}\))\s*(?:-|–|—|:)`)
)

// anyWord is a regular expression group that matches any member of the
// lexicon's class name, as written.
func anyWord(name string) string {
	list := lexicon.List(name)
	for i, w := range list {
		list[i] = regexp.QuoteMeta(w)
	}
	return "(?:" + strings.Join(list, "|") + ")"
}

// Parse reads one article. The first non-empty line is its headline; lines
// repeated verbatim and photo credits are left out of its sentences (their
// bytes stay in Text, so offsets keep pointing into the original).
func Parse(id, path string, data []byte, opts ParseOptions) (*Document, error) {
	if !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 {
		return nil, ErrNotText
	}
	text := string(data)
	sum := sha256.Sum256(data)
	doc := &Document{ID: id, Path: path, Text: text, SHA256: hex.EncodeToString(sum[:]), URL: opts.URL, Source: opts.Source}

	mask := []byte(text)
	blank := func(from, to int) {
		for i := from; i < to; i++ {
			if mask[i] != '\n' {
				mask[i] = ' '
			}
		}
	}
	if strings.HasPrefix(text, "\uFEFF") {
		blank(0, 3)
	}
	seen := map[string]bool{}
	headline := opts.Title == ""
	if !headline {
		doc.Title = strings.Join(strings.Fields(opts.Title), " ")
	}
	var lines [][2]int
	for start := 0; start < len(text); {
		end := lineEnd(text, start)
		line := strings.TrimSpace(string(mask[start:end]))
		switch {
		case line == "":
		case seen[line] || isNoiseLine(line) || byline.MatchString(line):
			blank(start, end)
		default:
			seen[line] = true
			lines = append(lines, [2]int{start, end})
			for _, m := range agencyCredit.FindAllStringIndex(text[start:end], -1) {
				blank(start+m[0], start+m[1])
			}
			if m := trailingCredit.FindStringSubmatchIndex(string(mask[start:end])); m != nil && creditWords.MatchString(text[start+m[2]:start+m[3]]) {
				blank(start+m[0], start+m[1])
			}
			if m := pictureCredit.FindStringIndex(string(mask[start:end])); m != nil {
				blank(start+m[0], start+m[1])
			}
			if m := datelineCredit.FindStringSubmatchIndex(string(mask[start:end])); m != nil {
				blank(start+m[2], start+m[3])
			}
			if headline && opts.Title == "" && dateOnlyLine(line) {
				break // "May 2, 2015 / 11:12 AM / 4 years ago" over the headline: the article's date, read from the lines, no headline
			}
			if headline && (!looksLikeProse(line) || headedLine(line, nextLine(string(mask), end))) && len(line) <= maxHeadline || opts.Title != "" && line == doc.Title {
				doc.Sentences = append(doc.Sentences, newSentence(text, mask, start, end, true))
				if headline {
					doc.Title = line
				}
				headline = false
				break
			}
			first := headline
			headline = false
			for _, s := range splitSentences(string(mask[start:end])) {
				if first {
					// a first line of prose: its first sentence is the title
					// (a credit blanked out of it leaves one space)
					doc.Title = strings.Join(strings.Fields(string(mask[start+s[0]:start+s[0]+capLength(string(mask[start+s[0]:start+s[1]]), maxHeadline)[0][1]])), " ")
					first = false
				}
				for _, p := range capLength(string(mask[start+s[0]:start+s[1]]), maxSentence) {
					doc.Sentences = append(doc.Sentences, newSentence(text, mask, start+s[0]+p[0], start+s[0]+p[1], false))
				}
			}
		}
		start = end + 1
	}
	if len(doc.Sentences) == 0 {
		return nil, ErrEmpty
	}
	// drop sentences left empty by the masks, then number them
	kept := doc.Sentences[:0]
	for _, s := range doc.Sentences {
		if s.End > s.Start {
			s.Index = len(kept)
			kept = append(kept, s)
		}
	}
	doc.Sentences = kept
	doc.masked = string(mask)
	if len(kept) == 0 {
		return nil, ErrEmpty
	}
	if opts.Date != "" {
		doc.Date = opts.Date
	} else {
		doc.Date = findArticleDate(text, lines)
	}
	return doc, nil
}

// lineEnd returns where the line of text that starts at start ends: at
// its "\n" (a "\r" before it stays in the line, as CRLF files have it), at
// a "\r" alone (old Mac files), or at the end of the text.
func lineEnd(text string, start int) int {
	for p := start; ; {
		i := strings.IndexAny(text[p:], "\r\n")
		if i < 0 {
			return len(text)
		}
		i += p
		if text[i] == '\n' || i+1 == len(text) || text[i+1] != '\n' {
			return i
		}
		p = i + 1 // "\r\n": the line ends at its "\n"
	}
}

// newSentence trims the masked span [start, end) and returns it as a sentence.
func newSentence(text string, mask []byte, start, end int, headline bool) Sentence {
	for start < end {
		r, n := utf8.DecodeRune(mask[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRune(mask[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return Sentence{Start: start, End: end, Text: text[start:end], Headline: headline}
}

// maxHeadline is the longest first line taken as a headline, and
// maxSentence the longest run of text taken as one sentence: a line of
// text with no full stops is cut at spaces, so that no event carries
// a whole file as its evidence.
const (
	maxHeadline = 300
	maxSentence = 2000
)

// capLength cuts s into spans of at most max bytes, at spaces where it can.
func capLength(s string, max int) [][2]int {
	var out [][2]int
	start := 0
	for len(s)-start > max {
		cut := strings.LastIndexAny(s[start:start+max], " \t")
		if cut <= 0 {
			cut = max
			for cut > 0 && !utf8.RuneStart(s[start+cut]) {
				cut--
			}
		}
		out = append(out, [2]int{start, start + cut})
		start += cut
	}
	return append(out, [2]int{start, len(s)})
}

// looksLikeProse reports a first line that is a sentence of the body rather
// than a headline: several words ending with a full stop, question or
// exclamation mark ("Russia attacked Ukraine on Monday.").
func looksLikeProse(line string) bool {
	end := strings.TrimRight(line, "\"'”’)]} ")
	if end == "" || !strings.ContainsAny(end[len(end)-1:], ".!?") {
		return false
	}
	return len(strings.Fields(line)) >= 6
}

// headedLine reports a first line that ends as a sentence does but is a
// headline all the same: a short one over a line of a few words, a
// dateline or a byline ("Noisy saw leads Thai police to heroin
// hideaway." over "BANGKOK 1996-08-22"), as wire copy sets its headlines.
func headedLine(line, next string) bool {
	words := len(strings.Fields(next))
	return len(strings.Fields(line)) <= maxHeadedWords && words > 0 && words <= maxDatelineWords && !looksLikeProse(next)
}

// maxHeadedWords is the most words of a headline that ends with a full
// stop, and maxDatelineWords the most of the line under it.
const (
	maxHeadedWords   = 14
	maxDatelineWords = 6
)

// nextLine is the first line of text after offset end that is not blank,
// trimmed.
func nextLine(text string, end int) string {
	for start := end + 1; start < len(text); {
		e := lineEnd(text, start)
		if line := strings.TrimSpace(text[start:e]); line != "" {
			return line
		}
		start = e + 1
	}
	return ""
}

// isNoiseLine reports lines that are not prose: a lone short code such as a
// desk marker ("TT") or a bare separator.
func isNoiseLine(line string) bool {
	if strings.ContainsFunc(line, unicode.IsSpace) {
		return false
	}
	letters := 0
	for _, r := range line {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters == 0 || (letters <= 3 && strings.ToUpper(line) == line && utf8.RuneCountInString(line) <= 3)
}

// dateLineWords are the words besides the names of months and weekdays
// a line that only dates its page holds: "AM", "years ago", "Published".
var dateLineWords = lexicon.Class("dateLineWords")

// dateOnlyLine reports a line that gives a full date and nothing else but
// words of dateLineWords, as web pages print above their headline: "May
// 2, 2015 / 11:12 AM / 4 years ago", "Published: 14 April 2020".
func dateOnlyLine(line string) bool {
	if _, ok := fullDate(line); !ok {
		return false
	}
	for _, f := range strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !isDateWord(f) && !dateLineWords[strings.ToLower(f)] {
			return false
		}
	}
	return true
}
