package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// An event noun after "the" (or "these", "this") that names no doer tells
// again an act of the same kind the document told before, and its doer is
// that act's:
//
//	... AGENT VERB|NOUN ... .  the [ADJ|NOUN]* EVENT-NOUN ...
//
// "Britain announced sanctions on Monday. The sanctions target Russian
// banks and Iranian firms": Britain's sanctions.

// definiteEventWords open a noun phrase that tells again what was told:
// "the sanctions", "these attacks".
var definiteEventWords = lexicon.Class("definiteEventWords")

// earlierAgents finds the doers of the act that the definite event noun
// at v tells again: those of the last act of its kind read before it in
// the document's earlier sentences; nil when the noun is not definite or
// none was read.
func (c *eventCtx) earlierAgents(v int) []string {
	if c.notes == nil || c.idx == nil || !c.definiteNoun(v) {
		return nil
	}
	kinds := map[string]bool{} // the noun's actions and codes: "the pledge" tells again a promise (030)
	for _, p := range c.idx.verbs[c.idx.lemma(c.t[v].Text)] {
		kinds[p.action], kinds[p.code] = true, true
	}
	evs := c.notes.events
	for i := len(evs) - 1; i >= 0; i-- {
		n := evs[i]
		if n.si > c.si || n.si == c.si && !(n.v < v && c.clauseJoinedBetween(n.v, v)) {
			// an earlier sentence's, or an earlier clause's joined to the
			// noun's ("offered to help, but Delhi declined the offer"):
			// in its own clause, "in retaliation for the expulsion of"
			// names another's act
			continue
		}
		// by its code only an act of one side: a shared act's other
		// parties are no doers of it ("Chile and Peru signed. Bolivia
		// welcomed the agreement" is no act of Chile's alone)
		if (kinds[n.ev.Action] || kinds[n.ev.Code] && !symmetric[n.ev.Action]) && len(n.ev.Agents) > 0 {
			return slices.Clone(n.ev.Agents)
		}
	}
	return nil
}

// clauseJoinedBetween reports a clause joined to another between tokens
// a and b: a semicolon, or a comma and a coordinator.
//
//	CLAUSE (; | , and | , but) CLAUSE
func (c *eventCtx) clauseJoinedBetween(a, b int) bool {
	t := c.t
	for j := a + 1; j < b; j++ {
		if t[j].Text == ";" || t[j].Text == "," && j+1 < b && (coordinators[t[j+1].lower()] || contrastCoordinators[t[j+1].lower()]) {
			return true
		}
	}
	return false
}

// earlierAttackers finds the doers of the attack that the definite noun
// of armed force at v tells again: those of the document's last act of
// force (CAMEO 17 to 20) read in an earlier sentence, whatever its verb
// ("Israel struck a building. A commander was killed in the attack"),
// and one more than the index of that act's note (0 for none); nil when
// the noun is not definite, names no act of force or none was read.
func (c *eventCtx) earlierAttackers(v int) ([]string, int) {
	if c.notes == nil || c.idx == nil || !c.definiteNoun(v) || !c.nounSense(v, func(p verbEntry) bool { return violentRoots[p.code[:2]] }) {
		return nil, 0
	}
	evs := c.notes.events
	for i := len(evs) - 1; i >= 0; i-- {
		n := evs[i]
		if n.si < c.si && violentRoots[n.ev.Code[:2]] && len(n.ev.Agents) > 0 {
			return slices.Clone(n.ev.Agents), i + 1
		}
	}
	return nil, 0
}

// A verb of reacting whose object is a definite event noun with no doer
// of its own reacts to the doers of the act the noun tells again:
//
//	REACTION-VERB the [ADJ|NOUN]* EVENT-NOUN       (no "by" or "from" after it)
//
// "Chile attacked Peru on Monday. Bolivia condemned the attack": Bolivia
// condemns Chile.

// reactedDoers finds the doers of the act that the object of a verb of
// reacting, from token end on, tells again (earlierAgents, or for a noun
// of armed force earlierAttackers); nil when the object is no such noun.
func (c *eventCtx) reactedDoers(end int) []string {
	t := c.t
	if end < len(t) && thatWords[t[end].lower()] {
		return nil // "denied that the seizure was linked to": a clause, no object
	}
	k := objectNounAt(t, end)
	if k >= len(t) || k+1 < len(t) && authorPreps[t[k+1].lower()] {
		return nil // but "condemned the attack by rebels": a doer of its own
	}
	if !c.eventNounAt(k) {
		return c.lastActDoers(k) // "condemned the move"
	}
	if who := c.earlierAgents(k); len(who) > 0 {
		return who
	}
	who, _ := c.earlierAttackers(k)
	return who
}

// A verb of reacting whose object is a definite noun that names an act
// of any kind ("the move", "the decision", "the measures"), or an act
// done by saying ("the claim", "the allegations"), reacts to the doers of
// the act (of that kind) told last, in the sentence before or the one
// before that, and a claim noun to who told it, when the sentence says
// ("Labour said Kennedy had snubbed Brown. The Lib Dems denied the claim":
// Labour); an act noun names no act done by words alone ("Ukraine
// denied the charge. Yushchenko called the move blackmail": not the
// denial):
//
//	AGENT VERB ... .  REACTION-VERB the [ADJ]* ACT-NOUN   (no "by", "from", "of", "to", "that" or participle after it)
//
// "The EU froze the assets of Belarusian officers. Minsk condemned the
// decision": Belarus condemns the EU. A noun that says whose act or
// which act it is ("the decision of the court", "the decision to hold
// elections", "the steps taken by Minsk") tells another one.

// shellActNouns name an act without saying which: "the move";
// shellClaimNouns an act done by saying, an accusation or a demand: "the
// claim".
var (
	shellActNouns   = lexicon.Class("shellActNouns")
	shellClaimNouns = lexicon.Class("shellClaimNouns")
	sayingRoots     = lexicon.Class("sayingRoots")
)

// lastActDoers finds the doers of the act the definite act noun at k
// tells again: those of the last event with agents and targets read in
// the two sentences before; nil when the noun is no such noun or none
// was read.
func (c *eventCtx) lastActDoers(k int) []string {
	t := c.t
	claim := shellClaimNouns[t[k].lower()]
	if c.notes == nil || !shellActNouns[t[k].lower()] && !claim || !c.definiteNoun(k) {
		return nil
	}
	if k+1 < len(t) {
		if w := t[k+1].lower(); t[k+1].Tag == "TO" || ofWords[w] || thatWords[w] || strings.HasPrefix(t[k+1].Tag, "VB") {
			return nil // "the decision to hold elections", "the steps taken by Minsk"
		}
	}
	if claim {
		if sp := c.recentSpeaker(); sp != "" {
			return []string{sp} // "Labour said Kennedy had snubbed Brown. The Lib Dems denied the claim": Labour's claim
		}
		if who := c.recentAgents(func(ev Event) bool { return sayingRoots[ev.Code[:2]] }); len(who) > 0 {
			return who // "Chile accused Peru of spying. Peru denied the charges"
		}
		if who := c.lastAccusers(); len(who) > 0 {
			return who // "The Netherlands accused Russia of hacking. Britain backed the findings. Russia dismissed the allegations": the Netherlands'
		}
	}
	return c.recentAgents(func(ev Event) bool {
		return claim && verbalRoots[ev.Code[:2]] || !claim && !sayingRoots[ev.Code[:2]]
	})
}

// accusationCodes are the CAMEO codes of accusing: an allegation or a
// charge told again is the last accuser's.
var accusationCodes = lexicon.Class("accusationCodes")

// lastAccusers are the agents of the last accusation read before this
// sentence, however far back, told or left untold for want of a party
// accused ("The SLA accused the army of bombing villages. The government
// denied the claim": the SLA's); nil when there was none.
func (c *eventCtx) lastAccusers() []string {
	evs := c.notes.events
	for i := len(evs) - 1; i >= 0; i-- {
		n := evs[i]
		made := n.kept || len(n.ev.Targets) == 0 && n.ev.Modality != Hypothetical && !n.ev.Negated
		if n.si < c.si && made && len(n.ev.Agents) > 0 && accusationCodes[n.ev.Code] {
			return slices.Clone(n.ev.Agents)
		}
	}
	return nil
}

// recentSpeaker is who the sentence before, or the one before that, says
// told the last event read there, or "" when no one is said to.
func (c *eventCtx) recentSpeaker() string {
	sp := ""
	c.recentAgents(func(ev Event) bool {
		sp = ev.Speaker
		return true
	})
	return sp
}

// recentAgents are the agents of the last event told (kept, with agents)
// in the two sentences before this one for which match holds; nil when
// none was.
func (c *eventCtx) recentAgents(match func(Event) bool) []string {
	evs := c.notes.events
	for i := len(evs) - 1; i >= 0; i-- {
		n := evs[i]
		if n.si >= c.si {
			continue
		}
		if n.si < c.si-2 {
			break
		}
		if n.kept && len(n.ev.Agents) > 0 && match(n.ev) {
			return slices.Clone(n.ev.Agents)
		}
	}
	return nil
}

// objectNounAt is the head noun of the object phrase from token end on,
// past its determiners, adjectives and the nouns that modify it ("the
// border agreement", "the missile attack"); len(t) or a word that is no
// noun when there is none.
func objectNounAt(t []Token, end int) int {
	k := modifiersAfter(t, end)
	for k+1 < len(t) && nounModifierWord(t[k]) && strings.HasPrefix(t[k+1].Tag, "NN") {
		k++
	}
	return k
}

// definiteNoun reports a noun at v whose phrase opens with a definite
// determiner ("the", "these"), past adjectives and nouns that modify it.
func (c *eventCtx) definiteNoun(v int) bool {
	k := v - 1
	for k >= 0 && (strings.HasPrefix(c.t[k].Tag, "JJ") || nounModifierWord(c.t[k])) {
		k--
	}
	return k >= 0 && definiteEventWords[c.t[k].lower()]
}

// An act of harm that a verb of reacting, rejecting or taking a stance
// names with its victim but no doer is done to no one the phrase names:
// the victim is whom the act was done to.
//
//	STANCE-VERB [DET|ADJ|NOUN]* HARM-NOUN (on|of|against) VICTIM   (no "by" DOER)
//
// "France condemned the attack on Israel": France does not condemn
// Israel; "The US backed the strikes on Iran": nor back Iran.

// harmRoots are the CAMEO roots of acts done to a victim: sanctions and
// force.
var harmRoots = lexicon.Class("harmRoots")

// victimOnly reports that the object from token end on is a noun of harm
// whose phrase names no actor as its doer: no possessive before it, no
// "by" and an actor after it; byOther is set when "by" names a doer that
// is no actor ("attacks on Israelis by militant groups").
func (c *eventCtx) victimOnly(end int) (ok, byOther bool) {
	t := c.t
	k := objectNounAt(t, end)
	if k >= len(t) || actorAt(c.acts, k) >= 0 || !c.eventNounAt(k) || !c.nounSense(k, func(p verbEntry) bool { return harmRoots[p.code[:2]] }) {
		return false, false
	}
	for j := end; j < k; j++ {
		if isPossessive(t[j].Text) || actorAt(c.acts, j) >= 0 {
			return false, false // "Iran's attack on Israel", "the Iranian attack": its doer
		}
	}
	for j := k + 1; j < len(t) && j < k+8; j++ {
		w := t[j].lower()
		if authorPreps[w] {
			if len(c.objectAfter(j+1, 4)) > 0 {
				return false, false // "the attack on Israel by Iran"
			}
			return true, true
		}
		if clauseBreaks[w] || w == "," || w == "." || isVerb(t, j) {
			break
		}
	}
	return true, false
}
