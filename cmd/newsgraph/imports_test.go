package main

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestInputsReadInIngest checks that reading inputs stays in package
// ingest: no file of the commands, tests included, imports an HTML parser
// or a charset decoder.
func TestInputsReadInIngest(t *testing.T) {
	forbidden := []string{"golang.org/x/net/html", "golang.org/x/text/encoding", "golang.org/x/text/transform"}
	files, err := filepath.Glob(filepath.Join("..", "*", "*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no Go files in cmd/: %v", err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			for _, bad := range forbidden {
				if path == bad || strings.HasPrefix(path, bad+"/") {
					t.Errorf("%s imports %s: inputs are read and decoded by package ingest", name, path)
				}
			}
		}
	}
}
