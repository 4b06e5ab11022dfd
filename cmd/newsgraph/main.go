package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"
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
	f := newFactory(os.Stdin, os.Stdout, os.Stderr)
	code := execute(ctx, newCmdRoot(f), os.Args[1:], f.IO.ErrOut)
	stop()
	os.Exit(int(code))
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

// interrupted returns errInterrupted when ctx was cancelled, else err.
func interrupted(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return errInterrupted
	}
	return err
}

// execute runs the command tree cmd with args, stopping it when ctx is
// cancelled, prints any error returned as one "newsgraph: ..." line on
// stderr, and maps it to an exit code. It is how main runs newsgraph, and
// the only place that decides exit codes.
func execute(ctx context.Context, cmd *cobra.Command, args []string, stderr io.Writer) (code exitCode) {
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
	fmt.Fprintf(stderr, "newsgraph: %s\n", msg)
	if !isUsage {
		return exitError
	}
	fmt.Fprintf(stderr, "Run '%s --help' for usage.\n", c.CommandPath())
	return exitUsage
}
