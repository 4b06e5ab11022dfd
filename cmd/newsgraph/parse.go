package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/syntax"
	"github.com/newsgraph/newsgraph/ingest"
)

// sentenceParser tags, lemmatizes and parses one tokenized sentence, as
// *syntax.Model does: the tree has a word for each form.
type sentenceParser interface {
	Parse(forms []string) *syntax.Tree
}

// parseOptions are the settings of one parse run, filled from the command
// line.
type parseOptions struct {
	// readOptions say which inputs are read and how, as extract reads
	// them.
	readOptions
	Parser func() (sentenceParser, error)

	Format string // "conllu" or "json".
	Output string // Output file; "" or "-" means standard output.
}

// Output formats of parse.
const parseFormatConllu = "conllu"

var parseFormats = []string{parseFormatConllu, formatJSON}

// parseExts are the extensions parse walks in directories by default:
// extract's and CoNLL-U's.
var parseExts = append(slices.Clone(defaultExts), "conllu")

// newCmdParse returns the parse command. When runF is not nil it is called
// with the validated options instead of parseRun.
func newCmdParse(f *factory, runF func(*parseOptions) error) *cobra.Command {
	opts := &parseOptions{readOptions: readOptions{IO: f.IO, Open: f.Open, Now: f.Now, conllu: true}, Parser: f.Parser}

	cmd := &cobra.Command{
		Use:   "parse [PATH...]",
		Short: "Tag and parse the sentences of articles, as CoNLL-U or JSON",
		Long: `Split articles into sentences and words, and give each word its part of
speech (UPOS and Penn Treebank XPOS), its lemma and its head and relation
in the sentence's dependency tree (Universal Dependencies), as CoNLL-U or
as JSON.

Inputs are read as extract reads them: each PATH is a file, a directory
(walked for files with the extensions of --ext) or "-" for standard input,
with no PATH standard input; text, HTML pages and JSON Lines dumps
(--input, and the field flags), decoded and repaired the same way; the
sentences are those extract finds, the words those its tokenizer gives,
and documents get the ids extract gives them.

--format conllu (the default) writes each sentence with "# newdoc id" at
a document's first sentence, "# sent_id = DOCID-N" (N counts from 1 the
sentences of extract's output, index N-1) and "# text"; word lines have
ID, FORM, LEMMA, UPOS, XPOS, HEAD and DEPREL, and in MISC the byte offsets
of the word in the document's text: TokenRange=START:END. --format json
writes one JSON object per document, a line each: {"id", "path",
"sentences": [{"index", "sent_id", "text", "start", "end", "words": [{"id",
"form", "lemma", "upos", "xpos", "head", "deprel", "start", "end"}]}]}, with
head 0 for the root as in CoNLL-U.

--input conllu (and, with --input auto, files named *.conllu) reads
sentences already split into words: the FORM of each word line is parsed,
and the sentence is written back with LEMMA, UPOS, XPOS, HEAD and DEPREL
predicted, its comments, FEATS, DEPS and MISC as they were,
multiword-token lines kept and empty nodes dropped. That is how a treebank
is scored with its own tokenization, and how words from another tokenizer
are parsed. With --input conllu, --ext is conllu unless given. A CoNLL-U
file is read a sentence at a time; a bad sentence is reported as
"newsgraph: FILE:LINE: reason" and left out, and the sentences after it
are still read; --max-bytes limits each line. In JSON, a CoNLL-U file is
one document, its sentences with the line they start at instead of byte
offsets.

Documents are parsed on --workers goroutines and written in document-id
order, as each is done: the output is the same, byte for byte, whatever
--workers and the order of the PATH arguments.

An input that cannot be read is reported on standard error as one line,
"newsgraph: PATH: reason", and left out; the others are still written.
Exit status: 0 when every input was read (with warnings, too), 1 when an
input or the output failed, 2 for a bad command line, 130 when
interrupted (the -o file is then left as it was).`,
		Example: `  newsgraph parse article.txt
  newsgraph parse --format json articles/ | jq -c '.sentences[].words[] | select(.upos == "VERB") | .lemma'
  newsgraph parse -o corpus.conllu --workers 4 articles/ dump.jsonl
  newsgraph parse --input conllu < tokenized.conllu > parsed.conllu
  newsgraph parse treebank/en_ewt-ud-dev.conllu > predicted.conllu`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if opts.Input == ingest.FormatConllu && !cmd.Flags().Changed("ext") {
				opts.Exts = []string{"conllu"}
			}
			if err := opts.validate(); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return parseRun(cmd.Context(), opts)
		},
	}

	fl := cmd.Flags()
	fl.StringVar(&opts.Format, "format", parseFormatConllu, "write `conllu` or json (an object per document, a line each)")
	fl.StringVarP(&opts.Output, "output", "o", "", "write to `FILE` (replaced atomically) instead of standard output")
	opts.addReadFlags(cmd, parseExts, "parse", "for runs over parts of a folder")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(parseFormats, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// validate checks the flag values. Its errors are usage errors.
func (o *parseOptions) validate() error {
	if !slices.Contains(parseFormats, o.Format) {
		return flagErrorf("invalid --format %q: want %s", o.Format, orList(parseFormats))
	}
	return o.validateRead()
}

// loadParser returns the tagger and parser built into newsgraph, loaded
// once per process.
func loadParser() (sentenceParser, error) {
	m, err := syntax.Load()
	if err != nil {
		return nil, err
	}
	return m, nil
}

// parseRun walks the inputs, then reads and parses each document (or
// CoNLL-U sentence) on opts.Workers goroutines, and writes them in
// document-id order as they are done. Failed inputs are reported on stderr
// as they come and make it return errReported.
func parseRun(ctx context.Context, opts *parseOptions) error {
	run, err := startRun(ctx, &opts.readOptions)
	if err != nil {
		return err
	}
	var p sentenceParser
	if len(run.inputs) > 0 {
		if p, err = opts.Parser(); err != nil {
			return run.end(ctx, fmt.Errorf("load the parsing model: %w", err))
		}
	}
	run.work = func(ctx context.Context, part ingest.Part) outcome {
		return parsePart(ctx, p, run.reader, part, opts.Format)
	}
	runErr := withOutput(opts.IO.Out, opts.Output, func(w io.Writer, flush func() error) error {
		pw := &parseWriter{w: w, flush: flush, name: outputName(opts.Output), json: opts.Format == formatJSON}
		err := run.each(ctx, pw.add)
		if err == nil {
			err = pw.close()
		}
		return err
	})
	return run.end(ctx, runErr)
}

// parseWriter writes the outcomes of parse in order: documents as they
// come, and the sentences of a CoNLL-U input one by one, in JSON within
// the object of their input, which ends after its last sentence or when
// another input comes. Its errors are *outputError.
type parseWriter struct {
	w     io.Writer
	flush func() error
	name  string // of the output, in errors
	json  bool
	open  *ingest.Input // the CoNLL-U input whose JSON object is open
}

// add writes the output of one outcome.
func (pw *parseWriter) add(o outcome) error {
	if pw.open != nil && pw.open != o.in {
		if err := pw.close(); err != nil {
			return err
		}
	}
	if o.out == nil {
		return nil
	}
	var parts []string
	if pw.json && o.sentence {
		if pw.open == nil {
			pw.open = o.in
			parts = append(parts, jsonDocStart(o.in.ID, o.in.Path))
		} else {
			parts = append(parts, ",")
		}
	}
	parts = append(parts, string(o.out))
	if err := pw.write(parts...); err != nil {
		return err
	}
	if pw.json && o.sentence && !o.more {
		return pw.close()
	}
	return pw.write()
}

// close ends the JSON object of a CoNLL-U input, if one is open.
func (pw *parseWriter) close() error {
	if pw.open == nil {
		return nil
	}
	pw.open = nil
	return pw.write(jsonDocEnd)
}

// write writes parts and flushes the output.
func (pw *parseWriter) write(parts ...string) error {
	for _, s := range parts {
		if _, err := io.WriteString(pw.w, s); err != nil {
			return &outputError{pw.name, err}
		}
	}
	if err := pw.flush(); err != nil {
		return &outputError{pw.name, err}
	}
	return nil
}

// parsePart reads and parses one document, or one sentence of a CoNLL-U
// input, and renders it in format. A panic is returned as its error.
func parsePart(ctx context.Context, p sentenceParser, rd *ingest.Reader, part ingest.Part, format string) (o outcome) {
	o = outcomeOf(part)
	defer func() {
		if r := recover(); r != nil {
			o.out, o.err = nil, fmt.Errorf("internal error: %v", r)
		}
	}()
	if part.Sentence != nil {
		if ctx.Err() != nil {
			o.err = ctx.Err()
			return o
		}
		o.out, o.err = parseConllu(p, part.Sentence, part.Index, part.Line, format)
		return o
	}
	doc := readDocument(ctx, rd, part, &o)
	if doc == nil {
		return o
	}
	o.out, o.err = parseDocument(p, doc, format)
	return o
}

// parseWords parses the words of one sentence and checks that the parser
// gave a tree of them.
func parseWords(p sentenceParser, forms []string) ([]syntax.Word, error) {
	t := p.Parse(forms)
	if t == nil || len(t.Words) != len(forms) {
		return nil, errors.New("internal error: the parser gave no tree")
	}
	if _, ok := syntax.NewTree(t.Words); !ok {
		return nil, errors.New("internal error: the parser gave a malformed tree")
	}
	return t.Words, nil
}

// parseDocument parses the sentences of doc and renders them in format.
// A sentence with no word is left out.
func parseDocument(p sentenceParser, doc *extract.Document, format string) ([]byte, error) {
	var (
		sents  []syntax.ConlluSentence
		jsents [][]byte
	)
	for i := range doc.Sentences {
		s := &doc.Sentences[i]
		toks, err := extract.Tokens(doc, s)
		if err != nil {
			return nil, err
		}
		if len(toks) == 0 {
			continue
		}
		forms := make([]string, len(toks))
		for k, t := range toks {
			forms[k] = doc.Text[t.Start:t.End]
		}
		words, err := parseWords(p, forms)
		if err != nil {
			return nil, fmt.Errorf("sentence %d: %w", s.Index, err)
		}
		sentID := doc.ID + "-" + strconv.Itoa(s.Index+1)
		if format == formatJSON {
			js := jsonSentence{Index: s.Index, SentID: sentID, Text: s.Text, Start: ptr(s.Start), End: ptr(s.End)}
			for k, w := range words {
				js.Words = append(js.Words, jsonWordOf(k, forms[k], w, ptr(toks[k].Start), ptr(toks[k].End)))
			}
			b, err := marshal(js)
			if err != nil {
				return nil, err
			}
			jsents = append(jsents, b)
			continue
		}
		cs := syntax.ConlluSentence{Comments: []string{"# sent_id = " + sentID, "# text = " + s.Text}}
		if len(sents) == 0 {
			cs.Comments = slices.Insert(cs.Comments, 0, "# newdoc id = "+doc.ID)
		}
		for k, w := range words {
			cs.Words = append(cs.Words, syntax.ConlluWord{
				ID: k + 1, Form: forms[k], Lemma: w.Lemma, UPOS: w.UPOS, XPOS: w.XPOS, Feats: "_",
				Head: w.Head + 1, Deprel: w.Rel, Deps: "_",
				Misc: "TokenRange=" + strconv.Itoa(toks[k].Start) + ":" + strconv.Itoa(toks[k].End),
			})
		}
		sents = append(sents, cs)
	}
	var buf bytes.Buffer
	if format == formatJSON {
		buf.WriteString(jsonDocStart(doc.ID, doc.Path))
		buf.Write(bytes.Join(jsents, []byte(",")))
		buf.WriteString(jsonDocEnd)
		return buf.Bytes(), nil
	}
	if err := syntax.WriteConllu(&buf, sents); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// parseConllu parses one sentence read from CoNLL-U, the index-th of its
// input, at line, and renders it in format: in CoNLL-U as it was read with
// LEMMA, UPOS, XPOS, HEAD and DEPREL predicted.
func parseConllu(p sentenceParser, s *syntax.ConlluSentence, index, line int, format string) ([]byte, error) {
	forms := make([]string, len(s.Words))
	for i, w := range s.Words {
		forms[i] = w.Form
	}
	words, err := parseWords(p, forms)
	if err != nil {
		return nil, err
	}
	if format == formatJSON {
		js := jsonSentence{Index: index, SentID: comment(s.Comments, "sent_id"), Text: comment(s.Comments, "text"), Line: line}
		for k, w := range words {
			js.Words = append(js.Words, jsonWordOf(k, forms[k], w, nil, nil))
		}
		return marshal(js)
	}
	out := *s
	out.Words = slices.Clone(s.Words)
	for i, w := range words {
		cw := &out.Words[i]
		cw.Lemma, cw.UPOS, cw.XPOS, cw.Head, cw.Deprel = w.Lemma, w.UPOS, w.XPOS, w.Head+1, w.Rel
	}
	var buf bytes.Buffer
	if err := syntax.WriteConllu(&buf, []syntax.ConlluSentence{out}); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// comment returns the value of the comment "# key = value", or "".
func comment(comments []string, key string) string {
	for _, c := range comments {
		rest, ok := strings.CutPrefix(strings.TrimSpace(strings.TrimPrefix(c, "#")), key)
		if !ok {
			continue
		}
		if v, ok := strings.CutPrefix(strings.TrimSpace(rest), "="); ok {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// jsonSentence is a sentence in parse's JSON: Start and End (byte offsets
// in the document) for a document's sentence, Line for one read from
// CoNLL-U.
type jsonSentence struct {
	Index  int        `json:"index"`
	SentID string     `json:"sent_id,omitempty"`
	Text   string     `json:"text,omitempty"`
	Start  *int       `json:"start,omitempty"`
	End    *int       `json:"end,omitempty"`
	Line   int        `json:"line,omitempty"`
	Words  []jsonWord `json:"words"`
}

// jsonWord is a word in parse's JSON. ID and Head count as in CoNLL-U:
// words from 1, and head 0 for the root.
type jsonWord struct {
	ID     int    `json:"id"`
	Form   string `json:"form"`
	Lemma  string `json:"lemma"`
	UPOS   string `json:"upos"`
	XPOS   string `json:"xpos"`
	Head   int    `json:"head"`
	Deprel string `json:"deprel"`
	Start  *int   `json:"start,omitempty"`
	End    *int   `json:"end,omitempty"`
}

// jsonWordOf returns the k-th word of a sentence.
func jsonWordOf(k int, form string, w syntax.Word, start, end *int) jsonWord {
	return jsonWord{ID: k + 1, Form: form, Lemma: w.Lemma, UPOS: w.UPOS, XPOS: w.XPOS, Head: w.Head + 1, Deprel: w.Rel, Start: start, End: end}
}

func ptr(n int) *int { return &n }

// marshal encodes v as JSON without escaping HTML characters and without
// a final newline.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// jsonDocStart opens the JSON object of a document, whose sentences follow
// separated by commas, and jsonDocEnd closes it and its line.
func jsonDocStart(id, path string) string {
	i, _ := marshal(id)
	p, _ := marshal(path)
	return `{"id":` + string(i) + `,"path":` + string(p) + `,"sentences":[`
}

const jsonDocEnd = "]}\n"
