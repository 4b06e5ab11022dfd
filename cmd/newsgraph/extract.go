package main

import (
	"bufio"
	"cmp"
	"context"
	"errors"
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

	Paths    []string // Files, directories or "-"; empty means standard input.
	Format   string   // "dot", "json", "jsonl" or "mentions".
	Output   string   // Output file; "" or "-" means standard output.
	Date     string   // Article date for every document (YYYY-MM-DD), or "".
	Exts     []string // Extensions walked in directories: lower case, no dot.
	Workers  int      // Documents extracted at once.
	Root     string   // Document ids are paths relative to Root, when set.
	MaxBytes int64    // Larger inputs fail; 0 means no limit.
	Quiet    bool     // No progress bar and no summary.
	Summary  bool     // Print the summary line even when stderr is not a terminal.

	// afterWalk, when set, is called once the inputs are known and before
	// any is read; tests use it to change files mid-run.
	afterWalk func([]*input)

	// Hypothetical keeps events the text only supposes ("could", "if").
	Hypothetical bool
}

// Output formats.
const (
	formatDOT      = "dot"
	formatJSON     = "json"
	formatJSONL    = "jsonl"
	formatMentions = "mentions"
)

var formats = []string{formatDOT, formatJSON, formatJSONL, formatMentions}

// newCmdExtract returns the extract command. When runF is not nil it is
// called with the validated options instead of extractRun, so tests can
// check flag parsing without extracting anything.
func newCmdExtract(f *factory, runF func(*extractOptions) error) *cobra.Command {
	opts := &extractOptions{IO: f.IO, Extractor: f.Extractor, Open: f.Open, Now: f.Now}
	maxBytes := byteSize(defaultMaxBytes)

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

Formats: dot (Graphviz) and json write the graph of all documents at the
end; jsonl writes one JSON object per document (its entities with their
mentions, and its events with their evidence) and mentions one JSON object
per entity mention, each document as soon as it is done, in id order.

Text: UTF-8, or UTF-16 with a byte order mark (decoded). Invalid UTF-8 is
replaced with U+FFFD, with a warning; byte offsets in the output are then
into the decoded or repaired text. Empty files are skipped with a warning.
Binary files (NUL bytes) and files over --max-bytes fail.

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
  newsgraph extract --date 2024-03-26 < article.txt`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			opts.MaxBytes = int64(maxBytes)
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
	fl.StringVar(&opts.Format, "format", formatDOT, "write `dot` (Graphviz), json, jsonl (a line per document) or mentions (a line per mention)")
	fl.StringVarP(&opts.Output, "output", "o", "", "write to `FILE` (replaced atomically) instead of standard output")
	fl.StringVar(&opts.Date, "date", "", "take `YYYY-MM-DD` as every article's date, for resolving relative dates")
	fl.BoolVar(&opts.Hypothetical, "include-hypothetical", false, "keep events the text only supposes (\"could\", \"would\", \"if\"), marked as hypothetical")
	fl.StringSliceVar(&opts.Exts, "ext", []string{"txt", "md"}, "read files with these `extensions` in directories, comma-separated")
	fl.IntVar(&opts.Workers, "workers", runtime.NumCPU(), "extract `N` documents at once")
	fl.StringVar(&opts.Root, "root", "", "give each file the id of its path relative to `DIR` (for runs whose graphs are merged)")
	fl.Var(&maxBytes, "max-bytes", "fail on files larger than `SIZE` (bytes, or with K, M, G: powers of 1024; 0: no limit)")
	fl.BoolVarP(&opts.Quiet, "quiet", "q", false, "show no progress bar and no summary")
	fl.BoolVar(&opts.Summary, "summary", false, "print the summary line on standard error even when it is not a terminal")

	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(formats, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("date", cobra.NoFileCompletions)
	_ = cmd.RegisterFlagCompletionFunc("workers", cobra.NoFileCompletions)
	_ = cmd.RegisterFlagCompletionFunc("ext", cobra.NoFileCompletions)
	_ = cmd.RegisterFlagCompletionFunc("max-bytes", cobra.NoFileCompletions)
	_ = cmd.MarkFlagDirname("root")
	return cmd
}

// validate checks the flag values and normalizes Exts. Its errors are usage
// errors.
func (o *extractOptions) validate() error {
	switch o.Format {
	case formatDOT, formatJSON, formatJSONL, formatMentions:
	default:
		return flagErrorf("invalid --format %q: want %s", o.Format, orList(formats))
	}
	if o.Date != "" {
		if _, err := time.Parse(time.DateOnly, o.Date); err != nil {
			return flagErrorf("invalid --date %q: want a date as YYYY-MM-DD", o.Date)
		}
	}
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
	stdin := 0
	for _, p := range o.Paths {
		if p == "-" {
			stdin++
		}
	}
	if stdin > 1 {
		return flagErrorf(`standard input ("-") given %d times`, stdin)
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
	stderr := opts.IO.ErrOut
	inputs, failed, err := walkInputs(ctx, opts.Paths, opts.Exts)
	if err != nil {
		return interrupted(ctx, err)
	}
	if opts.Root != "" {
		var outside []inputError
		inputs, outside = rootIDs(inputs, opts.Root)
		failed = append(failed, outside...)
	}
	assignIDs(inputs)
	for _, f := range sortedErrors(failed) {
		fmt.Fprintf(stderr, "newsgraph: %s: %s\n", f.path, reason(f.err))
	}

	showBar := opts.IO.ErrTTY && !opts.Quiet
	prog := newProgress(stderr, opts.Now, len(inputs), showBar, !opts.Quiet && (opts.IO.ErrTTY || opts.Summary))
	for range failed {
		prog.fail()
	}
	nfailed := len(failed)

	var x *extract.Extractor
	if len(inputs) > 0 {
		if x, err = opts.Extractor(extract.IncludeHypothetical(opts.Hypothetical)); err != nil {
			prog.finish()
			return fmt.Errorf("load extractor: %w", err)
		}
	}
	popts := extract.ParseOptions{Date: opts.Date}
	work := func(ctx context.Context, in *input) outcome {
		return processInput(ctx, x, opts, in, popts)
	}
	if opts.afterWalk != nil {
		opts.afterWalk(inputs)
	}

	// consume reports an outcome and hands its result to add.
	consume := func(add func(*extract.Result) error) func(outcome) error {
		return func(o outcome) error {
			for _, w := range o.warnings {
				prog.println(fmt.Sprintf("newsgraph: %s: warning: %s", o.in.path, w))
			}
			err := o.err
			if err == nil && o.res != nil {
				err = add(o.res)
				var oe *outputError
				if errors.As(err, &oe) {
					return err // the output failed: stop
				}
			}
			if err != nil {
				nfailed++
				prog.println(fmt.Sprintf("newsgraph: %s: %s", o.in.path, reason(err)))
			}
			prog.done(o.size, err != nil)
			return nil
		}
	}

	var runErr error
	switch opts.Format {
	case formatJSONL, formatMentions:
		encode := graph.EncodeRecord
		if opts.Format == formatMentions {
			encode = graph.EncodeMentions
		}
		runErr = withOutput(opts.IO.Out, opts.Output, func(w io.Writer, flush func() error) error {
			return sequence(ctx, inputs, opts.Workers, work, consume(func(r *extract.Result) error {
				err := encode(w, r)
				if err == nil {
					err = flush()
				}
				if err != nil {
					return &outputError{outputName(opts.Output), err}
				}
				return nil
			}))
		})
	default:
		g := graph.New()
		runErr = sequence(ctx, inputs, opts.Workers, work, consume(func(r *extract.Result) error { return addResult(g, r) }))
		if runErr == nil {
			encode := graph.EncodeDOT
			if opts.Format == formatJSON {
				encode = graph.EncodeJSON
			}
			runErr = withOutput(opts.IO.Out, opts.Output, func(w io.Writer, _ func() error) error {
				if err := encode(w, g); err != nil {
					return &outputError{outputName(opts.Output), err}
				}
				return nil
			})
		}
	}
	prog.finish()

	switch {
	case runErr == nil:
	case isBrokenPipe(runErr):
		// The reader went away (| head): stop quietly.
	case ctx.Err() != nil:
		return interrupted(ctx, runErr)
	default:
		return runErr
	}
	if nfailed > 0 {
		return errReported
	}
	return nil
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

// processInput reads, decodes, parses and extracts one input. A panic is
// returned as the input's error. An empty input is skipped with a warning.
func processInput(ctx context.Context, x *extract.Extractor, opts *extractOptions, in *input, popts extract.ParseOptions) (o outcome) {
	o.in = in
	defer func() {
		if r := recover(); r != nil {
			o.res, o.err = nil, fmt.Errorf("internal error: %v", r)
		}
	}()
	if ctx.Err() != nil {
		o.err = ctx.Err()
		return o
	}
	data, err := readInput(opts.Open, in, opts.IO.In, opts.MaxBytes)
	o.size = int64(len(data))
	if err != nil {
		o.err = err
		return o
	}
	if len(data) == 0 {
		o.warnings = append(o.warnings, "empty file, skipped")
		return o
	}
	text, warnings, err := decodeText(data)
	o.warnings = warnings
	if err != nil {
		o.err = err
		return o
	}
	doc, err := extract.Parse(in.id, in.path, text, popts)
	if errors.Is(err, extract.ErrEmpty) {
		o.warnings = append(o.warnings, "no text in it, skipped")
		return o
	}
	if err != nil {
		o.err = err
		return o
	}
	if ctx.Err() != nil {
		o.err = ctx.Err()
		return o
	}
	o.res, o.err = x.Extract(doc)
	return o
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
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers = max(1, min(workers, len(inputs)))
	type job struct {
		in  *input
		out chan outcome
	}
	jobs := make(chan job)
	order := make(chan chan outcome, 2*workers)
	go func() {
		defer close(order)
		defer close(jobs)
		for _, in := range inputs {
			c := make(chan outcome, 1)
			select {
			case order <- c:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{in, c}:
			case <-ctx.Done():
				return
			}
		}
	}()
	for range workers {
		go func() {
			for j := range jobs {
				j.out <- work(ctx, j.in)
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
