package extract

import "testing"

// phoneCall alone: the object of "call" is a telephone call's party when
// people and nothing but a time, a purpose or a topic follow it.
func TestPhoneCall(t *testing.T) {
	ruiz := []string{"person:ruiz"}
	for _, tc := range []struct {
		name, text string
		end        int
		targets    []string
		want       bool
	}{
		{"a person and the end", "Soto/NNP called/VBD Ruiz/NNP ./.", 2, ruiz, true},
		{"a person and a day", "Soto/NNP called/VBD Ruiz/NNP on/IN Sunday/NNP", 2, ruiz, true},
		{"an honorific before", "Soto/NNP called/VBD Mr/NNP Ruiz/NNP yesterday/NN", 2, ruiz, true},
		{"a purpose", "Soto/NNP called/VBD Ruiz/NNP to/TO congratulate/VB him/PRP", 2, ruiz, true},
		{"named something", "Soto/NNP called/VBD Ruiz/NNP a/DT liar/NN", 2, ruiz, false},
		{"a possessive", "Soto/NNP called/VBD Ruiz/NNP 's/POS plan/NN a/DT mistake/NN", 2, ruiz, false},
		{"as something", "Soto/NNP called/VBD Ruiz/NNP as/IN a/DT witness/NN", 2, ruiz, false},
		{"a state is no caller's party", "Soto/NNP called/VBD Chile/NNP ./.", 2, []string{"country:CHL"}, false},
		{"no party named", "Soto/NNP called/VBD elections/NNS ./.", 2, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks)}
			if got := c.phoneCall(tc.end, tc.targets); got != tc.want {
				t.Errorf("phoneCall(%d) = %v, want %v", tc.end, got, tc.want)
			}
		})
	}
}
