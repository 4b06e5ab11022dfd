package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Who acts and on whom for a verb in the active voice: its subject acts
// and what its pattern names after it undergoes the act:
//
//	AGENT ... VERB [DET|ADJ]* TARGET             "Russia attacked Ukraine"
//	AGENT ... VERB ... PREP TARGET               "imposed sanctions on Iran"
//
// The agent is read past what stands between (subjects.go, pronouns.go),
// or is the one a claim answers, a speaker going on, the owner of a
// gerund's role or of a voiced attitude (nounowner.go); the target past
// determiners and titles (targets.go), or a pronoun's party
// (objectpronoun.go), a condition's subject, a claim's author, a gap's
// object or a relative clause's antecedent.

// activeParties finds the agents and targets of the active verb at v,
// whose pattern p ends at end.
func (c *eventCtx) activeParties(v, end int, p verbEntry) (agents, targets []string) {
	t := c.t
	agents = c.subjectOf(v)
	if who := c.claimAnswerer(v); len(who) > 0 {
		agents = who // "accused Bhutto of corruption, charges she has denied": Bhutto
	}
	if keys := c.speakerGoesOn(v); len(keys) > 0 && verbalRoots[p.code[:2]] {
		agents = keys // "Clarke said Howard was wrong and urged him to apologise": Clarke urges
	}
	if owner := c.gerundOwner(v); owner != "" {
		agents = []string{owner} // "praised Egypt's role in mediating between": Egypt mediates
	}
	if owner := c.lightNounOwner(v, end, p); owner != "" {
		agents = []string{owner} // "expressed Washington's support for": Washington supports
	}
	if len(agents) == 0 && t[v].Tag == "VBG" {
		agents = c.mainSubject(v, end)
	}
	if len(agents) == 0 {
		agents = c.gerundTimeSubject(v) // "told reporters after meeting Birch"
	}
	if len(agents) == 0 {
		agents = c.trailingParticipleSubject(v, verbalRoots[p.code[:2]]) // "pulled the US out, imposing new sanctions"
	}
	if takesStance(t[v].lower()) || takesStance(p.action) {
		// "condemned the attack on Israel", "backed the strikes on Iran",
		// and after the pattern's preposition, "expressed support for the
		// sanctions on Iran": its doer, told before in the sentence, or
		// none; not the victim
		var starts []int
		if slices.Contains(p.target, objTarget) {
			starts = append(starts, end)
		}
		if end+1 < len(t) && slices.Contains(p.target, t[end].lower()) {
			starts = append(starts, end+1)
		}
		for _, at := range starts {
			if ok, byOther := c.victimOnly(at); ok && byOther {
				return agents, nil
			} else if ok {
				return agents, c.reactedDoers(at)
			}
			if doers := c.harmDoers(at); len(doers) > 0 {
				return agents, doers // "protested against the detention of Peruvian fishermen by the Chilean navy": Chile
			}
		}
	}
	if ownershipActs[p.action] && c.nationalThings(end) {
		if end < len(t) && t[end].Tag == "PRP$" {
			return agents, nil // "sold its Chilean unit to Glencore": the seller's own, no target
		}
		return agents, c.targetBySpec(end, prepsOf(p.target)) // "buys Romanian and Czech networks": no state's; "bought U.S. wheat from Cargill": Cargill
	}
	if rel := c.relativeObject(v, end); len(rel) > 0 && len(p.rest) == 0 && (slices.Contains(p.target, objTarget) || slices.Contains(p.target, gapTarget)) {
		// "Lebed, whom Yeltsin ordered to restore peace in Chechnya": the
		// object is the one the relative pronoun stands for, whatever
		// comes after the verb
		return agents, rel
	}
	if mutual(p) && len(agents) >= 2 || consultation(p) {
		// "Japan and South Korea held talks on North Korea's program":
		// the parties are the subject; only the pattern's own words
		// name another. A consultation's partner is named by "with"
		// alone: "discussed a report on Iran" names its matter
		targets = c.targetBySpec(end, p.target)
	} else if gap := c.purposeGapParty(v, end, p); len(gap) > 0 {
		targets = gap
	} else {
		targets = c.targetOf(end, p.target, agents, p.sensed)
	}
	if len(targets) == 1 && appointVerbs[t[v].lower()] {
		targets = append(targets, c.appointedList(end, targets[0])...) // "appointed Ruiz as foreign minister and Soto as finance minister" (appointedlist.go)
	}
	if p.code[:2] == statementRoot && c.topicOrMedium(end, p, targets) {
		targets = nil // "wrote on Facebook that", "spoke about Peru": where or what about, no one addressed
	}
	if c.ownClauseState(p, end, agents, targets) {
		targets = nil // "Cavusoglu warned Turkey would impose sanctions": Turkey will act (ownstatebody.go)
	}
	if strings.HasPrefix(p.code, consultRoot) && c.thingOwnerAfter(end) {
		targets = nil // "reforms to meet EU standards": whose standards, no one met
	}
	if len(targets) == 0 && p.code[:2] == "13" {
		targets = c.conditionSubject(end)
	}
	if len(targets) == 0 {
		targets = c.claimAuthor(v) // ", a charge Yerevan rejected"
	}
	if len(targets) == 0 && slices.Contains(p.target, objTarget) {
		targets = c.objectPronoun(end, agents) // "accusing it of training rebels"
	}
	if len(targets) == 0 && slices.Contains(p.target, objTarget) {
		targets = c.possessedState(end, agents) // "met Vela of Peru and criticised his government"
	}
	if len(targets) == 0 && slices.Contains(p.target, objTarget) {
		targets = c.saidOwner(end, agents) // "The government rejected his remarks"
	}
	if len(targets) == 0 {
		targets = c.prepPronoun(end, p.target, agents) // "made a peace pact with him"
	}
	if g := slices.Index(p.rest, "*"); len(targets) == 0 && g >= 0 && g+1 < len(p.rest) {
		targets = c.gapObject(v+g, end) // "offered Libya help", past the pattern's particle: "called in Iran's envoy"
	}
	if len(targets) == 0 && len(p.rest) == 0 && slices.Contains(p.target, objTarget) {
		targets = c.relativeObject(v, end) // "the government, which the Taleban is fighting"
	}
	if len(targets) == 0 && len(p.rest) == 0 && slices.Contains(p.target, objTarget) && end+2 < len(t) && coordinators[t[end].lower()] && t[end+1].Tag == t[v].Tag {
		j := end + 2
		for j < len(t) && determiners[t[j].lower()] {
			j++
		}
		if a := actorAt(c.acts, j); a >= 0 && c.acts[a].a == j {
			targets = c.objectAfter(j, 2) // "funds and arms Hezbollah": the object the verbs share
		}
	}
	if w := t[v].lower(); len(targets) == 0 && (takesStance(w) || takesStance(p.action) || denyVerbs[w]) {
		// "Chile attacked Peru, and Bolivia condemned the attack", "India
		// offered aid, but Nepal turned down the offer": their doer, told
		// before in the sentence
		targets = c.reactedDoers(end)
	}
	return agents, targets
}

// purposeGapParty is the party inside the optional words of a pattern
// that an infinitive of purpose follows: whom the act is done to, not
// whom or where the purpose names.
//
//	VERB PARTY * ... to VB
//
// "has given the AU 80m euros to support its operations in Sudan": the AU.
func (c *eventCtx) purposeGapParty(v, end int, p verbEntry) []string {
	t := c.t
	if len(p.rest) < 2 || p.rest[0] != "*" || end+1 >= len(t) || !infinitiveMarks[t[end].lower()] || t[end+1].Tag != "VB" {
		return nil
	}
	return c.gapObject(v, end)
}

// thingOwnerAfter reports that the object after end is a thing, not a
// party, whose owner or matter a name before it gives:
//
//	[DET|ADJ]* NAME NOUN      "meet EU standards", "met British demands"
//
// A noun for a party's body, forces or office is the party's: "met
// Chinese officials", "met the Israeli minister"; so is a meeting of theirs:
// "will host the G8 summit"; and people acting for an organization are the
// organization: "met Petrobras executives".
func (c *eventCtx) thingOwnerAfter(end int) bool {
	t := c.t
	k := end
	for k < len(t) && (determiners[t[k].lower()] || t[k].Tag == "JJ") && actorAt(c.acts, k) < 0 {
		k++ // but not past a nationality tagged as an adjective: "received Russian gas"
	}
	a := actorAt(c.acts, k)
	if a < 0 || c.acts[a].a != k {
		return false
	}
	n := c.acts[a].b
	if n+1 < len(t) && actorAt(c.acts, n+1) >= 0 {
		return false // "his Israeli counterpart Yitzhak Mordechai": a name the noun describes
	}
	for f := n; f < len(t) && f < n+3 && (t[f].Tag == "NN" || t[f].Tag == "JJ") && !isCap(t[f].Text); f++ {
		if c.partyNoun(f) {
			return false // "meeting Norwegian peace envoy Erik Solheim": the office's field, then the office
		}
	}
	return n < len(t) && (t[n].Tag == "NN" || t[n].Tag == "NNS") && !isCap(t[n].Text) && !c.partyNoun(n) && !eventNoun(t[n].lower()) &&
		!(c.acts[a].typ == Organization && bodyPeopleNouns[t[n].lower()])
}

// bodyPeopleNouns name people acting for an organization before them:
// "met Petrobras executives".
var bodyPeopleNouns = lexicon.Class("bodyPeopleNouns")

// partyNoun reports a noun at k that names a party's body, forces or
// office: "officials", "troops", "minister", "counterpart".
func (c *eventCtx) partyNoun(k int) bool {
	w := c.t[k].lower()
	return groupNouns[w] || forceNouns[w] || officialNouns[w] || counterpartNouns[w] || c.isTitleWord(k)
}

// statementRoot is CAMEO's making a public statement (01), whose "on"
// or "about" after the verb names a topic or a medium, not whom it is
// made to.
const statementRoot = "01"

// topicOrMedium reports that the only target found after a statement's
// pattern, ending at end, follows a topic's preposition the pattern does
// not name: "wrote on Facebook", "spoke about Peru".
func (c *eventCtx) topicOrMedium(end int, p verbEntry, targets []string) bool {
	if len(targets) != 1 || end >= len(c.t) || !topicPreps[c.t[end].lower()] || slices.Contains(p.target, c.t[end].lower()) {
		return false
	}
	k := end + 1
	for k < len(c.t) && determiners[c.t[k].lower()] {
		k++
	}
	a := actorAt(c.acts, k)
	return a >= 0 && c.acts[a].a == k && c.acts[a].key == targets[0]
}
