package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"golang.org/x/net/html/charset"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/syntax"
	"github.com/newsgraph/newsgraph/ingest"
)

// Input formats (--input). parse reads CoNLL-U too.
const (
	inputAuto   = "auto"
	inputText   = "text"
	inputHTML   = "html"
	inputJSONL  = "jsonl"
	inputConllu = "conllu"
)

var (
	inputFormats      = []string{inputText, inputHTML, inputJSONL, inputAuto}
	parseInputFormats = []string{inputText, inputHTML, inputJSONL, inputConllu, inputAuto}
)

// defaultExts are the extensions walked in directories by default.
var defaultExts = []string{"txt", "md", "html", "htm", "jsonl", "ndjson"}

// inputOptions say how inputs are read: their format and, for JSON Lines,
// which fields hold the parts of an article.
type inputOptions struct {
	Input  string        // "auto", "text", "html" or "jsonl".
	Fields ingest.Fields // Field names tried, in order, in each JSON line.
}

// addFlags adds the input flags to a command that reads the given input
// formats (inputFormats, or parseInputFormats).
func (o *inputOptions) addFlags(cmd *cobra.Command, formats []string) {
	def := ingest.DefaultFields()
	fl := cmd.Flags()
	usage := "read inputs as `text`, html, jsonl (an article a line) or auto (by extension; standard input by its first character)"
	if slices.Contains(formats, inputConllu) {
		usage = "read inputs as `text`, html, jsonl (an article a line), conllu (tokenized sentences) or auto (by extension; standard input by its first character)"
	}
	fl.StringVar(&o.Input, "input", inputAuto, usage)
	fl.StringSliceVar(&o.Fields.Text, "text-field", def.Text, "take a JSON line's text from the first of these `fields` it has")
	fl.StringSliceVar(&o.Fields.Title, "title-field", def.Title, "take a JSON line's title from the first of these `fields` it has")
	fl.StringSliceVar(&o.Fields.Date, "date-field", def.Date, "take a JSON line's date from the first of these `fields` it has")
	fl.StringSliceVar(&o.Fields.ID, "id-field", def.ID, "take a JSON line's document id from the first of these `fields` it has (else its line number)")
	fl.StringSliceVar(&o.Fields.URL, "url-field", def.URL, "take a JSON line's URL from the first of these `fields` it has")
	fl.StringSliceVar(&o.Fields.Source, "source-field", def.Source, "take a JSON line's source (a string, or an object's name) from the first of these `fields` it has")
	_ = cmd.RegisterFlagCompletionFunc("input", cobra.FixedCompletions(formats, cobra.ShellCompDirectiveNoFileComp))
	for _, name := range []string{"text-field", "title-field", "date-field", "id-field", "url-field", "source-field"} {
		_ = cmd.RegisterFlagCompletionFunc(name, cobra.NoFileCompletions)
	}
}

// validateInput checks the input flags against the formats the command
// reads and trims the field names. Its errors are usage errors.
func (o *inputOptions) validateInput(formats []string) error {
	if o.Input == "" {
		o.Input = inputAuto
	}
	if !slices.Contains(formats, o.Input) {
		return flagErrorf("invalid --input %q: want %s", o.Input, orList(formats))
	}
	for _, f := range []struct {
		flag  string
		names *[]string
	}{
		{"text-field", &o.Fields.Text}, {"title-field", &o.Fields.Title}, {"date-field", &o.Fields.Date},
		{"id-field", &o.Fields.ID}, {"url-field", &o.Fields.URL}, {"source-field", &o.Fields.Source},
	} {
		if *f.names == nil {
			continue // not set: the defaults
		}
		names := make([]string, 0, len(*f.names))
		for _, n := range *f.names {
			if n = strings.TrimSpace(n); n != "" {
				names = append(names, n)
			}
		}
		if len(names) == 0 {
			return flagErrorf("invalid --%s %q: want field names such as %s", f.flag, strings.Join(*f.names, ","), fieldExample(f.flag))
		}
		*f.names = names
	}
	return nil
}

// fieldExample returns the default of a field flag, for messages.
func fieldExample(flag string) string {
	def := ingest.DefaultFields()
	switch flag {
	case "text-field":
		return strings.Join(def.Text, ",")
	case "title-field":
		return strings.Join(def.Title, ",")
	case "date-field":
		return strings.Join(def.Date, ",")
	case "id-field":
		return strings.Join(def.ID, ",")
	case "url-field":
		return strings.Join(def.URL, ",")
	}
	return strings.Join(def.Source, ",")
}

// formatByExt returns the input format a file name's extension says, or
// "" when the extension says none. CoNLL-U is for the commands that read
// it to tell (isConllu).
func formatByExt(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return inputHTML
	case ".jsonl", ".ndjson", ".jsonlines":
		return inputJSONL
	case ".txt", ".md", ".text":
		return inputText
	}
	return ""
}

// sniff returns the format of an input from its first bytes: HTML when its
// first non-space character is "<", JSON Lines when it is "{", else text.
func sniff(head []byte) string {
	head = bytes.TrimPrefix(head, []byte("\uFEFF"))
	head = bytes.TrimLeft(head, " \t\r\n\f\v")
	switch {
	case len(head) == 0:
		return inputText
	case head[0] == '<':
		return inputHTML
	case head[0] == '{':
		return inputJSONL
	}
	return inputText
}

// job is one document to extract: a whole text or HTML input, read by the
// worker that extracts it, or one line of a JSON Lines input, read in
// order by the feeder (so that a dump of any size is streamed); for parse,
// also one sentence of a CoNLL-U input, streamed the same way.
type job struct {
	in       *input
	format   string                 // inputText, inputHTML or inputJSONL
	r        io.Reader              // standard input, already peeked at, for a text or HTML input read from it
	line     int                    // 1-based number of a JSON line (first line of a CoNLL-U sentence); 0 for a whole input
	id       string                 // document id of a JSON line
	art      *ingest.Article        // article of a JSON line
	size     int64                  // bytes of a JSON line (of a CoNLL-U sentence)
	warnings []string               // repairs made to a JSON line
	sent     *syntax.ConlluSentence // a sentence of a CoNLL-U input (parse)
	index    int                    // 0-based position of that sentence in its input
	skip     string                 // why the input is skipped, with a warning
	err      error                  // why the line or the input failed
	more     bool                   // more jobs of the same input follow
}

// where names the input or line of an outcome in messages: "a.txt",
// "dump.jsonl:12".
func (o *outcome) where() string {
	if o.line > 0 {
		return o.in.path + ":" + strconv.Itoa(o.line)
	}
	return o.in.path
}

// feeder hands out the documents of a run's inputs, in input order and
// then line order.
type feeder struct {
	opts  *extractOptions
	stdin *bufio.Reader   // standard input, once peeked at
	used  map[string]bool // document ids given out, and input ids
}

// feed returns the function that hands out the jobs of inputs (sorted and
// with their ids assigned) to emit, stopping when emit returns false.
// Document ids of JSON lines are made unique here, in that order, so they
// do not depend on --workers.
func (opts *extractOptions) feed(inputs []*input) func(emit func(job) bool) {
	return func(emit func(job) bool) {
		f := &feeder{opts: opts, used: make(map[string]bool, len(inputs))}
		for _, in := range inputs {
			f.used[in.id] = true
		}
		for _, in := range inputs {
			format := f.format(in)
			if format == inputJSONL || format == inputConllu {
				read := f.jsonl
				if format == inputConllu {
					read = f.conllu
				}
				if !read(in, emit) {
					return
				}
				continue
			}
			j := job{in: in, format: format}
			if in.stdin && f.stdin != nil {
				j.r = f.stdin
			}
			if !emit(j) {
				return
			}
		}
	}
}

// format returns the format to read in as: --input, else its extension
// (text when it says none; .conllu for parse), and for standard input what
// its first bytes look like.
func (f *feeder) format(in *input) string {
	if f.opts.Input != "" && f.opts.Input != inputAuto {
		return f.opts.Input
	}
	if in.stdin {
		r := f.stdinReader()
		for n := 512; ; n *= 2 {
			head, err := r.Peek(n)
			if len(bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\uFEFF")), " \t\r\n\f\v")) > 0 || err != nil || n >= 64<<10 {
				return sniff(head)
			}
		}
	}
	if f.opts.conllu && isConllu(in.path) {
		return inputConllu
	}
	if format := formatByExt(in.path); format != "" {
		return format
	}
	return inputText // an extension of --ext that says no format
}

// stdinReader returns standard input, buffered so that it can be peeked at.
func (f *feeder) stdinReader() *bufio.Reader {
	if f.stdin == nil {
		f.stdin = bufio.NewReaderSize(f.opts.IO.In, 64<<10)
	}
	return f.stdin
}

// openStream opens an input read record by record (JSON Lines, CoNLL-U):
// standard input, or the file, which must not be a directory. done
// closes it.
func (f *feeder) openStream(in *input) (r io.Reader, done func(), err error) {
	if in.stdin {
		return f.stdinReader(), func() {}, nil
	}
	file, err := f.opts.Open(in.path)
	if err != nil {
		return nil, nil, statError(in.path, err)
	}
	if fi, err := file.Stat(); err == nil && fi.IsDir() {
		file.Close()
		return nil, nil, errors.New("is a directory")
	}
	return file, func() { file.Close() }, nil
}

// sendPending hands the job held back in *pending, if any, to emit,
// saying whether more jobs of its input follow. A record's job is held
// back until the next record is read, so that it knows. It returns false
// when emit does.
func sendPending(pending **job, more bool, emit func(job) bool) bool {
	if *pending == nil {
		return true
	}
	j := **pending
	j.more = more
	*pending = nil
	return emit(j)
}

// jsonl hands out the lines of a JSON Lines input, one job a line, read as
// they are handed out. It returns false when emit does.
func (f *feeder) jsonl(in *input, emit func(job) bool) bool {
	r, done, err := f.openStream(in)
	if err != nil {
		return emit(job{in: in, err: err})
	}
	defer done()
	rd := ingest.NewJSONL(r, f.opts.Fields, f.opts.MaxBytes)
	var pending *job
	send := func(more bool) bool { return sendPending(&pending, more, emit) }
	warned := map[string]bool{}
	for {
		l, err := rd.Next()
		if err == io.EOF {
			break
		}
		if !send(true) {
			return false
		}
		if err != nil {
			pending = &job{in: in, err: err}
			break
		}
		j := job{in: in, format: inputJSONL, line: l.Number, size: int64(l.Size), art: l.Article, err: lineError(l.Err)}
		for _, w := range l.Warnings {
			// each repair once for the file, at its first line
			if !warned[w] {
				warned[w] = true
				j.warnings = append(j.warnings, w+" (first such line of the file; later ones are not named)")
			}
		}
		if l.Article != nil {
			j.id = f.docID(in.id, l.Article.ID, l.Number)
		}
		pending = &j
	}
	if pending == nil {
		pending = &job{in: in, skip: "empty file, skipped"}
	}
	return send(false)
}

// lineError words the error of a bad JSON line for the command line.
func lineError(err error) error {
	var tl *ingest.LineTooLongError
	if errors.As(err, &tl) {
		return lineTooLong(tl.Size, tl.Max)
	}
	return err
}

// lineTooLong words, for the command line, a line of an input longer
// than --max-bytes allows.
func lineTooLong(n, limit int64) error {
	return fmt.Errorf("line too long (%s > %s; raise --max-bytes)", size(n), size(limit))
}

// docID returns the document id of a JSON line: the input's id, "#" and
// the line's id field, or its line number when it has none; when that id
// is taken, "#2", "#3", ... is added, as assignIDs does.
func (f *feeder) docID(inputID, lineID string, line int) string {
	if lineID == "" {
		lineID = strconv.Itoa(line)
	}
	id := inputID + "#" + lineID
	for n := 2; f.used[id]; n++ {
		id = inputID + "#" + lineID + "#" + strconv.Itoa(n)
	}
	f.used[id] = true
	return id
}

// processJob reads, decodes, parses and extracts one document. A panic is
// returned as its error. An empty input is skipped with a warning.
func processJob(ctx context.Context, x *extract.Extractor, opts *extractOptions, j job, popts extract.ParseOptions) (o outcome) {
	o = outcome{in: j.in, line: j.line, more: j.more, size: j.size, warnings: j.warnings}
	defer func() {
		if r := recover(); r != nil {
			o.res, o.err = nil, fmt.Errorf("internal error: %v", r)
		}
	}()
	doc := readDocument(ctx, opts, j, popts, &o)
	if doc == nil {
		return o
	}
	o.res, o.err = x.Extract(doc)
	// the tokens are no longer needed: do not hold them while the
	// document waits for its turn to be written
	for i := range doc.Sentences {
		doc.Sentences[i].Tokens = nil
	}
	return o
}

// readDocument reads, decodes and parses the document of a job, and
// returns it, or nil with o's error or warnings set when it failed or is
// skipped. It sets o.size to the bytes read.
//
// The text that extract.Parse reads, which every offset and the document's
// SHA-256 refer to, is the decoded text of a text file, the text taken out
// of an HTML page, and the text field of a JSON line, whose document path
// is "FILE:LINE". Metadata that HTML
// pages and JSON lines give (title, date, URL, source) goes with it; their
// date is the article date that relative dates resolve against, unless
// --date is given.
func readDocument(ctx context.Context, opts *extractOptions, j job, popts extract.ParseOptions, o *outcome) *extract.Document {
	if ctx.Err() != nil {
		o.err = ctx.Err()
		return nil
	}
	if j.err != nil || j.skip != "" {
		o.err = j.err
		if j.skip != "" {
			o.warnings = append(o.warnings, j.skip)
		}
		return nil
	}
	id, path, art := j.in.id, j.in.path, j.art
	var text []byte
	if j.format == inputJSONL {
		// The path names the line too: "dump.jsonl:12". Besides telling
		// where the document is, it keeps merge from taking a line-number
		// id ("dump.jsonl#12") for the 12th file named dump.jsonl.
		id, path, text = j.id, j.in.path+":"+strconv.Itoa(j.line), []byte(art.Text)
	} else {
		stdin := j.r
		if stdin == nil {
			stdin = opts.IO.In
		}
		data, err := readInput(opts.Open, j.in, stdin, opts.MaxBytes)
		o.size = int64(len(data))
		if err != nil {
			o.err = err
			return nil
		}
		if len(data) == 0 {
			o.warnings = append(o.warnings, "empty file, skipped")
			return nil
		}
		decode := decodeText
		if j.format == inputHTML {
			decode = decodeHTML
		}
		var warnings []string
		text, warnings, err = decode(data)
		o.warnings = append(o.warnings, warnings...)
		if err != nil {
			o.err = err
			return nil
		}
		if j.format == inputHTML {
			if art, err = ingest.HTML(text); err != nil {
				o.err = err
				return nil
			}
			if art.Warning != "" {
				o.warnings = append(o.warnings, art.Warning)
			}
			text = []byte(art.Text)
		}
	}
	if art != nil {
		popts.Title, popts.URL, popts.Source = art.Title, art.URL, art.Source
		if popts.Date == "" && len(art.Date) == len(time.DateOnly) {
			popts.Date = art.Date
		}
	}
	doc, err := extract.Parse(id, path, text, popts)
	if errors.Is(err, extract.ErrEmpty) {
		if j.format == inputHTML {
			o.warnings = append(o.warnings, "no article text found in the page, skipped")
		} else if j.line == 0 && len(bytes.TrimSpace(text)) == 0 {
			o.warnings = append(o.warnings, "empty file, skipped") // blank lines only
		} else {
			o.warnings = append(o.warnings, "no text in it, skipped")
		}
		return nil
	}
	if err != nil {
		o.err = err
		return nil
	}
	if doc.Date == "" && art != nil {
		doc.Date = art.Date // a year or a month: kept, though nothing resolves against it
	}
	if ctx.Err() != nil {
		o.err = ctx.Err()
		return nil
	}
	return doc
}

// decodeHTML turns the bytes of an HTML page into UTF-8. UTF-8 and UTF-16
// pages (by their byte order mark) are decoded as text files are
// (decodeText); a page that is not UTF-8 is decoded from the charset its
// <meta> declares, or else from Windows-1252, with a warning.
func decodeHTML(data []byte) ([]byte, []string, error) {
	if utf8.Valid(data) || bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return decodeText(data)
	}
	enc, name, _ := charset.DetermineEncoding(data, "")
	if name == "utf-8" || bytes.IndexByte(data, 0) >= 0 {
		return decodeText(data) // declared UTF-8 but not: repaired
	}
	text, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return decodeText(data)
	}
	var warnings []string
	head := data[:min(len(data), 1024)]
	if !bytes.Contains(bytes.ToLower(head), []byte("charset")) {
		warnings = append(warnings, "not UTF-8 and no charset declared: read as "+name)
	}
	return text, warnings, nil
}

// tally counts outcomes in the progress: an input is done at its last
// outcome, failed when any of its documents failed.
type tally struct {
	p      *progress
	failed bool // a document of the current input failed
}

// done counts o, which failed or not.
func (t *tally) done(o outcome, failed bool) {
	t.failed = t.failed || failed
	if o.more {
		t.p.bytes += o.size
		return
	}
	t.p.done(o.size, t.failed)
	t.failed = false
}

// runOrdered runs work on each job that feed hands out, on workers
// goroutines, and calls consume with the outcomes in the order of the jobs,
// as gofmt's sequencer does. At most 2×workers jobs are in flight (being
// read, extracted or waiting for their turn), so memory holds O(workers)
// documents whatever the number of inputs or lines. It stops when consume
// returns an error, returning it, or when ctx is cancelled, returning ctx's
// error without waiting for the workers or the feeder.
func runOrdered(ctx context.Context, feed func(emit func(job) bool), workers int, work func(context.Context, job) outcome, consume func(outcome) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers = max(1, workers)
	type task struct {
		j   job
		out chan outcome
	}
	tasks := make(chan task)
	order := make(chan chan outcome, 2*workers)
	go func() {
		defer close(order)
		defer close(tasks)
		feed(func(j job) bool {
			c := make(chan outcome, 1)
			select {
			case order <- c:
			case <-ctx.Done():
				return false
			}
			select {
			case tasks <- task{j, c}:
			case <-ctx.Done():
				return false
			}
			return true
		})
	}()
	for range workers {
		go func() {
			for t := range tasks {
				t.out <- work(ctx, t.j)
			}
		}()
	}
	for c := range order {
		select {
		case o := <-c:
			if ctx.Err() != nil {
				return ctx.Err() // o may be a worker's "cancelled"
			}
			if err := consume(o); err != nil {
				return err
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return ctx.Err()
}
