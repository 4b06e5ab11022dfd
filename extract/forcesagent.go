package extract

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Violence a state's regular forces do is conventional military force
// (CAMEO 19), not the unconventional violence of guerrillas, militants and
// bombers (18), which the verbs of killing and wounding code:
//
//	(STATE ['s]|NATIONALITY) FORCE-NOUN ... VIOLENT-VERB      "Serb forces killed three ethnic Albanians"
//
// "Hezbollah guerrillas killed the deputy chief" stays 18.

// conventionalForces are a state's regular armed forces and their
// machines: "troops", "warplanes".
var conventionalForces = lexicon.Class("conventionalForces")

// assaultRoot and militaryForceCode are CAMEO's root of unconventional
// violence and its code of conventional military force.
const (
	assaultRoot       = "18"
	militaryForceCode = "190"
)

// forcesAgent reports an agent of the verb at v that is a country named
// before it with a noun of its regular forces right after its name.
func (c *eventCtx) forcesAgent(v int, agents []string) bool {
	for _, a := range c.acts {
		k := a.b
		if k < len(c.t) && isPossessive(c.t[k].Text) {
			k++ // "Israel's warplanes"
		}
		if k >= v || a.typ != Country || !conventionalForces[c.t[k].lower()] {
			continue
		}
		if slices.Contains(agents, a.key) {
			return true
		}
	}
	return false
}
