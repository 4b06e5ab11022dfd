package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/syntax"
	"github.com/newsgraph/newsgraph/ingest"
)

// chainParser stands in for the model where the tests check what parse
// does around it: each word hangs on the word before it, the first is the
// root, the lemma is the form in lower case.
type chainParser struct{}

func (chainParser) Parse(forms []string) *syntax.Tree {
	words := make([]syntax.Word, len(forms))
	for i, f := range forms {
		words[i] = syntax.Word{Form: f, Lemma: strings.ToLower(f), UPOS: "X", XPOS: "XX", Head: i - 1, Rel: "dep"}
	}
	if len(words) > 0 {
		words[0].Rel = "root"
	}
	t, _ := syntax.NewTree(words)
	return t
}

// parserFunc is a parser made of a function.
type parserFunc func(forms []string) *syntax.Tree

func (f parserFunc) Parse(forms []string) *syntax.Tree { return f(forms) }

// runParse runs newsgraph with args and stdin, parsing with p.
func runParse(t *testing.T, p sentenceParser, stdin string, args ...string) (code exitCode, stdout, stderr string) {
	t.Helper()
	f, out, errOut := testFactory(stdin)
	f.Parser = func() (sentenceParser, error) { return p, nil }
	code = runWith(f, args)
	return code, out.String(), errOut.String()
}

// realParser returns the model built into newsgraph.
func realParser(t testing.TB) sentenceParser {
	t.Helper()
	p, err := loadParser()
	if err != nil {
		t.Fatalf("load the parsing model: %v", err)
	}
	return p
}

// checkParsed reads the CoNLL-U that parse wrote for documents and checks
// it: every sentence has its sent_id and text, word IDs count from 1,
// heads make one tree, and each word's TokenRange slices its FORM out of
// the text of its document (texts, by document id).
func checkParsed(t *testing.T, out string, texts map[string]string) {
	t.Helper()
	sents, err := syntax.ReadConllu("output", strings.NewReader(out))
	if err != nil {
		t.Fatalf("output is not CoNLL-U: %v\n%s", err, out)
	}
	doc := ""
	for i, s := range sents {
		if id := comment(s.Comments, "newdoc id"); id != "" {
			doc = id
		}
		text, ok := texts[doc]
		if !ok {
			t.Fatalf("sentence %d: document %q is not an input", i, doc)
		}
		if !strings.HasPrefix(comment(s.Comments, "sent_id"), doc+"-") || comment(s.Comments, "text") == "" {
			t.Errorf("sentence %d: comments %q lack a sent_id of %s or a text", i, s.Comments, doc)
		}
		words := make([]syntax.Word, len(s.Words))
		for k, w := range s.Words {
			words[k] = syntax.Word{Form: w.Form, Head: w.Head - 1, Rel: w.Deprel}
			r, ok := strings.CutPrefix(w.Misc, "TokenRange=")
			a, b, ok2 := strings.Cut(r, ":")
			start, err1 := strconv.Atoi(a)
			end, err2 := strconv.Atoi(b)
			if !ok || !ok2 || err1 != nil || err2 != nil || start < 0 || start > end || end > len(text) {
				t.Fatalf("sentence %d word %d: MISC %q is no TokenRange in a text of %d bytes", i, k+1, w.Misc, len(text))
			}
			if text[start:end] != w.Form {
				t.Errorf("sentence %d word %d: TokenRange %d:%d is %q, FORM %q", i, k+1, start, end, text[start:end], w.Form)
			}
		}
		if _, ok := syntax.NewTree(words); !ok {
			t.Errorf("sentence %d: heads make no tree: %+v", i, s.Words)
		}
	}
}

func TestParseFlags(t *testing.T) {
	type got struct {
		Format, Output, Input string
		Paths, Exts           []string
		Workers               int
		MaxBytes              int64
	}
	defaults := got{Format: "conllu", Input: "auto", Exts: []string{"txt", "md", "html", "htm", "jsonl", "ndjson", "conllu"}, Workers: runtime.NumCPU(), MaxBytes: 10 << 20}
	with := func(change func(*got)) got {
		g := defaults
		change(&g)
		return g
	}
	tests := []struct {
		name    string
		args    []string
		want    got
		wantErr string
	}{
		{name: "defaults", want: defaults},
		{name: "all flags", args: []string{"--format", "json", "-o", "out.jsonl", "--workers", "3", "--max-bytes", "1K", "a.txt", "-"},
			want: with(func(g *got) {
				g.Format, g.Output, g.Workers, g.MaxBytes, g.Paths = "json", "out.jsonl", 3, 1024, []string{"a.txt", "-"}
			})},
		{name: "input conllu walks .conllu", args: []string{"--input", "conllu"}, want: with(func(g *got) { g.Input, g.Exts = "conllu", []string{"conllu"} })},
		{name: "input conllu with ext", args: []string{"--input", "conllu", "--ext", ".CoNLLU,txt"}, want: with(func(g *got) { g.Input, g.Exts = "conllu", []string{"conllu", "txt"} })},
		{name: "input html", args: []string{"--input", "html"}, want: with(func(g *got) { g.Input = "html" })},
		{name: "bad format", args: []string{"--format", "dot"}, wantErr: `newsgraph: invalid --format "dot": want conllu or json`},
		{name: "bad input", args: []string{"--input", "xml"}, wantErr: `newsgraph: invalid --input "xml": want text, html, jsonl, conllu or auto`},
		{name: "workers zero", args: []string{"--workers", "0"}, wantErr: `newsgraph: invalid --workers 0: want at least 1`},
		{name: "stdin twice", args: []string{"-", "-"}, wantErr: `newsgraph: standard input ("-") given 2 times`},
		{name: "no --date", args: []string{"--date", "2024-03-26"}, wantErr: `newsgraph: unknown flag: --date`},
		{name: "no graph flags", args: []string{"--top", "5"}, wantErr: `newsgraph: unknown flag: --top`},
		{name: "bad ext", args: []string{"--ext", "a/b"}, wantErr: `newsgraph: invalid --ext "a/b": want extensions such as txt,md`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, stdout, stderr := testFactory("")
			var opts *parseOptions
			root := newCmdRoot(f)
			for _, c := range root.Commands() {
				if c.Name() == "parse" {
					root.RemoveCommand(c)
				}
			}
			root.AddCommand(newCmdParse(f, func(o *parseOptions) error {
				opts = o
				return nil
			}))
			code := execute(context.Background(), root, append([]string{"parse"}, tt.args...), f.IO.ErrOut)
			if stdout.Len() != 0 {
				t.Errorf("stdout = %q, want nothing", stdout)
			}
			if tt.wantErr != "" {
				want := []string{tt.wantErr, "Run 'newsgraph parse --help' for usage."}
				if code != exitUsage || opts != nil {
					t.Errorf("exit %d (ran: %t), want %d without running", code, opts != nil, exitUsage)
				}
				if diff := cmp.Diff(want, lines(stderr.String())); diff != "" {
					t.Errorf("stderr (-want +got):\n%s", diff)
				}
				return
			}
			if code != exitOK || opts == nil {
				t.Fatalf("exit %d (ran: %t), stderr %q; want 0 and a run", code, opts != nil, stderr)
			}
			if opts.IO != f.IO || opts.Parser == nil || !opts.conllu {
				t.Error("options do not carry the factory's streams and parser, or do not read CoNLL-U")
			}
			g := got{opts.Format, opts.Output, opts.Input, opts.Paths, opts.Exts, opts.Workers, opts.MaxBytes}
			if diff := cmp.Diff(tt.want, g, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("options (-want +got):\n%s", diff)
			}
		})
	}
}

// TestParseHelp checks that parse is a command with help and examples,
// and that its formats complete.
func TestParseHelp(t *testing.T) {
	code, stdout, stderr := runTest(t, "", "parse", "--help")
	if code != exitOK || stderr != "" || !strings.Contains(stdout, "Usage:") || !strings.Contains(stdout, "newsgraph parse --input conllu") {
		t.Errorf("parse --help: exit %d, stderr %q, stdout %.80q...", code, stderr, stdout)
	}
	code, stdout, _ = runTest(t, "", "__complete", "parse", "--format", "")
	if code != exitOK || !strings.Contains(stdout, "conllu\njson\n") {
		t.Errorf("completing --format: exit %d, got %q", code, stdout)
	}
}

const parseStory = "Port deal signed\n\nThe minister said the \u201cdraft\u201d was final (AP).\n"

// TestParseText checks the CoNLL-U of a text: comments, columns, heads
// counted from 1, and TokenRange offsets into the text (curly quotes kept
// in FORM, the photo credit left out).
func TestParseText(t *testing.T) {
	code, stdout, stderr := runParse(t, chainParser{}, parseStory, "parse")
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	want := `# newdoc id = stdin
# sent_id = stdin-1
# text = Port deal signed
1	Port	port	X	XX	_	0	root	_	TokenRange=0:4
2	deal	deal	X	XX	_	1	dep	_	TokenRange=5:9
3	signed	signed	X	XX	_	2	dep	_	TokenRange=10:16

# sent_id = stdin-2
# text = The minister said the “draft” was final (AP).
1	The	the	X	XX	_	0	root	_	TokenRange=18:21
2	minister	minister	X	XX	_	1	dep	_	TokenRange=22:30
3	said	said	X	XX	_	2	dep	_	TokenRange=31:35
4	the	the	X	XX	_	3	dep	_	TokenRange=36:39
5	“	“	X	XX	_	4	dep	_	TokenRange=40:43
6	draft	draft	X	XX	_	5	dep	_	TokenRange=43:48
7	”	”	X	XX	_	6	dep	_	TokenRange=48:51
8	was	was	X	XX	_	7	dep	_	TokenRange=52:55
9	final	final	X	XX	_	8	dep	_	TokenRange=56:61
10	.	.	X	XX	_	9	dep	_	TokenRange=66:67

`
	if diff := cmp.Diff(strings.Split(want, "\n"), strings.Split(stdout, "\n")); diff != "" {
		t.Errorf("output (-want +got):\n%s", diff)
	}
	checkParsed(t, stdout, map[string]string{"stdin": parseStory})
}

// parsedDoc is parse's JSON output of one document.
type parsedDoc struct {
	ID        string `json:"id"`
	Path      string `json:"path"`
	Sentences []struct {
		Index  int    `json:"index"`
		SentID string `json:"sent_id"`
		Text   string `json:"text"`
		Start  *int   `json:"start"`
		End    *int   `json:"end"`
		Line   int    `json:"line"`
		Words  []struct {
			ID     int    `json:"id"`
			Form   string `json:"form"`
			Lemma  string `json:"lemma"`
			UPOS   string `json:"upos"`
			XPOS   string `json:"xpos"`
			Head   int    `json:"head"`
			Deprel string `json:"deprel"`
			Start  *int   `json:"start"`
			End    *int   `json:"end"`
		} `json:"words"`
	} `json:"sentences"`
}

// decodeParsed decodes parse's JSON Lines output, a document a line.
func decodeParsed(t *testing.T, out string) []parsedDoc {
	t.Helper()
	var docs []parsedDoc
	for i, line := range lines(out) {
		var d parsedDoc
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&d); err != nil {
			t.Fatalf("line %d is not a parsed document: %v\n%s", i+1, err, line)
		}
		docs = append(docs, d)
	}
	return docs
}

func TestParseJSON(t *testing.T) {
	code, stdout, stderr := runParse(t, chainParser{}, parseStory, "parse", "--format", "json")
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if !strings.HasPrefix(stdout, `{"id":"stdin","path":"-","sentences":[{"index":0,"sent_id":"stdin-1","text":"Port deal signed","start":0,"end":16,"words":[{"id":1,"form":"Port","lemma":"port","upos":"X","xpos":"XX","head":0,"deprel":"root","start":0,"end":4},`) {
		t.Errorf("output starts %.300s", stdout)
	}
	docs := decodeParsed(t, stdout)
	if len(docs) != 1 || len(docs[0].Sentences) != 2 {
		t.Fatalf("got %d documents, want 1 of 2 sentences:\n%s", len(docs), stdout)
	}
	s := docs[0].Sentences[1]
	if s.Index != 1 || s.SentID != "stdin-2" || *s.Start != 18 || *s.End != 67 || parseStory[*s.Start:*s.End] != s.Text {
		t.Errorf("sentence 2 is %d %q %q [%d:%d]", s.Index, s.SentID, s.Text, *s.Start, *s.End)
	}
	var forms []string
	for _, w := range s.Words {
		if parseStory[*w.Start:*w.End] != w.Form || w.Head != w.ID-1 {
			t.Errorf("word %+v: text at its offsets %q", w, parseStory[*w.Start:*w.End])
		}
		forms = append(forms, w.Form)
	}
	want := []string{"The", "minister", "said", "the", "“", "draft", "”", "was", "final", "."}
	if diff := cmp.Diff(want, forms); diff != "" {
		t.Errorf("forms (-want +got):\n%s", diff)
	}
}

// conlluIn is tokenized CoNLL-U, as a treebank or another tokenizer gives
// it: comments, a multiword token, an empty node, gold columns.
const conlluIn = `# newdoc id = brief
# sent_id = brief-1
# text = Ships didn't sail.
1	Ships	ship	NOUN	NNS	Number=Plur	3	nsubj	3:nsubj	_
2-3	didn't	_	_	_	_	_	_	_	_
2	did	do	AUX	VBD	_	4	aux	4:aux	_
3	n't	not	PART	RB	_	4	advmod	4:advmod	_
4	sail	sail	VERB	VB	VerbForm=Inf	0	root	0:root	SpaceAfter=No
4.1	sail	sail	VERB	VB	_	_	_	0:root	_
5	.	.	PUNCT	.	_	4	punct	4:punct	_

# sent_id = brief-2
1	Go	_	_	_	_	_	_	_	_
2	!	_	_	_	_	_	_	_	_
`

const conlluOut = `# newdoc id = brief
# sent_id = brief-1
# text = Ships didn't sail.
1	Ships	ships	X	XX	Number=Plur	0	root	3:nsubj	_
2-3	didn't	_	_	_	_	_	_	_	_
2	did	did	X	XX	_	1	dep	4:aux	_
3	n't	n't	X	XX	_	2	dep	4:advmod	_
4	sail	sail	X	XX	VerbForm=Inf	3	dep	0:root	SpaceAfter=No
5	.	.	X	XX	_	4	dep	4:punct	_

# sent_id = brief-2
1	Go	go	X	XX	_	0	root	_	_
2	!	!	X	XX	_	1	dep	_	_

`

// TestParseConllu checks that --input conllu writes each sentence back
// with the predicted columns, and the rest as it was read.
func TestParseConllu(t *testing.T) {
	code, stdout, stderr := runParse(t, chainParser{}, conlluIn, "parse", "--input", "conllu")
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if diff := cmp.Diff(strings.Split(conlluOut, "\n"), strings.Split(stdout, "\n")); diff != "" {
		t.Errorf("output (-want +got):\n%s", diff)
	}
	// Parsing the output again changes nothing.
	code, again, stderr := runParse(t, chainParser{}, stdout, "parse", "--input", "conllu", "-")
	if code != exitOK || stderr != "" || again != stdout {
		t.Errorf("parsing the output again: exit %d, stderr %q, output changed:\n%s", code, stderr, cmp.Diff(strings.Split(stdout, "\n"), strings.Split(again, "\n")))
	}
	// Standard input is text unless --input says otherwise.
	code, stdout, _ = runParse(t, chainParser{}, conlluIn, "parse")
	if code != exitOK || !strings.HasPrefix(stdout, "# newdoc id = stdin\n# sent_id = stdin-1\n# text = # newdoc id = brief\n") {
		t.Errorf("without --input conllu, standard input was read as CoNLL-U:\n%.300s", stdout)
	}
}

// TestParseConlluJSON checks that a CoNLL-U file is one JSON document, its
// sentences with their lines, sent_id and text.
func TestParseConlluJSON(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"brief.conllu": conlluIn, "note.txt": "Ships sailed.\n"})
	code, stdout, stderr := runParse(t, chainParser{}, "", "parse", "--format", "json", dir)
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	docs := decodeParsed(t, stdout)
	if len(docs) != 2 || docs[0].ID != "brief.conllu" || docs[1].ID != "note.txt" {
		t.Fatalf("documents %+v, want brief.conllu and note.txt", docs)
	}
	type sent struct {
		Index        int
		SentID, Text string
		Line         int
		Forms        []string
	}
	var got []sent
	for _, s := range docs[0].Sentences {
		g := sent{Index: s.Index, SentID: s.SentID, Text: s.Text, Line: s.Line}
		for _, w := range s.Words {
			g.Forms = append(g.Forms, w.Form)
			if w.Start != nil || w.End != nil {
				t.Errorf("word %q of CoNLL-U has offsets", w.Form)
			}
		}
		if s.Start != nil || s.End != nil {
			t.Errorf("sentence %d of CoNLL-U has offsets", s.Index)
		}
		got = append(got, g)
	}
	want := []sent{
		{0, "brief-1", "Ships didn't sail.", 1, []string{"Ships", "did", "n't", "sail", "."}},
		{1, "brief-2", "", 12, []string{"Go", "!"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sentences (-want +got):\n%s", diff)
	}
}

// TestParseConlluAuto checks that, with --input auto, a .conllu file is
// CoNLL-U, named or found in a directory, and other files are text.
func TestParseConlluAuto(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a/brief.CONLLU": conlluIn, "a/note.txt": "Ships sailed.\n"})
	code, stdout, stderr := runParse(t, chainParser{}, "", "parse", filepath.Join(dir, "a", "brief.CONLLU"))
	if code != exitOK || stderr != "" || stdout != conlluOut {
		t.Errorf("a .CONLLU file: exit %d, stderr %q, output:\n%s", code, stderr, stdout)
	}
	code, stdout, stderr = runParse(t, chainParser{}, "", "parse", dir)
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if want := conlluOut + "# newdoc id = a/note.txt\n# sent_id = a/note.txt-1\n"; !strings.HasPrefix(stdout, want) {
		t.Errorf("a directory: output\n%s\nwant it to start with\n%s", stdout, want)
	}
}

// TestParseBadConllu checks that a bad CoNLL-U sentence is one error line
// "newsgraph: FILE:LINE: reason" with exit status 1, and that the other
// sentences and inputs are still written.
func TestParseBadConllu(t *testing.T) {
	good := "1\tGo\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
	long := "1\t" + strings.Repeat("x", 300) + "\t_\t_\t_\t_\t_\t_\t_\t_\n"
	tests := []struct {
		name    string
		content string
		args    []string
		want    []string // stderr, after "newsgraph: FILE"
		sents   int      // sentences written
		code    exitCode
	}{
		{"too few columns", good + "# c\n1\tStop\t_\n\n" + good, nil, []string{":4: 3 tab-separated columns, want 10"}, 2, exitError},
		{"bad ID", good + "2\tStop\t_\t_\t_\t_\t_\t_\t_\t_\n", nil, []string{":3: word ID 2, want 1"}, 1, exitError},
		{"bad head", "1\tStop\t_\t_\t_\t_\t7\t_\t_\t_\n", nil, []string{":1: word 1 has head 7, past the sentence's 1 words"}, 0, exitError},
		{"two bad sentences", "1\tA\n\n" + good + "x\n", nil, []string{":1: 2 tab-separated columns, want 10", ":5: 1 tab-separated columns, want 10"}, 1, exitError},
		{"line too long", good + long + "\n" + good, []string{"--max-bytes", "100"}, []string{":3: line too long (318 bytes > 100 bytes; raise --max-bytes)"}, 2, exitError},
		{"comments only", "# nothing\n\n", nil, []string{": warning: no sentences in it, skipped"}, 0, exitOK},
		{"empty", "", nil, []string{": warning: empty file, skipped"}, 0, exitOK},
	}
	for _, tt := range tests {
		for _, format := range []string{"conllu", "json"} {
			t.Run(tt.name+"/"+format, func(t *testing.T) {
				dir := t.TempDir()
				bad := filepath.Join(dir, "bad.conllu")
				writeFiles(t, dir, map[string]string{"bad.conllu": tt.content, "ok.txt": "Ships sailed.\n"})
				args := append([]string{"parse", "--format", format}, tt.args...)
				code, stdout, stderr := runParse(t, chainParser{}, "", append(args, bad, filepath.Join(dir, "ok.txt"))...)
				if code != tt.code {
					t.Errorf("exit %d, want %d", code, tt.code)
				}
				var want []string
				for _, w := range tt.want {
					want = append(want, "newsgraph: "+bad+w)
				}
				if diff := cmp.Diff(want, lines(stderr)); diff != "" {
					t.Errorf("stderr (-want +got):\n%s", diff)
				}
				n := 0
				if format == "json" {
					docs := decodeParsed(t, stdout)
					if len(docs) == 0 || docs[len(docs)-1].ID != "ok.txt" {
						t.Fatalf("the good input is not written last:\n%s", stdout)
					}
					if len(docs) == 2 {
						n = len(docs[0].Sentences)
					}
				} else {
					if !strings.Contains(stdout, "# newdoc id = ok.txt\n") {
						t.Errorf("the good input is not written:\n%s", stdout)
					}
					n = strings.Count(stdout, "\n\n") - 1
				}
				if n != tt.sents {
					t.Errorf("%d sentences of bad.conllu written, want %d:\n%s", n, tt.sents, stdout)
				}
			})
		}
	}
}

// TestParseBadInputs checks the inputs that fail or are skipped as they
// are in extract: a line each, and the exit status.
func TestParseBadInputs(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"good.txt":   storyLisbon,
		"binary.txt": "\x7fELF\x02\x01\x01\x00\x00",
		"empty.txt":  "",
		"blank.md":   " \n\t\n",
		"latin1.txt": "Caf\xe9 owners met.\n",
		"dump.jsonl": `{"id": "k1", "text": "Kenya will host talks."}` + "\n" + `{"id": 7` + "\n" + `{"title": "no text"}` + "\n",
		"none/x.csv": "a,b\n",
	})
	missing := filepath.Join(dir, "missing.txt")
	code, stdout, stderr := runParse(t, chainParser{}, "", "parse", "--format", "json", "--workers", "2", dir, missing, filepath.Join(dir, "none"))
	if code != exitError {
		t.Errorf("exit %d, want %d", code, exitError)
	}
	want := []string{
		"newsgraph: " + missing + ": no such file or directory",
		"newsgraph: " + filepath.Join(dir, "none") + ": no .txt, .md, .html, .htm, .jsonl, .ndjson or .conllu files in it (choose extensions with --ext)",
		"newsgraph: " + filepath.Join(dir, "binary.txt") + ": not text (it has NUL bytes)",
		"newsgraph: " + filepath.Join(dir, "blank.md") + ": warning: empty file, skipped",
		"newsgraph: " + filepath.Join(dir, "dump.jsonl") + ":2: invalid JSON: unexpected end of line",
		"newsgraph: " + filepath.Join(dir, "dump.jsonl") + `:3: no text (no field "text", "body", "content" or "article" with a non-empty string)`,
		"newsgraph: " + filepath.Join(dir, "empty.txt") + ": warning: empty file, skipped",
		"newsgraph: " + filepath.Join(dir, "latin1.txt") + ": warning: invalid UTF-8 replaced with U+FFFD (offsets are into the repaired text)",
	}
	if diff := cmp.Diff(want, lines(stderr)); diff != "" {
		t.Errorf("stderr (-want +got):\n%s", diff)
	}
	var ids []string
	for _, d := range decodeParsed(t, stdout) {
		ids = append(ids, d.ID)
	}
	if diff := cmp.Diff([]string{"dump.jsonl#k1", "good.txt", "latin1.txt"}, ids); diff != "" {
		t.Errorf("documents (-want +got):\n%s", diff)
	}
	// Warnings alone exit 0.
	code, _, stderr = runParse(t, chainParser{}, "", "parse", filepath.Join(dir, "empty.txt"), filepath.Join(dir, "good.txt"))
	if code != exitOK || len(lines(stderr)) != 1 {
		t.Errorf("a warning: exit %d, stderr %q; want 0 and the warning", code, stderr)
	}
}

// TestParseSameAsExtract checks that parse reads the sample inputs (text,
// HTML, JSON Lines) into the documents, ids and sentences that extract
// reads, and writes them in the order of extract's --format jsonl.
func TestParseSameAsExtract(t *testing.T) {
	inputs := filepath.Join(testdataDir, "inputs")
	code, stdout, stderr := runParse(t, chainParser{}, "", "parse", "--format", "json", inputs)
	if code != exitOK || stderr != "" {
		t.Fatalf("parse: exit %d, stderr %q", code, stderr)
	}
	type doc struct {
		ID, Path  string
		Sentences int
	}
	var parsed []doc
	for _, d := range decodeParsed(t, stdout) {
		parsed = append(parsed, doc{d.ID, d.Path, len(d.Sentences)})
	}
	code, stdout, stderr = runTest(t, "", "extract", "--format", "jsonl", inputs)
	if code != exitOK || stderr != "" {
		t.Fatalf("extract: exit %d, stderr %q", code, stderr)
	}
	var extracted []doc
	for _, line := range lines(stdout) {
		var r struct {
			Document doc `json:"document"`
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		extracted = append(extracted, r.Document)
	}
	if diff := cmp.Diff(extracted, parsed); diff != "" {
		t.Errorf("documents (-extract +parse):\n%s", diff)
	}
}

// TestParseDeterministic checks that the output is the same bytes
// whatever --workers and the order of the paths.
func TestParseDeterministic(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a/lisbon.txt":   storyLisbon,
		"a/manila.md":    storyManila,
		"b/nairobi.txt":  storyNairobi,
		"b/brief.conllu": conlluIn + "\n" + conlluIn + "\n1\tbad\n\n" + conlluIn,
		"dump.jsonl":     `{"id": "m", "text": "` + strings.ReplaceAll(storyManila, "\n", `\n`) + `"}` + "\n" + `{"text": "Ships sailed."}` + "\n",
	})
	paths := []string{filepath.Join(dir, "a"), filepath.Join(dir, "b"), filepath.Join(dir, "dump.jsonl")}
	reversed := slices.Clone(paths)
	slices.Reverse(reversed)
	for _, format := range parseFormats {
		var first string
		for _, run := range []struct {
			workers string
			paths   []string
		}{{"1", paths}, {"3", reversed}, {"8", paths}} {
			args := append([]string{"parse", "--format", format, "--workers", run.workers}, run.paths...)
			code, stdout, stderr := runParse(t, chainParser{}, "", args...)
			if code != exitError || len(lines(stderr)) != 1 {
				t.Fatalf("%s: exit %d, stderr %q; want 1 and the bad sentence", strings.Join(args, " "), code, stderr)
			}
			if first == "" {
				first = stdout
				continue
			}
			if stdout != first {
				t.Errorf("%s: output differs from --workers 1:\n%s", strings.Join(args, " "), cmp.Diff(strings.Split(first, "\n"), strings.Split(stdout, "\n")))
			}
		}
		if format == formatJSON {
			if n := len(decodeParsed(t, first)); n != 6 {
				t.Errorf("%d JSON documents, want 6", n)
			}
		}
	}
}

// TestParseOutputFile checks -o: the file gets what standard output would,
// replaced whole, and an output that cannot be written fails the run.
func TestParseOutputFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.conllu")
	if err := os.WriteFile(out, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, want, _ := runParse(t, chainParser{}, parseStory, "parse")
	code, stdout, stderr := runParse(t, chainParser{}, parseStory, "parse", "-o", out)
	if code != exitOK || stdout != "" || stderr != "" {
		t.Errorf("exit %d, stdout %q, stderr %q; want 0 and nothing", code, stdout, stderr)
	}
	if got, err := os.ReadFile(out); err != nil || string(got) != want {
		t.Errorf("the -o file holds %q (%v), want %q", got, err, want)
	}
	code, _, stderr = runParse(t, chainParser{}, parseStory, "parse", "-o", dir)
	if code != exitError || stderr != "newsgraph: write "+dir+": is a directory\n" {
		t.Errorf("-o a directory: exit %d, stderr %q", code, stderr)
	}
}

// TestParseParserFails checks what a failing model or parser does: a
// model that does not load fails the run, a parser that panics or gives
// no tree fails the document, and the others are still written.
func TestParseParserFails(t *testing.T) {
	f, stdout, stderr := testFactory(parseStory)
	f.Parser = func() (sentenceParser, error) { return nil, errors.New("no model") }
	if code := runWith(f, []string{"parse"}); code != exitError || stdout.Len() != 0 || stderr.String() != "newsgraph: load the parsing model: no model\n" {
		t.Errorf("model fails to load: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	// With nothing to parse, the model is not loaded.
	f, _, stderr = testFactory("")
	f.Parser = func() (sentenceParser, error) { return nil, errors.New("no model") }
	if code := runWith(f, []string{"parse", t.TempDir() + "/missing.txt"}); code != exitError || strings.Contains(stderr.String(), "no model") {
		t.Errorf("nothing to parse: exit %d, stderr %q", code, stderr)
	}

	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "Ships sailed.\n", "b.txt": "Boom went the guns.\n", "c.txt": "Crooked trees grow.\n"})
	bad := parserFunc(func(forms []string) *syntax.Tree {
		switch forms[0] {
		case "Boom":
			panic("boom")
		case "Crooked":
			return &syntax.Tree{Words: make([]syntax.Word, len(forms))} // every word a root
		}
		return chainParser{}.Parse(forms)
	})
	code, out, errOut := runParse(t, bad, "", "parse", dir)
	want := []string{
		"newsgraph: " + filepath.Join(dir, "b.txt") + ": internal error: boom",
		"newsgraph: " + filepath.Join(dir, "c.txt") + ": sentence 0: internal error: the parser gave a malformed tree",
	}
	if code != exitError || cmp.Diff(want, lines(errOut)) != "" || !strings.HasPrefix(out, "# newdoc id = a.txt\n") || strings.Count(out, "# newdoc") != 1 {
		t.Errorf("exit %d, stderr (-want +got):\n%s\noutput:\n%s", code, cmp.Diff(want, lines(errOut)), out)
	}
}

// TestParseGolden parses each sample article with the model built into
// newsgraph and compares the CoNLL-U with testdata/golden/<name>.conllu
// (go test ./cmd/newsgraph -run TestParseGolden -update rewrites them). It
// checks each golden file too: well formed, with offsets into the
// article; and parsed again with --input conllu, it comes back the same.
func TestParseGolden(t *testing.T) {
	articles := sampleArticles(t)
	p := realParser(t)
	t.Chdir(testdataDir)
	for _, a := range articles {
		name := strings.TrimSuffix(filepath.Base(a), ".txt")
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("articles", name+".txt")
			code, stdout, stderr := runParse(t, p, "", "parse", path)
			if code != exitOK || stderr != "" {
				t.Fatalf("newsgraph parse %s: exit %d, stderr:\n%s", path, code, stderr)
			}
			compareGolden(t, []string{name + ".conllu"}, []string{stdout})
			text, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			checkParsed(t, stdout, map[string]string{name + ".txt": string(text)})
			code, again, stderr := runParse(t, p, "", "parse", "--input", "conllu", filepath.Join("golden", name+".conllu"))
			if code != exitOK || stderr != "" || again != stdout {
				t.Errorf("parse --input conllu golden/%s.conllu: exit %d, stderr %q, (-want +got):\n%s", name, code, stderr,
					cmp.Diff(strings.Split(stdout, "\n"), strings.Split(again, "\n")))
			}
		})
	}
}

// FuzzParseTrees parses any text with the model built into newsgraph, as
// parse does, and checks that every sentence gets one well-formed tree
// (one root, no cycle, heads in range), and that the CoNLL-U written is
// read back with its offsets into the text.
//
//	go test ./cmd/newsgraph -run '^$' -fuzz FuzzParseTrees -fuzztime 3m
func FuzzParseTrees(f *testing.F) {
	// the sample articles' headlines and first paragraphs: whole articles
	// take the instrumented parser long enough to stall the fuzzer
	paths, _ := filepath.Glob(filepath.Join(testdataDir, "articles", "*.txt"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		if k := bytes.Index(b, []byte("\n\n")); k >= 0 {
			if end := bytes.Index(b[k+2:], []byte("\n\n")); end >= 0 {
				b = b[:k+2+end+1]
			}
		}
		f.Add(b)
	}
	for _, s := range []string{parseStory, storyLisbon, storyManila, storyNairobi, "a", "...", "\u201c\u201d", "(AP)\nx", "1 2 3 4 5 6 7 8 9 10 11 12",
		"Mr. Smith said. He left! Did he? Yes: \"no\" — (maybe) {x}", strings.Repeat("and ", 600), "\uFEFFA\r\nB\r\n", "\xff\xfe\xfd words"} {
		f.Add([]byte(s))
	}
	p := realParser(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _, err := ingest.DecodeText(data)
		if err != nil {
			return
		}
		doc, err := extract.Parse("fuzz.txt", "fuzz.txt", text, extract.ParseOptions{})
		if err != nil {
			return
		}
		for i := range doc.Sentences {
			toks, err := extract.Tokens(doc, &doc.Sentences[i])
			if err != nil {
				t.Fatal(err)
			}
			if len(toks) == 0 {
				continue
			}
			forms := make([]string, len(toks))
			for k, tok := range toks {
				forms[k] = doc.Text[tok.Start:tok.End]
			}
			tree := p.Parse(forms)
			if tree == nil || len(tree.Words) != len(forms) {
				t.Fatalf("sentence %d %q: no tree of its %d words", i, forms, len(forms))
			}
			if _, ok := syntax.NewTree(tree.Words); !ok {
				t.Fatalf("sentence %d %q: malformed tree %+v", i, forms, tree.Words)
			}
		}
		for _, format := range parseFormats {
			out, err := parseDocument(p, doc, format)
			if err != nil {
				t.Fatalf("--format %s: %v", format, err)
			}
			if format == parseFormatConllu {
				checkParsed(t, string(out), map[string]string{"fuzz.txt": doc.Text})
			} else if !json.Valid(out) || !bytes.HasSuffix(out, []byte("\n")) || bytes.Count(out, []byte("\n")) != 1 {
				t.Fatalf("JSON output is not one line of JSON: %q", out)
			}
		}
	})
}
