package ingest

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

// readDocs feeds the inputs of paths ("-" for stdin) to a reader of opts
// over files, reads every part, and returns "ID PATH DATE" for each
// document and "PATH: warning" or "PATH: error" for the rest.
func readDocs(t *testing.T, opts Options, files fstest.MapFS, stdin string, paths ...string) []string {
	t.Helper()
	opts.Open = files.Open
	opts.Stdin = strings.NewReader(stdin)
	var inputs []*Input
	for i, p := range paths {
		inputs = append(inputs, &Input{Seq: i, Path: p, ID: p, Stdin: p == "-"})
	}
	rd := NewReader(opts)
	var got []string
	rd.Feed(inputs, func(p Part) bool {
		d, _, warnings, err := rd.Read(p)
		for _, w := range warnings {
			got = append(got, p.Input.Path+": "+w)
		}
		if err != nil {
			got = append(got, p.Input.Path+": "+err.Error())
		}
		if d != nil {
			got = append(got, d.ID+" "+d.Path+" "+d.Date)
		}
		return true
	})
	return got
}

// TestReaderDates checks which date each document gets: --date, else its
// row in the table, else its page's or line's whole date, else its
// path's, else the year or month its page or line gives.
func TestReaderDates(t *testing.T) {
	page := `<html><head><meta property="article:published_time" content="2024-05-01T10:00:00Z"></head><body><article><p>Fiji and Tonga signed an accord.</p></article></body></html>`
	files := fstest.MapFS{
		"2024/03/26/a.txt":     {Data: []byte("Fiji and Tonga signed an accord.\n")},
		"2024-03-27-b.txt":     {Data: []byte("Fiji and Tonga signed an accord.\n")},
		"c.txt":                {Data: []byte("Fiji and Tonga signed an accord.\n")},
		"2024/03/28/page.html": {Data: []byte(page)},
		"2024/03/29/dump.jsonl": {Data: []byte(`{"id": "x", "text": "Fiji signed.", "date": "2024-06"}` + "\n" +
			`{"id": "y", "text": "Tonga signed.", "date": "2024-06-02"}` + "\n")},
		"undated.jsonl": {Data: []byte(`{"id": "z", "text": "Fiji signed.", "date": "2024-06"}` + "\n")},
	}
	paths := []string{"2024/03/26/a.txt", "2024-03-27-b.txt", "c.txt", "2024/03/28/page.html", "2024/03/29/dump.jsonl", "undated.jsonl"}
	tests := []struct {
		name string
		opts Options
		want []string
	}{
		{"from paths and pages", Options{}, []string{
			"2024/03/26/a.txt 2024/03/26/a.txt 2024-03-26",
			"2024-03-27-b.txt 2024-03-27-b.txt 2024-03-27",
			"c.txt c.txt ",
			"2024/03/28/page.html 2024/03/28/page.html 2024-05-01",
			"2024/03/29/dump.jsonl#x 2024/03/29/dump.jsonl:1 2024-03-29",
			"2024/03/29/dump.jsonl#y 2024/03/29/dump.jsonl:2 2024-06-02",
			"undated.jsonl#z undated.jsonl:1 2024-06",
		}},
		{"table before all but --date", Options{Dates: DateTable{"c.txt": "2025-01-01", "2024/03/26/a.txt": "2025-01-02", "2024/03/29/dump.jsonl#y": "2025-01-03", "2024/03/28/page.html": "2025-01-04"}}, []string{
			"2024/03/26/a.txt 2024/03/26/a.txt 2025-01-02",
			"2024-03-27-b.txt 2024-03-27-b.txt 2024-03-27",
			"c.txt c.txt 2025-01-01",
			"2024/03/28/page.html 2024/03/28/page.html 2025-01-04",
			"2024/03/29/dump.jsonl#x 2024/03/29/dump.jsonl:1 2024-03-29",
			"2024/03/29/dump.jsonl#y 2024/03/29/dump.jsonl:2 2025-01-03",
			"undated.jsonl#z undated.jsonl:1 2024-06",
		}},
		{"--date wins", Options{Date: "2020-02-02", Dates: DateTable{"c.txt": "2025-01-01"}}, []string{
			"2024/03/26/a.txt 2024/03/26/a.txt 2020-02-02",
			"2024-03-27-b.txt 2024-03-27-b.txt 2020-02-02",
			"c.txt c.txt 2020-02-02",
			"2024/03/28/page.html 2024/03/28/page.html 2020-02-02",
			"2024/03/29/dump.jsonl#x 2024/03/29/dump.jsonl:1 2020-02-02",
			"2024/03/29/dump.jsonl#y 2024/03/29/dump.jsonl:2 2020-02-02",
			"undated.jsonl#z undated.jsonl:1 2020-02-02",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, readDocs(t, tt.opts, files, "", paths...)); diff != "" {
				t.Errorf("documents (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReaderInputs checks how each kind of input is read and skipped.
func TestReaderInputs(t *testing.T) {
	files := fstest.MapFS{
		"a.txt":       {Data: []byte("Fiji and Tonga signed an accord.\n")},
		"blank.txt":   {Data: []byte("\n \r\n")},
		"empty.txt":   {Data: nil},
		"bin.txt":     {Data: []byte("a\x00b")},
		"big.txt":     {Data: []byte(strings.Repeat("x", 2000))},
		"none.jsonl":  {Data: []byte("\n\n")},
		"bad.jsonl":   {Data: []byte(`{"text": "Fiji signed."}` + "\n" + `{"text": 1}` + "\n" + `{"text": "` + strings.Repeat("x", 2000) + `"}` + "\n")},
		"dir.jsonl":   {Mode: fs.ModeDir},
		"page.html":   {Data: []byte(`<html><body><nav>Home</nav></body></html>`)},
		"notes.text":  {Data: []byte("<p>not a page</p>")},
		"s.conllu":    {Data: []byte("1\tFiji\t_\t_\t_\t_\t0\troot\t_\t_\n\n")},
		"odd.unknown": {Data: []byte("{}")},
	}
	got := readDocs(t, Options{MaxBytes: 1000}, files, "<html><body><article><p>Fiji and Tonga signed.</p></article></body></html>",
		"a.txt", "blank.txt", "empty.txt", "bin.txt", "big.txt", "none.jsonl", "bad.jsonl", "dir.jsonl", "page.html", "notes.text", "s.conllu", "odd.unknown", "missing.txt", "-")
	want := []string{
		"a.txt a.txt ",
		"blank.txt: empty file, skipped",
		"empty.txt: empty file, skipped",
		"bin.txt: not text (it has NUL bytes)",
		"big.txt: file too large (2 KB > 1000 bytes; raise --max-bytes)",
		"none.jsonl: empty file, skipped",
		"bad.jsonl#1 bad.jsonl:1 ",
		`bad.jsonl: no text (no field "text", "body", "content" or "article" with a non-empty string)`,
		"bad.jsonl: line too long (2 KB > 1000 bytes; raise --max-bytes)",
		"dir.jsonl: is a directory",
		"page.html page.html ",
		"notes.text notes.text ",
		"s.conllu s.conllu ", // CoNLL-U only for parse (Options.Conllu): text
		"odd.unknown odd.unknown ",
		"missing.txt: open missing.txt: file does not exist",
		"- - ",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("documents (-want +got):\n%s", diff)
	}

	// the page with no article text is a document in which extract finds
	// none; the reader says how to word that
	rd := NewReader(Options{Open: files.Open})
	rd.Feed([]*Input{{Path: "page.html", ID: "page.html"}, {Path: "a.txt", ID: "a.txt"}}, func(p Part) bool {
		d, _, _, err := rd.Read(p)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]string{"page.html": "no article text found in the page, skipped", "a.txt": "no text in it, skipped"}[d.ID]
		if d.NoText() != want {
			t.Errorf("%s: NoText() = %q, want %q", d.ID, d.NoText(), want)
		}
		return true
	})
}

// TestReaderConllu checks that with Options.Conllu a CoNLL-U file is read
// a sentence a part, a bad sentence an error of its line.
func TestReaderConllu(t *testing.T) {
	files := fstest.MapFS{"s.conllu": {Data: []byte("1\tFiji\t_\t_\t_\t_\t0\troot\t_\t_\n\n1\tbad\n\n1\tTonga\t_\t_\t_\t_\t0\troot\t_\t_\n")}}
	rd := NewReader(Options{Open: files.Open, Conllu: true})
	var got []string
	rd.Feed([]*Input{{Path: "s.conllu", ID: "s.conllu"}}, func(p Part) bool {
		s := "sentence"
		if p.Sentence == nil {
			s = "error"
		}
		got = append(got, strings.Join([]string{p.Format, s, string(rune('0' + p.Line)), string(rune('0' + p.Index)), map[bool]string{true: "more", false: "last"}[p.More]}, " "))
		if (p.Sentence == nil) != (p.Err != nil) {
			t.Errorf("line %d: sentence %v, error %v; want one of them", p.Line, p.Sentence, p.Err)
		}
		return true
	})
	want := []string{"conllu sentence 1 0 more", "conllu error 3 1 more", "conllu sentence 5 2 last"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("parts (-want +got):\n%s", diff)
	}
}
