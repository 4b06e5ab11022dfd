package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// An event's date comes from the text, never from the article date alone.
// dateEvents reads it in three steps:
//
//  1. The sentence: a date expression in the event's clause. A date inside
//     an "after ..." clause dates what that clause tells; for the main
//     event it is only a lower bound, and with the article date as the
//     upper bound the event gets the part of the date both share ("2024"
//     for after May 2024 in a September 2024 article).
//  2. The document: an undated event takes the date of a dated mention of
//     the same event elsewhere (same action, same agents, the same targets
//     or none named), a headline's event the date of the body's event it
//     sums up (same agents and CAMEO root, each target the same actor or
//     its country: "China Targeted New Zealand" and "China targeted New
//     Zealand's Parliament in 2021"), and a statement by a person the date
//     of that person's dated speech, when each gives one date.
//     An event done in an act told before ("was killed in the attack")
//     takes that act's date.
//  3. An event "after" another event of the document with a known date is
//     bounded by that date and the article date, as in step 1.

// eventNote is an event the rules read, told or not, where its verb is.
type eventNote struct {
	ev   Event
	si   int  // sentence
	v    int  // token of the verb or noun
	kept bool // the event is told: it has agents and targets
	date string
	// after is the token range of the after-clause that bounds the event
	// when the text gives no date for it, or nil
	after *[2]int
	// in is one more than the index of the note of the act told before
	// that this event was done in ("was killed in the attack"), 0 for none
	in int
}

// speech is a dated statement by a person.
type speech struct {
	person, date string
}

// dateNotes is what the date rules know of a document's events.
type dateNotes struct {
	events   []eventNote
	speeches []speech
}

// note records an event the rules read at verb v of sentence si.
func (c *eventCtx) note(ev Event, si, v int, kept bool) {
	if c.notes == nil {
		return
	}
	ev.Agents = slices.Clone(ev.Agents)
	ev.Targets = slices.Clone(ev.Targets)
	if !kept && len(ev.Agents) == 0 && !strings.HasPrefix(c.t[v].Tag, "VB") {
		ev.Agents = c.clauseAgents(v)
	}
	c.notes.events = append(c.notes.events, eventNote{ev: ev, si: si, v: v, kept: kept, in: c.doneIn})
}

// clauseAgents finds who acts in a noun event that is not told for want of
// a target and whose own words name no agent: the subject of the verb whose
// object holds the noun ("American and British authorities announced
// charges and sanctions against seven hackers"). Only a mention that lends
// its date to another uses it.
func (c *eventCtx) clauseAgents(v int) []string {
	t := c.t
	for k := v - 1; k >= 0 && k >= v-8; k-- {
		w := t[k].lower()
		switch {
		case actorAt(c.acts, k) >= 0:
			return nil
		case strings.HasPrefix(t[k].Tag, "VB"):
			return c.subjectOf(k)
		case strings.HasPrefix(t[k].Tag, "NN") || t[k].Tag == "JJ" || t[k].Tag == "CD" || t[k].Tag == "CC" || determiners[w] || ofWords[w]:
		default:
			return nil
		}
	}
	return nil
}

// speechEnds end the words that tell when a statement was made.
var speechEnds = lexicon.Class("speechEnds")

// noteSpeeches records the dated statements of people in sentence si: a
// person as the subject of a speech verb whose clause carries a date
// ("Lin said at a daily briefing Tuesday", "said Collins on Monday").
func (c *eventCtx) noteSpeeches(doc *Document, si int) {
	if c.notes == nil {
		return
	}
	t := c.t
	for k := range t {
		if !speechVerbs[t[k].lower()] {
			continue
		}
		person := ""
		if keys := c.subjectOf(k); len(keys) == 1 {
			person = keys[0]
		} else if k+1 < len(t) {
			if a := actorAt(c.acts, k+1); a >= 0 {
				person = c.acts[a].key
			}
		}
		if person == "" || c.typeOf(person) != Person {
			continue
		}
		j := k + 1
		for j < len(t) && !speechEnds[t[j].lower()] && !isFinite(t[j].Tag) {
			j++ // to the end of the words on the saying, before what was said: "said he was satisfied with testimony last month"
		}
		if d := eventDate(doc.Text[t[k].Start:t[j-1].End], doc.Date); d != "" {
			c.notes.speeches = append(c.notes.speeches, speech{person, d})
		}
	}
}

// boundWords open a clause whose date is a lower bound for the main event.
var boundWords = lexicon.Class("boundWords")

// notBound before "after" make it no bound: a measured distance ("a day
// after", read against the article date), or no time at all ("named after").
var notBound = lexicon.Class("notBound")

// boundEnds close an after-clause.
var boundEnds = lexicon.Class("boundEnds")

// afterClauses finds the after-clauses of a sentence as token ranges, each
// from its "after" to the punctuation that closes it.
func afterClauses(t []Token) [][2]int {
	var out [][2]int
	for a := 0; a < len(t); a++ {
		if !boundWords[t[a].lower()] || a > 0 && notBound[t[a-1].lower()] {
			continue
		}
		b := clauseEnd(t, a)
		if b > a+1 {
			out = append(out, [2]int{a, b})
		}
		a = b
	}
	return out
}

// clauseEnd is the punctuation that closes the clause opened at token a
// (boundEnds), or the sentence's end.
func clauseEnd(t []Token, a int) int {
	b := a + 1
	for b < len(t) && !boundEnds[t[b].lower()] {
		b++
	}
	return b
}

// ownDateOpeners open a clause whose date is its own event's, not the
// main clause's: "since the government took office in March", "where
// airmen were killed on June 25", "who arrived on Sunday".
var ownDateOpeners = lexicon.Class("ownDateOpeners")

// ownDateClauses finds the clauses of a sentence that tell dates of their
// own, as token ranges from the opener to the punctuation that closes the
// clause; a clause has a finite verb ("before the fighting began", not
// "before Friday"). A verb phrase joined to the one before it by a
// coordinator tells its own act too ("fought a war in the 19th century
// and took the dispute to the court in 2008": 2008 is the court's).
//
//	since|before|until|where|who|which ... FINITE-VERB ... [, ; : . (]
//	and|or|nor [ADVERB]* FINITE-VERB ... [, ; : . (]
func ownDateClauses(t []Token) [][2]int {
	var out [][2]int
	for a := 0; a < len(t); a++ {
		if coordinators[t[a].lower()] && a > 0 {
			j := a + 1
			for j < len(t) && t[j].Tag == "RB" {
				j++ // "and later signed"
			}
			if j < len(t) && isFinite(t[j].Tag) {
				b := clauseEnd(t, a)
				out = append(out, [2]int{a, b})
				a = b
			}
			continue
		}
		if !ownDateOpeners[t[a].lower()] {
			continue
		}
		b := clauseEnd(t, a)
		if slices.ContainsFunc(t[a+1:b], func(tok Token) bool { return isFinite(tok.Tag) }) {
			out = append(out, [2]int{a, b})
		}
		a = b
	}
	return out
}

// wantedAct is the infinitive after a word of wanting, planning or agreeing
// at token v, to the end of its clause: the act wanted, which has a date
// of its own ("agreed to meet Pelletreau in September": the meeting is in
// September, the agreement is not).
//
//	DESIRE-WORD to VERB ... (clause end)
func wantedAct(t []Token, v int) ([2]int, bool) {
	if v+2 >= len(t) || !desireWords[t[v].lower()] || !infinitiveMarks[t[v+1].lower()] || t[v+2].Tag != "VB" {
		return [2]int{}, false
	}
	return [2]int{v + 1, clauseEnd(t, v+1)}, true
}

// sentenceClauses are the after-clauses and the clauses with dates of
// their own of a sentence, read once.
type sentenceClauses struct{ after, own [][2]int }

// clauseDate reads the date sentence s gives the event at token v (step 1
// above). For an asserted event the text leaves undated, it also returns
// the after-clause that bounds it, if any. sentenceDate is what the whole
// sentence says, already read. The date of a clause with a date of its own
// is the event's only when the event is in it.
func clauseDate(doc *Document, s *Sentence, v int, m Modality, sentenceDate string, dc *dateCache) (string, *[2]int) {
	t := s.Tokens
	sc, ok := dc.clauses[s.Index]
	if !ok {
		sc = sentenceClauses{afterClauses(t), ownDateClauses(t)}
		dc.clauses[s.Index] = sc
	}
	clauses := sc.after
	eventDate := dc.date
	// an act still to come ("Havel to tour Brazil in September") is dated
	// by the next month or day of a name, not the last; so is one a
	// headline dates, as headlines date what is scheduled ("Juppe on
	// official visit to Greece Sep 15")
	ahead := m == Future || s.Headline
	span := func(c [2]int) string { return doc.Text[t[c[0]].Start:t[c[1]-1].End] }
	// what a verb in the past tense tells happened by the article's date:
	// a date after it is another act's ("rejected the criticism and said
	// the contract would be tabled next month")
	past := m == Asserted && v < len(t) && (t[v].Tag == "VBD" || t[v].Tag == "VBN")
	nearest := func(spans []datedSpan, at int) string {
		if past && doc.Date != "" {
			spans = slices.DeleteFunc(slices.Clone(spans), func(sp datedSpan) bool { return laterThan(sp.date, doc.Date) })
		}
		return nearestOf(spans, at)
	}
	var skip [][2]int // what the event's date is not read from
	if c, ok := wantedAct(t, v); ok {
		skip = append(skip, c) // "agreed to meet Pelletreau in September": the meeting's date, not the agreement's
	}
	for _, c := range sc.own {
		if v >= c[0] && v < c[1] {
			if d := eventDate(span(c), doc.Date, ahead); d != "" {
				return d, nil
			}
			continue
		}
		skip = append(skip, c)
	}
	word := t[min(v, len(t)-1)].Start // where the event's word is
	if len(clauses) == 0 && len(skip) == 0 {
		if sentenceDate == "" {
			return "", nil
		}
		return nearest(dc.spans(doc.Text[s.Start:s.End], doc.Date, ahead), word-s.Start), nil
	}
	for _, c := range clauses {
		if v >= c[0] && v < c[1] {
			return nearest(dc.spans(span(c), doc.Date, ahead), word-t[c[0]].Start), nil
		}
	}
	skip = append(skip, clauses...)
	slices.SortFunc(skip, func(a, b [2]int) int { return a[0] - b[0] })
	var rest strings.Builder
	from := s.Start
	anchor := 0 // where the event's word is in rest
	for _, c := range skip {
		if start := t[c[0]].Start; start >= from {
			if word >= from && word < start {
				anchor = rest.Len() + word - from
			}
			rest.WriteString(doc.Text[from:start])
			rest.WriteString(" ")
		}
		from = max(from, t[c[1]-1].End)
	}
	if word >= from {
		anchor = rest.Len() + word - from
	}
	rest.WriteString(doc.Text[from:s.End])
	if d := nearest(dc.spans(rest.String(), doc.Date, ahead), anchor); d != "" {
		return d, nil
	}
	if len(clauses) == 0 {
		return "", nil
	}
	if m != Asserted {
		return "", nil // the article date bounds only what has happened
	}
	// the clause after the verb bounds it, else the one before it
	gov := -1
	for i, c := range clauses {
		if c[0] > v {
			gov = i
			break
		}
		gov = i
	}
	c := clauses[gov]
	if lower := eventDate(span(c), doc.Date, false); lower != "" {
		return within(lower, doc.Date), nil
	}
	return "", &c
}

// laterThan reports a date wholly after upper: "2025-04" or "2025-03-06"
// after "2025-03-05", not "2025-03" or "2025".
func laterThan(date, upper string) bool {
	n := min(len(date), len(upper))
	return date[:n] > upper[:n]
}

// within is the date of an event known to lie between lower and upper: the
// part of the date both share, or "" when they differ in the year or lower
// comes after upper.
func within(lower, upper string) string {
	if upper == "" {
		return ""
	}
	if laterThan(lower, upper) {
		return ""
	}
	lp, up := strings.Split(lower, "-"), strings.Split(upper, "-")
	var out []string
	for i := 0; i < len(lp) && i < len(up) && lp[i] == up[i]; i++ {
		out = append(out, lp[i])
	}
	return strings.Join(out, "-")
}

// sameSet reports whether a and b hold the same keys.
func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, k := range a {
		if !slices.Contains(b, k) {
			return false
		}
	}
	return true
}

// oneDate is the date all of dates agree on, or "".
func oneDate(dates []string) string {
	one := ""
	for _, d := range dates {
		switch {
		case d == "" || d == one:
		case one == "":
			one = d
		default:
			return ""
		}
	}
	return one
}

// verbal QuadClasses: statements, whose date is the occasion they were made.
const (
	verbalCooperation = 1
	verbalConflict    = 3
)

// dateCache keeps what the date rules read of a document's sentences, so
// that a sentence with many events is read once.
type dateCache struct {
	clauses map[int]sentenceClauses
	dates   map[string]string
	dated   map[string][]datedSpan
}

func newDateCache() *dateCache {
	return &dateCache{clauses: map[int]sentenceClauses{}, dates: map[string]string{}, dated: map[string][]datedSpan{}}
}

// spans is datedSpans, remembered by text and ahead.
func (dc *dateCache) spans(text, articleDate string, ahead bool) []datedSpan {
	key := cacheKey(text, ahead)
	if d, ok := dc.dated[key]; ok {
		return d
	}
	d := datedSpans(text, articleDate, ahead)
	dc.dated[key] = d
	return d
}

// date is eventDate, looking ahead when ahead is set, remembered by text
// and ahead.
func (dc *dateCache) date(text, articleDate string, ahead bool) string {
	key := cacheKey(text, ahead)
	if d, ok := dc.dates[key]; ok {
		return d
	}
	d := dateOf(text, articleDate, ahead || looksAhead(strings.ToLower(text)))
	dc.dates[key] = d
	return d
}

// cacheKey keys a text read looking ahead apart from the same text read
// as it says.
func cacheKey(text string, ahead bool) string {
	if ahead {
		return "\x00" + text
	}
	return text
}

// dateEvents dates the events of a document from their notes (see the
// steps above) and returns them with those dates.
func dateEvents(doc *Document, events []Event, notes dateNotes, countryOf func(key string) string) []Event {
	ns := notes.events
	if len(ns) == 0 {
		return events
	}
	dc := newDateCache()
	for i := range ns {
		n := &ns[i]
		n.date, n.after = clauseDate(doc, &doc.Sentences[n.si], n.v, n.ev.Modality, n.ev.Date, dc)
	}
	// dated mentions by action
	dated := map[string][]int{}
	for i := range ns {
		if ns[i].date != "" {
			dated[ns[i].ev.Action] = append(dated[ns[i].ev.Action], i)
		}
	}
	// done in an act told before: "was killed in the attack" when the
	// attack was
	for i := range ns {
		if n := &ns[i]; n.kept && n.date == "" && n.in > 0 {
			n.date = ns[n.in-1].date
		}
	}
	// the same event told twice
	told := make([]string, len(ns))
	for i := range ns {
		n := &ns[i]
		if !n.kept || n.date != "" {
			continue
		}
		var dates []string
		for _, j := range dated[n.ev.Action] {
			if j != i && sameEvent(&ns[j].ev, &n.ev) {
				dates = append(dates, ns[j].date)
			}
		}
		told[i] = oneDate(dates)
	}
	for i, d := range told {
		if d != "" {
			ns[i].date = d
		}
	}
	// a headline sums up the body
	for i := range ns {
		n := &ns[i]
		if !n.kept || n.date != "" || !doc.Sentences[n.si].Headline {
			continue
		}
		var dates []string
		for j := range ns {
			b := &ns[j]
			if b.date != "" && b.kept && !doc.Sentences[b.si].Headline && sumsUp(&n.ev, &b.ev, countryOf) {
				dates = append(dates, b.date)
			}
		}
		n.date = oneDate(dates)
	}
	// statements dated by their speaker
	for i := range ns {
		n := &ns[i]
		q := n.ev.QuadClass
		if !n.kept || n.date != "" || q != verbalCooperation && q != verbalConflict || n.ev.Negated ||
			n.ev.Modality != Asserted || len(n.ev.Agents) != 1 || !strings.HasPrefix(n.ev.Agents[0], "person:") {
			continue
		}
		var dates []string
		for _, s := range notes.speeches {
			if s.person == n.ev.Agents[0] {
				dates = append(dates, s.date)
			}
		}
		n.date = oneDate(dates)
	}
	// events after a dated event
	dated = map[string][]int{}
	bySent := map[int][]int{}
	for i := range ns {
		if ns[i].date != "" {
			dated[ns[i].ev.Action] = append(dated[ns[i].ev.Action], i)
		}
		bySent[ns[i].si] = append(bySent[ns[i].si], i)
	}
	for i := range ns {
		n := &ns[i]
		if !n.kept || n.date != "" || n.after == nil {
			continue
		}
		var dates []string
		for _, j := range bySent[n.si] {
			x := &ns[j]
			if x.v < n.after[0] || x.v >= n.after[1] {
				continue
			}
			if x.date != "" {
				dates = append(dates, x.date)
				continue
			}
			for _, k := range dated[x.ev.Action] {
				if k != j && ns[k].date != "" && sameOccurrence(&ns[k].ev, &x.ev) {
					dates = append(dates, ns[k].date)
				}
			}
		}
		if lower := oneDate(dates); lower != "" {
			n.date = within(lower, doc.Date)
		}
	}
	// hand the dates to the told events, matched in order within each sentence
	type key struct {
		si                      int
		action, agents, targets string
		negated                 bool
		modality                Modality
	}
	keyOf := func(si int, e *Event) key {
		return key{si, e.Action, strings.Join(e.Agents, ","), strings.Join(e.Targets, ","), e.Negated, e.Modality}
	}
	dates := map[key][]string{}
	for i := range ns {
		if ns[i].kept {
			k := keyOf(ns[i].si, &ns[i].ev)
			dates[k] = append(dates[k], ns[i].date)
		}
	}
	for i := range events {
		k := keyOf(events[i].Evidence.Sentence, &events[i])
		if q := dates[k]; len(q) > 0 {
			events[i].Date, dates[k] = q[0], q[1:]
		}
	}
	return events
}

// sameEvent reports whether the dated mention m may tell the event e again:
// the same action by the same agents, to the same targets or to none named,
// with the same polarity and modality.
func sameEvent(m, e *Event) bool {
	return m.Action == e.Action && len(m.Agents) > 0 && sameSet(m.Agents, e.Agents) &&
		(len(m.Targets) == 0 || sameSet(m.Targets, e.Targets)) &&
		m.Negated == e.Negated && m.Modality == e.Modality
}

// sumsUp reports whether the headline's event h tells the body's event b
// in short: the same agents and CAMEO root, polarity and modality, and each
// of h's targets one of b's or the country of one of them.
func sumsUp(h, b *Event, countryOf func(string) string) bool {
	if h.Category != b.Category || h.Negated != b.Negated || h.Modality != b.Modality || !sameSet(h.Agents, b.Agents) || len(h.Targets) == 0 {
		return false
	}
	for _, t := range h.Targets {
		ok := false
		for _, bt := range b.Targets {
			if bt == t || "country:"+countryOf(bt) == t {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// sameOccurrence reports whether the dated mention m may tell the event x
// named in an after-clause, whose agents may be unknown ("after it killed
// X"): the same action on the same targets, by the same agents if known.
func sameOccurrence(m, x *Event) bool {
	return m.Action == x.Action && len(x.Targets) > 0 && sameSet(m.Targets, x.Targets) &&
		(len(x.Agents) == 0 || sameSet(m.Agents, x.Agents)) &&
		!m.Negated && m.Modality == Asserted
}
