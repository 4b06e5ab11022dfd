package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
)

// docRun is one run of a command over the documents of its inputs, read
// as extract reads them: extract and stats extract them, parse parses
// them.
type docRun struct {
	opts    *extractOptions
	inputs  []*input // sorted by id, with their ids assigned
	prog    *progress
	tally   *tally
	nfailed int // inputs and documents that failed
}

// startRun walks the inputs of opts, gives them their ids, reports those
// that cannot be read and starts the progress.
func startRun(ctx context.Context, opts *extractOptions) (*docRun, error) {
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
	return &docRun{opts: opts, inputs: inputs, prog: prog, tally: &tally{p: prog}, nfailed: len(failed)}, nil
}

// each runs work on every job of the run's inputs (a document, or a line
// or sentence of an input read a part at a time) on opts.Workers
// goroutines, reports the outcomes' warnings and failures on standard
// error, and hands every outcome that did not fail to add, in the order of
// the jobs: by document id, then line. An error of add fails the
// outcome's input, except an *outputError, which stops the run and is
// returned.
func (r *docRun) each(ctx context.Context, work func(context.Context, job) outcome, add func(outcome) error) error {
	if r.opts.afterWalk != nil {
		r.opts.afterWalk(r.inputs)
	}
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
	if limit := cmp.Or(r.opts.InFlight, defaultInFlight()); limit > 0 && r.opts.Workers > 1 {
		// large documents wait for others rather than all run at once
		b := newByteBudget(limit)
		inner := work
		work = func(ctx context.Context, j job) outcome {
			n := j.cost()
			b.acquire(ctx, n)
			defer b.release(n)
			return inner(ctx, j)
		}
	}
	return runOrdered(ctx, r.opts.feed(r.inputs), r.opts.Workers, work, consume)
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
