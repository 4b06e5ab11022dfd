package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/syntax"
)

// A title said of a person, read from the dependency tree: the title's
// noun T is the predicate of a clause whose subject is the person P, or
// stands in apposition to P's name:
//
//	nsubj(T, P), cop(T)                          "Ana Ruiz is the defence minister of Chile"
//	nsubj(P, T), cop(P)                          "The new defence minister is Ana Ruiz"
//	acl:relcl(P, T), cop(T)                      "Jorge Vela, who is Peru's foreign minister, ..."
//	nsubj(V, P), xcomp(V, T), V a linking verb   "Carlos Soto became head of Petroperu"
//	nsubj:pass(V, P), xcomp(V, T)                "Ana Gomez was named interior minister"
//	nsubj(V, P), obl(V, T), case(T, as)          "Luis Mora, who took over as chief executive, ..."
//	appos(P, T)                                  "Maria Lopez, 54, a former trade minister of Bolivia"
//
// Its owner is the country or organization attached to T: its possessor
// (nmod:poss, "Peru's"), the noun after "of" or "for" (nmod, "of
// Chile"), or a name or nationality among its modifiers ("the Argentine
// economy minister"); else the one a noun before the title stands for
// ("the alliance's executive director"), as for a title before a name;
// none otherwise, and never merely a country near it. A person's
// possessive makes it an office of the one served ("Lukashenko's
// adviser"). A title noun an infinitive describes is no office ("the
// first president to visit Cuba").
// The rule reads only what the rules over words around a name left: a
// person given no title in the sentence, a title noun in no name.

// linkingVerbs say that their subject is what their complement names:
// "became head of Petroperu".
var linkingVerbs = lexicon.Class("linkingVerbs")

// scanPredicateTitles reads, for every sentence that gives a person no
// title in the words around their name and holds a title noun, the
// titles the tree says of its people.
func (bd *builder) scanPredicateTitles() {
	for si := range bd.doc.Sentences {
		people, titled := bd.untitledPeople(si), bd.looseTitleNouns(si)
		people = slices.DeleteFunc(people, func(k int) bool { return !bd.titleCuedAfter(k, titled) && !bd.titleCuedBefore(k, titled) })
		if len(people) == 0 {
			continue // no need to parse
		}
		tr := bd.trees.tree(si)
		if tr == nil || tr.Len() != len(bd.toks(si)) {
			continue
		}
		for _, k := range people {
			if h := bd.nameHead(tr, k); h >= 0 {
				bd.treeTitle(tr, k, h)
			}
		}
	}
}

// untitledPeople are the people sentence si names that no rule gave a
// title in it.
func (bd *builder) untitledPeople(si int) []int {
	var out []int
	for _, k := range bd.bySent[si] {
		c := bd.cands[k]
		if c.dropped || c.typ != Person {
			continue
		}
		titled := false
		for _, r := range bd.roles {
			if r.person == k && r.sent == si {
				titled = true
				break
			}
		}
		if !titled {
			out = append(out, k)
		}
	}
	return out
}

// looseTitleNouns are the tokens of sentence si that end a title and
// stand in no name.
func (bd *builder) looseTitleNouns(si int) []int {
	var out []int
	for j, tok := range bd.toks(si) {
		if strings.HasPrefix(tok.Tag, "NN") && bd.x.idx.titleHeads[tok.lower()] && !bd.insideAnyCand(si, j) {
			out = append(out, j)
		}
	}
	return out
}

// A title after a name is said of it when a word that may link the two
// comes between them, the title close after that word: a form of "be", a
// linking or electing verb, a relative pronoun or "as" (linkReach words
// before the title's last), or a comma that opens an apposition
// (apposReach: "X, 54, a former trade minister"), with no verb or
// conjunction after the comma ("X, and the Palestinian leader, Y"; "Mr
// Blair, Mr Abbas said the British prime minister"). titleReach is how
// far after the name the title may end.
const (
	titleReach = 12
	linkReach  = 5
	apposReach = 7
)

// titleCuedAfter reports a title noun of titled (token indexes, in order)
// after candidate k's name that a linking word or an apposition ties to
// it: the cheap test before the tree is read.
func (bd *builder) titleCuedAfter(k int, titled []int) bool {
	c := bd.cands[k]
	t := bd.toks(c.sent)
	linked, apposed := -1, -1 // where the last linking word and the comma of an apposition stand
	for j := c.b; j < len(t) && j < c.b+titleReach; j++ {
		if slices.Contains(titled, j) {
			if linked >= 0 && j-linked <= linkReach || apposed >= 0 && j-apposed <= apposReach {
				return true
			}
			continue
		}
		w := t[j].lower()
		switch {
		case relativePronouns[w] || beForms[w] || linkingVerbs[w] || predicateVerbs[w] || asWords[w]:
			linked = j
		case t[j].Text == ",":
			apposed = j
		case strings.HasPrefix(t[j].Tag, "VB") || coordinators[w]:
			apposed = -1 // a clause, or another party, no apposition
		}
	}
	return false
}

// titleCuedBefore reports a title noun of titled close before a form of
// "be" right before candidate k's name: "The new defence minister is
// Maria Soto".
func (bd *builder) titleCuedBefore(k int, titled []int) bool {
	c := bd.cands[k]
	t := bd.toks(c.sent)
	if c.a < 2 || !beForms[t[c.a-1].lower()] {
		return false
	}
	return slices.ContainsFunc(titled, func(j int) bool { return j < c.a-1 && c.a-1-j <= linkReach })
}

// nameHead is the word of candidate k's name that the rest of the tree
// hangs it from: the one whose head lies outside the name; -1 when none
// or more than one does.
func (bd *builder) nameHead(tr *syntax.Tree, k int) int {
	c := bd.cands[k]
	h := -1
	for i := c.a; i < c.b; i++ {
		if p := tr.Head(i); p < c.a || p >= c.b {
			if h >= 0 {
				return -1
			}
			h = i
		}
	}
	return h
}

// treeTitle gives candidate k, whose name hangs from word h, the
// title the tree says it holds, if any.
func (bd *builder) treeTitle(tr *syntax.Tree, k, h int) {
	si := bd.cands[k].sent
	t := bd.toks(si)
	var nouns []int // the nouns the tree says k is, in the order of the constructions above
	if rel := tr.Rel(h); rel == subjectRel || rel == passiveSubjectRel {
		nouns = bd.predicates(tr, si, tr.Head(h), rel)
	}
	if tr.Child(h, copulaRel) >= 0 {
		if s := tr.Child(h, subjectRel); s >= 0 {
			nouns = append(nouns, s) // "The new defence minister is Maria Soto": the name is the predicate
		}
	}
	for _, d := range tr.Children(h, appositionRel, relativeClauseRel) {
		if tr.Rel(d) == appositionRel {
			nouns = append(nouns, d) // "Maria Lopez, 54, a former trade minister"
			continue
		}
		// "Jorge Vela, who is Peru's foreign minister", "who took over as
		// chief executive": the relative clause's subject is the name's
		if s := tr.Child(d, subjectRel, passiveSubjectRel); s >= 0 && relativePronouns[t[s].lower()] {
			nouns = append(nouns, bd.predicates(tr, si, d, tr.Rel(s))...)
		}
	}
	title := -1
	for _, n := range nouns {
		if n < len(t) && bd.x.idx.titleHeads[t[n].lower()] && !bd.insideAnyCand(si, n) {
			title = n
			break
		}
	}
	if title < 0 || bd.infinitiveModified(tr, si, title) {
		return // "the first president to visit Cuba": a description, no office
	}
	p, te, name := bd.titleEndingAt(si, title+1)
	if name == "" || te.title == "" || titleModifiers[name] {
		return // "the chief accused": a modifier of titles alone names none
	}
	of := bd.titleOwner(tr, si, title, p)
	if of < 0 {
		of = bd.ownerBefore(si, p) // "the alliance's executive director": the one alliance named
	}
	under := bd.bossBefore(si, p) // "Lukashenko's political adviser": the office of the one served
	if of < 0 && under == 0 && tr.Child(title, possessorRel) >= 0 {
		return // "the president's adviser": an office of one the text names by no name
	}
	if first, _ := tr.Span(title); p < first {
		return // the title reaches out of its noun phrase
	}
	for j := p - 1; j >= 0 && titleModifiers[t[j].lower()] && tr.Head(j) == title; j-- {
		name = t[j].lower() + " " + name // "a former trade minister"
	}
	bd.addRole(k, te, name, of)
	bd.roles[len(bd.roles)-1].under = under
	for _, c := range tr.Children(title, conjunctRel) {
		// "X, CNOOC's chairman and chief executive": a second office of
		// the same owner, when of the same kind (not "the party's
		// chairman and prime minister")
		if c < len(t) && bd.x.idx.titleHeads[t[c].lower()] && !bd.insideAnyCand(si, c) {
			if _, te2, name2 := bd.titleEndingAt(si, c+1); name2 != "" && te2.title != "" && !titleModifiers[name2] && te2.code == te.code {
				bd.addRole(k, te2, name2, of)
				bd.roles[len(bd.roles)-1].under = under
			}
		}
	}
}

// infinitiveModified reports a noun at n that an infinitive clause
// modifies: "the first president to visit Cuba", "the last minister to
// resign".
func (bd *builder) infinitiveModified(tr *syntax.Tree, si, n int) bool {
	t := bd.toks(si)
	for _, d := range tr.Children(n, clauseModifierRel) {
		if tr.Rel(d) != clauseModifierRel {
			continue // a relative clause: "Karuna, a former commander who split from the group"
		}
		if m := tr.Child(d, markRel); m >= 0 && infinitiveMarks[t[m].lower()] {
			return true
		}
	}
	return false
}

// predicates are the nouns that the clause headed at v, whose subject
// stands in relation rel to it, says its subject is: v itself after a
// copula ("is the defence minister"), the complement of a linking verb or
// of a passive ("became head", "was named minister"), a noun after "as"
// ("took over as chief executive").
func (bd *builder) predicates(tr *syntax.Tree, si, v int, rel string) []int {
	t := bd.toks(si)
	switch {
	case v < 0:
		return nil
	case rel == subjectRel && tr.Child(v, copulaRel) >= 0:
		return []int{v}
	case (rel == subjectRel && linkingVerbs[t[v].lower()] || rel == passiveSubjectRel) && tr.Child(v, complementRel) >= 0:
		return []int{tr.Child(v, complementRel)}
	}
	var out []int
	for _, o := range tr.Children(v, obliqueRel) {
		if cs := tr.Child(o, caseRel); cs >= 0 && asWords[t[cs].lower()] {
			out = append(out, o)
		}
	}
	return out
}

// titleOwner is the candidate of the country or organization the tree
// attaches to the title noun at T, whose words begin at p: its
// possessor, the noun after "of" or "for", or a name among its
// modifiers; -1 when there is none.
func (bd *builder) titleOwner(tr *syntax.Tree, si, T, p int) int {
	t := bd.toks(si)
	party := func(i int) int {
		if k, ok := bd.candAt(si, i); ok && !bd.cands[k].dropped && (bd.cands[k].typ == Country || bd.cands[k].typ == Organization) {
			return k
		}
		return -1
	}
	// a state's organ ("embassy", "government", "army") named by its
	// nationality or its state's name stands for that state: "the
	// Peruvian army's chief spokesman", "spokesman for the Chilean
	// government"
	organ := func(d int) int {
		w := t[d].lower()
		if !stateNouns[w] && !missionHeads[w] && !stateForces[w] {
			return -1
		}
		for _, m := range tr.Children(d, adjectivalRel, compoundRel, possessorRel) {
			if k := party(m); k >= 0 && bd.cands[k].typ == Country {
				return k
			}
		}
		return -1
	}
	for _, d := range tr.Children(T) {
		switch rel := tr.Rel(d); {
		case rel == possessorRel:
			if k := firstCand(party(d), organ(d)); k >= 0 {
				return k // "Peru's foreign minister"
			}
		case rel == nominalModifierRel:
			if cs := tr.Child(d, caseRel); cs >= 0 && officePreps[t[cs].lower()] {
				if k := firstCand(party(d), organ(d)); k >= 0 {
					return k // "the defence minister of Chile"
				}
			}
		case d < T && d >= p-1 && (rel == adjectivalRel || rel == compoundRel):
			if k := party(d); k >= 0 {
				return k // "the Argentine economy minister", "Petroperu chairman"
			}
		}
	}
	return -1
}

// firstCand is the first of ks that is a candidate, not -1; -1 when none
// is.
func firstCand(ks ...int) int {
	for _, k := range ks {
		if k >= 0 {
			return k
		}
	}
	return -1
}
