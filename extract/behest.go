package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// An act done at another's invitation, request or order: the noun after a
// preposition of occasion and "the" names what its author, after "of",
// did to the subject of the clause:
//
//	SUBJ VERB ... (at|on|upon) the (APPEAL|DEMAND|INVITATION)-NOUN of AGENT
//
// "Ana Ruiz visited Chile at the invitation of President Luis Vega": Vega
// invites Ruiz; "sent troops at the request of Peru": Peru asks.

// behestPreps open the phrase of an act done at another's word: "at the
// invitation of", "on the orders of".
var behestPreps = lexicon.Class("behestPreps")

// behestRoots are the CAMEO roots of the acts one does at another's word:
// appeals (02), offers and invitations (03), demands and orders (10).
var behestRoots = lexicon.Class("behestRoots")

// behestOf returns, for the noun at v matched as pattern p up to end, the
// author of the appeal, invitation or order the clause's act was done at
// and the clause's subject, or nil and nil.
func (c *eventCtx) behestOf(v, end int, p verbEntry) (agents, targets []string) {
	t := c.t
	if !behestRoots[p.code[:2]] || len(p.rest) > 0 || end+1 >= len(t) || !ofWords[t[end].lower()] {
		return nil, nil
	}
	k := modifiersBefore(t, v)
	if k < 0 || !behestPreps[t[k].lower()] || !definite[t[k+1].lower()] {
		return nil, nil
	}
	agents = c.objectAfter(end+1, 4)
	if len(agents) == 0 {
		return nil, nil
	}
	targets = c.timeClauseSubject(k)
	if len(targets) == 0 {
		return nil, nil
	}
	return agents, targets
}
