package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMain lets the test binary run as newsgraph itself, so that the tests
// below can check what only a real process shows: signals and pipes.
func TestMain(m *testing.M) {
	if os.Getenv("NEWSGRAPH_TEST_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// newsgraphCommand returns the test binary set to run as newsgraph.
func newsgraphCommand(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "NEWSGRAPH_TEST_MAIN=1")
	return cmd
}

// manyArticles writes n short articles into a new directory.
func manyArticles(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{}
	for i := range n {
		files[fmt.Sprintf("in/%04d.txt", i)] = []string{storyLisbon, storyManila, storyNairobi}[i%3]
	}
	writeFiles(t, dir, files)
	return dir
}

// TestProcessClosedPipe checks "newsgraph extract dir | head -1": the run
// ends quietly as soon as the reader has gone.
func TestProcessClosedPipe(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a process")
	}
	dir := manyArticles(t, 300)
	cmd := newsgraphCommand(t, "extract", "--format", "jsonl", filepath.Join(dir, "in"))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, `{"document":`) {
		t.Fatalf("first line %q, %v", line, err)
	}
	out.Close() // as head -1 does
	start := time.Now()
	err = cmd.Wait()
	if err != nil || stderr.Len() != 0 {
		t.Errorf("exit: %v, stderr %q; want 0 and nothing", err, stderr.String())
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("took %v to end after the pipe closed", d)
	}
}

// TestProcessInterrupt sends SIGINT to a run writing to -o: it stops at
// once, exits 130 and leaves no output file, not even a temporary one.
func TestProcessInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a process")
	}
	dir := manyArticles(t, 2000)
	outDir := filepath.Join(dir, "out")
	if err := os.Mkdir(outDir, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := newsgraphCommand(t, "extract", "--format", "jsonl", "--workers", "1", "-o", filepath.Join(outDir, "g.jsonl"), filepath.Join(dir, "in"))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait until records are being written to the temporary file.
	deadline := time.Now().Add(20 * time.Second)
	for {
		entries, _ := os.ReadDir(outDir)
		if len(entries) > 0 {
			if fi, err := entries[0].Info(); err == nil && fi.Size() > 0 {
				break
			}
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("no output after 20 s")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	err := cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != int(exitInterrupted) {
		t.Errorf("exit: %v, want status %d", err, exitInterrupted)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v to stop", d)
	}
	if stderr.String() != "newsgraph: interrupted\n" {
		t.Errorf("stderr %q", stderr.String())
	}
	assertDir(t, outDir)
}

// TestProcessSIGPIPEIgnored checks that the real binary gets EPIPE rather
// than dying of SIGPIPE (which would leave a progress bar drawn).
func TestProcessSIGPIPEIgnored(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a process")
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	cmd := newsgraphCommand(t, "version")
	cmd.Stdout = w
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err = cmd.Run()
	w.Close()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			t.Errorf("killed by %v, want an exit", ws.Signal())
		}
	}
}
