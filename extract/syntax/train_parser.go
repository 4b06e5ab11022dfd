package syntax

import (
	"math/rand/v2"
	"slices"

	"github.com/newsgraph/newsgraph/extract/perceptron"
)

// parseExample is a training sentence: what the parser reads and the
// gold tree, numbered from 1 with 0 the root.
type parseExample struct {
	si     *sentenceInfo
	n      int
	gold   []int
	glabel []int
}

// projectivize lifts every arc that crosses another to the head of its
// head until none does, keeping its label (arc-eager builds only
// projective trees). heads are numbered from 1, 0 the root.
func projectivize(heads []int) []int {
	h := slices.Clone(heads)
	n := len(h) - 1
	for changed := true; changed; {
		changed = false
		// Lift the shortest non-projective arc first.
		bestD, bestLen := -1, 0
		for d := 1; d <= n; d++ {
			if h[d] <= 0 && h[d] != 0 {
				continue
			}
			a, b := min(h[d], d), max(h[d], d)
			for k := a + 1; k < b; k++ {
				if !dominates(h, h[d], k) {
					if bestD < 0 || b-a < bestLen {
						bestD, bestLen = d, b-a
					}
					break
				}
			}
		}
		if bestD >= 0 && h[h[bestD]] >= 0 {
			h[bestD] = h[h[bestD]]
			changed = true
		}
	}
	return h
}

func dominates(h []int, a, k int) bool {
	for steps := 0; k >= 0 && steps <= len(h); steps++ {
		if k == a {
			return true
		}
		if k == 0 {
			return false
		}
		k = h[k]
	}
	return false
}

// oracleCosts gives every transition class its cost: the move's cost,
// plus one for a wrong label on a gold arc.
func oracleCosts(s *state, ex *parseExample, nLabels int, out []int) {
	mc := s.costs(ex.gold)
	for c := range out {
		out[c] = -1 // not valid
	}
	for move := moveShift; move <= moveRight; move++ {
		if !s.valid(move) {
			continue
		}
		switch move {
		case moveShift, moveReduce:
			out[classOf(move, -1, nLabels)] = mc[move]
		case moveLeft, moveRight:
			h, d := s.b, s.s0()
			if move == moveRight {
				h, d = s.s0(), s.b
			}
			gold := ex.gold[d] == h
			for l := 0; l < nLabels; l++ {
				c := mc[move]
				if gold && ex.glabel[d] != l {
					c++
				}
				out[classOf(move, l, nLabels)] = c
			}
		}
	}
}

// trainParser learns the parser with the dynamic oracle: from the second
// epoch on it follows its own prediction nine times in ten, so it learns
// to go on well from its own mistakes.
func trainParser(data []parseExample, labels []string, epochs int, seed uint64, progress func(epoch int, p *parser)) *parser {
	p := &parser{labels: labels}
	nc := p.nClasses()
	nl := len(labels)
	l := perceptron.NewLearner(nc)
	rng := rand.New(rand.NewPCG(seed, 0x9a25e))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, nc)
	costs := make([]int, nc)
	var feats []uint64
	for e := 0; e < epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			ex := &data[k]
			s := newState(ex.n)
			for !s.done() {
				feats = ex.si.features(s, feats[:0])
				l.Score(feats, scores)
				oracleCosts(s, ex, nl, costs)
				pred, best, minCost := -1, -1, -1
				for c := 0; c < nc; c++ {
					if costs[c] < 0 {
						continue
					}
					if pred < 0 || scores[c] > scores[pred] {
						pred = c
					}
					if minCost < 0 || costs[c] < minCost {
						minCost = costs[c]
					}
				}
				for c := 0; c < nc; c++ {
					if costs[c] == minCost && (best < 0 || scores[c] > scores[best]) {
						best = c
					}
				}
				if costs[pred] > minCost {
					l.Update(feats, best, pred)
				}
				l.Tick()
				next := best
				if e > 0 && rng.Float64() < 0.9 {
					next = pred
				}
				s.apply(moveOf(next, nl))
			}
		}
		if progress != nil {
			p.w = l.Freeze(parserMinWeight)
			progress(e+1, p)
		}
	}
	p.w = l.Freeze(parserMinWeight)
	return p
}
