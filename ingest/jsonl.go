package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Fields names the fields of a JSON line that hold each part of an
// article: for each part, the field names to try in order. A name with
// dots ("source.name") looks into nested objects when no field has the
// whole name.
type Fields struct {
	Text   []string // A string, or an array of strings (paragraphs).
	Title  []string
	Date   []string // A date string (see Date), or a Unix time in seconds or milliseconds.
	ID     []string // A string or a number.
	URL    []string
	Source []string // A string, or an object with a "name".
}

// DefaultFields returns the field names of common crawler and news-API
// dumps.
func DefaultFields() Fields {
	return Fields{
		Text:   []string{"text", "body", "content", "article"},
		Title:  []string{"title", "headline"},
		Date:   []string{"date", "published", "published_at", "publishedAt", "datePublished", "pubdate"},
		ID:     []string{"id", "uuid", "guid", "url"},
		URL:    []string{"url", "link"},
		Source: []string{"source", "site", "publisher"},
	}
}

// Line is one line of a JSON Lines dump: an article, or why the line is
// not one.
type Line struct {
	Number   int      // 1-based line number.
	Size     int      // Bytes read for it, with its newline and any blank lines before it.
	Article  *Article // nil when Err is set.
	Err      error    // Why the line is bad: too long, not JSON, not an object, no text.
	Warnings []string // Repairs made: invalid UTF-8 replaced.
}

// JSONL reads a JSON Lines dump one line at a time, so that a dump of any
// size is read in the memory of its longest line. Each non-blank line is a
// JSON object holding one article; a bad line is reported as such and the
// lines after it are still read.
type JSONL struct {
	r      *bufio.Reader
	fields Fields
	max    int64 // longest line read, 0 for no limit
	line   int   // lines read so far
	buf    []byte
}

// NewJSONL returns a reader of the JSON Lines in r, taking the parts of
// each article from fields (DefaultFields for a part with no names) and
// failing lines longer than maxLine bytes (no limit when it is 0).
func NewJSONL(r io.Reader, fields Fields, maxLine int64) *JSONL {
	def := DefaultFields()
	for _, f := range []struct{ dst, def *[]string }{
		{&fields.Text, &def.Text}, {&fields.Title, &def.Title}, {&fields.Date, &def.Date},
		{&fields.ID, &def.ID}, {&fields.URL, &def.URL}, {&fields.Source, &def.Source},
	} {
		if len(*f.dst) == 0 {
			*f.dst = *f.def
		}
	}
	return &JSONL{r: bufio.NewReaderSize(r, 64<<10), fields: fields, max: maxLine}
}

// LineTooLongError is a line over the limit given to NewJSONL.
type LineTooLongError struct {
	Size int64 // Bytes in the line, with its newline.
	Max  int64 // The limit.
}

func (e *LineTooLongError) Error() string {
	return fmt.Sprintf("line too long (%d bytes > %d)", e.Size, e.Max)
}

// Next returns the next non-blank line. At the end of the input it returns
// io.EOF; when reading fails, that error (the lines after it are lost).
// A bad line is not an error of Next: it comes back with its Err set.
func (j *JSONL) Next() (Line, error) {
	size := 0
	for {
		raw, n, tooLong, err := j.readLine()
		size += n
		if n == 0 && err != nil {
			return Line{}, err
		}
		j.line++
		if err != nil && err != io.EOF {
			return Line{}, err
		}
		if tooLong {
			return Line{Number: j.line, Size: size, Err: &LineTooLongError{int64(n), j.max}}, nil
		}
		if j.line == 1 {
			raw = bytes.TrimPrefix(raw, []byte("\uFEFF"))
		}
		raw = bytes.TrimSpace(raw)
		if len(raw) == 0 {
			if err == io.EOF {
				return Line{}, io.EOF
			}
			continue
		}
		l := Line{Number: j.line, Size: size}
		var nul bool
		l.Article, nul, l.Err = j.fields.article(raw)
		if l.Err == nil && !utf8.Valid(raw) {
			l.Warnings = append(l.Warnings, "invalid UTF-8 replaced with U+FFFD")
		}
		if l.Err == nil && nul {
			l.Warnings = append(l.Warnings, `NUL characters (\u0000) in the text replaced with U+FFFD`)
		}
		if l.Err != nil {
			l.Article = nil
		}
		return l, nil
	}
}

// readLine reads one line with its newline. When the line is longer than
// j.max it is read to its end but not kept, and tooLong is true. n counts
// the bytes read.
func (j *JSONL) readLine() (line []byte, n int, tooLong bool, err error) {
	j.buf = j.buf[:0]
	for {
		chunk, err := j.r.ReadSlice('\n')
		n += len(chunk)
		if !tooLong {
			body := len(j.buf) + len(chunk)
			if len(chunk) > 0 && chunk[len(chunk)-1] == '\n' {
				body-- // the newline does not count
			}
			if j.max > 0 && int64(body) > j.max {
				tooLong, j.buf = true, j.buf[:0]
			} else {
				j.buf = append(j.buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if j.max > 0 && cap(j.buf) > 4<<20 && int64(cap(j.buf)) > 2*j.max {
			defer func() { j.buf = nil }() // do not keep one huge buffer
		}
		return j.buf, n, tooLong, err
	}
}

// article reads one JSON line, and reports whether its text had NUL
// characters, which it replaces.
func (f *Fields) article(raw []byte) (_ *Article, nul bool, _ error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, false, fmt.Errorf("invalid JSON: %s", jsonError(err))
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, false, errors.New("invalid JSON: more than one value on the line")
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, false, fmt.Errorf("not a JSON object but %s", jsonType(v))
	}
	a := &Article{}
	for _, name := range f.Text {
		if t := textValue(lookup(obj, name)); t != "" {
			a.Text = t
			break
		}
	}
	if a.Text == "" {
		return nil, false, fmt.Errorf("no text (no field %s with a non-empty string)", orList(f.Text))
	}
	nul = strings.IndexByte(a.Text, 0) >= 0 // a "\u0000" escape, which sanitize replaces
	var page *Article
	if looksLikeHTML(a.Text) {
		if h, err := HTML([]byte(a.Text)); err == nil {
			if h.Text == "" {
				return nil, false, errors.New("no text in the HTML of the text field")
			}
			a.Text, page = h.Text, h
		}
	}
	a.Text = sanitize(a.Text)
	a.Title = firstValue(obj, f.Title, func(v any) string { return clean(stringValue(v)) })
	a.Date = firstValue(obj, f.Date, func(v any) string { return Date(stringValue(v)) })
	a.ID = firstValue(obj, f.ID, func(v any) string { return clean(stringValue(v)) })
	a.URL = firstValue(obj, f.URL, func(v any) string { return clean(stringValue(v)) })
	a.Source = firstValue(obj, f.Source, func(v any) string {
		if m, ok := v.(map[string]any); ok {
			return clean(stringValue(m["name"]))
		}
		return clean(stringValue(v))
	})
	if page != nil {
		a.Title, a.Date = first(a.Title, page.Title), first(a.Date, page.Date)
		a.URL, a.Source = first(a.URL, page.URL), first(a.Source, page.Source)
	}
	return a, nul, nil
}

// firstValue returns the first non-empty value that get makes of the
// fields names of obj.
func firstValue(obj map[string]any, names []string, get func(any) string) string {
	for _, name := range names {
		if v := lookup(obj, name); v != nil {
			if s := get(v); s != "" {
				return s
			}
		}
	}
	return ""
}

// lookup returns the field name of obj, or, when there is none and name has
// dots, the field its parts name in nested objects ("source.name").
func lookup(obj map[string]any, name string) any {
	if v, ok := obj[name]; ok {
		return v
	}
	if !strings.Contains(name, ".") {
		return nil
	}
	var v any = obj
	for part := range strings.SplitSeq(name, ".") {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[part]
	}
	return v
}

// stringValue returns a string or a number as a string, else "".
func stringValue(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case json.Number:
		return v.String()
	}
	return ""
}

// textValue returns a string, or an array of strings joined as paragraphs,
// or "" when v is neither or holds only white space.
func textValue(v any) string {
	var s string
	switch v := v.(type) {
	case string:
		s = v
	case []any:
		parts := make([]string, 0, len(v))
		for _, p := range v {
			if ps, ok := p.(string); ok && strings.TrimSpace(ps) != "" {
				parts = append(parts, strings.TrimSpace(ps))
			}
		}
		s = strings.Join(parts, "\n\n")
	}
	if strings.TrimSpace(s) == "" {
		return ""
	}
	return s
}

// looksLikeHTML reports a text field that holds HTML markup rather than
// text: it starts with a tag and has a closing tag.
func looksLikeHTML(s string) bool {
	t := strings.TrimSpace(s)
	return strings.HasPrefix(t, "<") && len(t) > 1 && (t[1] == '!' || t[1] == '/' || isLetter(t[1])) && strings.Contains(t, "</")
}

func isLetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// jsonError returns the message of a JSON decoding error without the
// package's prefix.
func jsonError(err error) string {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return "unexpected end of line"
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

// jsonType names the JSON type of v.
func jsonType(v any) string {
	switch v.(type) {
	case []any:
		return "an array"
	case string:
		return "a string"
	case json.Number:
		return "a number"
	case bool:
		return "a boolean"
	case nil:
		return "null"
	}
	return "an object"
}

// orList joins names as `"a", "b" or "c"`.
func orList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	if len(q) < 2 {
		return strings.Join(q, "")
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}
