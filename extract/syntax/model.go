package syntax

import (
	"bufio"
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"slices"
	"sync"

	"github.com/newsgraph/newsgraph/extract/perceptron"
)

// Model tags, lemmatizes and parses sentences. It is read-only once
// built, so one Model serves any number of goroutines.
type Model struct {
	tagger *tagger
	lemma  *lemmatizer
	parser *parser
	dep    int // label of words the transitions left unattached
}

//go:embed model/ewt.model
var embedded []byte

var (
	loadOnce  sync.Once
	loaded    *Model
	loadError error
)

// Load returns the model trained on Universal Dependencies English EWT
// that is built into the program, decoding it on the first call only.
func Load() (*Model, error) {
	loadOnce.Do(func() {
		loaded, loadError = Decode(embedded)
	})
	return loaded, loadError
}

// Parse tags, lemmatizes and parses one sentence given as its words.
func (m *Model) Parse(forms []string) *Tree {
	n := len(forms)
	words := make([]Word, n)
	if n == 0 {
		t, _ := NewTree(words)
		return t
	}
	tags := make([]int, n)
	m.tagger.tag(forms, tags)
	si := newSentenceInfo(forms, tags, m.tagger.uposID)
	heads, labels := m.parser.parse(si, n)
	for i, f := range forms {
		x := m.tagger.xpos[tags[i]]
		words[i] = Word{Form: f, Lemma: m.lemma.lemma(f, x), UPOS: m.tagger.upos[tags[i]], XPOS: x, Head: heads[i+1] - 1}
		l := labels[i+1]
		if l < 0 {
			l = m.dep
		}
		words[i].Rel = m.parser.labels[l]
		if words[i].Head < 0 {
			words[i].Rel = "root"
		}
	}
	t, ok := NewTree(words)
	if !ok {
		// Arc-eager builds a tree and finish gives it one root; a failure
		// here is a bug, so say so rather than hand on a broken tree.
		panic("syntax: parser built no tree")
	}
	return t
}

// The model file: a magic line, then the tagger (its classes, ambiguity
// classes, first pass and, after a 1, a second pass), the lemmatizer and
// the parser (its labels, beam width and weights). Strings are a uvarint
// length and bytes, numbers uvarints. A table of weights is its number of
// classes, its scale, its keys (little-endian uint64, in the order of
// perceptron.Mix(key), so that they fill the lookup table in order), each key's
// number of entries, then all entries' classes and all their int16
// weights (the weight is the int16 times the scale).

const magic = "newsgraph syntax model 1\n"

// Encode writes the model in its binary form.
func (m *Model) Encode(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(magic)
	e := perceptron.NewEncoder(bw)
	e.Strings(m.tagger.classes)
	words := make([]string, 0, len(m.tagger.amb))
	for k := range m.tagger.amb {
		words = append(words, k)
	}
	slices.Sort(words)
	e.Uvarint(uint64(len(words)))
	for _, k := range words {
		e.String(k)
		e.U64(m.tagger.amb[k])
	}
	e.Weights(m.tagger.w)
	if m.tagger.second != nil {
		e.Uvarint(1)
		e.Weights(m.tagger.second)
	} else {
		e.Uvarint(0)
	}
	encodeEdits(e, m.lemma.known)
	encodeEdits(e, m.lemma.rules)
	lowers := make([]string, 0, len(m.lemma.lowers))
	for t := range m.lemma.lowers {
		lowers = append(lowers, t)
	}
	slices.Sort(lowers)
	e.Strings(lowers)
	e.Strings(m.parser.labels)
	e.Uvarint(uint64(max(m.parser.beam, 1)))
	e.Weights(m.parser.w)
	return e.Flush()
}

func encodeEdits(e *perceptron.Encoder, m map[string]edit) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	e.Uvarint(uint64(len(keys)))
	for _, k := range keys {
		ed := m[k]
		e.String(k)
		flag := uint64(ed.strip) << 1
		if ed.lower {
			flag |= 1
		}
		e.Uvarint(flag)
		e.String(ed.add)
	}
}

// Decode reads a model written by Encode.
func Decode(data []byte) (*Model, error) {
	if !bytes.HasPrefix(data, []byte(magic)) {
		return nil, errors.New("syntax: not a model file")
	}
	d := perceptron.NewDecoder(data[len(magic):])
	m := &Model{tagger: &tagger{}, lemma: &lemmatizer{}, parser: &parser{}}
	m.tagger.classes = d.Strings()
	m.tagger.split()
	n := d.Count()
	m.tagger.amb = make(map[string]uint64, n)
	for range n {
		k := d.String()
		m.tagger.amb[k] = d.U64()
	}
	m.tagger.w = d.Weights()
	if d.Uvarint() == 1 {
		m.tagger.second = d.Weights()
	}
	m.lemma.known = decodeEdits(d)
	m.lemma.rules = decodeEdits(d)
	m.lemma.lowers = map[string]bool{}
	for _, t := range d.Strings() {
		m.lemma.lowers[t] = true
	}
	m.parser.labels = d.Strings()
	m.parser.beam = int(min(d.Uvarint(), 64))
	m.parser.w = d.Weights()
	if err := d.Err(); err != nil {
		return nil, fmt.Errorf("syntax: model file: %w", err)
	}
	if d.Left() != 0 {
		return nil, errors.New("syntax: model file: trailing bytes")
	}
	m.dep = slices.Index(m.parser.labels, "dep")
	if m.dep < 0 || slices.Index(m.parser.labels, "root") < 0 {
		return nil, errors.New("syntax: model file: no root or dep label")
	}
	// The weights must score exactly the classes the file names.
	t := m.tagger
	if len(t.classes) == 0 || t.w.Classes() != len(t.classes) || (t.second != nil && t.second.Classes() != len(t.classes)) ||
		m.parser.w.Classes() != m.parser.nClasses() || slices.Contains(t.upos, "") {
		return nil, errors.New("syntax: model file: weights do not match the classes")
	}
	return m, nil
}

func decodeEdits(d *perceptron.Decoder) map[string]edit {
	n := d.Count()
	out := make(map[string]edit, n)
	for range n {
		k := d.String()
		flag := d.Uvarint()
		out[k] = edit{lower: flag&1 == 1, strip: int(flag >> 1), add: d.String()}
	}
	return out
}
