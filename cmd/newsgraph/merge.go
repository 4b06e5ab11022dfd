package main

import (
	"context"
	"fmt"
	"io/fs"
	"slices"

	"github.com/spf13/cobra"
)

// mergeOptions are the settings of one merge run.
type mergeOptions struct {
	IO   *iostreams
	Open func(string) (fs.File, error)

	Paths  []string // Graph files written by extract --format json; "-" is standard input.
	Format string   // "dot" or "json".
	Output string   // Output file; "" or "-" means standard output.

	// Graph is the part of the graph written and how it is drawn.
	Graph graphOptions
}

var mergeFormats = graphFormats

// newCmdMerge returns the merge command. When runF is not nil it is called
// with the validated options instead of mergeRun.
func newCmdMerge(f *factory, runF func(*mergeOptions) error) *cobra.Command {
	opts := &mergeOptions{IO: f.IO, Open: f.Open}
	cmd := &cobra.Command{
		Use:   "merge GRAPH.json...",
		Short: "Merge graphs of separate runs into one",
		Long: `Merge JSON graphs written by separate 'newsgraph extract --format json' runs
into the graph that one run over all their inputs gives: the same ids,
counts, weights, evidence, documents, labels, aliases and roles, byte for
byte, whatever the order of the files.

A corpus can so be split among processes or machines (GNU parallel,
xargs -P, a Slurm array) and merged at the end. Give every run the same
--root so that documents keep unique ids; when graphs share a document id,
merge renames all but one ("a.txt#2") as one run would, with a warning, and
which document's type, country or role code wins may then differ from one
run.

A file that cannot be read or is not a newsgraph graph is reported on
standard error as one line, "newsgraph: FILE: reason", and the others are
still merged; the exit status is then 1.

Every graph format of extract can be written (dot, json, graphml, csv,
events, svg, png, pdf), with the same filters (--types, --countries,
--since, --until, --min-weight, --top) and drawing flags (--events,
--cluster, --layout); community and PageRank are computed on the merged
graph.`,
		Example: `  newsgraph merge shards/*.json > corpus.dot
  newsgraph merge --format json -o corpus.json a.json b.json
  newsgraph merge --format png --layout sfdp --top 50 --events edges -o top50.png shards/*.json
  newsgraph merge --format csv -o neo4j-import/ shards/*.json`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return flagErrorf("%s needs at least one graph file", cmd.CommandPath())
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if err := opts.validate(); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return mergeRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.Format, "format", formatDOT, "write the graph as `dot` (Graphviz), json, graphml, csv (-o DIR), events (TSV), svg, png or pdf")
	opts.Graph.addFlags(cmd)
	fl.StringVarP(&opts.Output, "output", "o", "", "write the graph to `FILE` (replaced atomically) instead of standard output")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(mergeFormats, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// validate checks the flag values. Its errors are usage errors.
func (o *mergeOptions) validate() error {
	if !slices.Contains(mergeFormats, o.Format) {
		return flagErrorf("invalid --format %q: want %s", o.Format, orList(mergeFormats))
	}
	if err := o.Graph.validate(o.Format, o.Output); err != nil {
		return err
	}
	return stdinOnce(o.Paths)
}

// mergeRun reads every graph, merges the good ones (buildGraph) and
// writes the result.
func mergeRun(ctx context.Context, opts *mergeOptions) error {
	if _, err := opts.Graph.checkGraphviz(opts.Format); err != nil {
		return err // before reading anything
	}
	var (
		graphs []namedGraph
		failed error
	)
	for _, p := range opts.Paths {
		if ctx.Err() != nil {
			return errInterrupted
		}
		g, err := readGraph(opts.Open, opts.IO.In, p)
		if err != nil {
			fmt.Fprintf(opts.IO.ErrOut, "newsgraph: %s: %s\n", p, reason(err))
			failed = errReported
			continue
		}
		graphs = append(graphs, namedGraph{p, g})
	}
	g, err := buildGraph(ctx, nil, graphs, "graphs", opts.IO.ErrOut)
	if err == nil {
		err = failed
	}
	return writeBuilt(ctx, g, err, opts.IO, opts.Output, opts.Format, &opts.Graph)
}
