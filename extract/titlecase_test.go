package extract

import (
	"strings"
	"testing"
)

// titleCaseTags alone: a headline in title case is tagged as its
// sentence case would be, its verbs and little words no proper nouns;
// a name's head noun stays one, and a headline in sentence case keeps
// its tags.
func TestTitleCaseTags(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		word       string
		proper     bool // the word is still tagged a proper noun
	}{
		{"a verb in title case", "Nokia Sues Apple in Germany Over Patents", "Sues", false},
		{"a phrasal verb's particle", "Unilever Turns Down Kraft Takeover Offer", "Down", false},
		{"a preposition capitalised", "China Lodges Protest With Japan Over Islands", "With", false},
		{"a name's head noun stays a name", "Iraqi Parliament Condemns Turkish Strikes", "Parliament", true},
		{"a name the lexicon knows", "Turkey Threatens Sanctions Against Netherlands", "Turkey", true},
		{"sentence case is left as tagged", "Chile sues Peru in Bolivia over Pacific Rim Holdings", "Rim", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, tok := range titleCaseTagged(x, tc.text) {
				if tok.Text == tc.word {
					if got := strings.HasPrefix(tok.Tag, "NNP"); got != tc.proper {
						t.Errorf("%s/%s: proper noun %v, want %v", tok.Text, tok.Tag, got, tc.proper)
					}
					return
				}
			}
			t.Fatalf("no %q in %q", tc.word, tc.text)
		})
	}
}

// titleCaseTags gives a headline's verb after a name its verb's tag,
// where the tagger of prose took it for a noun and the noun after it for
// the verb.
func TestTitleCaseVerbs(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct{ text, word, tag string }{
		{"Peru Signs Pacts With Chile at Lima Ceremony", "Signs", "VBZ"},
		{"Peru Signs Pacts With Chile at Lima Ceremony", "Pacts", "NNS"},
		{"Chile Expels Peruvian Envoy Over Spying Claims", "Expels", "VBZ"},
	} {
		for _, tok := range titleCaseTagged(x, tc.text) {
			if tok.Text == tc.word && tok.Tag != tc.tag {
				t.Errorf("%q: %s/%s, want %s", tc.text, tok.Text, tok.Tag, tc.tag)
			}
		}
	}
}

// titleCaseTagged is the headline text's words, tagged by the tagger of
// prose and then retagged as a title-case headline is.
func titleCaseTagged(x *Extractor, text string) []Token {
	var toks []Token
	for _, w := range strings.Fields(text) {
		toks = append(toks, Token{Text: w})
	}
	x.pos.tag(toks)
	x.titleCaseTags(toks)
	return toks
}
