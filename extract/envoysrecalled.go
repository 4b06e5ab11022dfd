package extract

import "strings"

// States named together that recall or withdraw their envoys, with no
// state named they recall them from, each recalls its own from the
// others:
//
//	STATE and STATE (recall|withdraw) [their] ENVOYS     no "from PARTY"
//
// "Colombia and Venezuela recalled their ambassadors": Colombia recalls
// its ambassador from Venezuela, and Venezuela its own from Colombia
// (pairEvents, both ways).

// recallCode is CAMEO's reducing or breaking of diplomatic relations
// (161), under which recalling an envoy falls.
const recallCode = "161"

// envoysRecalled reports a recall of envoys, pattern p, that the states
// agents named together make with no other party named.
func (c *eventCtx) envoysRecalled(p verbEntry, agents, targets []string, passive bool) bool {
	if passive || len(targets) > 0 || p.code != recallCode || len(p.rest) == 0 || !diplomatNouns[p.rest[len(p.rest)-1]] {
		return false // "Colombia and Venezuela cut ties": one act between the two
	}
	for _, a := range agents {
		if !strings.HasPrefix(a, "country:") {
			return false
		}
	}
	return true
}
