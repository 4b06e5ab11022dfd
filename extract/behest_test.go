package extract

import "testing"

// behestOf alone: the author of an invitation, request or order a
// clause's act was done at acts on the clause's subject; not without
// "the", nor an act of another kind, nor with no author named.
func TestBehestOf(t *testing.T) {
	invite := verbEntry{action: "invite", code: "036", target: []string{objTarget}}
	attack := verbEntry{action: "attack", code: "190", target: []string{objTarget}}
	for _, tc := range []struct {
		name, text      string
		noun            int // numbered from 0
		p               verbEntry
		agents, targets []string
	}{
		{"at the invitation of", "Ruiz/NNP visited/VBD Chile/NNP at/IN the/DT invitation/NN of/IN Peru/NNP", 5, invite, []string{"country:PER"}, []string{"person:ruiz"}},
		{"past an adjective", "Ruiz/NNP visited/VBD Chile/NNP on/IN the/DT personal/JJ invitation/NN of/IN Peru/NNP", 6, invite, []string{"country:PER"}, []string{"person:ruiz"}},
		{"no article", "Ruiz/NNP visited/VBD Chile/NNP on/IN invitation/NN of/IN Peru/NNP", 4, invite, nil, nil},
		{"another preposition", "Ruiz/NNP spoke/VBD of/IN the/DT invitation/NN of/IN Peru/NNP", 4, invite, nil, nil},
		{"an act of force", "Ruiz/NNP fled/VBD at/IN the/DT attack/NN of/IN Peru/NNP", 4, attack, nil, nil},
		{"no author", "Ruiz/NNP visited/VBD Chile/NNP at/IN the/DT invitation/NN of/IN friends/NNS", 5, invite, nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks)}
			agents, targets := c.behestOf(tc.noun, tc.noun+1, tc.p)
			wantParties(t, agents, targets, tc.agents, tc.targets)
		})
	}
}
