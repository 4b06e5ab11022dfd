package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strconv"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/ingest"
)

// docRun is one run of a command over the documents of its inputs:
// extract and stats extract them, parse parses them.
type docRun struct {
	opts    *readOptions
	inputs  []*ingest.Input // sorted by id, with their ids assigned
	reader  *ingest.Reader
	work    func(context.Context, ingest.Part) outcome // reads and handles one part
	prog    *progress
	tally   *tally
	nfailed int // inputs and documents that failed
}

// outcome is what became of one part of the inputs: a document, or a
// sentence of a CoNLL-U input (parse).
type outcome struct {
	in       *ingest.Input
	res      *extract.Result // what extract found; nil when the part failed or was skipped
	out      []byte          // what parse writes
	size     int64           // bytes read
	warnings []string        // repairs, or why it was skipped
	err      error
	line     int  // 1-based line of a JSON line (of a CoNLL-U sentence); 0 for a whole input
	more     bool // more outcomes of the same input follow
	sentence bool // a sentence of a CoNLL-U input
}

// outcomeOf starts the outcome of p.
func outcomeOf(p ingest.Part) outcome {
	return outcome{in: p.Input, line: p.Line, more: p.More, size: p.Size, warnings: p.Warnings, sentence: p.Format == ingest.FormatConllu}
}

// where names the input or line of an outcome in messages: "a.txt",
// "dump.jsonl:12".
func (o *outcome) where() string {
	if o.line > 0 {
		return o.in.Path + ":" + strconv.Itoa(o.line)
	}
	return o.in.Path
}

// startRun walks the inputs of opts, gives them their ids, reports those
// that cannot be read and starts the progress.
func startRun(ctx context.Context, opts *readOptions) (*docRun, error) {
	inputs, failed, err := walkInputs(ctx, opts.Paths, opts.Exts)
	if err != nil {
		return nil, interrupted(ctx, err)
	}
	if opts.Root != "" {
		var outside []inputError
		inputs, outside = rootIDs(inputs, opts.Root)
		failed = append(failed, outside...)
	}
	assignIDs(inputs)
	stderr := opts.IO.ErrOut
	for _, f := range sortedErrors(failed) {
		fmt.Fprintf(stderr, "newsgraph: %s: %s\n", f.path, reason(f.err))
	}
	showBar := opts.IO.ErrTTY && !opts.Quiet
	prog := newProgress(stderr, opts.Now, len(inputs), showBar, !opts.Quiet && (opts.IO.ErrTTY || opts.Summary))
	for range failed {
		prog.fail()
	}
	return &docRun{opts: opts, inputs: inputs, reader: opts.reader(), prog: prog, tally: &tally{p: prog}, nfailed: len(failed)}, nil
}

// each runs r.work on every part of the run's inputs (a document, or a
// line or sentence of an input read a part at a time) on opts.Workers
// goroutines, reports the outcomes' warnings and failures on standard
// error, and hands every outcome that did not fail to add, in the order of
// the parts: by document id, then line. An error of add fails the
// outcome's input, except an *outputError, which stops the run and is
// returned.
func (r *docRun) each(ctx context.Context, add func(outcome) error) error {
	consume := func(o outcome) error {
		for _, w := range o.warnings {
			r.prog.println(fmt.Sprintf("newsgraph: %s: warning: %s", o.where(), w))
		}
		err := o.err
		if err == nil {
			err = add(o)
			var oe *outputError
			if errors.As(err, &oe) {
				return err // the output failed: stop
			}
		}
		if err != nil {
			r.nfailed++
			r.prog.println(fmt.Sprintf("newsgraph: %s: %s", o.where(), reason(err)))
		}
		r.tally.done(o, err != nil)
		return nil
	}
	var budget *byteBudget
	if limit := cmp.Or(r.opts.InFlight, defaultInFlight()); limit > 0 && r.opts.Workers > 1 {
		// large documents wait for others rather than all run at once
		budget = newByteBudget(limit)
	}
	pacer := newGCPacer(debug.SetGCPercent)
	work := func(ctx context.Context, p ingest.Part) outcome {
		n := jobCost(p)
		if budget != nil {
			budget.acquire(ctx, n)
			defer budget.release(n)
		}
		pacer.add(n)
		defer pacer.add(-n)
		return r.work(ctx, p)
	}
	feed := func(emit func(ingest.Part) bool) { r.reader.Feed(r.inputs, emit) }
	return runOrdered(ctx, feed, r.opts.Workers, work, consume)
}

// end removes the progress bar, prints the summary line and returns what
// the run returns: runErr; nil when the reader of the output went away;
// errInterrupted when ctx was cancelled; else errReported when an input
// failed.
func (r *docRun) end(ctx context.Context, runErr error) error {
	r.prog.finish()
	switch {
	case runErr == nil:
	case isBrokenPipe(runErr):
		// The reader went away (| head): stop quietly.
	case ctx.Err() != nil:
		return interrupted(ctx, runErr)
	default:
		return runErr
	}
	if r.nfailed > 0 {
		return errReported
	}
	return nil
}

// readDocument reads the document of a part and parses it into sentences,
// and returns it, or nil with o's error or warnings set when it failed or
// is skipped. It sets o.size to the bytes read. The document's date is
// the one the reader gives it (--date, --dates, its page's or line's, its
// path's), else a dateline's in its text, else the year or month its page
// or line gives.
func readDocument(ctx context.Context, rd *ingest.Reader, p ingest.Part, o *outcome) *extract.Document {
	if ctx.Err() != nil {
		o.err = ctx.Err()
		return nil
	}
	d, size, warnings, err := rd.Read(p)
	o.size, o.warnings, o.err = size, warnings, err
	if d == nil {
		return nil
	}
	popts := extract.ParseOptions{Title: d.Title, URL: d.URL, Source: d.Source}
	if len(d.Date) == len(time.DateOnly) {
		popts.Date = d.Date
	}
	doc, err := extract.Parse(d.ID, d.Path, d.Text, popts)
	if errors.Is(err, extract.ErrEmpty) {
		o.warnings = append(o.warnings, d.NoText())
		return nil
	}
	if err != nil {
		o.err = err
		return nil
	}
	if doc.Date == "" {
		doc.Date = d.Date // a year or a month: kept, though nothing resolves against it
	}
	if ctx.Err() != nil {
		o.err = ctx.Err()
		return nil
	}
	return doc
}

// tally counts outcomes in the progress: an input is done at its last
// outcome, failed when any of its documents failed.
type tally struct {
	p      *progress
	failed bool // a document of the current input failed
}

// done counts o, which failed or not.
func (t *tally) done(o outcome, failed bool) {
	t.failed = t.failed || failed
	if o.more {
		t.p.bytes += o.size
		return
	}
	t.p.done(o.size, t.failed)
	t.failed = false
}

// runOrdered runs work on each part that feed hands out, on workers
// goroutines, and calls consume with the outcomes in the order of the
// parts. At most 2×workers parts are in flight (being read, extracted or
// waiting for their turn), so memory holds O(workers) documents whatever
// the number of inputs or lines. It stops when consume returns an error,
// returning it, or when ctx is cancelled, returning ctx's error without
// waiting for the workers or feed.
func runOrdered(ctx context.Context, feed func(emit func(ingest.Part) bool), workers int, work func(context.Context, ingest.Part) outcome, consume func(outcome) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers = max(1, workers)
	type task struct {
		p   ingest.Part
		out chan outcome
	}
	tasks := make(chan task)
	order := make(chan chan outcome, 2*workers)
	go func() {
		defer close(order)
		defer close(tasks)
		feed(func(p ingest.Part) bool {
			c := make(chan outcome, 1)
			select {
			case order <- c:
			case <-ctx.Done():
				return false
			}
			select {
			case tasks <- task{p, c}:
			case <-ctx.Done():
				return false
			}
			return true
		})
	}()
	for range workers {
		go func() {
			for t := range tasks {
				t.out <- work(ctx, t.p)
			}
		}()
	}
	for c := range order {
		select {
		case o := <-c:
			if ctx.Err() != nil {
				return ctx.Err() // o may be a worker's "cancelled"
			}
			if err := consume(o); err != nil {
				return err
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return ctx.Err()
}
