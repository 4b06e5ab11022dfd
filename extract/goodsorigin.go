package extract

import (
	"slices"
	"strings"
)

// Duties, bans and tariffs on goods from a state are on that state:
//
//	VERB ... PREP [ADJ|NOUN|DET|and|,]+ from STATE [, STATE]* [and STATE]
//
// "The US has imposed anti-dumping duties on frozen and canned shrimp
// from China, Vietnam and Thailand": on China, Vietnam and Thailand, whose
// goods they are. PREP is one of the pattern's own ("on"), within four
// words of its end; only goods named by common nouns stand between it and
// "from".
func (c *eventCtx) goodsOrigin(end int, preps []string) []string {
	t := c.t
	k := end
	for k < len(t) && k < end+4 && !slices.Contains(preps, t[k].lower()) {
		k++
	}
	if k >= len(t) || !slices.Contains(preps, t[k].lower()) {
		return nil
	}
	goods := false
	j := k + 1
	for j < len(t) && j < k+8 && c.goodsWord(j) {
		goods = goods || strings.HasPrefix(t[j].Tag, "NN")
		j++
	}
	if !goods || j+1 >= len(t) || !fromPreps[t[j].lower()] {
		return nil
	}
	a := actorAt(c.acts, j+1)
	if a < 0 || c.acts[a].a != j+1 || c.acts[a].typ != Country || c.acts[a].demonym {
		return nil
	}
	return c.coordinated(a, 1)
}

// goodsWord reports a word of a phrase that names goods: a common noun,
// an adjective or a participle ("frozen and canned shrimp"), a
// determiner, "and" or a comma between them.
func (c *eventCtx) goodsWord(j int) bool {
	w := c.t[j]
	if actorAt(c.acts, j) >= 0 || isCap(w.Text) && strings.HasPrefix(w.Tag, "NN") {
		return false
	}
	if (w.Tag == "VBN" || w.Tag == "VBD") && j+1 < len(c.t) {
		next := c.t[j+1]
		return strings.HasPrefix(next.Tag, "NN") && !isCap(next.Text) || coordinators[next.lower()] // "canned shrimp", the tagger's past tense or not
	}
	return strings.HasPrefix(w.Tag, "NN") || w.Tag == "JJ" || determiners[w.lower()] || coordinators[w.lower()] || w.Text == ","
}
