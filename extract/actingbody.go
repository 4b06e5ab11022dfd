package extract

import "slices"

// A name the lexicon knows only as an organization, which the name tagger
// took for a place, is the organization when a finite verb follows it as
// its subject:
//
//	NAME(ORG in the lexicon, LOC to the tagger) FINITE-VERB
//
// "Amazon agreed to buy Whole Foods": the company, not the river. A place
// does not act, and a place that stands for its state is one the lexicon
// knows as a place.

// actingBody reports that the lexicon's entries es for a name ending
// before token b are all organizations and that a finite verb follows it.
func actingBody(t []Token, b int, es []gazEntry) bool {
	if b >= len(t) || !(isFinite(t[b].Tag) || t[b].Tag == "MD") {
		return false
	}
	return !slices.ContainsFunc(es, func(e gazEntry) bool { return e.typ != Organization })
}
