package extract

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// addNeighbours alone: "its neighbour" is the other state of the
// sentence, else of the story's pair.
func TestAddNeighbours(t *testing.T) {
	for _, tc := range []struct {
		name  string
		sents []string
		want  []string // actors added to the last sentence
	}{
		{"the other state of the story's pair", []string{"Chile/NNP and/CC Peru/NNP clashed/VBD", "Chile/NNP accused/VBD its/PRP$ neighbour/NN"}, []string{"3 country:PER"}},
		{"past an adjective", []string{"Chile/NNP and/CC Peru/NNP clashed/VBD", "Chile/NNP accused/VBD its/PRP$ northern/JJ neighbour/NN"}, []string{"4 country:PER"}},
		{"the other state the sentence names", []string{"Chile/NNP accused/VBD Peru/NNP and/CC sanctioned/VBD its/PRP$ neighbour/NN"}, []string{"6 country:PER"}},
		{"an owner outside the pair", []string{"Chile/NNP and/CC Peru/NNP clashed/VBD", "Bolivia/NNP backed/VBD its/PRP$ neighbour/NN"}, nil},
		{"no state before", []string{"Chile/NNP and/CC Peru/NNP clashed/VBD", "He/PRP accused/VBD its/PRP$ neighbour/NN"}, nil},
		{"neighbours are several", []string{"Chile/NNP and/CC Peru/NNP clashed/VBD", "Chile/NNP warned/VBD its/PRP$ neighbours/NNS"}, nil},
		{"a person's neighbour", []string{"Chile/NNP and/CC Peru/NNP clashed/VBD", "Chile/NNP said/VBD his/PRP$ neighbour/NN"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := &Document{}
			bySent := map[int][]actor{}
			for si, s := range tc.sents {
				d := textDoc(s)
				sent := d.Sentences[0]
				doc.Sentences = append(doc.Sentences, sent)
				doc.Text = d.Text // one sentence's text at a time is enough for the references' spans of the last
				for i, tok := range sent.Tokens {
					if code := map[string]string{"Chile": "CHL", "Peru": "PER", "Bolivia": "BOL"}[tok.Text]; code != "" {
						bySent[si] = append(bySent[si], countryAt(i, code))
					}
				}
			}
			last := len(tc.sents) - 1
			before := len(bySent[last])
			addNeighbours(doc, bySent)
			var got []string
			for _, a := range bySent[last][before:] {
				got = append(got, fmt.Sprintf("%d %s", a.a, a.key))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
