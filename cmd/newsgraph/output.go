package main

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

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
			err = &outputError{name, err}
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
