package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A state's own body and the state are one side: what the body does to
// its state or people is the state's business at home, no event between
// actors.
//
//	STATE-BODY VERB ITS-STATE
//
// "The Treasury Department barred Americans from doing business": the
// United States does not bar the United States.

// stateBodyKinds are the kinds of organization that are a state's own
// bodies: its government departments, forces, police and intelligence.
var stateBodyKinds = lexicon.Class("stateBodyKinds")

// stateBodyCountry is the code of the state whose body the actor key is,
// or "".
func (c *eventCtx) stateBodyCountry(key string) string {
	for _, a := range c.acts {
		if a.key == key && a.typ == Organization && a.country != "" {
			return a.country
		}
	}
	return ""
}

// An official's own state named as the subject of the clause the
// official's words open is who will act, not whom the words address:
//
//	OFFICIAL-OF-STATE SAY-VERB [CLAIM-NOUN [that]] STATE FINITE-VERB ...
//
// "Turkish Foreign Minister Mevlut Cavusoglu warned Turkey would impose
// sanctions" warns no one of Turkey, nor "warned the country's security
// services had uncovered ..." Canada, said by Canada's prime minister;
// "warned Germany would face sanctions" warns Germany; "Chile's foreign
// minister dismissed suggestions Santiago's treatment of him was linked
// to the crisis" rejects no one of Chile.

// ownClauseState reports that the target the verbal act at v, whose
// pattern is p and ends at end, finds right after it is the state one of
// the agents holds office in, the subject of a clause of its own.
func (c *eventCtx) ownClauseState(p verbEntry, end int, agents, targets []string) bool {
	if !verbalRoots[p.code[:2]] || len(targets) != 1 || !c.ownState(agents, targets[0]) {
		return false
	}
	k := end
	if k+1 < len(c.t) && claimNouns[c.t[k].lower()] {
		k++ // "dismissed suggestions Santiago's treatment of him was linked to": what is said of the state
		if thatWords[c.t[k].lower()] {
			k++
		}
	}
	if k < len(c.t) && definite[c.t[k].lower()] {
		k++ // "warned the country's security services had found"
	}
	a := actorAt(c.acts, k)
	if a < 0 || c.acts[a].a != k || c.acts[a].key != targets[0] {
		return false
	}
	return c.opensClause(a) || c.ownedSubjectOpens(c.acts[a].b)
}

// ownedSubjectOpens reports a possessive at token j whose noun phrase,
// of up to six words and an "of" in it, is the subject of the finite
// verb after it: "the country's national security institutions
// uncovered", "Santiago's treatment of the leader was".
func (c *eventCtx) ownedSubjectOpens(j int) bool {
	t := c.t
	if j >= len(t) || !isPossessive(t[j].Text) {
		return false
	}
	j++
	for n := 0; j < len(t) && n < 6 && (strings.HasPrefix(t[j].Tag, "NN") || t[j].Tag == "JJ" || n > 0 && (ofWords[t[j].lower()] || determiners[t[j].lower()])) && actorAt(c.acts, j) < 0; n++ {
		j++ // "Santiago's treatment of the leader was"
	}
	return j < len(t) && isFinite(t[j].Tag)
}

// dropOwnState leaves out of targets the state of a body among the
// agents: a state's body acting on its state or people governs it. The
// other way round is kept: "Palestinians accuse the PA" is a people's
// act on its government.
func (c *eventCtx) dropOwnState(agents, targets []string) ([]string, []string) {
	var kept []string
	for _, t := range targets {
		if !slices.ContainsFunc(agents, func(a string) bool {
			code := c.stateBodyCountry(a)
			return code != "" && t == "country:"+code
		}) {
			kept = append(kept, t)
		}
	}
	return agents, kept
}
