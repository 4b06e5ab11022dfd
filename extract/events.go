package extract

import (
	"sort"
	"strings"
)

// actor is a mention of a person, organization or country in a sentence.
type actor struct {
	a, b    int // token range
	key     string
	demonym bool
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
		bySent[c.sent] = append(bySent[c.sent], actor{a: c.a, b: c.b, key: c.key, demonym: c.gaz != nil && c.gaz.demonym})
	}
	var events []Event
	for si := range doc.Sentences {
		acts := bySent[si]
		if len(acts) < 2 {
			continue
		}
		events = append(events, x.sentenceEvents(doc, si, acts)...)
	}
	return events
}

func (x *Extractor) sentenceEvents(doc *Document, si int, acts []actor) []Event {
	s := doc.Sentences[si]
	t := s.Tokens
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
			if nominal && len(p.rest) == 0 {
				break // a bare noun ("attack") is not an event without a verb
			}
			ev, ok := x.buildEvent(doc, si, acts, i, end, p)
			if ok {
				out = append(out, ev)
			}
			break
		}
	}
	return out
}

// matchRest matches the words of a pattern after the verb, '*' standing for
// at most one optional word; it returns the token index after the match.
func matchRest(t []Token, i int, rest []string) (int, bool) {
	for k := 0; k < len(rest); k++ {
		w := rest[k]
		if w == "*" {
			if k+1 < len(rest) && i < len(t) && strings.ToLower(t[i].Text) != rest[k+1] && i+1 < len(t) && strings.ToLower(t[i+1].Text) == rest[k+1] {
				i++
			}
			continue
		}
		if i >= len(t) {
			return 0, false
		}
		tw := strings.ToLower(t[i].Text)
		if tw != w && strings.TrimSuffix(tw, "s") != w && tw != w+"s" {
			return 0, false
		}
		i++
	}
	return i, true
}

func actorAt(acts []actor, i int) int {
	for k, a := range acts {
		if i >= a.a && i < a.b {
			return k
		}
	}
	return -1
}

func (x *Extractor) buildEvent(doc *Document, si int, acts []actor, v, end int, p verbEntry) (Event, bool) {
	t := doc.Sentences[si].Tokens
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
	subj := subjectOf(t, acts, v)
	var agents, targets []string
	if passive {
		targets = subj
		for k := end; k < len(t) && k < end+4; k++ {
			w := strings.ToLower(t[k].Text)
			if w == "by" {
				agents = objectAfter(t, acts, k+1, 5)
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
		targets = x.targetOf(t, acts, end, p.target)
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
// with it ("the US and UK").
func subjectOf(t []Token, acts []actor, v int) []string {
	k := v - 1
	for k >= 0 {
		w := strings.ToLower(t[k].Text)
		if a := actorAt(acts, k); a >= 0 {
			// a possessor is not the subject: "New Zealand's Parliament"
			if acts[a].b < len(t) && isPossessive(t[acts[a].b].Text) && acts[a].b+1 < v {
				k = acts[a].a - 1
				continue
			}
			return coordinated(t, acts, a, -1)
		}
		if clauseBreaks[w] {
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

func isPossessiveAt(t []Token, i int) bool { return i < len(t) && isPossessive(t[i].Text) }

// targetOf finds the actors acted upon after the pattern ending at end.
func (x *Extractor) targetOf(t []Token, acts []actor, end int, spec []string) []string {
	for _, sp := range spec {
		if sp == "obj" {
			if got := objectAfter(t, acts, end, 6); len(got) > 0 {
				return got
			}
			continue
		}
		for k := end; k < len(t) && k < end+6; k++ {
			w := strings.ToLower(t[k].Text)
			if w == sp {
				if got := objectAfter(t, acts, k+1, 6); len(got) > 0 {
					return got
				}
				break
			}
			if clauseBreaks[w] || w == "," || w == "." {
				break
			}
		}
	}
	return nil
}

// objectAfter returns the first actor within n tokens from i, with actors
// coordinated with it; "New Zealand's Parliament" gives the Parliament.
func objectAfter(t []Token, acts []actor, i, n int) []string {
	for k := i; k < len(t) && k < i+n; k++ {
		if a := actorAt(acts, k); a >= 0 {
			if acts[a].b+1 < len(t) && isPossessive(t[acts[a].b].Text) {
				if b := actorAt(acts, acts[a].b+1); b >= 0 {
					return coordinated(t, acts, b, 1)
				}
			}
			if acts[a].demonym {
				// "Chinese hackers": the demonym stands for its country
				return []string{acts[a].key}
			}
			return coordinated(t, acts, a, 1)
		}
		w := strings.ToLower(t[k].Text)
		if clauseBreaks[w] || w == "." || w == "that" || strings.HasPrefix(t[k].Tag, "VB") && k > i {
			return nil
		}
	}
	return nil
}

// coordinated returns the actor a and those joined to it by "and" or commas,
// looking in direction dir (-1 left, +1 right).
func coordinated(t []Token, acts []actor, a, dir int) []string {
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
		next := actorAt(acts, k+dir)
		if next < 0 && k+2*dir >= 0 && k+2*dir < len(t) && strings.ToLower(t[k+dir].Text) == "the" {
			next = actorAt(acts, k+2*dir)
		}
		if next < 0 {
			break
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
