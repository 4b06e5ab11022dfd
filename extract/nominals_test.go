package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// nominalAgent alone: who acts in an event a noun names is the actor or
// nationality right before it, past its modifiers, or its possessor.
func TestNominalAgent(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		acts       []actor
		v          int
		want       []string
	}{
		{"a nationality before it", "an/DT Israeli/JJ raid/NN", []actor{{a: 1, b: 2, key: "country:ISR", typ: Country, demonym: true}}, 2, []string{"country:ISR"}},
		{"a possessor", "Iraq/NNP 's/POS invasion/NN of/IN Kuwait/NNP", []actor{countryAt(0, "IRQ"), countryAt(4, "KWT")}, 2, []string{"country:IRQ"}},
		{"a possessor past a year", "Iraq/NNP 's/POS 1990/CD invasion/NN of/IN Kuwait/NNP", []actor{countryAt(0, "IRQ"), countryAt(5, "KWT")}, 3, []string{"country:IRQ"}},
		{"a possessor past a noun that modifies it", "Iran/NNP 's/POS missile/NN attack/NN", []actor{countryAt(0, "IRN")}, 3, []string{"country:IRN"}},
		{"no one", "the/DT raid/NN", nil, 1, nil},
		{"a visit the clause's verb took place in", "Ruiz/NNP said/VBD on/IN Thursday/NNP in/IN a/DT visit/NN to/TO Peru/NNP", []actor{personAt(0, 1, "ruiz"), countryAt(7, "PER")}, 6, []string{"person:ruiz"}},
		{"a meeting after the verb's object", "Ruiz/NNP met/VBD Chile/NNP during/IN a/DT visit/NN to/TO Peru/NNP", []actor{personAt(0, 1, "ruiz"), countryAt(2, "CHL"), countryAt(6, "PER")}, 5, []string{"person:ruiz"}},
		{"no meeting of a gerund's", "Ruiz/NNP accused/VBD Chile/NNP of/IN restoring/VBG the/DT blackmail/NN in/IN the/DT negotiations/NNS on/IN Peru/NNP", []actor{personAt(0, 1, "ruiz"), countryAt(2, "CHL"), countryAt(11, "PER")}, 9, nil},
		{"no meeting past a comma", "Ruiz/NNP said/VBD ,/, at/IN a/DT meeting/NN with/IN Peru/NNP", []actor{personAt(0, 1, "ruiz"), countryAt(7, "PER")}, 5, nil},
		{"a meeting in commas beside a name", "Ruiz/NNP ,/, at/IN a/DT meeting/NN with/IN Peru/NNP ,/, said/VBD", []actor{personAt(0, 1, "ruiz"), countryAt(6, "PER")}, 4, []string{"person:ruiz"}},
		{"a meeting past the nouns that modify it", "Ruiz/NNP said/VBD at/IN a/DT joint/JJ news/NN meeting/NN with/IN Peru/NNP", []actor{personAt(0, 1, "ruiz"), countryAt(8, "PER")}, 6, []string{"person:ruiz"}},
		{"a meeting of a participle in commas after a name", "Ruiz/NNP ,/, speaking/NN at/IN a/DT meeting/NN with/IN Peru/NNP ,/, said/VBD", []actor{personAt(0, 1, "ruiz"), countryAt(7, "PER")}, 5, []string{"person:ruiz"}},
		{"a participle after no name", "The/DT talks/NNS ,/, starting/VBG at/IN a/DT meeting/NN with/IN Peru/NNP ,/, ended/VBD", []actor{countryAt(8, "PER")}, 6, nil},
		{"an act one claims responsibility for", "Hamas/NNP claimed/VBD responsibility/NN for/IN the/DT attack/NN on/IN Peru/NNP", []actor{{a: 0, b: 1, key: "organization:hamas", typ: Organization}, countryAt(7, "PER")}, 5, []string{"organization:hamas"}},
		{"an act one denies responsibility for", "Hamas/NNP denied/VBD responsibility/NN for/IN the/DT attack/NN on/IN Peru/NNP", []actor{{a: 0, b: 1, key: "organization:hamas", typ: Organization}, countryAt(7, "PER")}, 5, nil},
		{"an agreement the verb's act is done under", "Chile/NNP froze/VBD prices/NNS under/IN an/DT agreement/NN with/IN Peru/NNP", []actor{countryAt(0, "CHL"), countryAt(6, "PER")}, 5, []string{"country:CHL"}},
		{"a thing the verb's object is under is no agreement", "Chile/NNP froze/VBD prices/NNS under/IN a/DT law/NN with/IN Peru/NNP", []actor{countryAt(0, "CHL"), countryAt(6, "PER")}, 5, nil},
		{"what the subject answered with", "Chile/NNP responded/VBD with/IN air/NN strikes/NNS on/IN Peru/NNP", []actor{countryAt(0, "CHL"), countryAt(6, "PER")}, 4, []string{"country:CHL"}},
		{"what a stance is taken with is no act of the subject's", "Chile/NNP agreed/VBD with/IN the/DT sanctions/NNS on/IN Peru/NNP", []actor{countryAt(0, "CHL"), countryAt(6, "PER")}, 4, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts, idx: x.idx}
			if diff := cmp.Diff(tc.want, c.nominalAgent(tc.v)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// visitIn alone: a visit someone is in a country for.
func TestVisitIn(t *testing.T) {
	ruiz := personAt(0, 1, "ruiz")
	for _, tc := range []struct {
		name, text string
		acts       []actor
		v          int
		country    string
		who        []string
	}{
		{"in commas beside a name", "Ruiz/NNP ,/, in/IN Peru/NNP for/IN a/DT visit/NN ,/, told/VBD reporters/NNS", []actor{ruiz, countryAt(3, "PER")}, 6, "country:PER", []string{"person:ruiz"}},
		{"after the verb", "Ruiz/NNP is/VBZ in/IN Peru/NNP for/IN a/DT three-day/JJ visit/NN", []actor{ruiz, countryAt(3, "PER")}, 7, "country:PER", []string{"person:ruiz"}},
		{"no country", "Ruiz/NNP is/VBZ in/IN Lima/NNP for/IN a/DT visit/NN", []actor{ruiz}, 6, "", nil},
		{"not after in", "Ruiz/NNP left/VBD Peru/NNP for/IN a/DT visit/NN", []actor{ruiz, countryAt(2, "PER")}, 5, "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			country, who := c.visitIn(tc.v)
			if country != tc.country || !cmp.Equal(who, tc.who) {
				t.Errorf("visitIn(%d) = %q, %v; want %q, %v", tc.v, country, who, tc.country, tc.who)
			}
		})
	}
}

// nominalEvent alone: a noun names an event with its target after the
// preposition its pattern takes, or after "of" for a violent act or one
// its owner does.
func TestNominalEvent(t *testing.T) {
	acquire := verbEntry{action: "acquire", code: "061", target: []string{objTarget}}
	support := verbEntry{action: "support", code: "051", target: []string{objTarget}}
	attack := verbEntry{action: "attack", code: "190", target: []string{objTarget}}
	for _, tc := range []struct {
		name, text string
		p          verbEntry
		v          int
		want       bool
	}{
		{"an owner's possessive and of", "Tata/NNP 's/POS takeover/NN of/IN Corus/NNP", acquire, 2, true},
		{"a possessive pronoun and of", "completed/VBD its/PRP$ takeover/NN of/IN Arcelor/NNP", acquire, 2, true},
		{"of with no owner", "announced/VBD the/DT takeover/NN of/IN Arcelor/NNP", acquire, 2, false},
		{"a possessive pronoun's support of: a stance", "for/IN its/PRP$ support/NN of/IN Ruiz/NNP", support, 2, false},
		{"in support of: whom it is for", "rallied/VBD in/IN support/NN of/IN Ruiz/NNP", support, 2, true},
		{"a violent act of its target", "the/DT attack/NN of/IN Lima/NNP", attack, 1, true},
		{"no event noun", "its/PRP$ buy/NN of/IN Corus/NNP", verbEntry{action: "buy", code: "061", target: []string{objTarget}}, 1, false},
		{"an owner past a sum", "Tata/NNP 's/POS $/$ 12/CD billion/CD takeover/NN of/IN Corus/NNP", acquire, 5, true},
		{"an owner past an adjective", "Tata/NNP 's/POS hostile/JJ takeover/NN of/IN Corus/NNP", acquire, 3, true},
		{"a sum with no owner", "a/DT $/$ 12/CD billion/CD takeover/NN of/IN Corus/NNP", acquire, 4, false},
	} {
		if got := nominalEvent(slashTagged(tc.text), tc.v, tc.v+1, tc.p); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}

// resisted alone: an act named as the object of a verb of resisting is
// done to the verb's subject.
func TestResisted(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		v          int
		want       []string
	}{
		{"repelled an attack", "Peru/NNP repelled/VBD an/DT attack/NN by/IN Chile/NNP", []actor{countryAt(0, "PER"), countryAt(5, "CHL")}, 3, []string{"country:PER"}},
		{"past adjectives", "Peru/NNP foiled/VBD a/DT large/JJ attack/NN by/IN Chile/NNP", []actor{countryAt(0, "PER"), countryAt(6, "CHL")}, 4, []string{"country:PER"}},
		{"a verb of no resisting", "Peru/NNP reported/VBD an/DT attack/NN by/IN Chile/NNP", []actor{countryAt(0, "PER"), countryAt(5, "CHL")}, 3, nil},
		{"no verb before the noun", "An/DT attack/NN by/IN Chile/NNP failed/VBD", []actor{countryAt(3, "CHL")}, 1, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if diff := cmp.Diff(tc.want, c.resisted(tc.v)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// thankedFor alone: the act a party was thanked for is done for the one
// who thanked.
func TestThankedFor(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		v          int
		agents     []string
		want       []string
	}{
		{"thanked for its support", "Peru/NNP thanked/VBD Chile/NNP for/IN its/PRP$ strong/JJ support/NN", []actor{countryAt(0, "PER"), countryAt(2, "CHL")}, 6, []string{"country:CHL"}, []string{"country:PER"}},
		{"the act of another than the object", "Peru/NNP thanked/VBD Chile/NNP for/IN Bolivia/NNP 's/POS support/NN", []actor{countryAt(0, "PER"), countryAt(2, "CHL"), countryAt(4, "BOL")}, 6, []string{"country:BOL"}, nil},
		{"no reason", "Peru/NNP thanked/VBD Chile/NNP after/IN its/PRP$ support/NN", []actor{countryAt(0, "PER"), countryAt(2, "CHL")}, 5, []string{"country:CHL"}, nil},
		{"no verb before the object", "Peru/NNP and/CC Chile/NNP for/IN its/PRP$ support/NN", []actor{countryAt(0, "PER"), countryAt(2, "CHL")}, 5, []string{"country:CHL"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if diff := cmp.Diff(tc.want, c.thankedFor(tc.v, tc.agents)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// weaponsBefore alone: only weapons stand between a verb and the attack it
// does.
func TestWeaponsBefore(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"launched/VBD a/DT rocket/NN attack/NN", true},
		{"carried/VBD out/RP a/DT suicide/NN car/NN bomb/NN attack/NN", true},
		{"launched/VBD a/DT new/JJ missile/NN strike/NN", true},
		{"played/VBD a/DT fire/NN bomb/NN attack/NN", false},
		{"launched/VBD an/DT attack/NN", false},
		{"staged/VBD a/DT hunger/NN strike/NN", false},
	} {
		toks := slashTagged(tc.text)
		if got := weaponsBefore(toks, 0, len(toks)-1); got != tc.want {
			t.Errorf("%s: weaponsBefore = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// offObject alone: an event noun called off by the verb whose object it
// is, or by the noun whose "of" it follows.
func TestOffObject(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Chile/NNP cancelled/VBD the/DT talks/NNS", true},
		{"the/DT cancellation/NN of/IN the/DT talks/NNS", true},
		{"the/DT postponement/NN of/IN \"/NNP open/JJ skies/NNS \"/VBP talks/NNS", true},
		{"the/DT outcome/NN of/IN the/DT talks/NNS", false},
		{"Chile/NNP held/VBD the/DT talks/NNS", false},
		{"Russia/NNP vetoed/VBD new/JJ sanctions/NNS", true},
		{"Russia/NNP imposed/VBD new/JJ sanctions/NNS", false},
	} {
		toks := slashTagged(tc.text)
		c := &eventCtx{t: toks}
		if got := c.offObject(len(toks) - 1); got != tc.want {
			t.Errorf("%s: offObject = %v, want %v", tc.text, got, tc.want)
		}
	}
}
