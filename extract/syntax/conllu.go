package syntax

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A CoNLL-U sentence as read: its comment lines, its word lines with all
// ten columns, and the multiword-token range lines ("3-4	don't	_ ..."),
// kept as they are and written back before the word they start at.
// Empty nodes ("5.1") are dropped.
type ConlluSentence struct {
	Comments []string // whole comment lines, "#" included: "# text = ..."
	Words    []ConlluWord
	Ranges   []ConlluRange
}

// ConlluWord holds the ten columns of one word line. Head is the HEAD
// column as a number (0 is the root, -1 when the column is "_"). An empty
// column other than FORM is read as "_".
type ConlluWord struct {
	ID     int
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int
	Deprel string
	Deps   string
	Misc   string
}

// ConlluRange is a multiword-token line: the words First..Last spell Form.
type ConlluRange struct {
	First, Last int
	Line        string // the whole line, written back unchanged
}

// ConlluError is a line of CoNLL-U that cannot be read. Its message reads
// "NAME:LINE: reason".
type ConlluError struct {
	Name string // the input, as given to the reader
	Line int    // 1-based line number
	Err  error  // the reason
}

func (e *ConlluError) Error() string { return fmt.Sprintf("%s:%d: %v", e.Name, e.Line, e.Err) }
func (e *ConlluError) Unwrap() error { return e.Err }

// LineTooLongError is the reason of a ConlluError for a line over the
// limit set with SetMaxLine.
type LineTooLongError struct {
	Size int64 // bytes in the line, without its line end
	Max  int64 // the limit
}

func (e *LineTooLongError) Error() string {
	return fmt.Sprintf("line too long (%d bytes > %d)", e.Size, e.Max)
}

// ConlluReader reads the sentences of a CoNLL-U stream one at a time, so
// that a treebank of any size is read in the memory of its longest
// sentence. A bad sentence is reported as such and the sentences after it
// are still read.
type ConlluReader struct {
	name  string
	r     *bufio.Reader
	max   int64 // longest line read, 0 for no limit
	line  int   // lines read so far
	bytes int64 // bytes read so far
	start int   // first line of the sentence Next returned last
	skip  bool  // the rest of a bad sentence is to be skipped
	buf   []byte
}

// NewConlluReader returns a reader of the CoNLL-U in r; name is used in
// errors.
func NewConlluReader(name string, r io.Reader) *ConlluReader {
	return &ConlluReader{name: name, r: bufio.NewReaderSize(r, 64<<10)}
}

// SetMaxLine makes lines longer than max bytes an error (no limit when max
// is 0, the default).
func (c *ConlluReader) SetMaxLine(max int64) { c.max = max }

// Line is the line at which the sentence (or the error) that Next
// returned last starts.
func (c *ConlluReader) Line() int { return c.start }

// Bytes is the number of bytes read so far.
func (c *ConlluReader) Bytes() int64 { return c.bytes }

// Next returns the next sentence. At the end of the input it returns
// io.EOF; when reading fails, that error (the lines after it are lost).
// A sentence that breaks the rules of ReadConllu is returned as a
// *ConlluError, and the next call reads on after the blank line that ends
// it. A block of comments with no word line is no sentence and is
// skipped.
func (c *ConlluReader) Next() (ConlluSentence, error) {
	var (
		s          ConlluSentence
		lines      []int // line of each word
		rangeLines []int // line of each range
		ln         int   // line being read
	)
	fail := func(format string, args ...any) (ConlluSentence, error) {
		c.skip = true
		c.start = ln
		return ConlluSentence{}, &ConlluError{Name: c.name, Line: ln, Err: fmt.Errorf(format, args...)}
	}
	c.start = 0
	for {
		raw, size, tooLong, err := c.readLine()
		if size == 0 && err != nil {
			if err != io.EOF {
				return ConlluSentence{}, err
			}
			if c.skip || len(s.Words) == 0 && len(s.Ranges) == 0 {
				c.skip = false
				return ConlluSentence{}, io.EOF
			}
			return c.finish(s, lines, rangeLines)
		}
		if err != nil && err != io.EOF {
			return ConlluSentence{}, err
		}
		c.line++
		ln = c.line
		if tooLong {
			if c.skip {
				continue
			}
			return fail("%w", &LineTooLongError{Size: int64(size), Max: c.max})
		}
		line := strings.TrimRight(string(raw), "\r\n")
		if ln == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if strings.TrimSpace(line) == "" {
			if c.skip {
				c.skip = false
				continue
			}
			if len(s.Words) == 0 && len(s.Ranges) == 0 {
				s, c.start = ConlluSentence{}, 0 // nothing, or comments alone
				continue
			}
			return c.finish(s, lines, rangeLines)
		}
		if c.skip {
			continue
		}
		if c.start == 0 {
			c.start = ln
		}
		if !utf8.ValidString(line) {
			return fail("invalid UTF-8")
		}
		if strings.HasPrefix(line, "#") {
			if len(s.Words) > 0 || len(s.Ranges) > 0 {
				return fail("comment after a word line; sentences are separated by a blank line")
			}
			s.Comments = append(s.Comments, line)
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 10 {
			return fail("%d tab-separated columns, want 10", len(cols))
		}
		id := cols[0]
		next := len(s.Words) + 1
		if a, b, ok := strings.Cut(id, "."); ok {
			i, err1 := number(a)
			k, err2 := number(b)
			switch {
			case err1 != nil || err2 != nil || k < 1:
				return fail("bad empty-node ID %q", id)
			case i != next-1:
				return fail("empty node %q does not follow word %d", id, next-1)
			}
			continue // empty node: dropped
		}
		if a, b, ok := strings.Cut(id, "-"); ok {
			first, err1 := number(a)
			last, err2 := number(b)
			if err1 != nil || err2 != nil || first < 1 || last < first {
				return fail("bad token range %q", id)
			}
			if first != next {
				return fail("token range %q does not start at the next word (%d)", id, next)
			}
			if n := len(s.Ranges); n > 0 && s.Ranges[n-1].Last >= first {
				return fail("token range %q overlaps token range %d-%d", id, s.Ranges[n-1].First, s.Ranges[n-1].Last)
			}
			s.Ranges = append(s.Ranges, ConlluRange{First: first, Last: last, Line: line})
			rangeLines = append(rangeLines, ln)
			continue
		}
		n, err := number(id)
		if err != nil || n < 1 {
			return fail("bad word ID %q", id)
		}
		if n != next {
			return fail("word ID %d, want %d", n, next)
		}
		if cols[1] == "" {
			return fail("empty FORM")
		}
		for i := 2; i < 10; i++ {
			if cols[i] == "" {
				cols[i] = "_"
			}
		}
		head := -1
		if cols[6] != "_" {
			h, err := number(cols[6])
			if err != nil {
				return fail("bad HEAD %q", cols[6])
			}
			if h == n {
				return fail("word %d is its own head", n)
			}
			head = h
		}
		s.Words = append(s.Words, ConlluWord{
			ID: n, Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4],
			Feats: cols[5], Head: head, Deprel: cols[7], Deps: cols[8], Misc: cols[9],
		})
		lines = append(lines, ln)
	}
}

// finish checks what can only be checked once the whole sentence is read:
// heads and token ranges within its words.
func (c *ConlluReader) finish(s ConlluSentence, lines, rangeLines []int) (ConlluSentence, error) {
	fail := func(line int, format string, args ...any) (ConlluSentence, error) {
		c.start = line
		return ConlluSentence{}, &ConlluError{Name: c.name, Line: line, Err: fmt.Errorf(format, args...)}
	}
	if len(s.Words) == 0 {
		return fail(rangeLines[0], "token range %d-%d with no word lines", s.Ranges[0].First, s.Ranges[0].Last)
	}
	for i, w := range s.Words {
		if w.Head > len(s.Words) {
			return fail(lines[i], "word %d has head %d, past the sentence's %d words", w.ID, w.Head, len(s.Words))
		}
	}
	for i, rg := range s.Ranges {
		if rg.Last > len(s.Words) {
			return fail(rangeLines[i], "token range %d-%d runs past the sentence's %d words", rg.First, rg.Last, len(s.Words))
		}
	}
	return s, nil
}

// number parses a CoNLL-U number: ASCII digits only.
func number(s string) (int, error) {
	if s == "" || strings.TrimLeft(s, "0123456789") != "" {
		return 0, errors.New("not a number")
	}
	return strconv.Atoi(s)
}

// readLine reads one line with its line end. When the line is longer than
// c.max bytes (its "\n" not counted) it is read to its end but not kept,
// and tooLong is true. size counts the bytes read, or, for a line too
// long, the bytes of the line without its "\n".
func (c *ConlluReader) readLine() (line []byte, size int, tooLong bool, err error) {
	c.buf = c.buf[:0]
	n := 0
	for {
		chunk, err := c.r.ReadSlice('\n')
		n += len(chunk)
		c.bytes += int64(len(chunk))
		if !tooLong {
			c.buf = append(c.buf, chunk...)
			body := len(c.buf)
			if body > 0 && c.buf[body-1] == '\n' {
				body--
			}
			if c.max > 0 && int64(body) > c.max {
				tooLong, c.buf = true, c.buf[:0]
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if tooLong {
			if err == nil {
				n-- // the "\n"
			}
			return nil, n, true, err
		}
		if c.max > 0 && cap(c.buf) > 4<<20 && int64(cap(c.buf)) > 2*c.max {
			defer func() { c.buf = nil }() // do not keep one huge buffer
		}
		return c.buf, n, false, err
	}
}

// ReadConllu reads every sentence of a CoNLL-U stream. name is used in
// errors, which are *ConlluError ("NAME:LINE: reason"). A word line needs
// ten tab-separated columns, an ID that counts 1, 2, 3 ... within its
// sentence, a non-empty FORM and a HEAD that is "_" or a number not above
// the sentence's length; a comment comes before the sentence's first word
// line; a token range starts at the next word and ends within the
// sentence; an empty node follows the word its ID names. The tree the
// heads make is not checked. The first bad sentence is returned as the
// error.
func ReadConllu(name string, r io.Reader) ([]ConlluSentence, error) {
	var out []ConlluSentence
	rd := NewConlluReader(name, r)
	for {
		s, err := rd.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			var ce *ConlluError
			if !errors.As(err, &ce) {
				err = &ConlluError{Name: name, Line: rd.line + 1, Err: err}
			}
			return nil, err
		}
		out = append(out, s)
	}
}

// WriteConllu writes sentences in CoNLL-U: comments, then word lines with
// each range line before the word it starts at, then a blank line. An
// empty column is written "_", a HEAD of -1 too; a tab in a column, and
// a line feed in a column or a comment, is written as a space, so that
// each stays in its place.
func WriteConllu(w io.Writer, sents []ConlluSentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range sents {
		writeSentence(bw, s)
	}
	return bw.Flush()
}

// oneLine and oneComment replace the characters that would end a column
// or a line.
var (
	oneLine    = strings.NewReplacer("\t", " ", "\n", " ")
	oneComment = strings.NewReplacer("\n", " ")
)

func writeSentence(bw *bufio.Writer, s ConlluSentence) {
	for _, c := range s.Comments {
		bw.WriteString(oneComment.Replace(c))
		bw.WriteByte('\n')
	}
	r := 0
	for _, w := range s.Words {
		for r < len(s.Ranges) && s.Ranges[r].First <= w.ID {
			bw.WriteString(s.Ranges[r].Line)
			bw.WriteByte('\n')
			r++
		}
		head := "_"
		if w.Head >= 0 {
			head = strconv.Itoa(w.Head)
		}
		for i, c := range []string{strconv.Itoa(w.ID), w.Form, w.Lemma, w.UPOS, w.XPOS, w.Feats, head, w.Deprel, w.Deps, w.Misc} {
			if i > 0 {
				bw.WriteByte('\t')
			}
			if c == "" {
				c = "_"
			}
			bw.WriteString(oneLine.Replace(c))
		}
		bw.WriteByte('\n')
	}
	bw.WriteByte('\n')
}
