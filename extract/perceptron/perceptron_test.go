package perceptron

import (
	"bufio"
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// train learns to tell three classes apart by which of three features
// is present, with a fourth feature present everywhere.
func train(t *testing.T) *Weights {
	t.Helper()
	l := NewLearner(3)
	shared := Key1(9, HashString("always"))
	scores := make([]float32, 3)
	for epoch := 0; epoch < 5; epoch++ {
		for c := 0; c < 3; c++ {
			feats := []uint64{Key1(1, uint64(c)), shared}
			l.Score(feats, scores)
			guess := 0
			for k, s := range scores {
				if s > scores[guess] {
					guess = k
				}
			}
			l.Update(feats, c, guess)
			l.Tick()
		}
	}
	return l.Freeze(0)
}

func best(w *Weights, feats []uint64) int {
	scores := make([]int32, w.Classes())
	w.Score(feats, scores)
	guess := 0
	for k, s := range scores {
		if s > scores[guess] {
			guess = k
		}
	}
	return guess
}

func TestLearns(t *testing.T) {
	w := train(t)
	for c := 0; c < 3; c++ {
		if got := best(w, []uint64{Key1(1, uint64(c)), Key1(9, HashString("always"))}); got != c {
			t.Errorf("feature %d: class %d, want %d", c, got, c)
		}
	}
	if w.Keys() == 0 || w.Classes() != 3 {
		t.Errorf("keys %d classes %d", w.Keys(), w.Classes())
	}
	// An unknown feature scores nothing.
	scores := []int32{5, 5, 5}
	w.Score([]uint64{Key2(7, 1, 2)}, scores)
	if diff := cmp.Diff([]int32{0, 0, 0}, scores); diff != "" {
		t.Errorf("unknown feature (-want +got):\n%s", diff)
	}
}

func encode(t *testing.T, w *Weights) []byte {
	t.Helper()
	var buf bytes.Buffer
	e := NewEncoder(bufio.NewWriter(&buf))
	e.Strings([]string{"a", "bc"})
	e.U64(42)
	e.Weights(w)
	if err := e.Flush(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestCodecRoundTrips(t *testing.T) {
	w := train(t)
	data := encode(t, w)
	d := NewDecoder(data)
	if got := d.Strings(); !cmp.Equal(got, []string{"a", "bc"}) {
		t.Errorf("strings %q", got)
	}
	if got := d.U64(); got != 42 {
		t.Errorf("u64 %d", got)
	}
	back := d.Weights()
	if d.Err() != nil || d.Left() != 0 {
		t.Fatalf("err %v, %d bytes left", d.Err(), d.Left())
	}
	if !bytes.Equal(encode(t, back), data) {
		t.Error("weights read back encode differently")
	}
	for c := 0; c < 3; c++ {
		feats := []uint64{Key1(1, uint64(c))}
		if best(back, feats) != best(w, feats) {
			t.Errorf("class %d scored differently after the round trip", c)
		}
	}
}

func TestDecoderStopsOnDamage(t *testing.T) {
	data := encode(t, train(t))
	for cut := 0; cut < len(data); cut++ {
		d := NewDecoder(data[:cut])
		d.Strings()
		d.U64()
		d.Weights()
		if d.Err() == nil {
			t.Fatalf("cut at %d of %d: no error", cut, len(data))
		}
	}
}

func FuzzDecoder(f *testing.F) {
	f.Add([]byte{3, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 3, 4, 5, 6, 7, 8, 1, 0, 1, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		d := NewDecoder(data)
		w := d.Weights()
		if d.Err() != nil {
			return
		}
		scores := make([]int32, w.Classes())
		w.Score([]uint64{1, 2, 3}, scores)
	})
}

func BenchmarkScore(b *testing.B) {
	l := NewLearner(17)
	feats := make([]uint64, 40)
	for i := range 20000 {
		for j := range feats {
			feats[j] = Key2(j, uint64(i%997), uint64(j))
		}
		l.Update(feats, i%17, (i+1)%17)
		l.Tick()
	}
	w := l.Freeze(0)
	scores := make([]int32, 17)
	b.SetBytes(int64(8 * len(feats)))
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		for j := range feats {
			feats[j] = Key2(j, uint64(i%997), uint64(j))
		}
		w.Score(feats, scores)
	}
}

// Weights of up to four classes sit in the table; they must score as the
// same weights kept in rows do, in every layout and with probing.
func TestInlineScoresAsRows(t *testing.T) {
	const keys = 3000
	for classes := 1; classes <= inlineClasses; classes++ {
		inline := newBuilderLayout(classes, 1, keys, keys*classes, 0, true)
		rows := newBuilderLayout(classes, 1, keys, keys*classes, keys, false)
		var feats []uint64
		for k := range keys {
			key := Key2(3, uint64(k), uint64(classes))
			var row []uint32
			for c := range classes {
				if w := int16((k*7+c*13)%9 - 4); w != 0 {
					row = append(row, entryOf(c, w))
				}
			}
			inline.add(key, row)
			rows.add(key, row)
			if k%50 == 0 {
				feats = append(feats, key, Key1(8, uint64(k))) // one known, one not
			}
		}
		a, b := inline.done(), rows.done()
		if a.inline == nil || b.inline != nil {
			t.Fatal("layouts not as asked")
		}
		const per = 10
		got := make([]int32, classes*((len(feats)+per-1)/per))
		want := make([]int32, len(got))
		a.ScoreRows(feats, per, got)
		b.ScoreRows(feats, per, want)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%d classes (-rows +inline):\n%s", classes, diff)
		}
		if !bytes.Equal(encode(t, a), encode(t, b)) {
			t.Errorf("%d classes: the layouts encode differently", classes)
		}
	}
}

// A table has twice as many slots as keys, and keys whose home is its
// last slot go on at its first: each must still be found, in both
// layouts, and a key never added must score nothing.
func TestTableWrapsAround(t *testing.T) {
	const keys = 3
	for _, classes := range []int{2, 9} {
		b := newBuilder(classes, 1, keys, keys*classes, keys)
		if got := int(b.w.size); got != 2*keys+2 {
			t.Fatalf("%d classes: %d slots for %d keys, want %d", classes, got, keys, 2*keys+2)
		}
		var last []uint64
		for i := uint64(0); len(last) < keys; i++ {
			if k := Key1(4, i); b.w.home(k) == b.w.size-1 {
				last = append(last, k)
			}
		}
		for i, k := range last {
			b.add(k, []uint32{entryOf(1, int16(i+1))})
		}
		w := b.done()
		for i, k := range last {
			scores := make([]int32, classes)
			w.Score([]uint64{k}, scores)
			if scores[1] != int32(i+1) {
				t.Errorf("%d classes: key %d of %d homed at the last slot scores %v", classes, i+1, keys, scores)
			}
		}
		scores := make([]int32, classes)
		w.Score([]uint64{Key1(5, 1), Key1(5, 2), Key1(5, 3)}, scores)
		if diff := cmp.Diff(make([]int32, classes), scores); diff != "" {
			t.Errorf("%d classes: keys never added score (-want +got):\n%s", classes, diff)
		}
	}
}
