package syntax

// Scores are a model's accuracy on gold sentences, scored as the CoNLL
// 2018 shared task does with gold tokenization: every word counts,
// punctuation too.
type Scores struct {
	Words                       int
	UPOS, XPOS, Lemma, UAS, LAS float64
}

// Evaluate parses the words of gold sentences and scores the result.
func Evaluate(m *Model, gold []ConlluSentence) Scores {
	var s Scores
	var upos, xpos, lemma, uas, las int
	for _, g := range gold {
		t := m.Parse(forms(g))
		for i, w := range g.Words {
			p := t.Words[i]
			s.Words++
			upos += b2i(p.UPOS == w.UPOS)
			xpos += b2i(p.XPOS == w.XPOS)
			lemma += b2i(p.Lemma == w.Lemma)
			if p.Head+1 == w.Head {
				uas++
				las += b2i(p.Rel == w.Deprel)
			}
		}
	}
	n := float64(max(s.Words, 1))
	s.UPOS, s.XPOS, s.Lemma = float64(upos)/n, float64(xpos)/n, float64(lemma)/n
	s.UAS, s.LAS = float64(uas)/n, float64(las)/n
	return s
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
