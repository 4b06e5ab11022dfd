package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
)

// inputError is one input that failed: the line "newsgraph: PATH: reason".
type inputError struct {
	seq  int    // position among the inputs, as given on the command line
	path string // as the user gave it
	err  error
}

// sortedErrors returns failed sorted by position among the inputs.
func sortedErrors(failed []inputError) []inputError {
	out := slices.Clone(failed)
	slices.SortStableFunc(out, func(a, b inputError) int { return cmp.Compare(a.seq, b.seq) })
	return out
}

// walkInputs expands paths into the inputs to read: "-" is standard
// input, a directory is walked for files with one of exts, and anything
// else is read as a file. No paths means standard input. Paths that cannot
// be opened, directory entries that cannot be read, and directories with no
// file to read are returned as failures. Only names are collected: files are
// read later, as they are extracted. It stops with ctx's error when ctx is
// cancelled.
func walkInputs(ctx context.Context, paths, exts []string) ([]*ingest.Input, []inputError, error) {
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	var (
		inputs []*ingest.Input
		failed []inputError
		seq    int
	)
	add := func(path, id string, stdin bool) {
		inputs = append(inputs, &ingest.Input{Seq: seq, Path: path, ID: id, Stdin: stdin})
		seq++
	}
	fail := func(path string, err error) {
		failed = append(failed, inputError{seq: seq, path: path, err: err})
		seq++
	}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		if p == "-" {
			add("-", "stdin", true)
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			fail(p, statError(p, err))
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
		before := seq
		werr := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if cerr := ctx.Err(); cerr != nil {
				return cerr
			}
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
					fail(path, statError(path, err))
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
		if werr != nil {
			return nil, nil, werr
		}
		if seq == before {
			fail(p, fmt.Errorf("no %s files in it (choose extensions with --ext)", extList(exts)))
		}
	}
	return inputs, failed, nil
}

// statError explains why a path could not be opened: a symbolic link whose
// target is missing is "dangling".
func statError(path string, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		if lfi, lerr := os.Lstat(path); lerr == nil && lfi.Mode()&fs.ModeSymlink != 0 {
			if target, rerr := os.Readlink(path); rerr == nil {
				return fmt.Errorf("dangling symbolic link to %s", target)
			}
			return errors.New("dangling symbolic link")
		}
	}
	return err
}

// extList names extensions for a message: ".txt or .md", ".a, .b or .c".
func extList(exts []string) string {
	dotted := make([]string, len(exts))
	for i, e := range exts {
		dotted[i] = "." + e
	}
	if len(dotted) == 1 {
		return dotted[0]
	}
	return strings.Join(dotted[:len(dotted)-1], ", ") + " or " + dotted[len(dotted)-1]
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

// rootIDs gives each file input the id of its path relative to root, so
// that separate runs over parts of one folder give the ids that one run
// over the folder gives. Inputs outside root are returned as failures.
func rootIDs(inputs []*ingest.Input, root string) ([]*ingest.Input, []inputError) {
	absRoot, err := filepath.Abs(root)
	if err != nil {
		return nil, []inputError{{path: root, err: err}}
	}
	kept := inputs[:0]
	var failed []inputError
	for _, in := range inputs {
		if in.Stdin {
			kept = append(kept, in)
			continue
		}
		abs, err := filepath.Abs(in.Path)
		var rel string
		if err == nil {
			rel, err = filepath.Rel(absRoot, abs)
		}
		if err == nil && (rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator))) {
			err = fmt.Errorf("not in --root %s", root)
		}
		if err != nil {
			failed = append(failed, inputError{seq: in.Seq, path: in.Path, err: err})
			continue
		}
		in.ID = filepath.ToSlash(rel)
		kept = append(kept, in)
	}
	return kept, failed
}

// assignIDs makes the ids of inputs unique and sorts inputs by id. Inputs
// sharing an id are ordered by path; the first keeps the id and the others
// get "#2", "#3", ... (skipping any suffixed id that another input already
// has), by graph.UniqueIDs, which merge also uses. The result depends only
// on the set of inputs, not on their order.
func assignIDs(inputs []*ingest.Input) {
	byIDPath := func(a, b *ingest.Input) int {
		return cmp.Or(strings.Compare(a.ID, b.ID), strings.Compare(a.Path, b.Path))
	}
	slices.SortStableFunc(inputs, byIDPath)
	ids, paths := make([]string, len(inputs)), make([]string, len(inputs))
	for i, in := range inputs {
		ids[i], paths[i] = in.ID, in.Path
	}
	for i, id := range graph.UniqueIDs(ids, paths) {
		inputs[i].ID = id
	}
	slices.SortStableFunc(inputs, byIDPath)
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
