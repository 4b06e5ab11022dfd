package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// deniedPartAccusers alone: a denial of one's part in an act answers who
// blamed the denier in the two sentences before.
func TestDeniedPartAccusers(t *testing.T) {
	blame := Event{Action: "blame", Code: "112", Agents: []string{"country:IND"}, Targets: []string{"country:PAK"}}
	blameOther := Event{Action: "blame", Code: "112", Agents: []string{"country:IND"}, Targets: []string{"country:CHN"}}
	meet := Event{Action: "meet", Code: "040", Agents: []string{"country:IND"}, Targets: []string{"country:PAK"}}
	pak := []string{"country:PAK"}
	for _, tc := range []struct {
		name, text string
		agents     []string
		earlier    []eventNote
		want       []string
	}{
		{"any involvement", "Pakistan/NNP denied/VBD any/DT involvement/NN ./.", pak, []eventNote{{ev: blame, si: 0, kept: true}}, []string{"country:IND"}},
		{"responsibility for it", "Pakistan/NNP denied/VBD responsibility/NN for/IN it/PRP", pak, []eventNote{{ev: blame, si: 1, kept: true}}, []string{"country:IND"}},
		{"blame of another", "Pakistan/NNP denied/VBD any/DT involvement/NN ./.", pak, []eventNote{{ev: blameOther, si: 0, kept: true}}, nil},
		{"no blame but a meeting", "Pakistan/NNP denied/VBD any/DT involvement/NN ./.", pak, []eventNote{{ev: meet, si: 0, kept: true}}, nil},
		{"blame three sentences before", "Pakistan/NNP denied/VBD any/DT involvement/NN ./.", pak, []eventNote{{ev: blame, si: -1, kept: true}}, nil},
		{"a denial of a thing", "Pakistan/NNP denied/VBD the/DT visa/NN ./.", pak, []eventNote{{ev: blame, si: 0, kept: true}}, nil},
		{"no denial", "Pakistan/NNP admitted/VBD any/DT involvement/NN ./.", pak, []eventNote{{ev: blame, si: 0, kept: true}}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), notes: &dateNotes{events: tc.earlier}, si: 2}
			if diff := cmp.Diff(tc.want, c.deniedPartAccusers(1, 2, tc.agents)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
