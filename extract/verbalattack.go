package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// An act of force done to an idea, to what one said, or in words is
// criticism (111), not force:
//
//	SUBJ ATTACK-VERB [DET|ADJ|OWNER 's]* (IDEA|CLAIM)-NOUN     "attacked British imperialism"
//	(IDEA|CLAIM|ACT)-NOUN be ATTACK-VERB-ed by AGENT          "the central bank's move was attacked by Alencar"
//	SUBJ ATTACK-VERB OBJ for (VERB-ing|its NOUN)              "attacked Britain for allowing Islamist groups to meet"
//	PERSON ATTACK-VERB PERSON                                 "Ruiz attacked Alvarez"
//	SUBJ ATTACK-VERB ... (in|during|at) [DET|ADJ]* SPEECH-NOUN
//
// "Mbeki attacked British imperialists in a speech": Mbeki criticizes
// them.

var (
	wordAttacks = lexicon.Class("wordAttacks")
	speechNouns = lexicon.Class("speechNouns")
)

// verbalAttack reports that a verb of force at v that may tell of words
// ("attack") does: its agents and targets are all people, or the words
// after it say that it was made in speech:
//
//	PERSON ATTACK-VERB PERSON
//	PERSON and PERSON ATTACK-VERB
//	ATTACK-VERB ... in|during|at [DETERMINER|POSSESSIVE|ADJECTIVE]* SPEECH-NOUN
//
// "Ruiz attacked Alvarez", "Mbeki attacked British imperialists in a
// speech": criticism (111), not force; but not when a weapon or a thing
// to strike with follows "with" ("attacked him with a bottle"). Within the
// clause: up to its end or the next finite verb.
func (c *eventCtx) verbalAttack(v int, agents, targets []string) bool {
	t := c.t
	if !wordAttacks[t[v].lower()] {
		return false
	}
	if c.instrumentAfter(v) {
		return false // "Pinas attacked him with a bottle": force
	}
	if len(agents) > 0 && len(targets) > 0 && c.allPersons(agents) && c.allPersons(targets) {
		return true
	}
	if len(agents) >= 2 && len(targets) == 0 && c.allPersons(agents) {
		return true // "Blair and Chirac clashed over farm subsidies": with each other, in words
	}
	return c.inClause(v, func(k int) bool {
		if t[k].Tag != "IN" {
			return false
		}
		j := k + 1
		for j < len(t) && (t[j].Tag == "DT" || t[j].Tag == "PRP$" || t[j].Tag == "JJ" || isPossessive(t[j].Text)) {
			j++
		}
		return j < len(t) && speechNouns[t[j].lower()]
	})
}

// inClause reports whether found holds at a token of the clause of the
// verb at v: those after it up to the clause's end or its next finite verb.
func (c *eventCtx) inClause(v int, found func(k int) bool) bool {
	t := c.t
	for k := v + 1; k < len(t); k++ {
		if clauseBreaks[t[k].lower()] || isFinite(t[k].Tag) {
			return false
		}
		if found(k) {
			return true
		}
	}
	return false
}

// allPersons reports that every key names a person the sentence names.
func (c *eventCtx) allPersons(keys []string) bool {
	for _, k := range keys {
		if c.typeOf(k) != Person {
			return false
		}
	}
	return true
}

// instrumentNouns name things struck with; weapons are among them.
var instrumentNouns = lexicon.Class("instrumentNouns")

// instrumentAfter reports a weapon or a thing to strike with after "with"
// in the clause of the verb at v: "attacked him with a bottle".
func (c *eventCtx) instrumentAfter(v int) bool {
	t := c.t
	return c.inClause(v, func(k int) bool {
		if !instrumentPreps[t[k].lower()] {
			return false
		}
		j := k + 1
		for j < len(t) && (t[j].Tag == "DT" || t[j].Tag == "JJ" || t[j].Tag == "CD") {
			j++
		}
		return j < len(t) && (instrumentNouns[t[j].lower()] || armsNouns[t[j].lower()])
	})
}

// instrumentPreps introduce what one strikes with: "with".
var instrumentPreps = lexicon.Class("instrumentPreps")

// ideaNouns name ideas, policies and words, not people, places or forces:
// attacking one is criticizing it.
var ideaNouns = lexicon.Class("ideaNouns")

// criticized is the event of criticizing (CAMEO 111), which an attack on
// an idea is.
var criticized = verbEntry{action: "criticize", code: "111"}

// ideaObject reports that the object after a verb ending at end is an idea
// or what someone said, past its determiners, adjectives and owners
// ("British imperialism", "the government's policy", "Israel's
// remarks"): a claim noun, an idea noun or a doctrine in "-ism".
func (c *eventCtx) ideaObject(end int) bool {
	k := c.objectHead(end)
	if k < 0 {
		return false
	}
	w := c.t[k].lower()
	return claimNouns[w] || ideaNouns[w] || len(w) > 5 && strings.HasSuffix(w, "ism")
}

// ideaSubject reports a passive verb at v whose subject is an idea, a
// claim or an act: "the central bank's move was attacked by Alencar" is
// criticism, no force.
//
//	[OWNER 's] [ADJ]* (IDEA|CLAIM|ACT)-NOUN (was|were|has been|...) VBN
func (c *eventCtx) ideaSubject(v int) bool {
	t := c.t
	k := v - 1
	for k >= 0 && (beForms[t[k].lower()] || haveForms[t[k].lower()] || t[k].Tag == "RB" || t[k].Tag == "MD") {
		k--
	}
	if k < 0 || k == v-1 || !strings.HasPrefix(t[k].Tag, "NN") || actorAt(c.acts, k) >= 0 {
		return false
	}
	w := t[k].lower()
	return claimNouns[w] || ideaNouns[w] || shellActNouns[w] || shellClaimNouns[w]
}

// reasonAfter reports that the object after a verb ending at end is
// followed by "for" and what it did: "attacked Britain for allowing
// Islamist groups to meet", "for its role in".
func (c *eventCtx) reasonAfter(end int) bool {
	t := c.t
	for k := end; k < len(t) && k < end+6; k++ {
		if i := actorAt(c.acts, k); i >= 0 {
			k = c.acts[i].b - 1
			continue
		}
		w := t[k].lower()
		if purposePreps[w] && k > end && k+1 < len(t) {
			n := t[k+1].lower()
			return t[k+1].Tag == "VBG" || (possessivePronouns[n] || t[k+1].Tag == "PRP$") && k+2 < len(t) && strings.HasPrefix(t[k+2].Tag, "NN")
		}
		if !(determiners[w] || t[k].Tag == "JJ" || t[k].Tag == "NN" || t[k].Tag == "NNS" || t[k].Tag == "RB" || isWeekday(t[k].Text) || t[k].Tag == "IN" && !purposePreps[w]) {
			return false
		}
	}
	return false
}
