package main

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"io"
	"io/fs"
	"math"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

// extractOptions are the settings of one extract run, filled from the
// command line.
type extractOptions struct {
	IO        *iostreams
	Extractor func(opts ...extract.Option) (*extract.Extractor, error)
	Open      func(string) (fs.File, error)
	Now       func() time.Time

	Paths   []string // Files, directories or "-"; empty means standard input.
	Format  string   // "dot", "json", "jsonl" or "mentions".
	Output  string   // Output file; "" or "-" means standard output.
	Date    string   // Article date for every document (YYYY-MM-DD), or "".
	Exts    []string // Extensions walked in directories: lower case, no dot.
	Workers int      // Documents extracted at once.
	// InFlight is the bytes of documents extracted at once (a larger
	// one runs alone); 0 for what the available memory holds.
	InFlight int64
	Root     string // Document ids are paths relative to Root, when set.
	MaxBytes int64  // Larger inputs fail; 0 means no limit.
	Quiet    bool   // No progress bar and no summary.
	Summary  bool   // Print the summary line even when stderr is not a terminal.

	inputOptions // --input and the JSON Lines field names.

	// conllu is set for parse: --input conllu is allowed, and in auto
	// mode .conllu files are CoNLL-U.
	conllu bool

	// afterWalk, when set, is called once the inputs are known and before
	// any is read; tests use it to change files mid-run.
	afterWalk func([]*input)

	// Hypothetical keeps events the text only supposes ("could", "if").
	Hypothetical bool

	// Graph is the part of the graph written and how it is drawn.
	Graph graphOptions

	// useGraph, when set, is given the graph of the documents (dot and
	// json formats) instead of it being written; stats analyses it.
	useGraph func(*graph.Graph) error
}

// Output formats.
const (
	formatDOT      = "dot"
	formatJSON     = "json"
	formatJSONL    = "jsonl"
	formatMentions = "mentions"
)

var formats = []string{formatDOT, formatJSON, formatGraphML, formatCSV, formatEvents, formatSVG, formatPNG, formatPDF, formatJSONL, formatMentions}

// newCmdExtract returns the extract command. When runF is not nil it is
// called with the validated options instead of extractRun, so tests can
// check flag parsing without extracting anything.
func newCmdExtract(f *factory, runF func(*extractOptions) error) *cobra.Command {
	opts := &extractOptions{IO: f.IO, Extractor: f.Extractor, Open: f.Open, Now: f.Now}

	cmd := &cobra.Command{
		Use:   "extract [PATH...]",
		Short: "Extract a knowledge graph from articles",
		Long: `Extract the people, organizations, countries, places and events from news
articles and write them as one graph, or document by document.

Each PATH is a file, a directory or "-" for standard input; with no PATH,
standard input is read. Directories are walked recursively for files with
the extensions given by --ext, skipping hidden files and directories; a
directory with no such file is an error.

Each document gets an id: its path relative to the directory it was found
in ("sub/a.txt"), its base name when given as a file, or "stdin"; with
--root DIR, every file's path relative to DIR. When two inputs get the same
id, all but the first (by id, then path) get a suffix "#2", "#3", and so on.

Files are read as they are extracted, on --workers goroutines, and their
results are added in document-id order, so the output is the same, byte
for byte, whatever --workers and the order of the PATH arguments.

Formats: dot (Graphviz), json, graphml, csv (nodes.csv and edges.csv in the
-o directory, for Neo4j), events (a table of events, tab-separated), and
svg, png and pdf (drawn by Graphviz, which must be installed) write the
graph of all documents at the end, filtered by --types, --countries,
--since, --until, --min-weight and --top, and drawn as --events, --cluster
and --layout say; jsonl writes one JSON object per document (its entities
with their mentions, and its events with their evidence) and mentions one
JSON object per entity mention, each document as soon as it is done, in id
order.

Text: UTF-8, or UTF-16 with a byte order mark (decoded). Invalid UTF-8 is
replaced with U+FFFD, with a warning; byte offsets in the output are then
into the decoded or repaired text. Empty files are skipped with a warning.
Binary files (NUL bytes) and files over --max-bytes fail.

Inputs are text, HTML pages or JSON Lines (--input; auto chooses by
extension: .html and .htm are HTML, .jsonl and .ndjson JSON Lines, others
text; standard input by its first character: "<" HTML, "{" JSON Lines).
From a page, the article's text is read, without navigation, scripts,
captions, share bars and the like, with its title, date, canonical URL and
site name. In JSON Lines, each line is an article, whose parts are taken
from the fields named by --text-field, --title-field, --date-field,
--id-field, --url-field and --source-field; its document id is the file's
id, "#" and the id field or the line number, its path FILE:LINE. A bad
line is reported as "newsgraph: FILE:LINE: reason" and the other lines are
read; --max-bytes limits each line. The date of a page or a line is the
article date that relative dates resolve against, unless --date is given.
Offsets and the SHA-256 refer to the text read: the page's article text,
the line's text field.

An input that cannot be read or extracted is reported on standard error as
one line, "newsgraph: PATH: reason", and left out; the others are still
written. On a terminal, standard error shows a progress bar and a summary
line at the end (--quiet turns both off, --summary prints the summary
anywhere).

Exit status: 0 when every input was read (even if nothing was found in
them, and with warnings), 1 when an input or the output failed, 2 for a bad
command line, 130 when interrupted (the -o file is then left as it was).`,
		Example: `  newsgraph extract article.txt | dot -Tsvg > article.svg
  newsgraph extract --format json -o graph.json articles/
  newsgraph extract --format jsonl articles/ | jq -c '.events[]'
  newsgraph extract --date 2024-03-26 < article.txt
  newsgraph extract --format json -o pages.json saved-pages/
  newsgraph extract --text-field body --date-field published_at dump.jsonl
  newsgraph extract --format svg --events edges --cluster country -o graph.svg articles/
  newsgraph extract --format png --layout sfdp --top 50 -o top50.png corpus/
  newsgraph extract --format graphml --since 2024-01 --countries NZL,CHN -o graph.graphml articles/
  newsgraph extract --format csv -o neo4j-import/ articles/
  newsgraph extract --format events -o events.tsv articles/`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if err := opts.validate(); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return extractRun(cmd.Context(), opts)
		},
	}

	fl := cmd.Flags()
	fl.StringVar(&opts.Format, "format", formatDOT, "write `dot` (Graphviz), json, graphml, csv (-o DIR), events (TSV), svg, png, pdf, jsonl (a line per document) or mentions (a line per mention)")
	fl.StringVarP(&opts.Output, "output", "o", "", "write to `FILE` (replaced atomically) instead of standard output")
	fl.StringVar(&opts.Date, "date", "", "take `YYYY-MM-DD` as every article's date, for resolving relative dates")
	fl.BoolVar(&opts.Hypothetical, "include-hypothetical", false, "keep events the text only supposes (\"could\", \"would\", \"if\"), marked as hypothetical")
	opts.addReadFlags(cmd, defaultExts, "extract", "for runs whose graphs are merged")
	opts.Graph.addFlags(cmd)

	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(formats, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("date", cobra.NoFileCompletions)
	return cmd
}

// addReadFlags adds the flags that say which inputs are read and how, which
// extract and parse share: --ext (exts by default), --workers (to verb N
// documents at once), --root (useful for what whyRoot says), --max-bytes,
// -q, --summary and the input flags.
func (o *extractOptions) addReadFlags(cmd *cobra.Command, exts []string, verb, whyRoot string) {
	o.MaxBytes = defaultMaxBytes
	fl := cmd.Flags()
	fl.StringSliceVar(&o.Exts, "ext", slices.Clone(exts), "read files with these `extensions` in directories, comma-separated")
	fl.IntVar(&o.Workers, "workers", runtime.NumCPU(), verb+" `N` documents at once")
	fl.StringVar(&o.Root, "root", "", "give each file the id of its path relative to `DIR` ("+whyRoot+")")
	fl.Var((*byteSize)(&o.InFlight), "max-in-flight", verb+" documents of at most `SIZE` bytes in all at once, a larger one alone (default: what half the available memory holds)")
	fl.Var((*byteSize)(&o.MaxBytes), "max-bytes", "fail on files larger than `SIZE` (bytes, or with K, M, G: powers of 1024; 0: no limit)")
	fl.BoolVarP(&o.Quiet, "quiet", "q", false, "show no progress bar and no summary")
	fl.BoolVar(&o.Summary, "summary", false, "print the summary line on standard error even when it is not a terminal")
	o.inputOptions.addFlags(cmd, o.inputFormats())
	_ = cmd.RegisterFlagCompletionFunc("workers", cobra.NoFileCompletions)
	_ = cmd.RegisterFlagCompletionFunc("ext", cobra.NoFileCompletions)
	_ = cmd.RegisterFlagCompletionFunc("max-bytes", cobra.NoFileCompletions)
	_ = cmd.RegisterFlagCompletionFunc("max-in-flight", cobra.NoFileCompletions)
	_ = cmd.MarkFlagDirname("root")
}

// validate checks the flag values and normalizes Exts. Its errors are usage
// errors.
func (o *extractOptions) validate() error {
	if !slices.Contains(formats, o.Format) {
		return flagErrorf("invalid --format %q: want %s", o.Format, orList(formats))
	}
	if err := o.Graph.validate(o.Format, o.Output); err != nil {
		return err
	}
	if o.Date != "" {
		if _, err := time.Parse(time.DateOnly, o.Date); err != nil {
			return flagErrorf("invalid --date %q: want a date as YYYY-MM-DD", o.Date)
		}
	}
	return o.validateRead()
}

// validateRead checks the values of the flags that addReadFlags adds and
// normalizes Exts. Its errors are usage errors.
func (o *extractOptions) validateRead() error {
	if o.Workers < 1 {
		return flagErrorf("invalid --workers %d: want at least 1", o.Workers)
	}
	exts := make([]string, 0, len(o.Exts))
	seen := map[string]bool{}
	for _, e := range o.Exts {
		e = strings.ToLower(strings.TrimPrefix(strings.TrimSpace(e), "."))
		if e == "" || strings.ContainsAny(e, `/\`) {
			return flagErrorf("invalid --ext %q: want extensions such as txt,md", strings.Join(o.Exts, ","))
		}
		if !seen[e] {
			seen[e] = true
			exts = append(exts, e)
		}
	}
	if len(exts) == 0 {
		return flagErrorf("invalid --ext: want at least one extension")
	}
	o.Exts = exts
	if err := o.validateInput(o.inputFormats()); err != nil {
		return err
	}
	return stdinOnce(o.Paths)
}

// inputFormats are the values of --input.
func (o *extractOptions) inputFormats() []string {
	if o.conllu {
		return parseInputFormats
	}
	return inputFormats
}

// stdinOnce fails when standard input ("-") is given more than once: it can
// be read only once.
func stdinOnce(paths []string) error {
	n := 0
	for _, p := range paths {
		if p == "-" {
			n++
		}
	}
	if n > 1 {
		return flagErrorf(`standard input ("-") given %d times`, n)
	}
	return nil
}

// orList joins words as "a, b or c".
func orList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// inputError is one input that failed: the line "newsgraph: PATH: reason".
type inputError struct {
	seq  int    // position among the inputs, as given on the command line
	path string // as the user gave it
	err  error
}

// outcome is what became of one input.
type outcome struct {
	in       *input
	res      *extract.Result // nil when the input failed or was skipped
	size     int64           // bytes read
	warnings []string        // repairs, or why it was skipped
	err      error
	line     int  // 1-based line of a JSON Lines input (of a sentence of a CoNLL-U one); 0 for a whole input
	more     bool // more outcomes of the same input follow

	out      []byte // what parse writes for the document or sentence
	sentence bool   // the outcome is a sentence of a CoNLL-U input (parse)
}

// extractRun walks the inputs, then reads, parses and extracts each on
// opts.Workers goroutines, and hands the results in document-id order to
// the output: the graph (dot, json), written at the end, or one record per
// document (jsonl, mentions), written as each is done. Failed inputs are
// reported on stderr as they come and make it return errReported.
func extractRun(ctx context.Context, opts *extractOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if _, err := opts.Graph.checkGraphviz(opts.Format); err != nil {
		return err // before reading anything
	}
	run, err := startRun(ctx, opts)
	if err != nil {
		return err
	}
	var x *extract.Extractor
	if len(run.inputs) > 0 {
		if x, err = opts.Extractor(extract.IncludeHypothetical(opts.Hypothetical)); err != nil {
			return run.end(ctx, fmt.Errorf("load extractor: %w", err))
		}
	}
	popts := extract.ParseOptions{Date: opts.Date}
	work := func(ctx context.Context, j job) outcome {
		return processJob(ctx, x, opts, j, popts)
	}

	var runErr error
	switch opts.Format {
	case formatJSONL, formatMentions:
		encode := graph.EncodeRecord
		if opts.Format == formatMentions {
			encode = graph.EncodeMentions
		}
		runErr = withOutput(opts.IO.Out, opts.Output, func(w io.Writer, flush func() error) error {
			return run.each(ctx, work, func(o outcome) error {
				if o.res == nil {
					return nil
				}
				err := encode(w, o.res)
				if err == nil {
					err = flush()
				}
				if err != nil {
					return &outputError{outputName(opts.Output), err}
				}
				return nil
			})
		})
	default:
		g := graph.New()
		runErr = run.each(ctx, work, func(o outcome) error {
			if o.res == nil {
				return nil
			}
			return addResult(g, o.res)
		})
		if runErr == nil && opts.useGraph != nil {
			runErr = opts.useGraph(g)
		} else if runErr == nil {
			runErr = writeGraph(ctx, opts.IO.Out, opts.IO.ErrOut, opts.Output, opts.Format, g, &opts.Graph)
		}
	}
	return run.end(ctx, runErr)
}

// interrupted returns errInterrupted when ctx was cancelled, else err.
func interrupted(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return errInterrupted
	}
	return err
}

// outputName names the output in messages.
func outputName(output string) string {
	if output == "" || output == "-" {
		return "standard output"
	}
	return output
}

// sortedErrors returns failed sorted by position among the inputs.
func sortedErrors(failed []inputError) []inputError {
	out := slices.Clone(failed)
	slices.SortStableFunc(out, func(a, b inputError) int { return cmp.Compare(a.seq, b.seq) })
	return out
}

// byteSize is a flag value in bytes, written as a number with an optional
// K, M or G (powers of 1024, "B" and "iB" allowed after them): "10M",
// "500KiB", "1048576".
type byteSize int64

func (b *byteSize) String() string {
	n := int64(*b)
	for _, u := range []struct {
		s     string
		shift uint
	}{{"G", 30}, {"M", 20}, {"K", 10}} {
		if n != 0 && n%(1<<u.shift) == 0 {
			return strconv.FormatInt(n>>u.shift, 10) + u.s + "iB"
		}
	}
	return strconv.FormatInt(n, 10)
}

func (b *byteSize) Set(s string) error {
	num := strings.TrimSpace(s)
	upper := strings.ToUpper(num)
	shift := uint(0)
	for _, u := range []struct {
		s     string
		shift uint
	}{{"G", 30}, {"M", 20}, {"K", 10}} {
		for _, suffix := range []string{u.s + "IB", u.s + "B", u.s} {
			if strings.HasSuffix(upper, suffix) {
				num, shift = strings.TrimSpace(num[:len(num)-len(suffix)]), u.shift
				break
			}
		}
		if shift != 0 {
			break
		}
	}
	if shift == 0 && strings.HasSuffix(upper, "B") {
		num = num[:len(num)-1]
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n < 0 || n > math.MaxInt64>>shift {
		return fmt.Errorf("want a size such as 10M, 500K or 1048576")
	}
	*b = byteSize(n << shift)
	return nil
}

func (b *byteSize) Type() string { return "size" }

// processInput reads, decodes, parses and extracts one whole input (HTML
// by its extension, else text). A panic is returned as the input's error.
// An empty input is skipped with a warning.
func processInput(ctx context.Context, x *extract.Extractor, opts *extractOptions, in *input, popts extract.ParseOptions) outcome {
	format := formatByExt(in.path)
	if format == "" || format == inputJSONL {
		format = inputText
	}
	return processJob(ctx, x, opts, job{in: in, format: format}, popts)
}

// extractOne reads, parses and extracts one input with the default
// settings. A panic is returned as the input's error.
func extractOne(x *extract.Extractor, in *input, stdin io.Reader, popts extract.ParseOptions) (*extract.Result, error) {
	opts := &extractOptions{IO: &iostreams{In: stdin}, MaxBytes: defaultMaxBytes, Open: openFile}
	o := processInput(context.Background(), x, opts, in, popts)
	return o.res, o.err
}

// addResult adds r to g, turning a panic into an error.
func addResult(g *graph.Graph, r *extract.Result) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error: adding to graph: %v", p)
		}
	}()
	g.Add(r)
	return nil
}

// withOutput calls write with the output: standard output (buffered; flush
// sends what was written so far) or the file named output, replaced
// atomically once write returns nil, and left as it was otherwise.
func withOutput(stdout io.Writer, output string, write func(w io.Writer, flush func() error) error) error {
	if output == "" || output == "-" {
		bw := bufio.NewWriter(stdout)
		err := write(bw, bw.Flush)
		if err == nil {
			if err = bw.Flush(); err != nil {
				err = &outputError{"standard output", err}
			}
		}
		return err
	}
	return writeFileAtomic(output, func(w io.Writer) error {
		return write(w, func() error { return nil })
	})
}

// sequence runs work on each input on workers goroutines and calls consume
// with the outcomes in input order, as gofmt's sequencer does. At most
// 2×workers inputs are in flight (being read, extracted or waiting for
// their turn), so memory holds O(workers) documents whatever the number of
// inputs. It stops when consume returns an error, returning it, or when ctx
// is cancelled, returning ctx's error without waiting for the workers.
func sequence(ctx context.Context, inputs []*input, workers int, work func(context.Context, *input) outcome, consume func(outcome) error) error {
	if len(inputs) == 0 {
		return ctx.Err()
	}
	feed := func(emit func(job) bool) {
		for _, in := range inputs {
			if !emit(job{in: in}) {
				return
			}
		}
	}
	return runOrdered(ctx, feed, min(workers, len(inputs)), func(ctx context.Context, j job) outcome { return work(ctx, j.in) }, consume)
}
