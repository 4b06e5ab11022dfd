package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A pronoun as a verb's object, followed by what the party did or is to
// do, stands for the party its sentence names last before it, past the
// verb's agent, when no other noun comes between (a measure of time, or
// one thing for "them", stands for no one), of the pronoun's kind:
//
//	... B ... VERB (it|them|him|her) (of NP | for V-ing | to VB)
//
// "Eritrea cut ties with Sudan, accusing it of training rebels": it is
// Sudan. With no party before it in its sentence, it stands for the one
// party the sentence before acted on. "of", "for" and "to" after the
// pronoun say that it names one who acts; without them it may be a thing
// ("signed a deal and later dropped it"); "him" and "her" need none. With
// no party before it in its sentence and none acted on in the one before,
// "him" or "her" stands for the one person the sentence before names
// besides the verb's agents.

// personObjects and partyObjects are the object pronouns of a person and
// of a country or organization.
var (
	personObjects = lexicon.Class("personObjects")
	partyObjects  = lexicon.Class("partyObjects")
)

// timeUnits measure time: "within 48 hours".
var timeUnits = lexicon.Class("timeUnits")

// objectPronoun resolves the object pronoun at token k of a verb whose
// agents are agents; nil when k holds none or it is not followed by what
// its party did.
func (c *eventCtx) objectPronoun(k int, agents []string) []string {
	t := c.t
	_, person, party := c.pronounOfKind(k, "PRP", personObjects, partyObjects)
	if !person && !party {
		return nil
	}
	var next string
	var after Token
	if k+2 < len(t) {
		next, after = t[k+1].lower(), t[k+2]
	}
	switch {
	case ofWords[next]: // "accusing it of training rebels"
	case purposePreps[next] && (after.Tag == "VBG" || after.Tag == "PRP$"): // "blamed it for allowing"
	case infinitiveMarks[next] && after.Tag == "VB" && k > 0 && (askVerbs[t[k-1].lower()] || controlVerbs[t[k-1].lower()]): // "urged them to"
	case person: // "him" and "her" name no thing: "Ruiz praised him"
	default:
		return nil
	}
	return c.pronounAntecedent(k, agents, person, party)
}

// pronounOfKind reads the pronoun at token k, tagged tag: the word in
// lower case, and whether it stands for a person (a word of persons) or
// for a country or organization (of parties); neither when k holds no
// such pronoun.
func (c *eventCtx) pronounOfKind(k int, tag string, persons, parties map[string]bool) (w string, person, party bool) {
	if k >= len(c.t) || c.t[k].Tag != tag {
		return "", false, false
	}
	w = c.t[k].lower()
	return w, persons[w], parties[w]
}

// pronounAntecedent is the party the object pronoun at k stands for, of
// its kind (person, party): the nearest noun before it, past dates and
// the verb's agents, when that noun is a party; with none in its sentence,
// the one party the sentence before acted on, or for a person the one
// other person it names; nil otherwise.
func (c *eventCtx) pronounAntecedent(k int, agents []string, person, party bool) []string {
	t := c.t
	w := t[k].lower()
	// the nearest noun before it, past dates and the agent, must be the
	// party: "seized a tanker on Tuesday, accusing it of smuggling" is the
	// tanker
	for j := k - 1; j >= datelineEnd(t); j-- {
		if i := actorAt(c.acts, j); i >= 0 {
			a := c.acts[i]
			if slices.Contains(agents, a.key) || a.modifier || a.media {
				j = a.a
				if slices.Contains(agents, a.key) {
					j = c.titleChunkStart(j) // "Hamas leader Mahmoud Zahar accused him": the agent's own title and its owner
					if j >= 2 && t[j-1].Text == "," && c.titleNounAt(j-2) {
						j = c.titlePhraseStart(j - 2) // "the Libyan leader, Muammar Gaddafi, greeted him": the title in apposition to the agent
					}
					j = c.possessorStart(j) // "Chile's foreign minister, Ignacio Walker, urged it": not Chile
				}
				continue
			}
			if a.typ == Person && c.genderClash(a.key, w) {
				j = a.a
				continue // "Mrs Blair criticised Mr Bush, who thanked her": not him
			}
			if person && !party && a.typ != Person && !a.demonym {
				j = a.a
				continue // "Blair arrived in Libya, where Gaddafi greeted him": no state is him
			}
			if len(a.also) == 0 && !a.demonym && pronounFits(a.typ, person, party) {
				return c.referTo(k, []string{a.key})
			}
			return nil
		}
		if timeUnits[t[j].lower()] || t[j].Tag == "NN" && pluralPronouns[w] {
			continue // "ordered two Somali diplomats to leave the country within 48 hours, accusing them": no time, and no one thing, is them
		}
		if honorifics[t[j].Text] {
			continue // "Mr Lee praised her": the agent's honorific
		}
		if person && saidNoun(t[j].lower()) {
			continue // "rejected the remarks and summoned him": what is said, claimed or decided is no person
		}
		if strings.HasPrefix(t[j].Tag, "NN") && !isDateWord(t[j].Text) && isWord(t[j].Text) {
			if i := actorAt(c.acts, j-1); j > 0 && i >= 0 && slices.Contains(agents, c.acts[i].key) {
				continue // the agent's own noun: "Egyptian police arrested him"
			}
			if i := actorAt(c.acts, c.possessorStart(j)); i >= 0 && slices.Contains(agents, c.acts[i].key) {
				continue // and in the possessive: "Chile's government said it had expelled him"
			}
			return c.nationalsOf(j, k)
		}
	}
	// none before it in its sentence: for "him" or "her", the one person
	// the sentence before names whose honorific gives the pronoun's gender
	// ("Mrs Blair criticised Mr Bush. The Tories accused her")
	var others []string // the people the sentence before names besides the agents
	for _, p := range c.lastPersons {
		if !slices.Contains(agents, p) && !c.genderClash(p, w) {
			others = append(others, p)
		}
	}
	if person {
		var matched []string
		for _, p := range others {
			if c.genderMatch(p, w) {
				matched = append(matched, p)
			}
		}
		if len(matched) == 1 {
			return c.referTo(k, matched)
		}
	}
	// else the one party the sentence before acted on ("Peru expelled two
	// Chilean diplomats. It accused them of spying")
	if len(c.lastTargets) == 1 && !slices.Contains(agents, c.lastTargets[0]) && pronounFits(typeOfKey(c.lastTargets[0]), person, party) && !c.genderClash(c.lastTargets[0], w) {
		return c.referTo(k, c.lastTargets)
	}
	// or, for a party's pronoun when the sentence before acted on no one,
	// the party it opens with as its subject ("North Korea said it would
	// not return. ElBaradei urged it to let inspectors in")
	if party && !person && len(c.lastTargets) == 0 && c.before.key != "" && c.before.typ != Person && !c.before.demonym &&
		!slices.Contains(agents, c.before.key) && pronounFits(c.before.typ, person, party) {
		return c.referTo(k, []string{c.before.key})
	}
	// or, for "him" or "her", the one person the sentence before names
	// besides the agents ("Alvarez met Ruiz. Ruiz thanked him"), or of
	// several the one the document names most ("the prince")
	if person && len(others) == 1 {
		return c.referTo(k, others)
	}
	if person {
		if p := c.mostSalient(others); p != "" {
			return c.referTo(k, []string{p})
		}
	}
	return nil
}

// mostSalient is the one of people the document names most often, twice
// at least and more often than each of the others; "" when none is.
func (c *eventCtx) mostSalient(people []string) string {
	best, bestN, tie := "", 0, false
	for _, p := range people {
		switch n := c.salience[p]; {
		case n > bestN:
			best, bestN, tie = p, n, false
		case n == bestN:
			tie = true
		}
	}
	if tie || bestN < 2 {
		return ""
	}
	return best
}

// personMentions counts the mentions of each person in the document,
// references included.
func personMentions(bySent map[int][]actor) map[string]int {
	count := map[string]int{}
	for _, acts := range bySent {
		for _, a := range acts {
			if a.typ == Person {
				count[a.key]++
			}
		}
	}
	return count
}

// saidOwner resolves the possessive of a person that owns the object at
// token k of a verb whose agents are no person, when the object is what
// was said or decided: a state or a body is never "his" or "her", so the
// pronoun stands for someone else, found as for "him" (pronounAntecedent).
//
//	VERB (his|her) [ADJ]* SAID-NOUN      (no agent a person)
//
// "Clay criticised Kenyan officials. The government rejected his
// remarks": Clay's.
func (c *eventCtx) saidOwner(k int, agents []string) []string {
	t := c.t
	if k >= len(t) || !personPossessives[t[k].lower()] || len(agents) == 0 {
		return nil
	}
	for _, a := range agents {
		if c.typeOf(a) == Person {
			return nil // "Clay defended his remarks": his own
		}
	}
	j := k + 1
	for j < len(t) && t[j].Tag == "JJ" {
		j++
	}
	if j >= len(t) || !saidNoun(t[j].lower()) {
		return nil
	}
	return c.pronounAntecedent(k, agents, true, false)
}

// saidNoun reports a noun for what is said, claimed, thought or decided:
// words and plans, never a person.
func saidNoun(w string) bool {
	return claimNouns[w] || speechNouns[w] || commentNouns[w] || ideaNouns[w] || decisionNouns[w]
}

// nationalsOf resolves the plural object pronoun at k whose nearest noun, at
// j, is people of a nationality: their state.
//
//	NATIONALITY (GROUP|CIVILIAN|DIPLOMAT)-NNS ... them
//
// "expelled two Croatian diplomats, accusing them of espionage": them is
// Croatia.
func (c *eventCtx) nationalsOf(j, k int) []string {
	if !pluralPronouns[c.t[k].lower()] {
		return nil
	}
	if st := c.nationalsState(j); st != "" {
		return c.referTo(k, []string{st})
	}
	return nil
}

// titleChunkStart is where the title before a name starting at token a
// begins, with the organization or country that owns it ("Hamas leader"
// before "Mahmoud Zahar"); a when no title comes right before it.
func (c *eventCtx) titleChunkStart(a int) int {
	j := a
	for j > 0 && actorAt(c.acts, j-1) < 0 && c.isTitleWord(j-1) {
		j--
	}
	if j < a && j > 0 {
		if o := actorAt(c.acts, j-1); o >= 0 && c.acts[o].b == j && (c.acts[o].typ == Organization || c.acts[o].typ == Country) {
			j = c.acts[o].a
		}
	}
	return j
}

// possessorStart is where the party that owns the phrase starting at j
// in the possessive starts ("Chile's foreign minister": Chile), else j.
func (c *eventCtx) possessorStart(j int) int {
	if j >= 2 && isPossessive(c.t[j-1].Text) {
		if o := actorAt(c.acts, j-2); o >= 0 && c.acts[o].b == j-1 {
			return c.acts[o].a
		}
	}
	return j
}

// typeOfKey is the type an actor's key names: "country:CHL" a country.
func typeOfKey(key string) EntityType {
	typ, _, _ := strings.Cut(key, ":")
	return EntityType(typ)
}

// A pronoun after the preposition a verb's pattern takes its target with
// stands for the one party of its kind its sentence names before it, past
// the verb's agents:
//
//	... B ... VERB ... PREP (him|her|them|it)
//
// "Hekmatyar, once Rabbani's main rival, made a peace pact with him": him
// is Rabbani. With two such parties, or none, it stands for no one.

// prepPronoun resolves the pronoun after the first of the prepositions
// spec names within the words after end, or returns nil.
func (c *eventCtx) prepPronoun(end int, spec []string, agents []string) []string {
	t := c.t
	for k := end; k+1 < len(t) && k < end+8; k++ {
		w := t[k].lower()
		if clauseBreaks[w] || w == "." || isVerb(t, k) && k > end {
			return nil
		}
		if !slices.Contains(spec, w) || t[k+1].Tag != "PRP" {
			continue
		}
		p := t[k+1].lower()
		person, party := personObjects[p], partyObjects[p]
		if !person && !party {
			return nil
		}
		var found []string
		for _, a := range c.acts {
			if a.b > k || slices.Contains(agents, a.key) || slices.Contains(found, a.key) || a.modifier || a.media || a.demonym || len(a.also) > 0 {
				continue
			}
			if pronounFits(a.typ, person, party) {
				found = append(found, a.key)
			}
		}
		if len(found) != 1 {
			return nil
		}
		return c.referTo(k+1, found)
	}
	return nil
}
