package extract

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// addCounterparts alone: "his Bolivian counterpart" is the one person
// holding an office of Bolivia with the head of the possessor's office.
func TestAddCounterparts(t *testing.T) {
	offices := map[string][]string{
		"person:rogerio-falcao":    {"country:BRA|minister"},
		"person:guillermo-torrico": {"country:BOL|minister"},
		"person:hilarion-copa":     {"country:BOL|secretary"},
		"person:ana-ruiz":          {"country:PER|minister"},
		"person:tom-reed":          {"country:PER|minister"},
		"person:luis-vega":         {"country:CHL|secretary"},
		"person:eva-mora":          {"country:CHL|secretary"},
	}
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"the one holder of the possessor's office", "Falcao/NNP called/VBD his/PRP$ Bolivian/JJ counterpart/NN", []string{"0 person:rogerio-falcao", "3 country:BOL modifier", "4 person:guillermo-torrico"}},
		{"no one holds such an office there", "Falcao/NNP called/VBD his/PRP$ Chilean/JJ counterpart/NN", []string{"0 person:rogerio-falcao", "3 country:CHL"}},
		{"two hold one", "Falcao/NNP called/VBD his/PRP$ Peruvian/JJ counterpart/NN", []string{"0 person:rogerio-falcao", "3 country:PER"}},
		{"a possessor with no office", "Smith/NNP called/VBD his/PRP$ Bolivian/JJ counterpart/NN", []string{"0 person:john-smith", "3 country:BOL"}},
		{"a name in apposition says who", "Falcao/NNP called/VBD his/PRP$ Bolivian/JJ counterpart/NN ,/, Ana/NNP Ruiz/NNP", []string{"0 person:rogerio-falcao", "3 country:BOL"}},
		{"counterparts, many", "Falcao/NNP called/VBD his/PRP$ Bolivian/JJ counterparts/NNS", []string{"0 person:rogerio-falcao", "3 country:BOL"}},
		{"no possessive", "Falcao/NNP called/VBD the/DT Bolivian/JJ counterpart/NN", []string{"0 person:rogerio-falcao", "3 country:BOL"}},
		{"no nationality: the one holder in another state", "Vega/NNP called/VBD his/PRP$ counterpart/NN", []string{"0 person:luis-vega", "3 person:hilarion-copa"}},
		{"no nationality, holders in two other states: no one", "Falcao/NNP called/VBD his/PRP$ counterpart/NN", []string{"0 person:rogerio-falcao"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := textDoc(tc.text)
			bySent := map[int][]actor{}
			for i, tok := range doc.Sentences[0].Tokens {
				switch tok.Text {
				case "Falcao":
					bySent[0] = append(bySent[0], actor{a: i, b: i + 1, key: "person:rogerio-falcao", typ: Person})
				case "Vega":
					bySent[0] = append(bySent[0], actor{a: i, b: i + 1, key: "person:luis-vega", typ: Person})
				case "Smith":
					bySent[0] = append(bySent[0], actor{a: i, b: i + 1, key: "person:john-smith", typ: Person})
				case "Bolivian", "Chilean", "Peruvian":
					code := map[string]string{"Bolivian": "BOL", "Chilean": "CHL", "Peruvian": "PER"}[tok.Text]
					bySent[0] = append(bySent[0], actor{a: i, b: i + 1, key: "country:" + code, typ: Country, demonym: true})
				}
			}
			addCounterparts(doc, bySent, offices)
			var got []string
			for _, a := range bySent[0] {
				s := fmt.Sprintf("%d %s", a.a, a.key)
				if a.modifier {
					s += " modifier"
				}
				got = append(got, s)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
