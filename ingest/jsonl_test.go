package ingest

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
)

// readAll reads every line of a dump.
func readAll(t *testing.T, r io.Reader, f Fields, max int64) ([]Line, error) {
	t.Helper()
	rd := NewJSONL(r, f, max)
	var lines []Line
	for {
		l, err := rd.Next()
		if err == io.EOF {
			return lines, nil
		}
		if err != nil {
			return lines, err
		}
		lines = append(lines, l)
	}
}

func TestJSONLFields(t *testing.T) {
	tests := []struct {
		name   string
		line   string
		fields Fields
		want   Article
	}{
		{
			name: "common names",
			line: `{"id": "a1", "title": "T", "text": "Body.", "date": "2024-03-26T10:00:00Z", "url": "https://x.example/a1", "source": "Wire"}`,
			want: Article{ID: "a1", Title: "T", Text: "Body.", Date: "2024-03-26", URL: "https://x.example/a1", Source: "Wire"},
		},
		{
			name: "news-API names: body, headline, published_at, link, source object",
			line: `{"uuid": "u-9", "headline": "H", "body": "Body.", "published_at": "Tue, 26 Mar 2024 08:15:00 GMT", "link": "https://x.example/u9", "source": {"id": "w", "name": "Wire Name"}}`,
			want: Article{ID: "u-9", Title: "H", Text: "Body.", Date: "2024-03-26", URL: "https://x.example/u9", Source: "Wire Name"},
		},
		{
			name: "first names that are set win; empty ones are skipped",
			line: `{"text": "  ", "body": "", "content": "From content.", "article": "From article.", "title": "", "headline": "From headline", "date": null, "published": "2024-01-02", "publishedAt": "2024-09-09"}`,
			want: Article{Title: "From headline", Text: "From content.", Date: "2024-01-02"},
		},
		{
			name: "numbers: id and a Unix date",
			line: `{"id": 12345678901234567890, "text": "Body.", "publishedAt": 1711440900}`,
			want: Article{ID: "12345678901234567890", Text: "Body.", Date: "2024-03-26"},
		},
		{
			name: "the url is the id when there is no other",
			line: `{"link": "https://x.example/b", "url": "https://x.example/a", "text": "Body."}`,
			want: Article{ID: "https://x.example/a", URL: "https://x.example/a", Text: "Body."},
		},
		{
			name: "paragraphs as an array",
			line: `{"text": ["First paragraph.", " ", "Second paragraph.", 3]}`,
			want: Article{Text: "First paragraph.\n\nSecond paragraph."},
		},
		{
			name:   "chosen fields, nested by dots",
			line:   `{"doc": {"id": 7, "meta": {"published": "2024-04-05"}}, "story": "Body.", "title": "Not this", "hed": "This", "pub": {"site": "Press"}}`,
			fields: Fields{Text: []string{"story"}, Title: []string{"hed"}, Date: []string{"doc.meta.published"}, ID: []string{"doc.id"}, Source: []string{"pub.site"}},
			want:   Article{ID: "7", Title: "This", Text: "Body.", Date: "2024-04-05", Source: "Press"},
		},
		{
			name:   "a dotted name that is a field",
			line:   `{"a.b": "Body."}`,
			fields: Fields{Text: []string{"a.b"}},
			want:   Article{Text: "Body."},
		},
		{
			name: "HTML in the text field is read as a page",
			line: `{"content": "<div><nav>Menu</nav><p>First.</p><p>Second.</p></div>", "title": "T"}`,
			want: Article{Title: "T", Text: "First.\n\nSecond.\n"},
		},
		{
			name: "text kept as it is, white space and all",
			line: `{"text": "Headline\r\n\r\n  Body.\n"}`,
			want: Article{Text: "Headline\r\n\r\n  Body.\n"},
		},
		{
			name: "NUL characters are replaced",
			line: `{"text": "a\u0000b"}`,
			want: Article{Text: "a\uFFFDb"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines, err := readAll(t, strings.NewReader(tt.line+"\n"), tt.fields, 0)
			if err != nil || len(lines) != 1 {
				t.Fatalf("%d lines, error %v; want 1 line", len(lines), err)
			}
			if lines[0].Err != nil {
				t.Fatalf("line error: %v", lines[0].Err)
			}
			if diff := cmp.Diff(tt.want, *lines[0].Article); diff != "" {
				t.Errorf("article (-want +got):\n%s", diff)
			}
		})
	}
}

// TestJSONLBadLines checks that a bad line is an error of that line, with
// its number, and that the lines after it are read.
func TestJSONLBadLines(t *testing.T) {
	dump := "\uFEFF" + `{"text": "One."}` + "\n" +
		`{"text": "Two.", ` + "\n" +
		"\n" +
		"   \t\r\n" +
		`["not", "an", "object"]` + "\n" +
		`{"title": "No text"}` + "\n" +
		`{"text": 42}` + "\n" +
		`{"text": "a"} {"text": "b"}` + "\n" +
		`{"text": "` + strings.Repeat("x", 100) + `"}` + "\n" +
		"{\"text\": \"Bad \xff byte.\"}\r\n" +
		`{"text": "Last, no newline."}`
	lines, err := readAll(t, strings.NewReader(dump), Fields{}, 64)
	if err != nil {
		t.Fatal(err)
	}
	type got struct {
		Number int
		Text   string
		Err    string
		Warn   []string
	}
	var gots []got
	for _, l := range lines {
		g := got{Number: l.Number, Warn: l.Warnings}
		if l.Err != nil {
			g.Err = l.Err.Error()
		} else {
			g.Text = l.Article.Text
		}
		gots = append(gots, g)
	}
	want := []got{
		{Number: 1, Text: "One."},
		{Number: 2, Err: "invalid JSON: unexpected end of line"},
		{Number: 5, Err: "not a JSON object but an array"},
		{Number: 6, Err: `no text (no field "text", "body", "content" or "article" with a non-empty string)`},
		{Number: 7, Err: `no text (no field "text", "body", "content" or "article" with a non-empty string)`},
		{Number: 8, Err: "invalid JSON: more than one value on the line"},
		{Number: 9, Err: "line too long (113 bytes > 64)"},
		{Number: 10, Text: "Bad \uFFFD byte.", Warn: []string{"invalid UTF-8 replaced with U+FFFD"}},
		{Number: 11, Text: "Last, no newline."},
	}
	if diff := cmp.Diff(want, gots); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
	size := 0
	for _, l := range lines {
		size += l.Size
	}
	if size != len(dump) {
		t.Errorf("sizes add up to %d bytes, want %d", size, len(dump))
	}
}

// TestJSONLLongLines checks that lines longer than the reader's buffer are
// read whole, and that the limit counts the line without its newline.
func TestJSONLLongLines(t *testing.T) {
	text := strings.Repeat("Word ", 100000) // 500 KB, past the 64 KB buffer
	line := `{"text": "` + text + `"}`
	for _, tt := range []struct {
		max     int64
		wantErr bool
	}{{0, false}, {int64(len(line)), false}, {int64(len(line)) - 1, true}} {
		lines, err := readAll(t, iotest.HalfReader(strings.NewReader(line+"\n"+`{"text": "After."}`+"\n")), Fields{}, tt.max)
		if err != nil || len(lines) != 2 {
			t.Fatalf("max %d: %d lines, error %v; want 2", tt.max, len(lines), err)
		}
		if (lines[0].Err != nil) != tt.wantErr {
			t.Errorf("max %d: line 1 error %v, want error %t", tt.max, lines[0].Err, tt.wantErr)
		}
		var tl *LineTooLongError
		if tt.wantErr && !errors.As(lines[0].Err, &tl) {
			t.Errorf("max %d: error %T, want *LineTooLongError", tt.max, lines[0].Err)
		}
		if !tt.wantErr && lines[0].Article.Text != text {
			t.Errorf("max %d: text of %d bytes, want %d", tt.max, len(lines[0].Article.Text), len(text))
		}
		if lines[1].Number != 2 || lines[1].Err != nil || lines[1].Article.Text != "After." {
			t.Errorf("max %d: line after the long one: %+v", tt.max, lines[1])
		}
	}
}

// TestJSONLReadError checks that a failing reader ends the dump with its
// error after the lines read before it.
func TestJSONLReadError(t *testing.T) {
	boom := errors.New("disk on fire")
	r := io.MultiReader(strings.NewReader(`{"text": "One."}`+"\n"+`{"text": "Tw`), iotest.ErrReader(boom))
	lines, err := readAll(t, r, Fields{}, 0)
	if !errors.Is(err, boom) || len(lines) != 1 {
		t.Errorf("%d lines, error %v; want 1 line and %v", len(lines), err, boom)
	}
}

// TestJSONLEmpty checks that an empty or blank dump has no line.
func TestJSONLEmpty(t *testing.T) {
	for _, dump := range []string{"", "\n\n", "  \r\n\t"} {
		lines, err := readAll(t, strings.NewReader(dump), Fields{}, 0)
		if err != nil || len(lines) != 0 {
			t.Errorf("%q: %d lines, error %v; want none", dump, len(lines), err)
		}
	}
}
