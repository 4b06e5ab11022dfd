package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/analysis"
	"github.com/newsgraph/newsgraph/graph"
)

// statsOptions are the settings of one stats run, filled from the command
// line.
type statsOptions struct {
	// articleOptions say how articles are read, as extract reads them;
	// Paths are the articles and the graph JSON files.
	articleOptions

	Format         string // "text" or "json".
	Output         string // Output file; "" or "-" means standard output.
	Top            int    // Entries in each ranked list.
	IncludeNegated bool   // Count negated events in the network, dyads and months.
}

// Report formats of stats.
const statsFormatText = "text"

var statsFormats = []string{statsFormatText, formatJSON}

// newCmdStats returns the stats command. When runF is not nil it is called
// with the validated options instead of statsRun. Articles are read with
// extract's flags for reading them.
func newCmdStats(f *factory, runF func(*statsOptions) error) *cobra.Command {
	opts := &statsOptions{articleOptions: newArticleOptions(f)}

	cmd := &cobra.Command{
		Use:   "stats [PATH... | GRAPH.json...]",
		Short: "Analyse the graph: counts, central actors, dyads, communities, months",
		Long: `Analyse the knowledge graph of articles, or of saved JSON graphs, and print
a report: counts of nodes by type and edges by relation; the top actors by
mentions, by degree and by PageRank in the actor network; the strongest
dyads (actor pairs by number of events) with their cooperation/conflict
balance from CAMEO QuadClass and their mean Goldstein score; the Louvain
communities of the actor network (fixed seed: the same communities every
run) with their members; and events per month.

Each PATH is an article file, a directory of articles or "-" for standard
input, read as extract reads them (--ext, --input and the field flags,
--date, --dates, --workers, --root, --max-bytes and --include-hypothetical
apply to them), or a graph written
by 'newsgraph extract --format json' or 'newsgraph merge --format json': a
file named *.json whose "schema" field is "newsgraph/v1". Standard input
is a graph when it is one. Several graphs, and the graph of the articles,
are merged as 'newsgraph merge' merges them. With no PATH, standard input
is read.

The actor network joins the agents and targets of each event; negated
events are left out unless --include-negated. --format json writes the
report as JSON (schema newsgraph/stats/v1, analysis/schema.json).

An input that cannot be read is reported on standard error as one line,
"newsgraph: PATH: reason", and the report of the others is still written.
Exit status: 0 when every input was read, 1 when an input or the output
failed, 2 for a bad command line, 130 when interrupted.`,
		Example: `  newsgraph stats articles/
  newsgraph stats --format json graph.json | jq '.communities'
  newsgraph extract --format json articles/ | newsgraph stats --top 5`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if err := opts.validate(); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return statsRun(cmd.Context(), opts)
		},
	}

	fl := cmd.Flags()
	fl.StringVar(&opts.Format, "format", statsFormatText, "write the report as `text` or json")
	fl.StringVarP(&opts.Output, "output", "o", "", "write the report to `FILE` (replaced atomically) instead of standard output")
	fl.IntVar(&opts.Top, "top", analysis.DefaultTop, "list the top `N` actors, dyads, communities and members")
	fl.BoolVar(&opts.IncludeNegated, "include-negated", false, "count events the text says did not or will not happen")
	opts.articleOptions.addFlags(cmd)
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(statsFormats, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("top", cobra.NoFileCompletions)
	return cmd
}

// validate checks stats' own flag values. Its errors are usage errors.
func (o *statsOptions) validate() error {
	switch o.Format {
	case statsFormatText, formatJSON:
	default:
		return flagErrorf("invalid --format %q: want %s", o.Format, orList(statsFormats))
	}
	if o.Top < 1 {
		return flagErrorf("invalid --top %d: want at least 1", o.Top)
	}
	return o.validateRead()
}

// statsRun reads the graph inputs, then builds the graph of the articles
// and the graphs (buildGraph), analyses it and writes the report. Failed
// inputs are reported on stderr, the report of the others is written, and
// it returns errReported.
func statsRun(ctx context.Context, opts *statsOptions) error {
	stderr := opts.IO.ErrOut
	paths := opts.Paths
	if len(paths) == 0 {
		paths = []string{"-"}
	}

	// Graphs are read first, so that a bad one is reported before a long
	// extraction; articles keep their order.
	var (
		graphs   []namedGraph
		articles []string
		stdin    = opts.IO.In
		failed   error
	)
	for _, p := range paths {
		if ctx.Err() != nil {
			return errInterrupted
		}
		g, isGraph, err := readGraphInput(opts.Open, p, &stdin)
		switch {
		case !isGraph:
			articles = append(articles, p)
		case err != nil:
			fmt.Fprintf(stderr, "newsgraph: %s: %s\n", p, reason(err))
			failed = errReported
		default:
			graphs = append(graphs, namedGraph{p, g})
		}
	}
	var arts *articleOptions
	if len(articles) > 0 {
		a := opts.articleOptions
		streams := *a.IO
		streams.In = stdin // what was read of it to look for a graph is still there
		a.IO, a.Paths = &streams, articles
		arts = &a
	}
	g, err := buildGraph(ctx, arts, graphs, "inputs", stderr)
	if err != nil && !errors.Is(err, errReported) {
		return err
	}
	if err != nil {
		failed = err
	}

	report, err := analysis.Analyze(g.Wire(), analysis.Options{Top: opts.Top, IncludeNegated: opts.IncludeNegated})
	if err != nil {
		return err
	}
	err = withOutput(opts.IO.Out, opts.Output, func(w io.Writer, _ func() error) error {
		var err error
		if opts.Format == formatJSON {
			err = writeReportJSON(w, report)
		} else {
			err = report.WriteText(w)
		}
		if err != nil {
			return &outputError{outputName(opts.Output), err}
		}
		return nil
	})
	if err != nil && !isBrokenPipe(err) {
		return err
	}
	return failed
}

// writeReportJSON writes r as indented JSON, leaving "&", "<" and ">" in
// names as they are.
func writeReportJSON(w io.Writer, r *analysis.Report) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// readGraphInput reads path as a graph when it is one: a file named *.json,
// or standard input ("-"), holding a JSON object with a top-level "schema"
// field that names a newsgraph format, wherever that field is among the
// others and after a byte order mark or not. It returns isGraph false, and
// no error, for anything else, which is an article input (a path that
// cannot be opened included: extract reports it). A graph that cannot be
// decoded is isGraph with the error. Reading standard input replaces
// *stdin with a reader that still gives all of it.
func readGraphInput(open func(string) (fs.File, error), path string, stdin *io.Reader) (g *graph.Graph, isGraph bool, err error) {
	var r io.Reader
	if path == "-" {
		r = *stdin
	} else {
		if !strings.HasSuffix(strings.ToLower(path), ".json") {
			return nil, false, nil
		}
		f, err := open(path)
		if err != nil {
			return nil, false, nil
		}
		defer f.Close()
		if fi, err := f.Stat(); err != nil || fi.IsDir() {
			return nil, false, nil
		}
		r = f
	}
	// what the search for "schema" reads is kept, and read again after it
	var seen bytes.Buffer
	schema, ok := graph.ReadSchema(io.TeeReader(r, &seen))
	r = io.MultiReader(&seen, r)
	if path == "-" {
		*stdin = r
	}
	if !ok {
		return nil, false, nil
	}
	if schema != graph.SchemaVersion {
		// Say so before the fields fail to decode (a stats report, say).
		return nil, true, notAGraph(fmt.Errorf("schema %q, want %q", schema, graph.SchemaVersion))
	}
	g, err = loadGraph(r)
	return g, true, err
}
