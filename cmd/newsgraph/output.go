package main

import (
	"bufio"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// isBrokenPipe reports whether err is a write to a pipe whose reader has
// gone ("newsgraph extract dir | head -1"): the end of a run, not a
// failure to report.
func isBrokenPipe(err error) bool { return errors.Is(err, syscall.EPIPE) }

// outputError is a failure to write the graph: "write NAME: reason".
type outputError struct {
	name string // the output file, or "standard output"
	err  error
}

func (e *outputError) Error() string { return "write " + e.name + ": " + reason(e.err) }
func (e *outputError) Unwrap() error { return e.err }

// writeFileAtomic calls write with a temporary file in the directory of
// name, syncs it and renames it to name, so that name is either left as it
// was or replaced whole. On failure the temporary file is removed. A name
// that is a symbolic link has its target replaced. A new file gets mode
// 0644; a replaced one keeps its mode.
func writeFileAtomic(name string, write func(io.Writer) error) (err error) {
	target := name
	if fi, lerr := os.Lstat(name); lerr == nil && fi.Mode()&fs.ModeSymlink != 0 {
		if t, everr := filepath.EvalSymlinks(name); everr == nil {
			target = t
		}
	}
	perm := fs.FileMode(0o644)
	if fi, serr := os.Stat(target); serr == nil {
		if fi.IsDir() {
			return &outputError{name, errors.New("is a directory")}
		}
		if !fi.Mode().IsRegular() {
			// A device or a pipe (-o /dev/null, -o /dev/stdout, a FIFO)
			// cannot be replaced, only written to.
			return writeSpecial(name, target, write)
		}
		perm = fi.Mode().Perm()
	}

	f, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".tmp*")
	if err != nil {
		return &outputError{name, err}
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close() // may already be closed; the error is the first one
			os.Remove(tmp)
			// Errors of write that are not about the output (it was
			// interrupted, or says which output failed) pass as they are.
			var oe *outputError
			if !errors.As(err, &oe) && !errors.Is(err, context.Canceled) {
				err = &outputError{name, err}
			}
		}
	}()
	bw := bufio.NewWriter(f)
	if err = write(bw); err != nil {
		return err
	}
	if err = bw.Flush(); err != nil {
		return err
	}
	if err = f.Chmod(perm); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp, target); err != nil {
		return err
	}
	// Make the rename itself durable; not all systems can sync a directory.
	if d, derr := os.Open(filepath.Dir(target)); derr == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// writeSpecial calls write with the file target, which is not a regular
// file, opened for writing.
func writeSpecial(name, target string, write func(io.Writer) error) error {
	f, err := os.OpenFile(target, os.O_WRONLY, 0)
	if err != nil {
		return &outputError{name, err}
	}
	bw := bufio.NewWriter(f)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	var oe *outputError
	if err != nil && !errors.As(err, &oe) && !errors.Is(err, context.Canceled) {
		err = &outputError{name, err}
	}
	return err
}
