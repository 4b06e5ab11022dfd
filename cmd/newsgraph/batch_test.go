package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/ingest"
)

// sampleArticles returns the paths of the sample articles.
func sampleArticles(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(testdataDir, "articles", "*.txt"))
	if err != nil || len(paths) < 3 {
		t.Fatalf("sample articles: %v, %v", paths, err)
	}
	return paths
}

// TestDeterministicFormats checks that every format gives the same bytes
// whatever --workers and the order of the paths.
func TestDeterministicFormats(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a/lisbon.txt":  storyLisbon,
		"a/manila.md":   storyManila,
		"b/lisbon.txt":  storyNairobi,
		"b/c/kenya.txt": storyNairobi,
		"b/empty.txt":   "",
	})
	paths := append(sampleArticles(t), filepath.Join(dir, "a"), filepath.Join(dir, "b"), filepath.Join(dir, "a/lisbon.txt"))
	rng := rand.New(rand.NewPCG(6, 6))
	for _, format := range []string{"json", "jsonl", "mentions", "dot"} {
		t.Run(format, func(t *testing.T) {
			var first string
			for i, workers := range []int{1, 2, 3, 8} {
				p := slices.Clone(paths)
				if i > 0 {
					rng.Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
				}
				args := append([]string{"extract", "--format", format, "--workers", fmt.Sprint(workers)}, p...)
				code, stdout, stderr := runTest(t, "", args...)
				if code != exitOK || !strings.HasSuffix(stderr, "empty.txt: warning: empty file, skipped\n") {
					t.Fatalf("workers %d: exit %d, stderr %q", workers, code, stderr)
				}
				if i == 0 {
					first = stdout
					continue
				}
				if stdout != first {
					t.Errorf("workers %d, paths %q: output differs from workers 1 (-first +this):\n%s", workers, p,
						cmp.Diff(strings.Split(first, "\n"), strings.Split(stdout, "\n")))
				}
			}
		})
	}
}

// record is the part of a jsonl line these tests read.
type record struct {
	Document struct {
		ID, Path  string
		Sentences int
	}
	Entities []struct {
		ID, Type, Label string
		Aliases         []string
		Mentions        []struct {
			Text       string
			Start, End int
			Sentence   int
		}
	}
	Events []struct {
		ID       string
		Agents   []string
		Targets  []string
		Evidence struct {
			Start, End int
			Text       string
		}
	}
}

// TestJSONLAgreesWithGraph checks that the per-document records carry the
// graph's ids and offsets that slice the text.
func TestJSONLAgreesWithGraph(t *testing.T) {
	articles := filepath.Join(testdataDir, "articles")
	_, out, _ := runTest(t, "", "extract", "--format", "json", articles)
	g := decodeGraph(t, out)
	nodes := map[string]string{}
	for _, n := range g.Nodes {
		nodes[n.ID] = n.Type
	}
	code, out, stderr := runTest(t, "", "extract", "--format", "jsonl", articles)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var ids []string
	events := 0
	for _, line := range lines(out) {
		var r record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("not a JSON line: %v\n%s", err, line)
		}
		ids = append(ids, r.Document.ID)
		text, err := os.ReadFile(filepath.Join(articles, r.Document.ID))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range r.Entities {
			if nodes[e.ID] != e.Type {
				t.Errorf("%s: entity %s (%s) is not a %s node of the graph", r.Document.ID, e.ID, e.Type, e.Type)
			}
			for _, m := range e.Mentions {
				if string(text[m.Start:m.End]) != m.Text {
					t.Errorf("%s: mention [%d:%d] %q does not slice the text", r.Document.ID, m.Start, m.End, m.Text)
				}
			}
		}
		for _, e := range r.Events {
			events++
			if nodes[e.ID] != "event" {
				t.Errorf("%s: event %s is not an event node of the graph", r.Document.ID, e.ID)
			}
			for _, a := range append(slices.Clone(e.Agents), e.Targets...) {
				if _, ok := nodes[a]; !ok {
					t.Errorf("%s: event %s: participant %s is not a node", r.Document.ID, e.ID, a)
				}
			}
			if string(text[e.Evidence.Start:e.Evidence.End]) != e.Evidence.Text {
				t.Errorf("%s: event %s: evidence does not slice the text", r.Document.ID, e.ID)
			}
		}
	}
	var want []string
	for _, d := range g.Documents {
		want = append(want, d.ID)
	}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("records (-want +got):\n%s", diff)
	}
	if events == 0 {
		t.Error("no events in the records")
	}
}

// TestMentionsFormat checks the mention listing: one JSON object a line,
// in document then offset order, with the graph's entity ids.
func TestMentionsFormat(t *testing.T) {
	articles := filepath.Join(testdataDir, "articles")
	_, out, _ := runTest(t, "", "extract", "--format", "json", articles)
	nodes := map[string]string{}
	for _, n := range decodeGraph(t, out).Nodes {
		nodes[n.ID] = n.Type
	}
	code, out, stderr := runTest(t, "", "extract", "--format", "mentions", articles)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	type mention struct {
		Document   string
		Start, End int
		Text, Type string
		ID         string
		EntityType string `json:"entity_type"`
		Sentence   int
		Confidence float64
	}
	var prev mention
	texts := map[string][]byte{}
	n := 0
	for _, line := range lines(out) {
		var m mention
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&m); err != nil {
			t.Fatalf("%v\n%s", err, line)
		}
		if m.Confidence < 0 || m.Confidence > 1 {
			t.Errorf("mention %+v: confidence out of [0, 1]", m)
		}
		if n > 0 && (m.Document < prev.Document || m.Document == prev.Document && m.Start < prev.Start) {
			t.Errorf("mention %+v comes after %+v", m, prev)
		}
		if texts[m.Document] == nil {
			b, err := os.ReadFile(filepath.Join(articles, m.Document))
			if err != nil {
				t.Fatal(err)
			}
			texts[m.Document] = b
		}
		if string(texts[m.Document][m.Start:m.End]) != m.Text {
			t.Errorf("mention %+v does not slice the text", m)
		}
		if nodes[m.ID] != m.EntityType || m.Type != m.EntityType && m.Type != "nationality" && m.Type != "reference" {
			t.Errorf("mention %+v: not of a %s node of the graph", m, m.Type)
		}
		prev = m
		n++
	}
	if n < 20 {
		t.Errorf("%d mentions, want many", n)
	}
}

// TestSequenceBounded checks that the pipeline keeps at most 2×workers
// inputs in flight, however slow one input is, and hands them on in order.
func TestSequenceBounded(t *testing.T) {
	inputs := make([]*ingest.Input, 50)
	for i := range inputs {
		inputs[i] = &ingest.Input{Seq: i, ID: fmt.Sprintf("%03d", i)}
	}
	for _, workers := range []int{1, 2, 4} {
		var inFlight, peak atomic.Int64
		release := make(chan struct{})
		var once sync.Once
		work := func(_ context.Context, p ingest.Part) outcome {
			in := p.Input
			n := inFlight.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			if in.Seq == 0 {
				<-release // the first input is slow: the others pile up behind it
			}
			return outcome{in: in, size: int64(in.Seq)}
		}
		var got []int
		consume := func(o outcome) error {
			once.Do(func() {})
			got = append(got, o.in.Seq)
			inFlight.Add(-1)
			return nil
		}
		go func() {
			time.Sleep(50 * time.Millisecond)
			close(release)
		}()
		if err := runOrdered(context.Background(), feedInputs(inputs), workers, work, consume); err != nil {
			t.Fatal(err)
		}
		if !slices.IsSorted(got) || len(got) != len(inputs) {
			t.Errorf("workers %d: consumed %v, want all in order", workers, got)
		}
		if limit := int64(2*workers + 1); peak.Load() > limit {
			t.Errorf("workers %d: %d inputs in flight at once, want at most %d", workers, peak.Load(), limit)
		}
	}
}

// TestSequenceCancel checks that a cancelled run returns at once, without
// waiting for a slow input.
func TestSequenceCancel(t *testing.T) {
	inputs := []*ingest.Input{{Seq: 0}, {Seq: 1}, {Seq: 2}}
	ctx, cancel := context.WithCancel(context.Background())
	block := make(chan struct{})
	defer close(block)
	work := func(_ context.Context, p ingest.Part) outcome {
		in := p.Input
		if in.Seq == 1 {
			cancel()
			<-block
		}
		return outcome{in: in}
	}
	start := time.Now()
	err := runOrdered(ctx, feedInputs(inputs), 2, work, func(outcome) error { return nil })
	if err != context.Canceled {
		t.Errorf("runOrdered = %v, want context.Canceled", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %v to stop", d)
	}
}

// feedInputs hands out a part for each of inputs, in order.
func feedInputs(inputs []*ingest.Input) func(emit func(ingest.Part) bool) {
	return func(emit func(ingest.Part) bool) {
		for _, in := range inputs {
			if !emit(ingest.Part{Input: in}) {
				return
			}
		}
	}
}

// cancellingOpen returns an Open that cancels after n files were opened.
func cancellingOpen(f *factory, n int32, cancel context.CancelFunc) func(string) (fs.File, error) {
	var opened atomic.Int32
	open := f.Open
	return func(name string) (fs.File, error) {
		if opened.Add(1) == n {
			cancel()
		}
		return open(name)
	}
}

// TestInterrupt cancels runs midway, as Ctrl-C does: exit 130, one line,
// and the -o file left as it was, for the graph and the streamed formats.
func TestInterrupt(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := range 30 {
		files[fmt.Sprintf("in/%02d.txt", i)] = []string{storyLisbon, storyManila, storyNairobi}[i%3]
	}
	writeFiles(t, dir, files)
	writeFiles(t, dir, map[string]string{"out/old.json": "old"})
	for _, format := range []string{"json", "jsonl"} {
		for _, output := range []string{"old.json", "new.json"} {
			t.Run(format+" "+output, func(t *testing.T) {
				ctx, cancel := context.WithCancel(context.Background())
				defer cancel()
				f, stdout, stderr := testFactory("")
				f.Open = cancellingOpen(f, 5, cancel)
				out := filepath.Join(dir, "out", output)
				code := execute(ctx, newCmdRoot(f), []string{"extract", "--format", format, "--workers", "2", "-o", out, filepath.Join(dir, "in")}, f.IO.ErrOut)
				if code != exitInterrupted || stderr.String() != "newsgraph: interrupted\n" || stdout.Len() != 0 {
					t.Errorf("exit %d, stderr %q, stdout %q; want %d and one line", code, stderr, stdout, exitInterrupted)
				}
				assertDir(t, filepath.Join(dir, "out"), "old.json")
				if b, _ := os.ReadFile(filepath.Join(dir, "out", "old.json")); string(b) != "old" {
					t.Errorf("old.json = %q, want it untouched", b)
				}
			})
		}
	}
}

// epipeWriter fails every write after the first n bytes, as a pipe whose
// reader has gone does.
type epipeWriter struct {
	n       int
	written int
}

func (w *epipeWriter) Write(p []byte) (int, error) {
	if w.written >= w.n {
		return 0, &fs.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.EPIPE}
	}
	w.written += len(p)
	return len(p), nil
}

// TestBrokenPipe checks that a closed pipe ends the run quietly and soon.
func TestBrokenPipe(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := range 40 {
		files[fmt.Sprintf("%02d.txt", i)] = []string{storyLisbon, storyManila, storyNairobi}[i%3]
	}
	writeFiles(t, dir, files)
	for _, format := range []string{"jsonl", "mentions", "json"} {
		t.Run(format, func(t *testing.T) {
			f, _, stderr := testFactory("")
			f.IO.Out = &epipeWriter{n: 1}
			var opened atomic.Int32
			open := f.Open
			f.Open = func(name string) (fs.File, error) {
				opened.Add(1)
				return open(name)
			}
			code := runWith(f, []string{"extract", "--format", format, "--workers", "1", dir})
			if code != exitOK || stderr.Len() != 0 {
				t.Errorf("exit %d, stderr %q; want 0 and nothing", code, stderr)
			}
			if format != "json" && opened.Load() > 10 {
				t.Errorf("%d files opened after the pipe closed on the first record; want the run to stop", opened.Load())
			}
		})
	}
}

// fakeClock returns a clock that reads start, then start+step at every
// later call.
func fakeClock(step time.Duration) func() time.Time {
	start := time.Date(2024, 3, 26, 9, 0, 0, 0, time.UTC)
	calls := 0
	var mu sync.Mutex
	return func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		calls++
		if calls == 1 {
			return start
		}
		return start.Add(step)
	}
}

// TestProgress checks the progress bar and the summary line on a terminal,
// their absence elsewhere, and --quiet and --summary.
func TestProgress(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt": storyLisbon, "b.txt": storyManila, "c.txt": storyNairobi, "bad.txt": "\x00\x00",
	})
	size := len(storyLisbon) + len(storyManila) + len(storyNairobi) + 2
	summary := fmt.Sprintf("4 files, %.1f MB, 1 failed, 41.2 s", float64(size)/(1<<20))
	run := func(tty bool, args ...string) (exitCode, string) {
		f, _, stderr := testFactory("")
		f.IO.ErrTTY = tty
		f.Now = fakeClock(41200 * time.Millisecond)
		code := runWith(f, append([]string{"extract", "-o", filepath.Join(t.TempDir(), "g.dot")}, append(args, dir)...))
		return code, stderr.String()
	}
	errLine := "newsgraph: " + filepath.Join(dir, "bad.txt") + ": not text (it has NUL bytes)"

	code, stderr := run(true)
	if code != exitError {
		t.Errorf("terminal: exit %d", code)
	}
	// The bar redraws itself with carriage returns; what is left on the
	// screen is the error line and the summary.
	if !regexp.MustCompile(`\(\d/4, `).MatchString(stderr) || !regexp.MustCompile(`\d+ KB/s|\d+\.\d MB/s`).MatchString(stderr) {
		t.Errorf("terminal: no progress bar (files done/total, MB/s) in %q", stderr)
	}
	screen := screenLines(stderr)
	if want := []string{errLine, summary}; !slices.Equal(want, screen) {
		t.Errorf("terminal: screen %q, want %q", screen, want)
	}

	for _, tt := range []struct {
		name string
		tty  bool
		args []string
		want []string
	}{
		{"not a terminal", false, nil, []string{errLine}},
		{"--summary", false, []string{"--summary"}, []string{errLine, summary}},
		{"--quiet", true, []string{"--quiet"}, []string{errLine}},
		{"--quiet --summary", false, []string{"-q", "--summary"}, []string{errLine}},
	} {
		code, stderr := run(tt.tty, tt.args...)
		if code != exitError || !slices.Equal(tt.want, lines(stderr)) {
			t.Errorf("%s: exit %d, stderr %q; want 1 and %q", tt.name, code, stderr, tt.want)
		}
	}
}

// screenLines returns the lines a terminal shows for out: each carriage
// return goes back to the start of the line, and blank lines are dropped.
func screenLines(out string) []string {
	var screen []string
	for _, l := range strings.Split(out, "\n") {
		if i := strings.LastIndexByte(l, '\r'); i >= 0 {
			l = l[i+1:]
		}
		if strings.TrimSpace(l) != "" {
			screen = append(screen, l)
		}
	}
	return screen
}

func TestSummaryLine(t *testing.T) {
	p := &progress{now: fakeClock(41234 * time.Millisecond), files: 12345, failed: 3, bytes: 50_436_505}
	p.start = p.now()
	if got, want := p.summaryLine(), "12,345 files, 48.1 MB, 3 failed, 41.2 s"; got != want {
		t.Errorf("summary %q, want %q", got, want)
	}
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 1234567: "1,234,567"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestStreamsAsItGoes checks that jsonl writes each document before the
// next ones are read: with one worker, the first record is out before the
// last file is opened.
func TestStreamsAsItGoes(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := range 12 {
		files[fmt.Sprintf("%02d.txt", i)] = storyManila
	}
	writeFiles(t, dir, files)
	f, _, _ := testFactory("")
	var mu sync.Mutex
	var events []string
	f.IO.Out = writerFunc(func(p []byte) (int, error) {
		mu.Lock()
		defer mu.Unlock()
		for range bytes.Count(p, []byte("\n")) {
			events = append(events, "record")
		}
		return len(p), nil
	})
	open := f.Open
	f.Open = func(name string) (fs.File, error) {
		mu.Lock()
		events = append(events, "open")
		mu.Unlock()
		return open(name)
	}
	if code := runWith(f, []string{"extract", "--format", "jsonl", "--workers", "1", dir}); code != exitOK {
		t.Fatalf("exit %d", code)
	}
	first := slices.Index(events, "record")
	opens := 0
	for _, e := range events[:max(first, 0)] {
		if e == "open" {
			opens++
		}
	}
	if first < 0 || opens > 4 {
		t.Errorf("events %v: want the first record written after at most 4 files opened", events)
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

var _ io.Writer = writerFunc(nil)

// TestOutputToFIFO checks that -o to something that is not a regular file
// (a FIFO here; /dev/null or /dev/stdout alike) writes into it instead of
// replacing it.
func TestOutputToFIFO(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": storyLisbon})
	fifo := filepath.Join(dir, "out.fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	got := make(chan []byte)
	go func() {
		b, _ := os.ReadFile(fifo)
		got <- b
	}()
	code, _, stderr := runTest(t, "", "extract", "--format", "json", "-o", fifo, filepath.Join(dir, "a.txt"))
	if code != exitOK || stderr != "" {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	_, want, _ := runTest(t, "", "extract", "--format", "json", filepath.Join(dir, "a.txt"))
	if b := <-got; string(b) != want {
		t.Errorf("the FIFO got %d bytes, want the %d of the graph", len(b), len(want))
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&fs.ModeNamedPipe == 0 {
		t.Errorf("%s is no longer a FIFO: %v %v", fifo, fi.Mode(), err)
	}
	assertDir(t, dir, "a.txt", "out.fifo")
}
