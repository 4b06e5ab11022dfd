package extract

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A denial of one's part in an act answers whoever blamed the denier for
// it, in the sentence before or the one before that:
//
//	ACCUSER (accused|blamed|...) DENIER ... .  DENIER (denied|disputed) [any|a] [ADJ]* PART-NOUN
//
// "India blamed Pakistan for the attack. Pakistan denied any
// involvement": Pakistan denies India. The denial names no claim noun
// ("denied the claim", definiteevent.go) but the denier's part in the act.

// partNouns name one's part in an act: "involvement", "responsibility",
// "any role".
var partNouns = lexicon.Class("partNouns")

// disapproveRoot is the CAMEO root of disapproval: accusing, blaming,
// criticising.
const disapproveRoot = "11"

// deniedPartAccusers finds who blamed the agents of a denial at v for an
// act when its object, from token end on, is their part in it: the agents
// of the last disapproval of them read in the two sentences before; nil
// otherwise.
func (c *eventCtx) deniedPartAccusers(v, end int, agents []string) []string {
	t := c.t
	if !denyVerbs[t[v].lower()] || c.notes == nil || len(agents) == 0 {
		return nil
	}
	for end < len(t) && t[end].Tag == "DT" {
		end++ // "any", "all"
	}
	k := objectNounAt(t, end)
	if k >= len(t) || !partNouns[t[k].lower()] {
		return nil
	}
	return c.recentAgents(func(ev Event) bool {
		return ev.Code[:2] == disapproveRoot && slices.ContainsFunc(ev.Targets, func(key string) bool { return slices.Contains(agents, key) })
	})
}
