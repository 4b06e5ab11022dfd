package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"

	"github.com/newsgraph/newsgraph/extract"
)

// seedHead is the start of a sample article as a fuzzing seed: its first
// lines, up to about 400 bytes. Whole articles make seeds so long that the
// fuzzer spends its time on them instead of on new inputs.
func seedHead(b []byte) []byte {
	if len(b) <= 400 {
		return b
	}
	if i := bytes.LastIndexByte(b[:400], '\n'); i > 0 {
		return b[:i+1]
	}
	return b[:400]
}

// FuzzDecodeParse fuzzes what newsgraph does with the bytes of a file before
// extraction: decodeText, then extract.Parse. Whatever the bytes, nothing
// panics, decoded text is UTF-8 without NUL bytes that Parse accepts (or
// finds empty), and every sentence's offsets slice the decoded text.
//
//	go test ./cmd/newsgraph -run '^$' -fuzz FuzzDecodeParse -fuzztime 3m
func FuzzDecodeParse(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join(testdataDir, "articles", "*.txt"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(seedHead(b))
	}
	for _, s := range []string{storyLisbon, storyManila, storyNairobi} {
		f.Add([]byte(s))
		f.Add([]byte(strings.ReplaceAll(s, "\n", "\r\n")))
		le, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(s)
		f.Add([]byte(le))
		be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().String(s)
		f.Add([]byte(be))
		f.Add([]byte(strings.Replace(s, "and", "\xff\xfe\xc3", 1)))
	}
	for _, s := range []string{"", "\n", "\xff\xfe", "\xfe\xff\x00", "\uFEFF", "\uFEFF\r\n\r\nx", "a\x00b", "(AP)\n(AP)", "\xed\xa0\x80"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		text, warnings, err := decodeText(data)
		again, warnings2, err2 := decodeText(data)
		if !bytes.Equal(text, again) || len(warnings) != len(warnings2) || (err == nil) != (err2 == nil) {
			t.Fatal("decodeText is not deterministic")
		}
		if err != nil {
			if !errors.Is(err, errNotText) {
				t.Fatalf("decodeText error %v, want errNotText or nil", err)
			}
			return
		}
		if !utf8.Valid(text) || bytes.IndexByte(text, 0) >= 0 {
			t.Fatalf("decoded text %q is not UTF-8 without NUL", text)
		}
		doc, err := extract.Parse("fuzz.txt", "fuzz.txt", text, extract.ParseOptions{})
		if errors.Is(err, extract.ErrEmpty) {
			return
		}
		if err != nil {
			t.Fatalf("Parse rejects decoded text %q: %v", text, err)
		}
		if doc.Text != string(text) {
			t.Fatal("document text is not the decoded text")
		}
		for _, s := range doc.Sentences {
			if s.Start < 0 || s.Start > s.End || s.End > len(doc.Text) || doc.Text[s.Start:s.End] != s.Text {
				t.Fatalf("sentence %d [%d:%d] %q does not slice the text", s.Index, s.Start, s.End, s.Text)
			}
		}
	})
}
