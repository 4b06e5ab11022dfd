package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// docEntities is the resolved entities of one document.
type docEntities struct {
	byKey map[string]*Entity
	cands []*cand // resolved, sorted by position, dropped ones removed; they point into the builder's
	// headline is the country the headline names first, "" for none
	headline string
}

// resolve joins candidates that name the same entity and gives each a key.
func (bd *builder) resolve() {
	bd.settleSharedPeoples()
	bd.companyContexts()
	cs := bd.cands
	// full person names, longest first
	var people []int
	for k, c := range cs {
		if c.typ == Person && c.b-c.a >= 2 {
			people = append(people, k)
		}
	}
	sort.SliceStable(people, func(i, j int) bool {
		return len(bd.words(people[i])) > len(bd.words(people[j]))
	})
	// each name once, in the same order: a long document repeats them
	var uniq []int
	seenName := map[string]bool{}
	for _, k := range people {
		if s := bd.surface(k); !seenName[s] {
			seenName[s] = true
			uniq = append(uniq, k)
		}
	}
	nameOf := map[int]int{} // cand -> the cand holding its full name
	fullOf := map[string]int{}
	longer := bd.longerNames(uniq)
	for _, k := range people {
		s := bd.surface(k)
		f, ok := fullOf[s]
		if !ok {
			f = longer.find(bd.words(k))
			fullOf[s] = f
		}
		if f >= 0 && f != k {
			nameOf[k] = f
		}
	}
	// a name the tagger typed otherwise that ends a person's longer name
	// is that person: "Ag Alhassane" after "Moussa Ag Alhassane"
	for k := range cs {
		if c := &cs[k]; c.typ != Person && c.gaz == nil && c.b-c.a >= 2 {
			if f := longer.find(bd.words(k)); f >= 0 {
				c.typ = Person
				nameOf[k] = f
			}
		}
	}
	bd.companyShortNames(nameOf)
	// and a company the lexicon knows is the same company with that word
	// after its name: "News Corp Ltd" is News Corp
	known := map[string]int{}
	for k, c := range cs {
		if c.gaz != nil && c.typ == Organization {
			if _, ok := known[bd.surface(k)]; !ok {
				known[bd.surface(k)] = k
			}
		}
	}
	for k, c := range cs {
		if w := bd.words(k); c.gaz == nil && c.typ == Organization && len(w) >= 2 && companyHead(w[len(w)-1]) {
			if j, ok := known[strings.Join(w[:len(w)-1], " ")]; ok {
				nameOf[k] = j
			}
		}
	}
	bd.countryEnds()
	people = uniq
	sur := bd.surnameIndex(people)
	// orgs by acronym
	acr := map[string]int{}
	for k, c := range cs {
		if c.typ == Organization && c.b-c.a >= 2 {
			if a := initials(bd.surface(k)); len(a) >= 2 {
				if _, ok := acr[a]; !ok {
					acr[a] = k
				}
			}
		}
	}
	// single words and unknowns: a surname, an acronym, or what prose says
	bd.typedIndex()
	for k := range cs {
		bd.steps++
		if k > 0 {
			bd.noteTyped(k - 1) // what the last one became
		}
		c := &cs[k]
		if _, ok := nameOf[k]; ok {
			continue // a company's short name, taken above
		}
		if c.gaz == nil && c.b-c.a == 1 && c.typ != Location && legalForm(bd.surface(k)) {
			c.dropped = true // "BioVest Research, Inc's analyst": a legal form alone names no one
			continue
		}
		if j, ok := bd.spelledOut(k, acr); ok {
			c.gaz, c.typ, c.country = nil, Organization, ""
			nameOf[k] = j // "RSF" after "the Rapid Support Forces": not the lexicon's Reporters Without Borders
			continue
		}
		if c.gaz != nil || c.fixedLabel != "" || c.b-c.a != 1 && c.typ != "" {
			continue // a name the lexicon knows, or one its owner gives
		}
		s := bd.surface(k)
		if j, ok := bd.compassState(k); ok {
			c.typ, c.country = Country, cs[j].country
			nameOf[k] = j
			continue
		}
		if j, ok := bd.surnameOf(s, sur); ok {
			c.typ = Person
			nameOf[k] = j
			continue
		}
		if j, ok := bd.knownAlias(k, people); ok {
			c.typ = Person
			nameOf[k] = j
			continue
		}
		if j, ok := sur.innerName(s); ok && (c.typ == Person || c.typ == "") {
			c.typ = Person
			nameOf[k] = j
			continue
		}
		if j, ok := acr[strings.ReplaceAll(s, ".", "")]; ok {
			c.typ = Organization
			nameOf[k] = j
			continue
		}
		if j, ok := bd.orgWithWord(s); ok && bd.x.idx.orgHeads[s] {
			c.typ = Organization
			nameOf[k] = j // "the Guard" after "Islamic Revolutionary Guard Corps", before the same word elsewhere: "the Commission ... the Commission's demand"
			continue
		}
		if j, ok := bd.orgWithWord(s); ok && (c.typ == Organization || c.typ == "") && bd.shortName(s, j) {
			c.typ = Organization
			nameOf[k] = j // "the Orioles" after "the Baltimore Orioles"
			continue
		}
		if j, ok := bd.sameSurface(k); ok {
			if c.typ != "" && !c.weak && cs[j].weak {
				// the same name typed by evidence here and by guess there:
				// the evidence types both ("company Ukrenergo" ... "the
				// head of Ukrenergo")
				cs[j].typ, cs[j].weak = c.typ, false
			}
			c.typ = cs[j].typ
			nameOf[k] = j
			continue
		}
		if bd.x.idx.orgHeads[s] && c.typ == Organization {
			c.dropped = true // "the Commission" with no commission named: whose is unknown
			continue
		}
		if c.typ != "" {
			continue
		}
		switch {
		case c.initial:
			c.dropped = true
		case isAcronym(s) && len([]rune(s)) <= 6 && !commonAcronyms[s]:
			c.typ = Organization
		default:
			c.dropped = true
		}
	}
	// an acronym in parentheses after a name: "Maritime Security Centre (MSC)"
	// names the organization, and so does every other candidate with its
	// text. The candidates of a text taken are marked once, at the end:
	// until then, named[text] stands for them.
	named := map[string]int{} // text -> the organization it was last taken for
	var namedOrder []string
	dropped := func(k int) bool {
		if _, ok := named[bd.surface(k)]; ok && cs[k].gaz == nil {
			return false
		}
		return cs[k].dropped
	}
	typ := func(k int) EntityType {
		if _, ok := named[bd.surface(k)]; ok && cs[k].gaz == nil {
			return Organization
		}
		return cs[k].typ
	}
	for k := range cs {
		bd.steps++
		c := &cs[k]
		t := bd.toks(c.sent)
		if dropped(k) || c.b-c.a != 1 || c.a < 2 || t[c.a-1].Text != "(" {
			continue
		}
		if s := bd.surface(k); !isAcronym(s) && !(c.gaz == nil && c.b < len(t) && t[c.b].Text == ")" && titleCaseAcronym(s) && !bd.x.idx.common[strings.ToLower(s)]) {
			continue // but "the Revolutionary Armed Forces of Colombia (Farc)": an acronym written as a word
		}
		j, ok := bd.endsAt[[2]int{c.sent, c.a - 2}]
		if ok && (typ(j) == Country || typ(j) == Location) && cs[j].a >= 2 && placePreps[t[cs[j].a-1].lower()] {
			// "the UN Stabilisation Mission in Haiti (Minustah)": the
			// body's acronym, after the place in its name
			j, ok = bd.endsAt[[2]int{c.sent, cs[j].a - 2}]
		}
		if ok && typ(j) == Organization && j != k {
			c.typ = Organization
			nameOf[k] = j
			s := bd.surface(k)
			if _, ok := named[s]; !ok {
				namedOrder = append(namedOrder, s)
			}
			named[s] = j
		}
	}
	bd.surfaceIndex()
	for _, s := range namedOrder {
		j := named[s]
		for _, o := range bd.bySurface[s] {
			bd.steps++
			if cs[o].gaz == nil {
				nameOf[o] = j
				cs[o].typ = Organization
				cs[o].dropped = false
			}
		}
	}
	root := func(k int) int {
		for i := 0; i < 8; i++ {
			j, ok := nameOf[k]
			if !ok {
				break
			}
			k = j
		}
		return k
	}
	for k := range cs {
		if cs[k].dropped {
			continue
		}
		r := root(k)
		cs[k].key = bd.keyOf(r)
		if cs[k].gaz == nil && r != k {
			cs[k].fixedLabel = cs[r].fixedLabel
			if cs[k].fixedLabel == "" {
				cs[k].fixedLabel = bd.surface(r)
			}
		}
	}
}

// keyCands gives keys to the candidates added from index n on (the headline).
func (bd *builder) keyCands(n int) {
	for k := n; k < len(bd.cands); k++ {
		if bd.cands[k].key == "" {
			bd.cands[k].key = bd.keyOf(k)
		}
	}
}

// keyOf is the stable id of a resolved candidate.
func (bd *builder) keyOf(k int) string {
	c := bd.cands[k]
	if c.gaz != nil {
		return c.gaz.key
	}
	name := c.fixedLabel
	if name == "" {
		name = bd.surface(k)
	}
	return string(c.typ) + ":" + slug(name)
}

// surface is the text of a candidate without honorifics or a possessive.
func (bd *builder) surface(k int) string {
	bd.words(k)
	return bd.surfStr[k]
}

// words is the surface of candidate k split into words; do not modify it.
func (bd *builder) words(k int) []string {
	for len(bd.surfs) <= k {
		bd.surfs = append(bd.surfs, nil)
		bd.surfStr = append(bd.surfStr, "")
	}
	if bd.surfs[k] == nil {
		c := bd.cands[k]
		bd.surfs[k] = strings.Fields(bd.doc.Text[c.start:c.end])
		bd.surfStr[k] = strings.Join(bd.surfs[k], " ")
	}
	return bd.surfs[k]
}

func suffixOf(w, fw []string) bool {
	if len(w) >= len(fw) {
		return false
	}
	for i := range w {
		if w[len(w)-1-i] != fw[len(fw)-1-i] {
			return false
		}
	}
	return true
}

// nameIndex finds, among full names sorted longest first, the first one
// longer than a name with its first and last words, or ending with it.
type nameIndex struct {
	names    []int
	words    func(int) []string
	ends     map[[2]string]int // first and last word -> the first name with them
	suffixes map[string]int    // a shorter name it ends with -> the first name
}

// longerNames indexes the full names names, sorted longest first.
func (bd *builder) longerNames(names []int) *nameIndex {
	ix := &nameIndex{names: names, words: bd.words, ends: map[[2]string]int{}, suffixes: map[string]int{}}
	for i, g := range names {
		fw := bd.words(g)
		if len(fw) == 0 {
			continue
		}
		e := [2]string{fw[0], fw[len(fw)-1]}
		if _, ok := ix.ends[e]; !ok {
			ix.ends[e] = i
		}
		// its text is its words joined by one space: each shorter suffix
		// of words is a suffix of the text after a space (the last
		// maxSuffixWords words: find scans for longer ones)
		text := bd.surface(g)
		for p, n := len(text)-1, 0; p >= 0 && n < maxSuffixWords; p-- {
			if text[p] == ' ' {
				n++
				for _, suffix := range []string{text[p+1:], capitalized(text[p+1:]), strings.ToUpper(text[p+1:])} {
					// "van der Westhuizen", and "Van der Westhuizen" as a
					// sentence opens with it, "VAN DER WESTHUIZEN" as a
					// headline in capitals writes it
					if _, ok := ix.suffixes[suffix]; !ok {
						ix.suffixes[suffix] = i
					}
				}
			}
		}
	}
	return ix
}

// maxSuffixWords is how many last words of a name are indexed as the
// shorter names it ends with: a name is rarely longer, and indexing every
// ending of a long run of capitalised words would cost the square of its
// length.
const maxSuffixWords = 8

// find returns the first name longer than w that has w's first and last
// words or ends with w, or -1.
func (ix *nameIndex) find(w []string) int {
	best := len(ix.names)
	if i, ok := ix.ends[[2]string{w[0], w[len(w)-1]}]; ok && len(ix.words(ix.names[i])) > len(w) {
		// the names are longest first: the first one with these ends is
		// longer than w if any is
		best = i
	}
	if len(w) <= maxSuffixWords {
		if i, ok := ix.suffixes[strings.Join(w, " ")]; ok && i < best {
			best = i
		}
	} else {
		// a long name: the longer names, which come first, one by one
		for i := 0; i < best && len(ix.words(ix.names[i])) > len(w); i++ {
			if suffixOf(w, ix.words(ix.names[i])) {
				best = i
				break
			}
		}
	}
	if best == len(ix.names) {
		return -1
	}
	return ix.names[best]
}

// surnames indexes full names by their last word and two-word names by
// their first.
type surnames struct {
	last  map[string]int   // last word -> position of the first name with it
	given map[string][]int // first word of a full name -> those names
	inner map[string][]int // a capitalised word inside a full name, no given name -> those names
	names []int
}

// nameSuffixes end a person's name after the surname: "Jr.", "III".
var nameSuffixes = lexicon.Class("nameSuffixes")

func (bd *builder) surnameIndex(people []int) *surnames {
	sx := &surnames{last: map[string]int{}, given: map[string][]int{}, inner: map[string][]int{}, names: people}
	for i, f := range people {
		fw := bd.words(f)
		last := fw[len(fw)-1]
		if len(fw) >= 3 && nameSuffixes[last] {
			last = fw[len(fw)-2] // "White" for "Curtis Lee White II"
		}
		if j, ok := sx.last[last]; !ok || f < people[j] {
			sx.last[last] = i // of two with one surname, the one the document names first
		}
		if bd.particleName(last) {
			_, rest, _ := strings.Cut(last, "-")
			if _, ok := sx.last[rest]; !ok {
				sx.last[rest] = i // "al-Sisi" is "Sisi" too
			}
		}
		sx.given[fw[0]] = append(sx.given[fw[0]], f)
		if len(fw) < 3 {
			continue // no word inside the name
		}
		for _, w := range fw[1 : len(fw)-1] {
			if isCap(w) && !bd.x.idx.firstNames[w] && !slices.Contains(sx.inner[w], f) {
				sx.inner[w] = append(sx.inner[w], f)
			}
		}
	}
	return sx
}

// resolvedOwners gives a title read with no owner the name right before
// it that names resolved to an organization or a country: "Huaxin
// chairman Zhou Weimin" after "Huaxin Electronics", whose short name was
// no organization yet when the title was read; or the name its "of",
// "for" or "at" names once resolved to an organization ("an analyst at
// Gartmore").
func (bd *builder) resolvedOwners() {
	for i := range bd.roles {
		r := &bd.roles[i]
		if r.of >= 0 {
			continue
		}
		if r.after > 0 {
			if k, ok := bd.endsAt[[2]int{r.sent, r.after - 1}]; ok && k != r.person && !bd.cands[k].dropped && (bd.cands[k].typ == Organization || bd.cands[k].typ == Country) {
				r.of = k
			}
		}
		if r.of < 0 && r.named > 0 {
			// "Stuart Quint, an analyst at Gartmore": the name after the
			// title's preposition, once it resolved to an organization
			if k, ok := bd.startsAt[[2]int{r.sent, r.named - 1}]; ok && k != r.person && !bd.cands[k].dropped && bd.cands[k].typ == Organization {
				r.of = k
			}
		}
	}
}

// settleSharedPeoples gives a people's word that several states share
// ("Korean") the one of those states the document names otherwise, and
// drops it where the document names none of them or several: "Korean" in
// a story of South Korea is South Korean.
func (bd *builder) settleSharedPeoples() {
	named := map[string]bool{}
	for _, c := range bd.cands {
		if c.typ == Country && c.gaz != nil && !c.gaz.shared && c.country != "" && !c.dropped {
			named[c.country] = true
		}
	}
	for k := range bd.cands {
		c := &bd.cands[k]
		if c.gaz == nil || !c.gaz.shared {
			continue
		}
		var states []string
		for _, code := range bd.x.idx.sharedPeoples[c.gaz.label] {
			if named[code] {
				states = append(states, code)
			}
		}
		if len(states) != 1 {
			c.dropped = true
			continue
		}
		e := gazEntry{key: "country:" + states[0], typ: Country, label: bd.x.idx.countries[states[0]], country: states[0], demonym: true}
		c.gaz, c.country = &e, states[0]
	}
}

// compassState finds the one country the document names with the
// compass point that candidate k is after an article: "the North" in a
// story of North Korea, "the South's" in one of South Korea.
func (bd *builder) compassState(k int) (int, bool) {
	c := bd.cands[k]
	t := bd.toks(c.sent)
	if c.b-c.a != 1 || !compassPoints[t[c.a].Text] || c.a == 0 || !articles[t[c.a-1].lower()] {
		return 0, false
	}
	found := -1
	for j, o := range bd.cands {
		if o.typ != Country || o.country == "" || o.b-o.a < 2 || bd.toks(o.sent)[o.a].Text != t[c.a].Text {
			continue
		}
		if found >= 0 && bd.cands[found].country != o.country {
			return 0, false // "the North" in a story of North Korea and North Macedonia: no one
		}
		if found < 0 {
			found = j
		}
	}
	return found, found >= 0
}

// knownAlias finds the full name among people that the lexicon gives
// the same well-known person as candidate k's word: "Lula" after "Luiz
// Inacio Lula da Silva".
func (bd *builder) knownAlias(k int, people []int) (int, bool) {
	c := bd.cands[k]
	p, ok := bd.x.idx.personOf[bd.normSpan(c.sent, c.a, c.b)]
	if !ok || p < 0 {
		return 0, false
	}
	for _, f := range people {
		g := bd.cands[f]
		if q, ok := bd.x.idx.personOf[bd.normSpan(g.sent, g.a, g.b)]; ok && q == p && f != k {
			return f, true
		}
	}
	return 0, false
}

// innerName finds the one full name that holds s inside it, neither
// first nor last and no given name: the first of two surnames, said
// alone ("Matos" for "Luis Raul Matos Azocar", "Sanchez" for "Gonzalo
// Sanchez de Lozada").
func (sx *surnames) innerName(s string) (int, bool) {
	if names := sx.inner[s]; len(names) == 1 {
		return names[0], true
	}
	return 0, false
}

// surnameOf finds the full name whose last word is s, as written or, for
// a headline's capitals, as a name writes it ("MITCHELL": Mitchell);
// failing that, the one name that puts s, no first name, first ("Lin" for
// "Lin Jian", "Mobutu" for "Mobutu Sese Seko").
func (bd *builder) surnameOf(s string, sx *surnames) (int, bool) {
	if strings.ToUpper(s) == s && strings.ToLower(s) != s {
		if _, known := sx.last[s]; !known {
			s = capitalized(strings.ToLower(s))
		}
	}
	i, ok := sx.last[s]
	if j, ok2 := sx.last[strings.TrimSuffix(s, ".")]; ok2 && (!ok || j < i) {
		i, ok = j, true
	}
	if ok {
		return sx.names[i], true
	}
	if bd.x.idx.firstNames[s] {
		// a given name alone is the one person of the document who has it:
		// "Saddam" after "Saddam Hussein", "Sarah" after "Sarah Brady"
		if names := sx.given[s]; len(names) == 1 {
			return names[0], true
		}
		return 0, false
	}
	found, name := 0, ""
	for _, f := range sx.given[s] {
		bd.steps++
		fw := bd.words(f)
		if name != "" && fw[1] != name {
			return 0, false // "Wang" of "Wang Yi" and "Wang Xiaolong"
		}
		found, name = f, fw[1]
	}
	return found, name != ""
}

// spelledOut finds the organization of the document, by the index acr of
// the initials of its names, whose initials an acronym at k that the
// lexicon knows as another organization's spell, when the document never
// names that other one in full: the document's own expansion is what it
// means ("the paramilitary Rapid Support Forces ... The RSF": not
// Reporters Without Borders).
func (bd *builder) spelledOut(k int, acr map[string]int) (int, bool) {
	c := &bd.cands[k]
	if c.gaz == nil || c.gaz.typ != Organization || c.b-c.a != 1 || !isAcronym(bd.surface(k)) {
		return 0, false
	}
	j, ok := acr[strings.ReplaceAll(bd.surface(k), ".", "")]
	if !ok || bd.cands[j].gaz != nil && bd.cands[j].gaz.key == c.gaz.key {
		return 0, false
	}
	for i, o := range bd.cands {
		if i != k && o.gaz != nil && o.gaz.key == c.gaz.key && o.b-o.a > 1 {
			return 0, false // "Reporters Without Borders (RSF)": the lexicon's own
		}
	}
	return j, true
}

// shortName reports a word w that the document's one organization j with
// it in its name is called by for short: its last word ("the Orioles" for
// the Baltimore Orioles, "Sakigake" for New Party Sakigake). A company's
// first word is not: it may be its founder's surname ("Adani said", after
// Adani Holdings Ltd).
func (bd *builder) shortName(w string, j int) bool {
	words := bd.words(j)
	return w == words[len(words)-1]
}

// orgWithWord finds the one organization of the document whose name has
// the word w.
func (bd *builder) orgWithWord(w string) (int, bool) {
	if bd.orgWords == nil {
		// each word of each organization name: the first organization
		// and how many names have it
		bd.orgWords = map[string][2]int{}
		seen := map[string]bool{}
		for j, c := range bd.cands {
			if c.typ != Organization || c.b-c.a < 2 {
				continue
			}
			name := bd.surface(j)
			if seen[name] {
				continue
			}
			seen[name] = true
			inName := map[string]bool{}
			for _, f := range bd.words(j) {
				if inName[f] {
					continue
				}
				inName[f] = true
				e, ok := bd.orgWords[f]
				if !ok {
					e[0] = j
				}
				e[1]++
				bd.orgWords[f] = e
			}
		}
	}
	e := bd.orgWords[w]
	return e[0], e[1] == 1
}

// surfaceIndex indexes the candidates by surface, and those with a label of
// their own by each shorter ending of the label after a space.
func (bd *builder) surfaceIndex() {
	if bd.bySurface != nil {
		return
	}
	bd.bySurface = map[string][]int{}
	bd.labelEnds = map[string][]int{}
	for j := range bd.cands {
		s := bd.surface(j)
		bd.bySurface[s] = append(bd.bySurface[s], j)
		if l := bd.cands[j].fixedLabel; l != "" {
			bd.labelled = append(bd.labelled, j)
			for p, n := len(l)-1, 0; p >= 0 && n < maxSuffixWords; p-- {
				if l[p] == ' ' {
					n++
					bd.labelEnds[l[p+1:]] = append(bd.labelEnds[l[p+1:]], j)
				}
			}
		}
	}
}

// typedIndex finds, for each surface, the first two candidates that are
// typed and not dropped. While resolve types single words, a candidate
// only ever becomes typed: noteTyped adds it.
func (bd *builder) typedIndex() {
	bd.typed = map[string][2]int{}
	for j := range bd.cands {
		bd.noteTyped(j)
	}
}

// noteTyped adds candidate j to the typed index if it is typed. A
// nationality or a leader's name standing for the state ("the Clinton
// administration") is no antecedent: the same word alone is the person.
func (bd *builder) noteTyped(j int) {
	if c := bd.cands[j]; c.typ == "" || c.dropped || c.gaz != nil && c.gaz.demonym {
		return
	}
	s := bd.surface(j)
	e, ok := bd.typed[s]
	switch {
	case !ok:
		bd.typed[s] = [2]int{j, -1}
	case j == e[0] || j == e[1]:
	case j < e[0]:
		bd.typed[s] = [2]int{j, e[0]}
	case e[1] < 0 || j < e[1]:
		bd.typed[s] = [2]int{e[0], j}
	}
}

// sameSurface finds an earlier typed candidate with the same text.
func (bd *builder) sameSurface(k int) (int, bool) {
	bd.surfaceIndex()
	s := bd.surface(k)
	best := -1
	if e, ok := bd.typed[s]; ok {
		best = e[0]
		if best == k {
			best = e[1]
		}
	}
	// an organization labelled with an owner whose label ends with s
	ends := bd.labelEnds[s]
	if strings.Count(s, " ") >= maxSuffixWords {
		ends = bd.labelled // not indexed: each label in turn
	}
	for _, j := range ends {
		bd.steps++
		if best >= 0 && j >= best {
			break
		}
		if c := bd.cands[j]; c.typ == Organization && j != k && strings.HasSuffix(c.fixedLabel, " "+s) {
			best = j
			break
		}
	}
	return best, best >= 0
}

// entities turns resolved candidates into entities with mentions and roles.
func (bd *builder) entities() *docEntities {
	de := &docEntities{byKey: map[string]*Entity{}, headline: bd.headlineCountry()}
	var live []*cand
	for k := range bd.cands {
		if c := &bd.cands[k]; !c.dropped && c.key != "" {
			live = append(live, c)
		}
	}
	sort.SliceStable(live, func(i, j int) bool { return candBefore(live[i], live[j]) })
	de.cands = live
	alts := map[string][]string{} // the other names a body goes by (possessiveName)
	for _, c := range live {
		if c.altLabel != "" {
			alts[c.key] = append(alts[c.key], c.altLabel)
		}
		e := de.byKey[c.key]
		if e == nil {
			e = &Entity{Key: c.key, Type: c.typ, Country: c.country}
			de.byKey[c.key] = e
		}
		if c.gaz != nil && c.gaz.typ != "" {
			e.Type = c.gaz.typ
		}
		if e.Country == "" {
			e.Country = c.country
		}
		if e.Country == "" && c.gaz == nil && e.Type == Organization {
			e.Country = bd.countryInName(*c) // "Union of Bus Workers of Tehran"
		}
		text := bd.doc.Text[c.start:c.end]
		e.Mentions = append(e.Mentions, Mention{Text: text, Start: c.start, End: c.end, Sentence: c.sent, Demonym: c.gaz != nil && c.gaz.demonym,
			Nominal: c.fixedLabel != "" && !isCap(text), Confidence: c.sure})
		switch {
		case c.gaz != nil:
			e.Label = c.gaz.label
			if written := strings.Join(strings.Fields(text), " "); strings.EqualFold(written, e.Label) && strings.ToUpper(written) != written && capitals(written) > capitals(e.Label) {
				e.Label = written // "UFJ Holdings" as the story writes it, not the lexicon's "Ufj Holdings"
			}
		case c.fixedLabel != "" && len(c.fixedLabel) >= len(e.Label):
			e.Label = c.fixedLabel
		case len(strings.Fields(text)) > len(strings.Fields(e.Label)):
			e.Label = strings.Join(strings.Fields(text), " ")
		}
	}
	// titles given with their owner; a title given elsewhere without one is
	// the same office
	bd.resolvedOwners()
	owned := map[string]bool{}
	for _, r := range bd.roles {
		if r.of >= 0 && !bd.cands[r.of].dropped {
			owned[bd.cands[r.person].key+"|"+r.title] = true
		}
	}
	var guessed, underlings []roleCand
	for _, r := range bd.roles {
		p := bd.cands[r.person]
		if p.dropped || p.key == "" || de.byKey[p.key] == nil {
			continue
		}
		if r.of < 0 || bd.cands[r.of].dropped {
			if owned[p.key+"|"+r.title] {
				continue
			}
			r.of = -1
			if r.under > 0 {
				underlings = append(underlings, r)
				continue
			}
			guessed = append(guessed, r)
			continue
		}
		de.addRole(bd, r, "")
	}
	// a well-known person the text gives no country: a nationality the text
	// gives, or the country people.tsv knows
	bd.famousCountries(de, live)
	// a person the text gives a nationality: "suspected British militant X"
	for _, c := range live {
		if e := de.byKey[c.key]; e != nil && e.Type == Person && e.Country == "" {
			e.Country = bd.nationalityBefore(*c)
			if e.Country == "" {
				e.Country = bd.nationalityAfter(*c)
			}
		}
	}
	// state offices given without their owner: the person's own country,
	// or the document's: the one its headline names, else the one most of
	// its people belong to, else the one its body names most; never
	// merely a country named near the person
	focal := bd.headlineCountry()
	if focal == "" {
		focal = peopleCountry(de)
	}
	if focal == "" {
		focal = bd.documentCountry()
	}
	guessedOwners := map[string]bool{} // the entity key and title of an office whose owner is guessed
	for _, r := range guessed {
		e := de.byKey[bd.cands[r.person].key]
		of := bd.bodyOfTitle(r) // "Competition Commissioner Neelie Kroes": the Commission's
		if of == "" {
			of = bd.bodyNamedBefore(r) // "A spokesman for OLAF said ... spokesman Jorg Wojahn said": OLAF's
		}
		if of == "" {
			of = bd.speakingBody(r) // "The Tarvo Commission will appeal, spokeswoman Ana Ruiz said": the commission's
		}
		if of == "" && (stateCodes[r.code] && !counselHeads[headWord(r.title)] || forceOffice(r.title)) && !r.body {
			if code := bd.unownedOfficeState(r, e.Country, focal); code != "" {
				of = "country:" + code
				guessedOwners[e.Key+"|"+r.title] = true
			}
		}
		if of == "" && r.code == businessCode && !r.body {
			of = bd.onlyCompany() // "Chief executive X said": the one company the story names
			if of == "" {
				of = bd.headlineCompany() // or the one its headline is about
			}
		}
		de.addRole(bd, r, of)
	}
	// "Mr Rato's deputy": the owner of the office of the person served,
	// and no other
	for _, r := range underlings {
		of := ""
		if boss := de.byKey[bd.cands[r.under-1].key]; boss != nil && !counselHeads[headWord(r.title)] {
			// but "his lawyer, X" represents the man, not his office
			for _, br := range boss.Roles {
				if br.Of != "" {
					of = br.Of
					break
				}
			}
		}
		de.addRole(bd, r, of)
	}
	bd.resolveCounterparts(de, guessedOwners)
	bd.resolveBareTitles(de)
	bd.resolveLeadTitles(de)
	for _, e := range de.byKey {
		shareRankOwner(e, guessedOwners)
		sortRoles(e.Roles)
	}
	for _, e := range de.byKey {
		seen := map[string]bool{}
		for _, m := range e.Mentions {
			s := strings.Join(strings.Fields(m.Text), " ")
			if m.Demonym || s == e.Label || seen[s] {
				continue
			}
			seen[s] = true
			e.Aliases = append(e.Aliases, s)
		}
		for _, s := range alts[e.Key] {
			if s != e.Label && !seen[s] {
				seen[s] = true
				e.Aliases = append(e.Aliases, s)
			}
		}
		sort.Strings(e.Aliases)
		if e.Aliases == nil {
			e.Aliases = []string{}
		}
	}
	return de
}

// peopleCountry is the country most of the document's people belong to,
// by their nationality or the state whose office they hold: named for
// two at least and half again as many as any other, else "". An office
// given without its owner is that country's sooner than the country the
// story is about: in a story of British politics "over Iraq", the
// attorney general is Britain's.
func peopleCountry(de *docEntities) string {
	count := map[string]int{}
	for _, e := range de.byKey {
		if e.Type != Person {
			continue
		}
		code := e.Country
		for _, r := range e.Roles {
			if owner, ok := strings.CutPrefix(r.Of, "country:"); ok {
				code = owner
				break
			}
		}
		if code != "" {
			count[code]++
		}
	}
	return clearLead(count)
}

// countryEnds makes a name the lexicon does not know, or knows as another
// country, that ends the name of a country the document names, as it is
// written there, that country: "Congo" after "the Democratic Republic of
// Congo", and after "the Republic of Congo" (where the lexicon's short
// "Congo" is the larger state, as "Congolese" is); a country's own name
// stays its own.
func (bd *builder) countryEnds() {
	cs := bd.cands
	ends := map[string]*gazEntry{}
	for k, c := range cs {
		if c.dropped || c.typ != Country || c.gaz == nil || c.gaz.demonym {
			continue
		}
		w := bd.words(k)
		for n := 1; n < len(w); n++ {
			if tail := strings.Join(w[len(w)-n:], " "); ends[tail] == nil {
				ends[tail] = c.gaz
			}
		}
	}
	for k := range cs {
		c := &cs[k]
		if c.dropped || c.gaz != nil && c.typ != Country || c.gaz == nil && c.typ != Location || c.gaz != nil && c.gaz.demonym {
			continue
		}
		if e := ends[bd.surface(k)]; e != nil && (c.gaz == nil || c.gaz.label != bd.surface(k) && len(bd.words(k)) < len(strings.Fields(e.label))) {
			// a short form only, not a country's own name: "Guinea" after
			// "Equatorial Guinea" stays Guinea
			c.typ, c.gaz, c.country = Country, e, e.country
		}
	}
}

// famousCountries gives a well-known person whose country the text has not
// given (no title's owner, no country on a mention) the nationality the text
// gives before one of their mentions or, failing that, the country of
// people.tsv.
func (bd *builder) famousCountries(de *docEntities, live []*cand) {
	known := map[string]string{}
	var keys []string
	for _, c := range live {
		if !c.famous && c.typ == Person {
			// a name grown after it was first read: the name tagger's
			// "George W" that the name's last word joined
			if country, ok := bd.famous(c.sent, c.a, c.b); ok {
				c.famous, c.famousOf = true, country
			}
		}
		if !c.famous || c.famousOf == "" {
			continue
		}
		if _, ok := known[c.key]; !ok {
			known[c.key] = c.famousOf
			keys = append(keys, c.key)
		}
	}
	var mentions map[string][]int // a famous person's key -> their candidates in live
	for _, k := range keys {
		e := de.byKey[k]
		if e == nil || e.Type != Person || e.Country != "" {
			continue
		}
		if mentions == nil {
			mentions = map[string][]int{}
			for i, c := range live {
				if _, ok := known[c.key]; ok {
					mentions[c.key] = append(mentions[c.key], i)
				}
			}
		}
		for _, i := range mentions[k] {
			bd.steps++
			if n := bd.nationalityBefore(*live[i]); n != "" {
				e.Country = n
				break
			}
		}
		if e.Country == "" {
			e.Country = known[k]
		}
	}
}

// countryInName returns the country of a country, nationality or place
// named inside an organization's own name ("Nigerian Union of Teachers",
// "Union of Bus Workers of Tehran"), or "" when it names none or more than one.
func (bd *builder) countryInName(c cand) string {
	t := bd.toks(c.sent)
	found := ""
	for i := c.a; i < c.b; i++ {
		for n := min(3, c.b-i); n >= 1; n-- {
			if n == c.b-c.a {
				continue // the name itself
			}
			es := bd.x.idx.lookup(bd.span(c.sent, i, i+n))
			if len(es) == 0 || es[0].country == "" || !isCap(t[i].Text) {
				continue
			}
			if es[0].typ != Country && es[0].typ != Location {
				continue
			}
			if found != "" && found != es[0].country {
				return ""
			}
			found = es[0].country
			i += n - 1
			break
		}
	}
	return found
}

// nationalityBefore returns the country of a nationality adjective that
// describes the person c: "British militant Haroon Aswad", "the Iranian
// blogger Arash Sigarchi"; "" when there is none.
func (bd *builder) nationalityBefore(c cand) string {
	t := bd.toks(c.sent)
	for k, n := max(c.chunkA, c.a)-1, 0; k >= 0 && n < 4; k, n = k-1, n+1 {
		if o, ok := bd.endsAt[[2]int{c.sent, k}]; ok {
			if g := bd.cands[o].gaz; g != nil && g.demonym {
				return g.country
			}
			return ""
		}
		if !(t[k].Tag == "JJ" || t[k].Tag == "NN" || t[k].Tag == "VBN") || isCap(t[k].Text) {
			return ""
		}
	}
	return ""
}

// nationalityAfter is the country of a nationality in apposition to
// candidate c, alone between commas: "Robert Frowick, an American, heads".
func (bd *builder) nationalityAfter(c cand) string {
	t := bd.toks(c.sent)
	k := c.b
	if k+3 >= len(t) || t[k].Text != "," || !determiners[t[k+1].lower()] {
		return ""
	}
	o, ok := bd.startsAt[[2]int{c.sent, k + 2}]
	if !ok {
		return ""
	}
	g, end := bd.cands[o].gaz, bd.cands[o].b
	if g == nil || !g.demonym || end >= len(t) || t[end].Text != "," && t[end].Text != "." {
		return ""
	}
	return g.country
}

// evidence is sentence si as evidence.
func (bd *builder) evidence(si int) Evidence {
	s := bd.doc.Sentences[si]
	return Evidence{Sentence: si, Start: s.Start, End: s.End, Text: s.Text}
}

// list returns the entities sorted by key.
func (de *docEntities) list() []Entity {
	keys := make([]string, 0, len(de.byKey))
	for k := range de.byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]Entity, 0, len(keys))
	for _, k := range keys {
		out = append(out, *de.byKey[k])
	}
	return out
}

// kindCodes are the role codes of offices in organizations of each kind.
var kindCodes = map[string]string{
	"armed-group": "REB", "party": "POL", "intelligence": "SPY", "military": "MIL", "media": "MED",
	"company": "BUS", "igo": "IGO", "ngo": "NGO", "court": "JUD", "police": "CRM", "religious": "REL",
	"hacker-group": "REB",
}

// stateCodes are the role codes of offices that belong to a state.
var stateCodes = map[string]bool{"GOV": true, "DIP": true, "LEG": true, "JUD": true}

// businessCode is the role code of offices in companies.
const businessCode = "BUS"

// onlyCompany is the key of the one company the document names (of a
// known kind, or of no known kind and named for its trade), or "" when
// it names none or several: an office in a company with no owner named
// is that company's only when no other could be meant.
func (bd *builder) onlyCompany() string {
	key := ""
	for _, c := range bd.cands {
		if c.dropped || c.typ != Organization || c.key == "" || c.key == key {
			continue
		}
		if name := bd.doc.Text[c.start:c.end]; !companyNamed(orgKind(&c, name), name) {
			continue
		}
		if key != "" {
			return ""
		}
		key = c.key
	}
	return key
}

// headlineCompany is the key of the company the headline names first
// (of a known kind, or of no known kind and named for its trade), "" when
// it names none: "Yukos loses US bankruptcy battle ... said chief
// executive Steven Theede" is Yukos's chief executive, though the story
// names other companies.
func (bd *builder) headlineCompany() string {
	if len(bd.doc.Sentences) == 0 || !bd.doc.Sentences[0].Headline {
		return ""
	}
	best := -1
	for k, c := range bd.cands {
		if c.sent != 0 || c.dropped || c.typ != Organization || c.key == "" {
			continue
		}
		if name := bd.doc.Text[c.start:c.end]; !companyNamed(orgKind(&c, name), name) {
			continue
		}
		if best < 0 || c.a < bd.cands[best].a {
			best = k
		}
	}
	if best < 0 {
		return ""
	}
	return bd.cands[best].key
}

// counselHeads end the titles of those who represent a client: no
// state's office ("his lawyer, Johan Botha").
var counselHeads = lexicon.Class("counselHeads")

// stateForces are a state's armed and police forces.
var stateForces = lexicon.Class("stateForces")

// forceOffice reports a title of an office in a state's armed or police
// forces ("army spokesman", "police commissioner"), which is a state's
// whatever its code: ranks and commanders, which rebels hold too, are
// not.
func forceOffice(title string) bool {
	return slices.ContainsFunc(strings.Fields(title), func(w string) bool { return stateForces[w] })
}

// addRole gives the person of r its title, owned by r.of or, when r.of is
// -1, by the entity key of.
func (de *docEntities) addRole(bd *builder, r roleCand, of string) {
	e := de.byKey[bd.cands[r.person].key]
	e.Type = Person
	role := Role{Title: r.title, Code: r.code, Of: of, Evidence: bd.evidence(r.sent)}
	country := ""
	if r.of >= 0 {
		o := bd.cands[r.of]
		role.Of = o.key
		country = o.country
		if o.typ == Location {
			role.Of = "" // "the governor of Texas": a place owns no office; its country is the person's
			if o.gaz != nil && standsForState(o.gaz.kind) && o.country != "" {
				role.Of = "country:" + o.country // "Kiev's Foreign Minister": the capital stands for its state
			}
			if st := bd.missionOf(r.of); st != "" && de.byKey["country:"+st] != nil {
				role.Of = "country:" + st // "a second secretary at the Russian embassy": the mission's state
			}
		}
		if o.typ == Organization && o.gaz != nil && stateBodyKinds[o.gaz.kind] && o.country != "" && ministerNouns[headWord(r.title)] && de.byKey["country:"+o.country] != nil {
			role.Of = "country:" + o.country // "Foreign Office minister Kim Howells": a minister is the state's, whichever department he serves in
		}
		if o.typ == Organization && o.country != "" && bd.x.idx.fieldMinistry(bd.toks(o.sent), o.a, o.b) && de.byKey["country:"+o.country] != nil {
			role.Of = "country:" + o.country // "Chinese Defense Ministry spokesman Li Wen": the state's, as "foreign ministry spokesperson" is
		}
		if o.gaz != nil && role.Code == "GOV" {
			if c, ok := kindCodes[o.gaz.kind]; ok {
				role.Code = c // "Hamas leader" leads an armed group
			}
		}
	} else if strings.HasPrefix(of, "country:") {
		country = strings.TrimPrefix(of, "country:")
	}
	if e.Country == "" {
		e.Country = country
	}
	e.Roles = addOnce(e.Roles, role)
}

// addOnce adds r to roles unless they give its title with its owner
// already: one role per title and owner.
func addOnce(roles []Role, r Role) []Role {
	if slices.ContainsFunc(roles, func(o Role) bool { return o.Title == r.Title && o.Of == r.Of }) {
		return roles
	}
	return append(roles, r)
}

// sortRoles puts roles in the order entities give them: by title, then
// owner.
func sortRoles(roles []Role) {
	sort.SliceStable(roles, func(i, j int) bool {
		if roles[i].Title != roles[j].Title {
			return roles[i].Title < roles[j].Title
		}
		return roles[i].Of < roles[j].Of
	})
}

// namesState reports a document that names the country of code as a
// country or by its nationality, not only by its places.
// describesPrivate reports a nationality that describes one of its
// country's people or businesses after "a" ("a South African trading
// company"), which names no state.
func (bd *builder) describesPrivate(c cand) bool {
	return c.gaz != nil && c.gaz.demonym && privateAfterArticle(bd.toks(c.sent), c.a, c.b)
}

func (bd *builder) namesState(code string) bool {
	return slices.ContainsFunc(bd.cands, func(c cand) bool { return !c.dropped && c.typ == Country && c.country == code })
}

// otherCountryIn reports that sentence si names a country other than
// code, or a nationality of one, or a capital of one the story names,
// that is not the owner of another office:
// "Foreign Minister Machimura summoned China's ambassador" leaves the
// minister to the document's country.
func (bd *builder) otherCountryIn(si int, code string) bool {
	for _, k := range bd.bySent[si] {
		c := bd.cands[k]
		// a capital names its state when the story names the state too:
		// "but Moscow has had little success" (Russia named), not
		// "closer relations with Brussels" (the EU's seat)
		state := c.typ == Country || bd.standsForState(k) && bd.namesState(c.country)
		if !c.dropped && c.country != "" && c.country != code && state && !bd.ownsOffice(c) && !bd.describesPrivate(c) {
			return true
		}
	}
	return false
}

// unownedOfficeState is the code of the country whose state office r,
// given with no owner, is: the holder's own country (own), the state
// that the sentence or two before give the same office with no holder,
// the state the sentence before opens with when the holder opens this
// one, else the article's country (focal) unless the sentence names
// another; "" for none.
func (bd *builder) unownedOfficeState(r roleCand, own, focal string) string {
	if own != "" {
		return own
	}
	if code := bd.ownerNamedBefore(r); code != "" {
		return code // "Burma's ambassador ... The ambassador, Than Zaw Myint"
	}
	if forceOffice(r.title) {
		if code := bd.datelineCountry(); code != "" {
			return code // "STANSTED, England ... Police spokeswoman Kim White": the police of where the story is
		}
	}
	if bd.opensSentence(r) {
		// "Thailand reacted angrily. Commerce Minister Watana Muangsook
		// accused the US": the state the sentence before opens with,
		// whose answer the office holder gives
		if code := bd.stateOpening(r.sent - 1); code != "" {
			return code
		}
	}
	if focal != "" && !bd.otherCountryIn(r.sent, focal) {
		// "Defence Minister Volker Ruehe said German troops would stay
		// in Bosnia" is no Bosnian minister
		return focal
	}
	return ""
}

// opensSentence reports a title whose holder opens its sentence, past the
// title: "Commerce Minister Watana Muangsook accused".
func (bd *builder) opensSentence(r roleCand) bool {
	if r.sent < 1 || bd.doc.Sentences[r.sent-1].Headline {
		return false // a headline is no state's word the holder answers
	}
	c := bd.cands[r.person]
	t := bd.toks(r.sent)
	for k := datelineEnd(t); k < c.a; k++ {
		if !isCap(t[k].Text) && !bd.x.idx.titleHeads[t[k].lower()] {
			return false
		}
		if bd.x.idx.lookup(t[k].Text) != nil && !bd.x.idx.titleStarts[t[k].lower()] {
			return false // "Thai Commerce Minister": a nationality says whose
		}
	}
	return c.a > datelineEnd(t) && c.b < len(t) && strings.HasPrefix(t[c.b].Tag, "VB")
}

// stateOpening is the country sentence si opens with as its subject, a
// state or its body ("Thailand reacted", "The German government, which
// ..., criticised", "Sudan's government has rejected"); "" when it opens
// with none.
func (bd *builder) stateOpening(si int) string {
	t := bd.toks(si)
	start := datelineEnd(t)
	for _, k := range bd.bySent[si] {
		c := bd.cands[k]
		if c.dropped || c.a < start {
			continue
		}
		for j := start; j < c.a; j++ {
			if !determiners[t[j].lower()] {
				return ""
			}
		}
		if c.typ != Country || c.country == "" {
			return ""
		}
		j := c.b
		if j < len(t) && isPossessive(t[j].Text) {
			j++
		}
		if c.gaz != nil && c.gaz.demonym || j > c.b {
			if j >= len(t) || !groupNouns[t[j].lower()] {
				return "" // "German troops": no state speaking
			}
		}
		return c.country
	}
	return ""
}

// ownsOffice reports a country named as the owner of the title after it:
//
//	COUNTRY 's TITLE        "China's ambassador"
//	NATIONALITY TITLE       "the Chinese ambassador"
func (bd *builder) ownsOffice(c cand) bool {
	t := bd.toks(c.sent)
	k := c.b
	if k < len(t) && isPossessive(t[k].Text) {
		k++
	}
	return k < len(t) && (k > c.b || c.gaz != nil && c.gaz.demonym) && bd.x.idx.titleHeads[t[k].lower()]
}

// resolveCounterparts gives "his Israeli counterpart, Ariel Sharon" the
// title of the person whose counterpart he is, in the counterpart's
// country; a title written with the counterpart's name keeps its words
// and takes that country, and never the other person's state by a guess
// ("his counterpart FM Salim Aziz" in a story of Peru is no Peruvian
// minister). guessed holds the entity key and title of the offices whose
// owner was guessed.
func (bd *builder) resolveCounterparts(de *docEntities, guessed map[string]bool) {
	for _, cp := range bd.counterparts {
		p := bd.cands[cp.person]
		e := de.byKey[p.key]
		if p.dropped || e == nil {
			continue
		}
		// whose counterpart: the nearest person before the word
		ref, refEnd := "", -1
		for _, k := range bd.bySent[cp.sent] {
			bd.steps++
			c := bd.cands[k]
			if c.typ == Person && !c.dropped && c.b <= cp.at && c.b > refEnd && c.key != p.key {
				ref, refEnd = c.key, c.b
			}
		}
		if ref == "" && cp.sent > 0 && !bd.doc.Sentences[cp.sent-1].Headline {
			// "Machimura demanded an apology. But his Chinese
			// counterpart, Li Zhaoxing, told him": the person the
			// sentence before opens with
			ref = bd.subjectPerson(cp.sent - 1)
		}
		re := de.byKey[ref]
		for i := range e.Roles {
			if guessed[e.Key+"|"+e.Roles[i].Title] && (re == nil || slices.ContainsFunc(re.Roles, func(r Role) bool { return r.Of == e.Roles[i].Of })) {
				// the other side's office: the story's state, guessed, may
				// be the possessor's own
				e.Roles[i].Of = ""
				if cp.of >= 0 && !bd.cands[cp.of].dropped {
					e.Roles[i].Of = bd.cands[cp.of].key
				}
			}
		}
		if re == nil {
			continue
		}
		for _, r := range re.Roles {
			if !stateCodes[r.Code] {
				continue
			}
			role := Role{Title: r.Title, Code: r.Code, Evidence: bd.evidence(cp.sent)}
			if cp.of >= 0 && !bd.cands[cp.of].dropped {
				role.Of = bd.cands[cp.of].key
				if e.Country == "" {
					e.Country = bd.cands[cp.of].country
				}
			}
			if own := ownerlessTitle(e); own >= 0 {
				// "his Afghan counterpart Foreign Minister Salim Aziz": the
				// title written is his, in the counterpart's state
				if e.Roles[own].Of == "" {
					e.Roles[own].Of = role.Of
				}
			} else if !hasTitle(e, role.Title, role.Of) {
				e.Roles = append(e.Roles, role)
			}
			break
		}
	}
}

// subjectPerson is the key of the person sentence si names before its
// first verb, its subject; "" when it names none there or more than one.
func (bd *builder) subjectPerson(si int) string {
	t := bd.toks(si)
	verb := firstVerb(t)
	key := ""
	for _, k := range bd.bySent[si] {
		c := bd.cands[k]
		if c.dropped || c.typ != Person || c.b > verb {
			continue
		}
		if key != "" && key != c.key {
			return ""
		}
		key = c.key
	}
	return key
}

// resolveBareTitles gives a title that names no one ("the country's
// security minister said") to the one person of the document who holds a
// title with the same head word, when there is exactly one.
func (bd *builder) resolveBareTitles(de *docEntities) {
	if len(bd.bare) == 0 {
		return
	}
	// the holders of titles with each head word, as the entities are
	// before any bare title is given: giving one adds a title with a head
	// word its holder has
	holders := map[string]int{}
	holderOf := map[string]*Entity{}
	for _, e := range de.list() {
		bd.steps++
		seen := map[string]bool{}
		for _, r := range e.Roles {
			if h := headWord(r.Title); !seen[h] {
				seen[h] = true
				holders[h]++
				holderOf[h] = de.byKey[e.Key]
			}
		}
	}
	compatriots := map[string]bool{} // the people untitledCompatriot gave titles
	for _, b := range bd.bare {
		bd.steps++
		h := headWord(b.title)
		if holders[h] == 0 || holders[h] == 1 && b.of >= 0 && bd.cands[b.of].typ == Country && holderOf[h].Country != bd.cands[b.of].country {
			// "the Palestinian president", no one's or an Israeli's title
			// so far: the one Palestinian
			bd.untitledCompatriot(de, b, compatriots)
			continue
		}
		if holders[h] != 1 {
			continue
		}
		holder := holderOf[h]
		of := ""
		switch {
		case b.of >= 0 && !bd.cands[b.of].dropped:
			of = bd.cands[b.of].key
		case (b.of == -2 || stateCodes[b.code]) && holder.Country != "":
			of = "country:" + holder.Country
		}
		if of != "" && strings.HasPrefix(of, "country:") && holder.Country != "" && of != "country:"+holder.Country {
			continue // a Spaniard holds no Moroccan office
		}
		generic, other := false, false
		for _, r := range holder.Roles {
			switch {
			case strings.HasSuffix(r.Title, b.title):
				generic = true // "the minister" adds nothing to "foreign minister"
			case headWord(r.Title) == h && r.Title != h && !strings.HasSuffix(b.title, r.Title):
				other = true // "interior minister" is not the prime minister
			}
		}
		if generic || other || hasTitle(holder, b.title, of) {
			continue
		}
		holder.Roles = append(holder.Roles, Role{Title: b.title, Code: b.code, Of: of, Evidence: bd.evidence(b.sent)})
	}
}

// untitledCompatriot gives a bare title that names its country and that
// no one in the document holds, or no one of that country ("the
// Palestinian president", "Estonia's president"), to the one person of
// that country the document names, when
// that person has no title but those this rule gave (given records them):
//
//	[the] DEMONYM|COUNTRY 's TITLE ... and one PERSON of COUNTRY with no title
//
// "Netanyahu opposed talks between Weizman and the Palestinian president",
// with Yasser Arafat the story's one Palestinian: Arafat is president of
// Palestine.
func (bd *builder) untitledCompatriot(de *docEntities, b roleCand, given map[string]bool) {
	if b.of < 0 || bd.cands[b.of].dropped || bd.cands[b.of].typ != Country || !stateCodes[b.code] {
		return
	}
	code := bd.cands[b.of].country
	var one *Entity
	for _, e := range de.list() {
		bd.steps++
		if e.Type != Person || e.Country != code {
			continue
		}
		if one != nil || len(e.Roles) > 0 && !given[e.Key] {
			return // two people of the country, or one with an office of their own
		}
		one = de.byKey[e.Key]
	}
	if one != nil && !hasTitle(one, b.title, "country:"+code) {
		one.Roles = append(one.Roles, Role{Title: b.title, Code: b.code, Of: "country:" + code, Evidence: bd.evidence(b.sent)})
		given[one.Key] = true
	}
}

// ownerlessTitle is the index of e's first role with no owner, or -1.
func ownerlessTitle(e *Entity) int {
	for i, r := range e.Roles {
		if r.Of == "" {
			return i
		}
	}
	return -1
}

func hasTitle(e *Entity, title, of string) bool {
	for _, r := range e.Roles {
		if r.Title == title && r.Of == of {
			return true
		}
	}
	return false
}

// headWord is the last word of a title: "defense minister" -> "minister".
func headWord(title string) string {
	f := strings.Fields(title)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// shareRankOwner gives a military rank read with no owner the owner of a
// military title read in the same sentence: "An IRGC deputy commander,
// Brigadier General Abbas Nilforoushan". An owner only guessed
// (guessed holds the entity's key and the title) is not shared: "Army
// spokesman Maj Gen X" says whose spokesman X is, not whose general.
func shareRankOwner(e *Entity, guessed map[string]bool) {
	for i := range e.Roles {
		r := &e.Roles[i]
		if r.Of != "" || r.Code != "MIL" {
			continue
		}
		for _, o := range e.Roles {
			if o.Of != "" && o.Code == "MIL" && o.Evidence.Sentence == r.Evidence.Sentence && !guessed[e.Key+"|"+o.Title] {
				r.Of = o.Of
				break
			}
		}
	}
}

// titleCaseAcronym reports a word of three to eight letters with only its
// first a capital, as some papers write acronyms said as words: "Farc",
// "Nato", "Ecowas", "Minustah".
func titleCaseAcronym(w string) bool {
	if len(w) < 3 || len(w) > 8 || !isCap(w) {
		return false
	}
	for _, r := range w[1:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// capitals counts the capital letters of s.
func capitals(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}
