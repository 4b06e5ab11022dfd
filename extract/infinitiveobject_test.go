package extract

import "testing"

// infinitiveObjectStart alone: the "to" of the infinitive whose object
// the actor is, past the words that modify the object.
func TestInfinitiveObjectStart(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       int
	}{
		{"right after the verb", "the/DT decision/NN to/TO recognise/VB Chile/NNP undermined/VBD", 2},
		{"past an article and an adjective", "efforts/NNS to/TO isolate/VB a/DT defiant/JJ Chile/NNP failed/VBD", 1},
		{"a preposition's object", "troops/NNS sent/VBN to/TO Chile/NNP attacked/VBD", -1},
		{"a finite verb's object", "Peru/NNP attacked/VBD Chile/NNP", -1},
		{"the sentence's first word", "Chile/NNP attacked/VBD", -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks)}
			a := -1
			for k, x := range c.acts {
				if x.key == "country:CHL" {
					a = k
				}
			}
			if got := c.infinitiveObjectStart(a); got != tc.want {
				t.Errorf("%d, want %d", got, tc.want)
			}
		})
	}
}
