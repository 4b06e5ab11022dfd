package extract

import "testing"

// nounModifier and isVerb alone: a participle after a common noun is a
// verb of its own clause, one before a noun with nothing before it
// modifies that noun.
func TestNounModifier(t *testing.T) {
	for _, tc := range []struct {
		text             string
		k                int
		modifier, isVerb bool
	}{
		{"blocked/VBD a/DT resolution/NN condemning/VBG Syria/NNP", 3, true, true},
		{"troops/NNS stationed/VBN in/IN Mali/NNP", 1, true, true},
		{"the/DT ruling/VBG party/NN", 1, false, false},
		{"Chile/NNP condemning/VBG Peru/NNP", 1, false, false},
		{"Chile/NNP attacked/VBD Peru/NNP", 1, false, true},
	} {
		toks := slashTagged(tc.text)
		if got := nounModifier(toks, tc.k); got != tc.modifier {
			t.Errorf("%s: nounModifier(%d) = %v, want %v", tc.text, tc.k, got, tc.modifier)
		}
		if got := isVerb(toks, tc.k); got != tc.isVerb {
			t.Errorf("%s: isVerb(%d) = %v, want %v", tc.text, tc.k, got, tc.isVerb)
		}
	}
}

// doneBy alone: the nouns whose participle tells what their author does.
func TestDoneBy(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"declaration", true},
		{"statement", true},
		{"troops", true},
		{"attacks", true},
		{"boats", false},
		{"resolutions", true},
		{"vessels", false},
	} {
		c := &eventCtx{t: slashTagged(tc.text + "/NN")}
		if got := c.doneBy(0); got != tc.want {
			t.Errorf("doneBy(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
