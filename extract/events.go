package extract

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// actor is a mention of a person, organization or country in a sentence.
type actor struct {
	a, b     int // token range
	key      string
	typ      EntityType
	demonym  bool
	modifier bool     // part of a hyphenated word: "US-funded"
	capital  bool     // a capital standing for its government: "Washington argues"
	media    bool     // a news organization: "told the BBC"
	country  string   // a place's country
	also     []string // the other parties a reference to two stands for: "the two countries"
	kind     string   // an organization's kind: company, armed-group, ...
}

// eventCtx is what the event rules know of one sentence.
type eventCtx struct {
	t    []Token
	acts []actor
	// holders maps "country-or-org key|title head" to the person holding it
	holders map[string]string
	// offices maps a person's key to the "owner key|title head" of each
	// office the document gives them
	offices map[string][]string
	// focal is the country the headline names first, the implied agent of
	// arrests and sentences reported in the passive; "" when none
	focal string
	// titles holds the head words of known titles, titleEntries the titles
	titles       map[string]bool
	titleEntries map[string]titleEntry
	// date is the sentence's date, read once (dated) for all its events
	date  string
	dated bool
	// places are the places named in the sentence
	places []actor
	// notes collects every event the rules read, kept or not, for dating
	notes *dateNotes
	// before is the actor the sentence before opens with as its subject,
	// for a pronoun that opens this one; key "" when none
	before actor
	// si is the sentence's index, and refs collects the pronouns the
	// rules resolve, for the document's references
	si   int
	refs *[]Reference
	// headline is set for the document's headline, whose commas join
	// names and whose "X to do" is a future ("US to impose sanctions")
	headline bool
}

// auxiliaries, clause words, pronouns and the other words the event rules
// read, and the actions of verbs.tsv they treat apart (elections, telling).
var (
	beForms             = lexicon.Class("beForms")
	negations           = lexicon.Class("negations")
	negatingVerbs       = lexicon.Class("negatingVerbs")
	modals              = lexicon.Class("modals")
	clauseBreaks        = lexicon.Class("clauseBreaks")
	subordinators       = lexicon.Class("subordinators")
	skippable           = lexicon.Class("skippable")
	haveForms           = lexicon.Class("haveForms")
	scheduleWords       = lexicon.Class("scheduleWords")
	conditionWords      = lexicon.Class("conditionWords")
	relativePronouns    = lexicon.Class("relativePronouns")
	sayForms            = lexicon.Class("sayForms")
	coordinators        = lexicon.Class("coordinators")
	possessivePronouns  = lexicon.Class("possessivePronouns")
	obligingVerbs       = lexicon.Class("obligingVerbs")
	demandNouns         = lexicon.Class("demandNouns")
	infinitiveMarks     = lexicon.Class("infinitiveMarks")
	asWords             = lexicon.Class("asWords")
	whenWords           = lexicon.Class("whenWords")
	unlessWords         = lexicon.Class("unlessWords")
	possessiveRelatives = lexicon.Class("possessiveRelatives")
	offParticles        = lexicon.Class("offParticles")
	intentModals        = lexicon.Class("intentModals")
	callForms           = lexicon.Class("callForms")
	planForms           = lexicon.Class("planForms")
	personPronouns      = lexicon.Class("personPronouns")
	partyPronouns       = lexicon.Class("partyPronouns")
	ethnicWords         = lexicon.Class("ethnicWords")
	todayWords          = lexicon.Class("todayWords")
	electActions        = lexicon.Class("electActions")
	tellActions         = lexicon.Class("tellActions")
)

// prepositions the event rules read.
var (
	placePreps   = lexicon.Class("placePreps")
	cityPreps    = lexicon.Class("cityPreps")
	duringPreps  = lexicon.Class("duringPreps")
	missionPreps = lexicon.Class("missionPreps")
	insidePreps  = lexicon.Class("insidePreps")
	authorPreps  = lexicon.Class("authorPreps")
	spanPreps    = lexicon.Class("spanPreps")
	ofWords      = lexicon.Class("ofWords")
	agentPreps   = lexicon.Class("agentPreps")
	purposePreps = lexicon.Class("purposePreps")
	againstPreps = lexicon.Class("againstPreps")
	betweenPreps = lexicon.Class("betweenPreps")
	dayPreps     = lexicon.Class("dayPreps")
	hostPreps    = lexicon.Class("hostPreps")
	memberPreps  = lexicon.Class("memberPreps")
)

// findEvents finds who did what to whom in each sentence of doc.
func (x *Extractor) findEvents(doc *Document, de *docEntities) ([]Event, []Reference) {
	bySent := map[int][]actor{}
	places := map[int][]actor{}
	focal := ""
	for _, c := range de.cands {
		t := doc.Sentences[c.sent].Tokens
		a := actor{
			a: c.a, b: c.b, key: c.key, typ: c.typ, demonym: c.gaz != nil && c.gaz.demonym,
			modifier: c.start != t[c.a].Start || c.end != t[c.b-1].End,
			media:    c.gaz != nil && c.gaz.kind == kindMedia,
		}
		if c.typ == Organization {
			a.kind = orgKind(c, doc.Text[c.start:c.end])
		}
		if a.demonym && (c.a > 0 && ethnicWords[strings.ToLower(t[c.a-1].Text)] || c.b < len(t) && placeNouns[strings.ToLower(t[c.b].Text)]) {
			continue // "ethnic Albanians", "the Thai border": no state acts
		}
		if rest := doc.Text[c.end:]; strings.HasPrefix(rest, "-led") || strings.HasPrefix(rest, "-owned") || strings.HasPrefix(rest, "-flagged") {
			a.modifier = false // "Vietnamese-led forces", "a Greek-owned tanker": who leads or owns
		}
		if c.typ == Location {
			pl := actor{a: c.a, b: c.b, key: c.key, typ: Location, country: c.country}
			if c.gaz != nil {
				pl.kind = c.gaz.kind
			}
			places[c.sent] = append(places[c.sent], pl)
			if c.gaz == nil || c.gaz.kind != kindCapital || c.country == "" {
				continue
			}
			a.key, a.typ, a.capital = "country:"+c.country, Country, true
		}
		if focal == "" && c.typ == Country && doc.Sentences[c.sent].Headline {
			focal = c.country
		}
		bySent[c.sent] = append(bySent[c.sent], a)
	}
	holders := map[string]string{}
	offices := map[string][]string{}
	// byTitle maps a title's last word ("minister") to the one person the
	// document gives such a title, or to "" when it gives it to several
	byTitle := map[string]string{}
	for _, e := range de.list() {
		for _, r := range e.Roles {
			f := strings.Fields(r.Title)
			if len(f) == 0 {
				continue
			}
			head := f[len(f)-1]
			if old, ok := byTitle[head]; !ok {
				byTitle[head] = e.Key
			} else if old != e.Key {
				byTitle[head] = ""
			}
			if r.Of == "" {
				continue
			}
			k := r.Of + "|" + head
			offices[e.Key] = append(offices[e.Key], k)
			if _, ok := holders[k]; !ok {
				holders[k] = e.Key
			}
			// one holder of the owner's offices of a kind (a role code):
			// "the British minister" is its one government official
			switch any := r.Of + "|*" + r.Code; holders[any] {
			case "":
				holders[any] = e.Key
			case e.Key:
			default:
				holders[any] = "-" // more than one: no guess
			}
		}
	}
	refs := addReferences(doc, bySent, stateOf(focal, de))
	refs = append(refs, addPairs(doc, bySent)...)
	refs = append(refs, addTitles(doc, bySent, byTitle, x.idx.titleHeads)...)
	refs = append(refs, addOrgNouns(doc, bySent, x.idx.orgHeads)...)
	var events []Event
	var notes dateNotes
	var before actor
	var pronouns []Reference
	for si := range doc.Sentences {
		acts := bySent[si]
		prev := before
		before = openingSubject(doc.Sentences[si].Tokens, acts)
		if len(acts) == 0 {
			continue
		}
		if strings.HasSuffix(strings.TrimRight(doc.Sentences[si].Text, `"'”’)`), "?") {
			continue // a question asserts nothing
		}
		ctx := &eventCtx{t: doc.Sentences[si].Tokens, acts: acts, holders: holders, focal: focal, titles: x.idx.titleHeads, titleEntries: x.idx.titles, places: places[si], offices: offices, notes: &notes, before: prev, si: si, refs: &pronouns, headline: doc.Sentences[si].Headline}
		events = append(events, x.sentenceEvents(doc, si, ctx)...)
		ctx.noteSpeeches(doc, si)
	}
	countryOf := func(key string) string {
		if e := de.byKey[key]; e != nil {
			return e.Country
		}
		return ""
	}
	// a pronoun read for several events is one reference
	slices.SortStableFunc(pronouns, func(a, b Reference) int { return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.Key, b.Key)) })
	pronouns = slices.CompactFunc(pronouns, func(a, b Reference) bool { return a.Start == b.Start && a.Key == b.Key })
	refs = append(refs, pronouns...)
	sort.SliceStable(refs, func(i, j int) bool { return refs[i].Start < refs[j].Start })
	orientSymmetric(events)
	return dateEvents(doc, events, notes, countryOf), refs
}

func (x *Extractor) sentenceEvents(doc *Document, si int, ctx *eventCtx) []Event {
	t, acts := ctx.t, ctx.acts
	out := append(x.demands(doc, si, ctx), x.labels(doc, si, ctx)...)
	for i := 0; i < len(t); i++ {
		if !strings.HasPrefix(t[i].Tag, "VB") && !(t[i].Tag == "NN" || t[i].Tag == "NNS") {
			continue
		}
		if actorAt(acts, i) >= 0 {
			continue
		}
		if strings.HasPrefix(t[i].Tag, "VB") && t[i].Tag != "VB" && t[i].Tag != "VBP" && t[i].Tag != "VBZ" && i > 0 && determiners[strings.ToLower(t[i-1].Text)] {
			continue // "the banned movement", "evacuated the wounded": an adjective or a noun
		}
		if t[i].Tag == "VBN" && i > 0 && i+1 < len(t) && strings.HasPrefix(t[i-1].Tag, "VB") && !auxiliary(t[i-1].Text) &&
			(strings.HasPrefix(t[i+1].Tag, "NN") || t[i+1].Tag == "JJ") && actorAt(acts, i+1) < 0 {
			continue // "pumping banned extremist propaganda": an adjective after a verb
		}
		lemma := x.idx.lemma(t[i].Text)
		pats := x.idx.verbs[lemma]
		if len(pats) == 0 {
			continue
		}
		nominal := !strings.HasPrefix(t[i].Tag, "VB")
		if !nominal && ctx.undergoesNoun(i) {
			continue // "is receiving support from Iran": the noun's act, not a reception
		}
		matched := -1 // the end of the words of the pattern that matched
		var senses []string
		for _, p := range pats {
			if matched >= 0 && !slices.Equal(p.rest, senses) {
				continue
			}
			end, ok := matchRest(t, i+1, p.rest)
			if !ok {
				continue
			}
			place := end // where the event's place is read
			if nominal && len(p.rest) == 0 {
				end = ctx.pastPlace(end) // "talks in Vienna between Iran and the EU"
			}
			if nominal && len(p.rest) == 0 && symmetric[p.action] && end+1 < len(t) && betweenPreps[strings.ToLower(t[end].Text)] {
				// "talks between Israel and Syria resumed"
				out = append(out, placed(x.betweenEvents(doc, si, ctx, i, end, p), ctx, place, end)...)
				break
			}
			if nominal && !nominalEvent(t, end, p) && !(len(p.rest) == 0 && mutual(p) && len(ctx.hyphenPair(i)) >= 2 && eventNouns[strings.TrimSuffix(strings.ToLower(t[i].Text), "s")]) {
				_, _, undergone := ctx.undergone(i, end)
				_, _, _, byPhrase := ctx.nounByPhrase(end)
				from, _ := ctx.nounFromPhrase(i, end, p)
				if !undergone && !byPhrase && len(from) == 0 || len(p.rest) > 0 || !eventNouns[strings.TrimSuffix(strings.ToLower(t[end-1].Text), "s")] {
					continue
				}
			}
			evs := placed(x.buildEvents(doc, si, ctx, i, end, p, nominal), ctx, place, end)
			out = append(out, evs...)
			matched = end
			if len(evs) > 0 {
				break
			}
			// the same words in another sense, told apart by where it
			// finds its target: "held drills with" (062), "near" (150)
			senses = p.rest
		}
		if matched > i+1 {
			i = matched - 1 // the words of the pattern name no second event
		}
	}
	return out
}

// demandModals and appealModals turn what one says of another into a
// demand ("said that the US must") or an appeal ("insisted that Iran
// should").
var (
	demandModals = lexicon.Class("demandModals")
	appealModals = lexicon.Class("appealModals")
)

// demanded and appealed are the events of a demand (CAMEO 100) and of an
// appeal (020) read from what a speaker says another must or should do.
var (
	demanded = verbEntry{action: "demand", code: "100"}
	appealed = verbEntry{action: "urge", code: "020"}
)

// demands finds what a speaker says another must or should do: "the EU said
// that the US should back ...", "Rwandan rebels announced that President
// Kagame must agree ...".
func (x *Extractor) demands(doc *Document, si int, ctx *eventCtx) []Event {
	t := ctx.t
	var out []Event
	for i := range t {
		w := strings.ToLower(t[i].Text)
		// "its demand that Israel ease": the noun says what is demanded
		demandNoun := demandNouns[w] && strings.HasPrefix(t[i].Tag, "NN")
		if !speechVerbs[w] && !obligingVerbs[w] && !demandNoun {
			continue
		}
		j := i + 1
		for j < len(t) && (t[j].Tag == "NNP" && !isCap(t[j].Text) || t[j].Tag == "RB" || t[j].Tag == "NN" && todayWords[strings.ToLower(t[j].Text)] || isWeekday(t[j].Text) ||
			dayPreps[strings.ToLower(t[j].Text)] && j+1 < len(t) && isWeekday(t[j+1].Text)) {
			j++
		}
		if j < len(t) && thatWords[strings.ToLower(t[j].Text)] {
			j++
		} else if demandNoun {
			continue
		}
		targets := ctx.objectAfter(j, 3)
		if len(targets) == 0 {
			continue
		}
		var p verbEntry
		if demandNoun {
			p = demanded
		}
		for k := j; k < len(t) && k < j+12 && p.action == ""; k++ {
			kw := strings.ToLower(t[k].Text)
			if demandModals[kw] {
				p = demanded
				break
			}
			if appealModals[kw] {
				p = appealed
				break
			}
			if isVerb(t, k) || clauseBreaks[kw] {
				break
			}
		}
		if p.action == "" {
			continue
		}
		if ev, ok := x.saidEvent(doc, si, ctx, i, j, p, ctx.subjectOf(i), targets); ok {
			out = append(out, ev)
		}
	}
	return out
}

// saidEvent is the event p that the subject of the verb at v does to
// targets by what it says (a demand, a name it gives them), with the
// pattern read up to end; false when either side is missing, or the verb
// is hypothetical and those are left out.
func (x *Extractor) saidEvent(doc *Document, si int, ctx *eventCtx, v, end int, p verbEntry, agents, targets []string) (Event, bool) {
	agents, targets = distinct(agents, targets)
	if len(agents) == 0 || len(targets) == 0 {
		return Event{}, false
	}
	modality := Asserted
	if ctx.hypothetical(v) {
		if !x.hypothetical {
			return Event{}, false
		}
		modality = Hypothetical
	}
	ev := x.newEvent(doc, si, ctx, end, p, false, modality)
	ev.Agents, ev.Targets = agents, targets
	return ev, true
}

// betweenEvents reads a symmetric act named by the noun at v and the
// parties after "between": "talks between Israel and Syria", "clashes
// between Indian and Chinese troops". Acts called off or put off did not
// happen.
func (x *Extractor) betweenEvents(doc *Document, si int, ctx *eventCtx, v, end int, p verbEntry) []Event {
	parties := ctx.objectAfter(end+1, 6)
	if len(parties) < 2 || ctx.hypothetical(v) || ctx.calledOff(end) || ctx.offObject(v) {
		return nil
	}
	modality := Asserted
	if ctx.future(v) || ctx.futureAfter(end) {
		modality = Future
	}
	return ctx.pairEvents(x.newEvent(doc, si, ctx, end, p, false, modality), parties, si, v)
}

// pairEvents tells a symmetric act ev once for each pair of parties, in
// the order the sentence names them.
func (c *eventCtx) pairEvents(ev Event, parties []string, si, v int) []Event {
	order := c.textOrder(parties)
	var out []Event
	for i := range order {
		for j := i + 1; j < len(order); j++ {
			e := ev
			e.Agents, e.Targets = []string{order[i]}, []string{order[j]}
			out = append(out, e)
			c.note(e, si, v, true)
		}
	}
	return out
}

// offVerbs say an act did not take place: "talks ... were postponed".
var offVerbs = lexicon.Class("offVerbs")

// calledOff reports that the clause after a noun at end says its act was
// put off or called off.
func (c *eventCtx) calledOff(end int) bool {
	return c.clauseHas(end, func(k int, w string) bool {
		return offVerbs[w] || offParticles[w] && k > 0 && callForms[strings.ToLower(c.t[k-1].Text)]
	})
}

// offObject reports an event noun at v that is the object of a verb
// saying it did not take place: "Arafat cancelled a meeting between",
// "postponed the talks with".
func (c *eventCtx) offObject(v int) bool {
	t := c.t
	k := v - 1
	for k >= 0 && modifiesNoun(t[k]) {
		k--
	}
	return k >= 0 && offVerbs[strings.ToLower(t[k].Text)]
}

// futureAfter reports a future tense in the clause after a noun at end:
// "talks between X and Y will resume".
func (c *eventCtx) futureAfter(end int) bool {
	return c.clauseHas(end, func(_ int, w string) bool { return futureMarks[w] })
}

// clauseHas reports whether a token of the clause from end on (at most 14
// tokens) satisfies is, given its index and lower-cased text.
func (c *eventCtx) clauseHas(end int, is func(k int, w string) bool) bool {
	for k := end; k < len(c.t) && k < end+14; k++ {
		w := strings.ToLower(c.t[k].Text)
		if is(k, w) {
			return true
		}
		if clauseBreaks[w] || w == "." {
			break
		}
	}
	return false
}

// nominalPreps introduce the target of an event named by a noun: "attacks
// on", "sanctions against", "talks with", "a visit to".
var nominalPreps = lexicon.Class("nominalPreps")

// violentRoots are CAMEO roots whose nouns take their target with "of":
// "the assassination of", "the arrest of".
var violentRoots = lexicon.Class("violentRoots")

// nominalEvent reports whether a noun matched as pattern p names an event
// with its target: "attacks against Hezbollah", "sanctions on Iran".
func nominalEvent(t []Token, end int, p verbEntry) bool {
	if len(p.rest) > 0 || end >= len(t) || !eventNouns[strings.TrimSuffix(strings.ToLower(t[end-1].Text), "s")] {
		return false
	}
	w := strings.ToLower(t[end].Text)
	// "Britain's criticism of China": after its owner, a noun's "of" names
	// whom the act is done to, as its verb's object
	owned := end >= 2 && isPossessive(t[end-2].Text) && slices.Contains(p.target, objTarget)
	return nominalPreps[w] || ofWords[w] && (violentRoots[p.code[:2]] || owned) || purposePreps[w] && supportRoots[p.code[:2]]
}

// supportRoots are the CAMEO roots of acts done "for" another when named
// by a noun: "support for Russia", "aid for Gaza".
var supportRoots = lexicon.Class("supportRoots")

// eventNouns are the nouns that name events ("attacks on", "talks with"),
// unlike nouns that only share a verb's spelling ("turn his back on").
var eventNouns = lexicon.Class("eventNouns")

// isVerb reports a verb at token k; a participle before a noun is an
// adjective ("peacekeeping force", "banned movement").
func isVerb(t []Token, k int) bool {
	tag := t[k].Tag
	if !strings.HasPrefix(tag, "VB") {
		return false
	}
	return !((tag == "VBG" || tag == "VBN") && k+1 < len(t) && strings.HasPrefix(t[k+1].Tag, "NN") && !nounModifier(t, k))
}

// orientSymmetric tells a symmetric act between two parties the way the
// document first tells an act of theirs, so that a pair is one dyad
// however later sentences order it ("Chile and Peru signed ...", later
// "Peru and Chile also signed").
func orientSymmetric(events []Event) {
	type pair struct{ a, b string }
	first := map[pair]bool{}
	for i := range events {
		e := &events[i]
		if !symmetric[e.Action] || len(e.Agents) != 1 || len(e.Targets) != 1 {
			continue
		}
		a, b := e.Agents[0], e.Targets[0]
		switch {
		case first[pair{b, a}]:
			e.Agents, e.Targets = []string{b}, []string{a}
		case !first[pair{a, b}]:
			first[pair{a, b}] = true
		}
	}
}

// auxiliary reports a form of "be" or "have" or a modal, which a
// participle after it completes: "has banned", "was attacked".
func auxiliary(w string) bool {
	w = strings.ToLower(w)
	return beForms[w] || haveForms[w] || modals[w]
}

// symmetric actions are recorded once per pair of the parties that take part.
var symmetric = lexicon.Class("symmetric")

// matchRest matches the words of a pattern after the verb, '*' standing for
// up to four optional words ("made a surprise visit to", "extended a 500
// million euro loan to"); it returns the token index after the match.
func matchRest(t []Token, i int, rest []string) (int, bool) {
	for k := 0; k < len(rest); k++ {
		w := rest[k]
		if w == "*" {
			if k+1 < len(rest) {
				for skip := 0; skip <= 4 && i+skip < len(t); skip++ {
					if wordIs(t[i+skip].Text, rest[k+1]) {
						i += skip
						break
					}
					if strings.HasPrefix(t[i+skip].Tag, "VB") || !isWord(t[i+skip].Text) || clauseOpeners[strings.ToLower(t[i+skip].Text)] {
						break // "demanded that Turkey release": the clause is no part of the phrase
					}
					if t[i+skip].Tag == "TO" && i+skip+1 < len(t) && t[i+skip+1].Tag == "VB" {
						break // "offered to help Ukraine": an infinitive, not "offer * help"
					}
				}
			}
			continue
		}
		if i >= len(t) {
			return 0, false
		}
		if !wordIs(t[i].Text, w) {
			return 0, false
		}
		i++
	}
	return i, true
}

// clauseOpeners start a clause that a pattern's optional words never cross.
var clauseOpeners = lexicon.Class("clauseOpeners")

// wordIs matches a token against a pattern word or its plural.
func wordIs(tok, w string) bool {
	tw := strings.ToLower(tok)
	return tw == w || tw == w+"s" || tw == w+"es"
}

func actorAt(acts []actor, i int) int {
	for k, a := range acts {
		if i >= a.a && i < a.b {
			return k
		}
	}
	return -1
}

// buildEvents reads the event of the verb or noun at v (pattern p ends at
// end): its voice, negation and modality, agents and targets. Symmetric
// actions among several agents with no target give one event per pair.
func (x *Extractor) buildEvents(doc *Document, si int, ctx *eventCtx, v, end int, p verbEntry, nominal bool) []Event {
	t := ctx.t
	// look back over auxiliaries for voice, negation and modality
	passive, negated := false, false
	for k := v - 1; k >= 0 && k >= v-4 && !nominal; k-- {
		w := strings.ToLower(t[k].Text)
		switch {
		case negations[w]:
			negated = true
		case modals[w]:
			k = -1 // hypothetical: read below
		case beForms[w] && t[v].Tag == "VBN":
			passive = true
		case negatingVerbs[w] || infinitiveMarks[w] && k > 0 && negatingVerbs[strings.ToLower(t[k-1].Text)]:
			negated = true
		case skippable[w] || t[k].Tag == "RB" || infinitiveMarks[w]:
		default:
			k = -1
		}
	}
	if !passive && !nominal && t[v].Tag == "VBN" && end < len(t) && agentPreps[strings.ToLower(t[end].Text)] && !perfect(t, v) {
		passive = true // "an assault backed by Baghdad", "people persecuted by the regime"
	}
	if !nominal && ctx.deniedClause(v) {
		negated = true // "denied that Iran had attacked", "did not mean that X had cut its ties"
	}
	if nominal && ctx.offObject(v) {
		return nil // "cancelled a meeting with": it did not take place
	}
	modality := Asserted
	switch {
	case ctx.hypothetical(v):
		if !x.hypothetical && (nominal || !ctx.intention(v)) {
			return nil
		}
		modality = Hypothetical
	case ctx.future(v):
		modality = Future
	}
	var agents, targets []string
	var hyphened []string // the parties of "US-China talks"
	if nominal && mutual(p) {
		hyphened = ctx.hyphenPair(v)
	}
	switch {
	case len(hyphened) >= 2:
		agents = hyphened // "US-China talks": theirs, each pair once
	case nominal:
		agents = ctx.nominalAgent(v)
		if len(agents) == 0 {
			agents = ctx.pronounOwner(v) // "in its latest attack on Peru"
		}
		if len(agents) == 0 && ctx.openingNoun(v) {
			agents = ctx.mainSubject(v, end) // "After talks with Peru, Chile agreed"
		}
		if len(agents) == 0 {
			agents = ctx.nounTimeSubject(v, p) // "Chirac left Paris after talks with Kohl"
		}
		targets = ctx.objectAfter(end+1, 8)
		if by, to, ok := ctx.undergone(v, end); ok {
			agents, targets = by, to // "Chile faced criticism from Peru"
		} else if by, to, between, ok := ctx.nounByPhrase(end); ok {
			agents, targets = by, to // "an attack by Hamas on Israel"
			if between && mutual(p) {
				agents, targets = to, nil // "talks hosted by Qatar between Israel and Hamas": theirs
			}
		} else if by, to := ctx.nounFromPhrase(v, end, p); len(by) > 0 && len(agents) == 0 {
			agents, targets = by, to // "criticism of Iran from the EU"
		} else if by, k := ctx.nounAgent(end + 1); len(by) > 0 {
			// "the killing of aid workers by Israeli forces": the by-phrase
			// acts, on what comes before it
			agents, targets = by, nil
			if n := k - (end + 1) - 2; n >= -1 {
				targets = ctx.objectAfter(end+1, n)
			}
		}
	case passive && !slices.Contains(p.target, objTarget) && len(ctx.targetBySpec(end, p.target)) > 0:
		// "the force was sent to Liberia by ECOWAS": a verb whose target
		// follows a preposition has the thing sent for subject
		targets = ctx.targetBySpec(end, p.target)
		agents = ctx.passiveAgent(end)
		if owner := ctx.possessorSubject(v); owner != "" && len(agents) == 0 {
			agents = []string{owner} // "New Zealand's concerns had been conveyed to X": who conveyed
		}
	case passive:
		targets = ctx.subjectOf(v)
		if len(targets) == 0 {
			// "a camp for Congolese refugees was attacked": the actor the
			// subject is for or of
			targets = ctx.subject(v, true)
		}
		if len(targets) == 0 {
			targets = ctx.gerundTimeSubject(v) // "was hospitalised after being attacked by"
		}
		agents = ctx.passiveAgent(end)
		if len(targets) == 0 && len(agents) > 0 {
			// "a plane was donated to Arafat by the Netherlands": the
			// subject is a thing; the pattern's preposition names whom
			targets = ctx.targetBySpec(end, prepsOf(p.target))
		}
		if owner := ctx.possessorSubject(v); owner != "" && len(agents) == 0 {
			// "New Zealand's concerns had been conveyed to X": who conveyed
			agents, targets = []string{owner}, ctx.targetBySpec(end, prepsOf(p.target))
		}
		if len(agents) == 0 && electActions[p.action] && len(targets) == 1 {
			// "Pezeshkian was elected president": the country of the office
			agents = ctx.officeOwner(end, targets[0])
		}
		if len(agents) == 0 && violentRoots[p.code[:2]] {
			// "were wounded when Palestinian militants fired mortars": who
			// acted in the clause that tells how
			agents = ctx.whenSubject(end)
		}
		if len(agents) == 0 && p.code[:2] == "17" && ctx.focal != "" {
			// "Mr Sigarchi was arrested": the state the article is about
			agents = []string{"country:" + ctx.focal}
		}
	default:
		agents = ctx.subjectOf(v)
		if owner := ctx.gerundOwner(v); owner != "" {
			agents = []string{owner} // "praised Egypt's role in mediating between": Egypt mediates
		}
		if len(agents) == 0 && t[v].Tag == "VBG" {
			agents = ctx.mainSubject(v, end)
		}
		if len(agents) == 0 {
			agents = ctx.gerundTimeSubject(v) // "told reporters after meeting Birch"
		}
		if len(agents) == 0 && t[v].Tag == "VBG" && v > 0 && t[v-1].Text == "," {
			// "Trump ... pulled the US out, imposing new sanctions": the main subject
			for f := 0; f < v-1; f++ {
				if strings.HasPrefix(t[f].Tag, "VB") && actorAt(ctx.acts, f) < 0 {
					agents = ctx.subjectOf(f)
					break
				}
			}
		}
		if mutual(p) && len(agents) >= 2 {
			// "Japan and South Korea held talks on North Korea's program":
			// the parties are the subject; only the pattern's own words
			// name another
			targets = ctx.targetBySpec(end, p.target)
		} else {
			targets = ctx.targetOf(end, p.target)
		}
		if len(targets) == 0 && p.code[:2] == "13" {
			targets = ctx.conditionSubject(end)
		}
		if len(targets) == 0 {
			targets = ctx.claimAuthor(v) // ", a charge Yerevan rejected"
		}
		if len(targets) == 0 && slices.Contains(p.target, objTarget) {
			targets = ctx.objectPronoun(end, agents) // "accusing it of training rebels"
		}
	}
	if len(targets) == 0 && len(agents) > 0 && placeRoots[p.code[:2]] && !(mutual(p) && len(agents) >= 2) {
		// "imposed a curfew in Abidjan", "shelled positions in Lebanon": the
		// place acted upon; for a noun, the place it is "of": "the blockade
		// of Gaza"
		if pl := ctx.placeIn(end); pl != "" {
			targets = []string{pl}
		} else if nominal && end < len(t) && ofWords[strings.ToLower(t[end].Text)] {
			if pl := ctx.placeAt(end + 1); pl != "" {
				targets = []string{pl}
			}
		}
	}
	if p.code == "042" || p.code == "043" || violentRoots[p.code[:2]] {
		// a visit to a city or an attack on one is no event between actors
		targets = ctx.dropCapitals(targets, end, p.code == visitCode)
	}
	if tellActions[p.action] {
		// "told the BBC": what one tells the press is said to the public
		targets = ctx.dropMedia(targets)
	}
	domestic := ctx.domestic(agents, targets)
	agents, targets = distinct(agents, targets)
	if domestic != "" && len(targets) == 0 && !mutual(p) {
		targets = []string{domestic} // "Turkey will allow Turkish Kurd refugees to return"
	}
	if !nominal && (p.code[:2] == "18" || p.code[:2] == "19") && (ctx.ideaObject(end) || ctx.reasonAfter(end)) {
		p = criticized // "attacked British imperialism", "attacked Britain for allowing": words, not force
	}
	ev := x.newEvent(doc, si, ctx, end, p, negated, modality)
	if len(targets) == 0 && len(agents) >= 2 && mutual(p) && !(violentRoots[p.code[:2]] && ctx.nounAfter(end)) {
		// "Venezuela and China sign oil deal": each pair once, in text
		// order; but "Algeria and Egypt are fighting armed militants" fight
		// others, not each other
		return ctx.pairEvents(ev, agents, si, v)
	}
	ev.Agents, ev.Targets = agents, targets
	if len(agents) == 0 || len(targets) == 0 {
		ctx.note(ev, si, v, false) // not told, but it may date a mention of it
		return nil
	}
	if sp := ctx.speaker(v); sp != "" && !slices.Contains(agents, sp) {
		ev.Speaker = sp
	}
	var out []Event
	kept := modality != Hypothetical || x.hypothetical
	if kept {
		out = append(out, ev)
	}
	ctx.note(ev, si, v, kept)
	if (modality == Hypothetical || modality == Future) && !nominal && ctx.intention(v) && ctx.ownIntent(v, agents) {
		// "Iraq said it would allow ...", "Hungary has said it will
		// support ...": the stated intention happened; with a condition
		// it is a threat ("will withdraw its force unless ...")
		ip, neg := intentOf(p), negated
		switch {
		case neg && ip.code[:2] == "03":
			// "said it would not extradite the suspect": a refusal
			ip, neg = verbEntry{action: "refuse", code: "120"}, false
		case ctx.conditioned(end) && ip.code[:2] != "13":
			ip = verbEntry{action: "threaten", code: "139"}
		}
		in := x.newEvent(doc, si, ctx, end, ip, neg, Asserted)
		in.Agents, in.Targets, in.Speaker = agents, targets, ev.Speaker
		out = append(out, in)
		ctx.note(in, si, v, true)
	}
	return out
}

// ideaNouns name ideas, policies and words, not people, places or forces:
// attacking one is criticizing it.
var ideaNouns = lexicon.Class("ideaNouns")

// criticized is the event of criticizing (CAMEO 111), which an attack on
// an idea is.
var criticized = verbEntry{action: "criticize", code: "111"}

// ideaObject reports that the object after a verb ending at end is an idea
// or what someone said, past its determiners, adjectives and owners
// ("British imperialism", "the government's policy", "Israel's
// remarks"): a claim noun, an idea noun or a doctrine in "-ism".
func (c *eventCtx) ideaObject(end int) bool {
	t := c.t
	for k := end; k < len(t) && k < end+6; k++ {
		w := strings.ToLower(t[k].Text)
		if determiners[w] || t[k].Tag == "JJ" || isPossessive(t[k].Text) {
			continue
		}
		if i := actorAt(c.acts, k); i >= 0 {
			a := c.acts[i]
			if !a.demonym && !(a.b < len(t) && isPossessive(t[a.b].Text)) {
				return false // an actor itself is attacked
			}
			k = a.b - 1
			continue
		}
		return strings.HasPrefix(t[k].Tag, "NN") && (claimNouns[w] || ideaNouns[w] || len(w) > 5 && strings.HasSuffix(w, "ism"))
	}
	return false
}

// reasonAfter reports that the object after a verb ending at end is
// followed by "for" and what it did: "attacked Britain for allowing
// Islamist groups to meet", "for its role in".
func (c *eventCtx) reasonAfter(end int) bool {
	t := c.t
	for k := end; k < len(t) && k < end+6; k++ {
		if i := actorAt(c.acts, k); i >= 0 {
			k = c.acts[i].b - 1
			continue
		}
		w := strings.ToLower(t[k].Text)
		if purposePreps[w] && k > end && k+1 < len(t) {
			n := strings.ToLower(t[k+1].Text)
			return t[k+1].Tag == "VBG" || (possessivePronouns[n] || t[k+1].Tag == "PRP$") && k+2 < len(t) && strings.HasPrefix(t[k+2].Tag, "NN")
		}
		if !(determiners[w] || t[k].Tag == "JJ" || t[k].Tag == "NN" || t[k].Tag == "NNS" || t[k].Tag == "RB" || isWeekday(t[k].Text) || t[k].Tag == "IN" && !purposePreps[w]) {
			return false
		}
	}
	return false
}

// reciprocalPreps introduce the other party of an act two parties do
// together: "restored ties with", "talks between".
var reciprocalPreps = lexicon.Class("reciprocalPreps")

// mutual reports an act that two parties named together do to each other:
// a symmetric one ("Japan and Korea met"), or one whose pattern takes the
// other party only after reciprocalPreps ("Algeria and Morocco restored
// ties", as "Algeria restored ties with Morocco").
func mutual(p verbEntry) bool {
	if symmetric[p.action] {
		return true
	}
	for _, sp := range p.target {
		if !reciprocalPreps[sp] {
			return false
		}
	}
	return len(p.target) > 0
}

// intentOf is the CAMEO event of stating the intention to do p: to
// cooperate (03) for a cooperative act, a threat (13) for a hostile one.
func intentOf(p verbEntry) verbEntry {
	code, ok := intentCodes[p.code[:2]]
	if !ok {
		code = "030"
	}
	if code[:2] == "13" {
		return verbEntry{action: "threaten", code: code}
	}
	return verbEntry{action: "intend", code: code}
}

// intentCodes map the CAMEO root of an intended act to the code of stating
// that intention.
var intentCodes = map[string]string{
	"04": "036", "05": "032", "06": "031", "07": "033", "08": "035",
	"11": "130", "12": "131", "13": "130", "14": "133", "15": "138",
	"16": "131", "17": "137", "18": "138", "19": "138", "20": "138",
}

// intentWords before "to" state their subject's own intention: "is willing
// to withdraw", "ready to contribute".
var intentWords = lexicon.Class("intentWords")

// intention reports a verb at v that its subject states it means to do:
// "is ready to contribute", "said it would allow".
func (c *eventCtx) intention(v int) bool {
	t := c.t
	k := c.beforeAdverbs(v)
	if k < 1 {
		return false
	}
	switch w := strings.ToLower(t[k].Text); {
	case infinitiveMarks[w]:
		return intentWords[strings.ToLower(t[k-1].Text)]
	case intentModals[w]:
		for j := k - 1; j >= 0; j-- {
			if speechVerbs[strings.ToLower(t[j].Text)] {
				return true
			}
		}
	}
	return false
}

// ownIntent reports an intention stated by its own agents: the subject of
// the speech verb before "would" or "will" is the event's agent ("Palestinian leaders
// said they would boycott"), or the intention is read off the agent's own
// clause ("Syria is willing to withdraw").
func (c *eventCtx) ownIntent(v int, agents []string) bool {
	for j := v - 1; j >= 0; j-- {
		if speechVerbs[strings.ToLower(c.t[j].Text)] {
			return slices.Equal(c.subjectOf(j), agents)
		}
	}
	return true
}

// perfect reports a participle at v in a perfect tense: "has backed".
func perfect(t []Token, v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		switch w := strings.ToLower(t[k].Text); {
		case haveForms[w]:
			return true
		case t[k].Tag != "RB" && !negations[w]:
			return false
		}
	}
	return false
}

// futureMarks before a verb put its event in the future.
var futureMarks = lexicon.Class("futureMarks")

// future reports a verb the text puts in the future: "will visit", "is due
// to meet", "plans to sign".
func (c *eventCtx) future(v int) bool {
	t := c.t
	for k := v - 1; k >= 0 && k >= v-4; k-- {
		w := strings.ToLower(t[k].Text)
		switch {
		case futureMarks[w]:
			return true
		case infinitiveMarks[w] && k > 0 && (scheduleWords[strings.ToLower(t[k-1].Text)] || planForms[strings.ToLower(t[k-1].Text)]):
			return true
		case infinitiveMarks[w] && k > 0 && beForms[strings.ToLower(t[k-1].Text)] && k-1 > 0 && actorAt(c.acts, k-2) >= 0:
			return true // "Mr Kerry is to visit Pakistan"
		case infinitiveMarks[w] && c.headline && k > 0 && actorAt(c.acts, k-1) >= 0:
			return true // the headline "US to impose sanctions on Iran"
		case skippable[w] || t[k].Tag == "RB" || negations[w]:
		default:
			return false
		}
	}
	return false
}

// speaker finds who the sentence says reports the event at v: the subject
// of "said" before it ("Collins said APT40 targeted ...") or of an
// attribution after it ("..., Collins said", "..., said Collins").
func (c *eventCtx) speaker(v int) string {
	t := c.t
	for k := v - 1; k >= 0; k-- {
		if speechVerbs[strings.ToLower(t[k].Text)] {
			if keys := c.subjectOf(k); len(keys) == 1 {
				return keys[0]
			}
			return ""
		}
	}
	for k := v + 1; k < len(t); k++ {
		if w := strings.ToLower(t[k].Text); !speechVerbs[w] && !tellForms[w] {
			continue // "'...,' Altun told journalists": who told them says it too
		}
		if k+1 < len(t) && !tellForms[strings.ToLower(t[k].Text)] {
			if a := actorAt(c.acts, k+1); a >= 0 {
				return c.acts[a].key // "..., said Collins"; but "... told Reuters" tells whom
			}
		}
		for j := k - 1; j > v && j >= k-4; j-- {
			if t[j].Text == "," || t[j].Text == "\"" {
				break
			}
			if a := actorAt(c.acts, j); a >= 0 && c.acts[a].typ == Person {
				return c.acts[a].key // "..., Collins said"
			}
		}
		return ""
	}
	return ""
}

// placeAfter finds where the event of a pattern ending at end took place:
// a named place after "in", "at" or "near" in its clause.
func (c *eventCtx) placeAfter(end int) string {
	t := c.t
	for k := end; k+1 < len(t) && k < end+12; k++ {
		w := strings.ToLower(t[k].Text)
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
	if j < len(c.t) && definite[strings.ToLower(c.t[j].Text)] {
		j++
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
		w := strings.ToLower(t[k].Text)
		reduced := t[k].Tag == "VBG" && k > end && strings.HasPrefix(t[k-1].Tag, "NN") // "refugees fleeing the war in Liberia"
		if clauseBreaks[w] || w == "." || w == "," || isVerb(t, k) && k > end && !reduced {
			return ""
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
		if k > 0 && returnParticles[strings.ToLower(t[k-1].Text)] {
			return "" // "sent them back to Bulgaria"
		}
		j := k + 1
		for j < len(t) && j < k+4 && (determiners[strings.ToLower(t[j].Text)] || t[j].Tag == "JJ" || t[j].Tag == "VBN") {
			j++
		}
		if j+1 < len(t) && settlementNouns[strings.ToLower(t[j].Text)] && ofAfter(t, j) {
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
		return p.country != "" && missionWords[strings.ToLower(c.t[p.b-1].Text)]
	})
}

// missionWords end the names of a state's missions abroad.
var missionWords = lexicon.Class("missionWords")

// settlementNouns name the kind of place before its name: "the city of
// Kirkuk".
var settlementNouns = lexicon.Class("settlementNouns")

// clauseEdges end the stretch of words a modal before a verb governs.
var clauseEdges = lexicon.Class("clauseEdges")

// hypothetical reports a verb under a modal, a conditional or a plan in its
// clause: "could sanction", "if elected", "would carry out an attack".
func (c *eventCtx) hypothetical(v int) bool {
	t := c.t
	for k := 0; k < v; k++ {
		if conditionWords[strings.ToLower(t[k].Text)] {
			return true
		}
	}
	for k := v - 1; k >= 0; k-- {
		w := strings.ToLower(t[k].Text)
		if modals[w] {
			return true
		}
		if clauseEdges[w] {
			break
		}
	}
	return c.desired(v)
}

// beforeAdverbs returns the index of the first token before the verb at v
// that is no adverb or negation ("to" in "ready to quickly withdraw"), or -1.
func (c *eventCtx) beforeAdverbs(v int) int {
	k := v - 1
	for k >= 0 && (c.t[k].Tag == "RB" || negations[strings.ToLower(c.t[k].Text)]) {
		k--
	}
	return k
}

// desireWords take an infinitive that names what is wanted, not done:
// "offered to hand over", "wants to sanction", "ready to contribute".
var desireWords = lexicon.Class("desireWords")

// warnVerbs make a gerund after "against" what is warned of: "warned
// Turkey against sending troops".
var warnVerbs = lexicon.Class("warnVerbs")

// askVerbs name what their object is asked to do: "urged China to refrain".
var askVerbs = lexicon.Class("askVerbs")

// demandVerbs make the clause after "that" what is demanded, not what is
// done: "demanded that the US cancel".
var demandVerbs = lexicon.Class("demandVerbs")

// desired reports a verb at v that names what someone wants, offers, asks
// for or demands rather than what happened: "offered to hand over", "urged
// Iran to release", "demanded that the US cancel", "an appeal for
// deploying troops".
func (c *eventCtx) desired(v int) bool {
	t := c.t
	k := c.beforeAdverbs(v)
	if k < 0 {
		return false
	}
	if w := strings.ToLower(t[k].Text); againstPreps[w] && t[v].Tag == "VBG" {
		// "warned Turkey against sending troops"
		for j := k - 1; j >= 0 && j >= k-6; j-- {
			if warnVerbs[strings.ToLower(t[j].Text)] {
				return true
			}
		}
	}
	if w := strings.ToLower(t[k].Text); infinitiveMarks[w] || purposePreps[w] && t[v].Tag == "VBG" {
		// back over the asked one to the word that asks or offers
		for j, n := k-1, 0; j >= 0 && n < 12; j, n = j-1, n+1 {
			jw := strings.ToLower(t[j].Text)
			if desireWords[jw] || n > 0 && askVerbs[jw] {
				return true
			}
			if clauseEdges[jw] || strings.HasPrefix(t[j].Tag, "VB") || t[j].Tag == "MD" {
				return false
			}
		}
		return false
	}
	// "demanded that the Turkish government provide": back over the
	// subject to "that" and the verb before it
	for j, n := k, 0; j >= 1 && n < 10; j, n = j-1, n+1 {
		jw := strings.ToLower(t[j].Text)
		if thatWords[jw] {
			p := j - 1
			for p >= 0 && (t[p].Tag == "RB" || isWeekday(t[p].Text) || dayPreps[strings.ToLower(t[p].Text)]) {
				p--
			}
			return p >= 0 && demandVerbs[strings.ToLower(t[p].Text)]
		}
		if clauseEdges[jw] || strings.HasPrefix(t[j].Tag, "VB") || t[j].Tag == "MD" {
			return false
		}
	}
	return false
}

// newEvent fills the fields an event of pattern p ending at token end has
// whoever its participants are: CAMEO category, date, place and evidence.
func (x *Extractor) newEvent(doc *Document, si int, ctx *eventCtx, end int, p verbEntry, negated bool, modality Modality) Event {
	cat := x.idx.categories[p.code[:2]]
	gold := cat.Goldstein
	if c, ok := x.idx.categories[p.code]; ok {
		gold = c.Goldstein
	}
	s := doc.Sentences[si]
	if !ctx.dated {
		ctx.date, ctx.dated = eventDate(s.Text, doc.Date), true
	}
	return Event{
		Action: p.action, Code: p.code, Category: cat.Code, Name: cat.Name, QuadClass: cat.QuadClass, Goldstein: gold,
		Date: ctx.date, Negated: negated, Modality: modality, Location: ctx.placeAfter(end),
		Evidence: Evidence{Sentence: si, Start: s.Start, End: s.End, Text: s.Text},
	}
}

// passiveAgent finds the agent of a passive verb whose pattern ends at end:
// "by X", or a nationality in "killed in an Israeli raid".
func (c *eventCtx) passiveAgent(end int) []string {
	t, acts := c.t, c.acts
	for k := end; k < len(t) && k < end+10; k++ {
		w := strings.ToLower(t[k].Text)
		if clauseBreaks[w] || w == "." {
			break
		}
		if agentPreps[w] {
			return c.objectAfter(k+1, 5)
		}
		if duringPreps[w] && k+2 < len(t) {
			for j := k + 1; j < len(t) && j <= k+3; j++ {
				if a := actorAt(acts, j); a >= 0 && acts[a].demonym {
					return []string{acts[a].key}
				}
			}
		}
	}
	return nil
}

// nounAgent finds the actors of a by-phrase in the noun phrase that starts
// at i, after an event noun and its preposition ("the killing of aid
// workers by Israeli forces"), and the token of its "by"; none where a verb
// or a clause edge comes first.
func (c *eventCtx) nounAgent(i int) ([]string, int) {
	t := c.t
	for k := i; k < len(t) && k < i+8; k++ {
		w := strings.ToLower(t[k].Text)
		if clauseBreaks[w] || !isWord(w) || isVerb(t, k) {
			return nil, 0
		}
		if agentPreps[w] {
			return c.objectAfter(k+1, 4), k
		}
	}
	return nil, 0
}

// nominalAgent finds who acts in an event named by the noun at v: a
// nationality or actor right before it ("an Israeli raid", "US sanctions"),
// a possessor ("Israel's attacks"), or the subject of the clause ("Israel
// intensified its attacks").
func (c *eventCtx) nominalAgent(v int) []string {
	t, acts := c.t, c.acts
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		if a := actorAt(acts, k); a >= 0 {
			return []string{acts[a].key}
		}
		w := strings.ToLower(t[k].Text)
		if !(t[k].Tag == "JJ" || determiners[w] || isPossessive(t[k].Text) || t[k].Tag == "PRP$") {
			break
		}
		if t[k].Tag == "PRP$" || possessivePronouns[w] {
			break // "its attacks": whose is the clause's subject
		}
	}
	// the noun must be what the clause's verb does: "Israel intensified its
	// attacks", not "following a compromise of"
	k := v - 1
	for k >= 0 && (t[k].Tag == "JJ" || t[k].Tag == "PRP$" || determiners[strings.ToLower(t[k].Text)] || t[k].Tag == "CD") {
		k--
	}
	if k > 0 && t[k].Tag == "RP" && strings.HasPrefix(t[k-1].Tag, "VB") {
		k-- // "stepped up pressure on Sudan": the verb of the particle
	}
	if k > 0 && statePreps[strings.ToLower(t[k].Text)] && t[k-1].Text == "," {
		// "Mr Blair, on a visit to Israel, met": the name the phrase
		// stands beside
		if a := actorAt(acts, k-2); a >= 0 && acts[a].b == k-1 {
			return c.resolveHolder(a, []string{acts[a].key})
		}
	}
	if k > 0 && purposePreps[strings.ToLower(t[k].Text)] {
		// "Granic arrived in Belgrade on Friday for talks with": the talks
		// are what the clause's subject came for
		for f := k - 1; f >= 0; f-- {
			w := strings.ToLower(t[f].Text)
			if clauseBreaks[w] || thatWords[w] || w == "," {
				break
			}
			if isVerb(t, f) && actorAt(c.acts, f) < 0 {
				if !beForms[w] && !reactionVerbs[w] {
					return c.subjectOf(f)
				}
				break
			}
		}
	}
	if k > 0 && statePreps[strings.ToLower(t[k].Text)] {
		b := k - 1
		for b > 0 && t[b].Tag == "RB" {
			b-- // "is also in talks with"
		}
		if beForms[strings.ToLower(t[b].Text)] {
			k = b // "India has been in talks with Iran": who is in them
		}
	}
	if k < 0 || !strings.HasPrefix(t[k].Tag, "VB") || prepositionLike[strings.ToLower(t[k].Text)] || reactionVerbs[strings.ToLower(t[k].Text)] {
		return nil // "Brazil criticised the sanctions on Venezuela": not Brazil's
	}
	return c.subjectOf(k)
}

// placeAt is the key of the place named at token j, past "the", that acts
// can be done to; "" when none.
func (c *eventCtx) placeAt(j int) string {
	return c.placeFrom(j, func(p actor) bool { return !openPlaceKinds[p.kind] })
}

// openPlaceKinds are the kinds of places (places.tsv) that no act is done
// to, only in: seas, continents.
var openPlaceKinds = lexicon.Class("openPlaceKinds")

// reactionVerbs react to an act: the act they name is another's ("condemned
// the attacks on", "welcomed the talks between").
var reactionVerbs = lexicon.Class("reactionVerbs")

// statePreps after a form of "be" put its subject in the state an event
// noun names: "has been in talks with".
var statePreps = lexicon.Class("statePreps")

// prepositionLike are participles that work as prepositions.
var prepositionLike = lexicon.Class("prepositionLike")

// visitCode is the CAMEO code of making a visit.
const visitCode = "042"

// dropCapitals removes capitals standing for their countries from the
// targets of a visit or an attack, unless the country itself is named
// after the verb or the capital owns one of the state's bodies; with
// peoples, the countries named only by their nationality too, whose
// people one visits, not the country:
//
//	VERB ... CAPITAL 's [ADJ]* GROUP-NOUN   (the state)
//
// "fought Khartoum's government forces": Sudan; "attacked Kabul": a place;
// "visited the Pakistani community in Manchester": no visit to Pakistan.
func (c *eventCtx) dropCapitals(keys []string, end int, peoples bool) []string {
	capital := map[string]bool{}
	named := map[string]bool{}
	for _, a := range c.acts {
		if a.a >= end {
			if a.capital && !(isPossessiveAt(c.t, a.b) && c.groupAfter(a.b+1, len(c.t))) || peoples && a.demonym {
				// a capital owning a state's body stands for the state:
				// "fought Khartoum's government forces"
				capital[a.key] = true
			} else {
				named[a.key] = true
			}
		}
	}
	var out []string
	for _, k := range keys {
		if !capital[k] || named[k] {
			out = append(out, k)
		}
	}
	return out
}

// dropMedia removes news organizations from keys.
func (c *eventCtx) dropMedia(keys []string) []string {
	var out []string
	for _, k := range keys {
		media := false
		for _, a := range c.acts {
			if a.key == k && a.media {
				media = true
			}
		}
		if !media {
			out = append(out, k)
		}
	}
	return out
}

// textOrder sorts keys by where their actors first appear in the sentence.
func (c *eventCtx) textOrder(keys []string) []string {
	// by first token, and in one token by the order named: "US-China"
	pos := map[string]int{}
	for _, k := range keys {
		pos[k] = len(c.t) * (len(c.acts) + 1)
	}
	for i, a := range c.acts {
		if p, ok := pos[a.key]; ok && a.a*(len(c.acts)+1)+i < p {
			pos[a.key] = a.a*(len(c.acts)+1) + i
		}
	}
	out := append([]string(nil), keys...)
	sort.SliceStable(out, func(i, j int) bool { return pos[out[i]] < pos[out[j]] })
	return out
}

// subjectOf finds the actors that act in the clause of the verb at v: the
// nearest actor to its left, across appositions, with any actors coordinated
// with it ("the US and UK"); for a relative clause, its antecedent.
func (c *eventCtx) subjectOf(v int) []string { return c.subject(v, false) }

// subject is subjectOf; loose lets it take an actor after a preposition, as
// the subject of a passive verb may name the actor a thing is for ("a camp
// for Congolese refugees was attacked").
func (c *eventCtx) subject(v int, loose bool) []string {
	t, acts := c.t, c.acts
	if t[v].Tag == "VBG" && v >= 2 && agentPreps[strings.ToLower(t[v-1].Text)] {
		// "Banisadr angered Tehran by accusing Iranian leaders": the
		// gerund of means is done by the subject of the verb it serves
		if f := c.finiteBefore(v-2, func(w string) bool { return clauseBreaks[w] || thatWords[w] || w == "," }); f >= 0 {
			return c.subject(f, loose)
		}
	}
	if nounModifier(t, v) && v >= 2 && !groupNouns[strings.ToLower(t[v-1].Text)] {
		if a := actorAt(acts, v-2); a >= 0 && (acts[a].demonym || acts[a].typ == Country) && acts[a].b == v-1 {
			return c.coordinated(a, -1) // "Dutch pair kidnapped by Nicaraguans", "U.S. neo-Nazi jailed by German court": the nationality's people
		}
	}
	if nounModifier(t, v) && actorAt(acts, v-1) < 0 && (t[v].Tag == "VBN" && !groupNouns[strings.ToLower(t[v-1].Text)] || !c.doneBy(v-1)) {
		// "boats attacking Peru": the boats attack; "plans submitted by
		// Mordechai": the plans are submitted, whoever studies them
		return nil
	}
	if v >= 2 && (coordinators[strings.ToLower(t[v-1].Text)] || contrastCoordinators[strings.ToLower(t[v-1].Text)]) && isFinite(t[v].Tag) {
		// "He met Li Zhaoxing and urged China", "welcomed Peru but blamed
		// Bolivia": the verbs share the subject of the first, not its object
		if f := c.finiteBefore(v-2, func(w string) bool { return clauseBreaks[w] || thatWords[w] || relativePronouns[w] }); f >= 0 {
			return c.subject(f, loose)
		}
	}
	k := v - 1
	for k >= 0 {
		w := strings.ToLower(t[k].Text)
		if a := actorAt(acts, k); a >= 0 {
			// a possessor is not the subject: "New Zealand's Parliament";
			// but "Montenegro's prime minister" stands for the office
			if acts[a].b < len(t) && isPossessive(t[acts[a].b].Text) && acts[a].b+1 < v {
				if c.officeAfter(acts[a].b+1, v) {
					// "Ethiopia's prime minister and Eritrea's president met"
					if keys := c.coordinated(a, -1); len(keys) > 1 {
						return keys
					}
					return c.resolveHolder(a, []string{acts[a].key})
				}
				if c.groupAfter(acts[a].b+1, v) {
					return []string{acts[a].key} // "Sudan's government lifted"
				}
				if c.decisionBefore(acts[a].b+1, v) {
					return c.coordinated(a, -1) // "Chad's decision to expel"
				}
				k = acts[a].a - 1
				continue
			}
			if c.decisionBy(a, v) {
				return c.coordinated(a, -1) // "the decision by Moscow to sell"
			}
			if acts[a].a >= 2 && ofAfter(t, acts[a].a-2) && actorAt(acts, acts[a].a-2) >= 0 {
				k = acts[a].a - 2 // "President Museveni of Uganda": the president acts
				continue
			}
			pb := acts[a].a - 1 // before the adjectives of a place: "in southern Turkey"
			for pb > 0 && t[pb].Tag == "JJ" && !isCap(t[pb].Text) {
				pb--
			}
			if acts[a].modifier || acts[a].a > 0 && (objectPreps[strings.ToLower(t[acts[a].a-1].Text)] && !c.groupIn(acts[a].a-1) && !loose || acts[a].capital && t[acts[a].a-1].Tag == "TO") ||
				pb >= 0 && pb < acts[a].a-1 && placePreps[strings.ToLower(t[pb].Text)] && !c.groupIn(pb) && !loose {
				k = acts[a].a - 1 // "Moscow-backed", "head to Brussels to meet", "the Red Cross operating in Iraq said"
				continue
			}
			if g := c.purposeGovernor(v, acts[a].a); g >= 0 {
				return c.subject(g, loose) // "Lee visited Japan to hold talks": Lee holds them
			}
			return c.resolveHolder(a, c.coordinated(a, -1))
		}
		if t[k].Tag == "PRP" {
			return c.pronounSubject(k) // "Hungary has said it will support ..."
		}
		if possessivePronouns[w] && k+1 < v && groupNouns[strings.ToLower(t[k+1].Text)] {
			return c.pronounSubject(k) // "the army said its troops had killed ..."
		}
		if clauseBreaks[w] || subordinators[w] && t[k].Tag != "RB" {
			return nil // a clause of its own
		}
		if possessiveRelatives[w] {
			return nil
		}
		if relativePronouns[w] {
			// "hackers, who targeted": the antecedent acts, if it is an actor
			j := k - 1
			if j >= 0 && t[j].Text == "," {
				j--
			}
			if a := actorAt(acts, j); a >= 0 && !acts[a].modifier && !(acts[a].a > 0 && t[acts[a].a-1].Tag == "IN") {
				return c.coordinated(a, -1)
			}
			return nil
		}
		if w == "," {
			// skip an apposition or relative clause: ", the defense minister ...,"
			j := k - 1
			for j >= 0 && t[j].Text != "," && !clauseBreaks[strings.ToLower(t[j].Text)] {
				j--
			}
			if j >= 0 && t[j].Text == "," && j+1 < k {
				nw := strings.ToLower(t[j+1].Text)
				if determiners[nw] || relativePronouns[nw] || possessiveRelatives[nw] || isPossessiveAt(t, j+2) || c.adverbial(j+1, k) || statePreps[nw] ||
					t[j+1].Tag == "VBG" || t[j+1].Tag == "VBN" && j > 0 && actorAt(acts, j-1) >= 0 {
					// ", the defense minister,", ", fighting a war against X,",
					// ", backed by Y,": the subject's apposition or participle
					k = j - 1
					continue
				}
				if a := actorAt(acts, j+1); a >= 0 && acts[a].a == j+1 && acts[a].b == k && acts[a].typ == Person &&
					j > 0 && (t[j-1].Tag == "NN" || t[j-1].Tag == "NNS") {
					// "The minister, Kim Howells, criticised": the name in
					// apposition to the subject's noun
					return c.coordinated(a, -1)
				}
			}
			return nil
		}
		if thatWords[w] || sayForms[w] {
			return nil
		}
		k--
	}
	return nil
}

// tellForms report a quotation as the speech verbs do, told to someone:
// "'We are asking ...,' Altun told journalists".
var tellForms = lexicon.Class("tellForms")

// contrastCoordinators join two verbs of one subject as "and" does:
// "welcomed Peru but blamed Bolivia".
var contrastCoordinators = lexicon.Class("contrastCoordinators")

// finiteBefore is the nearest finite verb at or before token from that is
// no actor's word, looking back no further than a word that ends says ends
// the clause; -1 when there is none.
func (c *eventCtx) finiteBefore(from int, ends func(w string) bool) int {
	for f := from; f >= 0; f-- {
		if ends(strings.ToLower(c.t[f].Text)) {
			return -1
		}
		if isFinite(c.t[f].Tag) && actorAt(c.acts, f) < 0 {
			return f
		}
	}
	return -1
}

// speechVerbs report what their subject says.
var speechVerbs = lexicon.Class("speechVerbs")

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
	w := strings.ToLower(t[k].Text)
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
	j := k - 1
	if j >= 0 && thatWords[strings.ToLower(t[j].Text)] {
		j--
	}
	for n := 0; j >= 0 && n < 4; j, n = j-1, n+1 {
		if speechVerbs[strings.ToLower(t[j].Text)] {
			break
		}
		if !(t[j].Tag == "RB" || t[j].Tag == "IN" || t[j].Tag == "NNP" || t[j].Tag == "CD") {
			j = -1 // no speech verb just before: "on Monday", "today" may stand between
			break
		}
	}
	var keys []string
	var typ EntityType
	switch {
	case j >= 0 && speechVerbs[strings.ToLower(t[j].Text)]:
		keys = c.subjectOf(j)
		if len(keys) != 1 {
			return nil
		}
		typ = c.typeOf(keys[0])
	case c.opensSentence(k) && c.before.key != "":
		// "Iran seized a tanker. It accused the crew of smuggling": a
		// pronoun that opens the sentence is the last one's subject
		keys, typ = []string{c.before.key}, c.before.typ
	default:
		return nil
	}
	if pronounFits(typ, personPronouns[w], partyPronouns[w]) {
		return keys
	}
	return nil
}

// pronounFits reports that an actor of type typ can be what a pronoun of a
// person's or of a party's stands for.
func pronounFits(typ EntityType, person, party bool) bool {
	return person && typ == Person || party && (typ == Country || typ == Organization)
}

// opensSentence reports that token k opens its sentence, after at most
// a conjunction or an adverb: "He", "But he", "However, she".
func (c *eventCtx) opensSentence(k int) bool {
	for j := 0; j < k; j++ {
		if tag := c.t[j].Tag; tag != "CC" && tag != "RB" && tag != "," {
			return false
		}
	}
	return k <= 3
}

// typeOf is the type of the actor with key in the sentence.
func (c *eventCtx) typeOf(key string) EntityType {
	for _, a := range c.acts {
		if a.key == key {
			return a.typ
		}
	}
	if strings.HasPrefix(key, "person:") {
		return Person
	}
	return ""
}

// adverbial reports a stretch of tokens [i, j) with no verb and no actor,
// such as ", for geopolitical purposes,".
func (c *eventCtx) adverbial(i, j int) bool {
	for k := i; k < j; k++ {
		if strings.HasPrefix(c.t[k].Tag, "VB") || actorAt(c.acts, k) >= 0 {
			return false
		}
	}
	return j > i
}

// possessorSubject returns the actor that owns the subject of the verb at v
// when the subject is "X's NOUN" ("New Zealand's concerns had been
// conveyed"), or "".
func (c *eventCtx) possessorSubject(v int) string {
	t := c.t
	k := v - 1
	for k >= 0 && (skippable[strings.ToLower(t[k].Text)] || t[k].Tag == "RB") {
		k--
	}
	for k >= 0 && strings.HasPrefix(t[k].Tag, "NN") && actorAt(c.acts, k) < 0 {
		k--
	}
	if k < 1 || !isPossessive(t[k].Text) {
		return ""
	}
	if a := actorAt(c.acts, k-1); a >= 0 {
		return c.acts[a].key
	}
	return ""
}

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

// mainSubject finds the subject of the main clause for a verb in an opening
// participle clause: "Before visiting Israel, Mr Blair ...", "By signing
// the agreement, the prime ministers of Bulgaria, Albania and Macedonia ...".
func (c *eventCtx) mainSubject(v, end int) []string {
	t := c.t
	for k := datelineEnd(t); k < v; k++ {
		if tag := t[k].Tag; t[k].Text == "," || !(tag == "IN" || tag == "RB" || tag == "DT" || tag == "PRP$" || tag == "CD" || strings.HasPrefix(tag, "JJ")) {
			return nil // the participle does not open the sentence: "they are declaring"
		}
	}
	for k := end; k < len(t); k++ {
		if t[k].Text != "," {
			continue
		}
		for j := k + 1; j < len(t) && j < k+8; j++ {
			if a := actorAt(c.acts, j); a >= 0 {
				return c.coordinated(a, 1)
			}
			if strings.HasPrefix(t[j].Tag, "VB") {
				return nil
			}
		}
		return nil
	}
	return nil
}

func isPossessiveAt(t []Token, i int) bool { return i < len(t) && isPossessive(t[i].Text) }

// targetOf finds the actors acted upon after the pattern ending at end.
func (c *eventCtx) targetOf(end int, spec []string) []string {
	if slices.Contains(spec, claimTarget) {
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
	// "demanded that the US cancel", "urged Friday that Israel ease": the
	// subject of the complement clause
	for k := end; k < len(c.t) && k < end+3; k++ {
		if thatWords[strings.ToLower(c.t[k].Text)] {
			if a := actorAt(c.acts, k+1); a >= 0 && c.acts[a].a == k+1 && !c.acts[a].demonym {
				// "demanded that Israel release Yassin": the clause's
				// subject, whatever the verb after it is tagged
				return c.resolveHolder(a, c.coordinated(a, 1))
			}
			if got := c.objectAfter(k+1, 5); len(got) > 0 {
				return got
			}
			break
		}
		if !(c.t[k].Tag == "NNP" || c.t[k].Tag == "RB" || c.t[k].Tag == "CD") {
			break
		}
	}
	if end+1 < len(c.t) && infinitiveMarks[strings.ToLower(c.t[end].Text)] && c.t[end+1].Tag == "VB" && !isCap(c.t[end+1].Text) && actorAt(c.acts, end+1) < 0 {
		// "offered to supply oil to China": whom the offered act concerns
		if got := c.objectAfter(end+2, 6); len(got) > 0 {
			return got
		}
		if got := c.targetBySpec(end+2, fallbackPreps); len(got) > 0 {
			return got
		}
		if pl := c.placeIn(end + 2); pl != "" {
			return []string{pl} // "threatened to ban voting in East Jerusalem"
		}
	}
	if got := c.claimant(end); len(got) > 0 {
		return got
	}
	if c.ownPrepThing(end, spec) {
		// "flew to Bonn for talks with Kohl": the verb's own preposition
		// named a place or thing; who comes after is another act's
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
	w := strings.ToLower(t[end].Text)
	if !slices.Contains(spec, w) && !placePreps[w] {
		return false
	}
	k := end + 1
	for k < len(t) && modifiesNoun(t[k]) {
		k++
	}
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
	for k < len(t) && (determiners[strings.ToLower(t[k].Text)] || t[k].Tag == "JJ") {
		if a := actorAt(c.acts, k); a >= 0 && c.acts[a].demonym && c.acts[a].b < len(t) && claimNouns[strings.ToLower(t[c.acts[a].b].Text)] {
			return []string{c.acts[a].key} // "an Indian proposal"
		}
		k++
	}
	if k+1 < len(t) && actorAt(c.acts, k) >= 0 && isPossessive(t[k+1].Text) && k+2 < len(t) && claimNouns[strings.ToLower(t[k+2].Text)] {
		return []string{c.acts[actorAt(c.acts, k)].key} // "Britain's proposal"
	}
	if k >= len(t) || !claimNouns[strings.ToLower(t[k].Text)] && !eventNouns[strings.TrimSuffix(strings.ToLower(t[k].Text), "s")] {
		return nil // an act's author too: "denounced the execution of X by Y"
	}
	for j := k + 1; j < len(t) && j < k+15; j++ {
		w := strings.ToLower(t[j].Text)
		if authorPreps[w] {
			return c.objectAfter(j+1, 4)
		}
		if clauseBreaks[w] || w == "." || w == "," {
			break // "plans to end the embargo, despite opposition from the US": not theirs
		}
	}
	return nil
}

// fallbackPreps introduce a target after the object when the verb's own
// pattern finds none.
var fallbackPreps = lexicon.List("fallbackPreps")

func (c *eventCtx) targetBySpec(end int, spec []string) []string {
	t := c.t
	for _, sp := range spec {
		if sp == objTarget {
			if end < len(t) && placePreps[strings.ToLower(t[end].Text)] {
				continue // "met at the president's Jerusalem residence": where, no object
			}
			if got := c.objectAfter(end, 6); len(got) > 0 {
				return got
			}
			continue
		}
		for k := end; k < len(t) && k < end+8; k++ {
			w := strings.ToLower(t[k].Text)
			if w == sp && k > 0 && returnParticles[strings.ToLower(t[k-1].Text)] {
				break // "sent them back to Bulgaria": where they return, not whom
			}
			if w == sp && infinitiveMarks[w] && k+1 < len(t) && t[k+1].Tag == "VB" && end > 0 &&
				!desireWords[strings.ToLower(t[end-1].Text)] && !demandVerbs[strings.ToLower(t[k+1].Text)] {
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
			if clauseBreaks[w] || w == "." || isVerb(t, k) && k > end || subordinators[w] && t[k].Tag == "IN" && k > end {
				break // "freed dissidents after talks with Spain": the talks are another clause
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
	for k := i; k < len(t) && k < i+n+2; k++ {
		if a := actorAt(acts, k); a >= 0 {
			if (joined || k > i && strings.HasPrefix(t[k-1].Tag, "NN") && actorAt(acts, k-1) < 0) && c.opensClause(a) {
				// "did not threaten to call off the deal and the UN officials
				// said", "to retain the Golan Heights Israel captured": the
				// subject of a clause of its own
				return nil
			}
			if c.placeCountry(a) {
				return nil // "in Tallinn, Estonia": the country names where the place is
			}
			if acts[a].capital && acts[a].a > 0 && cityPreps[strings.ToLower(t[acts[a].a-1].Text)] && !c.groupIn(acts[a].a-1) {
				return nil // "in Tallinn", "into Abidjan": where, not whom; but "the government in Kabul"
			}
			if acts[a].modifier && c.nextActor(a, 8) >= 0 {
				k = acts[a].b - 1 // "Moscow-backed presidential candidate ... Viktor Yanukovych"
				continue
			}
			a = c.head(a)
			return c.resolveHolder(a, c.coordinated(a, 1))
		}
		w := strings.ToLower(t[k].Text)
		if clauseBreaks[w] || w == "." || thatWords[w] || isVerb(t, k) && k > i && !determiners[strings.ToLower(t[k-1].Text)] {
			return nil
		}
		if w == "," && k > i && strings.HasPrefix(t[k-1].Tag, "NN") {
			return nil // "tortured separatists in Papua, Amnesty International said"
		}
		if subordinators[w] && t[k].Tag == "IN" && k > i {
			return nil // "freed dissidents after talks with Spain"
		}
		if noun && t[k].Tag == "IN" && !ofWords[w] {
			return nil // "struck Gaza in Lebanon": the object was Gaza
		}
		if strings.HasPrefix(t[k].Tag, "NNP") {
			noun = true // a named non-actor: a place, a vessel
		}
		if coordinators[w] && k > i {
			joined = true
		}
	}
	return nil
}

// opensClause reports that actor a, with the nouns after it, is the
// subject of the finite verb that follows: "and the UN officials said".
func (c *eventCtx) opensClause(a int) bool {
	t := c.t
	j := c.acts[a].b
	for n := 0; j < len(t) && n < 2 && (t[j].Tag == "NN" || t[j].Tag == "NNS"); n++ {
		j++
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
		if strings.HasPrefix(c.t[k].Tag, "VB") || clauseBreaks[strings.ToLower(c.t[k].Text)] {
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
			w := strings.ToLower(t[k].Text)
			switch {
			case isPossessive(t[k].Text) && k == cur.b:
			case t[k].Text == ",":
				comma = true
			case connectors[t[k].Text] && k > cur.b && isCap(t[k-1].Text) && k+1 < len(t) && isCap(t[k+1].Text):
				// inside a title in capitals: "US Secretary of State Condoleezza
				// Rice", "U.S. Assistant Secretary for Near East Affairs Robert
				// Pelletreau"
			case coordinators[w] || clauseBreaks[w] || strings.HasPrefix(t[k].Tag, "VB") || t[k].Tag == "IN":
				k = len(t)
			case strings.HasPrefix(t[k].Tag, "NN") || t[k].Tag == "JJ" || determiners[w]:
				nouns++
			default:
				k = len(t)
			}
		}
		if next < 0 {
			return a
		}
		possessed := cur.b < len(t) && isPossessive(t[cur.b].Text)
		if cur.demonym && cur.b+1 < len(t) && groupNouns[strings.ToLower(t[cur.b].Text)] && !strings.HasPrefix(t[cur.b+1].Tag, "NN") {
			return a // "the Turkish government free Ocalan": the government acts
		}
		switch {
		case cur.modifier, possessed:
		case cur.demonym && (!comma || nouns > 0):
		case !comma && nouns > 0 && acts[next].typ == Person:
		default:
			return a
		}
		a = next
	}
	return a
}

// placeNouns after a nationality name a line between states, not the
// state: "the Thai border", "the Lebanese side".
var placeNouns = lexicon.Class("placeNouns")

// objectPreps take an object that is no subject: "the Red Cross operating
// in Iraq said". "of" is left out ("the leader of Hamas said"), and so are
// the words that open clauses ("after Yukos accused").
var objectPreps = lexicon.Class("objectPreps")

// groupNouns after a nationality name the country's state or people as a
// whole: "the Turkish government", "Egyptian police".
var groupNouns = lexicon.Class("groupNouns")

// resolveHolder replaces "the Pakistani president" by the person the
// document names as Pakistan's president.
func (c *eventCtx) resolveHolder(a int, keys []string) []string {
	act := c.acts[a]
	if act.b >= len(c.t) || !(act.demonym || isPossessive(c.t[act.b].Text)) {
		return keys
	}
	k := act.b
	if isPossessive(c.t[k].Text) {
		k++
	}
	if k < len(c.t) && len(keys) == 1 {
		if p, ok := c.holders[act.key+"|"+strings.ToLower(c.t[k].Text)]; ok {
			return []string{p}
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

// coordinated returns the actor a and those joined to it by "and", "or" or
// commas, looking in direction dir (-1 left, +1 right).
func (c *eventCtx) coordinated(a, dir int) []string {
	t, acts := c.t, c.acts
	keys := append([]string{acts[a].key}, acts[a].also...)
	commas := false // a list joined by commas must end with "and" or "or"
	cur := a
	for {
		var k int
		if dir < 0 {
			k = acts[cur].a - 1
			for k >= 0 && determiners[strings.ToLower(t[k].Text)] {
				k-- // "Saudi Arabia and the United Arab Emirates"
			}
		} else {
			k = acts[cur].b
		}
		if k < 0 || k >= len(t) {
			break
		}
		w := strings.ToLower(t[k].Text)
		if !coordinators[w] && w != "," {
			break
		}
		if dir < 0 && cur == a && w == "," && !c.headline {
			break // "Before visiting Japan, Kim Lee": a comma alone joins no subjects; but "China, Russia sign deal"
		}
		// the next actor, past "and the", "and the Palestinian leader,"
		next, joined := -1, w != ","
		for j, n := k+dir, 0; j >= 0 && j < len(t) && n < 6; j, n = j+dir, n+1 {
			if b := actorAt(acts, j); b >= 0 {
				next = b
				break
			}
			tw := strings.ToLower(t[j].Text)
			if coordinators[tw] {
				joined = true
			}
			if !(determiners[tw] || tw == "," || coordinators[tw] || strings.HasPrefix(t[j].Tag, "NN") || t[j].Tag == "JJ" || isPossessive(t[j].Text)) {
				break
			}
		}
		if next < 0 {
			break
		}
		if dir > 0 {
			next = c.head(next)
		}
		keys = append(keys, acts[next].key)
		if joined {
			commas = false
		} else {
			commas = true
		}
		cur = next
	}
	if commas && dir > 0 {
		keys = keys[:1] // "attacked Taiwan, Judith Collins said": no list
	}
	return keys
}

// domestic returns the country that is both agent and target when the
// sentence names it both as a state and by its nationality: a state acting
// on its own people ("Turkey will allow Turkish Kurd refugees"), or a
// nationality's group acting in its own country ("Serb forces killed three
// ethnic Albanians in southeastern Serbia"). Otherwise "".
func (c *eventCtx) domestic(agents, targets []string) string {
	if len(agents) != 1 || len(targets) != 1 || agents[0] != targets[0] || !strings.HasPrefix(agents[0], "country:") {
		return ""
	}
	demonym, named := false, false
	for _, a := range c.acts {
		if a.key != agents[0] {
			continue
		}
		switch {
		case a.demonym:
			demonym = true
		case !a.capital && !a.modifier:
			named = true
		}
	}
	if demonym && named {
		return agents[0]
	}
	return ""
}

// modifiesNoun reports a word that stands before the noun of its phrase:
// a determiner, an adjective, a number or a possessive pronoun.
func modifiesNoun(tok Token) bool {
	return determiners[strings.ToLower(tok.Text)] || strings.HasPrefix(tok.Tag, "JJ") || tok.Tag == "CD" || tok.Tag == "PRP$"
}

// nounAfter reports a noun phrase right after the words ending at end,
// the verb's object, that is not what two sides fight together.
func (c *eventCtx) nounAfter(end int) bool {
	t := c.t
	k := end
	for k < len(t) && (modifiesNoun(t[k]) || t[k].Tag == "VBN") {
		k++
	}
	return k < len(t) && (t[k].Tag == "NN" || t[k].Tag == "NNS") && !conflictNouns[strings.ToLower(t[k].Text)]
}

// conflictNouns name what two sides fight together: "fought a war".
var conflictNouns = lexicon.Class("conflictNouns")

// distinct removes duplicates and actors that are both agent and target.
func distinct(agents, targets []string) ([]string, []string) {
	uniq := func(xs []string) []string {
		seen := map[string]bool{}
		var out []string
		for _, x := range xs {
			if !seen[x] {
				seen[x] = true
				out = append(out, x)
			}
		}
		sort.Strings(out)
		return out
	}
	agents, targets = uniq(agents), uniq(targets)
	isAgent := map[string]bool{}
	for _, a := range agents {
		isAgent[a] = true
	}
	var ts []string
	for _, t := range targets {
		if !isAgent[t] {
			ts = append(ts, t)
		}
	}
	return agents, ts
}

// officeAfter reports whether the words from i to the verb at v name an
// office: "prime minister has been", "president said".
func (c *eventCtx) officeAfter(i, v int) bool {
	for k := i; k < v; k++ {
		if c.isTitleWord(k) {
			return k+1 >= len(c.t) || !strings.HasPrefix(c.t[k+1].Tag, "NN")
		}
		if !(c.t[k].Tag == "JJ" || strings.HasPrefix(c.t[k].Tag, "NN")) {
			return false
		}
	}
	return false
}

// officeOwner finds the country or organization whose office, named at
// token i ("president", "as prime minister"), the document gives to person.
func (c *eventCtx) officeOwner(i int, person string) []string {
	t := c.t
	for i < len(t) && (asWords[strings.ToLower(t[i].Text)] || determiners[strings.ToLower(t[i].Text)] || t[i].Tag == "JJ") {
		i++
	}
	if i >= len(t) || !c.isTitleWord(i) {
		return nil
	}
	head := strings.ToLower(t[i].Text)
	for i+1 < len(t) && c.isTitleWord(i+1) {
		i++
		head = strings.ToLower(t[i].Text) // "prime minister": the head is the last word
	}
	var owners []string
	for _, k := range c.offices[person] {
		if owner, ok := strings.CutSuffix(k, "|"+head); ok && !slices.Contains(owners, owner) {
			owners = append(owners, owner)
		}
	}
	if len(owners) != 1 {
		return nil
	}
	return owners
}

// gerundOwner finds who does what a gerund after a preposition names when
// the noun before it has an owner: "Egypt's role in mediating", "Iran's
// part in arming"; "" otherwise.
func (c *eventCtx) gerundOwner(v int) string {
	t := c.t
	if t[v].Tag != "VBG" || v < 3 || t[v-1].Tag != "IN" {
		return ""
	}
	for k := v - 2; k >= 1 && k >= v-4; k-- {
		if isPossessive(t[k].Text) {
			if a := actorAt(c.acts, k-1); a >= 0 {
				return c.acts[a].key
			}
			return ""
		}
		if !(t[k].Tag == "NN" || t[k].Tag == "NNS" || t[k].Tag == "JJ") {
			return ""
		}
	}
	return ""
}

// whenSubject finds the subject of a "when" clause after token end, if it
// names an actor right away: "when Palestinian militants fired".
func (c *eventCtx) whenSubject(end int) []string {
	for k := end; k < len(c.t) && k < end+8; k++ {
		w := strings.ToLower(c.t[k].Text)
		if whenWords[w] || asWords[w] && k+1 < len(c.t) && !strings.HasPrefix(c.t[k+1].Tag, "VB") {
			for j := k + 1; j < len(c.t) && j < k+4; j++ {
				if a := actorAt(c.acts, j); a >= 0 && !c.acts[a].modifier {
					if b := c.acts[a].b; b < len(c.t) && (strings.HasPrefix(c.t[b].Tag, "VB") || groupNouns[strings.ToLower(c.t[b].Text)] || strings.HasPrefix(c.t[b].Tag, "NN")) {
						return c.coordinated(a, 1)
					}
					return nil
				}
			}
			return nil
		}
		if clauseBreaks[w] || w == "." {
			return nil
		}
	}
	return nil
}

// conditioned reports an act the sentence makes hang on a demand after it:
// "will withdraw unless ...". An offer made "if" something happens stays an
// offer.
func (c *eventCtx) conditioned(end int) bool {
	for k := end; k < len(c.t); k++ {
		if unlessWords[strings.ToLower(c.t[k].Text)] {
			return true
		}
	}
	return false
}

// conditionSubject finds whom a threat is made against: the subject of
// its condition ("threatened to stop negotiations if the United States goes
// ahead").
func (c *eventCtx) conditionSubject(end int) []string {
	for k := end; k < len(c.t); k++ {
		w := strings.ToLower(c.t[k].Text)
		if conditionWords[w] {
			return c.objectAfter(k+1, 3)
		}
		if w == ";" || w == ":" {
			break
		}
	}
	return nil
}

// groupIn reports "in" at token k after a group noun, or "throughout" or
// "across": "Security forces in Guinea", "students throughout Indonesia"
// are the country's own.
func (c *eventCtx) groupIn(k int) bool {
	t := c.t
	w := strings.ToLower(t[k].Text)
	return spanPreps[w] || memberPreps[w] && k > 0 && groupNouns[strings.ToLower(t[k-1].Text)]
}

// groupAfter reports whether the words from i to the verb at v name a
// country's state as a whole: "government", "interim government on Sunday".
func (c *eventCtx) groupAfter(i, v int) bool {
	for k := i; k < v && k < i+3; k++ {
		if groupNouns[strings.ToLower(c.t[k].Text)] {
			return true
		}
		if c.t[k].Tag != "JJ" {
			return false
		}
	}
	return false
}

// returnParticles before a preposition make its object where someone goes
// back to: "sent them back to Bulgaria".
var returnParticles = lexicon.Class("returnParticles")

// decisionNouns name an act's being decided or tried; their owner is who
// does the act after "to": "Chad's decision to expel", "Iran's bid to join".
var decisionNouns = lexicon.Class("decisionNouns")

// decisionBy reports that actor a is the by-phrase of a decision noun
// whose "to" comes before the verb at v:
//
//	DECISION-NOUN by ACTOR [GROUP-NOUN] to VERB
//
// "the decision by Moscow to sell missiles to Syria": Moscow sells.
func (c *eventCtx) decisionBy(a, v int) bool {
	t, act := c.t, c.acts[a]
	if act.a < 2 || !agentPreps[strings.ToLower(t[act.a-1].Text)] || !decisionNouns[strings.ToLower(t[act.a-2].Text)] {
		return false
	}
	j := act.b
	for j < v && groupNouns[strings.ToLower(t[j].Text)] {
		j++
	}
	return j+1 == v && t[j].Tag == "TO"
}

// decisionBefore reports that tokens [i, v) are a decision noun and "to",
// adjectives allowed before the noun: "Chad's [sudden] decision to".
func (c *eventCtx) decisionBefore(i, v int) bool {
	k := i
	for k < v && c.t[k].Tag == "JJ" {
		k++
	}
	return k+2 == v && decisionNouns[strings.ToLower(c.t[k].Text)] && infinitiveMarks[strings.ToLower(c.t[k+1].Text)]
}

// isTitleWord reports whether token k is a title's head word ("minister").
func (c *eventCtx) isTitleWord(k int) bool {
	return c.titles[strings.ToLower(c.t[k].Text)]
}

// titleCode is the role code of the title that token k is by itself
// ("minister": GOV, "ambassador": DIP), or "".
func (c *eventCtx) titleCode(k int) string {
	return c.titleEntries[strings.ToLower(c.t[k].Text)].code
}
