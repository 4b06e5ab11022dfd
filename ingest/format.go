package ingest

import (
	"bytes"
	"path/filepath"
	"strings"
)

// Formats of inputs: the values of the commands' --input. parse alone
// reads CoNLL-U.
const (
	FormatAuto   = "auto"
	FormatText   = "text"
	FormatHTML   = "html"
	FormatJSONL  = "jsonl"
	FormatConllu = "conllu"
)

// FormatOf returns the format a file name's extension says, or "" when it
// says none: .html, .htm, .xhtml and .shtml are HTML; .jsonl, .ndjson and
// .jsonlines JSON Lines; .txt, .md and .text text; .conllu CoNLL-U.
func FormatOf(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return FormatHTML
	case ".jsonl", ".ndjson", ".jsonlines":
		return FormatJSONL
	case ".txt", ".md", ".text":
		return FormatText
	case ".conllu":
		return FormatConllu
	}
	return ""
}

// Sniff returns the format of an input from its first bytes: HTML when
// its first non-space character is "<", JSON Lines when it is "{", else
// text.
func Sniff(head []byte) string {
	head = trimHead(head)
	switch {
	case len(head) == 0:
		return FormatText
	case head[0] == '<':
		return FormatHTML
	case head[0] == '{':
		return FormatJSONL
	}
	return FormatText
}

// trimHead drops a byte order mark and spaces from the start of head.
func trimHead(head []byte) []byte {
	return bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\uFEFF")), " \t\r\n\f\v")
}
