package names

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/perceptron"
)

func load(t testing.TB) *Model {
	t.Helper()
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// words splits text into words and punctuation marks, roughly as the
// extractor's tokenizer does, for tests that need no tagger.
var wordRE = regexp.MustCompile(`[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*\.?|'s|\S`)

func sentence(text string) Sentence { return Sentence{Words: wordRE.FindAllString(text, -1)} }

func spanText(s Sentence, sp Span) string { return strings.Join(s.Words[sp.Start:sp.End], " ") }

func TestLabels(t *testing.T) {
	spans := []Span{{Start: 0, End: 2, Type: "PER"}, {Start: 3, End: 4, Type: "LOC"}, {Start: 5, End: 8, Type: "ORG"}}
	labels := encode(8, spans)
	want := []int{labelOf(0, begin), labelOf(0, last), outside, labelOf(1, unit), outside, labelOf(2, begin), labelOf(2, inside), labelOf(2, last)}
	if diff := cmp.Diff(want, labels); diff != "" {
		t.Errorf("encode (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(spans, spansOf(labels)); diff != "" {
		t.Errorf("decode (-want +got):\n%s", diff)
	}
	prev := outside
	for i, l := range labels {
		if !allowed(prev, l, i == len(labels)-1) {
			t.Errorf("label %d not allowed after %d", l, prev)
		}
		prev = l
	}
	for _, bad := range [][3]int{
		{labelOf(0, begin), outside, 0},             // a name left open
		{labelOf(0, begin), labelOf(1, last), 0},    // closed with another type
		{outside, labelOf(0, inside), 0},            // inside with no begin
		{outside, labelOf(0, begin), 1},             // begun on the last word
		{labelOf(0, inside), labelOf(0, inside), 1}, // open at the end
	} {
		if allowed(bad[0], bad[1], bad[2] == 1) {
			t.Errorf("%d after %d (final %v) allowed", bad[1], bad[0], bad[2] == 1)
		}
	}
}

func TestReadCoNLL(t *testing.T) {
	in := "-DOCSTART- -X- O O\n\nAlba NNP I-NP I-PER\nKerr NNP I-NP I-PER\nvisited VBD I-VP O\nOslo NNP I-NP I-LOC\nand CC O O\nBergen NNP I-NP B-LOC\n\n" +
		"-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nTimes NNP I-NP B-ORG\n"
	docs, err := ReadCoNLL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Document{
		{{Words: []string{"Alba", "Kerr", "visited", "Oslo", "and", "Bergen"}, Tags: []string{"NNP", "NNP", "VBD", "NNP", "CC", "NNP"},
			Spans: []Span{{0, 2, "PER", 0}, {3, 4, "LOC", 0}, {5, 6, "LOC", 0}}}},
		{{Words: []string{"EU", "Times"}, Tags: []string{"NNP", "NNP"}, Spans: []Span{{0, 1, "ORG", 0}, {1, 2, "ORG", 0}}}},
	}
	if diff := cmp.Diff(want, docs); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	for _, bad := range []string{"Alba\n", "Alba NNP I-NP X-PER\n"} {
		if _, err := ReadCoNLL(strings.NewReader(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestGazetteer(t *testing.T) {
	lx := &lexicon.Lexicon{
		Countries:   []lexicon.Country{{Code: "NZL", Name: "New Zealand", Demonyms: []string{"New Zealander"}}},
		Orgs:        []lexicon.Org{{Name: "Bank of New Zealand"}},
		CommonWords: []string{"bank"},
	}
	g, err := newGazetteer(GazetteerEntries(lx))
	if err != nil {
		t.Fatal(err)
	}
	marks := make([][numGaz]uint8, 6)
	var lower []uint64
	for _, w := range []string{"the", "bank", "of", "new", "zealand", "said"} {
		lower = append(lower, perceptron.HashString(w))
	}
	g.match(lower, marks)
	var got []string
	for i, m := range marks {
		for c, p := range m {
			if p != 0 {
				got = append(got, string("-BILU"[p])+string(rune('0'+c))+"@"+string(rune('0'+i)))
			}
		}
	}
	want := []string{"B4@1", "U8@1", "I4@2", "B0@3", "I4@3", "L0@4", "L4@4"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// Training on a few labelled documents learns them, and the same seed
// gives the same bytes.
func TestTrainReproducible(t *testing.T) {
	var docs []Document
	people := []string{"Alba Kerr", "Jon Pike", "Mara Vell", "Tor Lund"}
	places := []string{"Oslo", "Bergen", "Tromso", "Narvik"}
	for i := range 24 {
		p, l := people[i%4], places[(i/4)%4]
		s := sentence(p + " flew to " + l + " on Monday .")
		n := len(strings.Fields(p))
		s.Spans = []Span{{Start: 0, End: n, Type: "PER"}, {Start: n + 2, End: n + 3, Type: "LOC"}}
		docs = append(docs, Document{s})
	}
	lx, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	opt := TrainOptions{Seed: 7, Epochs: 10, Folds: 3}
	var files [2][]byte
	for k := range files {
		m, err := Train(docs, nil, GazetteerEntries(lx), opt)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := m.Encode(&buf); err != nil {
			t.Fatal(err)
		}
		files[k] = buf.Bytes()
		if k == 0 {
			if r := Score(m, docs); r.F1 < 0.99 {
				t.Errorf("training set F1 %.3f", r.F1)
			}
		}
	}
	if !bytes.Equal(files[0], files[1]) {
		t.Error("two trainings with the same seed differ")
	}
}

// The gazetteer file beside the model is the one the model was trained
// with, so that the training command reproduces the model from it.
func TestGazetteerFileIsTheModels(t *testing.T) {
	m := load(t)
	f, err := os.Open(filepath.Join("model", "gazetteer.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	entries, err := ReadGazetteer(f)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(entries, m.Gazetteer()) {
		t.Error("model/gazetteer.txt is not the gazetteer the model was trained with: retrain (go run ./cmd/newsgraph-train names -conll DIR)")
	}
	var buf bytes.Buffer
	if err := WriteGazetteer(&buf, entries); err != nil {
		t.Fatal(err)
	}
	if back, err := ReadGazetteer(&buf); err != nil || !slices.Equal(back, entries) {
		t.Errorf("the gazetteer does not round-trip: %v", err)
	}
}

func TestReadGazetteerErrors(t *testing.T) {
	for _, bad := range []string{
		"0peru\n0chile\n",      // out of order
		"0chile\n0chile\n",     // twice
		"9\n",                  // no words
		"zchile\n",             // no class
		"0a b c d e f g h i\n", // too long
	} {
		if _, err := ReadGazetteer(strings.NewReader(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
	if got, err := ReadGazetteer(strings.NewReader("# a comment\n0chile\nparticle bin\n")); err != nil || len(got) != 2 {
		t.Errorf("a good file: %v %v", got, err)
	}
}

func TestEmbeddedModelRoundTrips(t *testing.T) {
	m := load(t)
	if lx, err := lexicon.Default(); err != nil {
		t.Fatal(err)
	} else if !m.TrainedWith(lx) {
		// the model reads the gazetteers it keeps; the lexicon's new
		// entries wait for a retraining
		t.Log("the gazetteers of extract/lexicon changed since the name model was trained; retraining takes them in (go run ./cmd/newsgraph-train names)")
	}
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), embedded) {
		t.Error("the embedded model encodes to other bytes")
	}
	for name, data := range map[string][]byte{
		"empty":     nil,
		"magic":     []byte(magic),
		"truncated": embedded[:len(embedded)/2],
		"trailing":  append(append([]byte{}, embedded...), 0),
	} {
		if _, err := Decode(data); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// The CoNLL-2003 dev split scores as the training command reported; it
// is read from ../shared when it is there.
func TestCoNLLDev(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "data", "conll2003", "eng.testa")
	f, err := os.Open(path)
	if err != nil {
		t.Skip("CoNLL-2003 dev split not found beside the repository; skipping")
	}
	defer f.Close()
	docs, err := ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	// The file's own tags stand in for the extractor's here (package
	// names cannot run the extractor), so the figure is a little off the
	// training command's.
	if r := Score(load(t), docs); r.F1 < 0.90 {
		t.Errorf("eng.testa: %s", r)
	}
}

func FuzzFind(f *testing.F) {
	f.Add("Ana Ruiz met NATO officials in Brussels.", "NNP NNP VBD NNP NNS IN NNP .")
	f.Add("ALL CAPS HEADLINE HERE", "")
	f.Fuzz(func(t *testing.T, text, tags string) {
		s := Sentence{Words: strings.Fields(text), Tags: strings.Fields(tags)}
		doc := Document{s, s}
		for _, spans := range load(t).Find(doc) {
			end := 0
			for _, sp := range spans {
				if sp.Start < end || sp.End <= sp.Start || sp.End > len(s.Words) || typeIndex(sp.Type) < 0 {
					t.Fatalf("bad span %+v in %q", sp, s.Words)
				}
				end = sp.End
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	m := load(b)
	var doc Document
	size := 0
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "articles", "*.txt"))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		size += len(data)
		for _, line := range strings.Split(string(data), "\n") {
			if s := sentence(line); len(s.Words) > 0 {
				doc = append(doc, s)
			}
		}
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		m.Find(doc)
	}
}

// A word in lower case is a connector when names go on over it at least
// as often as they stop before it, where a capitalised word follows.
func TestConnectors(t *testing.T) {
	var doc Document
	add := func(text string, spans ...Span) {
		s := sentence(text)
		s.Spans = spans
		doc = append(doc, s)
	}
	for range 3 {
		add("Bank of Tonga rose", Span{0, 3, "ORG", 0})
		add("Ruiz in Lima spoke", Span{0, 1, "PER", 0}, Span{2, 3, "LOC", 0})
	}
	add("Force in Lebanon left", Span{0, 3, "ORG", 0}) // once, against three stops
	got := connectors([]Document{doc})
	if diff := cmp.Diff(map[string]bool{"of": true}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestUnpaired(t *testing.T) {
	forms := strings.Fields("Zeleznik ( B ) beat Revolution ) Square and ( the")
	words := make([]word, len(forms))
	unpaired(forms, words)
	var got []int
	for i, w := range words {
		if w.never {
			got = append(got, i)
		}
	}
	if diff := cmp.Diff([]int{6, 9}, got); diff != "" {
		t.Errorf("unpaired brackets (-want +got):\n%s", diff)
	}
}

// A long document is read in two streaming passes; they must find what
// reading it whole finds, document evidence and long sentences included.
func TestStreamingFindsTheSame(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	var doc Document
	for _, text := range []string{
		"Officials at Velmora Logistics said on Monday that exports had fallen .",
		"Velmora said the drop was temporary , and ARGOS TRADING denied it .",
		"The velmora brand is sold in Lisbon ; Ana Ruiz of Argos said so .",
		strings.Repeat("Ana Ruiz met officials in Lisbon and ", 60) + "left .",
		"",
		"Ruiz ( B ) and Velmora ) Square were named .",
	} {
		doc = append(doc, Sentence{Words: strings.Fields(text)})
	}
	whole, streamed := m.Find(doc), m.findStreaming(doc)
	if diff := cmp.Diff(whole, streamed); diff != "" {
		t.Errorf("(-whole +streamed):\n%s", diff)
	}
	if len(whole[0]) == 0 || len(whole[3]) < 60 {
		t.Errorf("too few names found to compare: %v", whole)
	}
}

// Reading a gazetteer file or a model file never panics, whatever the
// bytes: it gives entries or a model, or an error.
func FuzzReadGazetteer(f *testing.F) {
	f.Add([]byte("# a comment\n0chile\n4world health organization\nparticle bin\n"))
	f.Add([]byte("\n"))
	f.Add([]byte("0\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		entries, err := ReadGazetteer(bytes.NewReader(data))
		if err == nil {
			if _, err := newGazetteer(entries); err != nil {
				t.Errorf("read entries do not build: %v", err)
			}
		}
	})
}

func FuzzDecodeModel(f *testing.F) {
	f.Add(embedded[:200])
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, data []byte) {
		if m, err := Decode(data); err == nil && m == nil {
			t.Error("no model and no error")
		}
	})
}
