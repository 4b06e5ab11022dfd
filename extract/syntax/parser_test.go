package syntax

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/extract/perceptron"
)

// ewt reads a split of the treebank from the shared data beside the
// repository, or skips the test.
func ewt(t testing.TB, name string) []ConlluSentence {
	t.Helper()
	path := filepath.Join("..", "..", "..", "shared", "data", "ud-english-ewt", name)
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("EWT treebank not found beside the repository (%v); skipping", err)
	}
	defer f.Close()
	s, err := ReadConllu(name, f)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// followOracle parses ex by choosing at random among the moves the
// dynamic oracle says cost nothing, labelling each arc with its gold
// relation, and returns the tree it built.
func followOracle(t *testing.T, ex *parseExample, rng *rand.Rand) ([]int, []int) {
	s := newState(ex.n)
	for !s.done() {
		costs := s.costs(ex.gold)
		var free []int
		for m := range moves {
			if s.valid(m) && costs[m] == 0 {
				free = append(free, m)
			}
		}
		if len(free) == 0 {
			t.Fatalf("no move without cost at stack %v, buffer %d", s.stack, s.b)
		}
		m := free[rng.IntN(len(free))]
		label := -1
		if m == moveLeft || m == moveRight {
			h, d := s.arcOf(m)
			if ex.gold[d] != h {
				t.Fatalf("a move without cost makes the arc %d → %d, not in the gold tree", h, d)
			}
			label = ex.glabel[d]
		}
		s.apply(m, label)
	}
	for d := 1; d <= ex.n; d++ {
		if s.head[d] < 0 {
			t.Fatalf("word %d left without a head", d)
		}
	}
	return s.head, s.label
}

func isProjective(heads []int) bool {
	for d := 1; d < len(heads); d++ {
		a, b := min(heads[d], d), max(heads[d], d)
		for k := a + 1; k < b; k++ {
			if !dominates(heads, heads[d], k) {
				return false
			}
		}
	}
	return true
}

func TestOracleOnHandmadeTrees(t *testing.T) {
	// heads from 1, 0 the root; -1 at index 0 stands for the root itself.
	trees := [][]int{
		{-1, 2, 0, 4, 2, 2},             // "Rebels attacked the base ."
		{-1, 0},                         // one word
		{-1, 3, 3, 0, 3, 6, 4, 3},       // left and right branching
		{-1, 0, 1, 2, 3, 4, 5},          // a chain to the right
		{-1, 6, 1, 2, 3, 4, 0},          // a chain to the left
		{-1, 2, 0, 2, 5, 3, 5, 2, 7, 2}, // nested
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, gold := range trees {
		ex := &parseExample{n: len(gold) - 1, gold: gold, glabel: make([]int, len(gold))}
		for run := 0; run < 20; run++ {
			heads, _ := followOracle(t, ex, rng)
			if diff := cmp.Diff(gold[1:], heads[1:]); diff != "" {
				t.Fatalf("oracle on %v (-want +got):\n%s", gold, diff)
			}
		}
	}
}

func TestOracleReproducesTreebank(t *testing.T) {
	train := ewt(t, "en_ewt-ud-train.conllu")
	_, labels := relations(train)
	rng := rand.New(rand.NewPCG(3, 4))
	projective := 0
	for i, s := range train {
		ex, ok := example(s, make([]int, len(s.Words)), make([]int, len(s.Words)), []int{0}, labels)
		if !ok {
			continue
		}
		if !isProjective(ex.gold) {
			t.Fatalf("sentence %d: projectivize left a crossing arc", i)
		}
		heads, labs := followOracle(t, &ex, rng)
		if diff := cmp.Diff(ex.gold[1:], heads[1:]); diff != "" {
			t.Fatalf("sentence %d: oracle tree differs (-want +got):\n%s", i, diff)
		}
		if diff := cmp.Diff(ex.glabel[1:], labs[1:]); diff != "" {
			t.Fatalf("sentence %d: oracle labels differ (-want +got):\n%s", i, diff)
		}
		orig := []int{-1}
		for _, w := range s.Words {
			orig = append(orig, w.Head)
		}
		if isProjective(orig) {
			projective++
			if diff := cmp.Diff(orig, ex.gold); diff != "" {
				t.Fatalf("sentence %d: projectivize changed a projective tree", i)
			}
		}
	}
	if projective < len(train)*9/10 {
		t.Errorf("only %d of %d sentences projective", projective, len(train))
	}
}

func TestProjectivize(t *testing.T) {
	heads := []int{-1, 0, 1, 2, 3}
	if !isProjective(heads) {
		t.Fatal("chain judged non-projective")
	}
	crossing := []int{-1, 3, 0, 2, 1} // 4 → 1 crosses 2 ← 3
	if isProjective(crossing) {
		t.Fatal("crossing tree judged projective")
	}
	got := projectivize(crossing)
	if !isProjective(got) {
		t.Fatalf("projectivize(%v) = %v, still crossing", crossing, got)
	}
}

// trainSmall trains a model on a few sentences.
func trainSmall(t *testing.T, sents []ConlluSentence) []byte {
	t.Helper()
	m, err := Train(sents, nil, TrainOptions{Seed: 7, TaggerEpochs: 3, ParserEpochs: 4, Folds: 2, TwoPass: true})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestTrainingLearnsAndIsReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a model")
	}
	train := ewt(t, "en_ewt-ud-train.conllu")[:300]
	a := trainSmall(t, train)
	b := trainSmall(t, train)
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings with the same seed gave different models")
	}
	m, err := Decode(a)
	if err != nil {
		t.Fatal(err)
	}
	s := Evaluate(m, train)
	// Attaching every word to the word after it scores about 0.3; a
	// model that learned its training sentences does far better.
	if s.UAS < 0.8 || s.LAS < 0.7 || s.UPOS < 0.9 {
		t.Errorf("on its own training sentences: UAS %.3f LAS %.3f UPOS %.3f", s.UAS, s.LAS, s.UPOS)
	}
}

// Weights.Score reads at most perceptron.MaxFeatures features: a
// template past that would be silently left out.
func TestFeaturesFitTheScorer(t *testing.T) {
	n := 6
	words := make([]wordInfo, n)
	for i := range words {
		words[i] = describe("word")
	}
	si := newSentenceInfo(words, make([]int, n), []int{0}, make([]int, n))
	s := newState(n)
	s.apply(moveShift, -1)
	s.apply(moveShift, -1)
	if got := len(si.features(s, nil)); got > perceptron.MaxFeatures {
		t.Errorf("%d move features, more than the %d scored", got, perceptron.MaxFeatures)
	}
	if got := len(si.labelFeatures(s, 1, 2, nil)); got > perceptron.MaxFeatures {
		t.Errorf("%d relation features, more than the %d scored", got, perceptron.MaxFeatures)
	}
}
