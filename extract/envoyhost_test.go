package extract

import "testing"

// envoyHost alone: the host and the sender of an envoy that is a passive
// verb's subject.
func TestEnvoyHost(t *testing.T) {
	lima := actor{a: 5, b: 6, key: "country:PER", typ: Country, capital: true}
	chilean := actor{a: 1, b: 2, key: "country:CHL", typ: Country, demonym: true}
	for _, tc := range []struct {
		name         string
		text         string
		acts         []actor
		v            int
		host, sender string
	}{
		{"a possessive and a host after to", "Chile/NNP 's/POS ambassador/NN to/TO Peru/NNP was/VBD summoned/VBN", nil, 6, "country:PER", "country:CHL"},
		{"a nationality and a capital after in", "The/DT Chilean/JJ ambassador/NN in/IN the/DT Lima/NNP was/VBD expelled/VBN", []actor{chilean, lima}, 7, "country:PER", "country:CHL"},
		{"no sender named", "The/DT ambassador/NN to/TO Peru/NNP was/VBD summoned/VBN", nil, 5, "country:PER", ""},
		{"no envoy", "Chile/NNP 's/POS trade/NN with/IN Peru/NNP was/VBD cut/VBN", nil, 6, "", ""},
		{"a nationality is no host", "Chile/NNP 's/POS ambassador/NN to/TO Peruvian/JJ talks/NNS was/VBD summoned/VBN", []actor{countryAt(0, "CHL"), {a: 4, b: 5, key: "country:PER", typ: Country, demonym: true}}, 7, "", ""},
	} {
		toks := slashTagged(tc.text)
		acts := tc.acts
		if acts == nil {
			acts = namedActors(toks)
		}
		c := &eventCtx{t: toks, acts: acts}
		host, sender := c.envoyHost(tc.v)
		if host != tc.host || sender != tc.sender {
			t.Errorf("%s: %q %q, want %q %q", tc.name, host, sender, tc.host, tc.sender)
		}
	}
}

// ministryHost alone: the state whose ministry a passive verb sends its
// subject to.
func TestMinistryHost(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		end        int
		want       string
	}{
		{"a ministry in a capital", "was/VBD summoned/VBN to/TO the/DT foreign/JJ ministry/NN in/IN Santiago/NNP", []actor{{a: 7, b: 8, key: "country:CHL", typ: Country, capital: true}}, 2, "country:CHL"},
		{"a nationality's ministry", "was/VBD summoned/VBN to/TO the/DT Chilean/JJ foreign/JJ ministry/NN", []actor{{a: 4, b: 5, key: "country:CHL", typ: Country, demonym: true}}, 2, "country:CHL"},
		{"a state's ministry", "was/VBD summoned/VBN to/TO Chile/NNP 's/POS foreign/JJ ministry/NN", []actor{countryAt(3, "CHL")}, 2, "country:CHL"},
		{"a ministry of no state", "was/VBD summoned/VBN to/TO the/DT foreign/JJ ministry/NN", nil, 2, ""},
		{"no ministry", "was/VBD sent/VBN to/TO Chile/NNP", []actor{countryAt(3, "CHL")}, 2, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if got := c.ministryHost(tc.end); got != tc.want {
				t.Errorf("ministryHost = %q, want %q", got, tc.want)
			}
		})
	}
}
