package syntax

import (
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/perceptron"
)

// newTagger makes an untrained tagger with the classes of one set of
// sentences and the ambiguity classes of another (a fold's taggers keep
// the whole treebank's class numbers).
func newTagger(classesOf, ambOf []ConlluSentence) *tagger {
	set := map[string]bool{}
	for _, s := range classesOf {
		for _, w := range s.Words {
			set[w.UPOS+" "+w.XPOS] = true
		}
	}
	t := &tagger{}
	for c := range set {
		t.classes = append(t.classes, c)
	}
	slices.Sort(t.classes)
	t.split()
	t.amb = ambiguity(ambOf)
	t.sure = sureWords(ambOf, t.classes)
	return t
}

// trainPass learns one pass of t from gold sentences in epochs passes,
// shuffled by a generator seeded with seed. With first, the pass is a
// second one and first[i] are a first pass's classes for sents[i].
func (t *tagger) trainPass(sents []ConlluSentence, first [][]int, epochs int, seed uint64, progress func(epoch int, w *perceptron.Weights)) *perceptron.Weights {
	id := classIndex(t.classes)
	l := perceptron.NewLearner(len(t.classes))
	order, shuffle := shuffler(len(sents), seed, 0x7a66)
	scores := make([]float32, len(t.classes))
	var c tagContext
	var fs []string
	for e := 0; e < epochs; e++ {
		shuffle()
		for _, k := range order {
			s := sents[k]
			fs = fs[:0]
			for _, w := range s.Words {
				fs = append(fs, w.Form)
			}
			c.load(fs, t)
			if first != nil {
				c.setFirst(first[k])
			}
			t1, t2 := -1, -1
			for i, w := range s.Words {
				f := c.features(i, t1, t2)
				l.Score(f, scores)
				guess := argmax(scores)
				l.Update(f, id[w.UPOS+" "+w.XPOS], guess)
				l.Tick()
				// Train on the classes the tagger itself chose.
				t1, t2 = guess, t1
			}
		}
		if progress != nil {
			progress(e+1, l.Freeze(taggerMinWeight))
		}
	}
	return l.Freeze(taggerMinWeight)
}

// classIndex numbers classes by their place.
func classIndex(classes []string) map[string]int {
	id := make(map[string]int, len(classes))
	for i, c := range classes {
		id[c] = i
	}
	return id
}

// shuffler gives the numbers 0 to n-1 and a function that shuffles them
// in place, by a generator seeded with seed and stream, once an epoch.
func shuffler(n int, seed, stream uint64) ([]int, func()) {
	rng := rand.New(rand.NewPCG(seed, stream))
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	return order, func() {
		rng.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
}

// split fills upos, xpos and uposID from the joint classes.
func (t *tagger) split() {
	t.upos = make([]string, len(t.classes))
	t.xpos = make([]string, len(t.classes))
	t.uposID = make([]int, len(t.classes))
	ids := map[string]int{}
	for i, c := range t.classes {
		for k := 0; k < len(c); k++ {
			if c[k] == ' ' {
				t.upos[i], t.xpos[i] = c[:k], c[k+1:]
				if _, ok := ids[t.upos[i]]; !ok {
					ids[t.upos[i]] = len(ids)
				}
				t.uposID[i] = ids[t.upos[i]]
				break
			}
		}
	}
}

func forms(s ConlluSentence) []string {
	out := make([]string, len(s.Words))
	for i, w := range s.Words {
		out[i] = w.Form
	}
	return out
}

// TagAccuracy is the share of words whose UPOS and XPOS the tagger gets right.
func (t *tagger) accuracy(sents []ConlluSentence) (upos, xpos float64) {
	n, u, x := 0, 0, 0
	for _, s := range sents {
		out := make([]int, len(s.Words))
		t.tag(forms(s), out)
		for i, w := range s.Words {
			n++
			if t.upos[out[i]] == w.UPOS {
				u++
			}
			if t.xpos[out[i]] == w.XPOS {
				x++
			}
		}
	}
	return float64(u) / float64(n), float64(x) / float64(n)
}

// ambMinCount is how often a word must be seen to have an ambiguity class.
const ambMinCount = 5

// ambiguity gives every word seen in training the set of classes it was
// seen with, as a hash of the sorted class names.
func ambiguity(sents []ConlluSentence) map[string]uint64 {
	seen := map[string]map[string]bool{}
	count := map[string]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			count[normWord(w.Form)]++
		}
	}
	for _, s := range sents {
		for _, w := range s.Words {
			k := normWord(w.Form)
			// Rare words stay unknown, as most words met later are.
			if count[k] < ambMinCount {
				continue
			}
			if seen[k] == nil {
				seen[k] = map[string]bool{}
			}
			seen[k][w.UPOS+" "+w.XPOS] = true
		}
	}
	out := make(map[string]uint64, len(seen))
	for k, set := range seen {
		cls := make([]string, 0, len(set))
		for c := range set {
			cls = append(cls, c)
		}
		slices.Sort(cls)
		out[k] = perceptron.HashString(strings.Join(cls, "|"))
	}
	return out
}

// A word is sure when it was seen at least sureMinCount times and with
// one class at least sureShare of them: in EWT, a third of the words of
// a text, from "the" to ",", which the tagger then need not weigh.
const (
	sureMinCount = 20
	sureShare    = 0.99
)

// sureWords maps every sure word of sents (as normWord gives it) to the
// number of its class among classes.
func sureWords(sents []ConlluSentence, classes []string) map[string]int {
	id := make(map[string]int, len(classes))
	for i, c := range classes {
		id[c] = i
	}
	counts := map[string]map[int]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			k := normWord(w.Form)
			if counts[k] == nil {
				counts[k] = map[int]int{}
			}
			counts[k][id[w.UPOS+" "+w.XPOS]]++
		}
	}
	out := map[string]int{}
	for k, byClass := range counts {
		total, top, topClass := 0, 0, -1
		for c, n := range byClass {
			total += n
			if n > top || (n == top && c < topClass) {
				top, topClass = n, c
			}
		}
		if total >= sureMinCount && float64(top) >= sureShare*float64(total) {
			out[k] = topClass
		}
	}
	return out
}
