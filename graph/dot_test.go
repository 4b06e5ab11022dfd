package graph

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	gonumgraph "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/encoding"
	"gonum.org/v1/gonum/graph/encoding/dot"
	dotfmt "gonum.org/v1/gonum/graph/formats/dot"
	"gonum.org/v1/gonum/graph/formats/dot/ast"
	"gonum.org/v1/gonum/graph/multi"

	"github.com/newsgraph/newsgraph/extract"
)

// checkDOT renders b with Graphviz when dot is installed and fails on any
// error; it returns the SVG, or skips the test without Graphviz.
func checkDOT(t *testing.T, b []byte) []byte {
	t.Helper()
	path, err := exec.LookPath("dot")
	if err != nil {
		t.Skipf("graphviz dot not installed: %v", err)
	}
	cmd := exec.Command(path, "-Tsvg")
	cmd.Stdin = bytes.NewReader(b)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	svg, err := cmd.Output()
	if err != nil {
		t.Fatalf("dot -Tsvg: %v\n%s", err, stderr.Bytes())
	}
	if stderr.Len() > 0 {
		t.Errorf("dot -Tsvg warned:\n%s", stderr.Bytes())
	}
	return svg
}

func encodeDOT(t testing.TB, g *Graph) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := EncodeDOT(&buf, g); err != nil {
		t.Fatalf("EncodeDOT: %v", err)
	}
	return buf.Bytes()
}

func TestEncodeDOTGolden(t *testing.T) {
	got := encodeDOT(t, build(fixture()))
	golden := filepath.Join("testdata", "fixture.dot")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./graph -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("EncodeDOT differs from %s (-want +got):\n%s", golden, cmp.Diff(string(want), string(got)))
	}
	checkDOT(t, got)
}

func TestEncodeDOTEmpty(t *testing.T) {
	got := encodeDOT(t, New())
	if !bytes.HasPrefix(got, []byte("digraph newsgraph {")) || !bytes.HasSuffix(got, []byte("}\n")) {
		t.Errorf("EncodeDOT(empty graph) = %q, want a digraph ending in a newline", got)
	}
	checkDOT(t, got)
}

// dotNode and dotBuilder read DOT back with gonum's decoder, keeping ids
// and attributes.
type dotNode struct {
	id    int64
	dotID string
	attrs map[string]string
}

func (n *dotNode) ID() int64          { return n.id }
func (n *dotNode) SetDOTID(id string) { n.dotID = id }
func (n *dotNode) SetAttribute(a encoding.Attribute) error {
	n.attrs[a.Key] = a.Value
	return nil
}

type dotBuilder struct{ *multi.DirectedGraph }

func (b dotBuilder) NewNode() gonumgraph.Node {
	return &dotNode{id: b.DirectedGraph.NewNode().ID(), attrs: map[string]string{}}
}

// TestEncodeDOTRoundTrip reads the output back with gonum's decoder: every
// node keeps its id and its label, whatever characters it holds.
func TestEncodeDOTRoundTrip(t *testing.T) {
	nasty := "say \"hi\" \\ back\\slash\nnext line é 中文 \\N"
	results := fixture()
	results[0].Entities = append(results[0].Entities, extract.Entity{Key: "person:nasty", Type: extract.Person, Label: nasty})
	g := build(results)
	out := encodeDOT(t, g)

	dst := dotBuilder{multi.NewDirectedGraph()}
	if err := dot.UnmarshalMulti(out, dst); err != nil {
		t.Fatalf("dot.UnmarshalMulti: %v\n%s", err, out)
	}
	labels := map[string]string{}
	for it := dst.Nodes(); it.Next(); {
		n := it.Node().(*dotNode)
		labels[n.dotID] = n.attrs["label"]
	}
	want := map[string]string{}
	for _, n := range g.Nodes() {
		if n.Event != nil {
			continue // Labels with the date, tested by the golden file.
		}
		want[n.Key] = n.Label
	}
	for _, k := range []Kind{KindPerson, KindOrganization, KindCountry, KindLocation, KindEvent} {
		want["legend:"+string(k)] = string(k)
	}
	for key := range labels {
		if strings.HasPrefix(key, "event:") {
			delete(labels, key)
		}
	}
	if diff := cmp.Diff(want, labels); diff != "" {
		t.Errorf("node labels read back (-want +got):\n%s", diff)
	}

	svg := checkDOT(t, out)
	for _, line := range []string{`say &quot;hi&quot; \ back\slash`, "next line é 中文 \\N"} {
		if !bytes.Contains(svg, []byte(line)) {
			t.Errorf("SVG lacks the text %q", line)
		}
	}
}

func TestQuoteDOT(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Judith Collins", `"Judith Collins"`},
		{"empty", "", `""`},
		{"quote", `say "hi"`, `"say \"hi\""`},
		{"backslash", `a\b`, `"a\\b"`},
		{"trailing backslash", `a\`, `"a\\"`},
		{"graphviz escape", `\N\G\l`, `"\\N\\G\\l"`},
		{"newline", "a\nb", `"a\nb"`},
		{"crlf", "a\r\nb\rc", `"a\nb\nc"`},
		{"tab and controls", "a\tb\x00c\x7fd\u0085e", `"a b c d e"`},
		{"accents", "Zürich é", `"Zürich é"`},
		{"chinese", "中文", `"中文"`},
		{"invalid utf-8", "a\xff\xfeb", `"a??b"`},
		{"replacement character", "a\uFFFDb", `"a?b"`},
		{"html-like", "<b>", `"<b>"`},
		{"keyword", "graph", `"graph"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quoteDOT(tt.in); got != tt.want {
				t.Errorf("quoteDOT(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzQuoteDOT checks that quoteDOT makes a DOT string that gonum's parser
// accepts and gonum's encoder leaves as is, and that reads back as the
// input with only line breaks, control characters and invalid UTF-8
// changed.
func FuzzQuoteDOT(f *testing.F) {
	for _, s := range []string{"", "a", `"`, `\`, `\"`, "\n", "a\r\n", "é", "中文", "\xff", "<b>", `a\`, "x\\\ny", "\t\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := quoteDOT(s)
		got, err := strconv.Unquote(q)
		if err != nil {
			t.Fatalf("quoteDOT(%q) = %s, not a valid quoted string: %v", s, q, err)
		}
		if !utf8.ValidString(got) {
			t.Errorf("quoteDOT(%q) = %s holds invalid UTF-8", s, q)
		}
		for _, r := range got {
			if r < 0x20 && r != '\n' || r >= 0x7f && r < 0xa0 {
				t.Errorf("quoteDOT(%q) = %s holds control character %U", s, q, r)
			}
		}
		if want := wantUnquoted(s); got != want {
			t.Errorf("quoteDOT(%q) reads back as %q, want %q", s, got, want)
		}

		src := "digraph { a [label=" + q + "] }"
		file, err := dotfmt.ParseString(src)
		if err != nil {
			t.Fatalf("gonum cannot parse %s: %v", src, err)
		}
		stmt := file.Graphs[0].Stmts[0].(*ast.NodeStmt)
		if v := stmt.Attrs[0].Val; v != q {
			t.Errorf("gonum parsed label %s as %s", q, v)
		}
	})
}

// wantUnquoted is what quoteDOT's output should read back as: s with CRLF
// and CR as LF, other control characters as spaces, each invalid byte and
// U+FFFD as '?'.
func wantUnquoted(s string) string {
	// strings.Map sees each invalid byte as U+FFFD.
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == utf8.RuneError:
			return '?'
		case r < 0x20 || r >= 0x7f && r < 0xa0:
			return ' '
		}
		return r
	}, strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n"))
}

func TestPenwidth(t *testing.T) {
	tests := []struct {
		weight int
		want   string
	}{{0, "1"}, {1, "1"}, {2, "2"}, {3, "2.58"}, {4, "3"}, {1000, "10.97"}}
	for _, tt := range tests {
		if got := penwidth(tt.weight); got != tt.want {
			t.Errorf("penwidth(%d) = %s, want %s", tt.weight, got, tt.want)
		}
	}
}

func TestEncodeDOTWriteError(t *testing.T) {
	if err := EncodeDOT(failWriter{}, build(fixture())); err == nil {
		t.Error("EncodeDOT to a failing writer returned no error")
	}
}

// FuzzEncodeDOT puts arbitrary text in a label and a role title and checks
// that the whole DOT output reads back through gonum's decoder with the
// label intact.
func FuzzEncodeDOT(f *testing.F) {
	for _, s := range []string{"Judith Collins", `say "hi"`, `a\`, "x\ny", "é 中文", "\xff", "<b>", "graph", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := makeDoc("fuzz.txt", "", "One.")
		g := build([]*extract.Result{{Doc: d, Entities: []extract.Entity{{
			Key: "person:x", Type: extract.Person, Label: s,
			Roles: []extract.Role{{Title: s, Of: "country:NZL", Evidence: ev(d, 0)}},
		}}}})
		out := encodeDOT(t, g)
		dst := dotBuilder{multi.NewDirectedGraph()}
		if err := dot.UnmarshalMulti(out, dst); err != nil {
			t.Fatalf("dot.UnmarshalMulti: %v\n%s", err, out)
		}
		want := wantUnquoted(g.Node("person:x").Label)
		if q := quoteDOT(want); strings.HasPrefix(q, `"<`) && strings.HasSuffix(q, `>"`) {
			want = q // gonum keeps quoted HTML-like strings quoted.
		}
		found := false
		for it := dst.Nodes(); it.Next(); {
			if n := it.Node().(*dotNode); n.dotID == "person:x" {
				found = true
				if n.attrs["label"] != want {
					t.Errorf("label %q read back as %q, want %q", s, n.attrs["label"], want)
				}
			}
		}
		if !found {
			t.Errorf("node person:x not read back from\n%s", out)
		}
	})
}
