package syntax

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract/perceptron"
)

// The parser is arc-eager (Nivre 2003) with the root at the bottom of
// the stack, scored by an averaged perceptron over the feature templates
// of Zhang and Nivre (2011), and trained with the dynamic oracle of
// Goldberg and Nivre (2012).
//
// Words are numbered from 1; 0 is the root. A transition is SHIFT,
// REDUCE, LEFT-ARC with a label or RIGHT-ARC with a label.

const (
	moveShift = iota
	moveReduce
	moveLeft
	moveRight
)

// parser is the trained parser: its relation labels and weights.
type parser struct {
	labels []string
	w      *perceptron.Weights
	beam   int // beam width; 1 or less parses greedily
}

func (p *parser) nClasses() int { return 2 + 2*len(p.labels) }

// class numbers a transition: shift 0, reduce 1, left l 2+l, right l 2+L+l.
func classOf(move, label, nLabels int) int {
	switch move {
	case moveShift:
		return 0
	case moveReduce:
		return 1
	case moveLeft:
		return 2 + label
	}
	return 2 + nLabels + label
}

func moveOf(class, nLabels int) (move, label int) {
	switch {
	case class == 0:
		return moveShift, -1
	case class == 1:
		return moveReduce, -1
	case class < 2+nLabels:
		return moveLeft, class - 2
	}
	return moveRight, class - 2 - nLabels
}

// parse returns the heads (0 the root) and label numbers of tokens 1..n,
// greedily or with the beam the parser was trained with.
func (p *parser) parse(si *sentenceInfo, n int) (heads, labels []int) {
	nc := p.nClasses()
	nl := len(p.labels)
	rootLabel := slices.Index(p.labels, "root")
	if p.beam > 1 {
		ints := make([]int32, nc)
		score := func(feats []uint64, scores []float32) {
			p.w.Score(feats, ints)
			for i, v := range ints {
				scores[i] = float32(v)
			}
		}
		beam := beamSearch(si, n, p.beam, nl, rootLabel, score, nil, nil)
		s := beam[0].s
		s.finish(rootLabel)
		return s.head, s.label
	}
	scores := make([]int32, nc)
	var feats []uint64
	var valid []int
	s := newState(n)
	for !s.done() {
		feats = si.features(s, feats[:0])
		p.w.Score(feats, scores)
		valid = validClasses(s, nl, rootLabel, valid)
		best := valid[0]
		for _, c := range valid[1:] {
			if scores[c] > scores[best] {
				best = c
			}
		}
		s.apply(moveOf(best, nl))
	}
	s.finish(rootLabel)
	return s.head, s.label
}

// state is a parser configuration with what the features read of the
// partial tree kept up to date.
type state struct {
	n      int   // words; tokens are 0 (root) .. n
	stack  []int // top last
	b      int   // front of the buffer; the buffer is b..n
	head   []int // -1 while unattached
	label  []int
	l1, l2 []int // leftmost and second leftmost dependent, -1 if none
	r1, r2 []int // rightmost and second rightmost dependent
	nl, nr []int // number of left and right dependents
	ls, rs []uint64
}

func newState(n int) *state {
	s := &state{n: n, b: 1}
	s.stack = make([]int, 1, n+1)
	size := n + 1
	s.head = make([]int, size)
	s.label = make([]int, size)
	s.l1, s.l2, s.r1, s.r2 = make([]int, size), make([]int, size), make([]int, size), make([]int, size)
	s.nl, s.nr = make([]int, size), make([]int, size)
	s.ls, s.rs = make([]uint64, size), make([]uint64, size)
	for i := range size {
		s.head[i], s.label[i] = -1, -1
		s.l1[i], s.l2[i], s.r1[i], s.r2[i] = -1, -1, -1, -1
	}
	return s
}

func (s *state) done() bool { return s.b > s.n }

func (s *state) s0() int {
	if len(s.stack) == 0 {
		return -1
	}
	return s.stack[len(s.stack)-1]
}

// rootTaken reports whether the root already has its one dependent.
func (s *state) rootTaken() bool { return s.r1[0] >= 0 }

func (s *state) valid(move int) bool {
	if s.done() {
		return false
	}
	s0 := s.s0()
	switch move {
	case moveShift:
		return true
	case moveReduce:
		return s0 > 0 && s.head[s0] >= 0
	case moveLeft:
		return s0 > 0 && s.head[s0] < 0
	case moveRight:
		return s0 > 0 || (s0 == 0 && !s.rootTaken())
	}
	return false
}

func (s *state) arc(h, d, l int) {
	s.head[d], s.label[d] = h, l
	if d < h {
		s.nl[h]++
		s.ls[h] |= 1 << uint(l&63)
		switch {
		case s.l1[h] < 0 || d < s.l1[h]:
			s.l2[h], s.l1[h] = s.l1[h], d
		case s.l2[h] < 0 || d < s.l2[h]:
			s.l2[h] = d
		}
	} else {
		s.nr[h]++
		s.rs[h] |= 1 << uint(l&63)
		switch {
		case s.r1[h] < 0 || d > s.r1[h]:
			s.r2[h], s.r1[h] = s.r1[h], d
		case s.r2[h] < 0 || d > s.r2[h]:
			s.r2[h] = d
		}
	}
}

func (s *state) apply(move, label int) {
	switch move {
	case moveShift:
		s.stack = append(s.stack, s.b)
		s.b++
	case moveReduce:
		s.stack = s.stack[:len(s.stack)-1]
	case moveLeft:
		s.arc(s.b, s.s0(), label)
		s.stack = s.stack[:len(s.stack)-1]
	case moveRight:
		s.arc(s.s0(), s.b, label)
		s.stack = append(s.stack, s.b)
		s.b++
	}
}

// finish attaches what the transitions left without a head: to the
// root when it has no dependent yet, else to the root's dependent.
func (s *state) finish(fallback int) {
	for i := 1; i <= s.n; i++ {
		if s.head[i] >= 0 {
			continue
		}
		if !s.rootTaken() {
			s.arc(0, i, fallback)
			continue
		}
		s.arc(s.r1[0], i, -1)
	}
}

// costs of the four moves against gold heads, counted as the gold arcs
// each one makes unreachable (the dynamic oracle for arc-eager).
func (s *state) costs(gold []int) [4]int {
	var c [4]int
	s0 := s.s0()
	b := s.b
	// inStack: k can still be a head from the stack (the root only
	// while it has no dependent).
	inStack := func(k int) bool {
		if k == 0 {
			return !s.rootTaken()
		}
		for _, x := range s.stack {
			if x == k {
				return true
			}
		}
		return false
	}
	// LEFT: s0 leaves the stack with head b.
	if s.valid(moveLeft) {
		n := 0
		if gold[s0] != b && gold[s0] > b {
			n++
		}
		for k := b + 1; k <= s.n; k++ {
			if gold[k] == s0 {
				n++
			}
		}
		if gold[b] == s0 {
			n++
		}
		c[moveLeft] = n
	}
	// RIGHT: b gets head s0 and goes on the stack.
	if s.valid(moveRight) {
		n := 0
		if gold[b] != s0 && (gold[b] > b || inStack(gold[b])) {
			n++
		}
		for _, k := range s.stack {
			if k != s0 && k > 0 && gold[k] == b && s.head[k] < 0 {
				n++
			}
		}
		if s0 > 0 && gold[s0] == b && s.head[s0] < 0 {
			n++
		}
		c[moveRight] = n
	}
	// REDUCE: s0 leaves the stack; its dependents in the buffer are lost.
	if s.valid(moveReduce) {
		n := 0
		for k := b; k <= s.n; k++ {
			if gold[k] == s0 {
				n++
			}
		}
		c[moveReduce] = n
	}
	// SHIFT: b goes on the stack, out of reach of everything below it.
	if s.valid(moveShift) {
		n := 0
		if gold[b] < b && inStack(gold[b]) {
			n++
		}
		for _, k := range s.stack {
			if k > 0 && gold[k] == b && s.head[k] < 0 {
				n++
			}
		}
		c[moveShift] = n
	}
	return c
}
