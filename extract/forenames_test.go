package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/names"
)

// joinForenames alone: a person the name tagger found goes back over an
// unknown word in capitals right before it, and over nothing else.
func TestJoinForenames(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		start      int // where the tagger's person starts
		want       string
	}{
		{"an unknown forename", "The/DT minister/NN ,/, Rezaul/NNP Karim/NNP Chowdhury/NNP ,/, said/VBD", 4, "Rezaul Karim Chowdhury"},
		{"a given name the lexicon knows", "The/DT minister/NN ,/, Florian/NNP Karim/NNP Chowdhury/NNP ,/, said/VBD", 4, "Florian Karim Chowdhury"},
		{"a title", "The/DT new/JJ Minister/NNP Karim/NNP Chowdhury/NNP said/VBD", 3, "Karim Chowdhury"},
		{"an honorific", "He/PRP met/VBD Mrs/NNP Karim/NNP Chowdhury/NNP", 3, "Karim Chowdhury"},
		{"a form of address", "He/PRP met/VBD His/PRP$ Majesty/NNP King/NNP Hassan/NNP", 5, "Hassan"},
		{"a place the lexicon knows", "He/PRP met/VBD Kenya/NNP Karim/NNP Chowdhury/NNP", 3, "Karim Chowdhury"},
		{"a date", "He/PRP met/VBD Monday/NNP Karim/NNP Chowdhury/NNP", 3, "Karim Chowdhury"},
		{"an ordinary word", "He/PRP met/VBD Police/NNP Karim/NNP Chowdhury/NNP", 3, "Karim Chowdhury"},
		{"a noun for what a person does", "He/PRP met/VBD Accountant/NNP Natalya/NNP Sypron/NNP", 3, "Natalya Sypron"},
		{"an abbreviation", "He/PRP met/VBD WPc/NNP Yvonne/NNP Fletcher/NNP", 3, "Yvonne Fletcher"},
		{"a headline's capitals", "He/PRP met/VBD REZAUL/NNP Karim/NNP Chowdhury/NNP", 3, "Karim Chowdhury"},
		{"the sentence's first word", "Broker/NNP Khurshid/NNP Alam/NNP said/VBD", 1, "Khurshid Alam"},
		{"a word in lower case", "He/PRP met/VBD rezaul/NN Karim/NNP Chowdhury/NNP", 3, "Karim Chowdhury"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := textDoc(tc.text)
			bd := x.newBuilder(doc)
			toks := doc.Sentences[0].Tokens
			end := tc.start
			for end < len(toks) && toks[end].Tag == "NNP" {
				end++
			}
			got := bd.joinForenames(toks, []names.Span{{Start: tc.start, End: end, Type: "PER"}})
			if s := bd.span(0, got[0].Start, got[0].End); s != tc.want {
				t.Errorf("%q, want %q", s, tc.want)
			}
		})
	}
}
