package syntax

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract/perceptron"
)

// A supertag is a word's relation and the side its head is on ("nsubj>":
// a subject whose head comes after it; "root" for the root's dependent),
// guessed for every word before parsing by a tagger that reads the words
// and their part-of-speech classes around it. The parser reads the
// guesses of the words on its stack and buffer: what a word looks like
// from three words away, which the parser's moves, made one at a time
// from left to right, cannot see yet.
type supertagger struct {
	classes []string
	w       *perceptron.Weights
	// verb[k] reports whether part-of-speech class k is a verb or an
	// auxiliary
	verb []bool
	// mark[k] reports whether class k is punctuation
	mark []bool
}

// superContext is a tagger's context of one sentence with, for each
// word, how far the nearest verb on its left and on its right is
// (distBucket).
type superContext struct {
	*tagContext
	left, right []uint64
	// commas[i] is 1 when a comma or other mark lies between word i
	// and the nearest verb on its right, 2 on its left, 3 both
	commas []uint64
}

// setVerbs marks which of the tagger's classes are verbs or auxiliaries
// and which are punctuation.
func (st *supertagger) setVerbs(t *tagger) {
	st.verb, st.mark = make([]bool, len(t.classes)), make([]bool, len(t.classes))
	for k, u := range t.upos {
		st.verb[k] = u == "VERB" || u == "AUX"
		st.mark[k] = u == "PUNCT"
	}
}

// Supertagger feature templates, beside the tagger's.
const (
	sP1 = iota + 100
	sP2
	sP1P0
	sP2P1P0
	sP0N1N2
	sWordP1
	sVerbs
	sVerbsWord
	sN3
	sN1N2N3
	sCommas
)

// distBucket numbers a distance: 1, 2 and 3 as they are, 4 for 4 to 6,
// 5 for more, 0 for none.
func distBucket(d int) uint64 {
	switch {
	case d <= 0:
		return 0
	case d <= 3:
		return uint64(d)
	case d <= 6:
		return 4
	}
	return 5
}

// features of word i after supertags t1 and t2: the tagger's, with the
// sentence's part-of-speech classes as its first pass's, then the classes
// of the two words before it and the third after it, how far the nearest
// verbs are and whether punctuation lies between.
func (c *superContext) features(i, t1, t2 int) []uint64 {
	f := c.tagContext.features(i, t1, t2)
	p2, p1, p0, n1, n2 := c.first[i], c.first[i+1], c.first[i+2], c.first[i+3], c.first[i+4]
	w := c.info[i+2].lower
	verbs := c.left[i]*8 + c.right[i]
	f = append(f,
		perceptron.Key1(sP1, p1),
		perceptron.Key1(sP2, p2),
		perceptron.Key2(sP1P0, p1, p0),
		perceptron.Key3(sP2P1P0, p2, p1, p0),
		perceptron.Key3(sP0N1N2, p0, n1, n2),
		perceptron.Key2(sWordP1, w, p1),
		perceptron.Key2(sVerbs, verbs, p0),
		perceptron.Key2(sVerbsWord, verbs, w),
		perceptron.Key1(sN3, c.first[min(i+5, len(c.first)-1)]),
		perceptron.Key3(sN1N2N3, n1, n2, c.first[min(i+5, len(c.first)-1)]),
		perceptron.Key3(sCommas, c.commas[i], verbs, p0),
	)
	c.feats = f
	return f
}

// prepare reads the sentence's part-of-speech classes tags into c and
// finds each word's nearest verbs.
func (st *supertagger) prepare(tc *tagContext, tags []int) *superContext {
	tc.setFirst(tags)
	n := len(tags)
	c := &superContext{tagContext: tc, left: make([]uint64, n), right: make([]uint64, n), commas: make([]uint64, n)}
	last, mark := -1, false
	for i, k := range tags {
		if last >= 0 {
			c.left[i] = distBucket(i - last)
			if mark {
				c.commas[i] |= 2
			}
		}
		if st.verb[k] {
			last, mark = i, false
		} else if st.mark[k] {
			mark = true
		}
	}
	next, mark := -1, false
	for i := n - 1; i >= 0; i-- {
		if next >= 0 {
			c.right[i] = distBucket(next - i)
			if mark {
				c.commas[i] |= 1
			}
		}
		if st.verb[tags[i]] {
			next, mark = i, false
		} else if st.mark[tags[i]] {
			mark = true
		}
	}
	return c
}

// supertag is the supertag of word i (from 0) of s.
func supertag(s ConlluSentence, i int) string {
	w := s.Words[i]
	switch {
	case w.Head == 0:
		return "root"
	case w.Head-1 < i:
		return w.Deprel + "<"
	}
	return w.Deprel + ">"
}

// tag sets out to the supertags of the words c holds, whose
// part-of-speech classes are tags.
func (st *supertagger) tag(c *tagContext, tags []int, out []int) {
	sc := st.prepare(c, tags)
	scores := make([]int32, len(st.classes))
	sc.pass(st.w, scores, out)
}

// pass tags left to right with weights w.
func (c *superContext) pass(w *perceptron.Weights, scores []int32, out []int) {
	t1, t2 := -1, -1
	for i := range out {
		w.Score(c.features(i, t1, t2), scores)
		out[i] = argmax(scores)
		t1, t2 = out[i], t1
	}
}

// newSupertagger makes an untrained supertagger with the supertags of
// sents, reading the classes of tagger t.
func newSupertagger(sents []ConlluSentence, t *tagger) *supertagger {
	set := map[string]bool{}
	for _, s := range sents {
		for i := range s.Words {
			set[supertag(s, i)] = true
		}
	}
	st := &supertagger{}
	for c := range set {
		st.classes = append(st.classes, c)
	}
	slices.Sort(st.classes)
	st.setVerbs(t)
	return st
}

// train learns the supertagger's weights from gold sentences whose
// part-of-speech classes are tags, in epochs shuffled passes seeded with
// seed; t gives the words' ambiguity classes.
func (st *supertagger) train(t *tagger, sents []ConlluSentence, tags [][]int, epochs int, seed uint64) *perceptron.Weights {
	id := classIndex(st.classes)
	l := perceptron.NewLearner(len(st.classes))
	order, shuffle := shuffler(len(sents), seed, 0x5e7a6)
	scores := make([]float32, len(st.classes))
	var c tagContext
	for range epochs {
		shuffle()
		for _, k := range order {
			s := sents[k]
			c.load(forms(s), t)
			sc := st.prepare(&c, tags[k])
			t1, t2 := -1, -1
			for i := range s.Words {
				f := sc.features(i, t1, t2)
				l.Score(f, scores)
				guess := argmax(scores)
				l.Update(f, id[supertag(s, i)], guess)
				l.Tick()
				t1, t2 = guess, t1
			}
		}
	}
	return l.Freeze(superMinWeight)
}

// accuracy is the share of words of sents, tagged by t, whose supertag
// st gets right.
func (st *supertagger) accuracy(t *tagger, sents []ConlluSentence) float64 {
	n, right := 0, 0
	for _, s := range sents {
		tags := make([]int, len(s.Words))
		var c tagContext
		t.tagIn(&c, forms(s), tags)
		out := make([]int, len(s.Words))
		st.tag(&c, tags, out)
		for i := range s.Words {
			n++
			if st.classes[out[i]] == supertag(s, i) {
				right++
			}
		}
	}
	return float64(right) / float64(max(n, 1))
}
