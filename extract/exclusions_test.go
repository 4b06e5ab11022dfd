package extract

import "testing"

// noneNamed alone: a negation before an act's noun, or inside a verb's
// phrase, denies the act.
func TestNoneNamed(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		v, end     int
		nominal    bool
		want       bool
	}{
		{"no before the noun", "received/VBN no/RB support/NN from/IN Chile/NNP", 2, 3, true, true},
		{"no past adjectives", "received/VBN no/DT military/JJ support/NN from/IN Chile/NNP", 3, 4, true, true},
		{"a noun with no negation", "received/VBN military/JJ support/NN from/IN Chile/NNP", 2, 3, true, false},
		{"no inside a verb's phrase", "held/VBD no/DT talks/NNS with/IN Brazil/NNP", 0, 3, false, true},
		{"a verb's phrase with no negation", "held/VBD new/JJ talks/NNS with/IN Brazil/NNP", 0, 3, false, false},
		{"a verb with no phrase", "attacked/VBD Brazil/NNP", 0, 1, false, false},
	} {
		c := &eventCtx{t: slashTagged(tc.text)}
		if got := c.noneNamed(tc.v, tc.end, tc.nominal); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}

// ruledOut alone: an act a verb and its particle exclude.
func TestRuledOut(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		v          int
		nominal    bool
		want       bool
	}{
		{"a noun", "Peru/NNP ruled/VBD out/RP talks/NNS with/IN Chile/NNP", 3, true, true},
		{"a noun past its modifiers", "Peru/NNP ruled/VBD out/RP new/JJ peace/NN talks/NNS", 5, true, true},
		{"a gerund", "Peru/NNP has/VBZ ruled/VBN out/RP paying/VBG ransom/NN", 4, false, true},
		{"another verb's particle", "Peru/NNP carried/VBD out/RP attacks/NNS on/IN Chile/NNP", 3, true, false},
		{"a finite verb", "Peru/NNP ruled/VBD out/RP attacked/VBD", 3, false, false},
	} {
		c := &eventCtx{t: slashTagged(tc.text)}
		if got := c.ruledOut(tc.v, tc.nominal); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}

// exclusionDenied alone: the verb that rules an act out is itself
// negated or refused.
func TestExclusionDenied(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		v          int
		nominal    bool
		want       bool
	}{
		{"not", "Peru/NNP did/VBD not/RB rule/VB out/RP strikes/NNS on/IN Chile/NNP", 5, true, true},
		{"a modal and not", "Peru/NNP would/MD not/RB rule/VB out/RP a/DT strike/NN", 6, true, true},
		{"refused to", "Peru/NNP refused/VBD to/TO rule/VB out/RP talks/NNS", 5, true, true},
		{"ruled out", "Peru/NNP ruled/VBD out/RP talks/NNS with/IN Chile/NNP", 3, true, false},
		{"wanted to", "Peru/NNP wanted/VBD to/TO rule/VB out/RP talks/NNS", 5, true, false},
		{"a gerund not ruled out", "Peru/NNP has/VBZ not/RB ruled/VBN out/RP paying/VBG ransom/NN", 5, false, true},
	} {
		c := &eventCtx{t: slashTagged(tc.text)}
		if got := c.exclusionDenied(tc.v, tc.nominal); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}

// noneSubject alone: a negation opening the subject of a verb denies the
// act.
func TestNoneSubject(t *testing.T) {
	for _, tc := range []struct {
		text string
		v    int
		want bool
	}{
		{"No/DT deal/NN was/VBD signed/VBN between/IN Chile/NNP and/CC Peru/NNP", 3, true},
		{"No/DT new/JJ trade/NN deal/NN has/VBZ been/VBN signed/VBN with/IN Peru/NNP", 6, true},
		{"A/DT deal/NN was/VBD signed/VBN between/IN Chile/NNP and/CC Peru/NNP", 3, false},
		{"No/DT sooner/RBR had/VBD Chile/NNP signed/VBN", 4, false},
	} {
		toks := slashTagged(tc.text)
		c := &eventCtx{t: toks, acts: namedActors(toks)}
		if got := c.noneSubject(tc.v); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}
