// Command newsgraph turns news articles into a knowledge graph of the
// people, organizations, countries and events they mention, written as
// Graphviz DOT or as JSON (see shared/CONTRACT.md for the JSON schema).
//
//	newsgraph extract [--format dot|json|graphml|csv|events|svg|png|pdf|jsonl|mentions] [-o FILE] [--date YYYY-MM-DD] [--workers N] [--input text|html|jsonl|auto] [--ext txt,md,html,htm,jsonl,ndjson] [--root DIR] [--max-bytes SIZE] [-q] [PATH...]
//	newsgraph merge [--format dot|json|graphml|csv|events|svg|png|pdf] [-o FILE] GRAPH.json...
//	newsgraph parse [--format conllu|json] [-o FILE] [--input text|html|jsonl|conllu|auto] [--workers N] [PATH...]
//	newsgraph version
//
// extract and merge take the graph flags: --types, --countries, --since,
// --until, --min-weight and --top choose the part of the graph written in
// every graph format; --events, --cluster and --layout how it is drawn.
//
// Each PATH is a file, a directory (walked for .txt, .md, .html, .htm,
// .jsonl and .ndjson files) or "-" for standard input: plain text, HTML
// pages (read by package ingest) or JSON Lines dumps, an article a line;
// with no PATH, standard input is read. merge combines the JSON graphs of
// separate extract runs into the graph of one run. parse writes the
// sentences of the same inputs tagged and parsed (package extract/syntax),
// as CoNLL-U or JSON, and parses CoNLL-U read from them.
//
// This package is only the command line: it opens files, calls the extract
// and graph packages and maps errors to exit codes. It follows the layout of
// GitHub's gh: main calls run, one constructor per command
// (newCmdExtract(f, runF)) fills an options struct, and every exit code is
// decided in execute. Like gofmt, it reports a failing input on standard
// error and carries on with the others.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/newsgraph/newsgraph/extract"
)

// exitCode is the process exit status.
type exitCode int

// Exit codes. These are the only ones newsgraph uses.
const (
	exitOK          exitCode = 0   // everything worked, even if no entities were found
	exitError       exitCode = 1   // some input could not be read or extracted, or the output could not be written
	exitUsage       exitCode = 2   // bad command line: unknown flag or command, bad flag value
	exitInterrupted exitCode = 130 // stopped by Ctrl-C (SIGINT) or SIGTERM, as shells report 128+SIGINT
)

func main() {
	// Ctrl-C and SIGTERM cancel the run: it stops promptly and leaves no
	// partial -o file. A second Ctrl-C kills the process at once.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop()
	}()
	// Writing to a closed pipe ("newsgraph extract dir | head -1") returns
	// EPIPE, which the commands take as a quiet end, instead of a SIGPIPE
	// that would kill the process with the progress bar still drawn.
	signal.Ignore(syscall.SIGPIPE)
	code := runContext(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(int(code))
}

// run executes the newsgraph command line args with the given streams and
// returns the exit code. It never calls os.Exit, so tests can call it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) exitCode {
	return runContext(context.Background(), args, stdin, stdout, stderr)
}

// runContext is run, stopping early when ctx is cancelled.
func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) exitCode {
	return runWithContext(ctx, newFactory(stdin, stdout, stderr), args)
}

// runWith is run with the dependencies in f; tests use it to share one
// extractor between runs.
func runWith(f *factory, args []string) exitCode {
	return runWithContext(context.Background(), f, args)
}

// runWithContext is runWith, stopping early when ctx is cancelled.
func runWithContext(ctx context.Context, f *factory, args []string) exitCode {
	return executeContext(ctx, newCmdRoot(f), args, f.IO.ErrOut)
}

// iostreams are the standard streams a command reads and writes, so tests
// can replace them with buffers (gh's iostreams.Test).
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
	// Open opens a file to read (os.Open); tests inject failures.
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

// openFile opens a file for reading.
func openFile(name string) (fs.File, error) { return os.Open(name) }

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// flagError is a usage error: a bad flag, flag value or argument. It exits
// with exitUsage and points the user at --help.
type flagError struct{ err error }

func (e *flagError) Error() string { return e.err.Error() }
func (e *flagError) Unwrap() error { return e.err }

// flagErrorf returns a usage error formatted as by fmt.Errorf.
func flagErrorf(format string, args ...any) error {
	return &flagError{fmt.Errorf(format, args...)}
}

// errReported means the failure has already been reported on standard error
// (one line per failed input); execute only turns it into exitError.
var errReported = errors.New("errors reported")

// errInterrupted means the run was cancelled (Ctrl-C); it exits with
// exitInterrupted.
var errInterrupted = errors.New("interrupted")

// execute runs the command tree cmd with args, prints any error returned as
// one "newsgraph: ..." line on stderr, and maps it to an exit code. It is the
// only place that decides exit codes.
func execute(cmd *cobra.Command, args []string, stderr io.Writer) (code exitCode) {
	return executeContext(context.Background(), cmd, args, stderr)
}

// executeContext is execute with a context that stops the command when it
// is cancelled.
func executeContext(ctx context.Context, cmd *cobra.Command, args []string, stderr io.Writer) (code exitCode) {
	defer func() {
		// Belt and braces: the commands recover from panics per document,
		// but no panic may reach the user as a stack dump.
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "newsgraph: internal error: %v\n", r)
			code = exitError
		}
	}()
	if args == nil {
		args = []string{} // cobra reads os.Args when given nil
	}
	cmd.SetArgs(args)
	c, err := cmd.ExecuteContextC(ctx)
	if err == nil {
		return exitOK
	}
	if errors.Is(err, errReported) {
		return exitError
	}
	if isBrokenPipe(err) {
		return exitOK // the reader of the output went away (| head): not a failure
	}
	if errors.Is(err, errInterrupted) {
		fmt.Fprintln(stderr, "newsgraph: interrupted")
		return exitInterrupted
	}
	var fe *flagError
	isUsage := errors.As(err, &fe)
	msg := err.Error()
	var name string
	if _, serr := fmt.Sscanf(msg, "unknown command %q", &name); serr == nil {
		// cobra's own error for an unknown subcommand; say it on one line.
		isUsage = true
		msg, _, _ = strings.Cut(msg, "\n")
		if s := c.SuggestionsFor(name); len(s) > 0 {
			msg += fmt.Sprintf(" (did you mean %q?)", s[0])
		}
	}
	if !isUsage {
		fmt.Fprintf(stderr, "newsgraph: %s\n", msg)
		return exitError
	}
	fmt.Fprintf(stderr, "newsgraph: %s\n", msg)
	fmt.Fprintf(stderr, "Run '%s --help' for usage.\n", c.CommandPath())
	return exitUsage
}

// version is the newsgraph version. Release builds set it with
// -ldflags "-X main.version=v1.2.3"; otherwise it comes from the build info.
var version = ""

// buildVersion returns the version newsgraph reports.
func buildVersion() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}
