package syntax

import (
	"bufio"
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"sync"

	"github.com/newsgraph/newsgraph/extract/perceptron"
)

// Model tags, lemmatizes and parses sentences. It is read-only once
// built, so one Model serves any number of goroutines.
type Model struct {
	tagger *tagger
	super  *supertagger
	lemma  *lemmatizer
	parser *parser
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
	tags, supers := make([]int, n), make([]int, n)
	var c tagContext
	described := m.tagger.tagIn(&c, forms, tags)
	m.super.tag(&c, tags, supers)
	si := newSentenceInfo(described, tags, m.tagger.uposID, supers)
	heads, labels := m.parser.parse(si, n)
	for i, f := range forms {
		x := m.tagger.xpos[tags[i]]
		words[i] = Word{Form: f, Lemma: m.lemma.lemma(f, x), UPOS: m.tagger.upos[tags[i]], XPOS: x, Head: heads[i+1] - 1, Rel: m.parser.labels[labels[i+1]]}
	}
	t, ok := NewTree(words)
	if !ok {
		// Arc-eager builds a tree and parse gives it one root; a failure
		// here is a bug, so say so rather than hand on a broken tree.
		panic("syntax: parser built no tree")
	}
	return t
}

// Tag gives the Penn Treebank tag of each of a sentence's words, as Parse
// would, without parsing it.
func (m *Model) Tag(forms []string) []string {
	tags := make([]int, len(forms))
	var c tagContext
	m.tagger.tagIn(&c, forms, tags)
	out := make([]string, len(forms))
	for i, k := range tags {
		out[i] = m.tagger.xpos[k]
	}
	return out
}

// The model file: a magic line, then the tagger (its classes, ambiguity
// classes, sure words, first pass and, after a 1, a second pass), the
// lemmatizer and the parser (its relations, then the weights of its moves
// and of its relations). Strings are a uvarint length and bytes, numbers
// uvarints. A table of weights is its number of classes, its scale, its
// keys (little-endian uint64, in the order of perceptron.Mix(key), so
// that they fill the lookup table in order), each key's number of
// entries, then all entries' classes and all their int16 weights (the
// weight is the int16 times the scale).

const magic = "newsgraph syntax model 3\n"

// Encode writes the model in its binary form.
func (m *Model) Encode(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(magic)
	e := perceptron.NewEncoder(bw)
	e.Strings(m.tagger.classes)
	words := slices.Sorted(maps.Keys(m.tagger.amb))
	e.Uvarint(uint64(len(words)))
	for _, k := range words {
		e.String(k)
		e.U64(m.tagger.amb[k])
	}
	sure := slices.Sorted(maps.Keys(m.tagger.sure))
	e.Uvarint(uint64(len(sure)))
	for _, k := range sure {
		e.String(k)
		e.Uvarint(uint64(m.tagger.sure[k]))
	}
	e.Weights(m.tagger.w)
	if m.tagger.second != nil {
		e.Uvarint(1)
		e.Weights(m.tagger.second)
	} else {
		e.Uvarint(0)
	}
	e.Strings(m.super.classes)
	e.Weights(m.super.w)
	encodeEdits(e, m.lemma.known)
	encodeEdits(e, m.lemma.rules)
	e.Strings(slices.Sorted(maps.Keys(m.lemma.lowers)))
	e.Strings(m.parser.labels)
	e.Weights(m.parser.moves)
	e.Weights(m.parser.arcs)
	return e.Flush()
}

func encodeEdits(e *perceptron.Encoder, m map[string]edit) {
	keys := slices.Sorted(maps.Keys(m))
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
	m := &Model{tagger: &tagger{}, lemma: &lemmatizer{}}
	m.tagger.classes = d.Strings()
	m.tagger.split()
	n := d.Count()
	m.tagger.amb = make(map[string]uint64, n)
	for range n {
		k := d.String()
		m.tagger.amb[k] = d.U64()
	}
	n = d.Count()
	m.tagger.sure = make(map[string]int, n)
	for range n {
		k := d.String()
		c := d.Uvarint()
		if c >= uint64(len(m.tagger.classes)) {
			d.Fail(errors.New("bad class of a sure word"))
		}
		m.tagger.sure[k] = int(c)
	}
	m.tagger.w = d.Weights()
	if d.Uvarint() == 1 {
		m.tagger.second = d.Weights()
	}
	m.super = &supertagger{classes: d.Strings()}
	m.super.w = d.Weights()
	m.super.setVerbs(m.tagger)
	m.lemma.known = decodeEdits(d)
	m.lemma.rules = decodeEdits(d)
	m.lemma.lowers = map[string]bool{}
	for _, t := range d.Strings() {
		m.lemma.lowers[t] = true
	}
	m.lemma.index()
	m.parser = newParser(d.Strings())
	m.parser.moves = d.Weights()
	m.parser.arcs = d.Weights()
	if err := d.Err(); err != nil {
		return nil, fmt.Errorf("syntax: model file: %w", err)
	}
	if d.Left() != 0 {
		return nil, errors.New("syntax: model file: trailing bytes")
	}
	if m.parser.root < 0 || len(m.parser.labels) < 2 {
		return nil, errors.New("syntax: model file: no root relation, or no other")
	}
	// The weights must score exactly the classes the file names.
	t := m.tagger
	if len(t.classes) == 0 || t.w.Classes() != len(t.classes) || (t.second != nil && t.second.Classes() != len(t.classes)) ||
		len(m.super.classes) == 0 || m.super.w.Classes() != len(m.super.classes) ||
		m.parser.moves.Classes() != moves || m.parser.arcs.Classes() != len(m.parser.labels) || slices.Contains(t.upos, "") {
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
