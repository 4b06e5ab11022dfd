package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/analysis"
	"github.com/newsgraph/newsgraph/graph"
)

// Graph formats besides dot and json: each writes the whole (filtered)
// graph at the end of a run.
const (
	formatGraphML = "graphml"
	formatCSV     = "csv"
	formatEvents  = "events"
	formatSVG     = "svg"
	formatPNG     = "png"
	formatPDF     = "pdf"
)

// graphFormats are the formats written from the graph, which the graph
// flags apply to; drawnFormats are those that the drawing flags apply to.
var (
	graphFormats = []string{formatDOT, formatJSON, formatGraphML, formatCSV, formatEvents, formatSVG, formatPNG, formatPDF}
	drawnFormats = []string{formatDOT, formatSVG, formatPNG, formatPDF}
)

// isRendered reports whether format is a picture that Graphviz draws.
func isRendered(format string) bool {
	return format == formatSVG || format == formatPNG || format == formatPDF
}

// graphOptions are the flags that choose what part of the graph is written
// and how it is drawn, shared by extract and merge.
type graphOptions struct {
	Types     []string
	Countries []string
	Since     string
	Until     string
	MinWeight int
	Top       int
	Events    string
	Cluster   string
	Layout    string
	RawCells  bool

	filter graph.Filter
	dot    graph.DOTOptions
}

// addFlags registers the graph flags on cmd.
func (o *graphOptions) addFlags(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringSliceVar(&o.Types, "types", nil, "keep only entities of these `types` (person,organization,country,location) and the events linking them")
	fl.StringSliceVar(&o.Countries, "countries", nil, "keep only entities of these countries (ISO `codes` such as NZL,CHN) and their events")
	fl.StringVar(&o.Since, "since", "", "keep only events dated `YYYY[-MM[-DD]]` or later (drops undated events)")
	fl.StringVar(&o.Until, "until", "", "keep only events dated `YYYY[-MM[-DD]]` or earlier (drops undated events)")
	fl.IntVar(&o.MinWeight, "min-weight", 0, "drop edges seen fewer than `N` times")
	fl.IntVar(&o.Top, "top", 0, "keep the `N` entities with the most links (degree), and the events between them")
	fl.StringVar(&o.Events, "events", graph.EventsAsNodes, "draw events as `MODE`: nodes (diamonds) or edges (from their agents to their targets, labelled)")
	fl.StringVar(&o.Cluster, "cluster", graph.ClusterNone, "draw Graphviz clusters by `MODE`: country, document, community or none")
	fl.BoolVar(&o.RawCells, "raw-cells", false, "write csv and events cells as they are, for database imports: by default a cell that a spreadsheet would run as a formula (=, +, -, @) gets a ' before it")
	fl.StringVar(&o.Layout, "layout", "", "Graphviz `engine` the drawing is made for and svg/png/pdf are drawn with: dot (default), sfdp, neato or fdp")

	none := cobra.ShellCompDirectiveNoFileComp
	_ = cmd.RegisterFlagCompletionFunc("types", cobra.FixedCompletions([]string{"person", "organization", "country", "location"}, none))
	_ = cmd.RegisterFlagCompletionFunc("events", cobra.FixedCompletions(graph.EventModes, none))
	_ = cmd.RegisterFlagCompletionFunc("cluster", cobra.FixedCompletions(graph.ClusterModes, none))
	_ = cmd.RegisterFlagCompletionFunc("layout", cobra.FixedCompletions(graph.Layouts, none))
	for _, name := range []string{"countries", "since", "until", "min-weight", "top"} {
		_ = cmd.RegisterFlagCompletionFunc(name, cobra.NoFileCompletions)
	}
}

// filtering reports whether a filter flag was given.
func (o *graphOptions) filtering() bool {
	return len(o.Types) > 0 || len(o.Countries) > 0 || o.Since != "" || o.Until != "" || o.MinWeight != 0 || o.Top != 0
}

// drawing reports whether a drawing flag was given a value other than its
// default.
func (o *graphOptions) drawing() bool {
	return (o.Events != "" && o.Events != graph.EventsAsNodes) || (o.Cluster != "" && o.Cluster != graph.ClusterNone) || o.Layout != ""
}

// validate checks the graph flags for format and output, and fills the
// filter and the DOT options. Its errors are usage errors.
func (o *graphOptions) validate(format, output string) error {
	if o.RawCells && format != formatCSV && format != formatEvents {
		return flagErrorf("--raw-cells applies to the spreadsheet formats csv and events, not %s", format)
	}
	if !slices.Contains(graphFormats, format) {
		if o.filtering() || o.drawing() {
			return flagErrorf("--format %s writes each document as it is read: the graph flags (--types, --top, --cluster, ...) apply to %s", format, orList(graphFormats))
		}
		return nil
	}
	if !slices.Contains(drawnFormats, format) && o.drawing() {
		return flagErrorf("--events, --cluster and --layout apply to the drawing formats %s, not %s", orList(drawnFormats), format)
	}
	if format == formatCSV && (output == "" || output == "-") {
		return flagErrorf("--format csv writes nodes.csv and edges.csv: give the directory to write them to with -o DIR")
	}
	f := graph.Filter{Since: o.Since, Until: o.Until, MinWeight: o.MinWeight, Top: o.Top}
	for _, t := range o.Types {
		t = strings.ToLower(strings.TrimSpace(t))
		if t != "" && !slices.Contains(f.Types, graph.Kind(t)) {
			f.Types = append(f.Types, graph.Kind(t))
		}
	}
	for _, c := range o.Countries {
		c = strings.ToUpper(strings.TrimSpace(c))
		if c != "" && !slices.Contains(f.Countries, c) {
			f.Countries = append(f.Countries, c)
		}
	}
	if err := f.Validate(); err != nil {
		return flagErrorf("invalid --%s", err)
	}
	d := graph.DOTOptions{Events: o.Events, Cluster: o.Cluster, Layout: o.Layout}
	if err := d.Validate(); err != nil {
		return flagErrorf("invalid --%s", err)
	}
	o.filter, o.dot = f, d
	return nil
}

// cells returns the cell options of the csv and events formats.
func (o *graphOptions) cells() graph.CellOptions { return graph.CellOptions{Raw: o.RawCells} }

// engine returns the Graphviz command that draws svg, png and pdf.
func (o *graphOptions) engine() string {
	if o.Layout == "" {
		return graph.LayoutDot
	}
	return o.Layout
}

// checkGraphviz returns the path of the Graphviz command that format
// needs, "" for a format that needs none, or an error saying how to
// install Graphviz.
func (o *graphOptions) checkGraphviz(format string) (string, error) {
	if !isRendered(format) {
		return "", nil
	}
	path, err := exec.LookPath(o.engine())
	if err != nil {
		return "", fmt.Errorf("--format %s needs Graphviz's %s command, which is not installed: apt-get install graphviz (Debian, Ubuntu), dnf install graphviz, brew install graphviz (macOS), or see https://graphviz.org/download/", format, o.engine())
	}
	return path, nil
}

// annotate computes the community and PageRank of every actor of g with
// the analysis package, as newsgraph stats does, and sets them as the
// nodes' Metrics.
func annotate(g *graph.Graph) error {
	r, err := analysis.Analyze(g.Wire(), analysis.Options{})
	if err != nil {
		return fmt.Errorf("analyse graph: %w", err)
	}
	m := make(map[string]graph.Metrics)
	for id, a := range analysis.Attributes(r) {
		m[id] = graph.Metrics{Community: a.Community, PageRank: a.PageRank}
	}
	g.SetMetrics(m)
	return nil
}

// writeGraph writes g in format to output (standard output when "" or
// "-"; a directory for csv): its Metrics computed on the whole graph, then
// the filter applied, then the encoder of the format. Graphviz's warnings
// go to stderr.
func writeGraph(ctx context.Context, stdout, stderr io.Writer, output, format string, g *graph.Graph, o *graphOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if err := annotate(g); err != nil {
		return err
	}
	if !o.filter.IsZero() {
		var err error
		if g, err = g.Filter(o.filter); err != nil {
			return err
		}
	}
	write := func(encode func(io.Writer) error) error {
		return withOutput(stdout, output, func(w io.Writer, _ func() error) error {
			if err := encode(w); err != nil {
				var oe *outputError
				if errors.As(err, &oe) || errors.Is(err, context.Canceled) || isBrokenPipe(err) {
					return err
				}
				return &outputError{outputName(output), err}
			}
			return nil
		})
	}
	switch format {
	case formatJSON:
		return write(func(w io.Writer) error { return graph.EncodeJSON(w, g) })
	case formatGraphML:
		return write(func(w io.Writer) error { return graph.EncodeGraphML(w, g) })
	case formatEvents:
		return write(func(w io.Writer) error { return graph.EncodeEventsWith(w, g, o.cells()) })
	case formatCSV:
		return writeCSV(output, g, o.cells())
	case formatSVG, formatPNG, formatPDF:
		path, err := o.checkGraphviz(format)
		if err != nil {
			return err
		}
		var src, pic bytes.Buffer
		if err := graph.EncodeDOTWith(&src, g, o.dot); err != nil {
			return err
		}
		if err := renderGraphviz(ctx, path, format, &src, &pic, stderr); err != nil {
			return err
		}
		return write(func(w io.Writer) error {
			_, err := w.Write(pic.Bytes())
			return err
		})
	default:
		return write(func(w io.Writer) error { return graph.EncodeDOTWith(w, g, o.dot) })
	}
}

// writeCSV writes nodes.csv and edges.csv into the directory dir, made if
// needed, replaced together: when either cannot be written, both are left
// as they were.
func writeCSV(dir string, g *graph.Graph, cells graph.CellOptions) error {
	if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
		return &outputError{dir, errors.New("not a directory (--format csv writes nodes.csv and edges.csv into -o DIR)")}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return &outputError{dir, err}
	}
	var files []atomicFile
	for _, f := range []struct {
		name   string
		encode func(io.Writer, *graph.Graph, graph.CellOptions) error
	}{{"nodes.csv", graph.EncodeCSVNodesWith}, {"edges.csv", graph.EncodeCSVEdgesWith}} {
		name := filepath.Join(dir, f.name)
		files = append(files, atomicFile{name, func(w io.Writer) error {
			if err := f.encode(w, g, cells); err != nil {
				return &outputError{name, err}
			}
			return nil
		}})
	}
	return writeFilesAtomic(files)
}

// renderGraphviz runs the Graphviz command at path on the DOT in src,
// writing the picture in format to w. Graphviz's warnings are passed on
// to stderr; when it fails, the error says what it said.
func renderGraphviz(ctx context.Context, path, format string, src io.Reader, w, stderr io.Writer) error {
	name := filepath.Base(path)
	var errBuf bytes.Buffer
	cmd := exec.CommandContext(ctx, path, "-T"+format)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = src, w, &errBuf
	err := cmd.Run()
	if ctx.Err() != nil {
		return errInterrupted
	}
	var lines []string
	sc := bufio.NewScanner(&errBuf)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" {
			lines = append(lines, line)
		}
	}
	if err != nil {
		msg := err.Error()
		if len(lines) > 0 {
			msg = strings.Join(lines, "; ")
		}
		return fmt.Errorf("graphviz %s -T%s failed: %s", name, format, msg)
	}
	for _, line := range lines {
		fmt.Fprintf(stderr, "newsgraph: warning: %s: %s\n", name, line)
	}
	return nil
}
