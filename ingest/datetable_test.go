package ingest

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadDateTable(t *testing.T) {
	tests := []struct {
		name, in string
		want     DateTable
		wantErr  string
	}{
		{name: "tabs", in: "a.txt\t2024-03-26\nnews/b.txt\t2024-03-27\n", want: DateTable{"a.txt": "2024-03-26", "news/b.txt": "2024-03-27"}},
		{name: "commas", in: "a.txt,2024-03-26\r\n\"b, c.txt\"\t2024-03-27\n", want: DateTable{"a.txt": "2024-03-26", "b, c.txt": "2024-03-27"}},
		{name: "header, comments and blank lines", in: "\uFEFFdocument,date\n# from the crawl log\n\n a.txt , 2024-03-26 \n", want: DateTable{"a.txt": "2024-03-26"}},
		{name: "paths cleaned", in: "./news//a.txt,2024-03-26\ndump.jsonl#7,2024-03-27\n", want: DateTable{"news/a.txt": "2024-03-26", "dump.jsonl#7": "2024-03-27"}},
		{name: "same date twice", in: "a.txt,2024-03-26\na.txt,2024-03-26\n", want: DateTable{"a.txt": "2024-03-26"}},
		{name: "empty", in: "", want: DateTable{}},
		{name: "one column", in: "a.txt,2024-03-26\nb.txt\n", wantErr: `line 2: want a document id or path and a date, separated by a tab or a comma; got "b.txt"`},
		{name: "three columns", in: "a.txt,2024-03-26,x\n", wantErr: `line 1: want a document id or path and a date, separated by a tab or a comma; got "a.txt,2024-03-26,x"`},
		{name: "no document", in: ",2024-03-26\n", wantErr: `line 1: want a document id or path and a date, separated by a tab or a comma; got ",2024-03-26"`},
		{name: "bad date", in: "a.txt,26/03/2024\n", wantErr: `line 1: invalid date "26/03/2024": want YYYY-MM-DD`},
		{name: "not a day", in: "a.txt,2023-02-29\n", wantErr: `line 1: invalid date "2023-02-29": want YYYY-MM-DD`},
		{name: "header not first", in: "a.txt,2024-03-26\ndocument,date\n", wantErr: `line 2: invalid date "date": want YYYY-MM-DD`},
		{name: "two dates", in: "a.txt,2024-03-26\n\n./a.txt,2024-03-27\n", wantErr: `line 3: ./a.txt given two dates, 2024-03-26 (line 1) and 2024-03-27`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadDateTable(strings.NewReader(tt.in))
			if tt.wantErr != "" {
				var te *DateTableError
				if err == nil || err.Error() != tt.wantErr || !errors.As(err, &te) {
					t.Errorf("err = %v, want %s", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("table (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDateTableLookup(t *testing.T) {
	table := DateTable{"a.txt": "2024-03-26", "news/b.txt": "2024-03-27", "dump.jsonl#7": "2024-03-28"}
	for _, tt := range []struct{ id, path, want string }{
		{"a.txt", "news/a.txt", "2024-03-26"},
		{"b.txt", "news/b.txt", "2024-03-27"},
		{"b.txt", "./news/b.txt", "2024-03-27"},
		{"dump.jsonl#7", "dump.jsonl:7", "2024-03-28"},
		{"c.txt", "news/c.txt", ""},
	} {
		got, ok := table.Lookup(tt.id, tt.path)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("Lookup(%q, %q) = %q, %t; want %q", tt.id, tt.path, got, ok, tt.want)
		}
	}
	if _, ok := DateTable(nil).Lookup("a.txt", "a.txt"); ok {
		t.Error("a nil table found a date")
	}
}
