// Package ingest reads news articles out of the forms they are saved in
// besides plain text: HTML pages and JSON Lines dumps of crawlers and news
// APIs. It returns each article's body text, which is what extract.Parse
// reads and what every byte offset of the graph points into, and its
// metadata: title, publication date, canonical URL and site or publisher.
//
// HTML reads a page; JSONL streams a dump line by line; Date normalises the
// dates that pages and dumps give. The package never opens files (the
// command does) and never imports extract or graph.
package ingest

// Article is one news article: its body text and what is known about it.
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
