package extract

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A noun of fighting that a noun of trade or of talk qualifies names a
// rivalry, no act of force:
//
//	RIVALRY-NOUN FIGHT-NOUN              "the trade war between the US and China"
//	FIGHT-NOUN of RIVALRY-NOUN           "a war of words between Turkey and Israel"
//
// "The price war between the two airlines": they compete, no one fights.

// rivalryNouns qualify a noun of fighting as a contest of trade, prices
// or words.
var rivalryNouns = lexicon.Class("rivalryNouns")

// rivalryNoun reports that the noun at v, whose patterns are pats, is
// one of fighting (its every sense one of CAMEO's violent roots) and is
// qualified as a rivalry.
func rivalryNoun(t []Token, v int, pats []verbEntry) bool {
	if slices.ContainsFunc(pats, func(p verbEntry) bool { return !violentRoots[p.code[:2]] }) {
		return false // "the trade talks between": no fighting
	}
	if v > 0 && rivalryNouns[t[v-1].lower()] {
		return true
	}
	return v+2 < len(t) && ofWords[t[v+1].lower()] && rivalryNouns[t[v+2].lower()]
}
