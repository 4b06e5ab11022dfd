package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/extract"
)

// testExtractor builds an extractor as a real run does: the lexicon and the
// tagger's model are loaded once per process, so each call is cheap.
func testExtractor(opts ...extract.Option) (*extract.Extractor, error) {
	return extract.NewWith(opts...)
}

// testFactory returns a factory reading stdin and writing to buffers, with
// the shared extractor.
func testFactory(stdin string) (f *factory, stdout, stderr *bytes.Buffer) {
	stdout, stderr = &bytes.Buffer{}, &bytes.Buffer{}
	f = newFactory(strings.NewReader(stdin), stdout, stderr)
	f.Extractor = testExtractor
	return f, stdout, stderr
}

// runTest runs newsgraph with args and stdin and returns what it did.
func runTest(t *testing.T, stdin string, args ...string) (code exitCode, stdout, stderr string) {
	t.Helper()
	f, out, errOut := testFactory(stdin)
	code = runWith(f, args)
	return code, out.String(), errOut.String()
}

// runWith runs newsgraph with args as main does, with the world of f.
func runWith(f *factory, args []string) exitCode {
	return execute(context.Background(), newCmdRoot(f), args, f.IO.ErrOut)
}

// newTestRoot returns the command tree with an extract command that calls
// runF instead of extracting.
func newTestRoot(f *factory, runF func(*extractOptions) error) *cobra.Command {
	root := newCmdRoot(f)
	for _, c := range root.Commands() {
		if c.Name() == "extract" {
			root.RemoveCommand(c)
		}
	}
	root.AddCommand(newCmdExtract(f, runF))
	return root
}

// lines splits s into its lines, without the final newline.
func lines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}} {
		code, stdout, stderr := runTest(t, "", args...)
		if code != exitOK || stderr != "" {
			t.Errorf("newsgraph %s: exit %d, stderr %q; want 0 and no stderr", strings.Join(args, " "), code, stderr)
		}
		if want := "newsgraph " + buildVersion() + "\n"; stdout != want {
			t.Errorf("newsgraph %s printed %q, want %q", strings.Join(args, " "), stdout, want)
		}
	}
}

func TestBuildVersion(t *testing.T) {
	old := version
	t.Cleanup(func() { version = old })
	version = "v1.2.3"
	if got := buildVersion(); got != "v1.2.3" {
		t.Errorf("buildVersion() with -X main.version=v1.2.3 = %q", got)
	}
	version = ""
	if got := buildVersion(); got == "" {
		t.Error(`buildVersion() = "", want a version or "(devel)"`)
	}
}

// TestUsageErrors checks that a bad command line exits 2 with one error line
// and a hint, and prints nothing on stdout.
func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want []string // stderr lines
	}{
		{"unknown command", []string{"extrct"}, []string{
			`newsgraph: unknown command "extrct" for "newsgraph" (did you mean "extract"?)`,
			`Run 'newsgraph --help' for usage.`,
		}},
		{"unknown flag", []string{"extract", "--bogus"}, []string{
			`newsgraph: unknown flag: --bogus`,
			`Run 'newsgraph extract --help' for usage.`,
		}},
		{"unknown root flag", []string{"--bogus"}, []string{
			`newsgraph: unknown flag: --bogus`,
			`Run 'newsgraph --help' for usage.`,
		}},
		{"bad format", []string{"extract", "--format", "xml", "a.txt"}, []string{
			`newsgraph: invalid --format "xml": want dot, json, graphml, csv, events, svg, png, pdf, jsonl or mentions`,
			`Run 'newsgraph extract --help' for usage.`,
		}},
		{"version argument", []string{"version", "now"}, []string{
			`newsgraph: newsgraph version takes no arguments, got "now"`,
			`Run 'newsgraph version --help' for usage.`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runTest(t, "", tt.args...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
			if stdout != "" {
				t.Errorf("stdout = %q, want nothing", stdout)
			}
			if diff := cmp.Diff(tt.want, lines(stderr)); diff != "" {
				t.Errorf("stderr (-want +got):\n%s", diff)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{nil, {"--help"}, {"extract", "--help"}, {"help", "extract"}} {
		code, stdout, stderr := runTest(t, "", args...)
		if code != exitOK || stderr != "" || !strings.Contains(stdout, "Usage:") {
			t.Errorf("newsgraph %s: exit %d, stderr %q, stdout %.60q...; want exit 0 and usage on stdout",
				strings.Join(args, " "), code, stderr, stdout)
		}
	}
}

func TestCompletion(t *testing.T) {
	code, stdout, stderr := runTest(t, "", "completion", "bash")
	if code != exitOK || stderr != "" || !strings.Contains(stdout, "newsgraph") {
		t.Errorf("completion bash: exit %d, stderr %q, %d bytes out", code, stderr, len(stdout))
	}
	code, stdout, _ = runTest(t, "", "__complete", "extract", "--format", "")
	if code != exitOK || !strings.Contains(stdout, "dot\njson\n") {
		t.Errorf("completing --format: exit %d, got %q", code, stdout)
	}
}

// TestPanicIsReported checks that execute turns a panic into an error line.
func TestPanicIsReported(t *testing.T) {
	f, stdout, stderr := testFactory("")
	root := newTestRoot(f, func(*extractOptions) error { panic("boom") })
	code := execute(context.Background(), root, []string{"extract"}, f.IO.ErrOut)
	if code != exitError || stdout.Len() != 0 {
		t.Errorf("exit %d, stdout %q; want 1 and nothing", code, stdout)
	}
	if want := []string{"newsgraph: internal error: boom"}; cmp.Diff(want, lines(stderr.String())) != "" {
		t.Errorf("stderr = %q, want %q", stderr, want)
	}
}
