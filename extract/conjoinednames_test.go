package extract

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/extract/names"
)

// joinConjoined alone: a lone word and "and" join the body's name after
// them, and nothing else does.
func TestJoinConjoined(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		spans      []names.Span // the tagger's
		want       []string     // the names after the rule
	}{
		{"an unsure word before a body's name", "The/DT Truth/NNP and/CC Reconciliation/NNP Commission/NNP met/VBD",
			[]names.Span{{Start: 1, End: 2, Type: "ORG", Score: 0.4}, {Start: 3, End: 5, Type: "ORG", Score: 0.9}}, []string{"Truth and Reconciliation Commission"}},
		{"an ordinary word the tagger is sure of", "The/DT Peace/NNP and/CC Security/NNP Council/NNP met/VBD",
			[]names.Span{{Start: 1, End: 2, Type: "ORG", Score: 0.9}, {Start: 3, End: 5, Type: "ORG", Score: 0.9}}, []string{"Peace and Security Council"}},
		{"the sentence's article before the word", "The/DT Securities/NNPS and/CC Exchange/NNP Commission/NNP charged/VBD",
			[]names.Span{{Start: 0, End: 2, Type: "ORG", Score: 0.9}, {Start: 3, End: 5, Type: "ORG", Score: 0.9}}, []string{"Securities and Exchange Commission"}},
		{"but not an article inside the sentence", "He/PRP met/VBD the/DT Securities/NNPS and/CC Exchange/NNP Commission/NNP",
			[]names.Span{{Start: 2, End: 4, Type: "ORG", Score: 0.9}, {Start: 5, End: 7, Type: "ORG", Score: 0.9}}, []string{"the Securities", "Exchange Commission"}},
		{"a body's name that ends in an ordinary word", "The/DT African/NNP Union/NNP Peace/NNP and/CC Security/NNP Council/NNP met/VBD",
			[]names.Span{{Start: 1, End: 4, Type: "ORG", Score: 0.9}, {Start: 5, End: 7, Type: "ORG", Score: 0.9}}, []string{"African Union Peace and Security Council"}},
		{"but not one that ends in a head word", "The/DT African/NNP Union/NNP and/CC Security/NNP Council/NNP met/VBD",
			[]names.Span{{Start: 1, End: 3, Type: "ORG", Score: 0.9}, {Start: 4, End: 6, Type: "ORG", Score: 0.9}}, []string{"African Union", "Security Council"}},
		{"a head word alone is a body of its own", "The/DT House/NNP and/CC Senate/NNP voted/VBD",
			[]names.Span{{Start: 1, End: 2, Type: "ORG", Score: 0.4}, {Start: 3, End: 4, Type: "ORG", Score: 0.9}}, []string{"House", "Senate"}},
		{"a name the tagger is sure of", "The/DT Daesan/NNP and/CC Tarvo/NNP Commission/NNP met/VBD",
			[]names.Span{{Start: 1, End: 2, Type: "ORG", Score: 0.9}, {Start: 3, End: 5, Type: "ORG", Score: 0.9}}, []string{"Daesan", "Tarvo Commission"}},
		{"a word outside any name after the article", "The/DT Justice/NNP and/CC Equality/NNP Movement/NNP attacked/VBD",
			[]names.Span{{Start: 3, End: 5, Type: "ORG", Score: 0.9}}, []string{"Justice and Equality Movement"}},
		{"and after a possessive", "The/DT Union/NNP 's/POS Peace/NNP and/CC Security/NNP Council/NNP met/VBD",
			[]names.Span{{Start: 1, End: 2, Type: "ORG", Score: 0.9}, {Start: 5, End: 7, Type: "ORG", Score: 0.9}}, []string{"Union", "Peace and Security Council"}},
		{"but not after a verb", "They/PRP saw/VBD Peace/NNP and/CC Security/NNP Council/NNP members/NNS",
			[]names.Span{{Start: 4, End: 6, Type: "ORG", Score: 0.9}}, []string{"Security Council"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := textDoc(tc.text)
			bd := x.newBuilder(doc)
			var got []string
			for _, sp := range bd.joinConjoined(doc.Sentences[0].Tokens, tc.spans) {
				got = append(got, bd.span(0, sp.Start, sp.End))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("%q, want %q", got, tc.want)
			}
		})
	}
}
