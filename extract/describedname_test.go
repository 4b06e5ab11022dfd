package extract

import "testing"

// describesName alone: a country's name before common nouns that describe
// a name after them says where the named one is from.
func TestDescribesName(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		named      int // where the name starts, -1 for none
		typ        EntityType
		want       bool
	}{
		{"a company's kind", "sued/VBD US/NNP chipmaker/NN Intel/NNP", 3, Organization, true},
		{"an adjective and nouns", "fined/VBD US/NNP tech/NN giant/NN Google/NNP", 4, Organization, true},
		{"a rank before a company is its kind", "with/IN US/NNP oil/NN major/JJ Chevron/NNP", 4, Organization, true},
		{"a title before a person", "expelled/VBD the/DT US/NNP ambassador/NN John/NNP Smith/NNP", 4, Person, false},
		{"a kind before a person", "met/VBD US/NNP banker/NN John/NNP Smith/NNP", 3, Person, true},
		{"no name after", "attacked/VBD US/NNP officials/NNS ./.", -1, "", false},
		{"nothing between", "sued/VBD US/NNP Intel/NNP", 2, Organization, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			k := 0
			for toks[k].Text != "US" {
				k++
			}
			named := func(j int) EntityType {
				if j == tc.named {
					return tc.typ
				}
				return ""
			}
			if got := x.describesName(toks, k+1, named); got != tc.want {
				t.Errorf("describesName = %v, want %v", got, tc.want)
			}
		})
	}
}
