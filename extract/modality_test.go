package extract

import (
	"slices"
	"testing"
)

// neitherBefore alone: "neither" before a verb's subjects, in its clause.
func TestNeitherBefore(t *testing.T) {
	for _, tc := range []struct {
		text string
		v    int
		want bool
	}{
		{"Neither/DT Chile/NNP nor/CC Peru/NNP attacked/VBD", 4, true},
		{"Chile/NNP and/CC Peru/NNP attacked/VBD", 3, false},
		{"Neither/DT side/NN spoke/VBD ;/: Chile/NNP attacked/VBD", 5, false},
	} {
		c := &eventCtx{t: slashTagged(tc.text)}
		if got := c.neitherBefore(tc.v); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// desired alone, for acts named by nouns: what one calls or hopes for has
// not happened.
func TestDesiredNoun(t *testing.T) {
	for _, tc := range []struct {
		text string
		v    int
		want bool
	}{
		{"Chile/NNP called/VBD for/IN greater/JJR trade/NN with/IN Peru/NNP", 4, true},
		{"Chile/NNP pressed/VBD for/IN talks/NNS with/IN Peru/NNP", 3, true},
		{"Chile/NNP arrived/VBD for/IN talks/NNS with/IN Peru/NNP", 3, false},
		{"Chile/NNP held/VBD talks/NNS with/IN Peru/NNP", 2, false},
	} {
		c := &eventCtx{t: slashTagged(tc.text)}
		if got := c.desired(tc.v); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// passiveAfter alone: a passive right after a modal.
func TestPassiveAfter(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"should/MD be/VB wiped/VBN off/RP", true},
		{"must/MD now/RB be/VB punished/VBN", true},
		{"should/MD back/VB Ukraine/NNP", false},
		{"must/MD be/VB ready/JJ", false},
	} {
		c := &eventCtx{t: slashTagged(tc.text)}
		if got := c.passiveAfter(0); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// desired alone, for a bare verb joined to an infinitive: it is wanted as
// the infinitive is.
func TestDesiredJoined(t *testing.T) {
	for _, tc := range []struct {
		text string
		v    int
		want bool
	}{
		{"Chile/NNP wants/VBZ to/TO tighten/VB sanctions/NNS and/CC impose/VB a/DT blockade/NN", 6, true},
		{"Chile/NNP wants/VBZ to/TO tighten/VB sanctions/NNS", 3, true},
		{"Chile/NNP tightened/VBD sanctions/NNS and/CC imposed/VBD a/DT blockade/NN", 4, false},
		{"Chile/NNP urged/VBD Peru/NNP to/TO free/VB prisoners/NNS and/CC to/TO ease/VB curbs/NNS", 8, true},
		{"Chile/NNP decided/VBD to/TO free/VB prisoners/NNS and/CC to/TO ease/VB curbs/NNS", 7, false},
		{"Chile/NNP has/VBZ been/VBN urged/VBN to/TO free/VB prisoners/NNS", 5, true},
		{"Chile/NNP asked/VBD to/TO join/VB the/DT talks/NNS", 3, false},
		{"Chile/NNP wants/VBZ to/TO talk/VB ;/: Peru/NNP and/CC Bolivia/NNP impose/VB a/DT blockade/NN", 9, false},
	} {
		c := &eventCtx{t: slashTagged(tc.text)}
		if got := c.desired(tc.v); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// desired alone, for a bare verb after the object of a verb of
// causerVerbs: wanted as that verb is.
func TestDesiredCaused(t *testing.T) {
	for _, tc := range []struct {
		text string
		v    int
		want bool
	}{
		{"Chile/NNP urged/VBD Peru/NNP to/TO help/VB the/DT country/NN fight/VBD rebels/NNS", 7, true},
		{"Chile/NNP wants/VBZ to/TO let/VB them/PRP go/VB", 5, true},
		{"Chile/NNP helped/VBD the/DT country/NN fight/VB rebels/NNS", 4, false},
		{"Chile/NNP vowed/VBD to/TO retain/VB the/DT hills/NNS Peru/NNP captured/VBD", 7, false},
	} {
		c := &eventCtx{t: slashTagged(tc.text)}
		if got := c.desired(tc.v); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// intention alone: what a subject says it would do, or warns it could do.
func TestIntention(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		v          int
		want       bool
	}{
		{"said it would", "Chile/NNP said/VBD it/PRP would/MD strike/VB Peru/NNP", 4, true},
		{"warned it could", "Chile/NNP warned/VBD that/IN it/PRP could/MD strike/VB Peru/NNP", 5, true},
		{"said it could", "Chile/NNP said/VBD that/IN it/PRP could/MD strike/VB Peru/NNP", 5, false},
		{"could, with no warning", "Chile/NNP could/MD strike/VB Peru/NNP", 2, false},
		{"a warning in another clause", "Chile/NNP warned/VBD Peru/NNP ,/, and/CC Bolivia/NNP could/MD strike/VB", 7, false},
		{"willing to", "Chile/NNP is/VBZ willing/JJ to/TO meet/VB Peru/NNP", 4, true},
		{"wants to", "Chile/NNP wants/VBZ to/TO sign/VB a/DT deal/NN with/IN Peru/NNP", 3, true},
		{"plans to", "Chile/NNP plans/VBZ to/TO expel/VB Peruvian/JJ diplomats/NNS", 3, true},
		{"a noun's plans to", "Chile/NNP cancelled/VBD plans/NNS to/TO sell/VB arms/NNS to/TO Peru/NNP", 4, false},
		{"tried to: an attempt, no intention stated", "Chile/NNP tried/VBD to/TO sign/VB a/DT deal/NN with/IN Peru/NNP", 3, false},
		{"said it would continue to", "Chile/NNP said/VBD it/PRP would/MD continue/VB to/TO fight/VB Peru/NNP", 6, true},
		{"said it would keep", "Chile/NNP said/VBD it/PRP would/MD keep/VB fighting/VBG Peru/NNP", 5, true},
		{"continued to, with nothing stated", "Chile/NNP continued/VBD to/TO fight/VB Peru/NNP", 3, false},
		{"an aspect verb under an attempt", "Chile/NNP tried/VBD to/TO start/VB to/TO fight/VB Peru/NNP", 5, false},
		{"a gerund after no aspect verb", "Chile/NNP said/VBD it/PRP would/MD avoid/VB fighting/VBG Peru/NNP", 5, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), idx: x.idx}
			if got := c.intention(tc.v); got != tc.want {
				t.Errorf("intention(%d) = %v, want %v", tc.v, got, tc.want)
			}
		})
	}
}

// desired alone: an infinitive after parties joined by "and" that a verb
// asks is asked of them.
func TestDesiredOfJoinedParties(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		v          int
		want       bool
	}{
		{"asked of two parties", "EU/NNP called/VBD on/IN Chile/NNP and/CC Peru/NNP to/TO resolve/VB the/DT dispute/NN", []actor{countryAt(3, "CHL"), countryAt(5, "PER")}, 7, true},
		{"asked of one", "EU/NNP called/VBD on/IN Chile/NNP to/TO resolve/VB the/DT dispute/NN", []actor{countryAt(3, "CHL")}, 5, true},
		{"no party before and", "EU/NNP met/VBD and/CC Peru/NNP went/VBD to/TO resolve/VB it/PRP", []actor{countryAt(3, "PER")}, 6, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if got := c.desired(tc.v); got != tc.want {
				t.Errorf("desired(%d) = %v, want %v", tc.v, got, tc.want)
			}
		})
	}
}

// sameKeys alone.
func TestSameKeys(t *testing.T) {
	for _, tc := range []struct {
		a, b []string
		want bool
	}{
		{[]string{"x", "y"}, []string{"y", "x"}, true},
		{[]string{"x"}, []string{"x", "y"}, false},
		{[]string{"x", "z"}, []string{"x", "y"}, false},
		{nil, nil, true},
	} {
		if got := sameKeys(tc.a, tc.b); got != tc.want {
			t.Errorf("sameKeys(%v, %v) = %v", tc.a, tc.b, got)
		}
	}
}

// wantedDone alone: a participle after the object of a word of wanting is
// what is wanted done.
func TestWantedDone(t *testing.T) {
	for _, tc := range []struct {
		text string
		v    int
		want bool
	}{
		{"Nationalists/NNS want/VBP Ruiz/NNP ousted/VBN", 3, true},
		{"Chile/NNP wanted/VBD the/DT prisoners/NNS freed/VBN", 4, true},
		{"Chile/NNP wants/VBZ him/PRP jailed/VBD", 3, true},
		{"Chile/NNP said/VBD Ruiz/NNP ousted/VBD Lee/NNP", 3, false},
		{"Ruiz/NNP was/VBD ousted/VBN", 2, false},
	} {
		toks := slashTagged(tc.text)
		c := &eventCtx{t: toks, acts: namedActors(toks)}
		if got := c.wantedDone(tc.v); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// promisedAct alone: a verb of promising before an infinitive the lexicon
// knows states the intention of that act.
func TestPromisedAct(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		want       string // the code, "" for none
		act        string // the action promised
	}{
		{"a threat of force", "Chile/NNP vowed/VBD to/TO attack/VB Peru/NNP", "138", "attack"},
		{"an intention to aid", "Chile/NNP pledged/VBD to/TO help/VB Peru/NNP", "033", "help"},
		{"an intention to cooperate", "Chile/NNP promised/VBD to/TO cooperate/VB with/IN Peru/NNP", "031", "cooperate"},
		{"no infinitive", "Chile/NNP pledged/VBD aid/NN to/TO Peru/NNP", "", ""},
		{"a verb the lexicon does not know", "Chile/NNP vowed/VBD to/TO persevere/VB", "", ""},
		{"no verb of promising", "Chile/NNP wanted/VBD to/TO attack/VB Peru/NNP", "", ""},
		{"an offer of an act", "Chile/NNP offered/VBD to/TO help/VB Peru/NNP", "033", "help"},
		{"an agreement to an act of force is no threat", "Chile/NNP agreed/VBD to/TO deploy/VB troops/NNS", "", ""},
		{"an agreement to impose sanctions is the sanctions", "Chile/NNP agreed/VBD to/TO impose/VB sanctions/NNS on/IN Peru/NNP", "163", "sanction"},
		{"an offer to impose sanctions is none", "Chile/NNP offered/VBD to/TO impose/VB sanctions/NNS on/IN Peru/NNP", "", ""},
		{"a threat of sanctions", "Chile/NNP threatened/VBD to/TO impose/VB tariffs/NNS on/IN Peru/NNP", "131", "tariff"},
		{"a threat of an act of no hostility", "Chile/NNP threatened/VBD to/TO visit/VB Peru/NNP", "130", "visit"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), idx: x.idx}
			p, act, ok := c.promisedAct(1, 2)
			if got := map[bool]string{true: p.code}[ok]; got != tc.want {
				t.Errorf("promisedAct = %q, want %q", got, tc.want)
			}
			if act.action != tc.act {
				t.Errorf("act %q, want %q", act.action, tc.act)
			}
		})
	}
}

// prevented alone: a gerund after a verb of preventing and "from" does not
// happen.
func TestPrevented(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Chile/NNP barred/VBD Ruiz/NNP from/IN visiting/VBG Peru/NNP", true},
		{"Chile/NNP prevented/VBD the/DT army/NN from/IN attacking/VBG Peru/NNP", true},
		{"an/DT order/NN restraining/VBG the/DT board/NN from/IN selling/VBG Petroperu/NNP", true},
		{"Chile/NNP discouraged/VBD Ruiz/NNP from/IN visiting/VBG Peru/NNP", true},
		{"Chile/NNP benefited/VBD from/IN visiting/VBG Peru/NNP", false},
		{"Chile/NNP barred/VBD Ruiz/NNP ,/, and/CC from/IN visiting/VBG Peru/NNP", false},
		{"Chile/NNP barred/VBD Ruiz/NNP after/IN visiting/VBG Peru/NNP", false},
	} {
		toks := slashTagged(tc.text)
		v := len(toks) - 2
		c := &eventCtx{t: toks}
		if got := c.prevented(v); got != tc.want {
			t.Errorf("%s: prevented = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// modalAt alone: a modal verb, in any case, but not a name spelt as one.
func TestModalAt(t *testing.T) {
	for _, tc := range []struct {
		text string
		k    int
		want bool
	}{
		{"Chile/NNP may/MD attack/VB", 1, true},
		{"Chile/NNP could/MD attack/VB", 1, true},
		{"May/MD Chile/NNP attack/VB", 0, true},
		{"In/IN May/NNP Chile/NNP accused/VBD", 1, false},
		{"Chile/NNP accused/VBD", 1, false},
	} {
		if got := modalAt(slashTagged(tc.text), tc.k); got != tc.want {
			t.Errorf("%s at %d: %v, want %v", tc.text, tc.k, got, tc.want)
		}
	}
}

// optionClause alone: what a noun of possibility says may happen.
func TestOptionClause(t *testing.T) {
	for _, tc := range []struct {
		text string
		v    int
		want bool
	}{
		{"The/DT option/NN is/VBZ Peru/NNP attacking/VBG Chile/NNP", 4, true},
		{"The/DT worst/JJS scenario/NN would/MD be/VB Peru/NNP attacking/VBG Chile/NNP", 6, true},
		{"The/DT option/NN is/VBZ that/IN Peru/NNP will/MD attack/VB Chile/NNP", 6, true},
		{"The/DT option/NN is/VBZ that/IN Peru/NNP will/MD send/VB its/PRP$ troops/NNS on/IN several/JJ fronts/NNS to/TO attack/VB Chile/NNP", 12, true},
		{"The/DT army/NN is/VBZ Peru/NNP attacking/VBG Chile/NNP", 4, false},
		{"Peru/NNP is/VBZ attacking/VBG Chile/NNP", 2, false},
		{"The/DT option/NN was/VBD rejected/VBN and/CC Peru/NNP attacked/VBD Chile/NNP", 6, false},
	} {
		c := &eventCtx{t: slashTagged(tc.text)}
		if got := c.optionClause(tc.v); got != tc.want {
			t.Errorf("%s (%d): %v, want %v", tc.text, tc.v, got, tc.want)
		}
	}
}

// stoppedShort alone: an act that one stopped or fell short of.
func TestStoppedShort(t *testing.T) {
	for _, tc := range []struct {
		text string
		v    int
		want bool
	}{
		{"Peru/NNP stopped/VBD short/JJ of/IN accusing/VBG Chile/NNP", 4, true},
		{"Peru/NNP fell/VBD short/JJ of/IN recognising/VBG Chile/NNP", 4, true},
		{"Peru/NNP stopped/VBD accusing/VBG Chile/NNP", 2, false},
		{"Peru/NNP was/VBD short/JJ of/IN accusing/VBG Chile/NNP", 4, false},
	} {
		if got := stoppedShort(slashTagged(tc.text), tc.v); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// desired alone: a gerund a verb of wanting or proposing takes as its
// object is not done.
func TestDesiredGerund(t *testing.T) {
	for _, tc := range []struct {
		text string
		v    int
		want bool
	}{
		{"Chile/NNP recommended/VBD opening/VBG talks/NNS with/IN Peru/NNP", 2, true},
		{"Chile/NNP proposed/VBD holding/VBG talks/NNS with/IN Peru/NNP", 2, true},
		{"Chile/NNP began/VBD holding/VBG talks/NNS with/IN Peru/NNP", 2, false},
		{"the/DT proposal/NN opening/VBG talks/NNS with/IN Peru/NNP", 2, false},
	} {
		c := &eventCtx{t: slashTagged(tc.text)}
		if got := c.desired(tc.v); got != tc.want {
			t.Errorf("%s: desired(%d) = %v, want %v", tc.text, tc.v, got, tc.want)
		}
	}
}

// obliged alone: what the subject has to do is no fact; what it had to do
// is one, unless said or told.
func TestObliged(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Chile/NNP has/VBZ to/TO recognise/VB Peru/NNP", true},
		{"Chile/NNP needs/VBZ to/TO pay/VB Peru/NNP", true},
		{"EU/NNP told/VBD Chile/NNP it/PRP had/VBD to/TO sign/VB Peru/NNP", true},
		{"Chile/NNP had/VBD to/TO pay/VB Peru/NNP", false},
		{"Chile/NNP wants/VBZ to/TO pay/VB Peru/NNP", false},
	} {
		toks := slashTagged(tc.text)
		v := len(toks) - 2
		c := &eventCtx{t: toks}
		if got := c.obliged(v); got != tc.want {
			t.Errorf("%s: obliged = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// desired alone, for a gerund after an adjective of hope or fear and its
// preposition, or after a noun and a preposition of what it is about:
// expected or talked of, not done.
func TestDesiredHoped(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Chile/NNP is/VBZ confident/JJ of/IN winning/VBG orders/NNS", true},
		{"Chile/NNP is/VBZ optimistic/JJ about/IN signing/VBG a/DT treaty/NN", true},
		{"Chile/NNP is/VBZ capable/JJ of/IN winning/VBG orders/NNS", false},
		{"Chile/NNP is/VBZ confident/JJ after/IN winning/VBG orders/NNS", false},
		{"Chile/NNP began/VBD talks/NNS about/IN acquiring/VBG shares/NNS", true},
		{"Chile/NNP discussed/VBD co-operation/NN on/IN fighting/VBG terrorism/NN", true},
		{"Chile/NNP imposed/VBD sanctions/NNS over/IN invading/VBG Peru/NNP", false},
		{"Chile/NNP insisted/VBD on/IN meeting/VBG Peru/NNP", false},
	} {
		toks := slashTagged(tc.text)
		v := slices.IndexFunc(toks, func(tok Token) bool { return tok.Tag == "VBG" })
		c := &eventCtx{t: toks}
		if got := c.desired(v); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// unrealNoun alone: an adjective in the phrase of a noun of an act that
// says it has not happened.
func TestUnrealNoun(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"warned/VBD of/IN a/DT possible/JJ attack/NN", true},
		{"the/DT proposed/VBN acquisition/NN", true},
		{"a/DT planned/VBN missile/NN attack/NN", true},
		{"the/DT deadly/JJ attack/NN", false},
		{"possible/JJ ,/, the/DT attack/NN", false},
	} {
		toks := slashTagged(tc.text)
		c := &eventCtx{t: toks}
		if got := c.unrealNoun(len(toks) - 1); got != tc.want {
			t.Errorf("%s: unrealNoun = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// prerequisiteOf alone: an act that a prerequisite is for has not
// happened.
func TestPrerequisiteOf(t *testing.T) {
	testAtToken(t, (*eventCtx).prerequisiteOf, []atTokenCase{
		{"a condition for an act", "a/DT condition/NN for/IN talks/NNS", 3, true},
		{"past a gerund", "a/DT condition/NN for/IN starting/VBG talks/NNS", 4, true},
		{"past adjectives", "a/DT precondition/NN for/IN new/JJ peace/NN talks/NNS", 5, true},
		{"another noun for an act", "a/DT venue/NN for/IN talks/NNS", 3, false},
		{"no for", "a/DT condition/NN of/IN talks/NNS", 3, false},
	})
}

// weighedAct alone: a gerund or an infinitive a verb of weighing
// governs is not done.
func TestWeighedAct(t *testing.T) {
	for _, tc := range []struct {
		text string
		v    int
		want bool
	}{
		{"Chile/NNP is/VBZ considering/VBG imposing/VBG sanctions/NNS on/IN Peru/NNP", 3, true},
		{"Chile/NNP is/VBZ seriously/RB weighing/VBG suing/VBG Peru/NNP", 4, true},
		{"Chile/NNP debated/VBD about/IN expelling/VBG Peru/NNP 's/POS envoy/NN", 3, true},
		{"Chile/NNP began/VBD imposing/VBG sanctions/NNS on/IN Peru/NNP", 2, false},
		{"Chile/NNP is/VBZ imposing/VBG sanctions/NNS on/IN Peru/NNP", 2, false},
		{"Chile/NNP considered/VBD Peru/NNP ,/, imposing/VBG sanctions/NNS", 4, false},
		{"Chile/NNP is/VBZ considering/VBG to/TO buy/VB aircraft/NNS from/IN Peru/NNP", 4, true},
		{"Chile/NNP agreed/VBD to/TO buy/VB aircraft/NNS from/IN Peru/NNP", 3, false},
	} {
		c := &eventCtx{t: slashTagged(tc.text)}
		if got := c.weighedAct(tc.v); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// necessaryFor alone: an infinitive an adjective of necessity asks of
// its subject after "for" is not done.
func TestNecessaryFor(t *testing.T) {
	for _, tc := range []struct {
		text string
		v    int
		want bool
	}{
		{"it/PRP is/VBZ essential/JJ for/IN Chile/NNP to/TO sign/VB", 6, true},
		{"it/PRP is/VBZ vital/JJ for/IN the/DT authorities/NNS involved/VBN to/TO act/VB", 8, true},
		{"Chile/NNP paid/VBD for/IN Peru/NNP to/TO sign/VB", 5, false},
		{"it/PRP is/VBZ essential/JJ that/IN Chile/NNP agreed/VBD to/TO sign/VB", 7, false},
	} {
		c := &eventCtx{t: slashTagged(tc.text)}
		if got := c.necessaryFor(tc.v); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// conditionSubject alone: the subject of a threat's condition is whom it
// is made against, but not the owner of a thing the condition is about.
func TestConditionSubject(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"the condition's subject", "of/IN retaliation/NN if/IN Peru/NNP sells/VBZ the/DT assets/NNS", []string{"country:PER"}},
		{"the owner of the condition's subject", "of/IN retaliation/NN if/IN Peru/NNP 's/POS assets/NNS are/VBP sold/VBN", nil},
	} {
		toks := slashTagged(tc.text)
		c := &eventCtx{t: toks, acts: namedActors(toks)}
		if got := c.conditionSubject(0); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}
