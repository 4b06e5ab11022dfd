package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// goodsRoots are the CAMEO roots of acts on goods that are acts on the
// state the goods come from: investigations (09) and sanctions (16).
var goodsRoots = lexicon.Class("goodsRoots")

// Duties, bans and tariffs on goods from a state are on that state, and
// an investigation into them is of that state:
//
//	VERB ... PREP [ADJ|NOUN|DET|and|,]+ from STATE [, STATE]* [and STATE]
//
// "The US has imposed anti-dumping duties on frozen and canned shrimp
// from China, Vietnam and Thailand": on China, Vietnam and Thailand, whose
// goods they are; "launched an anti-dumping investigation into imports
// from Japan": of Japan. PREP is one of the pattern's own ("on"), within four
// words of its end; only goods named by common nouns stand between it and
// "from". The state may be a union of them ("from the European Union"),
// and a firm's goods are on the firm.
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
	j++
	for j < len(t) && determiners[t[j].lower()] {
		j++ // "from the European Union"
	}
	a := actorAt(c.acts, j)
	if a < 0 || c.acts[a].a != j || c.acts[a].typ != Country && c.acts[a].typ != Organization || c.acts[a].demonym {
		return nil
	}
	return c.coordinated(a, 1)
}

// goodsWord reports a word of a phrase that names goods: a common noun,
// an adjective or a participle ("frozen and canned shrimp"), a
// determiner, "and", "of" or a comma between them ("imports of a
// chemical"), and their worth ("$18 billion worth of imports").
func (c *eventCtx) goodsWord(j int) bool {
	w := c.t[j]
	if actorAt(c.acts, j) >= 0 || isCap(w.Text) && strings.HasPrefix(w.Tag, "NN") {
		return false
	}
	if (w.Tag == "VBN" || w.Tag == "VBD") && j+1 < len(c.t) {
		next := c.t[j+1]
		return strings.HasPrefix(next.Tag, "NN") && !isCap(next.Text) || coordinators[next.lower()] // "canned shrimp", the tagger's past tense or not
	}
	return strings.HasPrefix(w.Tag, "NN") || w.Tag == "JJ" || determiners[w.lower()] || coordinators[w.lower()] || w.Text == "," || ofWords[w.lower()] || w.Tag == "CD" || w.Tag == "$"
}
