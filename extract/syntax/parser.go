package syntax

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract/perceptron"
)

// The parser is arc-eager (Nivre 2003) with the root at the bottom of
// the stack, and greedy. Each step is decided in two: an averaged
// perceptron over the feature templates of Zhang and Nivre (2011) picks
// the move, and when the move makes an arc a second one, reading the head
// and the dependent, picks its relation. The move table has four weights
// a feature, kept beside the feature's key, so that a step costs one
// memory read a feature. Both are trained with the dynamic oracle of
// Goldberg and Nivre (2012).
//
// Words are numbered from 1; 0 is the root. A move is SHIFT, REDUCE,
// LEFT-ARC or RIGHT-ARC.

const (
	moveShift = iota
	moveReduce
	moveLeft
	moveRight
	moves
)

// parser is the trained parser: its relation labels and weights.
type parser struct {
	labels []string
	moves  *perceptron.Weights // one class a move
	arcs   *perceptron.Weights // one class a relation
	root   int                 // the label of the root's dependent
}

// newParser makes a parser of the relations labels, which hold "root".
func newParser(labels []string) *parser {
	return &parser{labels: labels, root: slices.Index(labels, "root")}
}

// parse returns the heads (0 the root) and label numbers of tokens 1..n.
func (p *parser) parse(si *sentenceInfo, n int) (heads, labels []int) {
	var ms [moves]int32
	ls := make([]int32, len(p.labels))
	var feats []uint64
	s := newState(n)
	for !s.done() {
		feats = si.features(s, feats[:0])
		p.moves.Score(feats, ms[:])
		best := -1
		for m := range moves {
			if s.valid(m) && (best < 0 || ms[m] > ms[best]) {
				best = m
			}
		}
		label := -1
		if best == moveLeft || best == moveRight {
			h, d := s.arcOf(best)
			label = p.label(si, s, h, d, ls, &feats)
		}
		s.apply(best, label)
	}
	// What the moves left without a head goes to the root when it has no
	// dependent yet, else to the root's dependent.
	for d := 1; d <= n; d++ {
		if s.head[d] >= 0 {
			continue
		}
		h := s.r1[0]
		if h < 0 {
			h = 0
		}
		s.arc(h, d, p.label(si, s, h, d, ls, &feats))
	}
	return s.head, s.label
}

// label picks the relation of the arc h → d: root from the root, else
// the best of the others.
func (p *parser) label(si *sentenceInfo, s *state, h, d int, scores []int32, feats *[]uint64) int {
	if h == 0 {
		return p.root
	}
	*feats = si.labelFeatures(s, h, d, (*feats)[:0])
	p.arcs.Score(*feats, scores)
	return p.bestLabel(scores)
}

// bestLabel is the highest scoring label other than root.
func (p *parser) bestLabel(scores []int32) int {
	best := -1
	for l, v := range scores {
		if l != p.root && (best < 0 || v > scores[best]) {
			best = l
		}
	}
	return best
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

// arcOf is the head and dependent the arc move would join.
func (s *state) arcOf(move int) (h, d int) {
	if move == moveLeft {
		return s.b, s.s0()
	}
	return s.s0(), s.b
}

// costs of the four moves against gold heads, counted as the gold arcs
// each one makes unreachable (the dynamic oracle for arc-eager).
func (s *state) costs(gold []int) [moves]int {
	var c [moves]int
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
