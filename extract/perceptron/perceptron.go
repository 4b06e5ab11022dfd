package perceptron

import (
	"cmp"
	"math"
	"math/bits"
	"runtime"
	"slices"
)

// An averaged perceptron over hashed features: every feature is a
// 64-bit key, and every key that has ever been updated owns a row of one
// weight per class. Training keeps running sums for the average; the
// frozen model keeps, per key, only the classes whose averaged weight is
// not zero.

// Learner is the perceptron while it trains.
type Learner struct {
	classes int
	rows    map[uint64]int32
	w       []float32 // current weights, row-major
	u       []float64 // sum over updates of step × change, for averaging
	step    float64   // instances seen
}

// NewLearner learns to tell classes classes apart; the model file has
// room for at most 256.
func NewLearner(classes int) *Learner {
	if classes < 1 || classes > 256 {
		panic("perceptron: a learner has 1 to 256 classes")
	}
	return &Learner{classes: classes, rows: make(map[uint64]int32)}
}

// Score adds the current weights of feats into scores.
func (l *Learner) Score(feats []uint64, scores []float32) {
	clear(scores)
	for _, f := range feats {
		r, ok := l.rows[f]
		if !ok {
			continue
		}
		row := l.w[int(r)*l.classes : int(r+1)*l.classes]
		for c, v := range row {
			scores[c] += v
		}
	}
}

func (l *Learner) row(f uint64) int {
	r, ok := l.rows[f]
	if !ok {
		r = int32(len(l.rows))
		l.rows[f] = r
		l.w = append(l.w, make([]float32, l.classes)...)
		l.u = append(l.u, make([]float64, l.classes)...)
	}
	return int(r) * l.classes
}

// Update moves the weights of feats towards class good and away from bad.
func (l *Learner) Update(feats []uint64, good, bad int) {
	if good == bad {
		return
	}
	for _, f := range feats {
		at := l.row(f)
		l.w[at+good]++
		l.w[at+bad]--
		l.u[at+good] += l.step
		l.u[at+bad] -= l.step
	}
}

// Tick counts one instance, for the average.
func (l *Learner) Tick() { l.step++ }

// average is weight i averaged over all the steps so far.
func (l *Learner) average(i int) float64 {
	return float64(l.w[i]) - l.u[i]/max(l.step, 1)
}

// Freeze averages the weights, rounds them to the int16 steps the model
// file stores (the largest weight is the largest int16), and keeps the
// entries at least minWeight in size that do not round to zero.
func (l *Learner) Freeze(minWeight float64) *Weights {
	keys := make([]uint64, 0, len(l.rows))
	for k := range l.rows {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b uint64) int { return cmp.Compare(Mix(a), Mix(b)) })
	top := 0.0
	for i := range l.w {
		top = max(top, math.Abs(l.average(i)))
	}
	scale := 1.0
	if top > 0 {
		scale = top / math.MaxInt16
	}
	b := newBuilder(l.classes, scale, len(keys), 0, 0)
	var row []uint32
	for _, k := range keys {
		at := int(l.rows[k]) * l.classes
		row = row[:0]
		for c := 0; c < l.classes; c++ {
			v := l.average(at + c)
			q := int16(math.Round(v / scale))
			if math.Abs(v) < minWeight || q == 0 {
				continue
			}
			row = append(row, entryOf(c, q))
		}
		b.add(k, row)
	}
	return b.done()
}

// Weights is the frozen perceptron. Each key's entries are packed class
// and weight, contiguous; an open-addressing table of slots finds them,
// so that a feature costs about two memory reads. Scores are only ever
// compared, so the weights stay in int16 steps.
type Weights struct {
	classes int
	scale   float64 // the size of one step, kept for the file
	slots   []slot
	size    uint64   // slots in the table
	entries []uint32 // class << 16 | uint16(weight)
	dense   []int16  // dense rows, classes weights each
	keys    int
	// With at most four classes the weights sit in the table itself,
	// so that a feature costs one memory read; slots is then unused.
	inline []inlineSlot
}

// inlineSlot is a key and its weights; an empty one has none not zero.
type inlineSlot struct {
	key uint64
	w   [inlineClasses]int16
}

const inlineClasses = 4

// inlineRow marks a slot that stands for the inline slot numbered off.
const inlineRow = 1 << 30

type slot struct {
	key uint64
	off uint32 // first entry, or with denseRow the number of the dense row
	n   uint32 // number of entries, 0 for an empty slot; denseRow marks a dense one
}

// A key with many entries keeps them as a dense row of one weight per
// class, added up without looking up classes: the commonest features
// (a frequent tag, a word like "the") have such rows.
const denseRow = 1 << 31

// denseFrom is the least number of entries stored as a dense row.
func denseFrom(classes int) int { return max(classes/4, 2) }

func entryOf(class int, w int16) uint32 { return uint32(class)<<16 | uint32(uint16(w)) }

func entryClass(e uint32) int    { return int(e >> 16) }
func entryWeight(e uint32) int16 { return int16(uint16(e)) }

type builder struct{ w *Weights }

// newBuilder makes a table for at most keys keys, at most half
// full, with room for entries entries in sparse rows and dense dense
// rows.
func newBuilder(classes int, scale float64, keys, entries, dense int) *builder {
	return newBuilderLayout(classes, scale, keys, entries, dense, classes <= inlineClasses)
}

// newBuilderLayout is newBuilder with the weights inline in the table
// or not. The table has exactly twice as many slots as keys (and two
// more): a home slot is found by scaling the hash to the table's size,
// not by masking it to a power of two, which would leave the table
// between a quarter and a half full and cost up to twice the memory.
func newBuilderLayout(classes int, scale float64, keys, entries, dense int, inline bool) *builder {
	size := keys*2 + 2
	w := &Weights{classes: classes, scale: scale, size: uint64(size)}
	if inline {
		w.inline = make([]inlineSlot, size)
	} else {
		w.slots = make([]slot, size)
		w.entries = make([]uint32, 0, entries)
		w.dense = make([]int16, 0, dense*classes)
	}
	return &builder{w: w}
}

// home is key's first slot: Mix(key) scaled to the table's size, so
// that keys in the order of Mix(key) have their homes in slot order.
func (m *Weights) home(key uint64) uint64 {
	hi, _ := bits.Mul64(Mix(key), m.size)
	return hi
}

// next is the slot after s, the first after the last.
func (m *Weights) next(s uint64) uint64 {
	s++
	if s == m.size {
		return 0
	}
	return s
}

// add gives key its entries, as a dense row when they are many; a key
// with none is left out. No more keys are added than the builder was
// made for.
func (b *builder) add(key uint64, entries []uint32) {
	w := b.w
	if len(entries) == 0 || uint64(2*(w.keys+1)) > w.size {
		return
	}
	s := w.home(key)
	if w.inline != nil {
		for w.inline[s].w != ([inlineClasses]int16{}) {
			s = w.next(s)
		}
		in := inlineSlot{key: key}
		for _, e := range entries {
			in.w[entryClass(e)] = entryWeight(e)
		}
		w.inline[s] = in
		w.keys++
		return
	}
	for w.slots[s].n != 0 {
		s = w.next(s)
	}
	sl := slot{key: key, off: uint32(len(w.entries)), n: uint32(len(entries))}
	if len(entries) >= denseFrom(w.classes) {
		sl.off, sl.n = uint32(len(w.dense)/w.classes), denseRow
		w.dense = append(w.dense, make([]int16, w.classes)...)
		row := w.dense[len(w.dense)-w.classes:]
		for _, e := range entries {
			row[entryClass(e)] = entryWeight(e)
		}
	} else {
		w.entries = append(w.entries, entries...)
	}
	w.slots[s] = sl
	w.keys++
}

func (b *builder) done() *Weights {
	b.w.entries = slices.Clip(b.w.entries)
	b.w.dense = slices.Clip(b.w.dense)
	return b.w
}

// MaxFeatures bounds the features of one decision; Score reads no more.
const MaxFeatures = 128

// Score sets scores to the sum of the weights of feats.
func (m *Weights) Score(feats []uint64, scores []int32) {
	m.ScoreRows(feats, len(feats), scores)
}

// ScoreRows scores groups of features at once: the weights of feats[k]
// go to row k/per of scores, a row being one score per class. The table
// reads of all features are issued first and used after, so that the
// processor waits for many of them at once rather than one by one.
func (m *Weights) ScoreRows(feats []uint64, per int, scores []int32) {
	feats = feats[:min(len(feats), MaxFeatures)]
	rows := 1
	if per > 0 {
		rows = (len(feats) + per - 1) / per
	}
	scores = scores[:rows*m.classes]
	clear(scores)
	if m.inline != nil {
		m.scoreInline(feats, per, scores)
		return
	}
	var first [MaxFeatures]slot
	for i, f := range feats {
		first[i] = m.slots[m.home(f)]
	}
	var found [MaxFeatures]slot
	var row [MaxFeatures]int32
	k := 0
	// Reading the first weight of each row found starts its load, so
	// that the rows too arrive together rather than one after another.
	var touch uint32
	for i, f := range feats {
		sl := first[i]
		if sl.key != f && sl.n != 0 {
			sl = m.probe(f)
		}
		if sl.key == f && sl.n != 0 {
			found[k] = sl
			if per > 0 {
				row[k] = int32(i / per)
			}
			k++
			if sl.n&denseRow != 0 {
				touch += uint32(m.dense[int(sl.off)*m.classes])
			} else {
				touch += m.entries[sl.off]
			}
		}
	}
	runtime.KeepAlive(touch)
	for j, sl := range found[:k] {
		out := scores[int(row[j])*m.classes:][:m.classes]
		if sl.n&denseRow != 0 {
			for c, v := range m.dense[int(sl.off)*m.classes:][:m.classes] {
				out[c] += int32(v)
			}
			continue
		}
		for _, e := range m.entries[sl.off : sl.off+sl.n] {
			out[e>>16] += int32(int16(uint16(e)))
		}
	}
}

// scoreInline is ScoreRows for weights kept in the table.
func (m *Weights) scoreInline(feats []uint64, per int, scores []int32) {
	var first [MaxFeatures]inlineSlot
	for i, f := range feats {
		first[i] = m.inline[m.home(f)]
	}
	for i, f := range feats {
		sl := &first[i]
		if sl.key != f {
			if sl.w == ([inlineClasses]int16{}) {
				continue
			}
			s := m.home(f)
			for {
				s = m.next(s)
				sl = &m.inline[s]
				if sl.key == f || sl.w == ([inlineClasses]int16{}) {
					break
				}
			}
			if sl.key != f {
				continue
			}
		}
		out := scores
		if per > 0 {
			out = scores[(i/per)*m.classes:]
		}
		for c := range out[:m.classes] {
			out[c] += int32(sl.w[c])
		}
	}
}

// probe finds key's slot past its first, or an empty slot.
func (m *Weights) probe(key uint64) slot {
	s := m.home(key)
	for {
		s = m.next(s)
		sl := m.slots[s]
		if sl.n == 0 || sl.key == key {
			return sl
		}
	}
}

// sortedSlots are the filled slots in the order of Mix(key), as the file
// stores them: read back, each key's home slot comes after the last one's,
// so the table fills from one end to the other instead of at random.
func (m *Weights) sortedSlots() []slot {
	out := make([]slot, 0, m.keys)
	for i, s := range m.inline {
		if s.w != ([inlineClasses]int16{}) {
			out = append(out, slot{key: s.key, off: uint32(i), n: inlineRow})
		}
	}
	for _, s := range m.slots {
		if s.n != 0 {
			out = append(out, s)
		}
	}
	slices.SortFunc(out, func(a, b slot) int { return cmp.Compare(Mix(a.key), Mix(b.key)) })
	return out
}

// Mix is splitmix64's finalizer: keys are hashes already, but the table
// index takes the low bits and these must be well spread.
func Mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// Feature keys: a template number combined with one to three values,
// each value a hash (of a string) or a small number.

// HashStart is the hash of nothing: 64-bit FNV-1a's offset basis. A hash
// is fed a byte or a string at a time, so that a key made of parts needs
// no string built of them.
const HashStart = 14695981039346656037

const fnvPrime = 1099511628211

// HashByte feeds hash h one byte.
func HashByte(h uint64, b byte) uint64 { return (h ^ uint64(b)) * fnvPrime }

// HashMore feeds hash h the bytes of s.
func HashMore(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = HashByte(h, s[i])
	}
	return h
}

// HashString is 64-bit FNV-1a.
func HashString(s string) uint64 { return HashMore(HashStart, s) }

func Key1(t int, a uint64) uint64 {
	return Mix(uint64(t)*0x9e3779b97f4a7c15 ^ a)
}

func Key2(t int, a, b uint64) uint64 {
	return Mix(Key1(t, a) ^ b*0xc2b2ae3d27d4eb4f)
}

func Key3(t int, a, b, c uint64) uint64 {
	return Mix(Key2(t, a, b) ^ c*0x165667b19e3779f9)
}

// Add adds delta to the weight of class for every feature of feats.
func (l *Learner) Add(feats []uint64, class int, delta float32) {
	for _, f := range feats {
		at := l.row(f) + class
		l.w[at] += delta
		l.u[at] += l.step * float64(delta)
	}
}

// row is a slot's entries, packed as in entries.
func (m *Weights) row(s slot) []uint32 {
	if s.n == inlineRow {
		var out []uint32
		for c, v := range m.inline[s.off].w[:m.classes] {
			if v != 0 {
				out = append(out, entryOf(c, v))
			}
		}
		return out
	}
	if s.n&denseRow == 0 {
		return m.entries[s.off : s.off+s.n]
	}
	var out []uint32
	for c, v := range m.dense[int(s.off)*m.classes : int(s.off+1)*m.classes] {
		if v != 0 {
			out = append(out, entryOf(c, v))
		}
	}
	return out
}

// Classes is the number of classes the weights score.
func (m *Weights) Classes() int { return m.classes }

// Keys is the number of features with weights.
func (m *Weights) Keys() int { return m.keys }

// Scale is the size of one int16 step of the weights.
func (m *Weights) Scale() float64 { return m.scale }

// ScoreRows is Weights.ScoreRows with the current weights: the weights
// of feats[k] go to row k/per of scores.
func (l *Learner) ScoreRows(feats []uint64, per int, scores []float32) {
	clear(scores)
	for k, f := range feats {
		r, ok := l.rows[f]
		if !ok {
			continue
		}
		out := scores[(k/per)*l.classes:][:l.classes]
		for c, v := range l.w[int(r)*l.classes : int(r+1)*l.classes] {
			out[c] += v
		}
	}
}
