package extract

import "testing"

// personAfterPhrase alone: a title phrase that a comma and a person's
// name follow is that name's, in a list of named people.
func TestPersonAfterPhrase(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		person     [2]int
		q          int // the token after the title
		want       bool
	}{
		{"a comma and a name", "Vega/NNP ,/, Shell/NNP 's/POS director/NN ,/, Ana/NNP Ruiz/NNP ,/, signed/VBD", [2]int{6, 8}, 5, true},
		{"past a field", "Vega/NNP ,/, the/DT director/NN for/IN Africa/NNP ,/, Ana/NNP Ruiz/NNP ,/, signed/VBD", [2]int{7, 9}, 4, true},
		{"past an honorific", "Vega/NNP ,/, the/DT director/NN ,/, Mrs/NNP Ana/NNP Ruiz/NNP ,/, signed/VBD", [2]int{6, 8}, 4, true},
		{"a verb first", "Vega/NNP ,/, the/DT director/NN ,/, said/VBD Ana/NNP Ruiz/NNP", [2]int{6, 8}, 4, false},
		{"partners' names of a firm", "Vega/NNP ,/, a/DT manager/NN at/IN Bailard/NNP ,/, Biehl/NNP and/CC Kaiser/NNP ,/, said/VBD", [2]int{7, 8}, 4, false},
		{"no name after the comma", "Vega/NNP ,/, the/DT director/NN ,/, said/VBD so/RB", [2]int{-1, -1}, 4, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bd := x.newBuilder(textDoc(tc.text))
			if tc.person[0] >= 0 {
				bd.add(cand{a: tc.person[0], b: tc.person[1], typ: Person})
			}
			if got := bd.personAfterPhrase(0, tc.q); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
