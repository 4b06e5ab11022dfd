package extract

import (
	"slices"
	"testing"
)

// ownerlessDecision alone: the act after a decision noun with an article
// and no owner has no agent in the clause, unless a deciding verb takes
// the decision; an owner before it, or no decision noun, leaves the act
// to the usual subject.
func TestOwnerlessDecision(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Ruiz/NNP criticised/VBD the/DT decision/NN to/TO expel/VB Soto/NNP", true},
		{"Chile/NNP was/VBD disappointed/JJ by/IN the/DT sudden/JJ move/NN to/TO expel/VB envoys/NNS", true},
		{"Chile/NNP condemned/VBD a/DT plan/NN to/TO annex/VB land/NN", true},
		{"Chile/NNP took/VBD the/DT decision/NN to/TO expel/VB envoys/NNS", false},
		{"Chile/NNP announced/VBD a/DT plan/NN to/TO annex/VB land/NN", false},
		{"Chile/NNP condemned/VBD Bolivia/NNP 's/POS decision/NN to/TO expel/VB envoys/NNS", false},
		{"Chile/NNP wants/VBZ to/TO expel/VB envoys/NNS", false},
		{"Chile/NNP asked/VBD the/DT court/NN to/TO expel/VB envoys/NNS", false},
	} {
		toks := slashTagged(tc.text)
		c := &eventCtx{t: toks}
		v := slices.IndexFunc(toks, func(tok Token) bool { return tok.Tag == "VB" })
		if got := c.ownerlessDecision(v); got != tc.want {
			t.Errorf("%s: ownerlessDecision = %v, want %v", tc.text, got, tc.want)
		}
	}
}
