package names

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/newsgraph/newsgraph/extract/perceptron"
)

// TrainOptions set how a model is trained.
type TrainOptions struct {
	Seed   uint64 // shuffles the documents before each epoch
	Epochs int    // passes over the training documents, for each pass
	Folds  int    // the first pass labels the training documents for the second in this many folds
	// Log, when set, hears how training goes.
	Log func(format string, args ...any)
}

// DefaultTrainOptions are the options the built-in model was trained with.
var DefaultTrainOptions = TrainOptions{Seed: 1, Epochs: 10, Folds: 5}

// Train learns a model from labelled documents, with the gazetteer
// entries gaz (GazetteerEntries) for features; dev, when not empty, is
// scored after training and reported through Log.
func Train(train, dev []Document, gaz []string, opt TrainOptions) (*Model, error) {
	logf := opt.Log
	if logf == nil {
		logf = func(string, ...any) {}
	}
	g, err := newGazetteer(gaz)
	if err != nil {
		return nil, err
	}
	m := &Model{gaz: g, connectors: connectors(train)}
	ctxs := make([][]*context, len(train))
	gold := make([][][]int, len(train))
	for d, doc := range train {
		ctxs[d] = m.prepare(doc)
		gold[d] = make([][]int, len(doc))
		for si, s := range doc {
			gold[d][si] = encode(len(s.Words), s.Spans)
		}
	}
	// The second pass reads first-pass labels that the first pass gave
	// documents it was not trained on, as it will at run time.
	folds := max(opt.Folds, 2)
	for f := range folds {
		var in []int
		for d := range train {
			if d%folds != f {
				in = append(in, d)
			}
		}
		w := trainPass(ctxs, gold, in, false, opt.Epochs, opt.Seed+uint64(f)+1)
		var lt lattice
		for d := f; d < len(train); d += folds {
			for _, c := range ctxs[d] {
				c.first = make([]int, len(c.words))
				lt.decode(c, frozen(w), false, true, c.first, nil)
			}
			aggregate(ctxs[d])
		}
		logf("first pass, fold %d of %d: %d features", f+1, folds, w.Keys())
	}
	all := make([]int, len(train))
	for d := range all {
		all[d] = d
	}
	m.first = trainPass(ctxs, gold, all, false, opt.Epochs, opt.Seed)
	m.second = trainPass(ctxs, gold, all, true, opt.Epochs, opt.Seed)
	logf("first pass %d features, second pass %d features", m.first.Keys(), m.second.Keys())
	if len(dev) > 0 {
		logf("dev: %s", Score(m, dev))
	}
	return m, nil
}

// connectors finds the words in lower case that go on names: those that,
// between a name and a capitalised word, are inside the name at least as
// often as they end it, and were seen inside names at least three times.
// CoNLL-2003 gives "of", "for", "the", "de", "van"..., and leaves out
// "in", "and", "on" and the possessive "'s".
func connectors(docs []Document) map[string]bool {
	inside, stops := map[string]int{}, map[string]int{}
	for _, doc := range docs {
		for _, s := range doc {
			for _, sp := range s.Spans {
				for _, w := range s.Words[sp.Start+1 : sp.End] {
					if capClass(w) == capLower {
						inside[strings.ToLower(w)]++
					}
				}
				if e := sp.End; e+1 < len(s.Words) && capClass(s.Words[e]) == capLower && capClass(s.Words[e+1]) >= capFirst {
					stops[strings.ToLower(s.Words[e])]++
				}
			}
		}
	}
	out := map[string]bool{}
	for w, n := range inside {
		if n >= 3 && n >= stops[w] {
			out[w] = true
		}
	}
	return out
}

// trainPass trains the weights of one pass on documents docs as a
// structured perceptron (Collins 2002): each sentence is decoded whole
// with the weights so far, and where the best path leaves the gold one
// the gold path's features are rewarded and the other's punished.
func trainPass(ctxs [][]*context, gold [][][]int, docs []int, second bool, epochs int, seed uint64) *perceptron.Weights {
	l := perceptron.NewLearner(numLabels)
	score := learning(l)
	rng := rand.New(rand.NewPCG(seed, 0x6e616d6573))
	order := append([]int(nil), docs...)
	var pred []int
	var tf []uint64
	var lt lattice
	for range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, d := range order {
			for _, c := range ctxs[d] {
				g := gold[d][c.sent][c.offset:][:len(c.words)]
				pred = append(pred[:0], make([]int, len(g))...)
				lt.decode(c, score, second, false, pred, nil)
				gp, pp := outside, outside
				for i := range g {
					if g[i] != pred[i] || gp != pp {
						if c.scored(i, gp, false) {
							l.Add(c.features(i, second), g[i], 1)
							tf = c.transitions(i, part(gp), append(tf[:0], prevKey(gp)))
							l.Add(tf, g[i], 1)
						}
						if c.scored(i, pp, false) {
							l.Add(c.features(i, second), pred[i], -1)
							tf = c.transitions(i, part(pp), append(tf[:0], prevKey(pp)))
							l.Add(tf, pred[i], -1)
						}
					}
					gp, pp = g[i], pred[i]
				}
				l.Tick()
			}
		}
	}
	return l.Freeze(0)
}

// Result is the exact-span precision, recall and F1 of names against gold,
// over PER, LOC and ORG together and for each type; MISC is left out, as
// the CoNLL evaluation newsgraph is scored on does.
type Result struct {
	P, R, F1 float64
	ByType   map[string]float64 // F1
}

func (r Result) String() string {
	return fmt.Sprintf("F1 %.4f (P %.4f R %.4f); PER %.4f LOC %.4f ORG %.4f",
		r.F1, r.P, r.R, r.ByType["PER"], r.ByType["LOC"], r.ByType["ORG"])
}

// Score finds the names of docs with m and scores them against their gold spans.
func Score(m *Model, docs []Document) Result {
	type key struct {
		d, s, a, b int
		t          string
	}
	gold, sys := map[key]bool{}, map[key]bool{}
	for d, doc := range docs {
		found := m.Find(doc)
		for si, s := range doc {
			for _, sp := range s.Spans {
				gold[key{d, si, sp.Start, sp.End, sp.Type}] = true
			}
			for _, sp := range found[si] {
				sys[key{d, si, sp.Start, sp.End, sp.Type}] = true
			}
		}
	}
	f1 := func(typ string) (p, r, f float64) {
		g, s, tp := 0, 0, 0
		for k := range gold {
			if k.t != "MISC" && (typ == "" || k.t == typ) {
				g++
				if sys[k] {
					tp++
				}
			}
		}
		for k := range sys {
			if k.t != "MISC" && (typ == "" || k.t == typ) {
				s++
			}
		}
		if s > 0 {
			p = float64(tp) / float64(s)
		}
		if g > 0 {
			r = float64(tp) / float64(g)
		}
		if p+r > 0 {
			f = 2 * p * r / (p + r)
		}
		return
	}
	res := Result{ByType: map[string]float64{}}
	res.P, res.R, res.F1 = f1("")
	for _, t := range []string{"PER", "LOC", "ORG"} {
		_, _, res.ByType[t] = f1(t)
	}
	return res
}
