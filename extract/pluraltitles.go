package extract

import (
	"slices"
	"strings"
)

// A title in the plural before names joined by commas and "and": each
// name holds the title, of the owner before it, or of the owners named
// one for each name.
//
//	[owner] [modifiers] TITLE-s NAME (, NAME)* and NAME
//
// "former police generals Basie Smit and Johan Van Der Merwe" are both
// former police generals; "Israeli and Palestinian foreign ministers
// David Levy and Nabil Shaath" are Israel's and Palestine's. The owners
// may be a group of states named before, in order, between the title and
// the names:
//
//	TITLE-s of the (three|four|...) (countries|nations|...) , NAME , NAME and NAME
//
// "Britain, France and Germany ... the foreign ministers of the three
// countries, Jack Straw, Michel Barnier and Joschka Fischer".

// pluralTitles gives the person candidates of sentence si that a title in
// the plural names, the title in the singular.
func (bd *builder) pluralTitles(si int) {
	for _, k := range bd.bySent[si] {
		c := bd.cands[k]
		if c.typ != Person && (c.typ != "" && !c.weak) || bd.hasRole(k) || c.a == 0 {
			continue
		}
		p, te, title := bd.pluralTitleEndingAt(si, c.a)
		var group []int // the states of "of the three countries" between the title and the names
		if title == "" {
			if q, n := bd.stateGroupBefore(si, c.a); q > 0 {
				p, te, title = bd.pluralTitleEndingAt(si, q)
				group = bd.lastStateList(si, q, n)
			}
		}
		if title == "" {
			continue
		}
		names := bd.namesJoinedFrom(si, k)
		if len(names) < 2 {
			continue // one name after a plural: "the generals Smit" is none we read
		}
		owners := bd.ownersBefore(si, p)
		if group != nil {
			owners = group // "the foreign ministers of the three countries, Jack Straw, Michel Barnier and Joschka Fischer"
		}
		for i, n := range names {
			of := -1
			switch {
			case len(owners) == 1:
				of = owners[0]
			case len(owners) == len(names):
				of = owners[i] // "Israeli and Palestinian ministers Levy and Shaath"
			}
			bd.addRole(n, te, title, of)
		}
	}
}

// pluralTitleEndingAt finds a title in the plural that ends just before
// token end, with the modifiers and the lower-case words of its field
// before it ("former police generals"); it returns where the title
// starts, its entry and the title in the singular.
func (bd *builder) pluralTitleEndingAt(si, end int) (int, titleEntry, string) {
	t := bd.toks(si)
	last := t[end-1].lower()
	for _, one := range singulars(last) {
		for n := min(bd.x.idx.titleWords, end); n >= 1; n-- {
			p := end - n
			words := strings.Fields(bd.normSpan(si, p, end))
			if len(words) != n {
				continue
			}
			words[n-1] = one
			te, ok := bd.x.idx.titles[strings.Join(words, " ")]
			if !ok {
				continue
			}
			for p > 0 && end-p < 5 && !isCap(t[p-1].Text) && (titleModifiers[t[p-1].lower()] || t[p-1].Tag == "JJ" || t[p-1].Tag == "NN") &&
				!determiners[t[p-1].lower()] {
				p-- // "former police generals"
			}
			if p == end-1 {
				return p, te, one
			}
			return p, te, normTitle(bd.span(si, p, end-1) + " " + one)
		}
	}
	return 0, titleEntry{}, ""
}

// stateGroupBefore reads "of the three countries ," ending just before
// token a of sentence si: where it starts, after the title it follows,
// and how many states it counts; 0, 0 when it is not there.
func (bd *builder) stateGroupBefore(si, a int) (int, int) {
	t := bd.toks(si)
	if a < 5 || t[a-1].Text != "," || !pairStateNouns[t[a-2].lower()] || !definite[t[a-4].lower()] || !officePreps[t[a-5].lower()] {
		return 0, 0
	}
	n := slices.Index(groupNumbers, t[a-3].lower()) + 3
	if n < 3 {
		return 0, 0
	}
	return a - 5, n
}

// lastStateList is the last list of n countries joined by commas and one
// "and" that the text names before token end of sentence si, in it or
// the two sentences before, as candidates in the order named; nil when
// there is none.
func (bd *builder) lastStateList(si, end, n int) []int {
	for s := si; s >= 0 && s >= si-2; s-- {
		t := bd.toks(s)
		stop := len(t)
		if s == si {
			stop = end
		}
		var last, run []int
		prev := -1 // the end of the run's last country
		order := slices.Clone(bd.bySent[s])
		slices.SortStableFunc(order, func(x, y int) int { return bd.cands[x].a - bd.cands[y].a })
		for _, k := range order {
			c := bd.cands[k]
			if c.dropped || c.b > stop || c.typ != Country || c.gaz != nil && c.gaz.demonym {
				continue
			}
			joined := prev >= 0 && c.a > prev && c.a-prev <= 2
			for j := prev; joined && j < c.a; j++ {
				if w := t[j].lower(); w != "," && !coordinators[w] {
					joined = false
				}
			}
			if !joined {
				if len(run) == n {
					last = run
				}
				run = nil
			}
			run = append(run, k)
			prev = c.b
		}
		if len(run) == n {
			last = run
		}
		if last != nil {
			return last
		}
	}
	return nil
}

// singulars are the singular forms a plural noun may have: "generals"
// "general", "secretaries" "secretary"; none for a word that is no plural.
func singulars(w string) []string {
	var out []string
	if s, ok := strings.CutSuffix(w, "ies"); ok && s != "" {
		out = append(out, s+"y")
	}
	if s, ok := strings.CutSuffix(w, "es"); ok && s != "" {
		out = append(out, s)
	}
	if s, ok := strings.CutSuffix(w, "s"); ok && s != "" && !strings.HasSuffix(s, "s") {
		out = append(out, s)
	}
	return out
}

// namesJoinedFrom is person candidate k and the people named after it
// with commas and "and" between ("Basie Smit and Johan Van Der Merwe").
func (bd *builder) namesJoinedFrom(si, k int) []int {
	t := bd.toks(si)
	names := []int{k}
	for b := bd.cands[k].b; b+1 < len(t) && (t[b].Text == "," || listConjunctions[t[b].lower()]); {
		n, ok := bd.startsAt[[2]int{si, b + 1}]
		if !ok || bd.cands[n].typ != Person && (bd.cands[n].typ != "" && !bd.cands[n].weak) {
			break
		}
		names = append(names, n)
		if listConjunctions[t[b].lower()] {
			break // the last name
		}
		b = bd.cands[n].b
	}
	return names
}

// ownersBefore are the owners of a title at token p: the country or
// organization before it, and those joined to it by "and" ("Israeli and
// Palestinian"), in the order named.
func (bd *builder) ownersBefore(si, p int) []int {
	t := bd.toks(si)
	o := bd.ownerBefore(si, p)
	if o < 0 {
		return nil
	}
	owners := []int{o}
	for a := bd.cands[o].a; a >= 2 && listConjunctions[t[a-1].lower()]; {
		o2, ok := bd.endsAt[[2]int{si, a - 2}]
		if !ok || bd.cands[o2].typ != Country && bd.cands[o2].typ != Organization {
			break
		}
		owners = append([]int{o2}, owners...)
		a = bd.cands[o2].a
	}
	return owners
}
