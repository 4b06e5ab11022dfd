package extract

import (
	"slices"
	"testing"
)

// ownGroupIn alone: a group in a state is the state's own as a subject,
// unless it is the object of a verb, whose subject owns it, or it is
// another state's.
func TestOwnGroupIn(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Security/NN forces/NNS in/IN Chile/NNP fired/VBD", true},
		{"students/NNS throughout/IN Chile/NNP protested/VBD", true},
		{"Peru/NNP has/VBZ 4,000/CD troops/NNS in/IN Chile/NNP helping/VBG", false},
		{"Peru/NNP sent/VBD its/PRP$ troops/NNS in/IN Chile/NNP", false},
		{"Peru/NNP forces/NNS in/IN Chile/NNP fired/VBD", false},
	} {
		toks := slashTagged(tc.text)
		k := slices.IndexFunc(toks, func(tok Token) bool { return tok.Tag == "IN" })
		c := &eventCtx{t: toks, acts: namedActors(toks)}
		if got := c.ownGroupIn(k); got != tc.want {
			t.Errorf("%s: ownGroupIn = %v, want %v", tc.text, got, tc.want)
		}
	}
}
