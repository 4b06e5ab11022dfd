package syntax

import (
	"math/rand/v2"
	"slices"

	"github.com/newsgraph/newsgraph/extract/perceptron"
)

// Beam search over arc-eager transitions: the k best partial parses are
// kept at each step, scored by the sum of their transitions' scores. A
// parse whose buffer is empty is finished and carried on unchanged while
// the others go on. Trained globally with max-violation updates (Huang,
// Fayong and Guo 2012): where the best parse in the beam beats the gold
// prefix by most, the gold prefix is rewarded and the best one punished.

// clone copies s into fresh memory.
func (s *state) clone() *state {
	size := s.n + 1
	ints := make([]int, 8*size)
	words := make([]uint64, 2*size)
	c := &state{n: s.n, b: s.b, stack: make([]int, len(s.stack), size+1)}
	copy(c.stack, s.stack)
	parts := [][]int{s.head, s.label, s.l1, s.l2, s.r1, s.r2, s.nl, s.nr}
	dst := []*[]int{&c.head, &c.label, &c.l1, &c.l2, &c.r1, &c.r2, &c.nl, &c.nr}
	for i, p := range parts {
		*dst[i] = ints[i*size : (i+1)*size : (i+1)*size]
		copy(*dst[i], p)
	}
	c.ls, c.rs = words[:size:size], words[size:]
	copy(c.ls, s.ls)
	copy(c.rs, s.rs)
	return c
}

type beamItem struct {
	s     *state
	score float64
	hist  *step // the transitions that led here, last first
	gold  bool  // the transitions so far are the gold ones
	depth int   // transitions so far
}

type step struct {
	prev  *step
	class int
}

// validClasses lists the transition classes valid in s, in class order,
// with the labels the parser allows: only the root's dependent is
// labelled root.
func validClasses(s *state, nl, rootLabel int, out []int) []int {
	out = out[:0]
	for move := moveShift; move <= moveRight; move++ {
		if !s.valid(move) {
			continue
		}
		switch move {
		case moveShift, moveReduce:
			out = append(out, classOf(move, -1, nl))
		default:
			for lb := 0; lb < nl; lb++ {
				if (move == moveRight && s.s0() == 0) != (lb == rootLabel) {
					continue
				}
				out = append(out, classOf(move, lb, nl))
			}
		}
	}
	return out
}

type candidate struct {
	item  int
	class int // -1: a finished parse carried on
	score float64
}

// beamSearch parses with beam width k, score filling the scores of a
// state's features, and returns the last beam, best first. With gold (a
// gold transition sequence) each item knows whether it followed it; with
// onRound, the beam after each round is handed to it.
func beamSearch(si *sentenceInfo, n, k, nl, rootLabel int, score func([]uint64, []float32), gold []int, onRound func(round int, beam []beamItem)) []beamItem {
	beam := []beamItem{{s: newState(n), gold: gold != nil}}
	scores := make([]float32, 2+2*nl)
	var feats []uint64
	var valid []int
	cands := make([]candidate, 0, k+1)
	rounds := 0
	insert := func(c candidate) {
		if len(cands) == k && c.score <= cands[k-1].score {
			return
		}
		at := len(cands)
		for at > 0 && c.score > cands[at-1].score {
			at--
		}
		cands = slices.Insert(cands, at, c)
		if len(cands) > k {
			cands = cands[:k]
		}
	}
	for {
		cands = cands[:0]
		allDone := true
		for i, it := range beam {
			if it.s.done() {
				insert(candidate{item: i, class: -1, score: it.score})
				continue
			}
			allDone = false
			feats = si.features(it.s, feats[:0])
			score(feats, scores)
			valid = validClasses(it.s, nl, rootLabel, valid)
			for _, c := range valid {
				insert(candidate{item: i, class: c, score: it.score + float64(scores[c])})
			}
		}
		if allDone {
			return beam
		}
		rounds++
		next := make([]beamItem, 0, len(cands))
		for _, c := range cands {
			it := beam[c.item]
			if c.class < 0 {
				next = append(next, it)
				continue
			}
			s := it.s.clone()
			s.apply(moveOf(c.class, nl))
			g := it.gold && it.depth < len(gold) && gold[it.depth] == c.class
			next = append(next, beamItem{s: s, score: c.score, hist: &step{prev: it.hist, class: c.class}, gold: g, depth: it.depth + 1})
		}
		beam = next
		if onRound != nil {
			onRound(rounds, beam)
		}
	}
}

// goldSequence is one gold transition sequence for ex: at each step the
// first transition the oracle says costs nothing, arcs before reduce
// before shift.
func goldSequence(ex *parseExample, nl int) []int {
	s := newState(ex.n)
	costs := make([]int, 2+2*nl)
	var seq []int
	for !s.done() {
		oracleCosts(s, ex, nl, costs)
		pick := -1
		for _, c := range preference(nl) {
			if costs[c] == 0 {
				pick = c
				break
			}
		}
		if pick < 0 {
			return nil
		}
		seq = append(seq, pick)
		s.apply(moveOf(pick, nl))
	}
	return seq
}

// preference orders the transition classes: arcs, then reduce, then
// shift.
func preference(nl int) []int {
	out := make([]int, 0, 2+2*nl)
	for c := 2; c < 2+2*nl; c++ {
		out = append(out, c)
	}
	return append(out, 1, 0)
}

// history turns a linked history into the sequence of classes.
func history(h *step) []int {
	var out []int
	for ; h != nil; h = h.prev {
		out = append(out, h.class)
	}
	slices.Reverse(out)
	return out
}

// replay walks the transitions seq from the start and adds delta to the
// weight of each transition from step from on.
func replay(l *perceptron.Learner, si *sentenceInfo, n, nl int, seq []int, from int, delta float32) {
	s := newState(n)
	var feats []uint64
	for i, c := range seq {
		if i >= from {
			feats = si.features(s, feats[:0])
			l.Add(feats, c, delta)
		}
		s.apply(moveOf(c, nl))
	}
}

// trainBeam learns the parser with beam width k and early update.
func trainBeam(data []parseExample, labels []string, epochs, k int, seed uint64, progress func(epoch int, p *parser)) *parser {
	p := &parser{labels: labels, beam: k}
	nl := len(labels)
	rootLabel := slices.Index(labels, "root")
	l := perceptron.NewLearner(p.nClasses())
	rng := rand.New(rand.NewPCG(seed, 0xbea3))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	golds := make([][]int, len(data))
	for i := range data {
		golds[i] = goldSequence(&data[i], nl)
	}
	for e := 0; e < epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, x := range order {
			ex, gold := &data[x], golds[x]
			if gold == nil {
				continue
			}
			want, got := maxViolation(l, ex, k, nl, rootLabel, gold)
			if want == nil {
				l.Tick()
				continue
			}
			div := 0
			for div < len(want) && div < len(got) && want[div] == got[div] {
				div++
			}
			replay(l, ex.si, ex.n, nl, want, div, 1)
			replay(l, ex.si, ex.n, nl, got, div, -1)
			l.Tick()
		}
		if progress != nil {
			p.w = l.Freeze(parserMinWeight)
			progress(e+1, p)
		}
	}
	p.w = l.Freeze(parserMinWeight)
	return p
}

// maxViolation runs the beam to the end and finds the round where the
// best item beats the gold prefix by most (Huang, Fayong and Guo 2012);
// it returns the gold prefix and the best item's transitions there, or
// nil when the gold parse is never beaten.
func maxViolation(l *perceptron.Learner, ex *parseExample, k, nl, rootLabel int, gold []int) (want, got []int) {
	// The gold prefix's score after each of its transitions.
	goldScore := make([]float64, len(gold)+1)
	s := newState(ex.n)
	scores := make([]float32, 2+2*nl)
	var feats []uint64
	for i, c := range gold {
		feats = ex.si.features(s, feats[:0])
		l.Score(feats, scores)
		goldScore[i+1] = goldScore[i] + float64(scores[c])
		s.apply(moveOf(c, nl))
	}
	worst := 0.0
	var at int
	var best *step
	beamSearch(ex.si, ex.n, k, nl, rootLabel, l.Score, gold, func(round int, beam []beamItem) {
		top := beam[0]
		if top.gold {
			return
		}
		v := top.score - goldScore[min(round, len(gold))]
		if v >= worst && (best == nil || v > worst) {
			worst, at, best = v, round, top.hist
		}
	})
	if best == nil {
		return nil, nil
	}
	return gold[:min(at, len(gold))], history(best)
}
