package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/syntax"
)

// treeParties reads the parties of the verb at v from the sentence's
// dependency tree:
//
//	nsubj(v) → agent; obj(v), or obl(v) with a preposition of the pattern's → target
//	nsubj:pass(v) → target; obl:agent(v) → agent
//
// A verb with no subject of its own takes the subject of the verb it is
// the complement or the second conjunct of ("agreed to release",
// "met Peru and signed"). "Chile and Peru condemned": both. The sentence
// is parsed only when the tree could give what the windows did not: a
// subject that could be a party, and, for an active verb done to another
// (targeted false: the windows read no target), a party after the verb.
func (c *eventCtx) treeParties(v int, p verbEntry, passive, targeted bool) (agents, targets []string) {
	if !slices.ContainsFunc(c.acts, func(a actor) bool { return !a.modifier && (passive || a.b <= v) }) {
		return nil, nil // no one who could be the subject: no need to parse
	}
	after := func(a actor) bool { return a.a > v }
	if !targeted && !passive && !mutual(p) && !slices.ContainsFunc(c.acts, after) && !slices.ContainsFunc(c.places, after) {
		return nil, nil // no target the windows read and none the tree could: an agent alone tells no event
	}
	if passive && !slices.ContainsFunc(c.t[v+1:], func(tok Token) bool { return agentPreps[tok.lower()] }) {
		return nil, nil // a passive's agent is its obl:agent, which "by" opens: none, no agent
	}
	if !passive && c.plainWordSubject(v) {
		return nil, nil // "the police arrested", "he accused": the subject is that word, no party's
	}
	tr := c.tree()
	if tr == nil || v >= tr.Len() {
		return nil, nil
	}
	return c.partiesInTree(tr, v, p, passive)
}

// treePassiveSubject is the party the subject of the passive verb at v
// names in the dependency tree, where the windows found none:
//
//	nsubj:pass(v) → target
//
// "Ruiz, one of the country's best-known politicians, was arrested": an
// apposition long enough to hide the subject from the windows. The
// sentence is parsed only when some party stands before the verb; the
// subject is the verb's own, never one borrowed from a verb it is joined
// to, which a misread conjunct would give ("X said books were banned").
func (c *eventCtx) treePassiveSubject(v int) []string {
	if !slices.ContainsFunc(c.acts, func(a actor) bool { return !a.modifier && a.b <= v }) {
		return nil
	}
	tr := c.tree()
	if tr == nil || v >= tr.Len() {
		return nil
	}
	for _, s := range tr.Children(v, passiveSubjectRel) {
		if c.plainSubject(tr, s, v) {
			return c.treeActors(tr, s)
		}
	}
	return nil
}

// partiesInTree reads the parties of the verb at v from the tree tr, as
// treeParties says.
func (c *eventCtx) partiesInTree(tr *syntax.Tree, v int, p verbEntry, passive bool) (agents, targets []string) {
	subj := c.treeSubject(tr, v, passive)
	if passive {
		targets = c.treeActors(tr, subj)
		for _, o := range tr.Children(v, "obl:agent") {
			agents = append(agents, c.treeActors(tr, o)...)
		}
		return agents, targets
	}
	agents = c.treeActors(tr, subj)
	for _, want := range p.target {
		var found []string
		switch {
		case want == objTarget:
			for _, o := range tr.Children(v, "obj") {
				found = append(found, c.treeActors(tr, o)...)
			}
		case want == claimTarget || want == gapTarget || strings.HasPrefix(want, inverseMark):
		default:
			for _, o := range tr.Children(v, "obl") {
				if cs := tr.Child(o, "case"); cs >= 0 && strings.EqualFold(tr.Words[cs].Form, want) {
					found = append(found, c.treeActors(tr, o)...)
				}
			}
		}
		if len(found) > 0 {
			targets = found
			break
		}
	}
	return agents, targets
}

// treeSubject is the word heading v's subject, or its governor's when v
// has none: -1 when neither has one.
func (c *eventCtx) treeSubject(tr *syntax.Tree, v int, passive bool) int {
	rel := subjectRel
	if passive {
		rel = passiveSubjectRel
	}
	for k, steps := v, 0; k >= 0 && steps < 3; steps++ {
		for _, s := range tr.Children(k) {
			if tr.Rel(s) == rel {
				if !c.plainSubject(tr, s, k) {
					return -1
				}
				return s
			}
		}
		switch tr.Rel(k) {
		case "xcomp", "conj":
			k = tr.Head(k)
			rel = subjectRel // "Chile agreed to be monitored": the governor's own subject
		default:
			return -1
		}
	}
	return -1
}

// treeActors are the parties a noun phrase headed at h names: the actor
// at its head, else one in apposition to it, and those coordinated with
// it.
func (c *eventCtx) treeActors(tr *syntax.Tree, h int) []string {
	if h < 0 {
		return nil
	}
	var keys []string
	add := func(k int) {
		if a := actorAt(c.acts, k); a >= 0 && !c.acts[a].modifier && !c.acts[a].where && !c.acts[a].media {
			if !slices.Contains(keys, c.acts[a].key) {
				keys = append(keys, c.acts[a].key)
			}
			return
		}
		for _, ap := range tr.Children(k, "appos", "flat") {
			if a := actorAt(c.acts, ap); a >= 0 && !c.acts[a].modifier {
				if !slices.Contains(keys, c.acts[a].key) {
					keys = append(keys, c.acts[a].key)
				}
				return
			}
		}
	}
	add(h)
	if len(keys) == 0 {
		return nil
	}
	for _, cj := range tr.Children(h, "conj") {
		add(cj)
	}
	// "France, Germany, Italy, condemned": a list without "and" the
	// parser reads as appositions, each a party of the head's kind
	head := actorAt(c.acts, h)
	for k := h; head >= 0; {
		next := -1
		for _, ap := range tr.Children(k, "appos") {
			if a := actorAt(c.acts, ap); a >= 0 && c.acts[a].typ == c.acts[head].typ && !c.acts[a].modifier {
				next = ap
			}
		}
		if next < 0 {
			break
		}
		add(next)
		k = next
	}
	return keys
}

// plainSubject reports whether the subject s of the verb k reads as one:
// no comma of another phrase between them ("telephoned Chavez and Uribe,
// offering to help": the participle has no subject of its own), and a
// past participle that has a subject has its auxiliary ("Sousa, recently
// transferred to Dortmund": a reduced relative, not a clause).
func (c *eventCtx) plainSubject(tr *syntax.Tree, s, k int) bool {
	if s > k {
		return true
	}
	_, last := tr.Span(s)
	for j := last + 1; j < k; j++ {
		if tr.Words[j].UPOS == "PUNCT" && !tr.Dominates(s, j) && !tr.Dominates(k, j) {
			return false
		}
		if tr.Words[j].UPOS == "PUNCT" && tr.Head(j) == k {
			return false
		}
	}
	if tr.Words[k].XPOS == "VBN" && tr.Child(k, "aux", "aux:pass") < 0 {
		return false
	}
	return true
}

// plainWordSubject reports a verb at v whose subject is the word right
// before it, past its auxiliaries and adverbs: a pronoun, a relative
// pronoun or a common noun outside any party's name ("the police
// arrested", "he accused", "who accused"), which names no party, or a
// party the window rules read and let go. The tree would give that
// word; the sentence is not parsed for it.
func (c *eventCtx) plainWordSubject(v int) bool {
	k := v - 1
	for k >= 0 && (c.t[k].Tag == "RB" || c.t[k].Tag == "MD" || c.t[k].Tag == "TO" || auxiliary(c.t[k].Text)) {
		k--
	}
	if k < 0 {
		return false
	}
	if actorAt(c.acts, k) >= 0 {
		return true // a party right before the verb, which the window rules read and let go
	}
	switch c.t[k].Tag {
	case "PRP", "WP", "WDT", "NN", "NNS":
		return true
	}
	return false
}
