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

// withOutput calls write with the output: standard output (buffered; flush
// sends what was written so far) or the file named output, replaced
// atomically once write returns nil, and left as it was otherwise.
func withOutput(stdout io.Writer, output string, write func(w io.Writer, flush func() error) error) error {
	if output == "" || output == "-" {
		bw := bufio.NewWriter(stdout)
		err := write(bw, bw.Flush)
		if err == nil {
			if err = bw.Flush(); err != nil {
				err = &outputError{"standard output", err}
			}
		}
		return err
	}
	return writeFileAtomic(output, func(w io.Writer) error {
		return write(w, func() error { return nil })
	})
}

// outputName names the output in messages.
func outputName(output string) string {
	if output == "" || output == "-" {
		return "standard output"
	}
	return output
}

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
func writeFileAtomic(name string, write func(io.Writer) error) error {
	return writeFilesAtomic([]atomicFile{{name, write}})
}

// atomicFile is a file for writeFilesAtomic: its name and what to write.
type atomicFile struct {
	name  string
	write func(io.Writer) error
}

// writeFilesAtomic writes each file as writeFileAtomic does, and replaces
// them together: all of them are written to temporary files first, and
// when one fails or cannot be put in place, the others are left as they
// were (a file that did not exist is removed again).
func writeFilesAtomic(files []atomicFile) (err error) {
	var staged []*stagedFile
	defer func() {
		if err != nil {
			for _, st := range staged {
				st.discard()
			}
		}
	}()
	for _, f := range files {
		st, err := stageFile(f.name, f.write)
		if err != nil {
			return err
		}
		staged = append(staged, st)
	}
	return commitStaged(staged)
}

// stagedFile is a file written in full to tmp, to be renamed to target.
// tmp is "" for a device or pipe, written to directly.
type stagedFile struct {
	name, target, tmp string
	old               string // a link to the file target replaced, while committing
	existed           bool
}

func (st *stagedFile) discard() {
	if st.tmp != "" {
		os.Remove(st.tmp)
	}
}

// stageFile writes name's new content to a synced temporary file beside
// its target.
func stageFile(name string, write func(io.Writer) error) (st *stagedFile, err error) {
	target := name
	if fi, lerr := os.Lstat(name); lerr == nil && fi.Mode()&fs.ModeSymlink != 0 {
		if t, everr := filepath.EvalSymlinks(name); everr == nil {
			target = t
		}
	}
	perm := fs.FileMode(0o644)
	existed := false
	var owner *fileOwner
	if fi, serr := os.Stat(target); serr == nil {
		if fi.IsDir() {
			return nil, &outputError{name, errors.New("is a directory")}
		}
		if !fi.Mode().IsRegular() {
			// A device or a pipe (-o /dev/null, -o /dev/stdout, a FIFO)
			// cannot be replaced, only written to.
			return &stagedFile{name: name, target: target}, writeSpecial(name, target, write)
		}
		if !writable(target) {
			// what "> name" could not write, -o does not replace either
			return nil, &outputError{name, fs.ErrPermission}
		}
		perm = fi.Mode().Perm()
		existed = true
		owner = ownerOf(fi)
	}

	f, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".tmp*")
	if err != nil {
		return nil, &outputError{name, err}
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
		return nil, err
	}
	if err = bw.Flush(); err != nil {
		return nil, err
	}
	if err = f.Chmod(perm); err != nil {
		return nil, err
	}
	owner.keep(f)
	if err = f.Sync(); err != nil {
		return nil, err
	}
	if err = f.Close(); err != nil {
		return nil, err
	}
	return &stagedFile{name: name, target: target, tmp: tmp, existed: existed}, nil
}

// commitStaged renames the staged files into place. With more than one,
// each replaced file is kept under a hard link until all are in place, and
// put back if one rename fails.
func commitStaged(staged []*stagedFile) error {
	several := len(staged) > 1
	var done []*stagedFile
	undo := func() {
		for _, d := range done {
			if d.old != "" {
				os.Rename(d.old, d.target)
			} else if !d.existed {
				os.Remove(d.target)
			}
		}
	}
	for _, st := range staged {
		if st.tmp == "" {
			continue
		}
		if several && st.existed {
			old := st.tmp + ".old"
			if os.Link(st.target, old) == nil {
				st.old = old
			}
		}
		if err := os.Rename(st.tmp, st.target); err != nil {
			if st.old != "" {
				os.Remove(st.old)
				st.old = ""
			}
			undo()
			return &outputError{st.name, err}
		}
		st.tmp = ""
		done = append(done, st)
	}
	for _, d := range done {
		if d.old != "" {
			os.Remove(d.old)
		}
		// Make the rename itself durable; not all systems can sync a
		// directory.
		if dir, derr := os.Open(filepath.Dir(d.target)); derr == nil {
			dir.Sync()
			dir.Close()
		}
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
