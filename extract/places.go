package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Where an act took place, and the places that are no party to it:
//
//	VERB ... (in|at|near) [the] PLACE            where it happened
//	(PLACE-ROOT act) ... in PLACE, no party      the place acted upon
//	(visit|attack) ... CAPITAL, the country unnamed   no party: a place
//
// "met at the president's Jerusalem residence": Jerusalem is where;
// "imposed a curfew in Abidjan": Abidjan is acted upon; "attacked Kabul":
// a place, no event between actors.

// placeAfter finds where the event of a pattern ending at end took place:
// a named place after "in", "at" or "near" in its clause.
func (c *eventCtx) placeAfter(end int) string {
	t := c.t
	for k := end; k+1 < len(t) && k < end+12; k++ {
		w := t[k].lower()
		if clauseBreaks[w] || w == "." || strings.HasPrefix(t[k].Tag, "VB") {
			return ""
		}
		if !placePreps[w] {
			continue
		}
		if key := c.placeFrom(k+1, func(actor) bool { return true }); key != "" {
			return key
		}
	}
	return ""
}

// placeFrom is the key of the first place named at token j, past "the",
// that ok accepts; "" when none.
func (c *eventCtx) placeFrom(j int, ok func(actor) bool) string {
	if j < len(c.t) && definite[c.t[j].lower()] {
		j++
	}
	if j+1 < len(c.t) && settlementNouns[c.t[j].lower()] && ofAfter(c.t, j) {
		j += 2 // "the city of Kharkiv"
	}
	for _, p := range c.places {
		if p.a == j && ok(p) {
			return p.key
		}
	}
	return ""
}

// placeRoots are the CAMEO roots of acts done to the place they happen in:
// pledges, aid, concessions, protest, deployments, sanctions, repression and
// force.
var placeRoots = lexicon.Class("placeRoots")

// placeIn finds the place or country an act ending at end is done in: "in
// the Gaza Strip", "into Abidjan", with no actor acted upon named.
func (c *eventCtx) placeIn(end int) string {
	t := c.t
	for k := end; k+1 < len(t) && k < end+12; k++ {
		w := t[k].lower()
		reduced := t[k].Tag == "VBG" && k > end && strings.HasPrefix(t[k-1].Tag, "NN") // "refugees fleeing the war in Liberia"
		if clauseBreaks[w] || w == "." || w == "," || isVerb(t, k) && k > end && !reduced || subordinators[w] && t[k].Tag == "IN" && k > end ||
			k > end && strings.HasPrefix(t[k].Tag, "NN") && eventNoun(w) {
			return "" // and "agreed to reopen the crossing after talks in Kabul", "to take part in talks in London": the place of the talks
		}
		if strings.HasPrefix(t[k].Tag, "NNP") && !isDateWord(t[k].Text) && (actorAt(c.acts, k) >= 0 || actorAt(c.places, k) >= 0) {
			return "" // "struck Gaza in Lebanon": the object is a place of its own
		}
		if missionPreps[w] {
			// "protests outside the British embassy": a state's mission
			// stands for it
			if pl := c.missionAt(k + 1); pl != "" {
				return pl
			}
			continue
		}
		if !insidePreps[w] {
			continue
		}
		if k > 0 && returnParticles[t[k-1].lower()] {
			return "" // "sent them back to Bulgaria"
		}
		j := k + 1
		for j < len(t) && j < k+4 && (determiners[t[j].lower()] || t[j].Tag == "JJ" || t[j].Tag == "VBN") {
			j++
		}
		if j+1 < len(t) && settlementNouns[t[j].lower()] && ofAfter(t, j) {
			j += 2 // "in the northern city of Kirkuk"
		}
		// the place the name starts with, or a known place inside it: not
		// "the West" but Darfur in "West Darfur State"
		for q := j; q < len(t) && (q == j || strings.HasPrefix(t[q].Tag, "NNP")); q++ {
			for _, p := range c.places {
				if p.a == q && (q > j || !(p.b < len(t) && strings.HasPrefix(t[p.b].Tag, "NNP"))) && (q == j || p.country != "") {
					if openPlaceKinds[p.kind] {
						return "" // "attacked a ship in the Red Sea": where, not what
					}
					return p.key
				}
			}
		}
		if a := actorAt(c.acts, j); a >= 0 && c.acts[a].a == j && c.acts[a].typ == Country && !c.acts[a].demonym {
			return c.acts[a].key
		}
		// "in a gunbattle in southeastern Serbia": the next "in" may name it
	}
	return ""
}

// missionAt returns the embassy or consulate named from token j on ("the
// British embassy"), or "".
func (c *eventCtx) missionAt(j int) string {
	return c.placeFrom(j, func(p actor) bool {
		return p.country != "" && missionWords[c.t[p.b-1].lower()]
	})
}

// missionState is the state whose embassy or consulate is named from
// token j on ("the Iranian consulate": Iran), as a key; "" when none. An
// act of force on a state's mission is an act on that state.
func (c *eventCtx) missionState(j int) string {
	if j < len(c.t) && indefinite[c.t[j].lower()] {
		j++ // "an Iranian consulate"
	}
	var state string
	c.placeFrom(j, func(p actor) bool {
		if p.country != "" && missionWords[c.t[p.b-1].lower()] {
			state = "country:" + p.country
			return true
		}
		return false
	})
	return state
}

// missionWords end the names of a state's missions abroad.
var missionWords = lexicon.Class("missionWords")

// settlementNouns name the kind of place before its name: "the city of
// Kirkuk".
var settlementNouns = lexicon.Class("settlementNouns")

// placeAt is the key of the place named at token j, past "the", that acts
// can be done to; "" when none.
func (c *eventCtx) placeAt(j int) string {
	return c.placeFrom(j, func(p actor) bool { return !openPlaceKinds[p.kind] })
}

// openPlaceKinds are the kinds of places (places.tsv) that no act is done
// to, only in: seas, continents.
var openPlaceKinds = lexicon.Class("openPlaceKinds")

// visitCode is the CAMEO code of making a visit; hostCode of hosting one.
const (
	visitCode = "042"
	hostCode  = "043"
)

// dropCapitals removes capitals standing for their countries from the
// targets of an attack or of hosting, unless the country itself is named
// after the verb or the capital owns one of the state's bodies:
//
//	VERB ... CAPITAL 's [ADJ]* GROUP-NOUN   (the state)
//
// "fought Khartoum's government forces": Sudan; "attacked Kabul": a place.
func (c *eventCtx) dropCapitals(keys []string, end int) []string {
	return c.dropAfter(keys, end, func(a actor) bool {
		return a.capital && !(isPossessiveAt(c.t, a.b) && c.groupAfter(a.b+1, len(c.t)))
	})
}

// visited are the targets of a visit: a capital is a city visited, no
// country ("arrived in Beijing"), as the annotation convention has it, and
// a country named only by its nationality is a people visited, no country,
// unless the country itself is named after the verb ("visited the
// Pakistani community in Manchester", "arrived in Lima for talks with
// Peru"),
// and no one visits their own state ("Yeltsin left for a holiday home near
// Moscow"), which is a visitor that is a country or a state one of the
// visitors holds an office of, nor the dead whose tomb or memorial one
// visits ("visited the tomb of Yasser Arafat").
func (c *eventCtx) visited(keys []string, end int, visitors []string) []string {
	keys = slices.DeleteFunc(slices.Clone(keys), func(k string) bool {
		return strings.HasPrefix(k, "country:") && slices.Contains(visitors, k) || c.ownState(visitors, k)
	})
	if k := c.objectHead(end); k >= 0 && memorialNouns[c.t[k].lower()] {
		// "visited the tomb of Yasser Arafat": a place of the dead, no one
		// visited; the country it is in stays ("the Unknown Soldier's
		// grave in Chile")
		return c.dropAfter(keys, end, func(a actor) bool { return a.typ == Person })
	}
	return c.dropAfter(keys, end, func(a actor) bool { return a.demonym || a.capital })
}

// memorialNouns name the places where the dead are remembered: "the tomb
// of Yasser Arafat".
var memorialNouns = lexicon.Class("memorialNouns")

// dropAfter removes from keys those that every actor of theirs from token
// end on is one drop tells: a key named otherwise there too stays.
func (c *eventCtx) dropAfter(keys []string, end int, drop func(actor) bool) []string {
	dropped := map[string]bool{}
	named := map[string]bool{}
	for _, a := range c.acts {
		if a.a >= end {
			if drop(a) {
				dropped[a.key] = true
			} else {
				named[a.key] = true
			}
		}
	}
	var out []string
	for _, k := range keys {
		if !dropped[k] || named[k] {
			out = append(out, k)
		}
	}
	return out
}

// nationalPlace reports a nationality at actor a that only says whose
// settlement is where an act happened, after a preposition of place:
//
//	(in|at|into) [the] NATIONALITY [ADJ]* SETTLEMENT-NOUN
//
// "approved the plan at a meeting in the Ethiopian capital": where, not
// whom.
func (c *eventCtx) nationalPlace(a int) bool {
	t, act := c.t, c.acts[a]
	if !act.demonym || act.b >= len(t) {
		return false
	}
	k := act.b
	for k < len(t) && t[k].Tag == "JJ" && !isCap(t[k].Text) {
		k++ // "the Nigerian northern city"
	}
	if k >= len(t) || !settlementNouns[t[k].lower()] {
		return false
	}
	p := act.a - 1
	if p >= 0 && definite[t[p].lower()] {
		p--
	}
	return p >= 0 && cityPreps[t[p].lower()]
}

// illObject reports that the object after token end is an ill, a kind of
// wrongdoing or hardship no party is named by ("fighting corruption in
// Peru", "combating drug trafficking"): an act against it is done where
// it is, not to the place.
//
//	VERB [DET|ADJ]* ILL-NOUN
func (c *eventCtx) illObject(end int) bool {
	t := c.t
	k := end
	for k < len(t) && (determiners[t[k].lower()] || t[k].Tag == "JJ" || t[k].Tag == "NN" && k+1 < len(t) && illNouns[t[k+1].lower()]) {
		k++ // "drug trafficking"
	}
	return k < len(t) && !isCap(t[k].Text) && illNouns[t[k].lower()]
}

// illNouns name wrongdoing or hardship in general, no party: "corruption",
// "poverty", "terrorism".
var illNouns = lexicon.Class("illNouns")

// personsObject reports that the object after token end, past "of" for a
// noun, is people named by a plural noun ("three Kurdish leaders", "two
// civilians", "the assassination of three exiled leaders"): an act of
// force on them is done where they are, not to the place.
//
//	VERB|NOUN [of] [DET|NUM|ADJ|NATIONALITY]* PEOPLE-NNS
func (c *eventCtx) personsObject(end int) bool {
	t := c.t
	k := end
	if k < len(t) && ofWords[t[k].lower()] {
		k++
	}
	for k < len(t) && (determiners[t[k].lower()] || t[k].Tag == "CD" || t[k].Tag == "JJ" || t[k].Tag == "VBN" || demonymLike(t[k].Text) ||
		actorAt(c.acts, k) >= 0 && c.acts[actorAt(c.acts, k)].demonym) {
		k++
	}
	if k >= len(t) || t[k].Tag != "NNS" || isCap(t[k].Text) {
		return false
	}
	w := t[k].lower()
	return civilianNouns[w] || outsideGroups[w] || c.pluralTitle(k)
}
