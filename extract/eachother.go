package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Parties named together who act on "each other" or "one another" each
// act on the others:
//
//	SUBJ and SUBJ VERB (each other|one another) ...
//
// "Sri Lanka's government and the Tamil Tigers accused each other of
// violating the ceasefire": each accuses the other (pairEvents, both
// ways).

// reciprocalHeads and reciprocalTails make up "each other", "one
// another".
var (
	reciprocalHeads = lexicon.Class("reciprocalHeads")
	reciprocalTails = lexicon.Class("reciprocalTails")
)

// eachOther reports "each other" or "one another" right after the words
// ending at end.
func (c *eventCtx) eachOther(end int) bool {
	t := c.t
	return end+1 < len(t) && reciprocalHeads[t[end].lower()] && reciprocalTails[t[end+1].lower()]
}
