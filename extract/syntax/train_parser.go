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

// trainParser learns the parser with the dynamic oracle: from the second
// epoch on it follows its own move nine times in ten, so it learns to go
// on well from its own mistakes. The move learner is updated when its
// move costs more than the best; the relation learner on every arc the
// parser makes that is in the gold tree.
func trainParser(data []parseExample, labels []string, epochs int, seed uint64, progress func(epoch int, p *parser)) *parser {
	p := newParser(labels)
	ml := perceptron.NewLearner(moves)
	al := perceptron.NewLearner(len(labels))
	rng := rand.New(rand.NewPCG(seed, 0x9a25e))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	var ms [moves]float32
	ls := make([]float32, len(labels))
	var feats []uint64
	for e := 0; e < epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			ex := &data[k]
			s := newState(ex.n)
			for !s.done() {
				feats = ex.si.features(s, feats[:0])
				ml.Score(feats, ms[:])
				costs := s.costs(ex.gold)
				pred, best, minCost := -1, -1, -1
				for m := range moves {
					if !s.valid(m) {
						continue
					}
					if pred < 0 || ms[m] > ms[pred] {
						pred = m
					}
					if minCost < 0 || costs[m] < minCost {
						minCost = costs[m]
					}
				}
				for m := range moves {
					if s.valid(m) && costs[m] == minCost && (best < 0 || ms[m] > ms[best]) {
						best = m
					}
				}
				if costs[pred] > minCost {
					ml.Update(feats, best, pred)
				}
				ml.Tick()
				next := best
				if e > 0 && rng.Float64() < 0.9 {
					next = pred
				}
				label := -1
				if next == moveLeft || next == moveRight {
					label = p.root
					if h, d := s.arcOf(next); h != 0 {
						feats = ex.si.labelFeatures(s, h, d, feats[:0])
						al.Score(feats, ls)
						label = -1
						for l, v := range ls {
							if l != p.root && (label < 0 || v > ls[label]) {
								label = l
							}
						}
						if ex.gold[d] == h {
							al.Update(feats, ex.glabel[d], label)
							al.Tick()
							label = ex.glabel[d]
						}
					}
				}
				s.apply(next, label)
			}
		}
		if progress != nil {
			p.moves, p.arcs = ml.Freeze(parserMinWeight), al.Freeze(parserMinWeight)
			progress(e+1, p)
		}
	}
	p.moves, p.arcs = ml.Freeze(parserMinWeight), al.Freeze(parserMinWeight)
	return p
}
