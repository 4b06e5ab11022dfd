package extract

import "testing"

// pastPersonApposition and personBeforeApposition alone: a list of
// people goes on past the title in apposition to one of them.
func TestPersonApposition(t *testing.T) {
	titles := map[string]bool{"head": true, "lawyer": true, "minister": true, "chief": true}
	for _, tc := range []struct {
		name, text string
		comma      int // the comma after the first person
		and        int // the coordinator after the apposition, or the comma when none
	}{
		{"a title and its body", "met/VBD Ruiz/NNP ,/, the/DT head/NN of/IN Chile/NNP ,/, and/CC Vega/NNP", 2, 8},
		{"a bare title", "met/VBD Ruiz/NNP ,/, a/DT lawyer/NN ,/, and/CC Vega/NNP", 2, 6},
		{"a field before the title", "met/VBD Ruiz/NNP ,/, the/DT foreign/JJ minister/NN ,/, and/CC Vega/NNP", 2, 7},
		{"a long title phrase", "met/VBD Ruiz/NNP ,/, deputy/JJ chief/NN executive/NN of/IN Chile/NNP 's/POS state-controlled/JJ oil/NN company/NN ,/, and/CC Vega/NNP", 2, 13},
		{"no title", "met/VBD Ruiz/NNP ,/, the/DT largest/JJS producer/NN ,/, and/CC Vega/NNP", 2, 2},
		{"a verb inside", "met/VBD Ruiz/NNP ,/, the/DT head/NN said/VBD ,/, and/CC Vega/NNP", 2, 2},
		{"closed by a semicolon", "met/VBD Ruiz/NNP ,/, the/DT head/NN of/IN Chile/NNP ;/: and/CC Vega/NNP", 2, 8},
		{"a title with a name of its own is the next item", "met/VBD Vega/NNP ,/, finance/NN minister/NN Ruiz/NNP ,/, and/CC Chile/NNP", 2, 2},
		{"no coordinator after", "met/VBD Ruiz/NNP ,/, the/DT head/NN of/IN Chile/NNP ,/, in/IN Lima/NNP", 2, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks), titles: titles}
			if got := c.pastPersonApposition(tc.comma); got != tc.and {
				t.Errorf("past the apposition: %d, want %d", got, tc.and)
			}
			want := -1
			if tc.and != tc.comma {
				want = actorAt(c.acts, tc.comma-1)
			}
			if tc.and != tc.comma {
				if got := c.personBeforeApposition(tc.and); got != want {
					t.Errorf("the person before it: %d, want %d", got, want)
				}
			}
		})
	}
}
