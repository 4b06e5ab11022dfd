package names

import (
	"math"

	"github.com/newsgraph/newsgraph/extract/perceptron"
)

// Decoding finds the best labels of a whole sentence (Viterbi over the
// BILOU lattice, first order): a word's score for a label is the weights
// of its own features plus those of the label before it, and the best
// path is found exactly, so that an early choice ("Service" goes on, or
// ends the name) is weighed against what follows.

// scorer adds up weights, as package perceptron's learner and frozen
// weights do, into float64 scores.
type scorer interface {
	// score sets scores to the sum of the weights of feats
	score(feats []uint64, scores []float64)
	// scoreRows sends the weights of feats[k] to row k/per of scores
	scoreRows(feats []uint64, per int, scores []float64)
	// prevRows gives row p of the scores of prevKey(p), for every label p
	prevRows() []float64
}

// everyPrev holds prevKey of every label, in label order.
var everyPrev = func() (keys [numLabels]uint64) {
	for p := range keys {
		keys[p] = prevKey(p)
	}
	return
}()

type frozenScorer struct {
	w    *perceptron.Weights
	ints []int32
	prev []float64 // prevRows, worked out once
}

func (s *frozenScorer) prevRows() []float64 {
	if s.prev == nil {
		s.prev = make([]float64, numLabels*numLabels)
		s.scoreRows(everyPrev[:], 1, s.prev)
	}
	return s.prev
}

func frozen(w *perceptron.Weights) scorer { return &frozenScorer{w: w} }

func (s *frozenScorer) score(feats []uint64, scores []float64) {
	s.scoreRows(feats, len(feats), scores)
}

func (s *frozenScorer) scoreRows(feats []uint64, per int, scores []float64) {
	n := len(scores)
	if cap(s.ints) < n {
		s.ints = make([]int32, n)
	}
	ints := s.ints[:n]
	s.w.ScoreRows(feats, per, ints)
	scale := s.w.Scale()
	for k, v := range ints {
		scores[k] = float64(v) * scale
	}
}

type learningScorer struct {
	l      *perceptron.Learner
	floats []float32
	prev   []float64
}

// prevRows of the learner change with every update: they are read anew.
func (s *learningScorer) prevRows() []float64 {
	if s.prev == nil {
		s.prev = make([]float64, numLabels*numLabels)
	}
	s.scoreRows(everyPrev[:], 1, s.prev)
	return s.prev
}

func learning(l *perceptron.Learner) scorer { return &learningScorer{l: l} }

func (s *learningScorer) score(feats []uint64, scores []float64) {
	s.scoreRows(feats, max(len(feats), 1), scores)
}

func (s *learningScorer) scoreRows(feats []uint64, per int, scores []float64) {
	n := len(scores)
	if cap(s.floats) < n {
		s.floats = make([]float32, n)
	}
	floats := s.floats[:n]
	s.l.ScoreRows(feats, per, floats)
	for k, v := range floats {
		scores[k] = float64(v)
	}
}

// scored reports whether label l of word i after label prev is scored
// by the weights: a word with no capital letter after a closed name can
// only be O, and is not. When decoding (strict), a word no name holds is
// O too.
func (c *context) scored(i, prev int, strict bool) bool {
	if strict && c.words[i].never {
		return false
	}
	return c.mayBegin(i, prev)
}

// closesAt reports whether a name must end at word i: at the end of the
// sentence, and when decoding before a word no name holds.
func (c *context) closesAt(i int, strict bool) bool {
	if strict {
		return c.closes(i)
	}
	return i == len(c.words)-1
}

// decode fills out with the best labels of the sentence and, when sure is
// not nil, how sure the weights are of each (the softmax of the label's
// score among those allowed after the label chosen before it).
func (lt *lattice) decode(c *context, score scorer, second, strict bool, out []int, sure []float64) {
	n := len(c.words)
	if n == 0 {
		return
	}
	negInf := math.Inf(-1)
	lt.grow(n)
	best, back, static, trans := lt.best, lt.back, lt.static, lt.trans
	tf, alive := lt.tf, lt.alive
	prevBest := []float64{0}
	prevLabels := everyLabel[:1] // the start behaves as after O
	prevRows := score.prevRows()
	for i := range n {
		row := best[i*numLabels : (i+1)*numLabels]
		for l := range row {
			row[l] = negInf
		}
		final := c.closesAt(i, strict)
		own := static[i*numLabels : (i+1)*numLabels]
		// The labels before word i whose paths go on through a scored
		// label; the others can only give it O, at no cost.
		alive, tf = alive[:0], tf[:0]
		var parts [unit + 1]int // row of each part's scores in trans, +1; 0 for none
		rows := 0
		for k, p := range prevLabels {
			from := prevBest[k]
			if math.IsInf(from, -1) {
				continue
			}
			if c.scored(i, p, strict) {
				alive = append(alive, k)
				if pt := part(p); parts[pt] == 0 {
					rows++
					parts[pt] = rows
					tf = c.transitions(i, pt, tf)
				}
				continue
			}
			if !open(p) && from > row[outside] {
				row[outside], back[i*numLabels+outside] = from, int8(p)
			}
		}
		if len(alive) > 0 {
			score.score(c.features(i, second), own)
			score.scoreRows(tf, numTransitions, trans[:rows*numLabels])
		}
		lt.scoredFrom[i] = 0
		var tr [numLabels]float64
		for _, k := range alive {
			p, from := prevLabels[k], prevBest[k]
			byPart := trans[(parts[part(p)]-1)*numLabels:][:numLabels]
			for l, v := range prevRows[p*numLabels : (p+1)*numLabels] {
				tr[l] = v + byPart[l]
			}
			if sure != nil {
				lt.scoredFrom[i] |= 1 << p
				copy(lt.edges[(i*numLabels+p)*numLabels:][:numLabels], tr[:])
			}
			for l := range numLabels {
				if !allowed(p, l, final) {
					continue
				}
				if s := from + own[l] + tr[l]; s > row[l] {
					row[l], back[i*numLabels+l] = s, int8(p)
				}
			}
		}
		prevBest, prevLabels = row, everyLabel[:]
	}
	lt.tf, lt.alive = tf, alive
	last := best[(n-1)*numLabels : n*numLabels]
	end := 0
	for l := range last {
		if last[l] > last[end] {
			end = l
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = end
		end = int(back[i*numLabels+end])
	}
	if sure != nil {
		lt.confidence(c, strict, out, sure)
	}
}

// lattice holds decoding's tables, kept from one sentence to the next.
type lattice struct {
	// best[i*numLabels+l] is the score of the best path ending in l at
	// word i; back is the label before it on that path; static holds
	// word i's own scores, trans the scores of the transitions into it.
	best, static, trans []float64
	back                []int8
	tf                  []uint64
	alive               []int
	// for confidence: edges[(i*numLabels+p)*numLabels+l] is the score of
	// the transitions from p into l at word i, where bit p of
	// scoredFrom[i] is set; after, the best scores from l at i to the
	// end of the sentence
	edges      []float64
	scoredFrom []uint32
	after      []float64
}

// everyLabel is 0, 1, ... numLabels-1: outside is 0.
var everyLabel = func() (l [numLabels]int) {
	for k := range l {
		l[k] = k
	}
	return
}()

func (lt *lattice) grow(n int) {
	if len(lt.best) < n*numLabels {
		n = max(n, 2*len(lt.best)/numLabels, 64) // room for longer sentences to come
		lt.best = make([]float64, n*numLabels)
		lt.static = make([]float64, n*numLabels)
		lt.back = make([]int8, n*numLabels)
		lt.after = make([]float64, n*numLabels)
		lt.edges = make([]float64, n*numLabels*numLabels)
		lt.scoredFrom = make([]uint32, n)
	}
	if lt.trans == nil {
		lt.trans = make([]float64, (unit+1)*numLabels)
	}
}

// A margin of scores becomes a confidence through the logistic of
// (margin - evenMargin) / temperature. The two are fitted on CoNLL-2003's
// dev split, where names with a margin near 10 are right half the time,
// near 30 three times in four and above 60 nineteen times in twenty.
const (
	evenMargin  = 10.0
	temperature = 18.0
)

// confidence sets sure[i] from the margin by which the best path beats
// the best one with another label at word i (its max-marginals: the best
// path up to a label, from the decoding, and from it to the end, found
// here backwards).
func (lt *lattice) confidence(c *context, strict bool, out []int, sure []float64) {
	n := len(c.words)
	after := lt.after[:n*numLabels]
	for l := range numLabels {
		after[(n-1)*numLabels+l] = 0
	}
	negInf := math.Inf(-1)
	for i := n - 1; i > 0; i-- {
		final := c.closesAt(i, strict)
		own := lt.static[i*numLabels : (i+1)*numLabels]
		next := after[i*numLabels : (i+1)*numLabels]
		for p := range numLabels {
			at := &after[(i-1)*numLabels+p]
			switch {
			case math.IsInf(lt.best[(i-1)*numLabels+p], -1):
				*at = negInf // no path reaches p: nothing goes through it
			case lt.scoredFrom[i]&(1<<p) == 0:
				*at = negInf
				if !open(p) {
					*at = next[outside] // word i can only be O, at no cost
				}
			default:
				edges := lt.edges[(i*numLabels+p)*numLabels:][:numLabels]
				bestAfter := negInf
				for l := range numLabels {
					if allowed(p, l, final) {
						bestAfter = max(bestAfter, own[l]+edges[l]+next[l])
					}
				}
				*at = bestAfter
			}
		}
	}
	for i, y := range out {
		through := func(l int) float64 { return lt.best[i*numLabels+l] + after[i*numLabels+l] }
		other := math.Inf(-1)
		for l := range numLabels {
			if l != y {
				other = max(other, through(l))
			}
		}
		sure[i] = 1 / (1 + math.Exp(-(through(y)-other-evenMargin)/temperature))
	}
}
