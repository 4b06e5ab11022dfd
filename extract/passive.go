package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Who acts and on whom for a verb in the passive: its subject undergoes
// the act and its by-phrase does it, or, for a verb whose target follows
// a preposition, the preposition names whom and the subject is the thing
// acted with:
//
//	TARGET (is|was|...) VERB [by AGENT]            "Turkey's bid was backed by Germany"
//	THING (is|was|...) VERB PREP TARGET [by AGENT] "the force was sent to Liberia by ECOWAS"
//
// With no by-phrase, the agent is read from what the sentence says
// otherwise: the owner of the subject ("New Zealand's concerns had been
// conveyed"), the host of an envoy (envoyhost.go), the state of an office
// ("was elected president"), the subject of a clause of how ("were wounded
// when militants fired"), the parties of a deal between them, or the state
// that arrests (coercionstate.go).

// passiveParties finds the agents and targets of the passive verb at v,
// whose pattern p ends at end.
func (c *eventCtx) passiveParties(v, end int, p verbEntry) (agents, targets []string) {
	if !slices.Contains(p.target, objTarget) && len(c.targetBySpec(end, p.target)) > 0 {
		// "the force was sent to Liberia by ECOWAS": a verb whose target
		// follows a preposition has the thing sent for subject
		targets = c.targetBySpec(end, p.target)
		agents = c.passiveAgent(end)
		if owner := c.possessorSubject(v); owner != "" && len(agents) == 0 {
			agents = []string{owner} // "New Zealand's concerns had been conveyed to X": who conveyed
		}
		if len(agents) == 0 && mutual(p) && !c.statePassive(v) {
			agents = c.subjectOf(v) // "X will be merged with Y": a party to what the two do together; but "is allied with" is a standing tie
		}
		return agents, targets
	}
	if agents, targets, ok := c.frontedParticipleParties(v); ok {
		return agents, targets // "Backed by Russia, Syria attacked": Russia backs Syria
	}
	targets = c.subjectOf(v)
	if len(targets) == 0 {
		targets = c.invertedSubject(v) // "Also arrested were Ana Ruiz and Luis Vega" (invertedpassive.go)
	}
	if owner := c.claimOwnerSubject(v); owner != "" {
		targets = []string{owner} // "Turkey's bid to join the EU was backed by Germany": Germany backs Turkey
	}
	actSubject := false // the subject is an act: its doer or no one is the target, never its victim
	if takesStance(c.t[v].lower()) || takesStance(p.action) {
		if doers, ok := c.subjectActDoers(v); ok {
			targets, actSubject = doers, true // "The expulsion of the Chilean envoy by Peru was condemned by Bolivia": Peru, the doer, not the victim
		}
	}
	if len(targets) == 0 && !actSubject {
		// "a camp for Congolese refugees was attacked": the actor the
		// subject is for or of
		targets = c.subject(v, true)
	}
	if len(targets) == 0 && !actSubject {
		targets = c.apposedParticipleSubject(v) // "Peru, attacked by Chile, responded" (apposedparticiple.go)
	}
	if len(targets) == 0 {
		targets = c.gerundTimeSubject(v) // "was hospitalised after being attacked by"
	}
	if len(targets) == 0 && !actSubject {
		targets = c.treePassiveSubject(v) // "Ruiz, one of the country's best-known politicians, was arrested" (treeparties.go)
	}
	agents = c.passiveAgent(end)
	if host, sender := c.envoyHost(v); len(agents) == 0 && host != "" && envoyHostRoots[p.code[:2]] {
		// "Chile's ambassador to Peru was summoned": Peru summoned
		// Chile's (envoyhost.go); but an envoy taken "from" the host
		// is his sender's act: "Chile's ambassador to Peru was
		// recalled", from Peru by Chile
		agents, targets = []string{host}, nil
		if sender != "" {
			targets = []string{sender}
		}
		if takesFrom(p) {
			agents, targets = nil, []string{host}
			if sender != "" {
				agents = []string{sender}
			}
		}
	}
	if host := c.ministryHost(end); len(agents) == 0 && host != "" && envoyHostRoots[p.code[:2]] && !slices.Contains(targets, host) {
		agents = []string{host} // "Peru's ambassador was summoned to the foreign ministry in Santiago"
	}
	if len(targets) == 0 && len(agents) > 0 {
		// "a plane was donated to Arafat by the Netherlands": the
		// subject is a thing; the pattern's preposition names whom
		targets = c.targetBySpec(end, prepsOf(p.target))
	}
	if len(targets) == 0 && len(agents) > 0 {
		targets = c.passiveClaimAuthor(v) // "released three dissidents, a move welcomed by the EU"
	}
	if len(targets) == 0 && len(agents) > 0 {
		targets = c.ownerOfSubject(v) // "Georgia's ruling party has been accused by the EU"
	}
	if owner := c.possessorSubject(v); owner != "" && len(agents) == 0 {
		// "New Zealand's concerns had been conveyed to X": who conveyed
		agents, targets = []string{owner}, c.targetBySpec(end, prepsOf(p.target))
	}
	if len(agents) == 0 && electActions[p.action] && len(targets) == 1 {
		// "Pezeshkian was elected president": the country of the office
		agents = c.officeOwner(end, targets[0])
	}
	if len(agents) == 0 && violentRoots[p.code[:2]] {
		// "were wounded when Palestinian militants fired mortars": who
		// acted in the clause that tells how
		agents = c.whenSubject(end)
	}
	if len(agents) == 0 {
		// "was assassinated in Tehran, an attack widely blamed on Israel"
		// (attributed.go)
		agents = c.apposedBlame(end)
	}
	if len(agents) == 0 && symmetric[p.action] {
		if parties := c.subjectBetween(v); len(parties) >= 2 {
			agents, targets = parties, nil // "the deal between Chile and Peru was signed": theirs
		}
	}
	if len(agents) == 0 {
		agents = c.removedFrom(v, end) // "two Chilean diplomats were expelled from Peru": Peru expelled them
	}
	if len(agents) == 0 && custodyAct(p.code) && peopleOrBodies(targets) {
		// "Mr Sigarchi was arrested", "was extradited to the United
		// States": the state of the clause's place or of the article
		// (coercionstate.go), never the state one is handed to; but not
		// "Iraqi forces were ousted", nor coercion of no kind the state
		// alone does: "the president was forced from office"
		if st := c.coercionState(end); st != "" && !slices.Contains(c.targetBySpec(end, prepsOf(p.target)), st) {
			agents = []string{st}
		}
	}
	return agents, targets
}

// custodyCodes are the CAMEO codes and roots of what a state does to
// people in its hands: coercion (arrest, jail, deport) and handing them
// over (extradite).
var custodyCodes = lexicon.Class("custodyCodes")

// custodyAct reports an act of custodyCodes, but for coercion of no kind
// in particular (170).
func custodyAct(code string) bool {
	return custodyCodes[code] || len(code) == 3 && custodyCodes[code[:2]] && code != "170"
}

// removalVerbs, as participles, send people out of a country, which is
// who sends them: "were expelled from Peru".
var removalVerbs = lexicon.Class("removalVerbs")

// removedFrom is the country that the passive verb of removal at v,
// ending at end, sends its subject out of, named after "from"; nil when
// there is none:
//
//	... REMOVAL-PARTICIPLE from COUNTRY
//
// "Two Chilean diplomats were expelled from Peru on Monday": Peru expels
// them.
func (c *eventCtx) removedFrom(v, end int) []string {
	t := c.t
	if !removalVerbs[t[v].lower()] || end+1 >= len(t) || !fromPreps[t[end].lower()] {
		return nil
	}
	if a := actorAt(c.acts, end+1); a >= 0 && c.acts[a].a == end+1 && c.acts[a].typ == Country && !c.acts[a].demonym && !c.acts[a].modifier {
		return []string{c.acts[a].key}
	}
	return nil
}

// ownerOfSubject is the actor whose possessive opens the subject of the
// passive verb at v, as the owner of an object is its target in the
// active ("accused Georgia's ruling party"):
//
//	OWNER 's [ADJ|NOUN]* NOUN [AUX]* VBN
//
// "Georgia's ruling party has been accused by the EU": Georgia.
func (c *eventCtx) ownerOfSubject(v int) []string {
	t := c.t
	k := c.subjectEnd(v)
	n := k
	for k >= 0 && (strings.HasPrefix(t[k].Tag, "NN") || t[k].Tag == "JJ" || t[k].Tag == "VBG") && isWord(t[k].Text) && actorAt(c.acts, k) < 0 {
		k--
	}
	if k == n || k < 1 || !isPossessive(t[k].Text) {
		return nil
	}
	if a := actorAt(c.acts, k-1); a >= 0 && c.acts[a].b == k && !c.acts[a].modifier {
		return []string{c.acts[a].key}
	}
	return nil
}

// subjectActDoers finds the doers of the act an event noun opening the
// sentence names, as the subject of the passive verb at v that reacts to
// it or takes a stance on it:
//
//	[DET|ADJ|NATIONALITY|OWNER 's]* EVENT-NOUN ... [by DOER] ... (was|were) VERB
//
// "The expulsion of the Chilean ambassador by Peru was condemned by
// Bolivia": Peru; "Israel's strikes on Gaza were backed by the US":
// Israel. ok is false when the subject is no event noun; doers are nil
// when it names none.
func (c *eventCtx) subjectActDoers(v int) (doers []string, ok bool) {
	t := c.t
	n := datelineEnd(t)
	for n < v && (modifiesNoun(t[n]) || isPossessive(t[n].Text) || actorAt(c.acts, n) >= 0 && c.acts[actorAt(c.acts, n)].b > n) {
		n++
	}
	if n >= v || !strings.HasPrefix(t[n].Tag, "NN") || !c.eventNounAt(n) {
		return nil, false
	}
	for k := n + 1; k < v; k++ {
		if isFinite(t[k].Tag) && !auxiliary(t[k].Text) {
			return nil, false // "The attack that Peru condemned was": a clause of its own
		}
	}
	if by, _ := c.nounAgent(n + 1); len(by) > 0 {
		return by, true
	}
	return c.nominalAgent(n), true
}

// statePassive reports a passive participle at v after a present "is" or
// "are" and adverbs: a state the subject is in, no act ("the DKBA, which
// is allied with the government").
func (c *eventCtx) statePassive(v int) bool {
	k := v - 1
	for k >= 0 && c.t[k].Tag == "RB" {
		k--
	}
	return k >= 0 && (c.t[k].Tag == "VBZ" || c.t[k].Tag == "VBP") && beForms[c.t[k].lower()]
}
