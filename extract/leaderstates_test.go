package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// leaderStates alone: a person who owns a government stands for the state
// of their office.
func TestLeaderStates(t *testing.T) {
	rabbani := func(at int) actor { return personAt(at, at+1, "rabbani") }
	for _, tc := range []struct {
		name, text string
		act        actor
		offices    map[string][]string
		want       actor
	}{
		{"a president's government", "Taliban/NNP fought/VBD Rabbani/NNP 's/POS government/NN", rabbani(2),
			map[string][]string{"person:rabbani": {"country:AFG|president"}},
			actor{a: 2, b: 3, key: "country:AFG", typ: Country, leader: true}},
		{"a regime", "Rabbani/NNP 's/POS regime/NN fell/VBD", rabbani(0),
			map[string][]string{"person:rabbani": {"country:AFG|president"}},
			actor{a: 0, b: 1, key: "country:AFG", typ: Country, leader: true}},
		{"the government of a titled leader", "Egypt/NNP accused/VBD the/DT government/NN of/IN the/DT Afghan/JJ President/NNP Rabbani/NNP", rabbani(7),
			map[string][]string{"person:rabbani": {"country:AFG|president"}},
			actor{a: 7, b: 8, key: "country:AFG", typ: Country, leader: true}},
		{"of after no government", "Egypt/NNP accused/VBD the/DT son/NN of/IN President/NNP Rabbani/NNP", rabbani(6),
			map[string][]string{"person:rabbani": {"country:AFG|president"}}, rabbani(6)},
		{"no office", "Taliban/NNP fought/VBD Rabbani/NNP 's/POS government/NN", rabbani(2), nil, rabbani(2)},
		{"an office of a body", "Taliban/NNP fought/VBD Rabbani/NNP 's/POS government/NN", rabbani(2),
			map[string][]string{"person:rabbani": {"organization:un|envoy"}}, rabbani(2)},
		{"not a government", "Taliban/NNP fought/VBD Rabbani/NNP 's/POS men/NNS", rabbani(2),
			map[string][]string{"person:rabbani": {"country:AFG|president"}}, rabbani(2)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := &Document{Sentences: []Sentence{{Tokens: slashTagged(tc.text)}}}
			bySent := map[int][]actor{0: {tc.act}}
			leaderStates(doc, bySent, tc.offices)
			if diff := cmp.Diff(tc.want, bySent[0][0], cmp.AllowUnexported(actor{})); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
