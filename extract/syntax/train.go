package syntax

import (
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/newsgraph/newsgraph/extract/perceptron"
)

// TrainOptions set how a model is trained. The same options and data
// give the same model, byte for byte.
type TrainOptions struct {
	Seed          uint64
	TaggerEpochs  int
	ParserEpochs  int
	Folds         int       // the parser trains on tags of taggers that did not see the sentence
	TwoPass       bool      // the tagger's second pass reads the first's classes on both sides
	Log           io.Writer // progress, or nil
	DevEveryEpoch bool      // score dev after every epoch (slower)
}

// Averaged weights smaller than these are left out of the model: they
// change few decisions and take most of the room. The supertagger's,
// kept down to 0.5, would take 8.9 MB of the compressed model instead of
// 1.7 MB, for four tenths of a point of supertags (EWT dev 0.836, not
// 0.832).
const (
	taggerMinWeight = 0.5
	superMinWeight  = 2.0
	parserMinWeight = 1.0
)

// DefaultTrainOptions are the options the shipped model was trained with.
var DefaultTrainOptions = TrainOptions{Seed: 1, TaggerEpochs: 10, ParserEpochs: 15, Folds: 5, TwoPass: true}

// trainer holds what one training run shares between its stages.
type trainer struct {
	o     TrainOptions
	train []ConlluSentence
	dev   []ConlluSentence
	start time.Time
}

// The tagger's two passes, as its training log names them.
const (
	firstPass  = "first"
	secondPass = "second"
)

func (tr *trainer) logf(format string, args ...any) {
	if tr.o.Log != nil {
		args = append(args, time.Since(tr.start).Round(time.Second))
		fmt.Fprintf(tr.o.Log, format+" (%s)\n", args...)
	}
}

// Train learns a model from a treebank's training sentences; dev, when
// given, is scored along the way and never trained on.
func Train(train, dev []ConlluSentence, o TrainOptions) (*Model, error) {
	if len(train) == 0 {
		return nil, fmt.Errorf("syntax: no training sentences")
	}
	tr := &trainer{o: o, train: train, dev: dev, start: time.Now()}
	tg, tags := tr.tagger()
	st, supers := tr.supertagger(tg, tags)
	m := &Model{tagger: tg, super: st, lemma: trainLemmatizer(train)}
	p, err := tr.parser(tg, st, tags, supers)
	if err != nil {
		return nil, err
	}
	m.parser = p
	return m, nil
}

// tagger trains the tagger on the whole training set and returns it with
// the classes the parser is to train on: each fold tagged by taggers
// trained on the other folds, as the parser will meet tags at run time.
func (tr *trainer) tagger() (*tagger, [][]int) {
	o, train, dev := tr.o, tr.train, tr.dev
	tg := newTagger(train, train)
	tagLog := func(pass string) func(int, *perceptron.Weights) {
		if !o.DevEveryEpoch || len(dev) == 0 {
			return nil
		}
		return func(e int, w *perceptron.Weights) {
			t := *tg
			if pass == firstPass {
				t.w, t.second = w, nil
			} else {
				t.second = w
			}
			u, x := t.accuracy(dev)
			tr.logf("tagger %s pass epoch %d: dev UPOS %.4f XPOS %.4f", pass, e, u, x)
		}
	}
	tg.w = tg.trainPass(train, nil, o.TaggerEpochs, o.Seed, tagLog(firstPass))
	tr.logf("tagger first pass: %d classes, %d features", len(tg.classes), tg.w.Keys())

	folds := tr.folds()
	tagFold := func(f int, t *tagger, out [][]int) {
		for i, s := range train {
			if tr.inFold(i, f) {
				out[i] = make([]int, len(s.Words))
				t.tag(forms(s), out[i])
			}
		}
	}
	first := make([][]int, len(train))
	foldTaggers := make([]*tagger, folds)
	for f := range folds {
		rest, _ := tr.outOf(f)
		ft := newTagger(train, rest)
		ft.w = ft.trainPass(rest, nil, o.TaggerEpochs, o.Seed+uint64(f)+1, nil)
		foldTaggers[f] = ft
		tagFold(f, ft, first)
		tr.logf("fold %d of %d: first pass", f+1, folds)
	}
	if !o.TwoPass {
		return tg, first
	}
	// The second pass trains on first-pass classes of taggers that did not
	// see the sentence, for the same reason.
	tg.second = tg.trainPass(train, first, o.TaggerEpochs, o.Seed+1000, tagLog(secondPass))
	tags := make([][]int, len(train))
	for f, ft := range foldTaggers {
		rest, restAt := tr.outOf(f)
		ft.second = ft.trainPass(rest, pick(first, restAt), o.TaggerEpochs, o.Seed+uint64(f)+1001, nil)
		tagFold(f, ft, tags)
		tr.logf("fold %d of %d: second pass", f+1, folds)
	}
	return tg, tags
}

// folds is the number of folds the training set is cut into, for the
// classes a later stage trains on to come from models that did not see
// the sentence.
func (tr *trainer) folds() int { return max(tr.o.Folds, 2) }

// inFold reports whether training sentence i is in fold f.
func (tr *trainer) inFold(i, f int) bool { return i%tr.folds() == f }

// outOf gives the training sentences not in fold f and where each
// stands in the training set.
func (tr *trainer) outOf(f int) (rest []ConlluSentence, restAt []int) {
	for i, s := range tr.train {
		if !tr.inFold(i, f) {
			rest = append(rest, s)
			restAt = append(restAt, i)
		}
	}
	return rest, restAt
}

// pick gives the rows of all at the places at.
func pick(all [][]int, at []int) [][]int {
	out := make([][]int, len(at))
	for k, i := range at {
		out[k] = all[i]
	}
	return out
}

// supertagger trains the supertagger on the whole training set, reading
// the part-of-speech classes tags, and returns it with the supertags the
// parser is to train on, each fold's from a supertagger trained on the
// other folds.
func (tr *trainer) supertagger(tg *tagger, tags [][]int) (*supertagger, [][]int) {
	o, train := tr.o, tr.train
	st := newSupertagger(train, tg)
	st.w = st.train(tg, train, tags, o.TaggerEpochs, o.Seed+2000)
	if len(tr.dev) > 0 {
		tr.logf("supertagger: %d classes, %d features, dev accuracy %.4f", len(st.classes), st.w.Keys(), st.accuracy(tg, tr.dev))
	}
	folds := tr.folds()
	supers := make([][]int, len(train))
	for f := range folds {
		rest, restAt := tr.outOf(f)
		fs := &supertagger{classes: st.classes, verb: st.verb, mark: st.mark}
		fs.w = fs.train(tg, rest, pick(tags, restAt), o.TaggerEpochs, o.Seed+2001+uint64(f))
		var c tagContext
		for i, s := range train {
			if tr.inFold(i, f) {
				c.load(forms(s), tg)
				supers[i] = make([]int, len(s.Words))
				fs.tag(&c, tags[i], supers[i])
			}
		}
		tr.logf("fold %d of %d: supertags", f+1, folds)
	}
	return st, supers
}

// parser trains the parser on the treebank's trees with the given tags
// and supertags.
func (tr *trainer) parser(tg *tagger, st *supertagger, tags, supers [][]int) (*parser, error) {
	labels, lid := relations(tr.train)
	if len(labels) > 256 {
		return nil, fmt.Errorf("syntax: %d relations, more than the model holds", len(labels))
	}
	data := make([]parseExample, 0, len(tr.train))
	for i, s := range tr.train {
		if ex, ok := example(s, tags[i], supers[i], tg.uposID, lid); ok {
			data = append(data, ex)
		}
	}
	var progress func(int, *parser)
	if tr.o.DevEveryEpoch && len(tr.dev) > 0 {
		var devData []parseExample
		for _, s := range tr.dev {
			t, sup := make([]int, len(s.Words)), make([]int, len(s.Words))
			var c tagContext
			tg.tagIn(&c, forms(s), t)
			st.tag(&c, t, sup)
			ex, _ := example(s, t, sup, tg.uposID, lid)
			devData = append(devData, ex)
		}
		progress = func(e int, p *parser) {
			uas, las := p.score(devData, tr.dev)
			tr.logf("parser epoch %d: dev UAS %.4f LAS %.4f", e, uas, las)
		}
	}
	p := trainParser(data, labels, tr.o.ParserEpochs, tr.o.Seed, progress)
	tr.logf("parser: %d relations, %d move features, %d relation features", len(labels), p.moves.Keys(), p.arcs.Keys())
	return p, nil
}

// relations are the treebank's relations, with root and dep, sorted, and
// the number of each.
func relations(sents []ConlluSentence) ([]string, map[string]int) {
	set := map[string]bool{"root": true, "dep": true}
	for _, s := range sents {
		for _, w := range s.Words {
			set[w.Deprel] = true
		}
	}
	labels := make([]string, 0, len(set))
	for l := range set {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	ids := make(map[string]int, len(labels))
	for i, l := range labels {
		ids[l] = i
	}
	return labels, ids
}

// example builds a training sentence from gold heads and the given tags.
// A sentence with a word whose head or relation is missing or unknown is
// no training example (ok is false) but can still be parsed.
func example(s ConlluSentence, tags, supers, upos []int, lid map[string]int) (parseExample, bool) {
	n := len(s.Words)
	words := make([]wordInfo, len(s.Words))
	for i, w := range s.Words {
		words[i] = describe(w.Form)
	}
	si := newSentenceInfo(words, tags, upos, supers)
	heads := make([]int, n+1)
	heads[0] = -1
	gl := make([]int, n+1)
	ok := true
	for i, w := range s.Words {
		heads[i+1] = w.Head
		l, known := lid[w.Deprel]
		if w.Head < 0 || !known {
			ok = false
		}
		gl[i+1] = l
	}
	if !ok {
		// What the parser reads is still there, to parse and score.
		return parseExample{si: si, n: n}, false
	}
	return parseExample{si: si, n: n, gold: projectivize(heads), glabel: gl}, true
}

// score is the parser's UAS and LAS on examples against the sentences'
// own (not projectivized) trees.
func (p *parser) score(data []parseExample, sents []ConlluSentence) (uas, las float64) {
	n, u, l := 0, 0, 0
	for k, ex := range data {
		h, lb := p.parse(ex.si, ex.n)
		for i, w := range sents[k].Words {
			n++
			if h[i+1] == w.Head {
				u++
				if p.labels[lb[i+1]] == w.Deprel {
					l++
				}
			}
		}
	}
	return float64(u) / float64(max(n, 1)), float64(l) / float64(max(n, 1))
}
