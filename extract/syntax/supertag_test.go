package syntax

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSupertag(t *testing.T) {
	// "Rebels attacked the base ." with the root's dependent, dependents
	// whose heads come after them and dependents whose heads come before.
	s := ConlluSentence{Words: []ConlluWord{
		{Form: "Rebels", Head: 2, Deprel: "nsubj"},
		{Form: "attacked", Head: 0, Deprel: "root"},
		{Form: "the", Head: 4, Deprel: "det"},
		{Form: "base", Head: 2, Deprel: "obj"},
		{Form: ".", Head: 2, Deprel: "punct"},
	}}
	var got []string
	for i := range s.Words {
		got = append(got, supertag(s, i))
	}
	want := []string{"nsubj>", "root", "det>", "obj<", "punct<"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("supertags (-want +got):\n%s", diff)
	}
}

// The supertagger learns the supertags of the sentences it trained on,
// and the parser's model tags new sentences with them.
func TestSupertaggerLearns(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a supertagger")
	}
	train := ewt(t, "en_ewt-ud-train.conllu")[:300]
	tg := newTagger(train, train)
	tg.w = tg.trainPass(train, nil, 3, 1, nil)
	tags := make([][]int, len(train))
	for i, s := range train {
		tags[i] = make([]int, len(s.Words))
		tg.tag(forms(s), tags[i])
	}
	st := newSupertagger(train, tg)
	st.w = st.train(tg, train, tags, 5, 1)
	// The commonest supertag alone (punct<) is right about one word in
	// nine; a supertagger that learned its sentences does far better, even
	// with its small weights left out, as they are.
	if acc := st.accuracy(tg, train); acc < 0.75 {
		t.Errorf("supertags right on the training sentences: %.3f", acc)
	}
}
