package syntax

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sync"
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
// mix(key), so that they fill the lookup table in order), each key's
// number of entries, then all entries' classes and all their int16
// weights (the weight is the int16 times the scale).

const magic = "newsgraph syntax model 1\n"

// Encode writes the model in its binary form.
func (m *Model) Encode(w io.Writer) error {
	e := &encoder{w: bufio.NewWriter(w)}
	e.w.WriteString(magic)
	e.strings(m.tagger.classes)
	words := make([]string, 0, len(m.tagger.amb))
	for k := range m.tagger.amb {
		words = append(words, k)
	}
	slices.Sort(words)
	e.uvarint(uint64(len(words)))
	for _, k := range words {
		e.string(k)
		e.u64(m.tagger.amb[k])
	}
	e.weights(m.tagger.w)
	if m.tagger.second != nil {
		e.uvarint(1)
		e.weights(m.tagger.second)
	} else {
		e.uvarint(0)
	}
	e.edits(m.lemma.known)
	e.edits(m.lemma.rules)
	lowers := make([]string, 0, len(m.lemma.lowers))
	for t := range m.lemma.lowers {
		lowers = append(lowers, t)
	}
	slices.Sort(lowers)
	e.strings(lowers)
	e.strings(m.parser.labels)
	e.uvarint(uint64(max(m.parser.beam, 1)))
	e.weights(m.parser.w)
	if e.err != nil {
		return e.err
	}
	return e.w.Flush()
}

type encoder struct {
	w   *bufio.Writer
	err error
	buf [binary.MaxVarintLen64]byte
}

func (e *encoder) uvarint(v uint64) {
	n := binary.PutUvarint(e.buf[:], v)
	if _, err := e.w.Write(e.buf[:n]); err != nil && e.err == nil {
		e.err = err
	}
}

func (e *encoder) u64(v uint64) {
	binary.LittleEndian.PutUint64(e.buf[:8], v)
	e.w.Write(e.buf[:8])
}

func (e *encoder) string(s string) {
	e.uvarint(uint64(len(s)))
	e.w.WriteString(s)
}

func (e *encoder) strings(ss []string) {
	e.uvarint(uint64(len(ss)))
	for _, s := range ss {
		e.string(s)
	}
}

func (e *encoder) edits(m map[string]edit) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	e.uvarint(uint64(len(keys)))
	for _, k := range keys {
		ed := m[k]
		e.string(k)
		flag := uint64(ed.strip) << 1
		if ed.lower {
			flag |= 1
		}
		e.uvarint(flag)
		e.string(ed.add)
	}
}

func (e *encoder) weights(m *weights) {
	slots := m.sortedSlots()
	e.uvarint(uint64(m.classes))
	e.u64(math.Float64bits(m.scale))
	e.uvarint(uint64(len(slots)))
	for _, s := range slots {
		e.u64(s.key)
	}
	rows := make([][]uint32, len(slots))
	for i, s := range slots {
		rows[i] = m.row(s)
		e.uvarint(uint64(len(rows[i])))
	}
	for _, row := range rows {
		for _, en := range row {
			e.w.WriteByte(byte(entryClass(en)))
		}
	}
	for _, row := range rows {
		for _, en := range row {
			binary.LittleEndian.PutUint16(e.buf[:2], uint16(entryWeight(en)))
			e.w.Write(e.buf[:2])
		}
	}
}

// Decode reads a model written by Encode.
func Decode(data []byte) (*Model, error) {
	if !bytes.HasPrefix(data, []byte(magic)) {
		return nil, errors.New("syntax: not a model file")
	}
	d := &decoder{data: data, at: len(magic)}
	m := &Model{tagger: &tagger{}, lemma: &lemmatizer{}, parser: &parser{}}
	m.tagger.classes = d.strings()
	m.tagger.split()
	n := d.count()
	m.tagger.amb = make(map[string]uint64, n)
	for range n {
		k := d.string()
		m.tagger.amb[k] = d.u64()
	}
	m.tagger.w = d.weights()
	if d.uvarint() == 1 {
		m.tagger.second = d.weights()
	}
	m.lemma.known = d.edits()
	m.lemma.rules = d.edits()
	m.lemma.lowers = map[string]bool{}
	for _, t := range d.strings() {
		m.lemma.lowers[t] = true
	}
	m.parser.labels = d.strings()
	m.parser.beam = int(min(d.uvarint(), 64))
	m.parser.w = d.weights()
	if d.err != nil {
		return nil, fmt.Errorf("syntax: model file: %w", d.err)
	}
	if d.at != len(data) {
		return nil, errors.New("syntax: model file: trailing bytes")
	}
	m.dep = slices.Index(m.parser.labels, "dep")
	if m.dep < 0 || slices.Index(m.parser.labels, "root") < 0 {
		return nil, errors.New("syntax: model file: no root or dep label")
	}
	// The weights must score exactly the classes the file names.
	t := m.tagger
	if len(t.classes) == 0 || t.w.classes != len(t.classes) || (t.second != nil && t.second.classes != len(t.classes)) ||
		m.parser.w.classes != m.parser.nClasses() || slices.Contains(t.upos, "") {
		return nil, errors.New("syntax: model file: weights do not match the classes")
	}
	return m, nil
}

type decoder struct {
	data []byte
	at   int
	err  error
}

var errShort = errors.New("truncated")

func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
	d.at = len(d.data)
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.data[d.at:])
	if n <= 0 {
		d.fail(errShort)
		return 0
	}
	d.at += n
	return v
}

// count reads a length that must fit in what is left of the file.
func (d *decoder) count() int {
	v := d.uvarint()
	if v > uint64(len(d.data)-d.at) {
		d.fail(errShort)
		return 0
	}
	return int(v)
}

func (d *decoder) bytes(n int) []byte {
	if n > len(d.data)-d.at {
		d.fail(errShort)
		return nil
	}
	b := d.data[d.at : d.at+n]
	d.at += n
	return b
}

func (d *decoder) u64() uint64 {
	b := d.bytes(8)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint64(b)
}

func (d *decoder) string() string { return string(d.bytes(d.count())) }

func (d *decoder) strings() []string {
	n := d.count()
	out := make([]string, 0, n)
	for range n {
		out = append(out, d.string())
	}
	return out
}

func (d *decoder) edits() map[string]edit {
	n := d.count()
	out := make(map[string]edit, n)
	for range n {
		k := d.string()
		flag := d.uvarint()
		out[k] = edit{lower: flag&1 == 1, strip: int(flag >> 1), add: d.string()}
	}
	return out
}

func (d *decoder) weights() *weights {
	classes := int(d.uvarint())
	scale := math.Float64frombits(d.u64())
	n := d.count()
	if n > (len(d.data)-d.at)/8 {
		d.fail(errShort)
		return nil
	}
	keys := d.bytes(8 * n)
	// The counts are read twice: once for where the classes and weights
	// start, once with them.
	countsAt := d.at
	total := 0
	for range n {
		c := d.uvarint()
		if c == 0 || c > uint64(classes) {
			d.fail(errors.New("bad weight row"))
			return nil
		}
		total += int(c)
	}
	cls := d.bytes(total)
	raw := d.bytes(2 * total)
	if d.err != nil {
		return nil
	}
	b := newWeightsBuilder(classes, scale, n, total)
	at, pos := 0, countsAt
	row := make([]uint32, 0, classes)
	for i := range n {
		c, k := binary.Uvarint(d.data[pos:])
		pos += k
		row = row[:0]
		for range c {
			if int(cls[at]) >= classes {
				d.fail(errors.New("bad class"))
				return nil
			}
			row = append(row, entryOf(int(cls[at]), int16(binary.LittleEndian.Uint16(raw[2*at:]))))
			at++
		}
		b.add(binary.LittleEndian.Uint64(keys[8*i:]), row)
	}
	return b.done()
}
