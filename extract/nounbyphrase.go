package extract

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// fromPreps name where an act comes from: "criticism from the EU".
var fromPreps = lexicon.Class("fromPreps")

// circumstancePreps put the main clause's subject in the circumstances an
// event noun names: "despite pressure from Washington".
var circumstancePreps = lexicon.Class("circumstancePreps")

// An event noun followed by the one who does it, after "by" (and a
// participle), does it to whom a preposition after that names:
//
//	EVENT-NOUN [VBN] by AGENT [(on|against|with|to|between) TARGET]
//
// "An attack by Hamas on Israel", "sanctions imposed by the US on Iran",
// "the accord reached by Chile and Peru". A gerund after "by" tells the
// means, not the doer: "approved the raids by opening Iraq's airspace". A
// symmetric act "between" two parties is theirs, whoever hosted it: "talks
// hosted by Qatar between Israel and Hamas".

// nounByPhrase reads the by-phrase after the event noun whose words end at
// end: its agents, the targets after it, and whether the targets are the
// parties "between" whom the act was; false when there is no by-phrase.
func (c *eventCtx) nounByPhrase(end int) (agents, targets []string, between, ok bool) {
	t := c.t
	j := end
	if j < len(t) && t[j].Tag == "VBN" {
		if mediatingParticiple(t, j) && !c.betweenAfter(j) {
			return nil, nil, false, false // "talks mediated by Qatar and Egypt": the mediators, no party of the talks (mediation.go)
		}
		j++ // "sanctions imposed by"
	}
	if j >= len(t) || !agentPreps[t[j].lower()] || meansAfter(t, j) {
		return nil, nil, false, false
	}
	agents = c.objectAfter(j+1, 4)
	if len(agents) == 0 {
		return nil, nil, false, false
	}
	// past the agents and their words, the preposition of the target
	k := c.pastActors(j, agents) // "by the US, Britain and Canada on Russia": past the list
	for k < len(t) && k < j+12 {
		w := t[k].lower()
		if nominalPreps[w] || betweenPreps[w] {
			between = betweenPreps[w]
			targets = c.objectAfter(k+1, 6)
			break
		}
		if clauseBreaks[w] || w == "," || isVerb(t, k) {
			break
		}
		k++
	}
	return agents, targets, between, true
}

// betweenAfter reports a preposition of the parties between whom an act
// is ("between", "among") in the clause after token j: "talks hosted by
// Qatar between Israel and Hamas".
func (c *eventCtx) betweenAfter(j int) bool {
	return c.clauseHas(j, func(_ int, w string) bool { return betweenPreps[w] })
}

// takesFrom reports a pattern whose target follows "from": "withdraw
// from", "recall * ambassador from".
func takesFrom(p verbEntry) bool {
	return slices.ContainsFunc(p.target, func(sp string) bool { return fromPreps[sp] })
}

// An event noun's "from" phrase names who does it, when its verb's target
// is named by another preposition, the act is no force (a place of
// departure or launch is no agent), and the noun has no owner and is no
// verb's object:
//
//	EVENT-NOUN [of|on|to|for TARGET] from AGENT
//	SUBJ VERB ... (despite|amid|after|...) EVENT-NOUN from AGENT   (SUBJ the target)
//
// "strong criticism of Iran from the European Union", "aid to Iraq from
// Japan".

// nounFromPhrase reads the "from" phrase after the event noun whose words
// end at end: its agents, and the targets before it.
func (c *eventCtx) nounFromPhrase(v, end int, p verbEntry) (agents, targets []string) {
	t := c.t
	k := modifiersBefore(t, v)
	owned := false // "Lauck's extradition", "its annual sales"
	for j := max(k, 0); j < v; j++ {
		owned = owned || isPossessive(t[j].Text) || t[j].Tag == "PRP$"
	}
	if takesFrom(p) || violentRoots[p.code[:2]] || owned {
		return nil, nil // "Lauck's extradition from Denmark": the owner is whom it is done to; "its annual sales from Hungary" are its own
	}
	if k >= 0 && isVerb(t, k) && !beForms[t[k].lower()] {
		return nil, nil // "demanded support from", "dismissed an appeal from": the verb's own reading
	}
	for j := end; j < len(t) && j < end+8; j++ {
		w := t[j].lower()
		if fromPreps[w] {
			agents = c.objectAfter(j+1, 4)
			if len(agents) > 0 && j > end {
				targets = c.objectAfter(end+1, j-end-2)
			}
			if len(agents) > 0 && len(targets) == 0 {
				targets = c.targetAfterAgents(j, agents) // "pressure from Peru on Chile"
			}
			if len(agents) > 0 && len(targets) == 0 && k >= 0 && (timeOpeners[t[k].lower()] || circumstancePreps[t[k].lower()]) {
				// "France refused to send troops, despite pressure from
				// Washington": the main clause's subject undergoes it
				targets = c.timeClauseSubject(k)
			}
			return agents, targets
		}
		if clauseBreaks[w] || w == "," || isVerb(t, j) {
			break
		}
	}
	return nil, nil
}

// targetAfterAgents is whom an act is done to when a preposition of its
// target follows its doers after the preposition at j, in the same clause:
//
//	EVENT-NOUN from AGENT (on|against|to) TARGET
//
// "pressure from Peru on Chile": Peru pressures Chile.
func (c *eventCtx) targetAfterAgents(j int, agents []string) []string {
	t := c.t
	k := c.pastActors(j, agents)
	if k >= len(t) || !nominalPreps[t[k].lower()] {
		return nil
	}
	return c.objectAfter(k+1, 6)
}

// pastActors is the token after the actors named keys that a preposition
// at j introduces, past their titles and a list of them ("by the US,
// Britain and Canada").
func (c *eventCtx) pastActors(j int, keys []string) int {
	k := j + 1
	for _, a := range c.acts {
		if a.a > j && a.a < j+12 && slices.Contains(keys, a.key) {
			k = max(k, a.b)
		}
	}
	return k
}

// meansAfter reports a gerund right after the "by" at j: the phrase tells
// how something was done, not who did it ("by opening Iraq's airspace").
func meansAfter(t []Token, j int) bool {
	return j+1 < len(t) && t[j+1].Tag == "VBG"
}

// A visit's "of" phrase names the visitor when "to" names whom it visits:
//
//	VISIT of AGENT to TARGET      "the visit of Ana Ruiz to Peru"
//
// visitOfPhrase reads them after the visit noun whose words end at end;
// nil for any other noun or phrase.
func (c *eventCtx) visitOfPhrase(end int, p verbEntry) (agents, targets []string) {
	t := c.t
	if p.code != visitCode || end+2 >= len(t) || !ofWords[t[end].lower()] {
		return nil, nil
	}
	for j := end + 2; j < len(t) && j < end+8; j++ {
		w := t[j].lower()
		if t[j].Tag == "TO" && j+1 < len(t) {
			agents = c.objectAfter(end+1, j-end-3)
			targets = c.objectAfter(j+1, 4)
			if len(agents) == 0 || len(targets) == 0 {
				return nil, nil
			}
			return agents, targets
		}
		if clauseBreaks[w] || w == "," || isVerb(t, j) {
			break
		}
	}
	return nil, nil
}
