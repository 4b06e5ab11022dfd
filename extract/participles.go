package extract

// A participle right after a common noun opens a reduced relative clause
// about that noun, and the noun is its subject:
//
//	NN|NNS VBG|VBN ...   (the noun no actor)
//
// "blocked a resolution condemning Syria": the resolution condemns, so
// the participle is a verb (its object is no object of "blocked"), and
// its agent is the noun's: none for a thing, the author found as the
// clause's subject for what an actor issues or does ("issued a
// declaration demanding").

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// actNouns name what an actor issues or carries out, so that what they
// do is done by their author: "issued a declaration demanding",
// "cyber activity targeting".
var actNouns = lexicon.Class("actNouns")

// doneBy reports that the noun at k stands for its author, who is found
// as the subject of the clause: a group noun ("troops"), a claim, an
// event or an act noun.
func (c *eventCtx) doneBy(k int) bool {
	w := c.t[k].lower()
	return groupNouns[w] || claimNouns[w] || actNouns[w] || eventNoun(w)
}

// nounModifier reports a participle right after a common noun, which
// opens a reduced relative clause about that noun: "a resolution
// condemning Syria", "troops stationed in Mali". Its subject is the noun.
func nounModifier(t []Token, k int) bool {
	return (t[k].Tag == "VBG" || t[k].Tag == "VBN") && k > 0 && (t[k-1].Tag == "NN" || t[k-1].Tag == "NNS")
}
