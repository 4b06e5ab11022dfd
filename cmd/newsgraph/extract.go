package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

// extractOptions are the settings of one extract run, filled from the
// command line.
type extractOptions struct {
	IO        *iostreams
	Extractor func() (*extract.Extractor, error)

	Paths   []string // Files, directories or "-"; empty means standard input.
	Format  string   // "dot" or "json".
	Output  string   // Output file; "" or "-" means standard output.
	Date    string   // Article date for every document (YYYY-MM-DD), or "".
	Exts    []string // Extensions walked in directories: lower case, no dot.
	Workers int      // Documents extracted at once.
}

// Output formats.
const (
	formatDOT  = "dot"
	formatJSON = "json"
)

var formats = []string{formatDOT, formatJSON}

// newCmdExtract returns the extract command. When runF is not nil it is
// called with the validated options instead of extractRun, so tests can
// check flag parsing without extracting anything.
func newCmdExtract(f *factory, runF func(*extractOptions) error) *cobra.Command {
	opts := &extractOptions{IO: f.IO, Extractor: f.Extractor}

	cmd := &cobra.Command{
		Use:   "extract [PATH...]",
		Short: "Extract a knowledge graph from articles",
		Long: `Extract the people, organizations, countries, places and events from news
articles and write them as one graph.

Each PATH is a file, a directory or "-" for standard input; with no PATH,
standard input is read. Directories are walked recursively for files with
the extensions given by --ext, skipping hidden files and directories.

Each document gets an id: its path relative to the directory it was found
in ("sub/a.txt"), its base name when given as a file, or "stdin". When two
inputs get the same id, all but the first (by id, then path) get a suffix
"#2", "#3", and so on.

An input that cannot be read or extracted is reported on standard error and
left out; the graph of the others is still written, and the exit status is 1.
Output is the same, byte for byte, whatever --workers and the order of the
PATH arguments.

Exit status: 0 when every input was read (even if nothing was found in
them), 1 when an input or the output failed, 2 for a bad command line.`,
		Example: `  newsgraph extract article.txt | dot -Tsvg > article.svg
  newsgraph extract --format json -o graph.json articles/
  newsgraph extract --date 2024-03-26 < article.txt`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if err := opts.validate(); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return extractRun(opts)
		},
	}

	fl := cmd.Flags()
	fl.StringVar(&opts.Format, "format", formatDOT, "write the graph as `dot` (Graphviz) or json")
	fl.StringVarP(&opts.Output, "output", "o", "", "write the graph to `FILE` (replaced atomically) instead of standard output")
	fl.StringVar(&opts.Date, "date", "", "take `YYYY-MM-DD` as every article's date, for resolving relative dates")
	fl.StringSliceVar(&opts.Exts, "ext", []string{"txt", "md"}, "read files with these `extensions` in directories, comma-separated")
	fl.IntVar(&opts.Workers, "workers", runtime.NumCPU(), "extract `N` documents at once")

	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(formats, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("date", cobra.NoFileCompletions)
	_ = cmd.RegisterFlagCompletionFunc("workers", cobra.NoFileCompletions)
	_ = cmd.RegisterFlagCompletionFunc("ext", cobra.NoFileCompletions)
	return cmd
}

// validate checks the flag values and normalizes Exts. Its errors are usage
// errors.
func (o *extractOptions) validate() error {
	switch o.Format {
	case formatDOT, formatJSON:
	default:
		return flagErrorf("invalid --format %q: want %s", o.Format, strings.Join(formats, " or "))
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

// inputError is one input that failed: the line "newsgraph: PATH: reason".
type inputError struct {
	seq  int    // position among the inputs, as given on the command line
	path string // as the user gave it
	err  error
}

// extractRun reads every input, extracts each document on opts.Workers
// goroutines, adds the results to one graph in document-id order and writes
// it. Failed inputs are reported on stderr and make it return errReported.
func extractRun(opts *extractOptions) error {
	inputs, failed := collectInputs(opts.Paths, opts.Exts)
	assignIDs(inputs)

	g := graph.New()
	if len(inputs) > 0 {
		x, err := opts.Extractor()
		if err != nil {
			reportInputErrors(opts.IO.ErrOut, failed)
			return fmt.Errorf("load extractor: %w", err)
		}
		failed = append(failed, extractAll(x, g, inputs, opts.IO.In, extract.ParseOptions{Date: opts.Date}, opts.Workers)...)
	}

	reportInputErrors(opts.IO.ErrOut, failed)
	if err := writeOutput(opts, g); err != nil {
		return err
	}
	if len(failed) > 0 {
		return errReported
	}
	return nil
}

// extractAll reads, parses and extracts inputs (sorted by id) on workers
// goroutines sharing x, and adds each result to g in id order, as gofmt's
// sequencer writes in input order what it formats concurrently. stdin is
// read by the one input (at most) that is standard input. It returns the
// inputs that failed.
func extractAll(x *extract.Extractor, g *graph.Graph, inputs []*input, stdin io.Reader, popts extract.ParseOptions, workers int) []inputError {
	type outcome struct {
		i   int
		res *extract.Result
		err error
	}
	workers = min(workers, len(inputs))
	jobs := make(chan int)
	done := make(chan outcome, workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				res, err := extractOne(x, inputs[i], stdin, popts)
				done <- outcome{i, res, err}
			}
		}()
	}
	go func() {
		for i := range inputs {
			jobs <- i
		}
		close(jobs)
		wg.Wait()
		close(done)
	}()

	var failed []inputError
	pending := map[int]outcome{}
	next := 0
	for o := range done {
		pending[o.i] = o
		for {
			ready, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			in := inputs[next]
			next++
			err := ready.err
			if err == nil {
				err = addResult(g, ready.res)
			}
			if err != nil {
				failed = append(failed, inputError{in.seq, in.path, err})
			}
		}
	}
	return failed
}

// extractOne reads, parses and extracts one input. A panic is returned as
// the input's error.
func extractOne(x *extract.Extractor, in *input, stdin io.Reader, popts extract.ParseOptions) (res *extract.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("internal error: %v", r)
		}
	}()
	var data []byte
	if in.stdin {
		data, err = io.ReadAll(stdin)
	} else {
		data, err = os.ReadFile(in.path)
	}
	if err != nil {
		return nil, err
	}
	doc, err := extract.Parse(in.id, in.path, data, popts)
	if err != nil {
		return nil, err
	}
	return x.Extract(doc)
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

// writeOutput encodes g in opts.Format to opts.Output or standard output.
func writeOutput(opts *extractOptions, g *graph.Graph) error {
	encode := graph.EncodeDOT
	if opts.Format == formatJSON {
		encode = graph.EncodeJSON
	}
	if opts.Output == "" || opts.Output == "-" {
		bw := bufio.NewWriter(opts.IO.Out)
		err := encode(bw, g)
		if err == nil {
			err = bw.Flush()
		}
		if err != nil {
			return &outputError{"standard output", err}
		}
		return nil
	}
	return writeFileAtomic(opts.Output, func(w io.Writer) error { return encode(w, g) })
}
