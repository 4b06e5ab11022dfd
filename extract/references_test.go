package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// addReferences alone: which bare nouns become actors of the state.
func TestAddReferences(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // "sentence:token key"
	}{
		{"state noun after the", "The government said so .", []string{"1 country:CHL"}},
		{"several in a sentence", "The authorities and the regime agreed .", []string{"1 country:CHL", "4 country:CHL"}},
		{"no article, no reference", "Government sources said so .", nil},
		{"of a name says whose", "The government of Peru said so .", nil},
		{"another determiner", "Our government agreed .", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := words(tc.text)
			bySent := map[int][]actor{}
			addReferences(doc, bySent, "CHL")
			var got []string
			for _, a := range bySent[0] {
				got = append(got, fmt.Sprintf("%d %s", a.a, a.key))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("actors (-want +got):\n%s", diff)
			}
		})
	}
	// No state, no references.
	doc := words("The government said so .")
	bySent := map[int][]actor{}
	addReferences(doc, bySent, "")
	if len(bySent) != 0 {
		t.Errorf("references with no state: %v", bySent)
	}
}

// words is a document of one sentence of the words of text.
func words(text string) *Document {
	var toks []Token
	for _, w := range strings.Fields(text) {
		toks = append(toks, Token{Text: w})
	}
	return &Document{Sentences: []Sentence{{Tokens: toks}}}
}

// The extractor reports the references it read, with their offsets.
func TestResultReferences(t *testing.T) {
	text := "Chile recalls envoy\n\nThe government expelled Peru's ambassador."
	r := run(t, text)
	var got []string
	for _, ref := range r.References {
		got = append(got, fmt.Sprintf("%s %q %d", ref.Key, r.Doc.Text[ref.Start:ref.End], ref.Sentence))
		if ref.Text != r.Doc.Text[ref.Start:ref.End] {
			t.Errorf("%+v: text is not the document's", ref)
		}
	}
	if diff := cmp.Diff([]string{`country:CHL "government" 1`}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
