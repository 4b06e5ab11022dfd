package extract

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/syntax"
)

// actor is a mention of a person, organization or country in a sentence.
type actor struct {
	a, b     int // token range
	key      string
	typ      EntityType
	demonym  bool
	modifier bool     // part of a hyphenated word: "US-funded"
	capital  bool     // a capital standing for its government: "Washington argues"
	where    bool     // a capital after a preposition of place: "talks in Cairo"
	media    bool     // a news organization: "told the BBC"
	country  string   // a place's country, or a state body's
	also     []string // the other parties a reference to two stands for: "the two countries"
	kind     string   // an organization's kind: company, armed-group, ...
	leader   bool     // a state named by its leader's government: "Rabbani's government"
	source   bool     // named as the source of what is told: "according to the United Nations"
	state    string   // the state a ministry named by its field stands for in an event: "India's foreign ministry"
	home     string   // an organization's country, the lexicon's or its name's: "Toyota" JPN
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
	// for a pronoun that opens this one; key "" when none. beforeAll is
	// it and the actors coordinated with it ("Russia and China"), for
	// "they".
	before    actor
	beforeAll []string
	// lastTargets are the targets of the sentence before's events, for an
	// object pronoun that no party of this one stands for
	lastTargets []string
	// beforePronoun is set when the sentence before opens with "he" or
	// "she": a chain of sentences about one person
	beforePronoun bool
	// topic is the person who last opened a sentence as its subject, of
	// the sentences before: whom a story goes on about
	topic string
	// lastPersons are the people the sentence before names, for "him" or
	// "her"
	lastPersons []string
	// si is the sentence's index, and refs collects the pronouns the
	// rules resolve, for the document's references
	si   int
	refs *[]Reference
	// headline is set for the document's headline, whose commas join
	// names and whose "X to do" is a future ("US to impose sanctions")
	headline bool
	// idx is the lexicon's index: the patterns of nouns and verbs
	idx *index
	// genders are the genders of the people the document names after an
	// honorific (gender.go)
	genders map[string]gender
	// salience counts the mentions of each person in the document
	salience map[string]int
	// doneIn is one more than the index of the note of the act told
	// before that the event being built was done in, 0 for none
	// (earlierAttackers)
	doneIn int
	// trees are the document's sentences' dependency trees, parsed when a
	// rule first asks (tree)
	trees *sentenceTrees
}

// tree is the sentence's dependency tree, parsed the first time a rule
// of any stage asks for it (most sentences never need one); nil when
// there is none. A sentence read alone, with no document's trees, parses
// its own.
func (c *eventCtx) tree() *syntax.Tree {
	if c.trees == nil {
		doc := &Document{Sentences: make([]Sentence, c.si+1)}
		doc.Sentences[c.si].Tokens = c.t
		c.trees = newSentenceTrees(doc)
	}
	return c.trees.tree(c.si)
}

// exchangeVerbs, with the noun of their phrase, say that parties did it
// to each other: "Thailand and Cambodia traded accusations".
var exchangeVerbs = lexicon.Class("exchangeVerbs")

// dropHoldersOwners drops from several targets the states and bodies
// whose offices the people among them hold: "held talks with the foreign
// ministers of the three countries, Jack Straw, Michel Barnier and Joschka
// Fischer" is talks with the three ministers, not with their states too.
func (c *eventCtx) dropHoldersOwners(targets []string) []string {
	owners := map[string]bool{}
	for _, key := range targets {
		for _, o := range c.offices[key] {
			owner, _, _ := strings.Cut(o, "|")
			owners[owner] = true
		}
	}
	if len(owners) == 0 {
		return targets
	}
	return slices.DeleteFunc(targets, func(key string) bool { return owners[key] })
}

// privateNouns after "a" and a nationality name one of its people or
// firms, not its state: "a US banker".
var privateNouns = lexicon.Class("privateNouns")

// privateAfterArticle reports a name at tokens [a, b) right after "a"
// whose phrase ends in a noun of private people or firms: "a US banker",
// "a South African trading company"; or after "a" or a number and up to
// two adjectives, whose phrase ends in a noun of firms: "a new Indian
// budget airline", "two Indian airlines" (but "two German men" and "a
// young Slovak woman" are the state's people, as event coders count
// them); the noun may follow a second nationality the name is coordinated
// with ("a Canadian and a Turkish company"). After "the" the phrase is a
// firm named before ("the German firm"), which addOrgNouns reads.
func privateAfterArticle(t []Token, a, b int) bool {
	if a == 0 || b >= len(t) {
		return false
	}
	e := b
	if coordinators[t[b].lower()] && b+2 < len(t) && indefinite[t[b+1].lower()] {
		// "to a Canadian and a Turkish company": the noun the second
		// nationality shares with the first
		e = b + 2
		for n := 0; n < 2 && e+1 < len(t) && (isCap(t[e].Text) || t[e].Tag == "JJ"); n++ {
			e++
		}
	}
	head := t[compoundEnd(t, e)].lower()
	if indefinite[t[a-1].lower()] && privateNouns[head] {
		return true
	}
	j := a - 1
	for n := 0; n < 2 && j > 0 && t[j].Tag == "JJ" && !isCap(t[j].Text); n++ {
		j--
	}
	if !indefinite[t[j].lower()] && t[j].Tag != "CD" {
		return false
	}
	return companyNouns[head] || slices.ContainsFunc(singulars(head), func(w string) bool { return companyNouns[w] })
}

// privateInHeadline reports a name at tokens [a, b) of a headline, which
// drops its articles, that no determiner opens and whose phrase ends in a
// noun of firms: "EU fines Italian energy firm". A headline's people of a
// nationality stand for its state ("U.S. activist jailed by Chilean
// court").
func privateInHeadline(t []Token, a, b int) bool {
	return (a == 0 || !determiners[t[a-1].lower()] && !isPossessive(t[a-1].Text)) && b < len(t) && companyNouns[t[compoundEnd(t, b)].lower()]
}

// diasporaNouns after a nationality name its people living elsewhere, not
// its state: "hosts a large Iranian business community".
var diasporaNouns = lexicon.Class("diasporaNouns")

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
	envoyNouns   = lexicon.Class("envoyNouns")
	// participleAdjectives before a name or title describe it: "visiting
	// French Foreign Minister Alain Juppe", "outgoing President Ruiz"
	participleAdjectives = lexicon.Class("participleAdjectives")
	// stillToWords between "has" and "to" say the act is still to come:
	// "has yet to sign"
	stillToWords = lexicon.Class("stillToWords")
	// weighVerbs weigh an act their object names, not yet done:
	// "is considering sanctions against Eritrea"
	weighVerbs = lexicon.Class("weighVerbs")
)

// atMission reports a place named from token a that is where an act is
// done, after a preposition of a mission's place and its article:
// "protested outside the Peruvian embassy".
func atMission(t []Token, a int) bool {
	k := a - 1
	if k >= 0 && determiners[t[k].lower()] {
		k--
	}
	return k >= 0 && missionPreps[t[k].lower()]
}

// standsForState reports a kind of place that may stand for its country's
// state: a capital ("Washington has voiced concern") or a seat of
// government ("the Kremlin accused"); a state's mission named by its
// nationality does too ("the Chinese embassy rejected").
func standsForState(kind string) bool { return kind == kindCapital || kind == kindSeat }

// once records key as the one holder of title in held, or "" once a
// second holds it.
func once(held map[string]string, title, key string) {
	if old, ok := held[title]; !ok {
		held[title] = key
	} else if old != key {
		held[title] = ""
	}
}

// firstGiven records si as the sentence that gives key the title, unless
// an earlier one does.
func firstGiven(since map[string]map[string]int, title, key string, si int) {
	if since[title] == nil {
		since[title] = map[string]int{}
	}
	if old, ok := since[title][key]; !ok || si < old {
		since[title][key] = si
	}
}

// findEvents finds who did what to whom in each sentence of doc.
func (x *Extractor) findEvents(doc *Document, de *docEntities, trees *sentenceTrees) ([]Event, []Reference) {
	bySent := map[int][]actor{}
	places := map[int][]actor{}
	focal := de.headline
	// the country whose organization a candidate starting at a token is
	orgOf := map[[2]int]string{}
	// where in a sentence the name of an organization or a person starts
	named := map[[2]int]EntityType{}
	for _, c := range de.cands {
		if c.typ == Organization && c.country != "" {
			orgOf[[2]int{c.sent, c.a}] = c.country
		}
		if c.typ == Organization || c.typ == Person {
			named[[2]int{c.sent, c.a}] = c.typ
		}
	}
	for _, c := range de.cands {
		t := doc.Sentences[c.sent].Tokens
		a := actor{
			a: c.a, b: c.b, key: c.key, typ: c.typ, demonym: c.gaz != nil && c.gaz.demonym,
			modifier: c.start != t[c.a].Start || c.end != t[c.b-1].End,
			media:    x.isMedia(c, t),
		}
		if c.typ == Country && c.country != "" && orgOf[[2]int{c.sent, c.b}] == c.country {
			a.modifier = true // "the Polish parliament": the parliament acts and is acted on
		}
		if c.typ == Country && x.describesName(t, c.b, func(j int) EntityType { return named[[2]int{c.sent, j}] }) {
			a.modifier = true // "sued US chipmaker Intel": Intel is sued
		}
		if c.typ == Organization {
			a.kind, a.home = orgKind(c, doc.Text[c.start:c.end]), c.country
			if stateBodyKinds[a.kind] {
				a.country = c.country
			}
			if c.country != "" && x.idx.fieldMinistry(t, c.a, c.b) {
				a.state = "country:" + c.country // "India's foreign ministry said it is expelling": India (ministries.go)
			}
		}
		if a.demonym && (c.a > 0 && ethnicWords[t[c.a-1].lower()] || c.b < len(t) && (placeNouns[t[c.b].lower()] && compoundEnd(t, c.b) == c.b || mediaNouns[t[c.b].lower()] || diasporaNouns[t[compoundEnd(t, c.b)].lower()])) {
			continue // "ethnic Albanians", "the Thai border", "Norwegian television", "a large Iranian business community": no state acts; but "Chilean border posts" are Chile's
		}
		if c.typ == Organization && unitOwner(t, c.a, c.b) {
			continue // "the former Yukos subsidiary was sold": the unit's owner, no party (unitowner.go)
		}
		if (a.demonym || c.typ == Country) && (privateAfterArticle(t, c.a, c.b) || doc.Sentences[c.sent].Headline && privateInHeadline(t, c.a, c.b)) {
			continue // "asked a US banker to run its central bank", "a Chinese company won", the headline's "EU fines Italian energy firm": one of its people or firms, no state
		}
		if a.demonym && pressAfter(t, c.b) {
			a.media = true // "told Spanish state television": no act on the state; but "Chinese official media accused" voices it
		}
		a.source = sourceBefore(t, c.a) // "according to the United Nations": who tells, no side
		if rest := doc.Text[c.end:]; strings.HasPrefix(rest, "-led") || strings.HasPrefix(rest, "-owned") || strings.HasPrefix(rest, "-flagged") {
			a.modifier = false // "Vietnamese-led forces", "a Greek-owned tanker": who leads or owns
		}
		if c.typ == Location {
			pl := actor{a: c.a, b: c.b, key: c.key, typ: Location, country: c.country}
			if c.gaz != nil {
				pl.kind = c.gaz.kind
			}
			places[c.sent] = append(places[c.sent], pl)
			// "the Chinese embassy accused"; but "an agreement on an
			// Australian consulate": a mission spoken of, no one's voice
			mission := c.gaz == nil && c.country != "" && missionHeads[t[c.b-1].lower()] && !(c.a > 0 && indefinite[t[c.a-1].lower()]) && !atMission(t, c.a)
			organ := c.country != "" && c.a >= 2 && memberPreps[t[c.a-1].lower()] && localOrgans[t[c.a-2].lower()]
			organ = organ || c.country != "" && c.b < len(t) && localOrgans[t[c.b].lower()] // "a Hamburg court sentenced"
			if organ && (c.gaz == nil || !standsForState(c.gaz.kind)) {
				// "an anti-terrorism court in Rawalpindi sentenced", "a
				// Hamburg court sentenced": the court is the state's whose
				// town it sits in (groupIn)
				a.key, a.typ = "country:"+c.country, Country
				bySent[c.sent] = append(bySent[c.sent], a)
				continue
			}
			if !mission && (c.gaz == nil || !standsForState(c.gaz.kind) || c.country == "") {
				continue
			}
			if c.b < len(t) && (t[c.b].Tag == "NN" || t[c.b].Tag == "NNS") && !isCap(t[c.b].Text) && !groupNouns[t[c.b].lower()] {
				continue // "a Washington matron": who is from there, no state
			}
			a.key, a.typ, a.capital = "country:"+c.country, Country, !mission // a mission acted on is its state, no place (missionState)
			a.where = c.a > 0 && cityPreps[t[c.a-1].lower()]                  // "in Cairo": where
			if body := x.idx.seats[c.key]; body != "" && de.byKey[body] != nil && !mission {
				a.key, a.typ = body, Organization // "Brussels lodged a request", in a story of the EU: the EU's
			}
		}
		bySent[c.sent] = append(bySent[c.sent], a)
	}
	holders := map[string]string{}
	offices := map[string][]string{}
	// byTitle maps a title's last word ("minister") to the one person the
	// document gives such a title, or to "" when it gives it to several
	byTitle := map[string]string{}
	pastTitle := map[string]string{} // the same for titles held once
	titled := map[string]bool{}      // the people who hold an office now
	bare := map[string]string{}      // the same for titles of the one word alone
	bareState := map[string]string{} // and for those of a state
	// since maps a title's last word to each holder and the first
	// sentence that gives them it, for a title several hold (addTitles)
	since := map[string]map[string]int{}
	ents := de.list()
	for _, e := range ents {
		for _, r := range e.Roles {
			f := strings.Fields(r.Title)
			if len(f) == 0 {
				continue
			}
			head := f[len(f)-1]
			held := byTitle // "former President Sanchez" holds what "the president" names only when no one holds it now
			if pastTitleWords[f[0]] {
				held = pastTitle
			} else {
				titled[e.Key] = true
			}
			heads := []string{head}
			if len(f) >= 2 {
				heads = append(heads, f[len(f)-2]+" "+head) // "the opposition leader": the holder of an opposition leader's title
			}
			for _, h := range heads {
				once(held, h, e.Key)
				if !pastTitleWords[f[0]] {
					firstGiven(since, h, e.Key, r.Evidence.Sentence)
				}
			}
			if len(f) == 1 {
				once(bare, head, e.Key)
				if strings.HasPrefix(r.Of, "country:") {
					once(bareState, head, e.Key)
				}
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
			// "the British minister" is its one government official; a
			// former one holds none now
			if pastTitleWords[f[0]] {
				continue
			}
			switch any := r.Of + "|*" + r.Code; holders[any] {
			case "":
				holders[any] = e.Key
			case e.Key:
			default:
				holders[any] = "-" // more than one: no guess
			}
		}
	}
	// "President Lula ... central bank president Henrique Meirelles ...
	// the president": of several holders of a title, the one who holds it
	// unqualified, else the one who holds it of a state
	for _, only := range []map[string]string{bare, bareState} {
		for head, key := range only {
			if byTitle[head] == "" && key != "" {
				byTitle[head] = key
			}
		}
	}
	for head, key := range pastTitle {
		if _, ok := byTitle[head]; !ok {
			byTitle[head] = key // "former editor Hen Vipheak ... The editor was prosecuted"
		}
	}
	leaderStates(doc, bySent, offices)
	partyOf := func(a actor) string { return partyCountry(a, de, offices) }
	ofState := func(w string) bool {
		return x.idx.titleHeads[w] || eventNoun(w) || len(x.idx.verbs[x.idx.lemma(w)]) > 0
	}
	refs := addReferences(doc, bySent, stateOf(focal, de), partyOf, ofState)
	ownerlessMinistries(doc, x.idx, bySent, focal, partyOf)
	refs = append(refs, addCountryNouns(doc, bySent)...)
	refs = append(refs, addCompassStates(doc, bySent, countryLabels(ents))...)
	refs = append(refs, addStateGroups(doc, bySent)...)
	refs = append(refs, addCounterparts(doc, bySent, offices)...)
	refs = append(refs, addNeighbours(doc, bySent)...)
	refs = append(refs, addPairs(doc, bySent, titled)...)
	refs = append(refs, addBarePairs(doc, bySent)...)
	refs = append(refs, addTitles(doc, bySent, byTitle, since, holders, x.idx.titleHeads)...)
	refs = append(refs, addOrgNouns(doc, bySent, x.idx.orgHeads)...)
	refs = append(refs, addUnitNouns(doc, bySent, de.orgEndingAt)...)
	genders := personGenders(doc, bySent)
	salience := personMentions(bySent)
	var events []Event
	var notes dateNotes
	var before actor
	topic := ""
	var beforeAll, lastTargets, lastPersons []string
	pronounOpened := false // the sentence before opens with "he" or "she"
	var pronouns []Reference
	for si := range doc.Sentences {
		acts := bySent[si]
		prev, prevAll, prevTargets, prevPersons, prevPronoun, prevTopic := before, beforeAll, lastTargets, lastPersons, pronounOpened, topic
		lastTargets, lastPersons, pronounOpened = nil, namedPersons(acts), opensWithPronoun(doc.Sentences[si].Tokens)
		before = openingSubject(doc.Sentences[si].Tokens, acts)
		if before.key == "" {
			before = quoteSpeaker(doc.Sentences[si].Tokens, acts)
		}
		beforeAll = nil
		if a := slices.IndexFunc(acts, func(a actor) bool { return a.key == before.key && a.a == before.a }); before.key != "" && a >= 0 {
			beforeAll = (&eventCtx{t: doc.Sentences[si].Tokens, acts: acts}).coordinated(a, 1) // "Russia and China held talks. They agreed"
		}
		if t := doc.Sentences[si].Tokens; before.key == "" && prev.typ == Person && (pronounOpened || speakerPronoun(t)) {
			// "Ruiz warned Chile. '...,' she told reporters. She also
			// accused ...": a sentence whose subject is a pronoun for a
			// person goes on about the one the sentence before was about
			before, beforeAll = prev, prevAll
		}
		if before.typ == Person && !doc.Sentences[si].Headline {
			topic = before.key
		}
		if len(acts) == 0 && !hasPronoun(doc.Sentences[si].Tokens) {
			continue // no one named, and no pronoun that may stand for one ("It accused them of spying" has)
		}
		if strings.HasSuffix(strings.TrimRight(doc.Sentences[si].Text, `"'”’)`), "?") {
			continue // a question asserts nothing
		}
		ctx := &eventCtx{t: doc.Sentences[si].Tokens, acts: acts, holders: holders, focal: focal, titles: x.idx.titleHeads, titleEntries: x.idx.titles, places: places[si], offices: offices, notes: &notes, before: prev, beforeAll: prevAll, lastTargets: prevTargets, lastPersons: prevPersons, topic: prevTopic, beforePronoun: prevPronoun, si: si, refs: &pronouns, headline: doc.Sentences[si].Headline, idx: x.idx, genders: genders, salience: salience, trees: trees}
		found := x.sentenceEvents(doc, si, ctx)
		for _, ev := range found {
			for _, k := range ev.Targets {
				if !slices.Contains(lastTargets, k) {
					lastTargets = append(lastTargets, k)
				}
			}
		}
		events = append(events, found...)
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

// namedPersons are the people acts name, each once, in order: not those
// only described by a word ("Putin-backed").
func namedPersons(acts []actor) []string {
	var out []string
	for _, a := range acts {
		if a.typ == Person && !a.modifier && !a.demonym && !slices.Contains(out, a.key) {
			out = append(out, a.key)
		}
	}
	return out
}

// hasPronoun reports a sentence with a personal pronoun, which may stand
// for an actor named in another.
func hasPronoun(t []Token) bool {
	return slices.ContainsFunc(t, func(tok Token) bool { return tok.Tag == "PRP" })
}

func (x *Extractor) sentenceEvents(doc *Document, si int, ctx *eventCtx) []Event {
	t, acts := ctx.t, ctx.acts
	out := append(x.demands(doc, si, ctx), x.labels(doc, si, ctx)...)
	out = append(out, x.stanceAdjectives(doc, si, ctx)...)
	out = append(out, x.callsFor(doc, si, ctx)...)
	subjectNouns := x.subjectNouns(ctx)
	byVerb := map[int][]Event{} // the events each verb told
	for i := 0; i < len(t); i++ {
		if participleAdjectives[t[i].lower()] && ctx.personAfter(i+1) {
			// "a meeting with visiting Gabon President Omar Bongo": an
			// adjective of the name, no act of its own but the guest's
			// visit (visitors.go); but "visiting Beijing"
			out = append(out, x.visitorEvents(doc, si, ctx, i)...)
			continue
		}
		if !strings.HasPrefix(t[i].Tag, "VB") && !(t[i].Tag == "NN" || t[i].Tag == "NNS") {
			continue
		}
		if actorAt(acts, i) >= 0 {
			continue
		}
		if agentNouns[t[i].lower()] && (!strings.HasPrefix(t[i].Tag, "VB") || titleBeforeName(t, i)) {
			continue // "a close ally of both countries", "Olympic 100 metres champion/VBP Donovan Bailey": who, no act
		}
		if indicationNouns[t[i].lower()] && !strings.HasPrefix(t[i].Tag, "VB") {
			continue // "the latest sign of deteriorating relations between Bamako and Paris": no signing
		}
		if strings.HasPrefix(t[i].Tag, "VB") && t[i].Tag != "VB" && t[i].Tag != "VBP" && t[i].Tag != "VBZ" && i > 0 && determiners[t[i-1].lower()] && !thatWords[t[i-1].lower()] && actorAt(acts, i-1) < 0 && !invertedPassive(t, i) {
			continue // "the banned movement", "evacuated the wounded": an adjective or a noun; but "the two signed", "a strike that killed", "among those arrested were"
		}
		if t[i].Tag == "VBN" && i > 0 && i+1 < len(t) && strings.HasPrefix(t[i-1].Tag, "VB") && !auxiliary(t[i-1].Text) &&
			(strings.HasPrefix(t[i+1].Tag, "NN") || t[i+1].Tag == "JJ") && actorAt(acts, i+1) < 0 {
			continue // "pumping banned extremist propaganda": an adjective after a verb
		}
		if participleAdjective(t, i) && actorAt(acts, i+1) < 0 {
			continue // "columns of armed men": an adjective after a preposition
		}
		if ctx.nationalParticiple(i) {
			continue // "the Chilean armed forces": an adjective after a nationality
		}
		lemma := x.idx.lemma(t[i].Text)
		if strings.HasPrefix(t[i].Tag, "VB") {
			lemma = x.idx.verbLemma(t[i].Text)
		}
		pats := x.idx.verbs[lemma]
		if len(pats) == 0 {
			continue
		}
		nominal := !strings.HasPrefix(t[i].Tag, "VB") || gerundBetween(t, i) && slices.ContainsFunc(pats, func(p verbEntry) bool { return symmetric[p.action] }) ||
			t[i].Tag == "VBG" && ctx.onsetEnd(i+1) > i+1 // "Fighting broke out": the gerund is the onset's subject, a noun
		if nominal && subjectNouns[i] {
			continue // "The deal between Chile and Peru was signed": the signing tells it
		}
		if nominal && i+1 < len(t) && (t[i+1].Tag == "NN" || t[i+1].Tag == "NNS") && !isCap(t[i+1].Text) && actorAt(acts, i+1) < 0 && !strings.HasPrefix(t[i].Tag, "VB") {
			continue // "a conference call from Vienna", "attack helicopters": a noun that modifies the noun after it names no act
		}
		if nominal && rivalryNoun(t, i, pats) {
			continue // "the trade war between the US and China", "a war of words": a rivalry, no force
		}
		if (nominal || t[i].Tag == "VBG") && commentTopic(t, i) {
			continue // "Nato declines comment on fighting in Iraq": what is (not) talked about, no one's act
		}
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
			if ok && p.separated && end == i+2 {
				continue // "handed over to": the particle right after the verb, its own pattern
			}
			passiveNoun := false
			if !ok && !nominal {
				// "Sanctions were imposed on Iran": the phrase's noun is the subject
				end = ctx.passiveNounEnd(i, p.rest)
				ok, passiveNoun = end > i, end > i
			}
			if !ok {
				continue
			}
			place := end // where the event's place is read
			if passiveNoun && symmetric[p.action] {
				if parties, ok := ctx.partiesAfter(ctx.pastPlace(ctx.pastDate(end))); ok {
					// "Talks were held between Chile and Peru"
					out = append(out, placed(x.betweenEvents(doc, si, ctx, i, end, parties, p), ctx, place, end)...)
					break
				}
			}
			if nominal && len(p.rest) == 0 {
				end = ctx.pastPlace(ctx.pastDate(end)) // "talks in Vienna between Iran and the EU", "a meeting on Monday with"
			}
			if nominal && len(p.rest) == 0 && symmetric[p.action] && end+1 < len(t) {
				if parties, ok := ctx.partiesAfter(end); ok {
					// "talks between Israel and Syria resumed", "a meeting of
					// Chile, Peru and Bolivia"
					out = append(out, placed(x.betweenEvents(doc, si, ctx, i, end, parties, p), ctx, place, end)...)
					break
				}
			}
			if nominal && !ctx.nounTellsEvent(i, end, p) {
				continue
			}
			evs := placed(x.buildEvents(doc, si, ctx, i, end, p, nominal), ctx, place, end)
			if len(evs) == 0 && !nominal {
				evs = placed(x.sharedAddressee(doc, si, ctx, i, end, p, byVerb), ctx, place, end) // sharedaddressee.go
			}
			if len(evs) > 0 && !nominal {
				byVerb[i] = evs
			}
			out = append(out, evs...)
			matched = end
			if len(evs) > 0 {
				break
			}
			// the same words in another sense, told apart by where it
			// finds its target: "held drills with" (062), "near" (150)
			senses = p.rest
			if ctx.partyInGap(i+1, end, p.rest) {
				// "hosted his Ugandan counterpart for talks": the
				// phrase's gap holds the verb's own object, so the verb
				// alone may be the event
				matched, senses = -1, nil
			}
		}
		if matched > i+1 {
			i = matched - 1 // the words of the pattern name no second event
		}
	}
	return out
}

// commentTopic reports an event noun at v that is the topic of a comment:
//
//	COMMENT-NOUN (on|about|over|...) [DET|ADJ]* EVENT-NOUN
//
// "declined comment on fighting in Iraq", "refused to comment on the
// attack".
func commentTopic(t []Token, v int) bool {
	k := modifiersBefore(t, v)
	return k >= 1 && (statePreps[t[k].lower()] || reasonPreps[t[k].lower()]) && commentNouns[t[k-1].lower()]
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

// personAfter reports a person named from token j on, with a title, after
// the country of one or after a few words that describe them (personAt):
// "French Foreign Minister Alain Juppe", "Congressman Dana Rohrabacher",
// "Russian ultra-nationalist Vladimir Zhirinovsky", "Ruiz".
func (c *eventCtx) personAfter(j int) bool { return c.personAt(j) != "" }

// clauseHas reports whether a token of the clause from end on (at most 14
// tokens) satisfies is, given its index and lower-cased text.
func (c *eventCtx) clauseHas(end int, is func(k int, w string) bool) bool {
	for k := end; k < len(c.t) && k < end+14; k++ {
		w := c.t[k].lower()
		if is(k, w) {
			return true
		}
		if clauseBreaks[w] || w == "." {
			break
		}
	}
	return false
}

// violentRoots are CAMEO roots whose nouns take their target with "of":
// "the assassination of", "the arrest of".
var violentRoots = lexicon.Class("violentRoots")

// isVerb reports a verb at token k; a participle before a noun is an
// adjective ("peacekeeping force", "banned movement").
func isVerb(t []Token, k int) bool {
	tag := t[k].Tag
	if !strings.HasPrefix(tag, "VB") {
		return false
	}
	return !((tag == "VBG" || tag == "VBN") && k+1 < len(t) && strings.HasPrefix(t[k+1].Tag, "NN") && !nounModifier(t, k))
}

// auxiliary reports a form of "be" or "have" or a modal, which a
// participle after it completes: "has banned", "was attacked".
func auxiliary(w string) bool {
	w = strings.ToLower(w)
	return beForms[w] || haveForms[w] || modals[w]
}

// beforeAuxiliaries is the token before the verb at v past its
// auxiliaries and adverbs ("No deal has yet been signed": "deal"), -1
// when none is.
func beforeAuxiliaries(t []Token, v int) int {
	k := v - 1
	for k >= 0 && (auxiliary(t[k].Text) || t[k].Tag == "RB") {
		k--
	}
	return k
}

// symmetric actions are recorded once per pair of the parties that take part.
var symmetric = lexicon.Class("symmetric")

// pastTitleWords before a title say its holder held it once.
var pastTitleWords = lexicon.Class("pastTitleWords")

// agentNouns are spelt as an event's verb but name who does it, not the
// act: "a close ally of both countries", "Olympic champion Donovan Bailey".
var agentNouns = lexicon.Class("agentNouns")

// indicationNouns are spelt as an event's verb but name a token of
// something, no act: "a sign of deteriorating relations".
var indicationNouns = lexicon.Class("indicationNouns")

// titleBeforeName reports a word at i that stands as a title between the
// words that describe it and a name: a noun, a number or an adjective
// before it and a name after ("100 metres champion/VBP Donovan Bailey").
func titleBeforeName(t []Token, i int) bool {
	if i == 0 || i+1 >= len(t) || !strings.HasPrefix(t[i+1].Tag, "NNP") {
		return false
	}
	switch t[i-1].Tag {
	case "NN", "NNS", "NNP", "NNPS", "CD", "JJ":
		return true
	}
	return false
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
	ctx.doneIn = 0
	// look back over auxiliaries for voice, negation and modality
	passive, negated := false, false
	for k := v - 1; k >= 0 && k >= v-4 && !nominal; k-- {
		w := t[k].lower()
		switch {
		case negations[w]:
			negated = !negated // "did not attack"; "did not stop attacking": twice, it goes on
		case modalAt(t, k):
			k = -1 // hypothetical: read below
		case beForms[w] && t[v].Tag == "VBN":
			passive = true
		case negatingVerbs[w]:
			negated = !negated // "failed to reach", past its "to"
		case stillToWords[w] && k > 0 && haveForms[t[k-1].lower()] && k+1 < v && infinitiveMarks[t[k+1].lower()]:
			negated = !negated // "has yet to sign": not signed
		case skippable[w] || t[k].Tag == "RB" || infinitiveMarks[w]:
		default:
			k = -1
		}
	}
	if !passive && !nominal && t[v].Tag == "VBN" && end < len(t) && agentPreps[t[end].lower()] && !perfect(t, v) {
		passive = true // "an assault backed by Baghdad", "people persecuted by the regime"
	}
	if !passive && !nominal && invertedPassive(t, v) {
		passive = true // "Also arrested were Ana Ruiz and Luis Vega" (invertedpassive.go)
	}
	if passive && ctx.noneSubject(v) {
		negated = true // "No deal was signed with Peru"
	}
	if !passive && !nominal && ctx.reducedPassive(v, end) {
		passive = true // "lists Chinese companies accused of supplying drones": a participle after its noun, done to it
	}
	if !passive && !nominal && ctx.headlinePassive(v, end, p) {
		passive = true // "Libyan man murdered in Malta": headlines tell acts done in the present
	}
	if !nominal && ctx.habitual(doc, si, v, p) {
		return nil // "sells most of its output to Japan": a standing relation (habitual.go)
	}
	g := v // the verb whose modality the event has: its own, or for a noun its governing verb's
	if nominal {
		if k := ctx.governingVerb(v); k >= 0 {
			g = k
		}
	}
	served := ctx.purposeOf(v) // the verb an infinitive of purpose serves, whose future it shares
	if !nominal && ctx.deniedClause(v) || nominal && g != v && ctx.deniedClause(g) {
		negated = true // "denied that Iran had attacked", "did not mean that X had cut its ties", "rejected claims that Britain would join an attack on"
	}
	if !nominal && ctx.negatedGerund(v) {
		negated = true // "insisted it did not mean recognising Cyprus"
	}
	if !nominal && ctx.prevented(v) {
		negated = true // "barred Arafat from overflying Israel": it did not happen
	}
	if !nominal && stoppedShort(t, v) {
		negated = true // "stopped short of accusing Chile": it did not happen
	}
	if !nominal && ctx.neitherBefore(v) {
		negated = true // "Neither Russia nor China supported"
	}
	notExcluded := false // "did not rule out military strikes on Iran": a threat of them
	if ctx.ruledOut(v, nominal) && ctx.exclusionDenied(v, nominal) {
		notExcluded = true
	} else if ctx.noneNamed(v, end, nominal) || ctx.ruledOut(v, nominal) {
		negated = true // "received no support from Chile", "held no talks with", "ruled out talks with"
	}
	if !nominal && negatingVerbs[t[v].lower()] && end+1 < len(t) && infinitiveMarks[t[end].lower()] && excludeVerbs[t[end+1].lower()] {
		return nil // "refused to rule out talks": no refusal, the talks' own event says what is not excluded
	}
	if nominal && ctx.offObject(v) {
		return nil // "cancelled a meeting with": it did not take place
	}
	if !nominal && ctx.scoreAfterObject(end) {
		return nil // "defeated the Colorado Rockies 4-3": a game (gamescore.go)
	}
	if nominal && g != v && blameVerbs[t[g].lower()] && len(ctx.blamedAgent(v, end)) == 0 {
		return nil // "blamed the attack on Hamas": another's act, whom the blame may name
	}
	modality := Asserted
	switch {
	case notExcluded:
		// "would not rule out a military strike on Iran": the threat is
		// made, whatever the modal; an act of cooperation not excluded is
		// an intention ("refused to rule out talks with"); whom it is done
		// to is read as the act's pattern says
		q := intentOf(p)
		p.action, p.code = q.action, q.code
	case ctx.hypothetical(v) || g != v && (ctx.hypothetical(g) || desireWords[t[g].lower()] && !agreeVerbs[t[g].lower()] || weighVerbs[t[g].lower()]) || !nominal && ctx.pendingHypothetical(v) ||
		served >= 0 && ctx.askedOf(served):
		// "wants Britain to use its influence to pressure the US": the
		// purpose of an act wanted of another is wanted too; but a noun
		// agreed on is decided: "agreed a new loan for Argentina"
		if !x.hypothetical && (nominal || !ctx.intention(v) || ctx.hopedClause(v)) {
			return nil // but "said it would allow": an intention stated; not "said he hopes they will reach an accord"
		}
		modality = Hypothetical
	case ctx.future(v) || g != v && ctx.future(g) || served >= 0 && ctx.future(served) || !nominal && ctx.pendingFuture(v) ||
		nominal && ctx.purposeNounVerb(v) >= 0 && ctx.future(ctx.purposeNounVerb(v)):
		// "will mobilize its proxies to retaliate against Israel": the
		// retaliation is to come as the mobilizing is; "will visit Egypt
		// for talks with Mubarak": the talks as the visit
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
		agents, targets = ctx.nominalParties(v, end, p)
	case passive:
		agents, targets = ctx.passiveParties(v, end, p)
	default:
		agents, targets = ctx.activeParties(v, end, p)
	}
	if !nominal && len(hyphened) < 2 && len(agents) == 0 {
		// the subject the windows above missed, read from the tree
		// (treeparties.go): "Spain's new prime minister, who took office
		// on Saturday after the election, condemned Morocco"
		ta, tt := ctx.treeParties(v, p, passive, len(targets) > 0)
		agents = ta
		if len(targets) == 0 {
			targets = tt
		}
	}
	if !nominal && !passive && len(agents) == 1 && len(targets) == 0 && sharedAct(p) {
		if ks := ctx.coordinatedSubject(v, agents[0]); len(ks) >= 2 {
			agents = ks // "Lebed and rebel chief-of-staff Maskhadov signed" (coordinatedsubject.go)
		}
	}
	if p.inverse {
		agents, targets = targets, agents // "Ukraine received 30 tanks from Poland": Poland supplies Ukraine
	}
	if violentRoots[p.code[:2]] && !nominal && !passive && ctx.illObject(end) {
		targets = nil // "fighting corruption in Peru": an ill, where it is, acted on; no party
	}
	if len(targets) == 0 && len(agents) > 0 && violentRoots[p.code[:2]] && !nominal && !passive && slices.Contains(p.target, objTarget) {
		if st := ctx.missionState(end); st != "" {
			targets = []string{st} // "struck the Iranian consulate": Iran
		}
	}
	if len(targets) == 0 && len(agents) > 0 && violentRoots[p.code[:2]] && !nominal && !passive {
		targets = ctx.speakerObject(v, end, agents) // "Peru said Chile had attacked its embassy" (speakerobject.go)
	}
	if len(targets) == 0 && len(agents) > 0 && goodsRoots[p.code[:2]] && !nominal {
		targets = ctx.goodsOrigin(end, prepsOf(p.target)) // "imposed duties on shrimp from China", "launched an investigation into imports from Japan" (goodsorigin.go)
	}
	if len(targets) == 0 && len(agents) > 0 && placeRoots[p.code[:2]] && !personCodes[p.code] && !(mutual(p) && len(agents) >= 2) && !(passive && slices.Contains(p.target, objTarget)) && !ctx.personsObject(end) && !ctx.illObject(end) {
		// but "The men were arrested by Malaysian police in Kelantan",
		// "killed three Kurdish leaders in Berlin": the people, no actor,
		// are whom; the place is where; "fighting corruption in Peru":
		// an ill, where it is
		// "imposed a curfew in Abidjan", "shelled positions in Lebanon": the
		// place acted upon; for a noun, the place it is "of": "the blockade
		// of Gaza"
		if pl := ctx.placeIn(end); pl != "" {
			targets = []string{pl}
		} else if nominal && end < len(t) && ofWords[t[end].lower()] {
			if pl := ctx.placeAt(end + 1); pl != "" {
				targets = []string{pl}
			}
		}
	}
	if p.code == visitCode {
		targets = ctx.visited(targets, end, agents) // "arrived in Beijing": China
	} else if p.code == hostCode || violentRoots[p.code[:2]] {
		// an attack on a city is no event between actors
		targets = ctx.dropCapitals(targets, end)
	}
	if p.code == returnCode && !nominal && !passive && end < len(t) && (t[end].Tag == "TO" || returnParticles[t[end].lower()] && end+1 < len(t) && t[end+1].Tag == "TO") {
		targets = nil // "Perry returned to Monrovia", "returned home to Russia": where one goes back, no one returned to
	}
	if tellActions[p.action] {
		// "told the BBC": what one tells the press is said to the public;
		// "told reporters in Tonga": told where, not whom
		targets = ctx.dropMedia(targets)
		if !ctx.objectBeforePrep(end) && !ctx.partyInGap(v+1, end, p.rest) {
			targets = nil // but "sent Syria a message": whom, inside the phrase
		}
	}
	if callVerbs[t[v].lower()] && p.code == phoneCode && (nominal || passive || !ctx.phoneCall(end, targets)) {
		return nil // "called Soto a liar", "called elections": no telephone call
	}
	domestic := ctx.domestic(agents, targets, placeRoots[p.code[:2]])
	agents, targets = distinct(agents, targets)
	agents, targets = ctx.ministryStates(agents), ctx.ministryStates(targets)
	agents, targets = ctx.dropOwnState(agents, targets)
	targets = ctx.dropHoldersOwners(targets)
	if domestic != "" && len(targets) == 0 && !mutual(p) {
		targets = []string{domestic} // "Turkey will allow Turkish Kurd refugees to return"
	}
	if k := ctx.objectHead(end); !nominal && (rejectVerbs[t[v].lower()] || rejectVerbs[p.action]) && (k >= 0 && commentNouns[t[k].lower()] || end+1 < len(t) && infinitiveMarks[t[end].lower()] && (commentNouns[t[end+1].lower()] || commentVerbs[t[end+1].lower()])) {
		return nil // "declined comment on the differences between the UN and Iraq", "declined to comment on", "refused to say whether": nothing said, no rejection
	}
	if !nominal && strings.HasPrefix(p.code, consultRoot) && ctx.requirementObject(end) {
		return nil // "to meet gross financing needs", "will meet its obligations": a need met, no meeting
	}
	if !nominal && p.code[:2] == "18" && ctx.economicObject(end) {
		return nil // "hurting American manufacturers": harm to an economy, no violence
	}
	wordsExchanged := false // "Blair and Chirac clashed": in words, with each other
	if !nominal && (p.code[:2] == "18" || p.code[:2] == "19") && (!passive && ctx.ideaObject(end) || passive && ctx.ideaSubject(v) || ctx.reasonAfter(end) || ctx.verbalAttack(v, agents, targets)) {
		// "attacked British imperialism", "attacked Britain for allowing",
		// "attacked Alvarez in a speech": words, not force
		wordsExchanged = symmetric[p.action]
		p.code = criticized.code // the text's verb stays the action: an attack in words, coded as criticism
	}
	if p.code == militaryForceCode && incursionVerbs[ctx.idx.verbLemma(t[v].Text)] && !slices.Contains(p.target, gapTarget) && (nominal || passive || !ctx.incursion(v, end, agents)) {
		return nil // "Ana Ruiz entered Peru": no force but a state's forces' (forcesagent.go)
	}
	if !nominal && !passive && p.code[:2] == assaultRoot && ctx.forcesAgent(v, agents) {
		p.code = militaryForceCode // "Serb forces killed three ethnic Albanians": conventional force, no unconventional violence
	}
	if p.code == deportCode && ctx.bodiesOnly(targets) {
		p.code = withdrawCode // "expelled IAEA inspectors": the body's people, reduced relations with it, no deportation
	}
	promisedMutual := false // "Chile and Peru pledged to cooperate": with each other
	if ip, act, ok := ctx.promisedAct(v, end); ok && !nominal {
		p.code = ip.code // "vowed to retaliate against South Korea": a vow, coded as a threat
		if ip.action == act.action {
			p.action = act.action // "agreed to impose sanctions on Belarus": the measure itself
		}
		promisedMutual = sharedAct(act)
	}
	ev := x.newEvent(doc, si, ctx, end, p, negated, modality)
	if len(agents) >= 2 && !nominal && (ctx.eachOther(end) || exchangeVerbs[t[v].lower()] && len(p.rest) > 0 && !symmetric[p.action] || ctx.envoysRecalled(p, agents, targets, passive)) {
		return ctx.pairEvents(ev, agents, si, v, true) // "accused each other of", "traded accusations", "recalled their ambassadors"
	}
	if len(targets) == 0 && len(agents) >= 2 && !(end < len(t) && slices.Contains(p.laterPreps, t[end].lower())) && (sharedAct(p) && !passive || symmetric[p.action] || promisedMutual || wordsExchanged) && !(violentRoots[p.code[:2]] && ctx.nounAfter(end)) {
		// "Venezuela and China sign oil deal": each pair once, in text
		// order; but "Algeria and Egypt are fighting armed militants" fight
		// others, not each other, and "a truce brokered by Qatar and
		// Egypt" is no act between the brokers
		out := ctx.pairEvents(ev, agents, si, v, false)
		if len(out) > 0 && !negated {
			out = append(out, x.mediations(doc, si, ctx, v, end, p, modality, agents)...)
		}
		return out
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
		if coAgents(p, agents, targets) {
			// "Kagame and Kabila met Obasanjo": one meeting of three, so
			// the two agents meet too
			out = append(out, ctx.pairEvents(ev, agents, si, v, false)...)
		}
		if !nominal && !passive {
			out = append(out, x.dealCounterpart(doc, si, ctx, v, end, p, ev)...) // "sold Jaguar to Tata Motors": Tata Motors buys it (dealcounterpart.go)
		}
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
		case neg && ip.code[:2] == "13":
			// "said it will not block the sale": no threat, an assurance
			ip, neg = verbEntry{action: "intend", code: "030"}, false
		case ctx.conditioned(end) && ip.code[:2] != "13":
			ip = verbEntry{action: "threaten", code: "139"}
		}
		in := x.newEvent(doc, si, ctx, end, ip, neg, Asserted)
		in.Agents, in.Targets, in.Speaker = agents, targets, ev.Speaker
		out = append(out, in)
		ctx.note(in, si, v, true)
	}
	if kept && !negated {
		out = append(out, x.mediations(doc, si, ctx, v, end, p, modality, append(slices.Clone(agents), targets...))...)
	}
	return out
}

// mediations are the events of a mediator of the act of pattern p at v,
// ending at end, between its parties: "talks with Iranian Foreign Minister
// Abbas Araghchi, mediated by Oman" (mediation.go).
func (x *Extractor) mediations(doc *Document, si int, ctx *eventCtx, v, end int, p verbEntry, modality Modality, parties []string) []Event {
	if !mediable(p) {
		return nil
	}
	by := ctx.mediatorAfter(end)
	if len(by) == 0 {
		by = ctx.mediatorBefore(v) // "the Qatar-mediated talks between"
	}
	if len(by) == 0 {
		return nil
	}
	md := x.newEvent(doc, si, ctx, end, mediated, false, modality)
	var out []Event
	for _, party := range parties {
		if !slices.Contains(by, party) {
			e := md
			e.Agents, e.Targets = by, []string{party}
			out = append(out, e)
			ctx.note(e, si, v, true)
		}
	}
	return out
}

// objectHead is the common noun that heads the object after a verb ending
// at end, past its determiners, adjectives, owners and nationality; -1
// when an actor itself is the object or no noun heads it.
func (c *eventCtx) objectHead(end int) int {
	t := c.t
	for k := end; k < len(t) && k < end+6; k++ {
		if determiners[t[k].lower()] || t[k].Tag == "JJ" || t[k].Tag == "DT" || t[k].Tag == "PDT" || isPossessive(t[k].Text) {
			continue // "declined all comment"
		}
		if i := actorAt(c.acts, k); i >= 0 {
			a := c.acts[i]
			if !a.demonym && !(a.b < len(t) && isPossessive(t[a.b].Text)) {
				return -1 // an actor itself is the object
			}
			k = a.b - 1
			continue
		}
		if strings.HasPrefix(t[k].Tag, "NN") {
			return k
		}
		return -1
	}
	return -1
}

// commentNouns name what one says to the press, which declining is no
// rejection of anyone: "declined comment on".
var commentNouns = lexicon.Class("commentNouns")

// commentVerbs name saying something to the press, which declining to do
// is no rejection either: "refused to say whether".
var commentVerbs = lexicon.Class("commentVerbs")

// economicNouns name an economy and what it is made of, which acts of
// violence are done to only in a figure: "hurting American manufacturers".
var economicNouns = lexicon.Class("economicNouns")

// economicObject reports that the object after a verb ending at end is an
// economy or a part of one, past its determiners, adjectives, owners and
// nationality: "American manufacturers", "Russia's economy", "trade with
// Iran".
func (c *eventCtx) economicObject(end int) bool {
	k := c.objectHead(end)
	return k >= 0 && economicNouns[c.t[k].lower()]
}

// requirementNouns name what is met by being satisfied, not a party one
// meets: "needs", "obligations", "targets".
var requirementNouns = lexicon.Class("requirementNouns")

// requirementObject reports that the object after a verb ending at end is
// headed by a noun of requirementNouns, the last of its compound: "gross
// financing needs", "its obligations to Chile".
func (c *eventCtx) requirementObject(end int) bool {
	t := c.t
	k := c.objectHead(end)
	if k < 0 {
		return false
	}
	for k+1 < len(t) && (t[k+1].Tag == "NN" || t[k+1].Tag == "NNS") && !isCap(t[k+1].Text) && actorAt(c.acts, k+1) < 0 {
		k++
	}
	return requirementNouns[t[k].lower()]
}

// personCodes are the CAMEO codes of acts done only to people, never to
// a place: arrests and detentions, abductions ("arrested an organiser in
// the city of Puno" is done to no city).
var personCodes = lexicon.Class("personCodes")

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

// returnCode is CAMEO's code of returning or releasing someone (084), whose
// object is who is returned.
const returnCode = "084"

// partyCountry is the country of the political party actor a is, or whose
// office a person holds ("Conservative spokesman Michael Ancram"), or "".
func partyCountry(a actor, de *docEntities, offices map[string][]string) string {
	party := ""
	switch {
	case a.typ == Organization && a.kind == kindParty:
		party = a.key
	case a.typ == Person:
		for _, o := range offices[a.key] {
			owner, _, _ := strings.Cut(o, "|")
			if de.isParty(owner) {
				party = owner
				break
			}
		}
	}
	if e := de.byKey[party]; e != nil {
		return e.Country
	}
	return ""
}

// isParty reports an organization the lexicon knows as a political party.
func (de *docEntities) isParty(key string) bool {
	for _, c := range de.cands {
		if c.key == key {
			return c.gaz != nil && c.gaz.kind == kindParty
		}
	}
	return false
}

// peopleOrBodies reports keys of people and organizations only, at least
// one: what a state's police and courts act on.
func peopleOrBodies(keys []string) bool {
	for _, k := range keys {
		if typ := typeOfKey(k); typ != Person && typ != Organization {
			return false
		}
	}
	return len(keys) > 0
}

// textOrder sorts keys by where their actors first appear in the sentence.
func (c *eventCtx) textOrder(keys []string) []string {
	// by first token, and in one token by the order named: "US-China"
	pos := map[string]int{}
	for _, k := range keys {
		pos[k] = len(c.t) * (len(c.acts) + 1)
	}
	for i, a := range c.acts {
		if a.where {
			continue // "signed in Beijing by Khristenko and Chinese officials": where, not when China is named as a side
		}
		if p, ok := pos[a.key]; ok && a.a*(len(c.acts)+1)+i < p {
			pos[a.key] = a.a*(len(c.acts)+1) + i
		}
	}
	out := append([]string(nil), keys...)
	sort.SliceStable(out, func(i, j int) bool { return pos[out[i]] < pos[out[j]] })
	return out
}

func isPossessiveAt(t []Token, i int) bool { return i < len(t) && isPossessive(t[i].Text) }

// modifiesNoun reports a word that stands before the noun of its phrase:
// a determiner, an adjective, a number or a possessive pronoun.
func modifiesNoun(tok Token) bool {
	return determiners[strings.ToLower(tok.Text)] || strings.HasPrefix(tok.Tag, "JJ") || tok.Tag == "CD" || tok.Tag == "PRP$"
}

// modifiersBefore is the token before the words that modify the noun at
// v (determiners, adjectives, numbers, possessive pronouns); -1 when they
// open the sentence.
func modifiersBefore(t []Token, v int) int {
	k := v - 1
	for k >= 0 && modifiesNoun(t[k]) {
		k--
	}
	return k
}

// compoundBefore is modifiersBefore past nouns in lower case too, those
// that modify the noun after them: the token before "a drone" in "a drone
// strike", before "cyber" in "over cyber attacks"; -1 at the sentence's
// start.
func compoundBefore(t []Token, v int) int {
	k := v - 1
	for k >= 0 && (modifiesNoun(t[k]) || nounModifierWord(t[k])) {
		k--
	}
	return k
}

// modifiersAfter is the first token from k on that modifies no noun: the
// noun the words from k modify.
func modifiersAfter(t []Token, k int) int {
	for k < len(t) && modifiesNoun(t[k]) {
		k++
	}
	return k
}

// nounAfter reports a noun phrase right after the words ending at end,
// the verb's object, that is not what two sides fight together.
func (c *eventCtx) nounAfter(end int) bool {
	t := c.t
	k := end
	for k < len(t) && (modifiesNoun(t[k]) || t[k].Tag == "VBN") {
		k++
	}
	for k+1 < len(t) && t[k].Tag == "NN" && (t[k+1].Tag == "NN" || t[k+1].Tag == "NNS") {
		k++ // the phrase's head: "a brief border war"
	}
	return k < len(t) && (t[k].Tag == "NN" || t[k].Tag == "NNS") && !conflictNouns[t[k].lower()]
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

// actsFor reports a preposition at token k that makes the actor after it
// the one its noun acts for: an office's ("a spokesman for Amnesty
// International", "the ambassador at the UN") or a group's origin ("a
// delegation from Chile", "troops from Chad").
func (c *eventCtx) actsFor(k int) bool {
	if k < 1 {
		return false
	}
	w := c.t[k].lower()
	return officePreps[w] && c.isTitleWord(k-1) || fromPreps[w] && (groupNouns[c.t[k-1].lower()] || envoyNouns[c.t[k-1].lower()])
}

// groupAfter reports whether the words from i to the verb at v name a
// country's state as a whole, or its machines of war: "government",
// "interim government on Sunday", "security forces", "coast guard",
// "aircraft", "embassy" (adjectives and nouns in lower case before the noun).
func (c *eventCtx) groupAfter(i, v int) bool {
	for k := i; k < v && k < i+3; k++ {
		if groupNouns[c.t[k].lower()] || forceNouns[c.t[k].lower()] || missionHeads[c.t[k].lower()] {
			return true
		}
		if !(c.t[k].Tag == "JJ" || c.t[k].Tag == "NN" && !isCap(c.t[k].Text)) {
			return false
		}
	}
	return false
}

// returnParticles before a preposition make its object where someone goes
// back to: "sent them back to Bulgaria".
var returnParticles = lexicon.Class("returnParticles")

// shortOfVerbs before "short of" say the act after it was not done;
// shortWords are that "short".
var (
	shortOfVerbs = lexicon.Class("shortOfVerbs")
	shortWords   = lexicon.Class("shortWords")
)

// stoppedShort reports a gerund at v that a verb and "short of" say was
// not done:
//
//	(stopped|fell) short of VERB-ing
//
// "Peru stopped short of accusing Chile of spying".
func stoppedShort(t []Token, v int) bool {
	return v >= 3 && t[v].Tag == "VBG" && ofWords[t[v-1].lower()] && shortWords[t[v-2].lower()] && shortOfVerbs[t[v-3].lower()]
}

// forceNouns name the machines of war that strike for their owner: "its
// jets".
var forceNouns = lexicon.Class("forceNouns")

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
	if act.a < 2 || !agentPreps[t[act.a-1].lower()] || !decisionNouns[t[act.a-2].lower()] {
		return false
	}
	j := act.b
	for j < v && groupNouns[t[j].lower()] {
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
	return k+2 == v && decisionNouns[c.t[k].lower()] && infinitiveMarks[c.t[k+1].lower()]
}
