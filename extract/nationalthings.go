package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// What is bought or sold is a thing or a company: a nationality before it
// says whose it is, and no state is the act's target:
//
//	(buy|sell|...) [DET|CD|ADJ|MEASURE of]* NATIONALITY [and NATIONALITY]* NOUN      (no name after)
//
// "Vodafone buys Romanian and Czech networks": no act on Romania or the
// Czech Republic; a country's name before the noun ("U.S. wheat") and a
// measure of the thing ("98,000 tonnes of") say no more. The party the
// pattern's preposition names is the target ("bought U.S. wheat from
// Cargill"). A name after the noun is the target ("bought Romanian firm
// MobiFon"), as elsewhere; so is the state that arms are bought from
// ("has bought Russian fighter jets").

// ownershipActs are the actions of buying and selling.
var ownershipActs = lexicon.Class("ownershipActs")

// nationalThings reports an object from token end on that is a common
// noun described by nationalities alone.
func (c *eventCtx) nationalThings(end int) bool {
	t := c.t
	demonym := false
	for k := end; k < len(t) && k < end+8; k++ {
		w := t[k].lower()
		if determiners[w] || t[k].Tag == "CD" || t[k].Tag == "JJ" && !isCap(t[k].Text) || coordinators[w] {
			continue
		}
		if k > end && t[k-1].Tag == "CD" && t[k].Tag == "NNS" && startsLower(t[k].Text) && k+1 < len(t) && ofWords[t[k+1].lower()] {
			k++ // "98,000 tonnes of": a measure of the thing
			continue
		}
		if i := actorAt(c.acts, k); i >= 0 {
			if !c.acts[i].demonym && !(c.acts[i].typ == Country && c.acts[i].b < len(t) && nounTag(t[c.acts[i].b].Tag) && startsLower(t[c.acts[i].b].Text)) {
				return false // but "U.S. wheat": the country's name for its nationality
			}
			demonym = true
			k = c.acts[i].b - 1
			continue
		}
		return demonym && c.noPartyNoun(k) && !armsNouns[w] && !(k+1 < len(t) && (actorAt(c.acts, k+1) >= 0 || armsNouns[t[k+1].lower()]))
	}
	return false
}
