// Package ingest turns the inputs of newsgraph's extract, stats and parse
// commands into documents: plain text, saved HTML pages, JSON Lines dumps
// of crawlers and news APIs, standard input, and (for parse) CoNLL-U. A
// document is the text that extract.Parse reads, which every byte offset
// of the graph points into, with its metadata: title, date, canonical URL
// and site or publisher.
//
// A Reader reads the inputs of one run, as its Options say: Feed hands out
// the parts of the inputs in order, a whole file, a JSON line or a CoNLL-U
// sentence each, streaming a dump or treebank of any size; Read reads the
// document of a part where it is extracted, on any goroutine. On the way
// it chooses each input's format (format.go), decodes UTF-16 and the
// charsets of pages and repairs invalid UTF-8 (decode.go), enforces the
// size limit, takes the article out of a page (html.go) or a line
// (jsonl.go), and dates the document (date.go, datetable.go).
//
// Its errors and warnings are worded for the command line, which names the
// input in front of them. The package never opens a file itself (it is
// given Options.Open), never prints, and imports no newsgraph package but
// extract/syntax, for its CoNLL-U reader.
package ingest
