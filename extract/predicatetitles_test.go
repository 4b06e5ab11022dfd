package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// scanPredicateTitles alone: a title the tree says of a person the rules
// over words gave none, with the owner the tree attaches to it.
func TestPredicateTitles(t *testing.T) {
	x := extractor(t)
	type want struct {
		title, of string // of: the owner's surface, "" for none
	}
	for _, tc := range []struct {
		name, text string
		cands      []cand // typ and span; sentence 0
		want       []want
	}{
		{"a copula", "Ana/NNP Ruiz/NNP is/VBZ the/DT defence/NN minister/NN of/IN Chile/NNP ./.",
			[]cand{{a: 0, b: 2, typ: Person}, {a: 7, b: 8, typ: Country}}, []want{{"defence minister", "Chile"}}},
		{"a name after a copula is the title's holder", "The/DT new/JJ defence/NN minister/NN of/IN Chile/NNP is/VBZ Ana/NNP Ruiz/NNP ./.",
			[]cand{{a: 7, b: 9, typ: Person}, {a: 5, b: 6, typ: Country}}, []want{{"defence minister", "Chile"}}},
		{"a relative clause with a copula and a possessor", "Jorge/NNP Vela/NNP ,/, who/WP is/VBZ Peru/NNP 's/POS foreign/JJ minister/NN ,/, arrived/VBD ./.",
			[]cand{{a: 0, b: 2, typ: Person}, {a: 5, b: 6, typ: Country}}, []want{{"foreign minister", "Peru"}}},
		{"an apposition past an age", "Maria/NNP Lopez/NNP ,/, 54/CD ,/, a/DT former/JJ trade/NN minister/NN of/IN Bolivia/NNP ,/, was/VBD present/JJ ./.",
			[]cand{{a: 0, b: 2, typ: Person}, {a: 10, b: 11, typ: Country}}, []want{{"former trade minister", "Bolivia"}}},
		{"a linking verb", "Carlos/NNP Soto/NNP became/VBD spokesman/NN for/IN Petroperu/NNP last/JJ year/NN ./.",
			[]cand{{a: 0, b: 2, typ: Person}, {a: 5, b: 6, typ: Organization}}, []want{{"spokesman", "Petroperu"}}},
		{"a state's organ by its nationality", "Ana/NNP Ruiz/NNP ,/, 44/CD ,/, a/DT spokeswoman/NN for/IN the/DT Chilean/JJ government/NN ,/, said/VBD so/RB ./.",
			[]cand{{a: 0, b: 2, typ: Person}, {a: 9, b: 10, typ: Country}}, []want{{"spokeswoman", "Chilean"}}},
		{"no owner attached: none, not the country nearby", "Ana/NNP Ruiz/NNP ,/, 44/CD ,/, a/DT spokeswoman/NN ,/, said/VBD Chile/NNP had/VBD lied/VBN ./.",
			[]cand{{a: 0, b: 2, typ: Person}, {a: 9, b: 10, typ: Country}}, []want{{"spokeswoman", ""}}},
		{"a modifier of titles alone is none", "Marco/NNP Diaz/NNP ,/, the/DT chief/NN accused/VBN in/IN the/DT case/NN ,/, fled/VBD ./.",
			[]cand{{a: 0, b: 2, typ: Person}}, nil},
		{"an infinitive describes, no office", "Ana/NNP Ruiz/NNP was/VBD the/DT first/JJ president/NN to/TO visit/VB Cuba/NNP ./.",
			[]cand{{a: 0, b: 2, typ: Person}, {a: 8, b: 9, typ: Country}}, nil},
		{"an office of one named by no name", "Ana/NNP Ruiz/NNP is/VBZ the/DT president/NN 's/POS adviser/NN ./.",
			[]cand{{a: 0, b: 2, typ: Person}}, nil},
		{"an owner named before by a noun", "The/DT Velmar/NNP Alliance/NNP met/VBD ./. John/NNP Soto/NNP ,/, the/DT alliance/NN 's/POS executive/JJ director/NN ,/, spoke/VBD ./.",
			[]cand{{a: 1, b: 3, typ: Organization}, {a: 5, b: 7, typ: Person}}, []want{{"executive director", "Velmar Alliance"}}},
		{"a title another holds", "Ana/NNP Ruiz/NNP met/VBD the/DT defence/NN minister/NN of/IN Chile/NNP ./.",
			[]cand{{a: 0, b: 2, typ: Person}, {a: 7, b: 8, typ: Country}}, nil},
		{"a title in a clause she reports", "Ana/NNP Ruiz/NNP said/VBD the/DT minister/NN was/VBD wrong/JJ ./.",
			[]cand{{a: 0, b: 2, typ: Person}}, nil},
		{"a relative clause of another verb", "Ana/NNP Ruiz/NNP ,/, who/WP met/VBD Peru/NNP 's/POS foreign/JJ minister/NN ,/, left/VBD ./.",
			[]cand{{a: 0, b: 2, typ: Person}, {a: 5, b: 6, typ: Country}}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := textDoc(tc.text)
			bd := x.newBuilder(doc)
			bd.trees = newSentenceTrees(doc)
			for k, c := range tc.cands {
				c.start, c.end = doc.Sentences[0].Tokens[c.a].Start, doc.Sentences[0].Tokens[c.b-1].End
				bd.cands = append(bd.cands, c)
				bd.bySent[0] = append(bd.bySent[0], k)
				bd.startsAt[[2]int{0, c.a}] = k
				bd.endsAt[[2]int{0, c.b - 1}] = k
			}
			bd.scanPredicateTitles()
			var got []want
			for _, r := range bd.roles {
				of := ""
				if r.of >= 0 {
					of = doc.Text[bd.cands[r.of].start:bd.cands[r.of].end]
				}
				got = append(got, want{r.title, of})
			}
			if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(want{})); diff != "" {
				t.Errorf("roles (-want +got):\n%s", diff)
			}
		})
	}
}

// titleCuedAfter alone: the tree is read only for a title after the name
// with a word between that may link the two.
func TestTitleCuedAfter(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		at         int // where the two words of the name begin
		titled     []int
		want       bool
	}{
		{"a copula", "Ana/NNP Ruiz/NNP is/VBZ the/DT minister/NN", 0, []int{4}, true},
		{"a comma", "Ana/NNP Ruiz/NNP ,/, 44/CD ,/, the/DT minister/NN", 0, []int{6}, true},
		{"no link", "Ana/NNP Ruiz/NNP met/VBD the/DT minister/NN", 0, []int{4}, false},
		{"a comma, then a clause", "Ana/NNP Ruiz/NNP ,/, Soto/NNP said/VBD the/DT minister/NN", 0, []int{6}, false},
		{"a comma, then another party", "Ana/NNP Ruiz/NNP ,/, and/CC the/DT Chilean/JJ leader/NN", 0, []int{6}, false},
		{"a linking word far from the title", "Ana/NNP Ruiz/NNP described/VBD it/PRP as/IN harsh/JJ and/CC called/VBD on/IN the/DT president/NN", 0, []int{10}, false},
		{"a title before the name", "The/DT minister/NN Ana/NNP Ruiz/NNP is/VBZ here/RB", 2, []int{1}, false},
		{"out of reach", "Ana/NNP Ruiz/NNP ,/, w/NN w/NN w/NN w/NN w/NN w/NN w/NN w/NN w/NN w/NN w/NN minister/NN", 0, []int{14}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := textDoc(tc.text)
			bd := x.newBuilder(doc)
			bd.cands = []cand{{a: tc.at, b: tc.at + 2, typ: Person}}
			if got := bd.titleCuedAfter(0, tc.titled); got != tc.want {
				t.Errorf("titleCuedAfter = %v, want %v", got, tc.want)
			}
		})
	}
}
