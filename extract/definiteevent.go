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
	who, _ := c.earlierNote(v)
	return who
}

// earlierNote is earlierAgents with the sentence the act was told in.
func (c *eventCtx) earlierNote(v int) ([]string, int) {
	if c.notes == nil || c.idx == nil || !c.definiteNoun(v) {
		return nil, -1
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
			return slices.Clone(n.ev.Agents), n.si
		}
	}
	return nil, -1
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
// of its own reacts to the doers of the act the noun tells again, told
// before it in its own sentence, in a clause joined to the reaction's:
//
//	AGENT VERB ... , but REACTION-VERB the [ADJ|NOUN]* EVENT-NOUN       (no "by" or "from" after it)
//
// "India offered to help, but Pakistan declined the offer": Pakistan
// declines India's offer. An act told in another sentence names no target
// ("Chile attacked Peru. Bolivia condemned the attack" is a condemnation
// of no one named): as the annotation convention has it, who is welcomed,
// criticised or denied is named in the sentence that says so.

// reactedDoers finds the doers of the act that the object of a verb of
// reacting, from token end on, tells again in the same sentence; nil when
// the object is no such noun or no such act was told there.
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
		return nil
	}
	if who, si := c.earlierNote(k); len(who) > 0 && si == c.si {
		return who
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

// harmRoots are the CAMEO roots of acts done to a victim: sanctions,
// coercion and force.
var harmRoots = lexicon.Class("harmRoots")

// harmNounBy finds, in the object from token end on, the head noun of an
// act of harm (k, -1 when the object is no such noun) and the "by" after it
// in its phrase that names who did it (by, -1 when none does): past the
// victim, before a comma, a clause break or a verb; a "by" before a gerund
// says how, not by whom ("the raids on Iraq by opening its airspace").
func (c *eventCtx) harmNounBy(end int) (k, by int) {
	t := c.t
	k = objectNounAt(t, end)
	if k >= len(t) || actorAt(c.acts, k) >= 0 || !c.eventNounAt(k) || !c.nounSense(k, func(p verbEntry) bool { return harmRoots[p.code[:2]] }) {
		return -1, -1
	}
	for j := k + 1; j < len(t) && j < k+8; j++ {
		w := t[j].lower()
		if authorPreps[w] {
			if j+1 < len(t) && t[j+1].Tag == "VBG" {
				return k, -1
			}
			return k, j
		}
		if clauseBreaks[w] || w == "," || w == "." || isVerb(t, j) {
			break
		}
	}
	return k, -1
}

// harmDoers are the actors the by-phrase of a noun of harm names, in the
// object from token end on, or nil when it names none: "protested against
// the detention of Peruvian fishermen by the Chilean navy" protests against
// Chile, not Peru.
func (c *eventCtx) harmDoers(end int) []string {
	if k, by := c.harmNounBy(end); k >= 0 && by >= 0 {
		return c.objectAfter(by+1, 4)
	}
	return nil
}

// victimOnly reports that the object from token end on is a noun of harm
// whose phrase names no actor as its doer: no possessive before it, no
// "by" and an actor after it; byOther is set when "by" names a doer that
// is no actor ("attacks on Israelis by militant groups").
func (c *eventCtx) victimOnly(end int) (ok, byOther bool) {
	k, by := c.harmNounBy(end)
	if k < 0 {
		return false, false
	}
	for j := end; j < k; j++ {
		if isPossessive(c.t[j].Text) || actorAt(c.acts, j) >= 0 {
			return false, false // "Iran's attack on Israel", "the Iranian attack": its doer
		}
	}
	if by < 0 {
		return true, false
	}
	if len(c.objectAfter(by+1, 4)) > 0 {
		return false, false // "the attack on Israel by Iran"
	}
	return true, true
}
