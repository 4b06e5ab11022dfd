package ingest_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/ingest"
)

// samples returns the files of testdata/inputs with one of exts.
func samples(f *testing.F, exts ...string) [][]byte {
	var out [][]byte
	for _, ext := range exts {
		paths, _ := filepath.Glob(filepath.Join("..", "testdata", "inputs", "*."+ext))
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			// the start of the file: whole pages make seeds so long that
			// the fuzzer spends its time on them instead of on new inputs
			if len(b) > 600 {
				b = b[:600]
			}
			out = append(out, b)
		}
	}
	return out
}

// checkText checks that text is what extract.Parse accepts, and that the
// sentences Parse finds slice it.
func checkText(t *testing.T, text string, a *ingest.Article) {
	t.Helper()
	if !utf8.ValidString(text) || strings.IndexByte(text, 0) >= 0 {
		t.Fatalf("text %q is not UTF-8 without NUL", text)
	}
	for _, s := range []string{a.Title, a.Date, a.URL, a.Source, a.ID} {
		if !utf8.ValidString(s) {
			t.Fatalf("metadata %q is not UTF-8", s)
		}
	}
	if a.Date != "" && len(a.Date) != 4 && len(a.Date) != 7 && len(a.Date) != 10 {
		t.Fatalf("date %q is not YYYY, YYYY-MM or YYYY-MM-DD", a.Date)
	}
	doc, err := extract.Parse("fuzz", "fuzz", []byte(text), extract.ParseOptions{Title: a.Title, Date: a.Date, URL: a.URL, Source: a.Source})
	if errors.Is(err, extract.ErrEmpty) {
		return
	}
	if err != nil {
		t.Fatalf("Parse rejects the text %q: %v", text, err)
	}
	if doc.Text != text {
		t.Fatal("document text is not the extracted text")
	}
	for _, s := range doc.Sentences {
		if s.Start < 0 || s.Start > s.End || s.End > len(text) || text[s.Start:s.End] != s.Text {
			t.Fatalf("sentence %d [%d:%d] %q does not slice the text", s.Index, s.Start, s.End, s.Text)
		}
	}
}

// FuzzHTML fuzzes the HTML reader: whatever the page, nothing panics, the
// same page gives the same article, its text is what extract.Parse takes,
// and the offsets of the sentences Parse finds are in bounds.
//
//	go test ./ingest -run '^$' -fuzz FuzzHTML -fuzztime 2m
func FuzzHTML(f *testing.F) {
	for _, b := range samples(f, "html", "htm") {
		f.Add(b)
	}
	for _, s := range []string{
		"", "<", "<p>", "<article><p>a</p></article>", "<p>x<br>y</p>", "<pre>a\n\nb</pre>",
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"h","datePublished":"2024-02-30"}</script>`,
		`<meta property="article:published_time" content="99999999999999"><time datetime="2024-01-01">`,
		"<p>\x00</p>", "<p>\xff\xfe</p>", "&#0;&#xD800;", "<svg><title>t</title></svg><p>p</p>",
		"<table><caption>c</caption><tr><td>a<td>b</table>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		a, err := ingest.HTML(page)
		if err != nil {
			return // nested deeper than the parser allows
		}
		again, _ := ingest.HTML(page)
		if *a != *again {
			t.Fatalf("two reads differ: %+v and %+v", a, again)
		}
		if a.Text != "" && !strings.HasSuffix(a.Text, "\n") {
			t.Fatalf("text %q does not end with a newline", a.Text)
		}
		checkText(t, a.Text, a)
	})
}

// FuzzJSONL fuzzes the JSON Lines reader: whatever the bytes, nothing
// panics, line numbers grow, sizes add up to the input, every good line's
// text is what extract.Parse takes, and the offsets of the sentences Parse
// finds are in bounds.
//
//	go test ./ingest -run '^$' -fuzz FuzzJSONL -fuzztime 2m
func FuzzJSONL(f *testing.F) {
	for _, b := range samples(f, "jsonl") {
		f.Add(b, int64(0))
		f.Add(b, int64(100))
	}
	for _, s := range []string{
		"", "\n", "{}", `{"text": "a"}`, `{"text": ["a", "b"]}`, `{"text": "<p>a</p>"}`, "{\"text\": \"a\"}\r\n{",
		`{"body": "x", "date": 1711440900000, "id": 1e400}`, `{"text": "a", "source": {"name": 3}}`, "\uFEFF{\"text\": \"\\u0000\"}",
		`{"text": "a"} 1`, "[1]\nnull\n\"s\"", "{\"text\": \"\xff\"}",
	} {
		f.Add([]byte(s), int64(0))
		f.Add([]byte(s), int64(8))
	}
	f.Fuzz(func(t *testing.T, dump []byte, max int64) {
		if max < 0 {
			max = -max
		}
		rd := ingest.NewJSONL(bytes.NewReader(dump), ingest.Fields{}, max)
		last, size := 0, 0
		for {
			l, err := rd.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("reading from memory: %v", err)
			}
			if l.Number <= last {
				t.Fatalf("line %d after line %d", l.Number, last)
			}
			last, size = l.Number, size+l.Size
			if (l.Err == nil) == (l.Article == nil) {
				t.Fatalf("line %d: error %v and article %v", l.Number, l.Err, l.Article)
			}
			if l.Article != nil {
				if strings.TrimSpace(l.Article.Text) == "" {
					t.Fatalf("line %d: empty text", l.Number)
				}
				checkText(t, l.Article.Text, l.Article)
			}
		}
		if size > len(dump) {
			t.Fatalf("sizes add up to %d bytes, more than the %d of the input", size, len(dump))
		}
	})
}

// FuzzDecodeText fuzzes what newsgraph does with the bytes of a text file
// before extraction: DecodeText, then extract.Parse. Whatever the bytes,
// nothing panics, decoded text is UTF-8 without NUL bytes that Parse
// accepts (or finds empty), and every sentence's offsets slice the decoded
// text.
//
//	go test ./ingest -run '^$' -fuzz FuzzDecodeText -fuzztime 3m
func FuzzDecodeText(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		// the first lines: whole articles make seeds so long that the
		// fuzzer spends its time on them instead of on new inputs
		if i := bytes.LastIndexByte(b[:min(len(b), 400)], '\n'); i > 0 {
			b = b[:i+1]
		}
		s := string(b)
		f.Add(b)
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
		text, warnings, err := ingest.DecodeText(data)
		again, warnings2, err2 := ingest.DecodeText(data)
		if !bytes.Equal(text, again) || len(warnings) != len(warnings2) || (err == nil) != (err2 == nil) {
			t.Fatal("DecodeText is not deterministic")
		}
		if err != nil {
			if !errors.Is(err, ingest.ErrNotText) {
				t.Fatalf("DecodeText error %v, want ErrNotText or nil", err)
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
