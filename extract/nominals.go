package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// An act named by a noun, and who does it:
//
//	[OWNER 's|NATIONALITY] EVENT-NOUN (on|against|with|to) TARGET
//	SUBJ VERB [DET|ADJ]* EVENT-NOUN PREP TARGET     the verb's subject, unless it reacts
//	SUBJ be in EVENT-NOUN with TARGET               who is in talks holds them
//	SUBJ VERB OBJ for [its] EVENT-NOUN              OBJ does it to SUBJ: "thanked Gabon for its support"
//	EVENT-NOUN ... (called off|cancelled)           no event
//
// "China's support for Russia": China supports Russia; "Israel intensified
// its attacks on Gaza": Israel attacks; "Brazil criticised the sanctions
// on Venezuela": the sanctions are not Brazil's; "Talks between Iran and
// the EU were called off": no talks.

// offVerbs say an act did not take place: "talks ... were postponed".
var offVerbs = lexicon.Class("offVerbs")

// calledOff reports that the clause after a noun at end says its act was
// put off or called off.
func (c *eventCtx) calledOff(end int) bool {
	return c.clauseHas(end, func(k int, w string) bool {
		return offVerbs[w] || offParticles[w] && k > 0 && callForms[c.t[k-1].lower()]
	})
}

// offObject reports an event noun at v that is the object of a verb, or
// of a noun's "of", saying it did not take place: "Arafat cancelled a
// meeting between", "postponed the talks with", "the cancellation of
// open skies talks between".
func (c *eventCtx) offObject(v int) bool {
	t := c.t
	k := v - 1
	for k >= 0 && (modifiesNoun(t[k]) || nounModifierWord(t[k]) || isQuoteMark(t[k].Text)) {
		k-- // past the words before the noun, quoted or not: `of "open skies" talks`
	}
	if k >= 1 && ofWords[t[k].lower()] && offNouns[t[k-1].lower()] {
		return true
	}
	k = modifiersBefore(t, v)
	return k >= 0 && offVerbs[t[k].lower()]
}

// offNouns name an act's being called off: "the cancellation of talks".
var offNouns = lexicon.Class("offNouns")

// nominalPreps introduce the target of an event named by a noun: "attacks
// on", "sanctions against", "talks with", "a visit to".
var nominalPreps = lexicon.Class("nominalPreps")

// nominalEvent reports whether the noun at v, matched as pattern p, names
// an event with its target after the preposition at end (past a place or
// a day): "attacks against Hezbollah", "sanctions on Iran".
func nominalEvent(t []Token, v, end int, p verbEntry) bool {
	if len(p.rest) > 0 || end >= len(t) || !eventNoun(t[v].lower()) {
		return false
	}
	w := t[end].lower()
	// "Britain's criticism of China": after its owner, a noun's "of" names
	// whom the act is done to, as its verb's object
	// "its takeover of Arcelor" too, but not "its support of": a stance
	k := v - 1
	for k >= 1 && (t[k].Tag == "JJ" || t[k].Tag == "CD" || t[k].Tag == "$") {
		k-- // "Zenith's $34.9 billion purchase of": past the sum and the adjectives
	}
	owned := k >= 0 && (isPossessive(t[k].Text) || t[k].Tag == "PRP$" && !supportRoots[p.code[:2]]) && slices.Contains(p.target, objTarget)
	inSupport := k >= 0 && statePreps[t[k].lower()] && supportRoots[p.code[:2]] // "rallied in support of Ruiz": whom the support is for
	return nominalPreps[w] || ofWords[w] && (violentRoots[p.code[:2]] || owned || inSupport) || purposePreps[w] && supportRoots[p.code[:2]]
}

// supportRoots are the CAMEO roots of acts done "for" another when named
// by a noun: "support for Russia", "aid for Gaza".
var supportRoots = lexicon.Class("supportRoots")

// eventNouns are the nouns that name events ("attacks on", "talks with"),
// unlike nouns that only share a verb's spelling ("turn his back on").
var eventNouns = lexicon.Class("eventNouns")

// offeredNouns name what one party offers or asks of another, whose
// infinitive's object is the act's: "an invitation to visit Chile".
var offeredNouns = lexicon.Class("offeredNouns")

// eventNoun reports a noun in lower case, singular or plural in -s, that
// names an event.
func eventNoun(w string) bool { return eventNouns[strings.TrimSuffix(w, "s")] }

// nounAgent finds the actors of a by-phrase in the noun phrase that starts
// at i, after an event noun and its preposition ("the killing of aid
// workers by Israeli forces"), and the token of its "by"; none where a verb
// or a clause edge comes first.
func (c *eventCtx) nounAgent(i int) ([]string, int) {
	t := c.t
	for k := i; k < len(t) && k < i+10; k++ {
		w := t[k].lower()
		if w == "," && k > i && actorAt(c.acts, k-1) >= 0 {
			continue // "attacks on Chile, Peru and Bolivia by APT28": a list of targets
		}
		if clauseBreaks[w] || !isWord(w) || isVerb(t, k) {
			return nil, 0
		}
		if agentPreps[w] {
			if meansAfter(t, k) {
				return nil, 0 // "the raids by opening Iraq's airspace": the means, no doer
			}
			return c.objectAfter(k+1, 4), k
		}
	}
	return nil, 0
}

// nounModifierWord reports a common noun in lower case that modifies the
// noun after it: "missile" in "missile attack", "arms" in "arms sales".
func nounModifierWord(tok Token) bool {
	return (tok.Tag == "NN" || tok.Tag == "NNS") && !isCap(tok.Text)
}

// ownedVictims are the party a possessive pronoun at k stands for, which
// opens, past a number and "of", what the act noun at v names with "of"
// before its doer's "by": the subject of the verb the noun is the object
// of, else of the verb that reports it, when of the pronoun's kind and
// not the doer.
//
//	SUBJ VERB the NOUN of [CD of] (its|their|his|her) NOUN by DOER
//
// "The Shining Path condemned the killing of its leader by Chilean
// troops": Chile kills the Shining Path.
func (c *eventCtx) ownedVictims(v, k int, doers []string) []string {
	t := c.t
	if k+2 < len(t) && t[k].Tag == "CD" && ofWords[t[k+1].lower()] {
		k += 2
	}
	w, person, party := c.pronounOfKind(k, "PRP$", personPossessives, partyPossessives)
	if !person && !party {
		return nil
	}
	g := c.governingVerb(v)
	if g < 0 {
		return nil
	}
	subj := c.subjectOf(g)
	if len(subj) == 0 {
		if r := c.reportedBy(g); r >= 0 {
			subj = c.subjectOf(r)
		}
	}
	if len(subj) != 1 || slices.Contains(doers, subj[0]) || !pronounFits(c.typeOf(subj[0]), personPossessives[w], partyPossessives[w]) {
		return nil
	}
	return subj
}

// nominalAgent finds who acts in an event named by the noun at v: a
// nationality or actor right before it ("an Israeli raid", "US sanctions"),
// a possessor ("Israel's attacks", "Iran's missile attack", "Iraq's 1990
// invasion"), or the
// subject of the clause ("Israel intensified its attacks").
func (c *eventCtx) nominalAgent(v int) []string {
	t, acts := c.t, c.acts
	owned := false // past a possessive: "the nation's support" is the nation's, whoever names it
	for k := v - 1; k >= 0 && k >= v-6; k-- {
		if a := actorAt(acts, k); a >= 0 {
			return []string{acts[a].key}
		}
		w := t[k].lower()
		if !(t[k].Tag == "JJ" || t[k].Tag == "CD" || t[k].Tag == "$" || determiners[w] || isPossessive(t[k].Text) || t[k].Tag == "PRP$" || nounModifierWord(t[k]) && !owned) {
			break
		}
		owned = owned || isPossessive(t[k].Text)
		if t[k].Tag == "PRP$" || possessivePronouns[w] {
			break // "its attacks": whose is the clause's subject
		}
	}
	// the noun must be what the clause's verb does: "Israel intensified its
	// attacks", not "following a compromise of"
	k := v - 1
	for k >= 0 && (t[k].Tag == "JJ" || t[k].Tag == "PRP$" || determiners[t[k].lower()] || t[k].Tag == "CD" || t[k].Tag == "$") {
		k-- // "agreed a fresh $10bn loan for"
	}
	if m := compoundBefore(t, k+1); m < k && m >= 0 && strings.HasPrefix(t[m].Tag, "VB") && c.consultNoun(v) {
		k = m // "will begin accession talks with": the talks the verb begins; but not "played down a fire bomb attack"
	}
	if m := compoundBefore(t, k+1); m < k && m >= 0 && strings.HasPrefix(t[m].Tag, "VB") && weaponsBefore(t, m, v) && c.nounSense(v, func(p verbEntry) bool { return violentRoots[p.code[:2]] }) {
		k = m // "launched a rocket attack on", "carried out a drone strike against": the attack the verb does
	}
	if m := compoundBefore(t, k+1); m < k && m >= 0 && statePreps[t[m].lower()] {
		k = m // "was behind a drone strike": past the nouns that modify it, to the state it names; not to an object's verb ("played down a fire bomb attack")
	}
	if k > 0 && (t[k].Tag == "RP" || excludeParticles[t[k].lower()]) && strings.HasPrefix(t[k-1].Tag, "VB") {
		k-- // "stepped up pressure on Sudan", "did not rule out/IN a strike on Iran": the verb of the particle
	}
	if m := compoundBefore(t, k+1); m < k && m > 0 && occasionPreps[t[m].lower()] && c.meetingNoun(v) {
		k = m // "said at a joint news conference with": past the nouns that modify it, to the phrase's preposition
	}
	if k > 0 && (statePreps[t[k].lower()] || occasionPreps[t[k].lower()] && c.meetingNoun(v)) {
		// "Mr Blair, on a visit to Israel, met", "Mr Straw, at a meeting
		// with Li, said": the name the phrase stands beside
		if t[k-1].Text == "," {
			if a := actorAt(acts, k-2); a >= 0 && acts[a].b == k-1 {
				return c.resolveHolder(a, []string{acts[a].key})
			}
		}
	}
	if k > 0 && purposePreps[t[k].lower()] && c.meetingNoun(v) {
		// "Granic arrived in Belgrade on Friday for talks with": the talks
		// are what the clause's subject came for; but "vowed revenge for
		// the killing of" names why
		for f := k - 1; f >= 0; f-- {
			w := t[f].lower()
			if a := actorAt(c.acts, f-1); w == "," && a >= 0 && c.acts[a].typ == Person && c.acts[a].b == f && c.acts[a].a >= 2 && t[c.acts[a].a-1].Text == "," {
				f = c.acts[a].a - 1 // past a name in apposition: "sent its intelligence chief, Omar Suleiman, to"
				continue
			}
			if clauseBreaks[w] || thatWords[w] || w == "," {
				break
			}
			if isVerb(t, f) && actorAt(c.acts, f) < 0 {
				if envoyVerbs[w] {
					if p := c.envoySent(f, k); p >= 0 {
						return c.coordinated(p, 1) // "sent its intelligence chief, Omar Suleiman, to Ramallah for talks with": the envoy's talks
					}
				}
				if !beForms[w] && !reactionVerbs[w] || beForms[w] && f+1 < k && (t[f+1].Tag == "IN" || scheduleWords[t[f+1].lower()]) {
					return c.subjectOf(f) // and "is in Cairo for talks", "is due in Moscow for talks"
				}
				break
			}
		}
	}
	if k > 0 && occasionPreps[t[k].lower()] && c.meetingNoun(v) {
		if f := c.occasionVerb(k); f >= 0 {
			return c.subjectOf(f) // "said on Thursday during a visit to Rwanda": the sayer's visit
		}
		if who := c.participleDoer(k); len(who) > 0 {
			return who // "Mr Straw, speaking at a news conference with Li, said": Straw's
		}
	}
	if k > 0 && basisPreps[t[k].lower()] && c.meetingNoun(v) {
		if f := c.occasionVerb(k); f >= 0 {
			return c.subjectOf(f) // "Iran suspended enrichment under an agreement with Britain": Iran's agreement
		}
	}
	if k > 0 && statePreps[t[k].lower()] && c.nounSense(v, func(p verbEntry) bool { return supportRoots[p.code[:2]] }) {
		if f := c.occasionVerb(k); f >= 0 {
			return c.subjectOf(f) // "rallied in support of", "mounted a campaign in support of Trump": the clause's subject supports
		}
	}
	if k > 0 && statePreps[t[k].lower()] {
		b := k - 1
		for b > 0 && t[b].Tag == "RB" {
			b-- // "is also in talks with"
		}
		if beForms[t[b].lower()] {
			k = b // "India has been in talks with Iran": who is in them
		} else if a := actorAt(acts, b); c.headline && a >= 0 && acts[a].b == k && !acts[a].modifier {
			return c.coordinated(a, -1) // the headline "India in talks with Iran", with no verb
		}
	}
	if m := compoundBefore(t, k+1); m >= 2 && purposePreps[t[m].lower()] && creditNouns[t[m-1].lower()] && isVerb(t, m-2) && ownVerbs[t[m-2].lower()] {
		// "Hamas claimed responsibility for the attack on Israel": who
		// owns up to the act did it
		return c.subjectOf(m - 2)
	}
	if m := compoundBefore(t, k+1); m >= 1 && instrumentPreps[t[m].lower()] && isVerb(t, m-1) && actorAt(acts, m-1) < 0 && !takesStance(t[m-1].lower()) && !c.prepTarget(m-1, t[m].lower()) {
		// "Israel responded with air strikes on Hamas": what the subject
		// answered, or acted, with is its own act
		return c.subjectOf(m - 1)
	}
	if k < 0 || !strings.HasPrefix(t[k].Tag, "VB") || prepositionLike[t[k].lower()] || takesStance(t[k].lower()) || escapeVerbs[t[k].lower()] {
		return nil // "Brazil criticised the sanctions on Venezuela", "China rejected the sanctions on Russia", "Musharraf escaped two bomb attacks": not theirs
	}
	return c.subjectOf(k)
}

// envoyVerbs send a person on a mission: "sent its intelligence chief to
// Ramallah for talks".
var envoyVerbs = lexicon.Class("envoyVerbs")

// envoySent is the person that the verb of sending at f sends, named
// before token k: "sent its intelligence chief, Omar Suleiman, to
// Ramallah"; -1 for none or for no person ("sent troops").
func (c *eventCtx) envoySent(f, k int) int {
	for a, act := range c.acts {
		if act.a > f && act.b <= k && act.typ == Person {
			return a
		}
	}
	return -1
}

// escapeVerbs say their subject came through the act their object names,
// done by another: "escaped two bomb attacks".
var escapeVerbs = lexicon.Class("escapeVerbs")

// basisPreps put an act under, or after, a meeting or agreement of its
// subject's: "suspended enrichment under an agreement with Britain",
// "freed the prisoners after talks with Spain".
var basisPreps = lexicon.Class("basisPreps")

// creditNouns, after a verb of owning up (ownVerbs), make the act "for"
// after them the subject's: "claimed responsibility for", "took credit
// for".
var (
	creditNouns = lexicon.Class("creditNouns")
	ownVerbs    = lexicon.Class("ownVerbs")
)

// prepTarget reports a verb at v one of whose patterns of the verb alone
// takes its target after the preposition prep: "agreed with", "sided
// with" name whom, not what the subject acts with.
func (c *eventCtx) prepTarget(v int, prep string) bool {
	if c.idx == nil {
		return false
	}
	for _, p := range c.idx.verbs[c.idx.lemma(c.t[v].Text)] {
		if len(p.rest) == 0 && slices.Contains(p.target, prep) {
			return true
		}
	}
	return false
}

// weaponNouns name what an attack is made with: "a missile strike".
var weaponNouns = lexicon.Class("weaponNouns")

// weaponsBefore reports that the nouns between the verb at m and the noun
// at v, past determiners and adjectives, all name weapons: "launched a
// rocket attack", "carried out a drone strike"; not "played down a fire
// bomb attack" ("fire" is none).
func weaponsBefore(t []Token, m, v int) bool {
	nouns := 0
	for k := m + 1; k < v; k++ {
		if strings.HasPrefix(t[k].Tag, "NN") {
			if !weaponNouns[t[k].lower()] {
				return false
			}
			nouns++
		}
	}
	return nouns > 0
}

// visitIn reads a visit named by the noun at v as being in a country
// "for" it, and who is there: the name the phrase stands beside in
// commas, or the subject of the verb it follows:
//
//	NAME , in COUNTRY for [DET|ADJ]* VISIT        "Rifkind, in Pakistan for a visit, told"
//	SUBJ VERB in COUNTRY for [DET|ADJ]* VISIT     "Rifkind is in Pakistan for a three-day visit"
//
// The country is "" when the noun follows no such phrase.
func (c *eventCtx) visitIn(v int) (string, []string) {
	t := c.t
	k := modifiersBefore(t, v)
	if k < 2 || !purposePreps[t[k].lower()] {
		return "", nil
	}
	a := actorAt(c.acts, k-1)
	if a < 0 || c.acts[a].typ != Country || c.acts[a].b != k || c.acts[a].a < 1 || !cityPreps[t[c.acts[a].a-1].lower()] {
		return "", nil
	}
	country, in := c.acts[a].key, c.acts[a].a-1
	if in >= 2 && t[in-1].Text == "," {
		if p := actorAt(c.acts, in-2); p >= 0 && c.acts[p].b == in-1 {
			return country, []string{c.acts[p].key}
		}
	}
	if f := c.finiteBefore(in-1, func(w string) bool { return clauseBreaks[w] || w == "," }); f >= 0 {
		return country, c.subjectOf(f)
	}
	return country, nil
}

// occasionPreps open a phrase that says in what meeting or visit a
// clause's act took place: "said during a visit to Rwanda", "spoke at a
// meeting with".
var occasionPreps = lexicon.Class("occasionPreps")

// occasionVerb finds the verb a phrase of circumstance opening at k
// belongs to, walking back over its objects, times and places to the
// clause's verb (but not past a comma, a clause edge or "that"): "Kengo
// said on Thursday in a visit to" → said. None when that verb is a form
// of "be" ("is in talks with": statePreps read it) or a gerund, whose
// doer is another's to find.
func (c *eventCtx) occasionVerb(k int) int {
	t := c.t
	for f := k - 1; f >= 0; f-- {
		w := t[f].lower()
		if clauseBreaks[w] || thatWords[w] || w == "," {
			return -1
		}
		if isVerb(t, f) && actorAt(c.acts, f) < 0 {
			if beForms[w] || t[f].Tag == "VBG" {
				return -1 // "accused the US of restoring the blackmail in the negotiations": not the gerund's
			}
			return f
		}
	}
	return -1
}

// participleDoer is who does the participle that a phrase of
// circumstance opening at k follows, in a phrase in commas after a name:
//
//	NAME , VBG ... k
//
// (the tagger may read the participle as a noun in -ing).
// "Mr Straw, speaking at a news conference with Li, stressed": Straw; nil
// when the participle follows no name and comma.
func (c *eventCtx) participleDoer(k int) []string {
	t := c.t
	for f := k - 1; f >= 1; f-- {
		w := t[f].lower()
		if clauseBreaks[w] || thatWords[w] || w == "," {
			return nil
		}
		if (t[f].Tag == "VBG" || ingForm(t[f])) && actorAt(c.acts, f) < 0 {
			if t[f-1].Text != "," || f < 2 {
				return nil
			}
			if a := actorAt(c.acts, f-2); a >= 0 && c.acts[a].b == f-1 && !c.acts[a].demonym && !c.acts[a].modifier {
				return c.resolveHolder(a, []string{c.acts[a].key})
			}
			return nil
		}
		if isVerb(t, f) {
			return nil
		}
	}
	return nil
}

// consultNoun reports an event noun at v that names a meeting, talks or a
// visit (CAMEO's consultations, 04), not an agreement, which may stand
// ("will continue a joint venture agreement").
func (c *eventCtx) consultNoun(v int) bool {
	return c.nounSense(v, func(p verbEntry) bool { return strings.HasPrefix(p.code, "04") })
}

// nounSense reports an event noun at v one of whose senses of its own
// words is, or any noun when the index is unknown.
func (c *eventCtx) nounSense(v int, is func(verbEntry) bool) bool {
	if c.idx == nil {
		return true
	}
	for _, p := range c.idx.verbs[c.idx.lemma(c.t[v].Text)] {
		if len(p.rest) == 0 && is(p) {
			return true
		}
	}
	return false
}

// meetingNoun reports an event noun at v that names a meeting or a visit
// (a symmetric act or one of CAMEO's consultations, 04), which one comes
// "for"; when the index is unknown, any event noun.
func (c *eventCtx) meetingNoun(v int) bool {
	return c.nounSense(v, func(p verbEntry) bool { return symmetric[p.action] || strings.HasPrefix(p.code, "04") })
}

// takesStance reports a verb that reacts to, rejects or takes a stance on
// the act it names, which is another's: "condemned the attacks on",
// "rejected the sanctions on", "backed the strikes on".
func takesStance(w string) bool { return reactionVerbs[w] || rejectVerbs[w] || stanceVerbs[w] }

// endorseCode is CAMEO's praising or endorsing (051): its nouns too take a
// stance on the act they name ("gave its approval to the strikes on").
const endorseCode = "051"

// stanceVerbs take a stance on an act they name: "backed the strikes on".
var stanceVerbs = lexicon.Class("stanceVerbs")

// reactionVerbs react to an act: the act they name is another's ("condemned
// the attacks on", "welcomed the talks between").
var reactionVerbs = lexicon.Class("reactionVerbs")

// statePreps after a form of "be" put its subject in the state an event
// noun names: "has been in talks with".
var statePreps = lexicon.Class("statePreps")

// prepositionLike are participles that work as prepositions.
var prepositionLike = lexicon.Class("prepositionLike")

// nominalParties finds the agents and targets of the act the event noun
// at v names, whose pattern p ends at end: its doer in a by-phrase, a
// possessive, a "from" phrase, an owning pronoun, the subject of the
// clause it opens or the earlier telling of the same act; whom it is
// done to after it.
func (c *eventCtx) nominalParties(v, end int, p verbEntry) (agents, targets []string) {
	t := c.t
	agents = c.nominalAgent(v)
	if mutual(p) {
		if pair := c.statePair(v); len(pair) >= 2 {
			agents = pair // "Chile and Peru are in talks", the headline "Chile and Peru in talks"
		}
	}
	if len(agents) == 0 {
		agents = c.pronounOwner(v) // "in its latest attack on Peru"
	}
	if len(agents) == 0 && c.openingNoun(v) && !(end < len(t) && ofWords[t[end].lower()]) {
		// "After talks with Peru, Chile agreed"; but "Following the killing
		// of Nasrallah, Iran launched ...": an act done to someone, by
		// someone the phrase does not name
		agents = c.mainSubject(v, end)
	}
	if len(agents) == 0 {
		agents = c.nounTimeSubject(v, p) // "Chirac left Paris after talks with Kohl"
	}
	targets = c.objectAfter(end+1, 8)
	if offeredNouns[t[v].lower()] && end+1 < len(t) && infinitiveMarks[t[end].lower()] && t[end+1].Tag == "VB" {
		targets = nil // "received an invitation to visit Chile": the act offered, whose object is its own, not whom the offer is made to
	}
	if k := modifiersBefore(t, v); end < len(t) && ofWords[t[end].lower()] && k >= 0 && statePreps[t[k].lower()] && supportRoots[p.code[:2]] {
		targets = c.objectAfter(end+1, 1) // "in support of President Ana Ruiz"; but "in support of the resolution on Peru" supports no one named
	}
	if (takesStance(p.action) || p.code == endorseCode) && end+1 < len(t) && (t[end].Tag == "IN" || t[end].Tag == "TO") {
		if ok, _ := c.victimOnly(end + 1); ok {
			targets = nil // "gave its approval to the strikes on Iran": not to Iran
		}
	}
	if by, to := c.modifierTarget(v, p); to != "" && len(targets) == 0 {
		agents, targets = by, []string{to} // "The IMF agreed fresh Bolivia funding" (modifiertarget.go)
	}
	if end < len(t) && fromPreps[t[end].lower()] && !slices.Contains(p.target, t[end].lower()) {
		targets = nil // "the Palestinian letter from Marwan Jilani": who it is from, not to
	}
	if by, to, ok := c.undergone(v, end); ok {
		agents, targets = by, to // "Chile faced criticism from Peru"
	} else if by, to, ok := c.facedCustody(v, end, p); ok {
		agents, targets = by, to // "Ana Ruiz will face trial" (facedcustody.go)
	} else if by, to := c.behestOf(v, end, p); len(by) > 0 {
		agents, targets = by, to // "visited Chile at the invitation of Luis Vega" (behest.go)
	} else if by, to, between, ok := c.nounByPhrase(end); ok {
		agents, targets = by, to // "an attack by Hamas on Israel"
		if between && mutual(p) {
			agents, targets = to, nil // "talks hosted by Qatar between Israel and Hamas": theirs
		}
		if len(targets) == 0 && p.code == visitCode {
			targets = c.visitedFocal(agents) // "shook Costa Rica during a visit by Japanese Prime Minister Hashimoto"
		}
		if len(targets) == 0 {
			targets = c.resisted(v) // "the KDP repelled an attack by PUK fighters": on the KDP
		}
	} else if by, to := c.visitOfPhrase(end, p); len(by) > 0 {
		agents, targets = by, to // "the visit of Ana Ruiz to Peru"
	} else if by, to := c.nounFromPhrase(v, end, p); len(by) > 0 && (len(agents) == 0 || slices.Equal(agents, to)) {
		// "criticism of Iran from the EU"; "made the promise after a visit
		// from Chile": the main clause's subject, read as the visit's, is
		// whom the "from" phrase's doer visits
		agents, targets = by, to
	} else if by, k := c.nounAgent(end + 1); len(by) > 0 {
		// "the killing of aid workers by Israeli forces": the by-phrase
		// acts, on what comes before it
		agents, targets = by, nil
		if n := k - (end + 1) - 2; n >= -1 {
			targets = c.objectAfter(end+1, n)
		}
		if len(targets) == 0 {
			targets = c.ownedVictims(v, end+1, by) // "condemned the killing of its leader by Chilean troops"
		}
	} else if by := c.attributedAgent(end); len(agents) == 0 && len(by) > 0 {
		agents = by // "attacks on Chile were attributed to APT28"
	}
	if by := c.blamedAgent(v, end); len(by) > 0 {
		agents = by // "attributed the hack of the Electoral Commission to China"
	}
	if len(agents) == 0 {
		agents = c.earlierAgents(v) // "Russia announced sanctions. The sanctions on ... "
	}
	if thanked := c.thankedFor(v, agents); len(thanked) > 0 && (len(targets) == 0 || end < len(t) && (placePreps[t[end].lower()] || cityPreps[t[end].lower()])) {
		targets = thanked // "China thanked Gabon for its support at the UN": for China, not the UN
	}
	if p.code == visitCode && (len(targets) == 0 || end < len(t) && !ofWords[t[end].lower()] && !nominalPreps[t[end].lower()]) {
		if country, who := c.visitIn(v); country != "" {
			targets = []string{country} // "Rifkind, in Pakistan for a visit, told Reuters": not Reuters
			if len(who) > 0 {
				agents = who
			}
		}
	}
	return agents, targets
}

// thankedFor is whom the act named by the noun at v is done for when the
// noun gives the reason another was thanked, praised or blamed: the one
// who thanked, the subject of the verb whose object did the act.
//
//	SUBJ VERB OBJ for [its|OBJ's] [ADJ]* EVENT-NOUN
//
// "China thanked Gabon for its strong support at the UN": Gabon supports
// China. nil when agents are not the object's.
func (c *eventCtx) thankedFor(v int, agents []string) []string {
	t := c.t
	k := v - 1
	for k >= 0 && (t[k].Tag == "JJ" || t[k].Tag == "PRP$" || isPossessive(t[k].Text)) {
		k--
	}
	if k < 2 || !purposePreps[t[k].lower()] {
		return nil
	}
	a := actorAt(c.acts, k-1)
	if a < 0 || c.acts[a].b != k || len(agents) != 1 || agents[0] != c.acts[a].key {
		return nil
	}
	g := c.acts[a].a - 1
	if g < 0 || !strings.HasPrefix(t[g].Tag, "VB") || actorAt(c.acts, g) >= 0 {
		return nil
	}
	if subj := c.subjectOf(g); !slices.Contains(subj, agents[0]) {
		return subj
	}
	return nil
}
