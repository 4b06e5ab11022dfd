package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

// namedGraph is a graph read from a file, with the name of the file.
type namedGraph struct {
	name string
	g    *graph.Graph
}

// buildGraph builds the graph that extract writes, merge merges and stats
// analyses: the articles of arts (none when arts is nil), extracted on
// arts.Workers goroutines and added in document-id order, merged with
// graphs into what one run over all their inputs gives. Document ids that
// two of them share are renamed, with a warning on stderr that calls the
// others "other "+others ("graphs", "inputs"). Inputs that fail are
// reported on stderr, and it returns the graph of the rest with
// errReported.
func buildGraph(ctx context.Context, arts *articleOptions, graphs []namedGraph, others string, stderr io.Writer) (*graph.Graph, error) {
	var failed error
	if arts != nil {
		run, err := startArticles(ctx, arts)
		if err != nil {
			return nil, err
		}
		g := graph.New()
		err = run.end(ctx, run.each(ctx, func(o outcome) error {
			if o.res == nil {
				return nil
			}
			return addResult(g, o.res)
		}))
		if err != nil && !errors.Is(err, errReported) {
			return nil, err
		}
		failed = err
		name := "articles"
		if len(arts.Paths) == 1 {
			name = arts.Paths[0]
		}
		graphs = append([]namedGraph{{name, g}}, graphs...)
	}
	var g *graph.Graph
	switch len(graphs) {
	case 0:
		g = graph.New()
	case 1:
		g = graphs[0].g
	default:
		gs := make([]*graph.Graph, len(graphs))
		for i, ng := range graphs {
			gs[i] = ng.g
		}
		var renames []graph.Rename
		g, renames = graph.Merge(gs...)
		warnRenames(stderr, graphs, renames, others)
	}
	if ctx.Err() != nil {
		return nil, errInterrupted
	}
	return g, failed
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

// warnRenames says, for each graph whose document ids Merge renamed, how
// many and which.
func warnRenames(stderr io.Writer, graphs []namedGraph, renames []graph.Rename, others string) {
	count := map[int]int{}
	first := map[int]graph.Rename{}
	for _, r := range renames {
		if count[r.Graph] == 0 {
			first[r.Graph] = r
		}
		count[r.Graph]++
	}
	for i, ng := range graphs {
		n := count[i]
		if n == 0 {
			continue
		}
		more := ""
		if n > 1 {
			more = ", ..."
		}
		fmt.Fprintf(stderr, "newsgraph: %s: warning: %d document ids also in other %s renamed (%s to %s%s); give every run the same --root to keep ids unique\n",
			ng.name, n, others, first[i].From, first[i].To, more)
	}
}

// writeBuilt writes the graph that buildGraph built, g, with its error
// err, as writeGraph does, and returns what the run returns: err unless
// writing failed, nil when the reader of the output went away.
func writeBuilt(ctx context.Context, g *graph.Graph, err error, streams *iostreams, output, format string, o *graphOptions) error {
	if err != nil && !errors.Is(err, errReported) {
		return err
	}
	if werr := writeGraph(ctx, streams.Out, streams.ErrOut, output, format, g, o); werr != nil && !isBrokenPipe(werr) {
		return interrupted(ctx, werr)
	}
	return err
}

// readGraph reads the graph file at path ("-" for standard input) through
// open.
func readGraph(open func(string) (fs.File, error), stdin io.Reader, path string) (*graph.Graph, error) {
	r := stdin
	if path != "-" {
		f, err := open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil && fi.IsDir() {
			return nil, fmt.Errorf("is a directory")
		}
		r = f
	}
	return loadGraph(r)
}

// loadGraph decodes a graph written by --format json.
func loadGraph(r io.Reader) (*graph.Graph, error) {
	w, err := graph.DecodeJSON(r)
	if err != nil {
		return nil, notAGraph(err)
	}
	g, err := graph.FromWire(w)
	if err != nil {
		return nil, notAGraph(err)
	}
	return g, nil
}

// notAGraph words an error of the graph package for a file's error line.
func notAGraph(err error) error {
	msg := strings.TrimPrefix(err.Error(), "graph: ")
	msg = strings.TrimPrefix(msg, "decode json: ")
	return fmt.Errorf("not a newsgraph JSON graph: %s", msg)
}
