package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// scanAcronymOwners alone: an acronym no candidate covers, before a title
// and its holder's name, is an organization.
func TestScanAcronymOwners(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		holder     [2]int // the person candidate the sentence already has
		want       []string
	}{
		{"before a title and a name", "TULF/NNP leader/NN Ana/NNP Ruiz/NNP said/VBD", [2]int{2, 4}, []string{"TULF"}},
		{"before a title of two words", "KDPI/NNP deputy/NN leader/NN Ana/NNP Ruiz/NNP said/VBD", [2]int{3, 5}, []string{"KDPI"}},
		{"no name after the title", "TULF/NNP leader/NN said/VBD so/RB ./.", [2]int{-1, -1}, nil},
		{"no title", "TULF/NNP members/NNS Ana/NNP Ruiz/NNP said/VBD", [2]int{2, 4}, nil},
		{"a common abbreviation", "TV/NNP presenter/NN Ana/NNP Ruiz/NNP said/VBD", [2]int{2, 4}, nil},
		{"a name the lexicon knows", "NATO/NNP chief/NN Ana/NNP Ruiz/NNP said/VBD", [2]int{2, 4}, nil},
		{"too long for an acronym", "ABCDEFG/NNP leader/NN Ana/NNP Ruiz/NNP said/VBD", [2]int{2, 4}, nil},
		{"a sentence in capitals", "TULF/NNP LEADER/NN ANA/NNP RUIZ/NNP SAID/VBD", [2]int{2, 4}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bd := x.newBuilder(textDoc(tc.text))
			if tc.holder[0] >= 0 {
				bd.add(cand{a: tc.holder[0], b: tc.holder[1], typ: Person})
			}
			before := len(bd.cands)
			bd.scanAcronymOwners(0)
			var got []string
			for _, c := range bd.cands[before:] {
				got = append(got, bd.span(0, c.a, c.b))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
