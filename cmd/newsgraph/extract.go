package main

import (
	"context"
	"fmt"
	"io"
	"slices"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
)

// articleOptions say how articles are read and extracted: the settings
// that extract and stats share.
type articleOptions struct {
	readOptions
	Extractor func(opts ...extract.Option) (*extract.Extractor, error)
	// Hypothetical keeps events the text only supposes ("could", "if").
	Hypothetical bool
}

// newArticleOptions returns the article options of a command, with what
// it needs from f.
func newArticleOptions(f *factory) articleOptions {
	return articleOptions{readOptions: readOptions{IO: f.IO, Open: f.Open, Now: f.Now}, Extractor: f.Extractor}
}

// addFlags adds the flags of o to cmd.
func (o *articleOptions) addFlags(cmd *cobra.Command) {
	o.addReadFlags(cmd, defaultExts, "extract", "for runs whose graphs are merged")
	o.addDateFlags(cmd)
	cmd.Flags().BoolVar(&o.Hypothetical, "include-hypothetical", false, "keep events the text only supposes (\"could\", \"would\", \"if\"), marked as hypothetical")
}

// extractOptions are the settings of one extract run, filled from the
// command line.
type extractOptions struct {
	articleOptions

	Format string // One of formats.
	Output string // Output file; "" or "-" means standard output.
	// Graph is the part of the graph written and how it is drawn.
	Graph graphOptions
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
	opts := &extractOptions{articleOptions: newArticleOptions(f)}

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
read; --max-bytes limits each line.

Each article has a date that relative dates ("on Tuesday") resolve
against: --date when given; else its row in the --dates file (a line for
each document: its id or path, a tab or a comma, its date as YYYY-MM-DD);
else the date of its page or JSON line; else a date in its path
("2024/03/26/a.txt", "2024-03-26-a.txt", "20240326_a.txt"); else the date
of a dateline in its text.

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
	opts.articleOptions.addFlags(cmd)
	opts.Graph.addFlags(cmd)
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(formats, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// validate checks the flag values. Its errors are usage errors.
func (o *extractOptions) validate() error {
	if !slices.Contains(formats, o.Format) {
		return flagErrorf("invalid --format %q: want %s", o.Format, orList(formats))
	}
	if err := o.Graph.validate(o.Format, o.Output); err != nil {
		return err
	}
	return o.validateRead()
}

// extractRun extracts the articles and writes their graph (buildGraph,
// then writeGraph), or, for jsonl and mentions, a record for each document
// as soon as it and those before it are done, in document-id order.
// Failed inputs are reported on stderr as they come and make it return
// errReported.
func extractRun(ctx context.Context, opts *extractOptions) error {
	if _, err := opts.Graph.checkGraphviz(opts.Format); err != nil {
		return err // before reading anything
	}
	if opts.Format != formatJSONL && opts.Format != formatMentions {
		g, err := buildGraph(ctx, &opts.articleOptions, nil, "", opts.IO.ErrOut)
		return writeBuilt(ctx, g, err, opts.IO, opts.Output, opts.Format, &opts.Graph)
	}
	encode := graph.EncodeRecord
	if opts.Format == formatMentions {
		encode = graph.EncodeMentions
	}
	run, err := startArticles(ctx, &opts.articleOptions)
	if err != nil {
		return err
	}
	err = withOutput(opts.IO.Out, opts.Output, func(w io.Writer, flush func() error) error {
		return run.each(ctx, func(o outcome) error {
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
	return run.end(ctx, err)
}

// startArticles starts the run that extracts the articles of opts, with
// the extractor loaded when there is something to extract. When the
// extractor cannot be loaded, the run is ended with that error.
func startArticles(ctx context.Context, opts *articleOptions) (*docRun, error) {
	run, err := startRun(ctx, &opts.readOptions)
	if err != nil {
		return nil, err
	}
	var x *extract.Extractor
	if len(run.inputs) > 0 {
		if x, err = opts.Extractor(extract.IncludeHypothetical(opts.Hypothetical)); err != nil {
			return nil, run.end(ctx, fmt.Errorf("load extractor: %w", err))
		}
	}
	run.work = func(ctx context.Context, p ingest.Part) outcome {
		return extractPart(ctx, x, run.reader, p)
	}
	return run, nil
}

// extractPart reads, parses and extracts the document of one part. A
// panic is returned as its error.
func extractPart(ctx context.Context, x *extract.Extractor, rd *ingest.Reader, p ingest.Part) (o outcome) {
	o = outcomeOf(p)
	defer func() {
		if r := recover(); r != nil {
			o.res, o.err = nil, fmt.Errorf("internal error: %v", r)
		}
	}()
	doc := readDocument(ctx, rd, p, &o)
	if doc == nil {
		return o
	}
	o.res, o.err = x.Extract(doc)
	if o.res != nil && o.res.UnresolvedDates > 0 {
		o.warnings = append(o.warnings, undatedWarning(o.res.UnresolvedDates))
	}
	// the tokens are no longer needed: do not hold them while the
	// document waits for its turn to be written
	for i := range doc.Sentences {
		doc.Sentences[i].Tokens = nil
	}
	return o
}

// undatedWarning tells that a document without a date left n relative
// dates of its events unresolved.
func undatedWarning(n int) string {
	what := "dates"
	if n == 1 {
		what = "date"
	}
	return fmt.Sprintf("no article date; %d relative %s left unresolved (use --date or a dated input)", n, what)
}
