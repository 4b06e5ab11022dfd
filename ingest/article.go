package ingest

// Article is one news article read out of a page or a JSON line: its body
// text and what is known about it.
type Article struct {
	Text   string // The body: paragraphs and headings as lines, separated by blank lines.
	Title  string // The headline, or "".
	Date   string // Publication date as YYYY-MM-DD (YYYY-MM or YYYY when only that is given), or "".
	URL    string // Canonical URL, or "".
	Source string // Site or publisher name, or "".
	ID     string // The id field of a JSON line, or "".
	// Warning says what was repaired to read the page, or is "": its
	// text read without its structure when the parser refused it.
	Warning string
}
