package syntax

import (
	"bytes"
	"strings"
	"testing"
)

func loadModel(t testing.TB) *Model {
	t.Helper()
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestEmbeddedModelRoundTrips(t *testing.T) {
	m := loadModel(t)
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), embedded) {
		t.Fatal("decoding and encoding the model changed its bytes")
	}
	if m2, _ := Load(); m2 != m {
		t.Fatal("Load decoded the model twice")
	}
}

func TestDecodeRejectsDamage(t *testing.T) {
	for name, data := range map[string][]byte{
		"empty":     nil,
		"not model": []byte("hello"),
		"truncated": embedded[:len(embedded)/2],
		"trailing":  append(append([]byte{}, embedded...), 0),
	} {
		if _, err := Decode(data); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(magic))
	f.Add(embedded[:200])
	f.Fuzz(func(t *testing.T, data []byte) {
		Decode(data) // must not panic
	})
}

// Sentences written for these tests; the model must give their
// commonest constructions the relations UD prescribes.
func TestParseConstructions(t *testing.T) {
	m := loadModel(t)
	tests := []struct {
		sentence string
		dep, rel string
		head     string
	}{
		{"The army attacked the village on Monday .", "army", "nsubj", "attacked"},
		{"The army attacked the village on Monday .", "village", "obj", "attacked"},
		{"The village was attacked by the army .", "village", "nsubj:pass", "attacked"},
		{"The village was attacked by the army .", "army", "obl:agent", "attacked"},
		{"The village was attacked by the army .", "was", "aux:pass", "attacked"},
		{"The minister said that the talks had failed .", "failed", "ccomp", "said"},
	}
	for _, tc := range tests {
		forms := strings.Fields(tc.sentence)
		tr := m.Parse(forms)
		d, h := index(forms, tc.dep), index(forms, tc.head)
		if tr.Head(d) != h || tr.Rel(d) != tc.rel {
			got := "root"
			if tr.Head(d) >= 0 {
				got = forms[tr.Head(d)]
			}
			t.Errorf("%q: %s is %s of %s, want %s of %s", tc.sentence, tc.dep, tr.Rel(d), got, tc.rel, tc.head)
		}
	}
}

func index(forms []string, w string) int {
	for i, f := range forms {
		if f == w {
			return i
		}
	}
	return -1
}

func TestParseTagsAndLemmas(t *testing.T) {
	m := loadModel(t)
	tr := m.Parse(strings.Fields("Protesters were marching towards the ministries ."))
	want := []struct{ upos, xpos, lemma string }{
		{"NOUN", "NNS", "protester"}, {"AUX", "VBD", "be"}, {"VERB", "VBG", "march"},
		{"ADP", "IN", "towards"}, {"DET", "DT", "the"}, {"NOUN", "NNS", "ministry"}, {"PUNCT", ".", "."},
	}
	for i, w := range want {
		got := tr.Words[i]
		if got.UPOS != w.upos || got.XPOS != w.xpos || got.Lemma != w.lemma {
			t.Errorf("word %d %q: %s %s %q, want %s %s %q", i, got.Form, got.UPOS, got.XPOS, got.Lemma, w.upos, w.xpos, w.lemma)
		}
	}
}

// Tag gives the tags Parse gives, for any sentence, and none for none.
func TestTagAsParse(t *testing.T) {
	m := loadModel(t)
	for _, s := range []string{
		"Peru signs pacts with Chile , Bolivia at Lima ceremony",
		"Protesters were marching towards the ministries .",
		"",
	} {
		forms := strings.Fields(s)
		got := m.Tag(forms)
		if len(got) != len(forms) {
			t.Fatalf("%q: %d tags for %d words", s, len(got), len(forms))
		}
		tr := m.Parse(forms)
		for i, w := range tr.Words {
			if got[i] != w.XPOS {
				t.Errorf("%q word %d %q: Tag %s, Parse %s", s, i, w.Form, got[i], w.XPOS)
			}
		}
	}
	if got := m.Tag(strings.Fields("Peru signs pacts with Chile")); got[1] != "VBZ" {
		t.Errorf("signs: %s, want VBZ", got[1])
	}
}

func TestParseOddInput(t *testing.T) {
	m := loadModel(t)
	for _, forms := range [][]string{
		nil,
		{"."},
		{"", " ", "\x00"},
		strings.Fields(strings.Repeat("and the ", 400)),
		{"\xff\xfe", "ü", "日本"},
	} {
		tr := m.Parse(forms)
		if tr.Len() != len(forms) {
			t.Fatalf("%d words in, %d out", len(forms), tr.Len())
		}
	}
}

var benchText = strings.Fields(`The foreign ministry said on Tuesday that the government would not
accept the proposal , which had been put forward by the opposition after weeks of talks .
Police fired tear gas at hundreds of protesters who had gathered outside the parliament in the capital .
The two countries signed an agreement to expand trade and to cooperate on energy and security .`)

func BenchmarkParse(b *testing.B) {
	m := loadModel(b)
	// Split into sentences at full stops.
	var sents [][]string
	start := 0
	bytes := 0
	for i, w := range benchText {
		bytes += len(w) + 1
		if w == "." {
			sents = append(sents, benchText[start:i+1])
			start = i + 1
		}
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			m.Parse(s)
		}
	}
}

// BenchmarkParseTreebank parses EWT dev, two thousand sentences of
// varied web text: a truer measure than BenchmarkParse, whose few
// sentences stay in the processor's caches.
func BenchmarkParseTreebank(b *testing.B) {
	m := loadModel(b)
	gold := ewt(b, "en_ewt-ud-dev.conllu")
	bytes := 0
	sents := make([][]string, len(gold))
	for i, g := range gold {
		sents[i] = forms(g)
		for _, f := range sents[i] {
			bytes += len(f) + 1
		}
	}
	b.SetBytes(int64(bytes))
	for b.Loop() {
		for _, s := range sents {
			m.Parse(s)
		}
	}
}

// BenchmarkDecode is the cost of loading the model, paid once per process.
func BenchmarkDecode(b *testing.B) {
	b.SetBytes(int64(len(embedded)))
	for b.Loop() {
		if _, err := Decode(embedded); err != nil {
			b.Fatal(err)
		}
	}
}

// A model file that decodes is one that parses: every model Decode
// accepts must parse a sentence without panicking.
func FuzzDecodeParse(f *testing.F) {
	f.Add(embedded[:300])
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Decode(data)
		if err != nil {
			return
		}
		m.Parse([]string{"The", "army", "left", "."})
	})
}
