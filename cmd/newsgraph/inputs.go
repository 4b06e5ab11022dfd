package main

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// input is one document to read: a file or standard input.
type input struct {
	seq   int    // position among the inputs, in command-line and walk order
	path  string // as the user gave it, joined for walked files; "-" for stdin
	id    string // document id, unique once assignIDs has run
	stdin bool
}

// collectInputs expands paths into the documents to read: "-" is standard
// input, a directory is walked for files with one of exts, and anything
// else is read as a file. No paths means standard input. Paths that cannot
// be opened, and directory entries that cannot be read, are returned as
// failures.
func collectInputs(paths, exts []string) ([]*input, []inputError) {
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	var (
		inputs []*input
		failed []inputError
		seq    int
	)
	add := func(path, id string, stdin bool) {
		inputs = append(inputs, &input{seq: seq, path: path, id: id, stdin: stdin})
		seq++
	}
	fail := func(path string, err error) {
		failed = append(failed, inputError{seq: seq, path: path, err: err})
		seq++
	}
	for _, p := range paths {
		if p == "-" {
			add("-", "stdin", true)
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			fail(p, err)
			continue
		}
		if !fi.IsDir() {
			add(p, filepath.Base(p), false)
			continue
		}
		root := p
		if lfi, err := os.Lstat(p); err == nil && lfi.Mode()&fs.ModeSymlink != 0 {
			root = p + string(filepath.Separator) // so that WalkDir follows it
		}
		_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				fail(path, err) // an unreadable directory or entry
				return nil
			}
			if path == root {
				return nil
			}
			if strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() || !hasExt(d.Name(), exts) {
				return nil
			}
			if !d.Type().IsRegular() {
				// Read a symbolic link to a file; skip devices, pipes and
				// links to directories, as directory walks usually do.
				if d.Type()&fs.ModeSymlink == 0 {
					return nil
				}
				fi, err := os.Stat(path)
				if err != nil {
					fail(path, err)
					return nil
				}
				if !fi.Mode().IsRegular() {
					return nil
				}
			}
			rel, err := filepath.Rel(root, path)
			if err != nil {
				fail(path, err)
				return nil
			}
			add(path, filepath.ToSlash(rel), false)
			return nil
		})
	}
	return inputs, failed
}

// hasExt reports whether name ends in "." followed by one of exts (lower
// case), ignoring case.
func hasExt(name string, exts []string) bool {
	name = strings.ToLower(name)
	for _, e := range exts {
		if strings.HasSuffix(name, "."+e) {
			return true
		}
	}
	return false
}

// assignIDs makes the ids of inputs unique and sorts inputs by id. Inputs
// sharing an id are ordered by path; the first keeps the id and the others
// get "#2", "#3", ... (skipping any suffixed id that another input already
// has). The result depends only on the set of inputs, not on their order.
func assignIDs(inputs []*input) {
	byIDPath := func(a, b *input) int {
		return cmp.Or(strings.Compare(a.id, b.id), strings.Compare(a.path, b.path))
	}
	slices.SortStableFunc(inputs, byIDPath)
	taken := make(map[string]bool, len(inputs))
	for _, in := range inputs {
		taken[in.id] = true
	}
	used := make(map[string]bool, len(inputs))
	for _, in := range inputs {
		if !used[in.id] {
			used[in.id] = true
			continue
		}
		for n := 2; ; n++ {
			id := in.id + "#" + strconv.Itoa(n)
			if !taken[id] && !used[id] {
				in.id = id
				used[id] = true
				break
			}
		}
	}
	slices.SortStableFunc(inputs, byIDPath)
}

// reportInputErrors writes one line "newsgraph: PATH: reason" per failed
// input, in input order.
func reportInputErrors(w io.Writer, failed []inputError) {
	slices.SortStableFunc(failed, func(a, b inputError) int { return cmp.Compare(a.seq, b.seq) })
	for _, f := range failed {
		fmt.Fprintf(w, "newsgraph: %s: %s\n", f.path, reason(f.err))
	}
}

// reason returns the message of err without the operation and path that
// the os package puts in front ("open a.txt: permission denied" becomes
// "permission denied"): the caller names the path already.
func reason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err.Error()
	}
	return err.Error()
}
