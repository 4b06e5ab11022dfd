package extract

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Who joins or follows another in doing an act does it with the other:
//
//	SUBJ (join|follow) PARTY in VBG ...       SUBJ and PARTY do it
//
// "France joined Germany in condemning Russia": France and Germany
// condemn Russia; "Chile followed Peru in expelling the envoys". Who
// will not follow leaves the act to the others ("will not follow the US
// in sanctioning China").

// joinVerbs take as object a party whose act their subject shares;
// joinPreps introduce the act.
var (
	joinVerbs = lexicon.Class("joinVerbs")
	joinPreps = lexicon.Class("joinPreps")
)

// joinedIn is who does the act of the gerund at v when a verb of joining
// before it names the party joined: the joiner and the joined; nil when
// no such verb does.
func (c *eventCtx) joinedIn(v int) []string {
	t := c.t
	if t[v].Tag != "VBG" || v < 3 || !joinPreps[t[v-1].lower()] {
		return nil
	}
	a := actorAt(c.acts, v-2)
	if a < 0 || c.acts[a].b != v-1 {
		return nil
	}
	k := c.acts[a].a - 1
	for k >= 0 && (determiners[t[k].lower()] || coordinators[t[k].lower()] || t[k].Text == "," || actorAt(c.acts, k) >= 0) {
		k-- // "joined the United States, Britain and France in"
	}
	if k < 0 || !joinVerbs[t[k].lower()] || !isVerb(t, k) {
		return nil
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if negations[t[j].lower()] {
			return nil // "will not follow the US and UK in sanctioning China": they do, it does not
		}
	}
	joiners := c.subject(k, false)
	if len(joiners) == 0 {
		return nil
	}
	for _, j := range c.coordinated(a, -1) {
		if !slices.Contains(joiners, j) {
			joiners = append(joiners, j)
		}
	}
	return joiners
}
