package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// additiveLinks are the words that join a party to the ones before it as
// "and" does, each link's words in order: "along with", "as well as".
var additiveLinks = func() [][]string {
	var out [][]string
	for _, l := range lexicon.List("additiveLinks") {
		out = append(out, strings.Split(l, "+"))
	}
	return out
}()

// comparisonPreps open a phrase that compares a subject with another
// party: "like", "unlike".
var comparisonPreps = lexicon.Class("comparisonPreps")

// additiveLinkAt is the number of tokens of an additive link at token k,
// 0 when none is there:
//
//	PARTY , along with|together with|as well as|alongside PARTY ,
//
// "Chile and Peru, along with Bolivia, signed", "urged Peru, as well as
// Bolivia, to withdraw".
func additiveLinkAt(t []Token, k int) int {
	if k < 0 {
		return 0
	}
	for _, link := range additiveLinks {
		if k+len(link) > len(t) {
			continue
		}
		n := 0
		for n < len(link) && t[k+n].lower() == link[n] {
			n++
		}
		if n == len(link) {
			return n
		}
	}
	return 0
}

// parentheticalParty reads a phrase in commas that opens at token j (the
// comma) and closes at token k (the next comma) after a subject, and
// names a party beside it: an additive link's party, which acts with the
// subject ("Chile, along with Peru, condemned": both), or a compared one,
// which does not ("Chile, like Peru, condemned": Chile). ok is false when
// the phrase is neither.
func (c *eventCtx) parentheticalParty(j, k int) (also []string, ok bool) {
	t := c.t
	if j+1 >= k {
		return nil, false
	}
	n := additiveLinkAt(t, j+1)
	if n == 0 && !comparisonPreps[t[j+1].lower()] {
		return nil, false
	}
	start := j + 1 + max(n, 1)
	for start < k && determiners[t[start].lower()] {
		start++
	}
	a := actorAt(c.acts, start)
	if a < 0 || c.acts[a].a != start || c.acts[a].b > k {
		return nil, false
	}
	if n == 0 {
		return nil, true
	}
	return c.resolveHolder(a, c.coordinated(a, 1)), true
}
