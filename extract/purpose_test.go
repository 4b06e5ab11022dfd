package extract

import "testing"

// purposeGovernor alone: the verb whose subject an infinitive of purpose
// after its object shares.
func TestPurposeGovernor(t *testing.T) {
	for _, tc := range []struct {
		text string
		v, a int // the infinitive and the actor before it
		want int
	}{
		{"Lee/NNP visited/VBD Japan/NNP to/TO meet/VB Ishiba/NNP", 4, 2, 1},
		{"Spain/NNP sent/VBD troops/NNS to/TO Mali/NNP to/TO fight/VB rebels/NNS", 6, 4, 1},
		{"Spain/NNP urged/VBD Algeria/NNP to/TO restore/VB ties/NNS", 4, 2, -1},
		{"Spain/NNP allowed/VBD Morocco/NNP to/TO join/VB", 4, 2, -1},
		{"Spain/NNP wants/VBZ Morocco/NNP to/TO join/VB", 4, 2, -1},
		{"Spain/NNP and/CC Morocco/NNP agreed/VBD to/TO meet/VB", 5, 2, -1},
		{"Lee/NNP visited/VBD Japan/NNP and/CC met/VBD Ishiba/NNP", 4, 2, -1},
		{"Ruiz/NNP said/VBD Peru/NNP refused/VBD to/TO arrest/VB Soto/NNP", 5, 2, -1},
		{"Ruiz/NNP visited/VBD Peru/NNP to/TO meet/VB Soto/NNP", 4, 2, 1},
		{"Lee/NNP telephoned/VBD Mr/NNP Soto/NNP to/TO warn/VB him/PRP", 5, 3, 1},
	} {
		toks := slashTagged(tc.text)
		c := &eventCtx{t: toks, acts: namedActors(toks)}
		if got := c.purposeGovernor(tc.v, tc.a); got != tc.want {
			t.Errorf("%s (infinitive %d, actor %d): %d, want %d", tc.text, tc.v, tc.a, got, tc.want)
		}
	}
	// past a nationality before the title: "telephoned Peruvian President
	// Ruiz to assure him"
	toks := slashTagged("Lee/NNP telephoned/VBD Peruvian/JJ President/NNP Ruiz/NNP to/TO assure/VB him/PRP")
	c := &eventCtx{t: toks, acts: append(namedActors(toks), actor{a: 2, b: 3, key: "country:PER", typ: Country, demonym: true}), titles: map[string]bool{"president": true}}
	if got := c.purposeGovernor(6, 4); got != 1 {
		t.Errorf("past a nationality: %d, want 1", got)
	}
}

// askedAfterParticle alone: the actor after an asking verb's particle and
// before "to" is the infinitive's subject.
func TestAskedAfterParticle(t *testing.T) {
	for _, tc := range []struct {
		text string
		a    int
		want bool
	}{
		{"Chile/NNP called/VBD on/IN Peru/NNP to/TO stop/VB", 3, true},
		{"Chile/NNP appealed/VBD to/TO Peru/NNP to/TO stop/VB", 3, true},
		{"Chile/NNP flew/VBD to/TO Peru/NNP to/TO meet/VB", 3, false},
		{"Chile/NNP called/VBD on/IN Peru/NNP on/IN Monday/NNP", 3, false},
		{"Chile/NNP urged/VBD Peru/NNP to/TO stop/VB", 2, false},
	} {
		c := &eventCtx{t: slashTagged(tc.text), acts: []actor{countryAt(tc.a, "PER")}}
		if got := c.askedAfterParticle(0); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// askedThing alone: an infinitive after an asking verb's object that
// names no actor is that object's, no one's here.
func TestAskedThing(t *testing.T) {
	for _, tc := range []struct {
		text string
		v    int
		want bool
	}{
		{"Chile/NNP urged/VBD militant/JJ groups/NNS to/TO halt/VB", 5, true},
		{"Chile/NNP allowed/VBD journalists/NNS to/TO visit/VB", 4, true},
		{"Chile/NNP sent/VBD troops/NNS to/TO fight/VB", 4, false},
		{"Chile/NNP urged/VBD Peru/NNP to/TO halt/VB", 4, false},
		{"Chile/NNP wants/VBZ to/TO halt/VB", 3, false},
		{"Chile/NNP urged/VBD Arabs/NNS to/TO unify/VB their/PRP$ ranks/NNS to/TO thwart/VB Peru/NNP", 8, true},
		{"Chile/NNP urged/VBD Peru/NNP to/TO unify/VB its/PRP$ ranks/NNS to/TO thwart/VB Bolivia/NNP", 8, false},
	} {
		toks := slashTagged(tc.text)
		c := &eventCtx{t: toks, acts: namedActors(toks)}
		if got := c.askedThing(tc.v); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// purposeOf alone: the verb an infinitive of purpose serves.
func TestPurposeOf(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       int
	}{
		{"the verb before the object", "Chile/NNP will/MD send/VB troops/NNS to/TO fight/VB Peru/NNP", 2},
		{"past a destination", "Chile/NNP sent/VBD troops/NNS to/TO Lima/NNP to/TO fight/VB Peru/NNP", 1},
		{"a word of wanting makes it wanted, not served", "Chile/NNP wants/VBZ to/TO fight/VB Peru/NNP", -1},
		{"a clause edge", "Chile/NNP left/VBD ,/, and/CC to/TO fight/VB Peru/NNP", -1},
		{"no infinitive", "Chile/NNP will/MD fight/VB Peru/NNP", -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks}
			v := len(toks) - 2
			if got := c.purposeOf(v); got != tc.want {
				t.Errorf("purposeOf = %d, want %d", got, tc.want)
			}
		})
	}
}

// askedOf alone: an infinitive a desire or a demand asks of the party
// named before it.
func TestAskedOf(t *testing.T) {
	for _, tc := range []struct {
		text string
		v    int
		want bool
	}{
		{"Ruiz/NNP wants/VBZ Peru/NNP to/TO use/VB its/PRP$ influence/NN", 4, true},
		{"Ruiz/NNP urged/VBD Peru/NNP to/TO use/VB its/PRP$ influence/NN", 4, true},
		{"Ruiz/NNP prepared/VBD to/TO head/VB to/TO Lima/NNP", 3, false},
		{"Ruiz/NNP visited/VBD Peru/NNP to/TO meet/VB Soto/NNP", 4, false},
	} {
		toks := slashTagged(tc.text)
		c := &eventCtx{t: toks, acts: namedActors(toks)}
		if got := c.askedOf(tc.v); got != tc.want {
			t.Errorf("%s (%d): %v, want %v", tc.text, tc.v, got, tc.want)
		}
	}
}
