package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// relativeClauseSubject alone: the noun a relative clause is on is the
// subject of the verb after the clause; the actors inside it are not.
func TestRelativeClauseSubject(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		v          int
		want       []string
		ok         bool
	}{
		{"a common noun's clause", "Rebels/NNS who/WP met/VBD Chilean/JJ officials/NNS attacked/VBD Peru/NNP", 5, nil, true},
		{"a nationality before the noun", "Bolivian/JJ troops/NNS that/WDT entered/VBD Chile/NNP last/JJ year/NN attacked/VBD Peru/NNP", 7, []string{"country:BOL"}, true},
		{"an actor's clause", "Bolivia/NNP which/WDT signed/VBD a/DT deal/NN with/IN Chile/NNP in/IN May/NNP attacked/VBD Peru/NNP", 9, []string{"country:BOL"}, true},
		{"after an auxiliary", "Rebels/NNS who/WP met/VBD Chile/NNP 's/POS envoy/NN have/VBP attacked/VBN Peru/NNP", 7, nil, true},
		{"a participle for the past", "Rebels/NNS who/WP met/VBD Chile/NNP 's/POS envoy/NN attacked/VBN Peru/NNP", 6, nil, true},
		{"the clause has its own subject", "the/DT deal/NN that/WDT Chile/NNP signed/VBD angered/VBD Peru/NNP", 5, nil, false},
		{"a clause after a speech verb", "Rebels/NNS who/WP said/VBD the/DT army/NN attacked/VBD Peru/NNP", 5, nil, false},
		{"an actor right before the verb", "Rebels/NNS who/WP fear/VBP Chile/NNP attacked/VBD Peru/NNP", 4, nil, false},
		{"in commas", "Bolivia/NNP ,/, which/WDT met/VBD Chile/NNP ,/, attacked/VBD Peru/NNP", 6, nil, false},
		{"an infinitive", "Rebels/NNS who/WP urged/VBD Chile/NNP to/TO attack/VB Peru/NNP", 5, nil, false},
		{"a participle with an agent", "Rebels/NNS who/WP met/VBD officials/NNS backed/VBN by/IN Chile/NNP", 4, nil, false},
		{"a complement clause", "Chile/NNP said/VBD that/IN troops/NNS attacked/VBD Peru/NNP", 4, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			acts := namedActors(toks)
			if toks[0].Text == "Bolivian" {
				acts = append([]actor{{a: 0, b: 1, key: "country:BOL", typ: Country, demonym: true}}, acts...)
			}
			c := &eventCtx{t: toks, acts: acts}
			got, ok := c.relativeClauseSubject(tc.v)
			if ok != tc.ok || !cmp.Equal(got, tc.want) {
				t.Errorf("got %v %v, want %v %v", got, ok, tc.want, tc.ok)
			}
		})
	}
}
