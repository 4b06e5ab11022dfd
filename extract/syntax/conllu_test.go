package syntax

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// sampleConllu is two invented sentences in the layout of UD English EWT:
// document and paragraph comments, a multiword token, an empty node,
// features, enhanced dependencies and MISC.
const sampleConllu = `# newdoc id = harbor-brief
# sent_id = harbor-brief-1
# text = The port authority didn't say.
1	The	the	DET	DT	Definite=Def|PronType=Art	3	det	3:det	_
2	port	port	NOUN	NN	Number=Sing	3	compound	3:compound	_
3	authority	authority	NOUN	NN	Number=Sing	6	nsubj	6:nsubj	_
4-5	didn't	_	_	_	_	_	_	_	_
4	did	do	AUX	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	6	aux	6:aux	_
5	n't	not	PART	RB	_	6	advmod	6:advmod	_
6	say	say	VERB	VB	VerbForm=Inf	0	root	0:root	SpaceAfter=No
7	.	.	PUNCT	.	_	6	punct	6:punct	_

# sent_id = harbor-brief-2
# text = Ships came and barges too.
1	Ships	ship	NOUN	NNS	Number=Plur	2	nsubj	2:nsubj|2.1:nsubj	_
2	came	come	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	0:root	_
2.1	came	come	VERB	VBD	_	_	_	2:conj:and	CopyOf=2
3	and	and	CCONJ	CC	_	4	cc	4:cc	_
4	barges	barge	NOUN	NNS	Number=Plur	2	conj	2.1:nsubj	_
5	too	too	ADV	RB	_	4	advmod	4:advmod	SpaceAfter=No
6	.	.	PUNCT	.	_	2	punct	2:punct	_

`

// TestConlluRoundTrip reads the sample, writes it back and reads that
// again: the text is the sample without its empty node, and both reads
// give the same sentences.
func TestConlluRoundTrip(t *testing.T) {
	sents, err := ReadConllu("sample.conllu", strings.NewReader(sampleConllu))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("read %d sentences, want 2", len(sents))
	}
	var buf bytes.Buffer
	if err := WriteConllu(&buf, sents); err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(sampleConllu, "2.1\tcame\tcome\tVERB\tVBD\t_\t_\t_\t2:conj:and\tCopyOf=2\n", "", 1)
	if diff := cmp.Diff(strings.Split(want, "\n"), strings.Split(buf.String(), "\n")); diff != "" {
		t.Errorf("written back (-want +got):\n%s", diff)
	}
	again, err := ReadConllu("written.conllu", &buf)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(sents, again); diff != "" {
		t.Errorf("read after writing (-first +second):\n%s", diff)
	}
}

// TestConlluRead checks the columns, comments and ranges as read.
func TestConlluRead(t *testing.T) {
	sents, err := ReadConllu("sample.conllu", strings.NewReader(sampleConllu))
	if err != nil {
		t.Fatal(err)
	}
	s := sents[0]
	wantComments := []string{"# newdoc id = harbor-brief", "# sent_id = harbor-brief-1", "# text = The port authority didn't say."}
	if diff := cmp.Diff(wantComments, s.Comments); diff != "" {
		t.Errorf("comments (-want +got):\n%s", diff)
	}
	wantRanges := []ConlluRange{{First: 4, Last: 5, Line: "4-5\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_"}}
	if diff := cmp.Diff(wantRanges, s.Ranges); diff != "" {
		t.Errorf("ranges (-want +got):\n%s", diff)
	}
	wantWord := ConlluWord{ID: 6, Form: "say", Lemma: "say", UPOS: "VERB", XPOS: "VB", Feats: "VerbForm=Inf", Head: 0, Deprel: "root", Deps: "0:root", Misc: "SpaceAfter=No"}
	if diff := cmp.Diff(wantWord, s.Words[5]); diff != "" {
		t.Errorf("word 6 (-want +got):\n%s", diff)
	}
	if got := len(sents[1].Words); got != 6 {
		t.Errorf("second sentence has %d words, want 6 (the empty node dropped)", got)
	}
}

// TestConlluReadLenient checks what is read although it is not written
// so: CRLF line ends, a byte order mark, blank lines of spaces, several
// blank lines, empty columns and "_" heads (tokens to be parsed), and
// comment blocks with no words.
func TestConlluReadLenient(t *testing.T) {
	in := "\ufeff# only a comment\r\n\r\n \t\r\n# text = Hi there\r\n1\tHi\t\t\t\t\t\t\t\t\r\n2\tthere\t_\t_\t_\t_\t_\t_\t_\t_\r\n\r\n\r\n\r\n# trailing comment\r\n"
	sents, err := ReadConllu("lenient.conllu", strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	blankWord := func(id int, form string) ConlluWord {
		return ConlluWord{ID: id, Form: form, Lemma: "_", UPOS: "_", XPOS: "_", Feats: "_", Head: -1, Deprel: "_", Deps: "_", Misc: "_"}
	}
	want := []ConlluSentence{{Comments: []string{"# text = Hi there"}, Words: []ConlluWord{blankWord(1, "Hi"), blankWord(2, "there")}}}
	if diff := cmp.Diff(want, sents); diff != "" {
		t.Errorf("sentences (-want +got):\n%s", diff)
	}
	var buf bytes.Buffer
	if err := WriteConllu(&buf, sents); err != nil {
		t.Fatal(err)
	}
	wantText := "# text = Hi there\n1\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n2\tthere\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
	if buf.String() != wantText {
		t.Errorf("written %q, want %q", buf.String(), wantText)
	}
}

// TestConlluWriteOneLine checks that nothing a sentence holds can break
// the line and column layout.
func TestConlluWriteOneLine(t *testing.T) {
	s := ConlluSentence{
		Comments: []string{"# text = two\nlines"},
		Words:    []ConlluWord{{ID: 1, Form: "a\tb", Lemma: "c\r\nd", Head: 0, Deprel: "root"}},
	}
	var buf bytes.Buffer
	if err := WriteConllu(&buf, []ConlluSentence{s}); err != nil {
		t.Fatal(err)
	}
	want := "# text = two lines\n1\ta b\tc\r d\t_\t_\t_\t0\troot\t_\t_\n\n"
	if buf.String() != want {
		t.Errorf("written %q, want %q", buf.String(), want)
	}
}

// TestConlluErrors checks the "NAME:LINE: reason" of each kind of bad
// CoNLL-U.
func TestConlluErrors(t *testing.T) {
	word := func(id, head string) string { return id + "\tw\t_\t_\t_\t_\t" + head + "\t_\t_\t_\n" }
	tests := []struct {
		name, in, want string
	}{
		{"too few columns", "# c\n1\tHello\t_\n", "bad.conllu:2: 3 tab-separated columns, want 10"},
		{"spaces for tabs", "1 Hello _ _ _ _ _ _ _ _\n", "bad.conllu:1: 1 tab-separated columns, want 10"},
		{"eleven columns", word("1", "0")[:len(word("1", "0"))-1] + "\t_\n", "bad.conllu:1: 11 tab-separated columns, want 10"},
		{"word ID not a number", word("one", "0"), `bad.conllu:1: bad word ID "one"`},
		{"word ID signed", word("+1", "0"), `bad.conllu:1: bad word ID "+1"`},
		{"word ID zero", word("0", "_"), `bad.conllu:1: bad word ID "0"`},
		{"word ID skips", word("1", "0") + word("3", "1"), "bad.conllu:2: word ID 3, want 2"},
		{"word ID repeats", word("1", "0") + word("1", "1"), "bad.conllu:2: word ID 1, want 2"},
		{"word ID not from 1", "\n\n" + word("2", "0"), "bad.conllu:3: word ID 2, want 1"},
		{"empty form", "1\t\t_\t_\t_\t_\t0\t_\t_\t_\n", "bad.conllu:1: empty FORM"},
		{"bad head", word("1", "root"), `bad.conllu:1: bad HEAD "root"`},
		{"negative head", word("1", "-1"), `bad.conllu:1: bad HEAD "-1"`},
		{"own head", word("1", "0") + word("2", "2"), "bad.conllu:2: word 2 is its own head"},
		{"head past the end", word("1", "0") + word("2", "3") + "\n", "bad.conllu:2: word 2 has head 3, past the sentence's 2 words"},
		{"head past the end at EOF", word("1", "9"), "bad.conllu:1: word 1 has head 9, past the sentence's 1 words"},
		{"bad range", "1-x\tab\t_\t_\t_\t_\t_\t_\t_\t_\n", `bad.conllu:1: bad token range "1-x"`},
		{"backward range", "2-1\tab\t_\t_\t_\t_\t_\t_\t_\t_\n", `bad.conllu:1: bad token range "2-1"`},
		{"range not at next word", word("1", "0") + "3-4\tab\t_\t_\t_\t_\t_\t_\t_\t_\n", `bad.conllu:2: token range "3-4" does not start at the next word (2)`},
		{"overlapping ranges", "1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n" + word("1", "0") + "2-3\tbc\t_\t_\t_\t_\t_\t_\t_\t_\n", `bad.conllu:3: token range "2-3" overlaps token range 1-2`},
		{"range past the end", "# c\n1-3\tabc\t_\t_\t_\t_\t_\t_\t_\t_\n" + word("1", "0") + word("2", "1") + "\n", "bad.conllu:2: token range 1-3 runs past the sentence's 2 words"},
		{"range alone", "1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n\n", "bad.conllu:1: token range 1-2 with no word lines"},
		{"bad empty node", word("1", "0") + word("1.x", "_"), `bad.conllu:2: bad empty-node ID "1.x"`},
		{"empty node zero", word("1", "0") + word("1.0", "_"), `bad.conllu:2: bad empty-node ID "1.0"`},
		{"misplaced empty node", word("1", "0") + word("3.1", "_"), `bad.conllu:2: empty node "3.1" does not follow word 1`},
		{"comment inside", word("1", "0") + "# late\n", "bad.conllu:2: comment after a word line; sentences are separated by a blank line"},
		{"invalid UTF-8", "1\t\xff\t_\t_\t_\t_\t0\t_\t_\t_\n", "bad.conllu:1: invalid UTF-8"},
		{"second sentence", word("1", "0") + "\n" + word("1", "0") + word("2", "x"), `bad.conllu:4: bad HEAD "x"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents, err := ReadConllu("bad.conllu", strings.NewReader(tt.in))
			if err == nil {
				t.Fatalf("read %d sentences, want error %q", len(sents), tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("error %q, want %q", err, tt.want)
			}
			var ce *ConlluError
			if !errors.As(err, &ce) || ce.Name != "bad.conllu" {
				t.Errorf("error %#v is not a *ConlluError of bad.conllu", err)
			}
			if sents != nil {
				t.Errorf("read %d sentences with the error, want none", len(sents))
			}
		})
	}
}

// TestConlluReaderNext checks that the reader goes on after a bad
// sentence, with the lines of what it returns.
func TestConlluReaderNext(t *testing.T) {
	in := "# a\n1\tA\t_\t_\t_\t_\t_\t_\t_\t_\n\n" + // lines 1-3
		"# b\n1\tB\t_\t_\t_\t_\t_\t_\t_\t_\n3\tbad\n4\tskipped\n\n\n" + // lines 4-9
		"1\tC\t_\t_\t_\t_\t_\t_\t_\t_\n2\tD\t_\t_\t_\t_\t_\t_\t_\t_" // lines 10-11, no final newline
	rd := NewConlluReader("r.conllu", strings.NewReader(in))
	type step struct {
		Forms []string
		Line  int
		Err   string
	}
	var got []step
	for {
		s, err := rd.Next()
		if err == io.EOF {
			break
		}
		st := step{Line: rd.Line()}
		if err != nil {
			st.Err = err.Error()
		}
		for _, w := range s.Words {
			st.Forms = append(st.Forms, w.Form)
		}
		got = append(got, st)
		if len(got) > 10 {
			t.Fatal("Next does not reach the end")
		}
	}
	want := []step{
		{Forms: []string{"A"}, Line: 1},
		{Line: 6, Err: "r.conllu:6: 2 tab-separated columns, want 10"},
		{Forms: []string{"C", "D"}, Line: 10},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Next (-want +got):\n%s", diff)
	}
	if rd.Bytes() != int64(len(in)) {
		t.Errorf("Bytes() = %d, want %d", rd.Bytes(), len(in))
	}
	if _, err := rd.Next(); err != io.EOF {
		t.Errorf("Next after the end: %v, want io.EOF", err)
	}
}

// TestConlluMaxLine checks that a line over the limit is an error of its
// sentence, and that the next sentence is read.
func TestConlluMaxLine(t *testing.T) {
	long := "1\t" + strings.Repeat("x", 200) + "\t_\t_\t_\t_\t_\t_\t_\t_\n"
	short := "1\ty\t_\t_\t_\t_\t_\t_\t_\t_\n"
	rd := NewConlluReader("long.conllu", strings.NewReader(short+"\n"+long+short+"\n"+short))
	rd.SetMaxLine(100)
	var errs []string
	var forms []string
	for {
		s, err := rd.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, err.Error())
			var tl *LineTooLongError
			if !errors.As(err, &tl) || tl.Size != int64(len(long)-1) || tl.Max != 100 {
				t.Errorf("error %#v, want a *LineTooLongError of %d bytes > 100", err, len(long)-1)
			}
			continue
		}
		forms = append(forms, s.Words[0].Form)
	}
	if diff := cmp.Diff([]string{fmt.Sprintf("long.conllu:3: line too long (%d bytes > 100)", len(long)-1)}, errs); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"y", "y"}, forms); diff != "" {
		t.Errorf("sentences read (-want +got):\n%s", diff)
	}
}

// errReader fails after giving its text.
type errReader struct{ r io.Reader }

func (e *errReader) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if err == io.EOF {
		return n, errors.New("disk on fire")
	}
	return n, err
}

func TestConlluReadError(t *testing.T) {
	_, err := ReadConllu("fire.conllu", &errReader{strings.NewReader("1\ta\t_\t_\t_\t_\t_\t_\t_\t_\n")})
	if err == nil || err.Error() != "fire.conllu:2: disk on fire" {
		t.Errorf("error %v, want fire.conllu:2: disk on fire", err)
	}
}

// FuzzReadConllu checks that any input is read or rejected with a
// *ConlluError, never a panic; that what is read is well formed (IDs from
// 1, heads and ranges within the sentence); that writing it and reading
// it back gives the same sentences and the same text again; and that the
// reader returns the same sentences up to the first error.
//
//	go test ./extract/syntax -run '^$' -fuzz FuzzReadConllu -fuzztime 2m
func FuzzReadConllu(f *testing.F) {
	f.Add([]byte(sampleConllu))
	f.Add([]byte(strings.ReplaceAll(sampleConllu, "\n", "\r\n")))
	f.Add([]byte("\ufeff# c\n1\tHi\t\t\t\t\t\t\t\t\n\n"))
	f.Add([]byte("1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\t_\t_\t_\t_\t0\t_\t_\t_\n2\tb\t_\t_\t_\t_\t1\t_\t_\t_\n"))
	f.Add([]byte("1\ta\t_\t_\t_\t_\t2\t_\t_\t_\n\n# x\n\n1\t\t\n"))
	f.Add([]byte("0.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\t_\t_\t_\t_\t0\t_\t_\t_\n1.1\ty\t_\t_\t_\t_\t_\t_\t_\t_\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		sents, err := ReadConllu("fuzz.conllu", bytes.NewReader(data))
		if err != nil {
			var ce *ConlluError
			if !errors.As(err, &ce) || ce.Line < 1 || !strings.HasPrefix(err.Error(), "fuzz.conllu:") {
				t.Fatalf("error %q is not a ConlluError with a line", err)
			}
		}
		for _, s := range sents {
			if len(s.Words) == 0 {
				t.Fatal("a sentence with no words")
			}
			for i, w := range s.Words {
				if w.ID != i+1 || w.Head < -1 || w.Head > len(s.Words) || w.Head == w.ID || w.Form == "" {
					t.Fatalf("word %d is %+v", i+1, w)
				}
			}
			for _, r := range s.Ranges {
				if r.First < 1 || r.Last < r.First || r.Last > len(s.Words) {
					t.Fatalf("range %+v in a sentence of %d words", r, len(s.Words))
				}
			}
		}
		// The reader gives the same sentences up to the first error.
		rd := NewConlluReader("fuzz.conllu", bytes.NewReader(data))
		var streamed []ConlluSentence
		for {
			s, serr := rd.Next()
			if serr == io.EOF {
				break
			}
			if serr != nil {
				if err == nil {
					t.Fatalf("Next fails with %v where ReadConllu does not", serr)
				}
				if serr.Error() != err.Error() {
					t.Fatalf("first error of Next %q, of ReadConllu %q", serr, err)
				}
				break
			}
			streamed = append(streamed, s)
		}
		if err == nil {
			if diff := cmp.Diff(sents, streamed); diff != "" {
				t.Fatalf("Next and ReadConllu differ (-ReadConllu +Next):\n%s", diff)
			}
		} else {
			return
		}
		var first bytes.Buffer
		if err := WriteConllu(&first, sents); err != nil {
			t.Fatal(err)
		}
		again, err := ReadConllu("written.conllu", bytes.NewReader(first.Bytes()))
		if err != nil {
			t.Fatalf("what was written cannot be read: %v\n%s", err, first.String())
		}
		if diff := cmp.Diff(sents, again); diff != "" {
			t.Fatalf("read after writing (-first +second):\n%s", diff)
		}
		var second bytes.Buffer
		if err := WriteConllu(&second, again); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first.Bytes(), second.Bytes()) {
			t.Fatalf("written twice differently:\n%q\n%q", first.String(), second.String())
		}
	})
}
