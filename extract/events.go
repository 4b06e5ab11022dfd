package extract

import (
	"sort"
	"strings"
)

// actor is a mention of a person, organization or country in a sentence.
type actor struct {
	a, b     int // token range
	key      string
	typ      EntityType
	demonym  bool
	modifier bool // part of a hyphenated word: "US-funded"
}

// eventCtx is what the event rules know of one sentence.
type eventCtx struct {
	t    []Token
	acts []actor
	// holders maps "country-or-org key|title head" to the person holding it
	holders map[string]string
}

// auxiliaries and clause words the event rules read.
var (
	beForms       = setOf(`be is are was were been being 's 're`)
	negations     = setOf(`not n't never no`)
	negatingVerbs = setOf(`refused refuses refuse declined declines decline failed fails denied denies deny`)
	modals        = setOf(`could may might would should can`)
	clauseBreaks  = setOf(`; : because but while whereas although though if unless since - — –`)
	skippable     = setOf(`has have had will shall did does do also already then just still reportedly allegedly officially formally jointly recently later earlier again not n't never been be being was were is are`)
	determiners   = setOf(`the a an its their his her this that these those new further fresh more several two three`)
)

// findEvents finds who did what to whom in each sentence of doc.
func (x *Extractor) findEvents(doc *Document, de *docEntities) []Event {
	bySent := map[int][]actor{}
	for _, c := range de.cands {
		if c.typ == Location {
			continue
		}
		t := doc.Sentences[c.sent].Tokens
		bySent[c.sent] = append(bySent[c.sent], actor{
			a: c.a, b: c.b, key: c.key, typ: c.typ, demonym: c.gaz != nil && c.gaz.demonym,
			modifier: c.start != t[c.a].Start || c.end != t[c.b-1].End,
		})
	}
	holders := map[string]string{}
	for _, e := range de.list() {
		for _, r := range e.Roles {
			if r.Of == "" {
				continue
			}
			f := strings.Fields(r.Title)
			k := r.Of + "|" + f[len(f)-1]
			if _, ok := holders[k]; !ok {
				holders[k] = e.Key
			}
		}
	}
	var events []Event
	for si := range doc.Sentences {
		acts := bySent[si]
		if len(acts) < 2 && !(len(acts) == 1 && acts[0].demonym) {
			continue
		}
		ctx := &eventCtx{t: doc.Sentences[si].Tokens, acts: acts, holders: holders}
		events = append(events, x.sentenceEvents(doc, si, ctx)...)
	}
	return events
}

func (x *Extractor) sentenceEvents(doc *Document, si int, ctx *eventCtx) []Event {
	t, acts := ctx.t, ctx.acts
	var out []Event
	for i := 0; i < len(t); i++ {
		if !strings.HasPrefix(t[i].Tag, "VB") && !(t[i].Tag == "NN" || t[i].Tag == "NNS") {
			continue
		}
		if actorAt(acts, i) >= 0 {
			continue
		}
		lemma := x.idx.lemma(t[i].Text)
		pats := x.idx.verbs[lemma]
		if len(pats) == 0 {
			continue
		}
		nominal := !strings.HasPrefix(t[i].Tag, "VB")
		for _, p := range pats {
			end, ok := matchRest(t, i+1, p.rest)
			if !ok {
				continue
			}
			if nominal && !nominalEvent(t, end, p) {
				continue
			}
			ev, ok := x.buildEvent(doc, si, ctx, i, end, p)
			if ok {
				out = append(out, ev)
			}
			break
		}
	}
	return out
}

// nominalEvent reports whether a noun matched as pattern p names an event
// with its target: "attacks against Hezbollah", "sanctions on Iran".
func nominalEvent(t []Token, end int, p verbEntry) bool {
	if len(p.rest) > 0 || end >= len(t) {
		return false
	}
	w := strings.ToLower(t[end].Text)
	for _, sp := range p.target {
		if sp != "obj" && sp == w {
			return true
		}
	}
	return false
}

// matchRest matches the words of a pattern after the verb, '*' standing for
// up to three optional words ("made a surprise visit to"); it returns the
// token index after the match.
func matchRest(t []Token, i int, rest []string) (int, bool) {
	for k := 0; k < len(rest); k++ {
		w := rest[k]
		if w == "*" {
			if k+1 < len(rest) {
				for skip := 0; skip <= 3 && i+skip < len(t); skip++ {
					if wordIs(t[i+skip].Text, rest[k+1]) {
						i += skip
						break
					}
					if strings.HasPrefix(t[i+skip].Tag, "VB") || !isWord(t[i+skip].Text) {
						break
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

func (x *Extractor) buildEvent(doc *Document, si int, ctx *eventCtx, v, end int, p verbEntry) (Event, bool) {
	t, acts := ctx.t, ctx.acts
	// look back over auxiliaries for voice, negation and modality
	passive, negated := false, false
	for k := v - 1; k >= 0 && k >= v-4; k-- {
		w := strings.ToLower(t[k].Text)
		switch {
		case negations[w]:
			negated = true
		case modals[w]:
			return Event{}, false
		case beForms[w] && t[v].Tag == "VBN":
			passive = true
		case negatingVerbs[w] || w == "to" && k > 0 && negatingVerbs[strings.ToLower(t[k-1].Text)]:
			negated = true
		case skippable[w] || t[k].Tag == "RB" || w == "to":
		default:
			k = -1
		}
	}
	for k := 0; k < v; k++ {
		if strings.EqualFold(t[k].Text, "if") {
			return Event{}, false
		}
	}
	subj := ctx.subjectOf(v)
	if len(subj) == 0 && t[v].Tag == "VBG" {
		subj = ctx.mainSubject(v, end)
	}
	var agents, targets []string
	if passive {
		targets = subj
		for k := end; k < len(t) && k < end+10; k++ {
			w := strings.ToLower(t[k].Text)
			if clauseBreaks[w] || w == "." {
				break
			}
			if w == "by" {
				agents = ctx.objectAfter(k+1, 5)
				break
			}
			if (w == "in" || w == "during") && k+2 < len(t) {
				// "was killed in an Israeli raid"
				for j := k + 1; j < len(t) && j <= k+3; j++ {
					if a := actorAt(acts, j); a >= 0 && acts[a].demonym {
						agents = []string{acts[a].key}
						break
					}
				}
			}
		}
	} else {
		agents = subj
		targets = ctx.targetOf(end, p.target)
	}
	agents, targets = distinct(agents, targets)
	if len(agents) == 0 || len(targets) == 0 {
		return Event{}, false
	}
	cat := x.idx.categories[p.code[:2]]
	gold := cat.Goldstein
	if c, ok := x.idx.categories[p.code]; ok {
		gold = c.Goldstein
	}
	s := doc.Sentences[si]
	return Event{
		Action: p.action, Code: p.code, Category: cat.Code, Name: cat.Name, QuadClass: cat.QuadClass, Goldstein: gold,
		Agents: agents, Targets: targets, Date: eventDate(s.Text, doc.Date), Negated: negated,
		Evidence: Evidence{Sentence: si, Start: s.Start, End: s.End, Text: s.Text},
	}, true
}

// subjectOf finds the actors that act in the clause of the verb at v: the
// nearest actor to its left, across appositions, with any actors coordinated
// with it ("the US and UK"); for a relative clause, its antecedent.
func (c *eventCtx) subjectOf(v int) []string {
	t, acts := c.t, c.acts
	k := v - 1
	for k >= 0 {
		w := strings.ToLower(t[k].Text)
		if a := actorAt(acts, k); a >= 0 {
			// a possessor is not the subject: "New Zealand's Parliament"
			if acts[a].b < len(t) && isPossessive(t[acts[a].b].Text) && acts[a].b+1 < v {
				k = acts[a].a - 1
				continue
			}
			if acts[a].modifier {
				k = acts[a].a - 1
				continue
			}
			return c.resolveHolder(a, c.coordinated(a, -1))
		}
		if clauseBreaks[w] {
			return nil
		}
		if w == "who" || w == "which" {
			// "hackers, who targeted": the antecedent acts, if it is an actor
			j := k - 1
			if j >= 0 && t[j].Text == "," {
				j--
			}
			if a := actorAt(acts, j); a >= 0 && !acts[a].modifier {
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
				if determiners[nw] || nw == "who" || nw == "which" || nw == "whose" || isPossessiveAt(t, j+2) {
					k = j - 1
					continue
				}
			}
			return nil
		}
		if w == "that" || w == "said" || w == "says" {
			return nil
		}
		k--
	}
	return nil
}

// mainSubject finds the subject of the main clause for a verb in an opening
// participle clause: "Before visiting Israel, Mr Blair ...", "By signing
// the agreement, the prime ministers of Bulgaria, Albania and Macedonia ...".
func (c *eventCtx) mainSubject(v, end int) []string {
	t := c.t
	for k := 0; k < v; k++ {
		if t[k].Text == "," {
			return nil // the participle does not open the sentence
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
	t := c.t
	for _, sp := range spec {
		if sp == "obj" {
			if got := c.objectAfter(end, 6); len(got) > 0 {
				return got
			}
			continue
		}
		for k := end; k < len(t) && k < end+8; k++ {
			w := strings.ToLower(t[k].Text)
			if w == sp {
				if got := c.objectAfter(k+1, 6); len(got) > 0 {
					return got
				}
				break
			}
			if clauseBreaks[w] || w == "." || strings.HasPrefix(t[k].Tag, "VB") && k > end {
				break
			}
		}
	}
	return nil
}

// objectAfter returns the first actor within n tokens from i, with actors
// coordinated with it.
func (c *eventCtx) objectAfter(i, n int) []string {
	t, acts := c.t, c.acts
	for k := i; k < len(t) && k < i+n; k++ {
		if a := actorAt(acts, k); a >= 0 {
			a = c.head(a)
			return c.resolveHolder(a, c.coordinated(a, 1))
		}
		w := strings.ToLower(t[k].Text)
		if clauseBreaks[w] || w == "." || w == "that" || strings.HasPrefix(t[k].Tag, "VB") && k > i {
			return nil
		}
	}
	return nil
}

// head moves from an actor that only modifies a noun phrase to the actor the
// phrase names: "New Zealand's Parliament", "his Israeli counterpart, Ariel
// Sharon", "US President George W Bush", "the US-funded Radio Farda".
func (c *eventCtx) head(a int) int {
	t, acts := c.t, c.acts
	for step := 0; step < 4; step++ {
		cur := acts[a]
		next, comma, nouns := -1, false, 0
		for k := cur.b; k < len(t) && k < cur.b+6; k++ {
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
			case w == "and" || w == "or" || clauseBreaks[w] || strings.HasPrefix(t[k].Tag, "VB") || t[k].Tag == "IN":
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
	if k < len(c.t) {
		if p, ok := c.holders[act.key+"|"+strings.ToLower(c.t[k].Text)]; ok && len(keys) == 1 {
			return []string{p}
		}
	}
	return keys
}

// coordinated returns the actor a and those joined to it by "and", "or" or
// commas, looking in direction dir (-1 left, +1 right).
func (c *eventCtx) coordinated(a, dir int) []string {
	t, acts := c.t, c.acts
	keys := []string{acts[a].key}
	cur := a
	for {
		var k int
		if dir < 0 {
			k = acts[cur].a - 1
		} else {
			k = acts[cur].b
		}
		if k < 0 || k >= len(t) {
			break
		}
		w := strings.ToLower(t[k].Text)
		if w != "and" && w != "," && w != "or" {
			break
		}
		// the next actor, past "and the", "and the Palestinian leader,"
		next := -1
		for j, n := k+dir, 0; j >= 0 && j < len(t) && n < 6; j, n = j+dir, n+1 {
			if b := actorAt(acts, j); b >= 0 {
				next = b
				break
			}
			tw := strings.ToLower(t[j].Text)
			if !(determiners[tw] || tw == "," || tw == "and" || strings.HasPrefix(t[j].Tag, "NN") || t[j].Tag == "JJ") {
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
		cur = next
	}
	return keys
}

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
