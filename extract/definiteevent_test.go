package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// earlierAgents alone: a definite event noun with no doer of its own is the
// last act of its kind read before it.
func TestEarlierAgents(t *testing.T) {
	x := extractor(t)
	sanction := Event{Action: "sanction", Agents: []string{"country:CHL"}}
	attack := Event{Action: "attack", Agents: []string{"country:BOL"}}
	for _, tc := range []struct {
		name, text string
		v          int
		earlier    []eventNote
		want       []string
	}{
		{"the same kind before", "The/DT sanctions/NNS on/IN Peru/NNP", 1, []eventNote{{ev: sanction, si: 0}}, []string{"country:CHL"}},
		{"past adjectives and nouns", "The/DT new/JJ trade/NN sanctions/NNS on/IN Peru/NNP", 3, []eventNote{{ev: sanction, si: 0}}, []string{"country:CHL"}},
		{"the last of its kind", "These/DT sanctions/NNS on/IN Peru/NNP", 1, []eventNote{{ev: sanction, si: 0}, {ev: attack, si: 0}, {ev: Event{Action: "sanction", Agents: []string{"country:ECU"}}, si: 0}}, []string{"country:ECU"}},
		{"another kind only", "The/DT sanctions/NNS on/IN Peru/NNP", 1, []eventNote{{ev: attack, si: 0}}, nil},
		{"an indefinite noun tells a new act", "New/JJ sanctions/NNS on/IN Peru/NNP", 1, []eventNote{{ev: sanction, si: 0}}, nil},
		{"told after, not before", "The/DT sanctions/NNS on/IN Peru/NNP", 1, []eventNote{{ev: sanction, si: 2}}, nil},
		{"told in the same sentence is another's", "The/DT sanctions/NNS on/IN Peru/NNP", 1, []eventNote{{ev: sanction, si: 1}}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			notes := &dateNotes{events: tc.earlier}
			c := &eventCtx{t: slashTagged(tc.text), notes: notes, si: 1, idx: x.idx}
			if diff := cmp.Diff(tc.want, c.earlierAgents(tc.v)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// earlierAttackers alone: a definite noun of armed force with no doer of
// its own is the last act of force read before it, whatever its verb, and
// the event lends it its date.
func TestEarlierAttackers(t *testing.T) {
	x := extractor(t)
	strike := Event{Action: "strike", Code: "190", Agents: []string{"country:CHL"}}
	talks := Event{Action: "meet", Code: "040", Agents: []string{"country:BOL"}}
	for _, tc := range []struct {
		name, text string
		v          int
		earlier    []eventNote
		want       []string
		in         int
	}{
		{"the last act of force", "in/IN the/DT raid/NN", 2, []eventNote{{ev: strike, si: 0}, {ev: talks, si: 0}}, []string{"country:CHL"}, 1},
		{"no act of force", "in/IN the/DT attack/NN", 2, []eventNote{{ev: talks, si: 0}}, nil, 0},
		{"a noun of no force", "in/IN the/DT talks/NNS", 2, []eventNote{{ev: strike, si: 0}}, nil, 0},
		{"an indefinite noun", "in/IN an/DT attack/NN", 2, []eventNote{{ev: strike, si: 0}}, nil, 0},
		{"told in the same sentence", "in/IN the/DT attack/NN", 2, []eventNote{{ev: strike, si: 1}}, nil, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			notes := &dateNotes{events: tc.earlier}
			c := &eventCtx{t: slashTagged(tc.text), notes: notes, si: 1, idx: x.idx}
			got, in := c.earlierAttackers(tc.v)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if in != tc.in {
				t.Errorf("note = %d, want %d", in, tc.in)
			}
		})
	}
}

// reactedDoers alone: the object of a verb of reacting that tells again an
// act told before it in a clause of its sentence names that act's doers;
// an act told in another sentence names no one.
func TestReactedDoers(t *testing.T) {
	x := extractor(t)
	offer := Event{Action: "offer", Code: "030", Agents: []string{"country:IND"}}
	strike := Event{Action: "strike", Code: "190", Agents: []string{"country:BOL"}}
	for _, tc := range []struct {
		name, text string
		end        int // the token after the reacting verb
		earlier    []eventNote
		want       []string
	}{
		{"an act told in a clause joined before", "India/NNP offered/VBD aid/NN ,/, but/CC Nepal/NNP declined/VBD the/DT offer/NN", 7, []eventNote{{ev: offer, si: 1, v: 1}}, []string{"country:IND"}},
		{"an act told in another sentence", "Nepal/NNP declined/VBD the/DT offer/NN", 2, []eventNote{{ev: offer, si: 0, v: 1}}, nil},
		{"a doer of its own", "condemned/VBD the/DT attack/NN by/IN rebels/NNS", 1, []eventNote{{ev: strike, si: 1}}, nil},
		{"an indefinite noun", "condemned/VBD an/DT attack/NN", 1, []eventNote{{ev: strike, si: 0}}, nil},
		{"no event noun", "condemned/VBD the/DT decision/NN", 1, []eventNote{{ev: strike, si: 0}}, nil},
		{"a clause, no object", "denied/VBD that/IN the/DT attack/NN was/VBD linked/VBN", 1, []eventNote{{ev: strike, si: 0}}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), notes: &dateNotes{events: tc.earlier}, si: 1, idx: x.idx}
			if diff := cmp.Diff(tc.want, c.reactedDoers(tc.end)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// victimOnly alone: a noun of harm whose phrase names no actor as its
// doer names only its victim; byOther when "by" names a doer that is no
// actor.
func TestVictimOnly(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text    string
		acts          []actor
		ok, byOtherOK bool
	}{
		{"the victim alone", "condemned/VBD the/DT attack/NN on/IN Peru/NNP", []actor{countryAt(4, "PER")}, true, false},
		{"a doer by name", "condemned/VBD the/DT attack/NN on/IN Peru/NNP by/IN Chile/NNP", []actor{countryAt(4, "PER"), countryAt(6, "CHL")}, false, false},
		{"a doer of no name", "condemned/VBD the/DT attacks/NNS on/IN Peru/NNP by/IN militants/NNS", []actor{countryAt(4, "PER")}, true, true},
		{"a possessive doer", "condemned/VBD Chile/NNP 's/POS attack/NN on/IN Peru/NNP", []actor{countryAt(1, "CHL"), countryAt(5, "PER")}, false, false},
		{"sanctions", "condemned/VBD the/DT sanctions/NNS on/IN Peru/NNP", []actor{countryAt(4, "PER")}, true, false},
		{"an act of coercion", "condemned/VBD the/DT arrest/NN of/IN Peru/NNP", []actor{countryAt(4, "PER")}, true, false},
		{"by and a gerund: how, not by whom", "condemned/VBD the/DT raids/NNS by/IN opening/VBG Peru/NNP 's/POS airspace/NN", []actor{countryAt(5, "PER")}, true, false},
		{"no act of harm", "condemned/VBD the/DT talks/NNS with/IN Peru/NNP", []actor{countryAt(4, "PER")}, false, false},
		{"an actor as object", "condemned/VBD Peru/NNP", []actor{countryAt(1, "PER")}, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts, idx: x.idx}
			ok, byOther := c.victimOnly(1)
			if ok != tc.ok || byOther != tc.byOtherOK {
				t.Errorf("victimOnly = %v, %v; want %v, %v", ok, byOther, tc.ok, tc.byOtherOK)
			}
		})
	}
}

// harmDoers alone: the actors the by-phrase of a noun of harm names.
func TestHarmDoers(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		acts       []actor
		want       []string
	}{
		{"a doer by name past the victim", "protested/VBD against/IN the/DT detention/NN of/IN Peru/NNP by/IN Chile/NNP", []actor{countryAt(5, "PER"), countryAt(7, "CHL")}, []string{"country:CHL"}},
		{"the victim alone", "protested/VBD against/IN the/DT detention/NN of/IN Peru/NNP", []actor{countryAt(5, "PER")}, nil},
		{"by and a gerund: how, not by whom", "protested/VBD against/IN the/DT raids/NNS by/IN opening/VBG Peru/NNP 's/POS airspace/NN", []actor{countryAt(6, "PER")}, nil},
		{"no act of harm", "protested/VBD against/IN the/DT talks/NNS with/IN Peru/NNP by/IN Chile/NNP", []actor{countryAt(5, "PER"), countryAt(7, "CHL")}, nil},
		{"another clause first", "protested/VBD against/IN the/DT detention/NN ,/, which/WDT was/VBD ordered/VBN by/IN Chile/NNP", []actor{countryAt(9, "CHL")}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts, idx: x.idx}
			if diff := cmp.Diff(tc.want, c.harmDoers(2)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// clauseJoinedBetween alone: a semicolon, or a comma and a coordinator,
// between two tokens.
func TestClauseJoinedBetween(t *testing.T) {
	for _, tc := range []struct {
		text string
		a, b int
		want bool
	}{
		{"Chile/NNP expelled/VBD envoys/NNS ,/, and/CC Peru/NNP condemned/VBD the/DT expulsion/NN", 1, 8, true},
		{"Chile/NNP offered/VBD help/NN ,/, but/CC Peru/NNP declined/VBD the/DT offer/NN", 1, 8, true},
		{"Chile/NNP expelled/VBD envoys/NNS ;/: Peru/NNP condemned/VBD the/DT expulsion/NN", 1, 7, true},
		{"Chile/NNP expelled/VBD envoys/NNS in/IN retaliation/NN for/IN the/DT expulsion/NN", 1, 7, false},
		{"Chile/NNP ,/, Peru/NNP and/CC Bolivia/NNP", 0, 4, false},
	} {
		c := &eventCtx{t: slashTagged(tc.text)}
		if got := c.clauseJoinedBetween(tc.a, tc.b); got != tc.want {
			t.Errorf("%s (%d, %d): %v, want %v", tc.text, tc.a, tc.b, got, tc.want)
		}
	}
}

// commentTopic alone: an event noun that a comment is on is its topic.
func TestCommentTopic(t *testing.T) {
	for _, tc := range []struct {
		text string
		v    int
		want bool
	}{
		{"declined/VBD comment/NN on/IN fighting/VBG in/IN Iraq/NNP", 3, true},
		{"refused/VBD to/TO comment/VB on/IN the/DT attack/NN", 5, true},
		{"declined/VBD comment/NN about/IN the/DT recent/JJ attacks/NNS", 5, true},
		{"launched/VBD an/DT attack/NN on/IN Iraq/NNP", 2, false},
		{"reported/VBD on/IN the/DT attack/NN", 3, false},
	} {
		if got := commentTopic(slashTagged(tc.text), tc.v); got != tc.want {
			t.Errorf("%s: commentTopic(%d) = %v, want %v", tc.text, tc.v, got, tc.want)
		}
	}
}
