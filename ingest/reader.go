package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"io/fs"
	"strconv"
	"time"

	"github.com/newsgraph/newsgraph/extract/syntax"
)

// Input is one input of a run: a file, or standard input.
type Input struct {
	Seq   int    // Position among the inputs, in command-line and walk order.
	Path  string // As the user gave it, joined for walked files; "-" for standard input.
	ID    string // Document id, unique among the inputs.
	Stdin bool
}

// Options say how a Reader reads inputs.
type Options struct {
	// Format is the format of every input, or FormatAuto (or "") to go by
	// a file's extension (text when it says none) and by the first bytes
	// of standard input.
	Format string
	// Conllu lets FormatAuto read files named *.conllu as CoNLL-U.
	Conllu bool
	// Fields name the parts of an article in a JSON line.
	Fields Fields
	// MaxBytes fails larger files, and longer lines of JSON Lines and
	// CoNLL-U; 0 is no limit.
	MaxBytes int64
	// Date (YYYY-MM-DD), when set, is every document's date.
	Date string
	// Dates are the dates of documents named by id or path.
	Dates DateTable
	// Open opens a file to read. Its errors name no path: the caller
	// names the input.
	Open func(name string) (fs.File, error)
	// Stdin is standard input.
	Stdin io.Reader
}

// Part is a piece of a run's inputs that is read apart: a whole text or
// HTML input, read by Read where it is extracted, or one line of a JSON
// Lines input, or one sentence of a CoNLL-U input, read in order by Feed
// so that a dump or treebank of any size is streamed.
type Part struct {
	Input    *Input
	Format   string   // FormatText, FormatHTML, FormatJSONL or FormatConllu
	Line     int      // 1-based number of a JSON line (first line of a CoNLL-U sentence); 0 for a whole input
	Size     int64    // bytes of a JSON line or CoNLL-U sentence
	Warnings []string // repairs made to a JSON line
	Err      error    // why the line, sentence or input failed
	More     bool     // more parts of the same input follow

	// Sentence is a sentence of a CoNLL-U input, the Index-th (from 0).
	Sentence *syntax.ConlluSentence
	Index    int

	skip  string    // why the input is skipped, with a warning
	stdin io.Reader // standard input, already peeked at
	id    string    // document id of a JSON line
	art   *Article  // article of a JSON line
}

// Document is an article read from an input: the text that extract.Parse
// reads, which every offset and the SHA-256 refer to, with what is known
// about it.
type Document struct {
	ID   string
	Path string // The file's, with ":LINE" for a JSON line.
	Text []byte // Decoded and repaired: the file's text, the page's article text, the line's text field.

	Title, URL, Source string
	// Date is the article date that relative dates resolve against,
	// whatever the text says when it is a whole YYYY-MM-DD: --date, the
	// document's row of the dates table, the date of its page or line,
	// the date in its path; else the year or month its page or line gives,
	// or "".
	Date string

	page bool // read out of an HTML page
}

// NoText is the warning for a document in which extract.Parse finds no
// text.
func (d *Document) NoText() string {
	if d.page {
		return "no article text found in the page, skipped"
	}
	return "no text in it, skipped"
}

// Reader reads the inputs of one run.
type Reader struct {
	opts  Options
	stdin *bufio.Reader // standard input, once peeked at
}

// NewReader returns a reader of inputs as opts say.
func NewReader(opts Options) *Reader {
	if opts.Format == "" {
		opts.Format = FormatAuto
	}
	return &Reader{opts: opts}
}

// Feed hands the parts of inputs (in the order of their ids, which are
// unique) to emit, in order, and stops when emit returns false. Document
// ids of JSON lines are made unique here, in that order, so that they do
// not depend on how many parts are read at once.
func (r *Reader) Feed(inputs []*Input, emit func(Part) bool) {
	used := make(map[string]bool, len(inputs))
	for _, in := range inputs {
		used[in.ID] = true
	}
	for _, in := range inputs {
		var ok bool
		switch format := r.format(in); format {
		case FormatJSONL:
			ok = r.feedJSONL(in, used, emit)
		case FormatConllu:
			ok = r.feedConllu(in, emit)
		default:
			p := Part{Input: in, Format: format}
			if in.Stdin && r.stdin != nil {
				p.stdin = r.stdin
			}
			ok = emit(p)
		}
		if !ok {
			return
		}
	}
}

// format returns the format to read in as: Options.Format, else its
// extension (text when it says none), and for standard input what its
// first bytes look like.
func (r *Reader) format(in *Input) string {
	if r.opts.Format != FormatAuto {
		return r.opts.Format
	}
	if in.Stdin {
		br := r.stdinReader()
		for n := 512; ; n *= 2 {
			head, err := br.Peek(n)
			if len(trimHead(head)) > 0 || err != nil || n >= 64<<10 {
				return Sniff(head)
			}
		}
	}
	switch format := FormatOf(in.Path); {
	case format == FormatConllu && !r.opts.Conllu, format == "":
		return FormatText // an extension that says no format
	default:
		return format
	}
}

// stdinReader returns standard input, buffered so that it can be peeked at.
func (r *Reader) stdinReader() *bufio.Reader {
	if r.stdin == nil {
		r.stdin = bufio.NewReaderSize(r.opts.Stdin, 64<<10)
	}
	return r.stdin
}

// openStream opens an input read record by record (JSON Lines, CoNLL-U):
// standard input, or the file, which must not be a directory. done
// closes it.
func (r *Reader) openStream(in *Input) (rd io.Reader, done func(), err error) {
	if in.Stdin {
		return r.stdinReader(), func() {}, nil
	}
	f, err := r.opts.Open(in.Path)
	if err != nil {
		return nil, nil, err
	}
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		f.Close()
		return nil, nil, errors.New("is a directory")
	}
	return f, func() { f.Close() }, nil
}

// holdBack holds the part of each record back until the next record is
// read, so that the part knows whether more of its input follow.
type holdBack struct {
	pending *Part
	emit    func(Part) bool
}

// hold hands the part held back to emit, with More set, and holds p. It
// returns false when emit does.
func (h *holdBack) hold(p Part) bool {
	ok := h.flush(true)
	h.pending = &p
	return ok
}

// flush hands the part held back, if any, to emit, saying whether more
// parts of its input follow. It returns false when emit does.
func (h *holdBack) flush(more bool) bool {
	if h.pending == nil {
		return true
	}
	p := *h.pending
	p.More = more
	h.pending = nil
	return h.emit(p)
}

// end hands on the last part of an input, or, when it had none, a part
// that skips the input with the warning skip.
func (h *holdBack) end(in *Input, size int64, skip string) bool {
	if h.pending == nil {
		h.pending = &Part{Input: in, Size: size, skip: skip}
	}
	return h.flush(false)
}

// feedJSONL hands out the lines of a JSON Lines input, a part a line,
// read as they are handed out. It returns false when emit does.
func (r *Reader) feedJSONL(in *Input, used map[string]bool, emit func(Part) bool) bool {
	rd, done, err := r.openStream(in)
	if err != nil {
		return emit(Part{Input: in, Err: err})
	}
	defer done()
	lines := NewJSONL(rd, r.opts.Fields, r.opts.MaxBytes)
	h := &holdBack{emit: emit}
	warned := map[string]bool{}
	for {
		l, err := lines.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			if !h.hold(Part{Input: in, Err: err}) {
				return false
			}
			break
		}
		p := Part{Input: in, Format: FormatJSONL, Line: l.Number, Size: int64(l.Size), art: l.Article, Err: l.Err}
		var tl *LineTooLongError
		if errors.As(l.Err, &tl) {
			p.Err = lineTooLong(tl.Size, tl.Max)
		}
		for _, w := range l.Warnings {
			// each repair once for the file, at its first line
			if !warned[w] {
				warned[w] = true
				p.Warnings = append(p.Warnings, w+" (first such line of the file; later ones are not named)")
			}
		}
		if l.Article != nil {
			p.id = lineID(used, in.ID, l.Article.ID, l.Number)
		}
		if !h.hold(p) {
			return false
		}
	}
	return h.end(in, 0, "empty file, skipped")
}

// lineID returns the document id of a JSON line: the input's id, "#" and
// the line's id field, or its line number when it has none; when that id
// is used, "#2", "#3", ... is added, as for inputs sharing an id.
func lineID(used map[string]bool, inputID, lineID string, line int) string {
	if lineID == "" {
		lineID = strconv.Itoa(line)
	}
	id := inputID + "#" + lineID
	for n := 2; used[id]; n++ {
		id = inputID + "#" + lineID + "#" + strconv.Itoa(n)
	}
	used[id] = true
	return id
}

// feedConllu hands out the sentences of a CoNLL-U input, a part a
// sentence, read as they are handed out. A bad sentence is a part with its
// error and line. It returns false when emit does.
func (r *Reader) feedConllu(in *Input, emit func(Part) bool) bool {
	rd, done, err := r.openStream(in)
	if err != nil {
		return emit(Part{Input: in, Err: err})
	}
	defer done()
	sents := syntax.NewConlluReader(in.Path, rd)
	sents.SetMaxLine(r.opts.MaxBytes)
	h := &holdBack{emit: emit}
	read := int64(0)
	for index := 0; ; index++ {
		s, err := sents.Next()
		if err == io.EOF {
			break
		}
		size := sents.Bytes() - read
		read = sents.Bytes()
		p := Part{Input: in, Format: FormatConllu, Line: sents.Line(), Index: index, Size: size, Sentence: &s}
		var ce *syntax.ConlluError
		switch {
		case errors.As(err, &ce):
			p.Line, p.Sentence, p.Err = ce.Line, nil, ce.Err
			var tl *syntax.LineTooLongError
			if errors.As(ce.Err, &tl) {
				p.Err = lineTooLong(tl.Size, tl.Max)
			}
		case err != nil:
			// reading failed: the sentences after it are lost
			ok := h.hold(Part{Input: in, Size: size, Err: err})
			return ok && h.flush(false)
		}
		if !h.hold(p) {
			return false
		}
	}
	skip := "empty file, skipped"
	if sents.Bytes() > 0 {
		skip = "no sentences in it, skipped"
	}
	return h.end(in, sents.Bytes(), skip)
}

// Read reads the document of a part that is no sentence of CoNLL-U. It
// returns nil when there is none: the part failed (err), or is skipped
// (a warning says why). warnings say what was repaired, and size is the
// bytes read.
func (r *Reader) Read(p Part) (doc *Document, size int64, warnings []string, err error) {
	size, warnings = p.Size, p.Warnings
	if p.Err != nil || p.skip != "" {
		if p.skip != "" {
			warnings = append(warnings, p.skip)
		}
		return nil, size, warnings, p.Err
	}
	if p.Format == FormatJSONL {
		// The path names the line too: "dump.jsonl:12". Besides telling
		// where the document is, it keeps merge from taking a line-number
		// id ("dump.jsonl#12") for the 12th file named dump.jsonl.
		doc = r.document(p.id, p.Input.Path+":"+strconv.Itoa(p.Line), []byte(p.art.Text), p.art)
		return doc, size, warnings, nil
	}
	data, err := r.readWhole(p)
	size = int64(len(data))
	if err != nil {
		return nil, size, warnings, err
	}
	if len(data) == 0 {
		return nil, size, append(warnings, "empty file, skipped"), nil
	}
	decode := DecodeText
	if p.Format == FormatHTML {
		decode = DecodeHTML
	}
	text, repairs, err := decode(data)
	warnings = append(warnings, repairs...)
	if err != nil {
		return nil, size, warnings, err
	}
	if p.Format != FormatHTML {
		if len(bytes.TrimSpace(text)) == 0 {
			return nil, size, append(warnings, "empty file, skipped"), nil // blank lines only
		}
		return r.document(p.Input.ID, p.Input.Path, text, nil), size, warnings, nil
	}
	art, err := HTML(text)
	if err != nil {
		return nil, size, warnings, err
	}
	if art.Warning != "" {
		warnings = append(warnings, art.Warning)
	}
	doc = r.document(p.Input.ID, p.Input.Path, []byte(art.Text), art)
	doc.page = true
	return doc, size, warnings, nil
}

// readWhole reads the bytes of a whole input: standard input, or the file,
// which fails without being read when it is larger than MaxBytes.
func (r *Reader) readWhole(p Part) ([]byte, error) {
	if p.Input.Stdin {
		stdin := p.stdin
		if stdin == nil {
			stdin = r.opts.Stdin
		}
		return readLimited(stdin, -1, r.opts.MaxBytes)
	}
	f, err := r.opts.Open(p.Input.Path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := int64(-1)
	if fi, err := f.Stat(); err == nil {
		if fi.IsDir() {
			return nil, errors.New("is a directory")
		}
		if fi.Mode().IsRegular() {
			size = fi.Size()
		}
	}
	if max := r.opts.MaxBytes; max > 0 && size > max {
		return nil, &TooLargeError{size, max}
	}
	return readLimited(f, size, r.opts.MaxBytes)
}

// document returns the document of text, read from an input with the
// given id and path, and out of art when it came from a page or a line.
func (r *Reader) document(id, path string, text []byte, art *Article) *Document {
	d := &Document{ID: id, Path: path, Text: text}
	if art != nil {
		d.Title, d.URL, d.Source = art.Title, art.URL, art.Source
	}
	d.Date = r.date(d, art)
	return d
}

// date returns the date of d: --date; else its row in the dates table;
// else the whole date its page or line gives; else the date in its path;
// else the year or month its page or line gives, or "".
func (r *Reader) date(d *Document, art *Article) string {
	if r.opts.Date != "" {
		return r.opts.Date
	}
	if date, ok := r.opts.Dates.Lookup(d.ID, d.Path); ok {
		return date
	}
	given := ""
	if art != nil {
		given = art.Date
	}
	if len(given) == len(time.DateOnly) {
		return given
	}
	if date := PathDate(d.Path); date != "" {
		return date
	}
	return given
}
