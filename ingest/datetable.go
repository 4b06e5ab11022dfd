package ingest

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"
)

// DateTable holds the dates of documents, by document id or path: what
// the --dates file gives.
type DateTable map[string]string

// DateTableError is a bad line of a table of dates.
type DateTableError struct {
	Line int // 1-based
	Err  error
}

func (e *DateTableError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *DateTableError) Unwrap() error { return e.Err }

// ReadDateTable reads a table of dates, a row a line: a document's id or
// path, then its date as YYYY-MM-DD, separated by a tab, or by a comma in
// a line with no tab. Spaces and double quotes around a cell are left
// out. Blank lines and lines starting with "#" are skipped, and so is a
// first row whose date cell says "date" (a header). A bad row, or a
// document given two dates, is a *DateTableError.
func ReadDateTable(r io.Reader) (DateTable, error) {
	t := DateTable{}
	rowOf := map[string]int{}
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	rows := 0
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if n == 1 {
			line = strings.TrimPrefix(line, "\uFEFF")
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows++
		sep := ","
		if strings.Contains(line, "\t") {
			sep = "\t"
		}
		cells := strings.Split(line, sep)
		for i, c := range cells {
			cells[i] = strings.Trim(strings.TrimSpace(c), `"`)
		}
		if len(cells) != 2 || cells[0] == "" {
			return nil, &DateTableError{n, fmt.Errorf("want a document id or path and a date, separated by a tab or a comma; got %q", line)}
		}
		key, date := tableKey(cells[0]), cells[1]
		if rows == 1 && strings.EqualFold(date, "date") {
			continue
		}
		if _, err := time.Parse(time.DateOnly, date); err != nil {
			return nil, &DateTableError{n, fmt.Errorf("invalid date %q: want YYYY-MM-DD", date)}
		}
		if old, ok := t[key]; ok && old != date {
			return nil, &DateTableError{n, fmt.Errorf("%s given two dates, %s (line %d) and %s", cells[0], old, rowOf[key], date)}
		}
		t[key], rowOf[key] = date, n
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return t, nil
}

// Lookup returns the date of the document with id and path: that of its
// id, else that of its path.
func (t DateTable) Lookup(id, path string) (string, bool) {
	if len(t) == 0 {
		return "", false
	}
	if d, ok := t[tableKey(id)]; ok {
		return d, true
	}
	d, ok := t[tableKey(path)]
	return d, ok
}

// tableKey is the form of an id or path that the table is keyed by: with
// forward slashes, cleaned.
func tableKey(s string) string {
	return filepath.ToSlash(filepath.Clean(s))
}
