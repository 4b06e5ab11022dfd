package extract

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// sharedAddressee alone: an act said to someone, by a verb coordinated
// right after a verb whose act was done, goes to that act's targets; not
// after a negated act, nor for an act said to no one in particular, nor
// with a subject or an auxiliary of its own.
func TestSharedAddressee(t *testing.T) {
	x := extractor(t)
	summon := Event{Action: "summon", Agents: []string{"country:CHL"}, Targets: []string{"country:PER"}, Modality: Asserted}
	denied := summon
	denied.Negated = true
	for _, tc := range []struct {
		name, text, lemma string
		acts              []actor
		first             Event
		want              []string // the event's agents and targets
	}{
		{"a protest after a summons", "Chile/NNP summoned/VBD Peru/NNP 's/POS envoy/NN and/CC lodged/VBD a/DT protest/NN over/IN it/PRP", "lodge",
			[]actor{countryAt(0, "CHL"), countryAt(2, "PER")}, summon, []string{"country:CHL", "country:PER"}},
		{"after an act not done", "Chile/NNP summoned/VBD Peru/NNP 's/POS envoy/NN and/CC lodged/VBD a/DT protest/NN over/IN it/PRP", "lodge",
			[]actor{countryAt(0, "CHL"), countryAt(2, "PER")}, denied, nil},
		{"an auxiliary of its own", "Chile/NNP summoned/VBD Peru/NNP 's/POS envoy/NN and/CC will/MD lodge/VB a/DT protest/NN over/IN it/PRP", "lodge",
			[]actor{countryAt(0, "CHL"), countryAt(2, "PER")}, summon, nil},
		{"said to no one", "Chile/NNP summoned/VBD Peru/NNP 's/POS envoy/NN and/CC vowed/VBD to/TO respond/VB", "vow",
			[]actor{countryAt(0, "CHL"), countryAt(2, "PER")}, summon, nil},
		{"no coordinator", "Chile/NNP summoned/VBD Peru/NNP 's/POS envoy/NN ;/: Bolivia/NNP lodged/VBD a/DT protest/NN", "lodge",
			[]actor{countryAt(0, "CHL"), countryAt(2, "PER"), countryAt(6, "BOL")}, summon, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := textDoc(tc.text)
			toks := doc.Sentences[0].Tokens
			c := &eventCtx{t: toks, acts: tc.acts, idx: x.idx}
			v := slices.IndexFunc(toks, func(tok Token) bool { return x.idx.verbLemma(tok.Text) == tc.lemma && tok.Tag != "TO" })
			pats := x.idx.verbs[tc.lemma]
			var got []string
			for _, p := range pats {
				end, ok := matchRest(toks, v+1, p.rest)
				if !ok {
					continue
				}
				for _, ev := range x.sharedAddressee(doc, 0, c, v, end, p, map[int][]Event{1: {tc.first}}) {
					got = append(append(got, ev.Agents...), ev.Targets...)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// envoysStates alone: a diplomat holding a post of a country stands for
// the country; anyone else for themselves.
func TestEnvoysStates(t *testing.T) {
	c := &eventCtx{offices: map[string][]string{
		"person:ana-ruiz":  {"country:PER|ambassador"},
		"person:juan-soto": {"country:PER|minister"},
	}}
	got := c.envoysStates([]string{"person:ana-ruiz", "person:juan-soto", "country:BOL"})
	if diff := cmp.Diff([]string{"country:PER", "person:juan-soto", "country:BOL"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
