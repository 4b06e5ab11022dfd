package main

import (
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/newsgraph/newsgraph/extract"
)

// iostreams are the standard streams a command reads and writes, so tests
// can replace them with buffers.
type iostreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	// ErrTTY is true when ErrOut is a terminal: progress is shown there.
	ErrTTY bool
}

// factory holds what commands need from the outside world.
type factory struct {
	IO *iostreams
	// Extractor returns the process's extractor; commands call it at most
	// once per run, and only when there is something to extract.
	Extractor func(opts ...extract.Option) (*extract.Extractor, error)
	// Parser returns the process's tagger and parser; parse calls it at
	// most once per run, and only when there is something to parse.
	Parser func() (sentenceParser, error)
	// Open opens a file to read; tests inject failures.
	Open func(name string) (fs.File, error)
	// Now is the clock of the progress bar and the summary.
	Now func() time.Time
}

// newFactory returns the factory of a real run.
func newFactory(stdin io.Reader, stdout, stderr io.Writer) *factory {
	return &factory{
		IO:        &iostreams{In: stdin, Out: stdout, ErrOut: stderr, ErrTTY: isTerminal(stderr)},
		Extractor: extract.NewWith,
		Parser:    loadParser,
		Open:      openFile,
		Now:       time.Now,
	}
}

// openFile opens a file for reading; its error says why, without the
// path (statError).
func openFile(name string) (fs.File, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, statError(name, err)
	}
	return f, nil
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// newCmdRoot returns a fresh newsgraph command tree.
func newCmdRoot(f *factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "newsgraph <command> [flags]",
		Short: "Turn news articles into a knowledge graph",
		Long: `newsgraph reads news articles and writes a knowledge graph of the people,
organizations, countries and places they mention and the events that link
them (who did what to whom, and when), as Graphviz DOT, JSON, GraphML, CSV
for Neo4j, a table of events, or a picture drawn by Graphviz. 'newsgraph
parse' writes their sentences tagged and parsed, as CoNLL-U or JSON.

Run 'newsgraph extract --help' to get started.`,
		Example: `  newsgraph extract articles/ > graph.dot
  newsgraph extract --format json -o graph.json articles/ extra.txt
  newsgraph merge --format json -o corpus.json shards/*.json
  newsgraph parse article.txt > article.conllu
  newsgraph extract --date 2024-03-26 < story.txt | dot -Tsvg > story.svg`,
		Version:       buildVersion(),
		SilenceErrors: true, // execute prints errors, once
		SilenceUsage:  true, // a usage error gets a hint, not the whole usage
		// Suggestions are added by execute on the same line as the error.
		DisableSuggestions:         true,
		SuggestionsMinimumDistance: 2,
	}
	cmd.SetIn(f.IO.In)
	cmd.SetOut(f.IO.Out)
	cmd.SetErr(f.IO.ErrOut)
	cmd.SetVersionTemplate("newsgraph {{.Version}}\n")
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &flagError{err}
	})

	cmd.AddCommand(newCmdExtract(f, nil))
	cmd.AddCommand(newCmdMerge(f, nil))
	cmd.AddCommand(newCmdStats(f, nil))
	cmd.AddCommand(newCmdParse(f, nil))
	cmd.AddCommand(newCmdVersion(f))
	return cmd
}

// noArgs is a usage error when any argument is given.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return flagErrorf("%s takes no arguments, got %q", cmd.CommandPath(), args[0])
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
