package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A pronoun subject stands for an actor of its kind (he, she for a person;
// it, they for a state or a body; they for several) that a clause before it
// names as its subject:
//
//	SUBJ (said|denied|told X) [that] PRONOUN VERB      the speaker
//	PRONOUN ... , SUBJ VERB                             the main clause's subject
//	(after|when|...) SUBJ VERB ... , PRONOUN VERB       the opening clause's subject
//	SUBJ VERB ... , and [ADV] PRONOUN VERB              the coordinated clause's subject
//	SUBJ said CLAUSE , and PRONOUN VERB                 the speaker, when CLAUSE's subject is no actor
//	. PRONOUN VERB                                      the last sentence's subject
//	"we|I ...," SPEAKER said                            the speaker's side
//
// "Hungary has said it will support ..."; "After Turkey struck the camps,
// it accused the PKK"; "Russia and China met. They agreed". Any other
// pronoun stays unresolved: it names no participant.

// pronounSubject resolves a pronoun subject at token k when it repeats the
// subject of a speech verb just before it: "Iraq said it would allow",
// "Putin said he ...". Other pronouns stay unresolved.
func (c *eventCtx) pronounSubject(k int) []string {
	return c.referTo(k, c.pronounKeys(k))
}

// referTo records that the pronoun at token k stands for keys, for the
// document's references, and returns keys.
func (c *eventCtx) referTo(k int, keys []string) []string {
	if c.refs != nil {
		for _, key := range keys {
			*c.refs = append(*c.refs, Reference{Key: key, Text: c.t[k].Text, Start: c.t[k].Start, End: c.t[k].End, Sentence: c.si})
		}
	}
	return keys
}

// pronounKeys are the actors the pronoun at token k stands for, or nil.
func (c *eventCtx) pronounKeys(k int) []string {
	t := c.t
	w := t[k].lower()
	if firstPerson[w] {
		// "'We have urged China to refrain,' Peters said": the speaker's
		// side, the state or body whose office they hold, else themselves
		sp := c.speaker(k)
		if sp == "" {
			return nil
		}
		if offices := c.offices[sp]; len(offices) > 0 {
			owner, _, _ := strings.Cut(offices[0], "|")
			return []string{owner}
		}
		return []string{sp}
	}
	if keys := c.pronounTimeSubject(k); keys != nil {
		return keys // "Tsang spoke after he met Birch"
	}
	if keys := c.mainSubjectAfter(k); keys != nil {
		return keys // "After she met Peru's president, Ruiz criticised Bolivia"
	}
	if keys := c.openingClauseSubject(k); keys != nil {
		return keys // "After Turkey struck the camps, it accused the PKK"
	}
	j := k - 1
	if j >= 0 && thatWords[t[j].lower()] {
		j--
	}
	listener := false // "told reporters he": the words of whom one told
	for n := 0; j >= 0 && n < 5; j, n = j-1, n+1 {
		w := t[j].lower()
		if speechVerbs[w] || denyVerbs[w] || tellForms[w] {
			break // "China has denied that it supplied weapons"
		}
		if o := occasionStart(t, j); o >= 0 {
			j = o // "said in a statement that it": where it was said, no listener
			continue
		}
		if !(t[j].Tag == "RB" || t[j].Tag == "IN" || t[j].Tag == "NNP" || t[j].Tag == "CD" || dayParts[w]) {
			if t[j].Tag == "NN" || t[j].Tag == "NNS" || t[j].Tag == "DT" || t[j].Tag == "JJ" {
				listener = true
				continue
			}
			j = -1 // no speech verb just before: "on Monday", "today" may stand between
			break
		}
	}
	if j >= 0 && listener && !tellForms[t[j].lower()] {
		j = -1 // "said the talks he": a clause's words, no listener
	}
	var keys []string
	var typ EntityType
	office := false // the speaker named by an office: "Mexico's president said he"
	joined := c.clauseAfterCoordinator(k)
	switch {
	case j >= 0 && (speechVerbs[t[j].lower()] || denyVerbs[t[j].lower()] || tellForms[t[j].lower()]):
		if a := c.obligedListener(j, k); a >= 0 {
			// "warned Turkey that it must recognise Cyprus", "told Ankara
			// it had to sign": the one told what it must do
			if pronounFits(c.acts[a].typ, personPronouns[w] || personPossessives[w], partyPronouns[w]) {
				return []string{c.acts[a].key}
			}
			return nil
		}
		keys = c.subjectOf(j)
		if len(keys) > 1 && pluralPronouns[w] {
			return c.textOrder(keys) // "Germany and France said they would": both
		}
		if len(keys) != 1 {
			return nil
		}
		typ = c.typeOf(keys[0])
		office = j > 0 && c.isTitleWord(j-1) && actorAt(c.acts, j-1) < 0
	case c.opensSentence(k) && c.before.key != "":
		// "Iran seized a tanker. It accused the crew of smuggling": a
		// pronoun that opens the sentence is the last one's subject;
		// "they", all of its subjects ("Russia and China met. They agreed")
		keys, typ = []string{c.before.key}, c.before.typ
		if pluralPronouns[w] && len(c.beforeAll) > 1 {
			keys = c.beforeAll
		}
	case c.opensSentence(k) && c.before.key == "" && !c.beforePronoun && personPronouns[w] && !pluralPronouns[w] && joined < 0:
		// "That prompted Finance Minister Sarkozy to step in. He
		// summoned ...": with no actor as the last sentence's subject,
		// the one person it names of the pronoun's gender; but "He was
		// due to meet Plavsic. He also planned" goes on about the one
		// the pronoun before stood for
		var fit []string
		for _, p := range c.lastPersons {
			if !c.genderClash(p, w) {
				fit = append(fit, p)
			}
		}
		if len(fit) > 1 && slices.Contains(fit, c.topic) {
			// "Qureshi met President Ghani. A meeting took place between
			// Qureshi and the president. He also held talks": of the
			// people it names, the one the story goes on about, who last
			// opened a sentence
			fit = []string{c.topic}
		}
		if len(fit) != 1 {
			return nil
		}
		keys, typ = fit, Person
	case joined >= 0:
		// "Britain said it would respond, and it summoned the envoy": a
		// pronoun that opens a clause joined to the last one is its
		// subject; when that is a clause reported with no actor for
		// subject, the reporter ("Bolivia said the deal was unfair, and it
		// summoned the envoy")
		keys = c.subjectOf(joined)
		if r := c.reportedBy(joined); r >= 0 && !c.standsFor(keys, w) {
			// "Silva said Peru and Chile were united, and she dismissed":
			// the reported clause's subject is no "she"; the reporter is
			keys = c.subjectOf(r)
		}
		if len(keys) > 1 && pluralPronouns[w] {
			return c.textOrder(keys)
		}
		if len(keys) != 1 {
			return nil
		}
		typ = c.typeOf(keys[0])
	default:
		// "Chile expelled two diplomats it accused of spying", "arrested
		// Soto, whom it accuses of spying": the subject of a relative
		// clause on the object is the main clause's subject
		h := c.relativeHost(k)
		if h < 0 {
			return nil
		}
		keys = c.subjectOf(h)
		if len(keys) != 1 {
			return nil
		}
		typ = c.typeOf(keys[0])
	}
	if len(keys) == 1 && c.genderClash(keys[0], w) {
		return nil // "Mrs Ruiz met Mr Soto. He said": not her
	}
	if pronounFits(typ, personPronouns[w] || personPossessives[w], partyPronouns[w] || office && (personPronouns[w] || personPossessives[w])) {
		return keys
	}
	return nil
}

// standsFor reports whether the pronoun w can stand for keys: one party
// of its kind and gender, or several for a plural pronoun.
func (c *eventCtx) standsFor(keys []string, w string) bool {
	if len(keys) > 1 {
		return pluralPronouns[w]
	}
	return len(keys) == 1 && !c.genderClash(keys[0], w) && pronounFits(c.typeOf(keys[0]), personPronouns[w] || personPossessives[w], partyPronouns[w])
}

// opensWithPronoun reports a sentence whose main clause opens with "he"
// or "she", after its dateline and an opening phrase.
func opensWithPronoun(t []Token) bool {
	start := datelineEnd(t)
	if k := openingPhraseEnd(t, start); k > 0 {
		start = k
	}
	return start < len(t) && personPronouns[t[start].lower()]
}

// parties reports keys that are all states or organizations, by typeOf.
func parties(keys []string, typeOf func(string) EntityType) bool {
	for _, k := range keys {
		if typ := typeOf(k); typ != Country && typ != Organization {
			return false
		}
	}
	return len(keys) > 0
}

// openingClauseSubject resolves a pronoun at token k that opens the main
// clause after a subordinate clause opening the sentence to that clause's
// subject, when the pronoun can stand for it:
//
//	(after|when|...) SUBJ VERB ... , PRONOUN VERB
//
// "After Turkey struck the camps, it accused the PKK": Turkey accused it.
// nil otherwise.
func (c *eventCtx) openingClauseSubject(k int) []string {
	t := c.t
	start := datelineEnd(t)
	if start >= len(t) || !subordinators[t[start].lower()] || openingClauseEnd(t, start) != k {
		return nil
	}
	v := -1
	for f := start + 1; f < k-1; f++ {
		if isFinite(t[f].Tag) && actorAt(c.acts, f) < 0 {
			v = f
			break
		}
	}
	if v < 0 {
		return nil // "After talks with Chile, it": a phrase, no clause
	}
	keys := c.subjectOf(v)
	w := t[k].lower()
	if len(keys) > 1 && pluralPronouns[w] {
		return c.textOrder(keys)
	}
	if len(keys) != 1 || !pronounFits(c.typeOf(keys[0]), personPronouns[w] || personPossessives[w], partyPronouns[w]) {
		return nil
	}
	return keys
}

// openingClauseEnd is the token after the comma that ends a clause
// opening the sentence at token start with a subordinator ("After ...,",
// "When ...,"), or 0 when there is none.
func openingClauseEnd(t []Token, start int) int {
	for k := start + 1; k+1 < len(t); k++ {
		if t[k].Text == "," {
			return k + 1
		}
	}
	return 0
}

// mainSubjectAfter resolves a pronoun at token k in the clause that opens
// the sentence before a comma to the subject of the main clause after it,
// when that names an actor the pronoun can stand for: "After she met
// Peru's president, Ruiz criticised Bolivia". nil otherwise.
func (c *eventCtx) mainSubjectAfter(k int) []string {
	t := c.t
	start := datelineEnd(t)
	end := openingPhraseEnd(t, start)
	if end == 0 || k <= start || k >= end {
		return nil
	}
	j := end
	for j < len(t) && (determiners[t[j].lower()] || c.isTitleWord(j) && actorAt(c.acts, j) < 0) {
		j++ // "After he left, the minister, ...", "After she met him, President Ruiz"
	}
	a := actorAt(c.acts, j)
	if a < 0 || c.acts[a].a != j || c.acts[a].demonym || c.acts[a].b >= len(t) || !strings.HasPrefix(t[c.acts[a].b].Tag, "VB") && t[c.acts[a].b].Tag != "MD" {
		return nil // the main clause opens with no actor that is its subject
	}
	w := t[k].lower()
	if !pronounFits(c.acts[a].typ, personPronouns[w] || personPossessives[w], partyPronouns[w]) {
		return nil
	}
	return []string{c.acts[a].key}
}

// pluralPronouns stand for more than one: "they", "their".
var pluralPronouns = lexicon.Class("pluralPronouns")

// clauseAfterCoordinator is the finite verb of the clause before a
// pronoun at token k that a coordinator joins to it (", and it
// summoned", "and he urged"), -1 when there is none.
func (c *eventCtx) clauseAfterCoordinator(k int) int {
	t := c.t
	j := k - 1
	for j > 1 && t[j].Tag == "RB" {
		j-- // "and then it accused"
	}
	if j < 1 || !coordinators[t[j].lower()] {
		return -1
	}
	if t[j-1].Text == "," {
		j--
	}
	return c.finiteBefore(j-1, clauseOpener)
}

// reportedBy is the verb of speech whose reported clause holds the verb at
// v, or -1: the first one before v with no comma, colon, semicolon or
// quotation mark between.
//
//	SUBJ (said|denied) [that] ... VERB      "Bolivia said the deal was unfair"
func (c *eventCtx) reportedBy(v int) int {
	t := c.t
	for k := v - 1; k >= 0; k-- {
		w := t[k].lower()
		if speechVerbs[w] || denyVerbs[w] {
			return k
		}
		if w == "," || w == ":" || w == ";" || isQuoteMark(t[k].Text) {
			return -1
		}
	}
	return -1
}

// officeOwners are the states or bodies whose offices the people of keys
// hold ("Putin said his government": Russia's); nil for one who holds
// none.
func (c *eventCtx) officeOwners(keys []string) []string {
	var out []string
	for _, k := range keys {
		offices := c.offices[k]
		if len(offices) == 0 {
			return nil
		}
		owner, _, _ := strings.Cut(offices[0], "|")
		out = append(out, owner)
	}
	return out
}

// pronounFits reports that an actor of type typ can be what a pronoun of a
// person's or of a party's stands for.
func pronounFits(typ EntityType, person, party bool) bool {
	return person && typ == Person || party && (typ == Country || typ == Organization)
}

// opensSentence reports that token k opens its sentence, after at most
// a conjunction or an adverb: "He", "But he", "However, she", "There he";
// or after those and one fronted phrase of circumstance (frontedAdjunct):
// "In 2009 they", "Last year, it".
func (c *eventCtx) opensSentence(k int) bool {
	j := 0
	for j < k && (c.t[j].Tag == "CC" || c.t[j].Tag == "RB" || c.t[j].Tag == "EX" || c.t[j].Tag == ",") {
		j++
	}
	if j == k {
		return k <= 3
	}
	return j <= 2 && c.frontedAdjunct(j, k)
}

// frontedAdjunct reports that tokens [j, k) are one phrase of time or
// circumstance before a clause's subject, with no verb and no actor in it:
//
//	IN|period WORD{0,6} [,] SUBJECT
//
// a preposition's phrase or a phrase of time, at most seven words:
// "In 2009 they agreed", "On Tuesday, it said", "Last year they met",
// "Earlier this month, he". A phrase with a verb is a clause ("After
// Kenya attacked, it"), one with an actor names a party of its own
// ("Like Kenya, it"): neither is one.
func (c *eventCtx) frontedAdjunct(j, k int) bool {
	t := c.t
	if k-j > 7 || k-j < 1 {
		return false
	}
	timed := false
	for i := j; i < k; i++ {
		tag := t[i].Tag
		if strings.HasPrefix(tag, "VB") || tag == "MD" || strings.HasPrefix(tag, "W") || tag == "PRP" || tag == "``" || tag == "''" || actorAt(c.acts, i) >= 0 {
			return false
		}
		if tag == "," && i != k-1 {
			return false
		}
		timed = timed || c.periodAt(i) || tag == "CD" || periodNouns[t[i].lower()]
	}
	return t[j].Tag == "IN" && !thatWords[t[j].lower()] || timed
}

// obligingModals and mustVerbs before "to" say what the subject of
// their clause must do: "it must", "it had to".
var (
	obligingModals = lexicon.Class("obligingModals")
	mustVerbs      = lexicon.Class("mustVerbs")
)

// obligedListener is the actor told, between the speech verb at j and the
// pronoun at k, what the pronoun's clause says it must do; -1 when no one
// is told or the clause says no obligation:
//
//	VERB ACTOR [that] PRONOUN (must|should|had to|...) VB
//
// "warned Turkey that it must recognise Cyprus": Turkey must; but
// "warned Peru it would impose sanctions": the speaker's threat.
func (c *eventCtx) obligedListener(j, k int) int {
	t := c.t
	if k+1 >= len(t) || !(obligingModals[t[k+1].lower()] || k+2 < len(t) && mustVerbs[t[k+1].lower()] && infinitiveMarks[t[k+2].lower()]) {
		return -1
	}
	found := -1
	for i := j + 1; i < k; i++ {
		if a := actorAt(c.acts, i); a >= 0 && !c.acts[a].media && !c.acts[a].demonym {
			if found >= 0 && c.acts[found].key != c.acts[a].key {
				return -1 // two told: whom the pronoun means is not said
			}
			found = a
			i = c.acts[a].b - 1
		}
	}
	return found
}

// occasionStart is the preposition that opens a phrase of the occasion
// of speaking ending at token j, "in a statement", "during an interview"
// (speechNouns), past an article, a possessive pronoun, adjectives and
// the nouns or acronyms that say what kind ("in a radio interview", "in a
// TV address"); -1 when none ends there.
func occasionStart(t []Token, j int) int {
	if j < 1 || !speechNouns[t[j].lower()] {
		return -1
	}
	k := j - 1
	for k > 0 && (t[k].Tag == "DT" || t[k].Tag == "PRP$" || t[k].Tag == "JJ" || t[k].Tag == "NN" && startsLower(t[k].Text) || isAcronym(t[k].Text)) {
		k--
	}
	if t[k].Tag != "IN" || k == j-1 {
		return -1
	}
	return k
}

// relativeHost is the finite verb of the main clause whose object a
// relative clause opened by the pronoun at k describes, or -1:
//
//	SUBJECT VERB ... NOUN [,] [whom|which] PRONOUN VERB
//
// "Chile expelled two diplomats it accused of spying": "expelled". After
// "that" a clause may be what the noun says, no relative: "said today
// that it had".
func (c *eventCtx) relativeHost(k int) int {
	t := c.t
	if k < 2 || k+1 >= len(t) || t[k].Tag != "PRP" || !(isFinite(t[k+1].Tag) || t[k+1].Tag == "MD") {
		return -1
	}
	j := k - 1
	if objectRelatives[t[j].lower()] {
		j--
		if j >= 0 && t[j].Text == "," {
			j--
		}
	}
	if j < 1 || !strings.HasPrefix(t[j].Tag, "NN") {
		return -1 // no noun for the clause to describe, as "diplomats" in "diplomats it accused"
	}
	h := c.finiteBefore(j-1, clauseOpener)
	if h >= 0 && (speechVerbs[t[h].lower()] || denyVerbs[t[h].lower()]) {
		return -1 // "Ruiz said the talks he led": the noun opens what is said, no object
	}
	return h
}
