package extract

import "testing"

// facedCustody alone: an act of custody a person faces is the state's,
// the clause's place's or the article's; not one whose author is named,
// nor one a state faces, nor an act of another kind.
func TestFacedCustody(t *testing.T) {
	prosecute := verbEntry{action: "prosecute", code: "173", target: []string{objTarget}}
	criticize := verbEntry{action: "criticize", code: "111", target: []string{objTarget}}
	for _, tc := range []struct {
		name, text      string
		noun            int // numbered from 0
		p               verbEntry
		focal           string
		agents, targets []string
	}{
		{"the place's state", "Ruiz/NNP will/MD face/VB trial/NN in/IN Peru/NNP", 3, prosecute, "", []string{"country:PER"}, []string{"person:ruiz"}},
		{"the article's state", "Ruiz/NNP faces/VBZ corruption/NN charges/NNS", 3, prosecute, "CHL", []string{"country:CHL"}, []string{"person:ruiz"}},
		{"past a determiner and an adjective", "Ruiz/NNP faces/VBZ a/DT criminal/JJ trial/NN", 4, prosecute, "CHL", []string{"country:CHL"}, []string{"person:ruiz"}},
		{"no state known", "Ruiz/NNP faces/VBZ trial/NN", 2, prosecute, "", nil, nil},
		{"the author named", "Ruiz/NNP faces/VBZ prosecution/NN by/IN Peru/NNP", 2, prosecute, "CHL", nil, nil},
		{"a state faces it", "Peru/NNP faces/VBZ a/DT trial/NN", 3, prosecute, "CHL", nil, nil},
		{"no verb of undergoing", "Ruiz/NNP began/VBD a/DT trial/NN", 3, prosecute, "CHL", nil, nil},
		{"an act of no custody", "Ruiz/NNP faces/VBZ criticism/NN", 2, criticize, "CHL", nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks), focal: tc.focal}
			agents, targets, ok := c.facedCustody(tc.noun, tc.noun+1, tc.p)
			if ok != (tc.agents != nil) {
				t.Errorf("ok %v, want %v", ok, tc.agents != nil)
			}
			wantParties(t, agents, targets, tc.agents, tc.targets)
		})
	}
}
