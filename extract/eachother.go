package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Parties named together who act on "each other" or "one another" each
// act on the others:
//
//	SUBJ and SUBJ VERB (each other|one another) ...
//
// "Sri Lanka's government and the Tamil Tigers accused each other of
// violating the ceasefire": each accuses the other.

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
	return end+1 < len(t) && reciprocalHeads[strings.ToLower(t[end].Text)] && reciprocalTails[strings.ToLower(t[end+1].Text)]
}

// eachOtherEvents tells ev once for each ordered pair of parties, in the
// order the sentence names them: each party acts on each other one.
func (c *eventCtx) eachOtherEvents(ev Event, parties []string, si, v int) []Event {
	order := c.textOrder(parties)
	var out []Event
	for _, a := range order {
		for _, b := range order {
			if a == b {
				continue
			}
			e := ev
			e.Agents, e.Targets = []string{a}, []string{b}
			out = append(out, e)
			c.note(e, si, v, true)
		}
	}
	return out
}
