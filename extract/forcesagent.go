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
// machines: "troops", "warplanes". incursionVerbs move them into a place:
//
//	(STATE ['s]|NATIONALITY) FORCE-NOUN ... INCURSION-VERB STATE     "Chilean troops crossed into Peru"
//
// is force; the same verbs of anyone else ("Ana Ruiz entered Peru") are
// no event, nor are forces that go in to help ("crossed into Peru to help
// the government fight rebels", helpRoots).
var (
	conventionalForces = lexicon.Class("conventionalForces")
	incursionVerbs     = lexicon.Class("incursionVerbs")
	helpRoots          = lexicon.Class("helpRoots")
)

// incursion reports an act of force by forces going into a state, told
// by the verb at v whose pattern ends at end: a state's forces
// are its agents and no infinitive of help follows in the clause.
func (c *eventCtx) incursion(v, end int, agents []string) bool {
	if !c.forcesAgent(v, agents) {
		return false
	}
	t := c.t
	for k := end; k+1 < len(t) && k < end+6 && t[k].Text != ","; k++ {
		if infinitiveMarks[t[k].lower()] && t[k+1].Tag == "VB" {
			for _, q := range c.idx.verbs[c.idx.verbLemma(t[k+1].Text)] {
				if helpRoots[q.code[:2]] {
					return false
				}
			}
			return true
		}
	}
	return true
}

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
