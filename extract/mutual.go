package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Parties named together as the subject of a mutual act do it with each
// other, one event for each pair of them, in the order the sentence names
// them:
//
//	PARTY and PARTY SYMMETRIC-VERB ...     "Japan and Korea met"
//	PARTY and PARTY VERB ...               the verb's pattern takes the other party only after with|between
//
// "Algeria and Morocco restored ties": Algeria restores ties with
// Morocco, as in "Algeria restored ties with Morocco". A pair a later
// sentence names the other way round keeps the order of the first.

// reciprocalPreps introduce the other party of an act two parties do
// together: "restored ties with", "talks between".
var reciprocalPreps = lexicon.Class("reciprocalPreps")

// mutualCodes are the codes of acts two parties only do together.
var mutualCodes = lexicon.Class("mutualCodes")

// mutual reports an act that two parties named together do to each other:
// a symmetric one ("Japan and Korea met"), one of the mutualCodes whose
// pattern can take the other party after reciprocalPreps ("Bush and
// Chirac spoke by telephone", as "spoke by telephone with"; but "Chile and
// Peru called the vote a sham" is no call), or one whose pattern takes the
// other party only after reciprocalPreps ("Algeria and Morocco restored
// ties", as "Algeria restored ties with Morocco").
func mutual(p verbEntry) bool {
	return symmetric[p.action] || mutualCodes[p.code] && slices.ContainsFunc(p.target, func(sp string) bool { return reciprocalPreps[sp] }) || reciprocalTarget(p)
}

// reciprocalTarget reports a pattern whose target only reciprocalPreps
// introduce: "restore ties with".
func reciprocalTarget(p verbEntry) bool {
	for _, sp := range p.target {
		if !reciprocalPreps[sp] {
			return false
		}
	}
	return len(p.target) > 0
}

// appealRoots are the CAMEO roots of appeals: parties who call for talks
// "between" others or "with" another do not appeal to each other
// ("Cuba and Nicaragua called for dialogue").
var appealRoots = lexicon.Class("appealRoots")

// thirdPartyCodes are the CAMEO codes of acts on others' dealings, which
// parties named together do not do to each other: mediation.
var thirdPartyCodes = lexicon.Class("thirdPartyCodes")

// sharedAct reports a mutual pattern that parties named together do with
// each other: no appeal, which is made to another ("Chile and Peru urged
// restraint"), and no act of a third party ("mediate").
func sharedAct(p verbEntry) bool {
	return mutual(p) && !appealRoots[p.code[:2]] && !thirdPartyCodes[p.code]
}

// consultation reports a pattern of consultation (CAMEO 04) whose other
// party only reciprocalPreps introduce: "discussed the crisis with
// Germany". What else follows is its matter ("discussed a report on
// Iran"), never its party.
func consultation(p verbEntry) bool {
	return strings.HasPrefix(p.code, "04") && reciprocalTarget(p)
}

// coAgents reports a consultation (CAMEO root 04) that several agents
// hold with a target: one meeting of all of them, so that each pair of
// agents meets too ("Kagame and Kabila met Obasanjo": Kagame met Kabila).
// Other symmetric acts may be done with the target one by one ("Poland
// and Slovenia signed association agreements with the EU"); a target
// among the agents makes it no act of theirs together.
func coAgents(p verbEntry, agents, targets []string) bool {
	if !symmetric[p.action] || p.code[:2] != "04" || len(agents) < 2 || len(targets) == 0 {
		return false
	}
	for _, t := range targets {
		if slices.Contains(agents, t) {
			return false
		}
	}
	return true
}

// pairEvents tells a symmetric act ev once for each pair of parties, in
// the order the sentence names them; bothWays tells it each way, for acts
// done to "each other".
func (c *eventCtx) pairEvents(ev Event, parties []string, si, v int, bothWays bool) []Event {
	order := c.textOrder(parties)
	var out []Event
	for i := range order {
		for j := range order {
			if j == i || j < i && !bothWays {
				continue
			}
			e := ev
			e.Agents, e.Targets = []string{order[i]}, []string{order[j]}
			out = append(out, e)
			c.note(e, si, v, true)
		}
	}
	return out
}

// orientSymmetric tells a symmetric act between two parties the way the
// document first tells an act of theirs, so that a pair is one dyad
// however later sentences order it ("Chile and Peru signed ...", later
// "Peru and Chile also signed").
func orientSymmetric(events []Event) {
	type pair struct{ a, b string }
	first := map[pair]bool{}
	for i := range events {
		e := &events[i]
		if !symmetric[e.Action] || len(e.Agents) != 1 || len(e.Targets) != 1 {
			continue
		}
		a, b := e.Agents[0], e.Targets[0]
		switch {
		case first[pair{b, a}]:
			e.Agents, e.Targets = []string{b}, []string{a}
		case !first[pair{a, b}]:
			first[pair{a, b}] = true
		}
	}
}
