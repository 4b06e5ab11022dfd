package extract

import "testing"

// quoteSpeaker alone: a sentence that opens with a quotation has for
// subject the speaker its attribution names after it.
func TestQuoteSpeaker(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		want       string
	}{
		{"a person in apposition to a title before the verb", `"/` + "`` We/PRP want/VBP Peru/NNP to/TO leave/VB ,/, \"/'' the/DT minister/NN ,/, Ana/NNP Ruiz/NNP ,/, said/VBD ./.",
			[]actor{countryAt(3, "PER"), personAt(10, 12, "ana-ruiz")}, "person:ana-ruiz"},
		{"the speaker after the verb", "\"/`` We/PRP will/MD stay/VB ,/, \"/'' said/VBD Ana/NNP Ruiz/NNP ./.",
			[]actor{personAt(7, 9, "ana-ruiz")}, "person:ana-ruiz"},
		{"a party when no person speaks", "\"/`` We/PRP will/MD stay/VB ,/, \"/'' Chile/NNP said/VBD ./.",
			[]actor{countryAt(6, "CHL")}, "country:CHL"},
		{"the person rather than the party", "\"/`` We/PRP will/MD stay/VB ,/, \"/'' Chilean/JJ minister/NN Ana/NNP Ruiz/NNP said/VBD ./.",
			[]actor{{a: 6, b: 7, key: "country:CHL", typ: Country, demonym: true}, personAt(8, 10, "ana-ruiz")}, "person:ana-ruiz"},
		{"a party only quoted is no speaker", "\"/`` Peru/NNP will/MD stay/VB ,/, \"/'' the/DT minister/NN said/VBD ./.",
			[]actor{countryAt(1, "PER")}, ""},
		{"a clause of its own after the verb", "\"/`` We/PRP will/MD stay/VB ,/, \"/'' Ana/NNP Ruiz/NNP said/VBD ,/, adding/VBG that/IN Peru/NNP had/VBD left/VBN ./.",
			[]actor{personAt(6, 8, "ana-ruiz"), countryAt(12, "PER")}, ""},
		{"no attribution", "\"/`` We/PRP will/MD stay/VB ,/, \"/'' she/PRP repeated/VBD ./.",
			nil, ""},
		{"where the speaker spoke is no speaker", "\"/`` We/PRP will/MD stay/VB ,/, \"/'' she/PRP told/VBD reporters/NNS in/IN Lima/NNP ./.",
			[]actor{{a: 9, b: 10, key: "country:PER", typ: Country, where: true}}, ""},
		{"no quotation", "Ana/NNP Ruiz/NNP said/VBD Peru/NNP would/MD stay/VB ./.",
			[]actor{personAt(0, 2, "ana-ruiz"), countryAt(3, "PER")}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := quoteSpeaker(slashTagged(tc.text), tc.acts).key; got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// speakerNoun alone: a title or a word for a state's people makes the
// nationality before it a speaker's state; a group that acts for no state
// does not.
func TestSpeakerNoun(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"a/DT Chilean/JJ spokesman/NN", true},
		{"a/DT Chilean/JJ official/NN", true},
		{"Chilean/JJ officials/NNS", true},
		{"Chilean/JJ rebels/NNS", false},
		{"a/DT Chilean/JJ farmer/NN", false},
	} {
		toks := slashTagged(tc.text)
		c := &eventCtx{t: toks, idx: x.idx, titles: x.idx.titleHeads}
		if got := c.speakerNoun(len(toks) - 1); got != tc.want {
			t.Errorf("%s: speakerNoun = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// quotationEnds alone: a quotation mark after the punctuation that ends
// what was said closes the quotation; one that opens it does not.
func TestQuotationEnds(t *testing.T) {
	testAtToken(t, func(c *eventCtx, k int) bool { return quotationEnds(c.t, k) }, []atTokenCase{
		{"after a comma", `"/` + "``" + ` We/PRP cannot/MD pay/VB ,/, "/'' Ruiz/NNP said/VBD`, 5, true},
		{"after a full stop", `We/PRP cannot/MD pay/VB ./. "/''`, 4, true},
		{"an opening mark", `said/VBD "/` + "``" + ` we/PRP cannot/MD pay/VB`, 1, false},
		{"a mark around a word", `called/VBD it/PRP "/` + "``" + ` unfriendly/JJ "/'' ./.`, 4, false},
		{"no quotation mark", `We/PRP cannot/MD pay/VB ,/, Ruiz/NNP said/VBD`, 4, false},
	})
}
