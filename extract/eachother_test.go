package extract

import "testing"

// eachOther alone: "each other" or "one another" right after a verb.
func TestEachOther(t *testing.T) {
	for _, tc := range []struct {
		text string
		end  int
		want bool
	}{
		{"accused/VBD each/DT other/JJ of/IN", 1, true},
		{"blamed/VBD one/CD another/DT", 1, true},
		{"accused/VBD each/DT member/NN", 1, false},
		{"met/VBD one/CD official/NN", 1, false},
		{"met/VBD each/DT", 1, false},
	} {
		c := &eventCtx{t: slashTagged(tc.text)}
		if got := c.eachOther(tc.end); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}
