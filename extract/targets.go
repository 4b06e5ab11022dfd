package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Whom an act is done to: the actor the verb's pattern names after it, by
// its object or by one of its prepositions, read past determiners,
// adjectives and titles to the phrase's head and its coordinated parties:
//
//	VERB [DET|ADJ]* OBJ [and OBJ]*                 a pattern with "obj"
//	VERB ... PREP [DET|ADJ]* TARGET                a pattern's preposition
//	VERB that TARGET VERB                          the subject of the clause demanded
//	VERB [DET|ADJ]* CLAIM-NOUN by AUTHOR           the claim's author ("rejected calls by Annan")
//
// "Russia attacked Ukraine"; "imposed sanctions on Iran"; "demanded that
// the US cancel"; "rejected calls by Kofi Annan".

// prepsOf keeps the prepositions of a target spec.
func prepsOf(spec []string) []string {
	var out []string
	for _, s := range spec {
		if s != objTarget {
			out = append(out, s)
		}
	}
	return out
}

// pastMannerPhrase is the token after a phrase of manner at end, a
// preposition and a bare noun before an infinitive ("agreed in principle
// to lend Turkey $10bn"), or end when there is none.
func (c *eventCtx) pastMannerPhrase(end int) int {
	t := c.t
	if end+2 < len(t) && t[end].Tag == "IN" && t[end+1].Tag == "NN" && !isCap(t[end+1].Text) && infinitiveMarks[t[end+2].lower()] {
		return end + 2
	}
	return end
}

// reflexives are the object pronouns of an act done to its own agent.
var reflexives = lexicon.Class("reflexives")

// bodyMemberNouns, between a body's name and a country's, make the
// country the one meant, a member of the body: "Nato member Turkey".
var bodyMemberNouns = lexicon.Class("bodyMemberNouns")

// targetOf finds the actors acted upon after the pattern ending at end
// by agents; past the pattern's own prepositions by fallbackPreps unless
// own is set.
func (c *eventCtx) targetOf(end int, spec, agents []string, own bool) []string {
	if end < len(c.t) && reflexives[c.t[end].lower()] && slices.Contains(spec, objTarget) {
		return nil // "had merely defended himself when Pinas attacked him": the act is on its agent
	}
	if slices.Contains(spec, objTarget) && end < len(c.t) && c.t[end].Tag == "PRP" && !reflexives[c.t[end].lower()] {
		return nil // "invited him to Santiago": the pronoun is the object (objectpronoun.go), not the place after it
	}
	if slices.Contains(spec, gapTarget) {
		// "told Kenya's ambassador to leave": the party in the pattern's
		// words (gapObject), none after it; but a preposition the pattern
		// names before the gap does name one ("handed two suspects over
		// to Peru")
		preps := slices.DeleteFunc(slices.Clone(spec), func(sp string) bool { return sp == gapTarget })
		if len(preps) == 0 {
			return nil
		}
		return c.targetBySpec(end, preps)
	}
	if slices.Contains(spec, claimTarget) {
		if end > 1 && claimNouns[c.t[end-1].lower()] {
			// "accepted an Egyptian proposal": the pattern's words hold
			// the claim, whose author is read from its phrase, or owns it
			// ("accepted the EU's demands")
			k := compoundBefore(c.t, end-1)
			if k >= 1 && isPossessive(c.t[k].Text) {
				if a := actorAt(c.acts, k-1); a >= 0 && !c.acts[a].modifier {
					return []string{c.acts[a].key}
				}
			}
			return c.claimant(k + 1)
		}
		return c.claimant(end) // "denied the allegations by the US"
	}
	if slices.Contains(spec, objTarget) {
		// "rejected an Indian proposal for a Free Trade Agreement": whose
		// proposal, not what it is about
		if got := c.claimant(end); len(got) > 0 {
			return got
		}
	}
	if got := c.targetBySpec(end, spec); len(got) > 0 {
		return got
	}
	if got := c.prepClaimant(end, spec); len(got) > 0 {
		return got // "conceded to demands from UNITA": their author
	}
	// "demanded that the US cancel", "urged Friday that Israel ease": the
	// subject of the complement clause
	for k := end; k < len(c.t) && k < end+4; k++ {
		if thatWords[c.t[k].lower()] {
			if k+1 < len(c.t) && isVerb(c.t, k+1) {
				break // "signed a deal that allows Peru to": a relative clause, no complement
			}
			if a := actorAt(c.acts, k+1); a >= 0 && c.acts[a].a == k+1 && !c.acts[a].demonym {
				// "demanded that Israel release Yassin": the clause's
				// subject, whatever the verb after it is tagged; but the
				// speaker's own state is no target ("Pezeshkian warned
				// that Tehran would respond")
				if c.ownState(agents, c.acts[a].key) {
					return nil
				}
				return c.resolveHolder(a, c.coordinated(a, 1))
			}
			if got := c.objectAfter(k+1, 5); len(got) > 0 {
				if len(got) == 1 && c.ownState(agents, got[0]) {
					return nil // "Mr Thamilselvan warned that the Tigers would": his own
				}
				return got
			}
			break
		}
		if !(c.t[k].Tag == "NNP" && isDateWord(c.t[k].Text) || c.t[k].Tag == "RB" || c.t[k].Tag == "CD" ||
			dayPreps[c.t[k].lower()] && k+1 < len(c.t) && isDateWord(c.t[k+1].Text)) {
			break // "urged Friday that Israel ease", "demanded on Friday that"; but "told MPs that Britain would": whom one told
		}
	}
	if e := c.pastMannerPhrase(end); e+1 < len(c.t) && infinitiveMarks[c.t[e].lower()] && c.t[e+1].Tag == "VB" && !isCap(c.t[e+1].Text) && actorAt(c.acts, e+1) < 0 {
		// "offered to supply oil to China": whom the offered act concerns;
		// not what the subject owns ("agreed to sell its Specia unit to Aldi")
		if got := c.objectAfter(e+2, 6); len(got) > 0 && !(e+2 < len(c.t) && c.t[e+2].Tag == "PRP$") {
			return got
		}
		if got := c.targetBySpec(e+2, fallbackPreps); len(got) > 0 {
			return got
		}
		if pl := c.placeIn(e + 2); pl != "" {
			return []string{pl} // "threatened to ban voting in East Jerusalem"
		}
	}
	if got := c.claimant(end); len(got) > 0 {
		return got
	}
	if slices.Contains(spec, objTarget) && c.placeFrom(end, func(actor) bool { return true }) != "" {
		// "warned the West against interfering in Belarus": the object
		// was a place; who comes after is another act's
		return nil
	}
	if c.ownPrepThing(end, spec) {
		// "flew to Bonn for talks with Kohl": the verb's own preposition
		// named a place or thing; who comes after is another act's
		return nil
	}
	if own {
		return nil
	}
	// "provided aerial photographs and other intelligence to Macedonia"
	return c.targetBySpec(end, fallbackPreps)
}

// ownPrepThing reports that the verb ending at end, whose pattern names
// its target by a preposition, is followed by that preposition or one of
// place with a noun that is no actor: "flew to Bonn", "arrived at the
// village".
func (c *eventCtx) ownPrepThing(end int, spec []string) bool {
	t := c.t
	if slices.Contains(spec, objTarget) || end+1 >= len(t) {
		return false
	}
	w := t[end].lower()
	if !slices.Contains(spec, w) && !placePreps[w] {
		return false
	}
	k := modifiersAfter(t, end+1)
	return k < len(t) && strings.HasPrefix(t[k].Tag, "NN") && actorAt(c.acts, k) < 0
}

// claimNouns name what one says; who rejects one rejects its author.
var claimNouns = lexicon.Class("claimNouns")

// claimant finds the author of a claim that is the object of the verb
// ending at end: "dismissed the allegations ... concocted by the US and UK",
// "rejected calls by Kofi Annan", "rejected Britain's proposal".
func (c *eventCtx) claimant(end int) []string {
	t := c.t
	k := end
	for k < len(t) {
		if a := actorAt(c.acts, k); a >= 0 && c.acts[a].demonym && c.claimNounAt(c.acts[a].b) {
			return []string{c.acts[a].key} // "an Indian proposal", "Chilean spying claims"
		}
		if isSum(t, k) {
			k = sumEnd(t, k+1) // "a $1.2bn takeover offer from": the sum the claim is for
			continue
		}
		if !(determiners[t[k].lower()] || t[k].Tag == "JJ" || (nounModifierWord(t[k]) || t[k].Tag == "VBN") && k+1 < len(t) && strings.HasPrefix(t[k+1].Tag, "NN")) {
			break
		}
		k++ // past the words before the claim: "a ceasefire proposal put forward by", "a planned attack"
	}
	o := k
	if o < len(t) && honorifics[t[o].Text] {
		o++ // "Ms Villalba's claims"
	}
	if a := actorAt(c.acts, o); a >= 0 && c.acts[a].a == o && c.acts[a].b < len(t) && isPossessive(t[c.acts[a].b].Text) {
		// "Britain's proposal", "Turkey's EU membership bid", "Ana
		// Ruiz's claims": the owner's, past the words of what it is about
		j := c.acts[a].b + 1
		for j < len(t) && j < c.acts[a].b+4 && !claimNouns[t[j].lower()] && strings.HasPrefix(t[j].Tag, "NN") {
			j++
		}
		if j < len(t) && claimNouns[t[j].lower()] {
			return []string{c.acts[a].key}
		}
	}
	if k >= len(t) || !claimNouns[t[k].lower()] && !eventNoun(t[k].lower()) || strings.HasPrefix(t[k].Tag, "VB") {
		return nil // an act's author too: "denounced the execution of X by Y"; but "agreed to talk about a pipeline from Russia": a verb
	}
	for j := k + 1; j < len(t) && j < k+15; j++ {
		w := t[j].lower()
		if authorPreps[w] {
			return c.objectAfter(j+1, 4)
		}
		if clauseBreaks[w] || w == "." || w == "," || isFinite(t[j].Tag) && coordinators[t[j-1].lower()] {
			break // "plans to end the embargo, despite opposition from the US", "rejected the demands and said the protests had been organised by Russia": not theirs
		}
	}
	return nil
}

// prepClaimant finds the author of a claim or act that one of the
// pattern's prepositions introduces after the verb ending at end:
// "conceded at last to demands from UNITA", "bowed to pressure from
// Washington", "gave in to the demands of the strikers' union".
func (c *eventCtx) prepClaimant(end int, spec []string) []string {
	t := c.t
	for k := end; k < len(t) && k < end+4; k++ {
		w := t[k].lower()
		if clauseBreaks[w] || w == "," || isVerb(t, k) {
			return nil
		}
		if slices.Contains(spec, w) {
			return c.claimant(k + 1)
		}
	}
	return nil
}

// quantityAt reports a preposition at k that opens a quantity with a
// superlative before a number: "at least 20", "at most three".
func quantityAt(t []Token, k int) bool {
	return k+2 < len(t) && t[k+1].Tag == "JJS" && t[k+2].Tag == "CD"
}

// reasonPreps after a noun open a phrase of why or about what, whose
// actors are not the object's: "sanctions on six people over cyberattacks
// against Ukraine".
var reasonPreps = lexicon.Class("reasonPreps")

// claimNounAt reports a claim noun at j, past up to two words that say
// what it is about: "claims", "spying claims", "new peace proposal".
func (c *eventCtx) claimNounAt(j int) bool {
	t := c.t
	for n := 0; n < 3 && j < len(t); n, j = n+1, j+1 {
		if claimNouns[t[j].lower()] {
			return true
		}
		if !(t[j].Tag == "NN" || t[j].Tag == "VBG" || t[j].Tag == "JJ") || isCap(t[j].Text) {
			return false
		}
	}
	return false
}

// fallbackPreps introduce a target after the object when the verb's own
// pattern finds none.
var fallbackPreps = lexicon.List("fallbackPreps")

func (c *eventCtx) targetBySpec(end int, spec []string) []string {
	t := c.t
	for _, sp := range spec {
		if sp == objTarget {
			if end < len(t) && placePreps[t[end].lower()] && !quantityAt(t, end) {
				continue // "met at the president's Jerusalem residence": where, no object; but "killed at least 20 Palestinians"
			}
			if end < len(t) && t[end].Tag == "PRP" && !reflexives[t[end].lower()] {
				continue // "invited him to Santiago": the pronoun is the object (objectpronoun.go), not the place after it
			}
			if end < len(t) && isSum(t, end) {
				continue // "receives $3.8bn in military aid from the US": a sum is the object, no party
			}
			if end+1 < len(t) && t[end].Tag == "IN" && !ofWords[t[end].lower()] && !thatWords[t[end].lower()] && !asWords[t[end].lower()] && t[end+1].Tag != "CD" && !quantityAt(t, end) {
				continue // "fought for Irish independence": a preposition opens no object; but "denounced as a crime Serbia's", "detained over 260 members"
			}
			if end < len(t) && t[end].Tag == "VB" && !(end > 0 && infinitiveMarks[t[end-1].lower()]) {
				continue // "helped shoot down Iranian missiles": a verb after the verb, no object; but "agreed to support Croatia"
			}
			if end < len(t) && t[end].Tag == "PRP$" && !c.personIn(end, 6) && !c.officeIn(end, 4) && !c.partyOwned(end) && !c.namedUnit(end) {
				continue // "to sell its Peruvian unit to Glencore": the subject's own, no target; but "sacked his coach Butch Harmon", "accused its neighbour", "sold its Travelers unit" (namedunit.go)
			}
			if got := c.infinitiveTarget(end); len(got) > 0 {
				return got // "agreed to buy gas from Russia": by the infinitive's own pattern
			}
			if got := c.objectAfter(end, 6); len(got) > 0 {
				return got
			}
			continue
		}
		for k, limit := end, end+8; k < len(t) && k < limit; k++ {
			if e := asideEnd(t, k); e > k {
				limit += e - k // "to sell its unit -- which runs 100 stores -- to Aldi" (asides.go)
				k = e - 1
				continue
			}
			w := t[k].lower()
			if k > end && reasonPreps[w] && (t[k-1].Tag == "NN" || t[k-1].Tag == "NNS") {
				break // "sanctions on six people over cyberattacks against Ukraine": why, not whom
			}
			if w == sp && k > end && returnParticles[t[k-1].lower()] {
				break // "sent them back to Bulgaria": where they return, not whom; but "hit back at", the pattern's own particle
			}
			if w == sp && infinitiveMarks[w] && k+1 < len(t) && t[k+1].Tag == "VB" && end > 0 &&
				!desireWords[t[end-1].lower()] && !demandVerbs[t[k+1].lower()] {
				// "met in Vienna to discuss a report on Iran": a purpose,
				// not whom; but "threatened to break relations with
				// Russia", "rallied to demand reforms by the government"
				break
			}
			if w == sp {
				if got := c.objectAfter(k+1, 6); len(got) > 0 {
					return got
				}
				if j := k + 1; hostPreps[sp] && j < len(t) {
					// "opened an embassy in Tehran": here the capital is whom
					if a := actorAt(c.acts, j); a >= 0 && c.acts[a].capital {
						return []string{c.acts[a].key}
					}
				}
				break
			}
			participle := t[k].Tag == "VBN" || t[k].Tag == "VBD" && k+1 < len(t) && t[k+1].Tag == "IN" // "a general wanted/VBD for": the tagger's past
			if participle && k > end && (strings.HasPrefix(t[k-1].Tag, "NN") || t[k-1].Tag == "JJ") && !isCap(t[k-1].Text) {
				limit += 4 // "handed over a general wanted for war crimes to the tribunal": a participle of the object's
				continue
			}
			if clauseBreaks[w] || w == "." || quotationEnds(t, k) || isVerb(t, k) && k > end && !(t[k].Tag == "VBG" && ofWords[t[k-1].lower()]) || subordinators[w] && t[k].Tag == "IN" && k > end {
				break // "freed dissidents after talks with Spain": the talks are another clause; but "a memorandum of understanding with": a gerund as a noun
			}
		}
	}
	return nil
}

// objectAfter returns the first actor within n tokens from i, with actors
// coordinated with it.
func (c *eventCtx) objectAfter(i, n int) []string {
	t, acts := c.t, c.acts
	noun, joined := false, false
	second := false // a second noun phrase after a common noun: "told reporters the ..."
	for k := i; k < len(t) && k < i+n+2; k++ {
		if a := actorAt(acts, k); a >= 0 {
			if second && c.opensClause(a) {
				return nil // "told reporters the former head of the Jungle Command had tried": a clause of its own
			}
			if acts[a].demonym && acts[a].a > 0 && t[acts[a].a-1].Tag == "PRP$" && acts[a].b < len(t) && strings.HasPrefix(t[acts[a].b].Tag, "NN") && actorAt(acts, acts[a].b) < 0 && !c.isTitleWord(acts[a].b) && !counterpartNouns[t[acts[a].b].lower()] {
				k = acts[a].b - 1 // "its Peruvian unit": the owner's thing, of that nationality; but "his Yugoslav counterpart"
				continue
			}
			// "by the hacker group APT28 were": the group's name, no clause
			if (joined || k > i && strings.HasPrefix(t[k-1].Tag, "NN") && actorAt(acts, k-1) < 0 && !orgLeadNouns[t[k-1].Text]) && c.opensClause(a) {
				// "did not threaten to call off the deal and the UN officials
				// said", "to retain the Golan Heights Israel captured": the
				// subject of a clause of its own
				return nil
			}
			if c.placeCountry(a) || c.nationalPlace(a) {
				return nil // "in Tallinn, Estonia", "in the Ethiopian capital": the country names where the place is
			}
			if acts[a].capital && acts[a].a > 0 && cityPreps[t[acts[a].a-1].lower()] && !c.groupIn(acts[a].a-1) {
				return nil // "in Tallinn", "into Abidjan": where, not whom; but "the government in Kabul"
			}
			if acts[a].modifier && c.nextActor(a, 8) >= 0 {
				k = acts[a].b - 1 // "Moscow-backed presidential candidate ... Viktor Yanukovych"
				continue
			}
			if b := c.ownedAppositive(a); b >= 0 {
				// "a peace deal with Peru's largest rebel group, the
				// Shining Path": the group, by its name; its owner owns it
				return c.resolveHolder(b, c.coordinated(b, 1))
			}
			if c.ownsOutsiders(a) || c.namesOutsiders(a) {
				return nil // "accused Serbia's opposition of stirring up unrest", "meets Taiwan opposition chief": not the state
			}
			if acts[a].demonym {
				if b := c.namedAfter(acts[a].b); b >= 0 {
					a = b // "a Russian group called Laundry Bear": the group, by its name
				}
			}
			if p := c.titledHolderAfter(a); p >= 0 {
				return c.coordinated(p, 1) // "the head of the IAEA, Mohamed ElBaradei,": the man
			}
			if m := acts[a].b; acts[a].typ == Organization && m+1 < len(t) && bodyMemberNouns[t[m].lower()] {
				if b := actorAt(acts, m+1); b >= 0 && acts[b].a == m+1 && acts[b].typ == Country {
					a = b // "urged Nato member Turkey": the member, which the body names the kind of
				}
			}
			a = c.head(a)
			return c.resolveHolder(a, c.coordinated(a, 1))
		}
		w := t[k].lower()
		if dashes[w] && k > i && t[k-1].Tag == "NNS" && !isCap(t[k-1].Text) {
			j := k + 1
			if j < len(t) && definite[t[j].lower()] {
				j++
			}
			if b := actorAt(acts, j); b >= 0 && acts[b].a == j && (c.closesPhrase(c.nameListEnd(b)) || dashes[t[c.nameListEnd(b)].lower()]) {
				// "signed deals with two Indian airlines - Air Deccan and
				// Kingfisher": the names set off by a dash after a plural
				return c.resolveHolder(b, c.coordinated(b, 1))
			}
		}
		if clauseBreaks[w] || w == "." || quotationEnds(t, k) || thatWords[w] || isVerb(t, k) && k > i && !determiners[t[k-1].lower()] && !memberWords[w] && !originAt(t, k) {
			return nil // but "a group of banks including HSBC": the members named; "steel imported from China": where it comes from
		}
		if w == "," && k > i && strings.HasPrefix(t[k-1].Tag, "NN") {
			j := k + 1
			if j < len(t) && definite[t[j].lower()] {
				j++
			}
			for j+1 < len(t) && (honorifics[t[j].Text] || isCap(t[j].Text) && c.isTitleWord(j)) && actorAt(acts, j) < 0 {
				j++ // "with the island's interior minister, Sheikh Rashid": the name past its honorific or rank
			}
			if b := actorAt(acts, j); b >= 0 && acts[b].a == j && c.closesPhrase(acts[b].b) {
				// "a peace deal with the country's largest rebel group,
				// Farc": the name in apposition to the object
				return c.resolveHolder(b, c.coordinated(b, 1))
			}
			if b := actorAt(acts, j); b >= 0 && acts[b].a == j && t[k-1].Tag == "NNS" && c.closesPhrase(c.nameListEnd(b)) {
				// "granted asylum to two opposition leaders, Zenon
				// Poznyak and Sergei Naumchik": the names in apposition
				// to a plural object
				return c.resolveHolder(b, c.coordinated(b, 1))
			}
			if got := c.namedMembers(j); len(got) > 0 {
				return got // "funded several aid groups, including Oxfam and Care"
			}
			return nil // "tortured separatists in Papua, Amnesty International said"
		}
		if subordinators[w] && t[k].Tag == "IN" && k > i {
			return nil // "freed dissidents after talks with Spain"
		}
		if noun && t[k].Tag == "IN" && !ofWords[w] {
			return nil // "struck Gaza in Lebanon": the object was Gaza
		}
		if k > i && reasonPreps[w] && (t[k-1].Tag == "NN" || t[k-1].Tag == "NNS") {
			return nil // "sanctions on six people over cyberattacks against Ukraine": why, not whom
		}
		if k > i && t[k].Tag == "IN" && fromPreps[w] && (c.peopleNounAt(k-1) || c.thingNounAt(k-1)) {
			return nil // "replaced by labourers from Romania and China", "to discuss a pipeline from Iran": people or things from there, not the states
		}
		if strings.HasPrefix(t[k].Tag, "NNP") {
			noun = true // a named non-actor: a place, a vessel
		}
		if k > i && determiners[w] && (t[k-1].Tag == "NNS" || t[k-1].Tag == "NN") && !isCap(t[k-1].Text) ||
			k == i+1 && t[i].Tag == "NNS" && !isCap(t[i].Text) && (t[k].Tag == "NN" || t[k].Tag == "NNS") {
			second = true // "told reporters the ...", "told reporters surveillance of ..."
		}
		if coordinators[w] && k > i {
			joined = true
		}
	}
	return nil
}

// partyOwned reports a party after the possessive pronoun at k, past one
// adjective, that a noun stands for: "its neighbour", "its northern
// neighbour" (neighbours.go); not a nationality ("its Peruvian unit").
func (c *eventCtx) partyOwned(k int) bool {
	for j := k + 1; j < len(c.t) && j <= k+2; j++ {
		if a := actorAt(c.acts, j); a >= 0 {
			return c.acts[a].a == j && !c.acts[a].demonym && !c.acts[a].modifier && !isCap(c.t[j].Text)
		}
		if c.t[j].Tag != "JJ" {
			return false
		}
	}
	return false
}

// capitalTitleOpens reports a word in capitals at k that opens a title of
// two words the lexicon knows, written in capitals before a name: "Prime"
// of "Prime Minister Junichiro Koizumi".
func (c *eventCtx) capitalTitleOpens(k int) bool {
	t := c.t
	if k+1 >= len(t) || !isCap(t[k].Text) || !isCap(t[k+1].Text) {
		return false
	}
	_, ok := c.titleEntries[t[k].lower()+" "+t[k+1].lower()]
	return ok
}

// ownsOutsiders reports an actor a whose possessive owns a group that
// acts for no state, or other parties it is tied to: "Serbia's
// opposition", "Turkey's Kurdish rebels", "the country's allies".
func (c *eventCtx) ownsOutsiders(a int) bool {
	t := c.t
	k := c.acts[a].b
	if k >= len(t) || !isPossessive(t[k].Text) {
		return false
	}
	j := modifiersAfter(t, k+1)
	for j < len(t) && actorAt(c.acts, j) >= 0 && c.acts[actorAt(c.acts, j)].demonym {
		j = c.acts[actorAt(c.acts, j)].b // "Turkey's Kurdish rebels"
	}
	return j < len(t) && (outsideGroups[t[j].lower()] || tiedParties[t[j].lower()])
}

// namesOutsiders reports a country's name, no nationality, that describes
// a group acting for no state or one of its people after it:
//
//	COUNTRY (opposition|rebel|...) [NOUN]
//
// "China's Hu meets Taiwan opposition chief": the chief, not Taiwan.
func (c *eventCtx) namesOutsiders(a int) bool {
	act := c.acts[a]
	return act.typ == Country && !act.demonym && act.b < len(c.t) && outsideGroups[c.t[act.b].lower()] && !isCap(c.t[act.b].Text)
}

// tiedParties name other parties by their tie to an owner: "Spain's
// allies" are other states than Spain.
var tiedParties = lexicon.Class("tiedParties")

// ownedAppositive is the actor named in apposition to a common noun that
// the actor a owns, or -1:
//
//	OWNER 's [ADJ|NOUN|and]* NOUN , [the] NAME ,|.
//
// "Peru's largest rebel group, the Shining Path", "Soto's arch rival and
// predecessor, Ana Ruiz".
func (c *eventCtx) ownedAppositive(a int) int {
	t := c.t
	k := c.acts[a].b
	if k >= len(t) || !isPossessive(t[k].Text) {
		return -1
	}
	k++
	start := k
	for k < len(t) && !isCap(t[k].Text) && (commonNounOrAdjective(t[k].Tag) || t[k].Tag == "JJS" ||
		k > start && coordinators[t[k].lower()] && k+1 < len(t) && commonNounOrAdjective(t[k+1].Tag) && !isCap(t[k+1].Text)) {
		k++ // "arch rival and predecessor"
	}
	if k == start || k+1 >= len(t) || t[k].Text != "," || !strings.HasPrefix(t[k-1].Tag, "NN") {
		return -1
	}
	j := k + 1
	if definite[t[j].lower()] {
		j++
	}
	if b := actorAt(c.acts, j); b >= 0 && c.acts[b].a == j && c.closesPhrase(c.acts[b].b) {
		return b
	}
	return -1
}

// originVerbs, as participles before originPreps, name where goods come
// from: "steel imported from China".
var (
	originVerbs = lexicon.Class("originVerbs")
	originPreps = lexicon.Class("originPreps")
)

// originAt reports a participle at k after a noun that says where the
// noun's goods come from: "steel imported/VBN from China", "beef produced
// in Brazil".
func originAt(t []Token, k int) bool {
	return k >= 1 && k+1 < len(t) && originVerbs[t[k].lower()] && originPreps[t[k+1].lower()] && (t[k-1].Tag == "NN" || t[k-1].Tag == "NNS")
}

// memberWords name members of the group before them: "banks including
// HSBC".
var memberWords = lexicon.Class("memberWords")

// namedMembers are the actors named as members of a group after the comma
// that closes the group's noun, from token j on:
//
//	NOUN-PLURAL , MEMBER-WORD [IN] ACTOR [, ACTOR]* [and ACTOR]
//
// "has funded numerous start-ups, including Skype, Kazaa and Joost"; "such
// as" takes its preposition. nil when j holds no member word.
func (c *eventCtx) namedMembers(j int) []string {
	t := c.t
	if j >= len(t) || !memberWords[t[j].lower()] || j < 2 || t[j-2].Tag != "NNS" {
		return nil
	}
	k := j + 1
	if t[j].Tag == "JJ" && k < len(t) && t[k].Tag == "IN" {
		k++ // "such as"
	}
	if k < len(t) && definite[t[k].lower()] {
		k++
	}
	a := actorAt(c.acts, k)
	if a < 0 || c.acts[a].a != k || c.acts[a].demonym || c.acts[a].capital {
		return nil
	}
	a = c.head(a) // "including Vale's former chief executive Fabio Schvartsman": the person
	return c.resolveHolder(a, c.coordinated(a, 1))
}

// opensClause reports that actor a, with the nouns after it and a
// relative clause in commas, is the subject of the finite verb that
// follows: "and the UN officials said", "the DKBA, which is allied with
// Rangoon, had stepped up".
func (c *eventCtx) opensClause(a int) bool {
	t := c.t
	j := c.acts[a].b
	for n := 0; j < len(t) && n < 2 && (t[j].Tag == "NN" || t[j].Tag == "NNS"); n++ {
		j++
	}
	if j+1 < len(t) && t[j].Text == "," && relativePronouns[t[j+1].lower()] {
		// "told reporters the DKBA, which is allied with Rangoon, had
		// stepped up": past the relative clause to the subject's verb
		k := j + 2
		for k < len(t) && t[k].Text != "," && !clauseBreaks[t[k].lower()] {
			k++
		}
		if k < len(t) && t[k].Text == "," {
			j = k + 1
			for j < len(t) && t[j].Tag == "RB" {
				j++
			}
		}
	}
	return j < len(t) && isFinite(t[j].Tag)
}

// placeCountry reports a country that follows a place and a comma:
// "Tallinn, Estonia".
func (c *eventCtx) placeCountry(a int) bool {
	act := c.acts[a]
	if act.typ != Country || act.a < 2 || c.t[act.a-1].Text != "," {
		return false
	}
	for _, p := range c.places {
		if p.b == act.a-1 {
			return true
		}
	}
	return false
}

// nextActor returns the next actor within n tokens after actor a, or -1.
func (c *eventCtx) nextActor(a, n int) int {
	for k := c.acts[a].b; k < len(c.t) && k < c.acts[a].b+n; k++ {
		if b := actorAt(c.acts, k); b >= 0 && b != a {
			return b
		}
		if strings.HasPrefix(c.t[k].Tag, "VB") || clauseBreaks[c.t[k].lower()] {
			return -1
		}
	}
	return -1
}

// head moves from an actor that only modifies a noun phrase to the actor the
// phrase names: "New Zealand's Parliament", "his Israeli counterpart, Ariel
// Sharon", "US President George W Bush", "the US-funded Radio Farda".
func (c *eventCtx) head(a int) int {
	t, acts := c.t, c.acts
	for step := 0; step < 4; step++ {
		cur := acts[a]
		next, comma, nouns := -1, false, 0
		for k := cur.b; k < len(t) && k < cur.b+8; k++ {
			if b := actorAt(acts, k); b >= 0 && b != a {
				if acts[b].a == k {
					next = b
				}
				break
			}
			w := t[k].lower()
			switch {
			case isPossessive(t[k].Text) && k == cur.b:
			case t[k].Text == ",":
				comma = true
			case connectors[t[k].Text] && k > cur.b && isCap(t[k-1].Text) && k+1 < len(t) && isCap(t[k+1].Text):
				// inside a title in capitals: "US Secretary of State Condoleezza
				// Rice", "U.S. Assistant Secretary for Near East Affairs Robert
				// Pelletreau"
			case coordinators[w] && cur.demonym && k == cur.b:
				// "his French and German counterparts, Michel Barnier and
				// Joschka Fischer": the names the nationalities' office
				// phrase is in apposition to, not the first nationality
				if b := actorAt(acts, k+1); b >= 0 && acts[b].a == k+1 && acts[b].demonym {
					if h := c.head(b); h != b && acts[h].typ == Person {
						return h
					}
				}
				k = len(t)
			case t[k].Tag == "VBN" && k == cur.b && cur.demonym && k+1 < len(t) && actorAt(acts, k+1) >= 0:
				// "Australian listed Bathurst Resources": a participle that
				// with the nationality describes the name after it
			case coordinators[w] || clauseBreaks[w] || thatWords[w] || strings.HasPrefix(t[k].Tag, "VB") || t[k].Tag == "IN":
				k = len(t) // "told the BBC that Tony Blair had": a clause, no title of his
			case strings.HasPrefix(t[k].Tag, "NN") || t[k].Tag == "JJ" || determiners[w]:
				nouns++
			default:
				k = len(t)
			}
		}
		if next < 0 {
			return a
		}
		if comma && c.verbAfterNames(acts[next].b) {
			// "after talks with his Turkish counterpart, Dendias warned":
			// the next clause's subject; read from the name's end, as the
			// tagger may take a word inside it for a verb ("Salman bin Hamad")
			return a
		}
		possessed := cur.b < len(t) && isPossessive(t[cur.b].Text)
		if possessed && acts[next].b < len(t) && claimNouns[t[acts[next].b].lower()] {
			return a // "Peru's NATO bid": Peru's bid, which the name only describes
		}
		if cur.demonym && cur.b+1 < len(t) && groupNouns[t[cur.b].lower()] && !strings.HasPrefix(t[cur.b+1].Tag, "NN") {
			return a // "the Turkish government free Ocalan": the government acts
		}
		switch {
		case cur.modifier, possessed:
		case cur.demonym && (!comma || nouns > 0):
		case !comma && nouns > 0 && acts[next].typ == Person:
		case !comma && acts[next].typ == Person && c.ownerOfTitle(a):
			// "Foreign Minister of Peru Luis Soto": the title's holder, named after its owner
		case comma && nouns > 0 && cur.typ != Person && acts[next].typ == Person && c.titleIn(cur.b, acts[next].a):
			// "the US special envoy, Steve Witkoff": the office's holder
		default:
			return a
		}
		a = next
	}
	return a
}

// ownerOfTitle reports an actor named as the owner of the title before it:
//
//	TITLE-WORD of ACTOR
//
// "Foreign Minister of Peru", "the ambassador of Chile".
func (c *eventCtx) ownerOfTitle(a int) bool {
	k := c.acts[a].a
	return k >= 2 && ofWords[c.t[k-1].lower()] && c.isTitleWord(k-2)
}

// titleIn reports a title word among tokens i..j-1.
func (c *eventCtx) titleIn(i, j int) bool {
	for k := i; k < j && k < len(c.t); k++ {
		if c.isTitleWord(k) {
			return true
		}
	}
	return false
}

// verbAfterNames reports that the names, nouns and adjectives from token k
// on run into a verb: they are its subject, no apposition to what comes
// before ("his Turkish counterpart, Greek Foreign Minister Nikos Dendias
// warned").
func (c *eventCtx) verbAfterNames(k int) bool {
	for ; k < len(c.t); k++ {
		switch tag := c.t[k].Tag; {
		case strings.HasPrefix(tag, "VB"):
			return true
		case strings.HasPrefix(tag, "NN") || strings.HasPrefix(tag, "JJ") || tag == "DT" || tag == "POS" || tag == "CD":
		default:
			return false
		}
	}
	return false
}

// placeNouns after a nationality name a line between states, not the
// state: "the Thai border", "the Lebanese side".
var (
	placeNouns = lexicon.Class("placeNouns")
	mediaNouns = lexicon.Class("mediaNouns")
)

// objectPreps take an object that is no subject: "the Red Cross operating
// in Iraq said". "of" is left out ("the leader of Hamas said"), and so are
// the words that open clauses ("after Yukos accused").
var objectPreps = lexicon.Class("objectPreps")

// groupNouns after a nationality name the country's state or people as a
// whole: "the Turkish government", "Egyptian police".
var groupNouns = lexicon.Class("groupNouns")

// homeNouns after a possessive pronoun name its owner's own state: "his
// country".
var homeNouns = lexicon.Class("homeNouns")

// resolveHolder replaces "the Pakistani president" by the person the
// document names as Pakistan's president.
func (c *eventCtx) resolveHolder(a int, keys []string) []string {
	act := c.acts[a]
	if act.b >= len(c.t) || !(act.demonym || isPossessive(c.t[act.b].Text) || act.typ == Organization && !isCap(c.t[act.b].Text) && c.isTitleWord(act.b)) {
		return keys // but "The Tory co-chairman attacked": the one who holds it
	}
	k := act.b
	if isPossessive(c.t[k].Text) {
		k++
	}
	if k < len(c.t) && len(keys) == 1 {
		if p, ok := c.holders[act.key+"|"+c.t[k].lower()]; ok {
			return []string{p}
		}
		if h := c.titleHeadAfter(k); h > k {
			if p, ok := c.holders[act.key+"|"+c.t[h].lower()]; ok {
				return []string{p} // "the Israeli prime minister": the title's last word
			}
		}
		// "the British minister": the one person holding an office of the
		// country of the same kind, its government's ("foreign secretary");
		// not its ambassador
		if p := c.holders[act.key+"|*"+c.titleCode(k)]; p != "" && p != "-" && c.isTitleWord(k) && !(k+1 < len(c.t) && strings.HasPrefix(c.t[k+1].Tag, "NN")) {
			return []string{p}
		}
	}
	return keys
}

// titleHeadAfter is the last word of the title that opens at token k, past
// the words before its head ("prime minister", "foreign minister"), or k
// when no title of more words opens there.
func (c *eventCtx) titleHeadAfter(k int) int {
	h := k
	for j := k; j < len(c.t) && j < k+3; j++ {
		if c.isTitleWord(j) {
			h = j
			continue
		}
		if !commonNounOrAdjective(c.t[j].Tag) && c.t[j].Tag != "NNP" {
			break
		}
	}
	return h
}

// titleNounAt reports a title or a word for a counterpart in lower case
// at k: "leader", "counterpart".
func (c *eventCtx) titleNounAt(k int) bool {
	return !isCap(c.t[k].Text) && (c.isTitleWord(k) || counterpartNouns[c.t[k].lower()])
}

// titlePhraseStart is the first word of the phrase of the title that ends
// at k: past titles, adjectives and nouns in lower case, a nationality, a
// possessive pronoun and a determiner ("her Peruvian counterpart", "the
// Peruvian foreign minister").
func (c *eventCtx) titlePhraseStart(k int) int {
	t := c.t
	j := k
	for j >= 0 {
		o := actorAt(c.acts, j)
		switch {
		case c.titleNounAt(j), (t[j].Tag == "JJ" || t[j].Tag == "NN") && !isCap(t[j].Text) && o < 0:
			j--
		case o >= 0 && c.acts[o].demonym && c.acts[o].b == j+1:
			j = c.acts[o].a - 1
		case t[j].Tag == "PRP$" || determiners[t[j].lower()]:
			return j
		default:
			return j + 1
		}
	}
	return 0
}

// coordinated returns the actor a and those joined to it by "and", "or" or
// commas, looking in direction dir (-1 left, +1 right), each a nationality
// or possessor before an office the document gives one person read as
// that person (resolveHolder); to the left, a personal pronoun that opens
// the list adds the one it stands for ("Lebed said he and Maskhadov
// agreed").
func (c *eventCtx) coordinated(a, dir int) []string {
	t, acts := c.t, c.acts
	keys := append(c.resolveHolder(a, []string{acts[a].key}), acts[a].also...)
	commas := false // a list joined by commas must end with "and" or "or"
	cur := a
	if n := acts[a].a; dir < 0 && n >= 2 && t[n-1].Text == "(" {
		if b := actorAt(acts, n-2); b >= 0 && acts[b].b == n-1 && acts[b].key == acts[a].key {
			cur = b // "the government and the Revolutionary Armed Forces of Colombia (FARC) reached": the list goes on before the name the acronym shortens
		}
	}
	for {
		var k int
		if dir < 0 {
			k = acts[cur].a - 1
			for k >= 0 && (determiners[t[k].lower()] || c.isTitleWord(k) && isCap(t[k].Text) || honorifics[t[k].Text] || c.capitalTitleOpens(k) ||
				strings.HasPrefix(t[k].Tag, "JJ") && !isCap(t[k].Text) && k > 0 && determiners[t[k-1].lower()]) {
				k-- // "Saudi Arabia and the United Arab Emirates", "President Putin and Chancellor Schroeder", "Putin and Mrs Merkel", "Hu and Prime Minister Koizumi", "and the smaller Justice and Equality Movement"
			}
			if k >= 1 && isPossessive(t[k].Text) {
				if o := actorAt(acts, k-1); o >= 0 && acts[o].b == k {
					k = acts[o].a - 1 // "Toyota and China's FAW": past the owner, part of the name's phrase
				}
			}
			if k >= 1 && t[k].Text == "," && c.titleNounAt(k-1) {
				// "and her Peruvian counterpart, Jorge Soto", "and the
				// Peruvian foreign minister, Jorge Soto": the name in
				// apposition to a title, past the title's phrase
				k = c.titlePhraseStart(k-1) - 1
			} else if k >= 0 && c.titleNounAt(k) {
				// "and Palestinian leader Mahmoud Abbas", "and her Peruvian
				// counterpart Jorge Soto": a title in lower case after its
				// owner's nationality, past both
				j := k
				for j >= 0 && c.titleNounAt(j) {
					j--
				}
				if o := actorAt(acts, j); o >= 0 && acts[o].demonym && acts[o].b == j+1 {
					k = acts[o].a - 1
					for k >= 0 && t[k].Tag == "PRP$" {
						k-- // "and her Peruvian counterpart"
					}
				}
			}
			if j := c.titlePhraseBefore(k, acts[cur].a); j >= 1 && coordinators[t[j].lower()] && actorAt(acts, j-1) >= 0 && !c.objectAt(actorAt(acts, j-1)) {
				// "Tikhomirov and Chechen rebel chief Aslan Mashadov"; but
				// "National Party leader and former president F.W. De
				// Klerk" joins two titles of one man, and "Peru met Chile
				// and Bolivian President Luis Arce criticised" two clauses
				k = j
			}
		} else {
			k = c.pastOffice(acts[cur].b) // "Chile's oil minister and Peru's"
			if acts[cur].typ == Person {
				k = c.pastPersonApposition(k) // "met Vadim Orlov, the head of Gazprom, and Andriy Kovalchuk"
			}
			if k+2 < len(t) && t[k].Text == "(" && t[k+2].Text == ")" {
				k += 3 // "the Economic Crimes Commission (ECC) and": past the name's short form
			}
		}
		if k < 0 || k >= len(t) {
			break
		}
		w := t[k].lower()
		if !coordinators[w] && w != "," {
			break
		}
		if dir < 0 && cur == a && w == "," && !c.headline {
			break // "Before visiting Japan, Kim Lee": a comma alone joins no subjects; but "China, Russia sign deal"
		}
		// the next actor, past "and the", "and the Palestinian leader,"
		next, joined := -1, w != ","
		from := k + dir
		if l := additiveLinkAt(t, from); dir > 0 && w == "," && l > 0 {
			from, joined = from+l, true // ", as well as Bolivia": and
			if from < len(t) && (t[from].Tag == "TO" || t[from].Tag == "IN") && from > 0 && k > 0 && prepBefore(t, k, t[from].lower()) {
				from++ // "granted blocks to Hess, as well as to Petrobras": the same preposition again
			}
		}
		if dir < 0 && w == "," && from >= 0 && nounModifierWord(t[from]) && !c.isTitleWord(from) && actorAt(acts, from) < 0 {
			break // "According to US estimates, France and Spain have lent": a phrase of its own before the list, no party of it
		}
		inTitle := false // past the connector of a title in capitals
		for j, n := from, 0; j >= 0 && j < len(t) && n < 6; j, n = j+dir, n+1 {
			if dir < 0 && t[j].Text == ")" && j >= 2 && t[j-2].Text == "(" {
				j -= 2 // "the Sudan Liberation Army (SLA) and": past the name's short form
				continue
			}
			if b := actorAt(acts, j); b >= 0 {
				if inTitle && acts[b].typ != Person {
					break // "and Minister of Defence and Aviation Prince Sultan": a title's field, not a party
				}
				if dir < 0 && (acts[b].where || acts[b].a > 0 && placePreps[t[acts[b].a-1].lower()]) {
					break // "In Lima, Ana Ruiz and Sheikh Tamim discussed": where, before the list
				}
				next = b
				break
			}
			tw := t[j].lower()
			if coordinators[tw] {
				joined = true
			}
			if dir < 0 && joined && t[j].Tag == "PRP" && (personPronouns[tw] || firstPerson[tw]) {
				// "Lebed said he and Maskhadov agreed": the one the
				// pronoun stands for, who opens the list
				keys = append(keys, c.pronounSubject(j)...)
				break
			}
			if connectors[tw] && j > 0 && j+1 < len(t) && isCap(t[j-1].Text) && isCap(t[j+1].Text) && c.isTitleWord(j-1) {
				inTitle = true // "and Minister of Finance Bill Birch": the holder after the title
				continue
			}
			if dir > 0 && ofWords[tw] && j > 0 && c.pluralTitle(j-1) {
				continue // "and the presidents of Sri Lanka and Indonesia": the states whose presidents
			}
			if !(determiners[tw] || tw == "," || coordinators[tw] || strings.HasPrefix(t[j].Tag, "NN") || t[j].Tag == "JJ" || isPossessive(t[j].Text)) {
				break
			}
		}
		if dir < 0 && coordinators[w] {
			if p := c.personBeforeApposition(k); p >= 0 {
				next = p // "Ana Ruiz, the head of Gazprom, and Andriy Kovalchuk met": Ruiz, not her company
			}
		}
		if next < 0 {
			if dir > 0 && coordinators[w] {
				commas = false // "to Petrobras, Woodside and a joint bid from ...": a list, ended by its "and"
			}
			break
		}
		if dir > 0 && w == "," && k+1 < len(t) && coordinators[t[k+1].lower()] && c.opensClause(next) {
			break // "by Chile, and Bolivia condemned": the next clause's subject, no third party
		}
		if dir > 0 {
			next = c.head(next)
		} else if n := acts[next].a; n >= 2 && ofAfter(t, n-2) {
			if o := actorAt(acts, n-2); o >= 0 {
				next = o // "Foreign Minister Ana Silva of Chile and ...": Silva
			}
		}
		keys = append(keys, c.resolveHolder(next, []string{acts[next].key})...) // "Weizman and the Palestinian president": its holder
		if joined {
			commas = false
		} else {
			commas = true
		}
		cur = next
	}
	if commas && dir > 0 && !(c.headline && c.sameKind(keys)) {
		keys = keys[:1] // "attacked Taiwan, Judith Collins said": no list; but a headline's commas join names of a kind, "signs pacts with UAE, Bahrain"
	}
	return keys
}

// sameKind reports keys that are all of one type of party, countries or
// organizations or people.
func (c *eventCtx) sameKind(keys []string) bool {
	for _, k := range keys[1:] {
		if c.typeOf(k) != c.typeOf(keys[0]) {
			return false
		}
	}
	return len(keys) > 1
}

// prepBefore reports the preposition p among the six tokens before k: the
// one a list repeats after an additive link ("to Hess, as well as to").
func prepBefore(t []Token, k int, p string) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if t[j].lower() == p {
			return true
		}
	}
	return false
}

// titlePhraseBefore is the token before the words that describe a name
// opening at token name, read leftwards from token k: a title in any case,
// a nationality, and the possessive pronouns, adjectives, nouns in lower
// case and capitalised words before them of its phrase ("Peruvian
// President", "Chechen rebel chief", "his Russian counterpart"); -1 when k
// is no such word or the phrase is longer than six words. An article ends
// the phrase: "the leader Mahmoud Abbas" is joined to nothing before it.
//
//	[PRP$|JJ|NN|NNP-before-lower-case|NATIONALITY|TITLE]+ NAME
func (c *eventCtx) titlePhraseBefore(k, name int) int {
	t := c.t
	for j := k; j >= 0; j-- {
		if name-j > 7 {
			return -1 // a phrase of more than six words
		}
		w := t[j]
		if o := actorAt(c.acts, j); o >= 0 && c.acts[o].demonym {
			j = c.acts[o].a
			continue
		}
		modifier := w.Tag == "NNP" && j+1 < name && !isCap(t[j+1].Text) // "Chechen rebel leader"
		if !(c.isTitleWord(j) || w.Tag == "PRP$" || w.Tag == "JJ" || w.Tag == "NN" && !isCap(w.Text) || modifier) {
			if j == k {
				return -1 // no word of a title phrase at k
			}
			return j
		}
	}
	return -1
}

// objectAt reports an actor that is a verb's object or a preposition's,
// past the words that describe it: "met Chile", "with Bolivian President
// Luis Arce"; not a name after a verb of saying that takes no object,
// which opens the clause said ("said President Ruiz and ...").
func (c *eventCtx) objectAt(a int) bool {
	t := c.t
	k := c.acts[a].a - 1
	if j := c.titlePhraseBefore(k, c.acts[a].a); j >= 0 {
		k = j
	}
	return k >= 0 && (isVerb(c.t, k) && !clauseSpeechVerbs[t[k].lower()] || (t[k].Tag == "IN" || t[k].Tag == "TO") && !thatWords[t[k].lower()])
}

// clauseSpeechVerbs take no object: the name after one opens the clause
// said ("said Ruiz and Peruvian Prime Minister Soto had met").
var clauseSpeechVerbs = lexicon.Class("clauseSpeechVerbs")

// pastOffice is the token after an office that a party's possessive at
// token k opens, the possessive, words in lower case and a title ending
// it ("'s oil minister"), or k when none opens there: the office stands
// for its owner in a list ("signed by Chile's oil minister and Peru's
// energy minister").
//
//	PARTY 's [ADJ|NOUN]* TITLE
func (c *eventCtx) pastOffice(k int) int {
	t := c.t
	if k >= len(t) || !isPossessive(t[k].Text) {
		return k
	}
	j := k + 1
	for j < len(t) && !isCap(t[j].Text) && (t[j].Tag == "JJ" || t[j].Tag == "NN" || c.isTitleWord(j)) {
		j++
	}
	if j > k+1 && c.isTitleWord(j-1) && actorAt(c.acts, j-1) < 0 {
		return j
	}
	return k
}

// gapObject is the actor named right after the verb at v, inside the
// optional words of its phrase that ends at end: the one the act is done
// for, as an indirect object:
//
//	VERB ACTOR [DET|ADJ|NUM]* NOUN     (a phrase "VERB * NOUN")
//
// "The EU offered Libya help", "gave the rebels' leaders support". People
// of a nationality there stand for their state:
//
//	VERB [DET|NUM]* NATIONALITY PEOPLE-NNS ... NOUN
//
// "declared two Lithuanian diplomats persona non grata": Lithuania. A
// party's possessive pronoun before the territory the act enters is
// another party's, as an object pronoun would be:
//
//	VERB (its|their) TERRITORY-NOUN          "Chile had violated its airspace", said Peru
//
// A party after an article is the one when no noun follows it:
//
//	VERB DET+ ACTOR ... WORDS          "took the government to court"
func (c *eventCtx) gapObject(v, end int) []string {
	if v+2 < end && end <= len(c.t) && c.t[v+1].Tag == "PRP" {
		if w := c.t[v+1].lower(); personObjects[w] || partyObjects[w] {
			// "gave them 48 hours to leave": whom the pronoun stands for
			return c.pronounAntecedent(v+1, c.subjectOf(v), personObjects[w], partyObjects[w])
		}
	}
	if v+2 == end-1 && partyPossessives[c.t[v+1].lower()] && territoryNouns[c.t[end-1].lower()] {
		// "Peru said Chile had violated its airspace": no party enters or
		// violates its own territory; the pronoun stands for another
		return c.pronounAntecedent(v+1, c.subjectOf(v), false, true)
	}
	a := actorAt(c.acts, v+1)
	if a < 0 || c.acts[a].a != v+1 || c.acts[a].b > end-1 || c.acts[a].modifier {
		k := v + 1
		for k < end && (c.t[k].Tag == "CD" || determiners[c.t[k].lower()]) {
			k++
		}
		a := actorAt(c.acts, k)
		if a < 0 || c.acts[a].a != k {
			return c.missionStaff(k, end) // "ordered an Indian embassy official to leave"
		}
		if c.acts[a].b < end {
			if st := c.nationalsState(c.acts[a].b); st != "" { // "the Chilean diplomats", or the pattern's own noun: "called in the Peruvian ambassador"
				return []string{st}
			}
		}
		if !c.acts[a].demonym && !c.acts[a].modifier && k > v+1 && c.acts[a].b < end && (!strings.HasPrefix(c.t[c.acts[a].b].Tag, "NN") || c.acts[a].b == end-1 && k == v+2 && definite[c.t[v+1].lower()]) {
			// "took the government to court", "held the IMF responsible":
			// the party after an article; "cancel the Meridian contract":
			// the party whose the phrase's noun is
			return c.resolveHolder(a, c.coordinated(a, 1))
		}
		return nil
	}
	return c.resolveHolder(a, c.coordinated(a, 1))
}

// territoryNouns name the ground, air or sea a state holds, which another
// enters or violates: "airspace", "territory".
var territoryNouns = lexicon.Class("territoryNouns")

// missionStaff is the state of the mission named at token k, before end,
// whose people the noun after it names: "an Indian embassy official" is
// India's. nil for none.
//
//	NATIONALITY (embassy|consulate|mission) (official|staff|...)
func (c *eventCtx) missionStaff(k, end int) []string {
	p := actorAt(c.places, k)
	if p < 0 || c.places[p].a != k || c.places[p].country == "" || c.places[p].b >= end {
		return nil
	}
	b := c.places[p].b
	if !missionHeads[c.t[b-1].lower()] || !missionStaffNouns[c.t[b].lower()] {
		return nil
	}
	return []string{"country:" + c.places[p].country}
}

// missionStaffNouns after a mission's noun name its people.
var missionStaffNouns = lexicon.Class("missionStaffNouns")

// nationalsState is the state of the people the plural noun at j names
// after their nationality ("Croatian diplomats", "Chilean soldiers",
// "French nationals"), or of the envoy a singular one names ("the French
// ambassador"), or "".
func (c *eventCtx) nationalsState(j int) string {
	t := c.t
	w := t[j].lower()
	if !(t[j].Tag == "NNS" && (groupNouns[w] || civilianNouns[w] || diplomatNouns[w]) || t[j].Tag == "NN" && diplomatNouns[w]) {
		return "" // but "the French ambassador": an envoy is his state's
	}
	if a := actorAt(c.acts, j-1); a >= 0 && c.acts[a].b == j && c.acts[a].demonym && c.acts[a].typ == Country {
		return c.acts[a].key
	}
	return ""
}

// ownState reports that key is the state or body whose office one of the
// agents holds.
func (c *eventCtx) ownState(agents []string, key string) bool {
	for _, a := range agents {
		for _, o := range c.offices[a] {
			if owner, _, _ := strings.Cut(o, "|"); owner == key {
				return true
			}
		}
	}
	return false
}

// officeIn reports a title or a counterpart in the n tokens from i on:
// "her Polish counterpart, Tomasz Wroblewski".
func (c *eventCtx) officeIn(i, n int) bool {
	for k := i; k < len(c.t) && k < i+n; k++ {
		if c.isTitleWord(k) || counterpartNouns[c.t[k].lower()] {
			return true
		}
	}
	return false
}

// personIn reports a person named in the n tokens from i on, before the
// phrase ends.
func (c *eventCtx) personIn(i, n int) bool {
	for k := i; k < len(c.t) && k < i+n; k++ {
		if a := actorAt(c.acts, k); a >= 0 && c.acts[a].typ == Person {
			return true
		}
		if w := c.t[k].lower(); w == "," || clauseBreaks[w] || isVerb(c.t, k) {
			return false
		}
	}
	return false
}

// nameListEnd is the token after a list of names that opens with actor a,
// joined by commas and one "and" or "or" before the last, or after a
// alone when no list follows it:
//
//	NAME [, NAME]* [,] (and|or) NAME
//
// "Zenon Poznyak and Sergei Naumchik", "Chile, Peru and Bolivia".
func (c *eventCtx) nameListEnd(a int) int {
	t, acts := c.t, c.acts
	end := acts[a].b
	for k := end; k+1 < len(t); {
		w := t[k].lower()
		if w != "," && !coordinators[w] {
			break
		}
		j := k + 1
		if w == "," && coordinators[t[j].lower()] {
			j++ // ", and"
		}
		b := actorAt(acts, j)
		if b < 0 || acts[b].a != j || acts[b].demonym {
			break
		}
		end = acts[b].b
		if coordinators[t[j-1].lower()] {
			break // the last name of the list
		}
		k = end
	}
	return end
}

// closesPhrase reports that token k ends a phrase: the sentence's end, a
// comma or a full stop, not a verb whose subject the words before would be.
func (c *eventCtx) closesPhrase(k int) bool {
	return k >= len(c.t) || c.t[k].Tag == "." || c.t[k].Text == ","
}

// objectBeforePrep reports whether the first actor after end comes
// before any preposition but "of": "told the minister of Fiji" is told to
// the minister, "told reporters outside parliament" to no actor.
func (c *eventCtx) objectBeforePrep(end int) bool {
	for k := end; k < len(c.t); k++ {
		if actorAt(c.acts, k) >= 0 || k == end && c.t[k].Tag == "PRP" && (personObjects[c.t[k].lower()] || partyObjects[c.t[k].lower()]) {
			return true // "told Peru that", "told him that"
		}
		w := c.t[k].lower()
		if c.t[k].Tag == "IN" && !ofWords[w] || placePreps[w] || missionPreps[w] {
			return false
		}
		if k == end && (c.t[k].Tag == "NNS" || pluralAcronym(c.t[k].Text)) {
			return false // "told MPs a new White Paper was ...": the MPs were told, what follows is what
		}
	}
	return false
}

// peopleNounAt reports a common noun in lower case at token k that names
// people by what they do or are ("labourers", "tourists", "students"),
// not a state's body or forces, holders of a title ("ministers") or an
// act: "from" after it tells
// where they come from, and the state there does nothing.
func (c *eventCtx) peopleNounAt(k int) bool {
	return c.t[k].Tag == "NNS" && c.noPartyNoun(k)
}

// noPartyNoun reports a common noun at k, in lower case and in no actor,
// that names no state's body or forces, no holder of a title and no act
// or claim, whose doer or author a phrase after it could name.
func (c *eventCtx) noPartyNoun(k int) bool {
	t := c.t
	if t[k].Tag != "NN" && t[k].Tag != "NNS" || isCap(t[k].Text) || actorAt(c.acts, k) >= 0 {
		return false
	}
	w := t[k].lower()
	return !groupNouns[w] && !c.titles[strings.TrimSuffix(w, "s")] && !eventNoun(w) && !claimNouns[w] && !actNouns[w] && !envoyNouns[w] && !diplomatNouns[w]
}

// infinitiveTarget is the target the pattern of the infinitive at k
// names by its own prepositions, when the lexicon knows the verb's act:
// "agreed to buy gas from Russia" (buy: "from").
//
//	to VB ... PREP TARGET
func (c *eventCtx) infinitiveTarget(k int) []string {
	t := c.t
	if c.idx == nil || k < 1 || k >= len(t) || t[k].Tag != "VB" || !infinitiveMarks[t[k-1].lower()] {
		return nil
	}
	for _, p := range c.idx.verbs[c.idx.lemma(t[k].Text)] {
		if end, ok := matchRest(t, k+1, p.rest); ok {
			if p.inverse {
				return nil
			}
			return c.targetBySpec(end, prepsOf(p.target))
		}
	}
	return nil
}

// thingNounAt reports a common noun at k that names a thing, which comes
// from a place rather than being said, done or given by a party: "a
// pipeline from Iran"; but "criticism from the EU", "a request from
// Iran", "clarification from the Foreign Office", "a delegation from
// China".
func (c *eventCtx) thingNounAt(k int) bool {
	w := c.t[k].lower()
	return c.noPartyNoun(k) && !c.titles[w] && !saidNoun(w) && !soughtNouns[w]
}

// soughtNouns name what one party asks of or gets from another.
var soughtNouns = lexicon.Class("soughtNouns")

// namingParticiples after a noun give it the name that follows.
var namingParticiples = lexicon.Class("namingParticiples")

// namedAfter is the actor that a naming participle after the nouns from
// token k on names, or -1:
//
//	NATIONALITY NOUN+ (called|dubbed|known as) NAME
//
// "a Russian group called Laundry Bear": Laundry Bear, not Russia.
func (c *eventCtx) namedAfter(k int) int {
	t := c.t
	j := k
	for j < len(t) && j < k+3 && (t[j].Tag == "NN" || t[j].Tag == "NNS") && !isCap(t[j].Text) {
		j++
	}
	if j == k || j >= len(t) || !namingParticiples[t[j].lower()] {
		return -1
	}
	j++
	if j < len(t) && t[j].Tag == "IN" {
		j++ // "known as"
	}
	if a := actorAt(c.acts, j); a >= 0 && c.acts[a].a == j && !c.acts[a].demonym {
		return a
	}
	return -1
}
