package extract

import "testing"

// companyContextAt alone: the words around a name that put a company there.
func TestCompanyContextAt(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		cand       [2]int
		want       bool
	}{
		{"its shares after it", "sent/VBD Tarvo/NNP shares/NNS down/RB", [2]int{1, 2}, true},
		{"a possessive and its profits", "Tarvo/NNP 's/POS profits/NNS rose/VBD", [2]int{0, 1}, true},
		{"a stake in it", "sold/VBD its/PRP$ stake/NN in/IN Tarvo/NNP", [2]int{4, 5}, true},
		{"a takeover of it, past the article", "a/DT takeover/NN of/IN the/DT Tarvo/NNP group/NN", [2]int{4, 5}, true},
		{"a takeover by it", "a/DT takeover/NN by/IN Tarvo/NNP", [2]int{3, 4}, true},
		{"a person's stake says nothing", "Ana/NNP Ruiz/NNP 's/POS stake/NN rose/VBD", [2]int{0, 2}, false},
		{"a place", "troops/NNS in/IN Tarvo/NNP", [2]int{2, 3}, false},
		{"the noun of a company's kind before it", "drinks/NNS firm/NN Tarvo/NNP said/VBD", [2]int{2, 3}, true},
		{"a takeover by it, past its country's possessive", "a/DT takeover/NN by/IN France/NNP 's/POS Tarvo/NNP", [2]int{5, 6}, true},
		{"a word of a name in capitals before it", "WesBanco/NNP Bank/NNP Tarvo/NNP", [2]int{2, 3}, false},
		{"an analyst at it", "said/VBD an/DT analyst/NN at/IN Tarvo/NNP ./.", [2]int{4, 5}, true},
		{"a minister at it is no firm's", "said/VBD a/DT minister/NN at/IN Tarvo/NNP ./.", [2]int{4, 5}, false},
		{"the name of a thing a stake is in", "a/DT stake/NN in/IN the/DT Tarvo/NNP field/NN", [2]int{4, 5}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bd := x.newBuilder(textDoc(tc.text))
			for i, tok := range bd.toks(0) {
				if tok.Text == "France" {
					bd.add(cand{a: i, b: i + 1, typ: Country})
				}
			}
			k := bd.add(cand{a: tc.cand[0], b: tc.cand[1], typ: Location})
			if got := bd.companyContextAt(k); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
