package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/names"
)

// findEntities finds and resolves the entities of doc, whose sentences'
// trees the rules that need one parse through trees.
func (x *Extractor) findEntities(doc *Document, trees *sentenceTrees) *docEntities {
	bd := x.newBuilder(doc)
	bd.trees = trees
	bd.findNames()
	for si := range doc.Sentences {
		quoteTags(doc.Sentences[si].Tokens) // once the name tagger has read prose's tags
	}
	// a headline's capitals name no one by themselves: read it after the
	// body, for the names the body and the lexicon know (the name tagger
	// learned lines in capitals, but not titles in title case)
	var deferred []int
	for si := range doc.Sentences {
		if doc.Sentences[si].Headline && !shouting(doc.Sentences[si].Text) {
			deferred = append(deferred, si)
			continue
		}
		bd.scanSentence(si)
	}
	bd.scanPredicateTitles()
	bd.resolve()
	if len(deferred) > 0 {
		known := map[string]int{}
		for k, c := range bd.cands {
			// a lone word the body typed by guess is no evidence there; an
			// acronym the body spells out is ("RSF" after "the Rapid
			// Support Forces")
			surface := doc.Text[c.start:c.end]
			if !c.dropped && c.key != "" && (c.gaz != nil || c.b-c.a > 1 || c.typ == Person || c.typ == Organization && isAcronym(surface) && !strings.HasSuffix(c.key, ":"+strings.ToLower(surface))) {
				s := normName(surface)
				if _, ok := known[s]; !ok {
					known[s] = k
				}
			}
			if s := normName(c.fixedLabel); !c.dropped && c.key != "" && c.typ == Organization && strings.Contains(s, " ") && s != normName(surface) {
				// "Iraq's parliament", named the Iraqi Parliament: so
				// is the headline's "Iraqi Parliament"
				if _, ok := known[s]; !ok {
					known[s] = k
				}
			}
		}
		n := len(bd.cands)
		for _, si := range deferred {
			bd.scanHeadline(si, known)
		}
		bd.keyCands(n)
	}
	bd.foreignPartyWords()
	bd.addBareLegislatures()
	bd.nameTags()
	de := bd.entities()
	if stepsHook != nil {
		stepsHook(bd.steps)
	}
	return de
}

// nameTags tags as a proper noun the capitalised words of a name that the
// tagger read as verbs, so that the rules after see a name, not a clause:
// "aid to Ukraine/VB from the US".
func (bd *builder) nameTags() {
	for _, c := range bd.cands {
		if c.dropped || c.key == "" || c.gaz != nil && c.gaz.demonym {
			continue
		}
		t := bd.toks(c.sent)
		for k := c.a; k < c.b && k < len(t); k++ {
			if strings.HasPrefix(t[k].Tag, "VB") && isCap(t[k].Text) {
				t[k].Tag = "NNP"
			}
		}
	}
}

// stepsHook, when set (by tests), is told how many candidates and names
// resolving each document looked at: a count of its work that, unlike
// time, does not depend on the machine.
var stepsHook func(steps int)

// shouting reports a line written in capitals: "SOCCER - JAPAN GET LUCKY WIN".
func shouting(s string) bool {
	upper, lower, words := 0, 0, 0
	inWord := false
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
		if unicode.IsLetter(r) {
			if !inWord {
				words++
			}
			inWord = true
		} else {
			inWord = false
		}
	}
	return words >= 2 && upper >= 4*lower && upper >= 4
}

// cand is a candidate mention found in one sentence.
type cand struct {
	sent       int
	a, b       int // token range [a, b) in the sentence
	start, end int // byte offsets in the document
	typ        EntityType
	gaz        *gazEntry
	initial    bool // a lone word that opens its sentence
	country    string
	fixedLabel string // a canonical label other than the surface
	altLabel   string // another name the body goes by: "Armenia Defence Ministry" beside "Armenian Defence Ministry"
	chunkA     int    // first token of the chunk the candidate came from, titles included
	weak       bool   // typed by default, not by evidence
	famous     bool   // the name of a well-known person of people.tsv
	famousOf   string // that person's country, "" for an international official
	key        string // set by resolve
	dropped    bool
	sure       float64 // the name tagger's confidence in the name it came from; 0 for the lexicon's alone
}

// roleCand is a title found next to a person candidate.
type roleCand struct {
	person int // index into builder.cands
	title  string
	code   string
	of     int // index into builder.cands, or -1
	sent   int
	// under is 1 + the candidate of the person whose office this title
	// serves ("Mr Rato's deputy"), 0 for none: it shares that office's owner
	under int
	// body: a noun for a body unnamed owns the title ("Club president"):
	// it is no state's office
	body bool
	// after is 1 + the token a title read with no owner comes right after,
	// 0 for none: a name there that resolves to an organization or a
	// country once names are resolved owns it ("Huaxin chairman X");
	// named is 1 + the token a name starts at that the title's "of",
	// "for" or "at" names, read as no body yet ("an analyst at
	// Gartmore"), which owns it if it resolves to an organization
	after, named int
}

// builder collects the candidates of one document.
type builder struct {
	x     *Extractor
	doc   *Document
	trees *sentenceTrees // the sentences' dependency trees, parsed on demand
	cands []cand
	roles []roleCand
	// titles with no name: "the country's security minister said"
	bare []roleCand // person is -1
	// "his Israeli counterpart, Ariel Sharon": person, of, and whose counterpart
	counterparts []counterpart
	// titles that name no one as a clause's subject, for the person who
	// opens the next sentence ("Russia's president has defended ...")
	leads []leadTitle
	// per sentence: cand index by the token that ends it (b-1) and starts it
	endsAt   map[[2]int]int
	startsAt map[[2]int]int
	// bySent lists the candidates of each sentence
	bySent map[int][]int
	// surfs and surfStr cache the words and the text of each candidate;
	// bySurface and labelEnds index the candidates by surface and those
	// with a label of their own by its endings, for resolve
	surfs     [][]string
	surfStr   []string
	bySurface map[string][]int
	labelEnds map[string][]int
	labelled  []int             // the candidates with a label of their own
	typed     map[string][2]int // surface -> the first two typed candidates
	// steps counts the candidates and names resolve looks at
	steps int
	// roleStart is where the roles of the sentence being scanned begin
	roleStart int
	// orgWords maps a word of organization names to the first organization
	// with it and how many names have it
	orgWords map[string][2]int
	// spans are the names the name tagger found, by sentence; sure is the
	// confidence of the one being read
	spans [][]names.Span
	sure  float64
	// the folded tokens of sentence normSent, for normSpan
	normSent int
	normToks []string
	normBuf  []byte
}

func (x *Extractor) newBuilder(doc *Document) *builder {
	return &builder{x: x, doc: doc, endsAt: map[[2]int]int{}, startsAt: map[[2]int]int{}, bySent: map[int][]int{}, normSent: -1}
}

func (bd *builder) toks(si int) []Token { return bd.doc.Sentences[si].Tokens }

// span returns the document text of tokens [a, b) of sentence si.
func (bd *builder) span(si, a, b int) string {
	t := bd.toks(si)
	return bd.doc.Text[t[a].Start:t[b-1].End]
}

// normSpan is normName of span(si, a, b), built from the sentence's tokens
// folded once.
func (bd *builder) normSpan(si, a, b int) string {
	if bd.normSent != si {
		t := bd.toks(si)
		bd.normSent = si
		bd.normToks = bd.normToks[:0]
		for _, tok := range t {
			bd.normToks = append(bd.normToks, normName(bd.doc.Text[tok.Start:tok.End]))
		}
	}
	if b-a == 1 {
		return bd.normToks[a]
	}
	return string(bd.normBytes(si, a, b))
}

// normBytes is normSpan in a buffer the next call reuses: a map looked up
// with string(normBytes(...)) costs no copy.
func (bd *builder) normBytes(si, a, b int) []byte {
	if bd.normSent != si {
		bd.normSpan(si, a, a+1)
	}
	t := bd.toks(si)
	buf := bd.normBuf[:0]
	for k := a; k < b; k++ {
		if k > a && t[k].Start > t[k-1].End {
			buf = append(buf, ' ')
		}
		buf = append(buf, bd.normToks[k]...)
	}
	bd.normBuf = buf
	return buf
}

// lowerWord reports a word of letters with no capital in it: "group",
// not "al-Qaeda", "Group" or "1990".
func lowerWord(w string) bool {
	letters := false
	for _, r := range w {
		if unicode.IsUpper(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// gazMatch returns the length in tokens of the longest known name starting at
// token i, and its entries.
func (bd *builder) gazMatch(si, i, limit int) (int, []gazEntry) {
	t := bd.toks(si)
	// only names whose first word starts here can match
	rest := bd.doc.Text[t[i].Start:t[limit-1].End]
	if sp := strings.IndexFunc(rest, unicode.IsSpace); sp >= 0 {
		rest = rest[:sp]
	}
	words := bd.x.idx.firstWords[bd.normSpan(si, i, i+1)]
	if len(rest) != t[i].End-t[i].Start {
		words = max(words, bd.x.idx.firstWords[normName(rest)]) // a word the tokenizer split: "U.S.-backed"
	}
	if words == 0 {
		return 0, nil
	}
	// no longer than the longest name that starts with the word; "'s" and
	// punctuation split names into more tokens than words
	for n := min((words+2)*2, limit-i); n >= 1; n-- {
		if !isWord(t[i+n-1].Text) && t[i+n-1].Text != "." {
			continue
		}
		if len(bd.x.idx.names[string(bd.normBytes(si, i, i+n))]) == 0 {
			continue
		}
		if n >= 2 && i+n < len(t) && lowerWord(t[i+n-1].Text) && isCap(t[i+n].Text) {
			continue // "the Palestinian Islamic group Hamas": words in lower case before a name describe it
		}
		if es := bd.x.idx.lookupNorm(bd.normSpan(si, i, i+n), bd.span(si, i, i+n)); len(es) > 0 {
			if definite[t[i].lower()] && !strings.HasPrefix(es[0].label, "The ") {
				return 0, nil // "the West Bank" is the West Bank, not "the West" and a bank
			}
			if es = commonPhrase(t, i, i+n, es); len(es) == 0 {
				continue
			}
			return n, es
		}
	}
	return 0, nil
}

func (bd *builder) add(c cand) int {
	if c.gaz == nil && (c.typ == Person || c.typ == "" || c.weak) {
		if country, ok := bd.famous(c.sent, c.a, c.b); ok {
			c.typ, c.weak, c.famous, c.famousOf = Person, false, true, country
		} else if country, ok := bd.x.idx.surnames[bd.normSpan(c.sent, c.a, c.b)]; ok && country != "?" && c.typ == Person && c.b-c.a == 1 && c.chunkA < c.a {
			// "President Bouteflika": a title and the surname of one
			// well-known person
			c.famous, c.famousOf = true, country
		}
	}
	t := bd.toks(c.sent)
	c.start, c.end = t[c.a].Start, t[c.b-1].End
	if c.sure == 0 {
		c.sure = bd.sure
	}
	if c.chunkA == 0 {
		c.chunkA = c.a
	}
	k := bd.push(c)
	bd.endsAt[[2]int{c.sent, c.b - 1}] = k
	bd.startsAt[[2]int{c.sent, c.a}] = k
	return k
}

// famous reports whether tokens [a, b) of sentence si are exactly the name
// of a well-known person, and returns the country that person acts for.
func (bd *builder) famous(si, a, b int) (string, bool) {
	if a >= b || !isCap(bd.toks(si)[a].Text) || !bd.x.idx.peopleStarts[nameKey(bd.normSpan(si, a, a+1))] {
		return "", false
	}
	country, ok := bd.x.idx.people[bd.normSpan(si, a, b)]
	return country, ok
}

// push appends a candidate and indexes it by sentence.
func (bd *builder) push(c cand) int {
	bd.cands = append(bd.cands, c)
	k := len(bd.cands) - 1
	bd.bySent[c.sent] = append(bd.bySent[c.sent], k)
	return k
}

func (bd *builder) addGaz(si, a, b int, e gazEntry) int {
	if e.demonym && bd.regionPeople(si, a, b) {
		return b // "Latin American countries": no American's
	}
	e2 := e
	return bd.add(cand{sent: si, a: a, b: b, typ: e.typ, gaz: &e2, country: e.country})
}

// regionPeople reports a one-word adjective of a people at token a that
// the word before makes the adjective of a region the lexicon knows:
// "Latin American" (Latin America), "Central American", "North American".
func (bd *builder) regionPeople(si, a, b int) bool {
	t := bd.toks(si)
	if b != a+1 || a == 0 || !isCap(t[a-1].Text) {
		return false
	}
	stem := strings.TrimSuffix(strings.TrimSuffix(t[a].Text, "s"), "n") // "Americans" -> "America"
	for _, e := range bd.x.idx.lookup(t[a-1].Text + " " + stem) {
		if e.typ == Location && e.kind == kindContinent {
			return true
		}
	}
	return false
}

// isNameToken reports a token that can be part of a name.
func isNameToken(s string) bool {
	return isCap(s) && isWord(s) && !notNames[strings.TrimSuffix(s, ".")]
}

// scanSentence finds the candidate mentions of sentence si: the names the
// name tagger found, read with the lexicon (classifyName), then the
// names the lexicon knows among the words the tagger left.
func (bd *builder) scanSentence(si int) {
	t := bd.toks(si)
	first := firstWord(t)
	bd.roleStart = len(bd.roles)
	bd.spans[si] = headedCompanies(t, bd.joinAcronymNames(t, bd.joinPurposeNames(t, bd.joinMinistryFields(t, bd.suffixCompanies(t, bd.ownedCompanies(t, bd.possessedCompanies(t, joinPlaceHeads(t, balanceBrackets(t, joinChannelNumbers(t, bd.joinForNames(t, bd.joinOfAnd(t, bd.joinConjoined(t, bd.joinPeoples(t, bd.joinParticles(t, bd.joinForenames(t, bd.joinTitledForenames(t, trimPronouns(t, bd.joinInitialNames(t, bd.trimDescribedNames(t, trimGradedCreeds(t, dropArticlePhrases(t, splitForCompanies(t, bd.trimLowerPrefixes(t, bd.spans[si]))))))))))))))))))))))))
	spans := bd.spans[si]
	for i := 0; i < len(t); {
		for len(spans) > 0 && spans[0].Start < i {
			spans = spans[1:] // a name that overlaps one read already: never read twice
		}
		// a name of two or more words that the lexicon knows, whole, that
		// the tagger did not find as one and that none of its names reaches
		// out of
		var n int // the longest name the lexicon knows at word i
		var es []gazEntry
		if isCap(t[i].Text) || isInt(t[i].Text) {
			if n, es = bd.gazMatch(si, i, len(t)); n >= 2 && !crosses(spans, i, i+n) &&
				!(len(spans) > 0 && spans[0].Start == i && spans[0].End == i+n) {
				i = bd.addKnown(si, i, i+n, es[0])
				for len(spans) > 0 && spans[0].Start < i {
					spans = spans[1:]
				}
				continue
			}
		}
		if len(spans) > 0 && spans[0].Start == i && bd.hyphenedPair(si, i, spans[0].End) {
			i = spans[0].End // "Japan-South Korea relations": two countries, no place of that name
			spans = spans[1:]
			continue
		}
		if len(spans) > 0 && spans[0].Start == i {
			j := spans[0].End
			bd.sure = spans[0].Score
			spans = spans[1:]
			bd.classifyName(si, i, j, i == first)
			bd.sure = 0
			i = j
			continue
		}
		end := len(t)
		if len(spans) > 0 {
			end = spans[0].Start
		}
		if n > 0 && isCap(t[i].Text) {
			if i+n > end { // a shorter one, before the tagger's next name
				n, es = bd.gazMatch(si, i, end)
			}
			if n > 0 {
				i = bd.addKnown(si, i, i+n, es[0])
				continue
			}
		}
		bd.hyphenParts(si, i)
		i++
	}
	bd.joinAmpersandNames(si)
	bd.scanAcronymOwners(si)
	bd.scanLegislatures(si)
	bd.scanCourts(si)
	bd.scanMinistriesOf(si)
	bd.scanMinistries(si)
	bd.scanRoles(si)
	bd.scanBareTitles(si)
	bd.scanLeadTitles(si)
}

// balanceBrackets closes the bracket a name opens and does not close when
// its partner comes right after it ("Azadliq (Freedom" -> "Azadliq
// (Freedom)"), and otherwise ends the name before the bracket: no name
// holds half a pair.
func balanceBrackets(t []Token, spans []names.Span) []names.Span {
	for i := range spans {
		sp := &spans[i]
		open := -1
		for k := sp.Start; k < sp.End; k++ {
			switch t[k].Text {
			case "(":
				open = k
			case ")":
				open = -1
			}
		}
		if open < 0 {
			continue
		}
		next := len(t)
		if i+1 < len(spans) {
			next = spans[i+1].Start
		}
		switch {
		case sp.End < next && t[sp.End].Text == ")":
			sp.End++
		case open > sp.Start:
			sp.End = open
		}
	}
	return spans
}

// joinParticles extends each person the name tagger found over a particle
// joined to the next part of the name, which the tagger leaves out or
// takes for another name:
//
//	PER particle-Name          "Abdel Fattah al-Sisi"
//	PER particle [particle] PER "Khalid bin Ahmed Al Khalifa"
//	PER particle [particle] NNP "Salman bin Hamad", where the tagger ends at "Salman"
//
// A particle on its own is one in lower case between two words in
// capitals; the name after it is a person the tagger found there, or one
// word in capitals that names no place or state in the lexicon. A name of
// any kind goes back over a particle in lower case that no word in
// capitals comes before:
//
//	particle NAME              "linked to al Qaeda", "met de Klerk"
func (bd *builder) joinParticles(t []Token, spans []names.Span) []names.Span {
	out := spans[:0]
	for k := 0; k < len(spans); k++ {
		sp := spans[k]
		if p := sp.Start - 1; p >= 0 && bd.x.idx.particles[t[p].Text] && t[p].Text == t[p].lower() && (p == 0 || (!isCap(t[p-1].Text) || determiners[t[p-1].lower()]) && !bd.x.idx.particles[t[p-1].Text]) && (len(out) == 0 || out[len(out)-1].End < p) {
			sp.Start = p // "linked to al Qaeda", "met de Klerk": the particle opens the name
		}
		for sp.Type == "PER" && sp.End < len(t) {
			if bd.particleName(t[sp.End].Text) {
				sp.End++
			} else if n := bd.particleRun(t, sp.End); n > 0 {
				next := sp.End + n
				if k+1 < len(spans) && spans[k+1].Start == next && spans[k+1].Type == "PER" {
					sp.End = spans[k+1].End
				} else if (k+1 >= len(spans) || spans[k+1].Start > next) && t[next].Tag == "NNP" && !bd.placeName(t[next].Text) {
					sp.End = next + 1
				} else {
					break
				}
			} else {
				break
			}
			for k+1 < len(spans) && spans[k+1].Start < sp.End {
				k++ // the tagger's name of the particle's word, or of the part after it
			}
		}
		out = append(out, sp)
	}
	return out
}

// particleRun is the number of name particles written on their own in
// lower case at token i (one or two: "bin", "van der"), with a word in
// capitals after them; 0 when there are none.
func (bd *builder) particleRun(t []Token, i int) int {
	n := 0
	for i+n < len(t) && n < 2 && t[i+n].Text == t[i+n].lower() && bd.x.idx.particles[t[i+n].Text] {
		n++
	}
	if n == 0 || i+n >= len(t) || !isCap(t[i+n].Text) || !isWord(t[i+n].Text) {
		return 0
	}
	return n
}

// placeName reports a word the lexicon knows as a place or a state.
func (bd *builder) placeName(w string) bool {
	for _, e := range bd.x.idx.lookup(w) {
		if e.typ == Country || e.typ == Location {
			return true
		}
	}
	return false
}

// joinOfAnd makes one organization of an organization the tagger ends
// after "of" or "for" and a word, "and", and the one to three capitalised
// words after it, when they are no name the lexicon knows, no title and
// no person's or place's name of their own: "Ministry of Trade and
// Industry", "Association for Refugees and Displaced Persons", which the
// tagger splits at "and". A name that ends in "of" and a place is whole:
// "Bank of America and Merrill Lynch" are two.
func (bd *builder) joinOfAnd(t []Token, spans []names.Span) []names.Span {
	for k := range spans {
		a := &spans[k]
		if a.Type != "ORG" || a.End+1 >= len(t) || !coordinators[t[a.End].lower()] || !isCap(t[a.End+1].Text) ||
			!bd.endsInObject(t, *a) || bd.x.idx.lookup(t[a.End+1].Text) != nil || bd.isTitleWord(t[a.End+1]) || bd.endsInPlace(t, *a) {
			continue
		}
		e := a.End + 1
		for e < len(t) && e < a.End+4 && isCap(t[e].Text) && strings.HasPrefix(t[e].Tag, "NNP") {
			e++
		}
		if e == a.End+1 {
			continue
		}
		if k+1 < len(spans) && spans[k+1].Start < e {
			if b := spans[k+1]; b.Start != a.End+1 || b.End > e || b.Type == "PER" || b.Type == "LOC" {
				continue // "the Ministry of Defence and John Smith"
			}
			spans[k+1].End = spans[k+1].Start // emptied: dropped below
		}
		a.End = e
	}
	return dropEmpty(spans)
}

// endsInPlace reports an organization whose name ends in "of" and a place
// or a state the lexicon knows, which ends the name: "Bank of America",
// not "Ministry of Trade".
func (bd *builder) endsInPlace(t []Token, sp names.Span) bool {
	for i := sp.End - 2; i > sp.Start && i >= sp.End-3; i-- {
		if ofWords[t[i].lower()] {
			return bd.placeName(wordsOf(t[i+1 : sp.End]))
		}
	}
	return false
}

// joinPurposeNames makes one organization of a head word of organizations'
// names in capitals, "to", and the name the tagger found after it: a body
// named for its purpose, which the tagger splits at "to":
//
//	[ORG] ORG-HEAD to WORD NAME...
//
// where WORD, the purpose's verb, is a word of the language in capitals,
// in the name or before it, and the name is none the lexicon knows.
// "the Campaign to Stop Killer Robots", "the Committee to Protect
// Bloggers". The head joins the name the tagger found before it, if one
// ends there ("National Campaign").
func (bd *builder) joinPurposeNames(t []Token, spans []names.Span) []names.Span {
	for k := range spans {
		sp := &spans[k]
		v := sp.Start // the purpose's verb, in the name or before it: "to Protect Bloggers"
		if v > 0 && !infinitiveMarks[t[v-1].lower()] && isCap(t[v-1].Text) && bd.x.idx.common[t[v-1].lower()] && (k == 0 || spans[k-1].End < v) {
			v--
		}
		h := v - 2
		if h < 0 || sp.Type == "PER" && v == sp.Start || !infinitiveMarks[t[h+1].lower()] || !isCap(t[h].Text) || !bd.x.idx.orgHeads[t[h].Text] ||
			!bd.x.idx.common[t[v].lower()] || bd.x.idx.lookup(wordsOf(t[sp.Start:sp.End])) != nil {
			continue // the purpose is a verb and what it is done to: "to Protect Bloggers", not "to Jerusalem"
		}
		start := h
		if k > 0 && spans[k-1].End == h+1 {
			if spans[k-1].Type != "ORG" {
				continue // "the West Bank to"
			}
			start = spans[k-1].Start
			spans[k-1].End = spans[k-1].Start // joined: dropped below
		} else if k > 0 && spans[k-1].End > h {
			continue
		}
		sp.Start, sp.Type = start, "ORG"
	}
	return dropEmpty(spans)
}

// isTitleWord reports a word that is a title alone: "President".
func (bd *builder) isTitleWord(tok Token) bool {
	_, ok := bd.x.idx.titles[tok.lower()]
	return ok
}

// endsInObject reports an organization whose name ends in "of" or "for"
// and one or two capitalised words: "Ministry of Trade".
func (bd *builder) endsInObject(t []Token, sp names.Span) bool {
	for i := sp.End - 2; i > sp.Start && i >= sp.End-3; i-- {
		if w := t[i].lower(); ofWords[w] || purposePreps[w] {
			return true
		}
		if !isCap(t[i].Text) {
			return false
		}
	}
	return false
}

// ownedCompanies types as an organization a name the lexicon does not
// know that a noun of owning and its preposition open, what is bought,
// held or joined being a company:
//
//	(stake|shares|takeover|acquisition|merger|...) (in|of|with|for) NAME
//
// "bought a 50% stake in Sibneft" (a place is owned in no shares), "the
// takeover of Corus", "its merger with Pontel". A name the tagger took
// for a place in which a share is held is a company however sure the
// tagger is; otherwise a name it took for a place or a person is one
// where it is unsure (under weakName).
func (bd *builder) ownedCompanies(t []Token, spans []names.Span) []names.Span {
	for k := range spans {
		sp := &spans[k]
		if sp.Start < 2 || t[sp.Start-1].Tag != "IN" || bd.x.idx.lookup(wordsOf(t[sp.Start:sp.End])) != nil {
			continue
		}
		w := t[sp.Start-2].lower()
		switch {
		case sp.Type == "LOC" && stakeNouns[w]:
		case (sp.Type == "LOC" || sp.Type == "PER") && sp.Score < weakName && (stakeNouns[w] || ownedNouns[w]):
		default:
			continue
		}
		sp.Type = "ORG"
	}
	return spans
}

// ownedNouns name the buying or joining of a company, as stakeNouns name
// a share held in one.
var ownedNouns = lexicon.Class("ownedNouns")

// companySuffixes end one-word names of companies, written into the word:
// "Eximbank", "Sberbank", "Rosneft", "Naftogaz", "Gazprom".
var companySuffixes = lexicon.List("companySuffixes")

// suffixCompanies types as an organization a one-word name the tagger took
// for a place or a person that ends in a company's word and that the
// lexicon does not know, but for a name after a preposition of place:
//
//	WORD+SUFFIX (one token, suffix of companySuffixes after three letters)
//
// "the Eximbank and Credit Suisse", "Rosneft bought".
func (bd *builder) suffixCompanies(t []Token, spans []names.Span) []names.Span {
	for k := range spans {
		sp := &spans[k]
		if sp.End-sp.Start != 1 || sp.Type != "LOC" && sp.Type != "PER" || sp.Start > 0 && (cityPreps[t[sp.Start-1].lower()] || t[sp.Start-1].Tag == "TO") {
			continue // "flew to Marigaz": where, written as a place
		}
		w := strings.ToLower(t[sp.Start].Text)
		for _, suf := range companySuffixes {
			if len(w) >= len(suf)+3 && strings.HasSuffix(w, suf) && bd.x.idx.lookup(t[sp.Start].Text) == nil {
				sp.Type = "ORG"
				break
			}
		}
	}
	return spans
}

// wordsOf is the text of tokens joined by single spaces.
func wordsOf(ts []Token) string {
	words := make([]string, len(ts))
	for i, tok := range ts {
		words[i] = tok.Text
	}
	return strings.Join(words, " ")
}

// possessiveWords is the words of ts one space apart, each possessive
// close to the word it follows: "People's Republic of China".
func possessiveWords(ts []Token) string {
	var b strings.Builder
	for i, tok := range ts {
		if i > 0 && !isPossessive(tok.Text) {
			b.WriteByte(' ')
		}
		b.WriteString(tok.Text)
	}
	return b.String()
}

// stakeNouns name a share held in a company: "a stake in", "shares in".
var stakeNouns = lexicon.Class("stakeNouns")

// joinPlaceHeads extends each place the name tagger found over the lower
// case noun after it that makes it a place of its own, as addKnown does
// for the places the lexicon knows: "Juan Santamaria airport", "Gisenyi
// prison", "Qandil mountains", and over a noun before that head: "Rafah
// refugee camp".
func joinPlaceHeads(t []Token, spans []names.Span) []names.Span {
	for k := range spans {
		sp := &spans[k]
		n := placeHeadAfter(t, sp.End)
		if sp.Type != "LOC" || n == 0 || k+1 < len(spans) && spans[k+1].Start < sp.End+n {
			continue
		}
		if indefiniteBefore(t, sp.Start) && !missionHeads[t[sp.End+n-1].Text] {
			continue // "a Paris church": one of the place's, no name (a state's mission is read by the event rules)
		}
		if e := sp.End + n; e < len(t) && nounModifierWord(t[e]) {
			continue // "Halo Trust mine clearance": the noun modifies another
		}
		sp.End += n
	}
	return spans
}

// placeHeadAfter is how many words in lower case after token b make the
// place before them one of its own: a head of places' names ("camp"), or a
// noun and that head ("refugee camp", "air base"); 0 for none.
func placeHeadAfter(t []Token, b int) int {
	switch {
	case b >= len(t):
		return 0
	case lowerPlaceHeads[t[b].Text]:
		return 1
	case b+1 < len(t) && t[b].Tag == "NN" && t[b].Text == t[b].lower() && lowerPlaceHeads[t[b+1].Text]:
		return 2
	}
	return 0
}

// indefiniteBefore reports an indefinite article before the name at a,
// past adjectives: "a Paris church", "a jam-packed Washington church".
func indefiniteBefore(t []Token, a int) bool {
	k := a - 1
	for k >= 0 && t[k].Tag == "JJ" {
		k--
	}
	return k >= 0 && indefinite[t[k].lower()]
}

// dropEmpty removes the spans a join emptied, in place.
func dropEmpty(spans []names.Span) []names.Span {
	return slices.DeleteFunc(spans, func(sp names.Span) bool { return sp.End <= sp.Start })
}

// joinPeoples makes one organization of a collective noun in capitals,
// its possessive and the name after it, with the name before them: the
// name after is the organization the tagger found there, of whatever
// type, else the words in capitals it left out of any name:
//
//	[NAME] COLLECTIVE 's (NAME | CAPITALS)
//
// "Sudan People's Liberation Movement", which the tagger reads as a place
// and another organization; "the Donetsk People's Republic" (an
// organization and a place), "the Tarvo People's Front" (the tagger's
// "Tarvo People" and a word of no name). A state's name the lexicon knows
// whole stays a place's: "the People's Republic of China"; the possessive
// of a name it knows is one ("the United Nations' European office"), as
// are capitals it knows after it.
func (bd *builder) joinPeoples(t []Token, spans []names.Span) []names.Span {
	for i := 2; i+1 < len(t); i++ {
		if !isPossessive(t[i].Text) || !collectiveNames[t[i-1].Text] || !isCap(t[i+1].Text) || !isWord(t[i+1].Text) ||
			slices.ContainsFunc(spans, func(sp names.Span) bool { return sp.Start <= i && i < sp.End }) {
			continue // but "the People's Republic of China": one name across the possessive already
		}
		left := slices.IndexFunc(spans, func(sp names.Span) bool { return sp.End == i || sp.End == i-1 && sp.End > sp.Start })
		if left >= 0 && spans[left].End == i && bd.x.idx.lookup(possessiveWords(t[spans[left].Start:i])) != nil {
			continue // "the United Nations' European headquarters": a known name's possessive
		}
		right := slices.IndexFunc(spans, func(sp names.Span) bool { return sp.Start == i+1 })
		end := i + 1
		if right >= 0 {
			end = spans[right].End
		} else if bd.x.idx.lookup(t[i+1].Text) == nil {
			for end < len(t) && isCap(t[end].Text) && isWord(t[end].Text) && !slices.ContainsFunc(spans, func(sp names.Span) bool { return sp.Start <= end && end < sp.End }) {
				end++
			}
		}
		if right < 0 && end == i+1 {
			continue // no name after the possessive
		}
		start := i - 1
		if left >= 0 {
			// the name before, or the collective noun the tagger took
			// for a name of its own ("Lord" in "Lord's Resistance Army")
			start = spans[left].Start
			spans[left].End = spans[left].Start // emptied: dropped below
		}
		typ := "ORG"
		if es := bd.x.idx.lookup(possessiveWords(t[start:end])); len(es) > 0 && (es[0].typ == Country || es[0].typ == Location) {
			typ = "LOC" // "the People's Republic of Bangladesh": a state's name the lexicon knows
		}
		if right >= 0 {
			spans[right].Start, spans[right].Type = start, typ
		} else {
			spans = append(spans, names.Span{Start: start, End: end, Type: typ})
		}
		i = end - 1
	}
	spans = dropEmpty(spans)
	slices.SortFunc(spans, func(a, b names.Span) int { return a.Start - b.Start })
	return spans
}

// joinConjoined makes one organization of a lone word the tagger is
// unsure of, "and", and the organization of two words or more after it
// that ends in the head word of one: "Truth and Reconciliation
// Commission" (the tagger's "Truth" and "Reconciliation Commission"); a
// head word alone names a body of its own ("the House and Senate"). A
// word the lexicon knows stays a name of its own: "Chile and Peru
// Commission" is no joint name. It joins too a capitalised word after "the"
// or a possessive that the tagger left out of any name ("the Justice and
// Equality Movement"), and a body's name that ends in an ordinary word
// ("the African Union Peace and Security Council").
func (bd *builder) joinConjoined(t []Token, spans []names.Span) []names.Span {
	for k := 1; k < len(spans); k++ {
		a, b := &spans[k-1], &spans[k]
		// "Peace and Security Council": an ordinary word, no name of its
		// own, before a body's name of two words or more that is no
		// company's ("House and Senate", "Continental and Louis Dreyfus
		// Corp" are two); the sentence's "The" may open the word's name
		// ("The Securities and Exchange Commission")
		w := a.Start
		if a.End-w == 2 && w == firstWord(t) && definite[t[w].lower()] {
			w++
		}
		if last := t[a.End-1]; a.End-w >= 2 && a.Type == "ORG" && bd.x.idx.common[last.lower()] && !bd.x.idx.orgHeads[last.Text] && bd.x.idx.lookup(last.Text) == nil &&
			b.End-b.Start >= 2 && a.End+1 == b.Start && coordinators[t[a.End].lower()] && b.Type == "ORG" && bd.x.idx.orgHeads[t[b.End-1].Text] && !legalForm(t[b.End-1].Text) {
			// "the African Union Peace and Security Council": a body's
			// name that ends in an ordinary word runs on over "and" into
			// the head of the name after it
			b.Start = a.Start
			a.End = a.Start
			continue
		}
		common := bd.x.idx.common[t[w].lower()] && b.End-b.Start >= 2 && !legalForm(t[b.End-1].Text)
		if a.End-w != 1 || b.End-b.Start < 2 || a.End+1 != b.Start || !coordinators[t[a.End].lower()] ||
			b.Type != "ORG" || !bd.x.idx.orgHeads[t[b.End-1].Text] || a.Type == "ORG" && a.Score >= unsureName && !common ||
			bd.x.idx.lookup(t[w].Text) != nil {
			continue
		}
		b.Start = w
		a.End = a.Start // emptied: dropped below
	}
	for k := range spans {
		// the lone word outside any name, after "the" and any adjective in
		// lower case, or after a possessive: "the (smaller) Justice and
		// Equality Movement" (the tagger's "Equality Movement"), "the
		// Union's Peace and Security Council"
		b := &spans[k]
		i := b.Start - 2
		if b.Type != "ORG" || i < 1 || !coordinators[t[i+1].lower()] || !bd.x.idx.orgHeads[t[b.End-1].Text] ||
			!definite[t[i-1].lower()] && !isPossessive(t[i-1].Text) && !(i >= 2 && definite[t[i-2].lower()] && strings.HasPrefix(t[i-1].Tag, "JJ") && !isCap(t[i-1].Text)) || !isCap(t[i].Text) || !strings.HasPrefix(t[i].Tag, "NN") || bd.x.idx.lookup(t[i].Text) != nil ||
			k > 0 && spans[k-1].End > i {
			continue
		}
		b.Start = i
	}
	return dropEmpty(spans)
}

// collectiveNames are the nouns in capitals whose possessive opens the
// rest of an organization's name: "People's Liberation Army", "Workers'
// Party".
var collectiveNames = lexicon.Class("collectiveNames")

// particleName reports a word that is a name particle and a name joined by
// a hyphen: "al-Sisi", "bin-Talal", "ad-Din".
func (bd *builder) particleName(w string) bool {
	p, rest, ok := strings.Cut(w, "-")
	return ok && bd.x.idx.particles[p] && isCap(rest) && isWord(rest)
}

// crosses reports whether one of spans reaches across the edge of words
// [a, b).
func crosses(spans []names.Span, a, b int) bool {
	for _, sp := range spans {
		if sp.Start < a && sp.End > a || sp.Start < b && sp.End > b {
			return true
		}
	}
	return false
}

// addKnown adds the name the lexicon knows as words [a, b) of sentence si,
// with the place noun after it that makes it a place of its own
// ("Baghdad airport", "Chinese embassy"), and returns where it ends.
func (bd *builder) addKnown(si, a, b int, e gazEntry) int {
	t := bd.toks(si)
	if b < len(t) && (e.typ == Location || e.demonym && missionHeads[t[b].lower()]) && lowerPlaceHeads[t[b].lower()] && !(indefiniteBefore(t, a) && !missionHeads[t[b].lower()]) {
		bd.add(cand{sent: si, a: a, b: b + 1, typ: Location, country: e.country})
		return b + 1
	}
	bd.addGaz(si, a, b, e)
	return b
}

// hyphenParts adds the known names inside the hyphenated word at token i
// ("China-backed", "China-UK") and reports whether it found any.
func (bd *builder) hyphenParts(si, i int) bool {
	t := bd.toks(si)
	w := bd.doc.Text[t[i].Start:t[i].End]
	if strings.IndexByte(w, '-') <= 0 || !isCap(w) && !bd.particleName(w) {
		return false // but "al-Qaeda-linked"
	}
	found := false
	at := t[i].Start
	if first, _, _ := strings.Cut(w, "-"); bd.nameEndingInPart(si, i, first) {
		found = true // "African Union-mediated": the name the words before the hyphen end
		at += len(first) + 1
		w = w[len(first)+1:]
	}
	parts := strings.Split(w, "-")
	for k := 0; k < len(parts); {
		n, e := bd.knownParts(parts[k:], k == 0)
		if n == 0 {
			at += len(parts[k]) + 1
			k++
			continue
		}
		name := strings.Join(parts[k:k+n], "-")
		bd.push(cand{sent: si, a: i, b: i + 1, start: at, end: at + len(name), typ: e.typ, gaz: &e, country: e.country})
		found = true
		at += len(name) + 1
		k += n
	}
	return found
}

// knownParts is how many of a hyphenated word's parts, from the first,
// make the longest name the lexicon knows, and its entry: two for
// "Al-Qaeda-linked" and "al-Qaeda-linked", one for "China-backed"; 0
// when the first part opens no name in capitals. Two parts or more are
// never the whole word (whole: parts start it): a hyphenated name on its
// own is read as any name is, and may open a longer one ("the Al-Aqsa
// Flood Operation").
func (bd *builder) knownParts(parts []string, whole bool) (int, gazEntry) {
	if !isCap(parts[0]) && !(len(parts) > 1 && bd.x.idx.particles[parts[0]] && isCap(parts[1])) {
		return 0, gazEntry{}
	}
	for n := len(parts); n >= 1; n-- {
		if n > 1 && n == len(parts) && whole {
			continue
		}
		if e, ok := bd.knownName(strings.Join(parts[:n], "-")); ok {
			return n, e
		}
	}
	return 0, gazEntry{}
}

// hyphenedPair adds the two names the lexicon knows that a name from
// token i to j joins by a hyphen inside one of its words ("Japan-South
// Korea", "South Korea-Japan" as the tagger's one name), and reports
// whether it did.
func (bd *builder) hyphenedPair(si, i, j int) bool {
	t := bd.toks(si)
	for h := i; h < j; h++ {
		w := bd.doc.Text[t[h].Start:t[h].End]
		first, last, ok := strings.Cut(w, "-")
		if !ok || strings.Contains(last, "-") || !isCap(first) || !isCap(last) {
			continue
		}
		left, right := first, last
		if h > i {
			left = bd.span(si, i, h) + " " + first
		}
		if h+1 < j {
			right = last + " " + bd.span(si, h+1, j)
		}
		before, ok1 := bd.knownName(left)
		after, ok2 := bd.knownName(right)
		if !ok1 || !ok2 || h == i && h+1 == j {
			return false // one word, "US-China": its parts are read as any hyphenated word's
		}
		split := t[h].Start + len(first)
		bd.push(cand{sent: si, a: i, b: h + 1, start: t[i].Start, end: split, typ: before.typ, gaz: &before, country: before.country})
		bd.push(cand{sent: si, a: h, b: j, start: split + 1, end: t[j-1].End, typ: after.typ, gaz: &after, country: after.country})
		return true
	}
	return false
}

// knownName is the lexicon's entry for a name, if it knows one.
func (bd *builder) knownName(name string) (gazEntry, bool) {
	if es := bd.x.idx.lookup(name); len(es) > 0 {
		return es[0], true
	}
	return gazEntry{}, false
}

// nameEndingInPart adds the longest name the lexicon knows that the
// words in capitals right before token i open and first, the part of the
// hyphenated word at i before its hyphen, ends ("African Union" of
// "African Union-mediated", "United Nations" of "United Nations-backed"),
// and reports whether it found one.
func (bd *builder) nameEndingInPart(si, i int, first string) bool {
	t := bd.toks(si)
	if !isCap(first) {
		return false
	}
	for a := max(i-3, 0); a < i; a++ {
		if !bd.nameWords(t[a:i]) {
			continue
		}
		name := bd.span(si, a, i) + " " + first
		if e, ok := bd.knownName(name); ok {
			bd.dropWithin(si, a, i) // "African": a part of the name, no nationality of its own
			bd.push(cand{sent: si, a: a, b: i + 1, start: t[a].Start, end: t[i].Start + len(first), typ: e.typ, gaz: &e, country: e.country})
			return true
		}
	}
	return false
}

// nameWords reports tokens that are words in capitals, the first of them
// perhaps a name particle in lower case: "African Union", "al Qaeda".
func (bd *builder) nameWords(t []Token) bool {
	for k, tok := range t {
		if !isWord(tok.Text) || !isCap(tok.Text) && !(k == 0 && bd.x.idx.particles[tok.Text]) {
			return false
		}
	}
	return true
}

// firstWord is the index of the first token with a letter or digit.
func firstWord(t []Token) int {
	for i, tok := range t {
		if isWord(tok.Text) {
			return i
		}
	}
	return 0
}

// titleAt returns the longest title starting at token i of sentence si, with
// any modifiers in front of it ("former deputy foreign minister"), and its
// end.
func (bd *builder) titleAt(si, i, limit int) (titleEntry, string, int) {
	t := bd.toks(si)
	if i < limit && !startsWord(t[i].Text) {
		return titleEntry{}, "", i // a quotation mark or a dash opens no title
	}
	// try from i, then after each modifier: "chief executive" is a title,
	// "chief" in "chief foreign minister" a modifier
	for p := i; p < limit; p++ {
		w := t[p].lower()
		if !bd.mayStartTitle(si, p) {
			if !titleModifiers[w] && w != "-" {
				break
			}
			continue
		}
		for n := min(bd.x.idx.titleWords+2, limit-p); n >= 1; n-- {
			s := bd.normSpan(si, p, p+n)
			if te, ok := bd.x.idx.titles[s]; ok {
				if n == 1 && titleModifiers[w] && bd.titleStarts(si, p+1) {
					break // "Deputy President": a modifier of the title after it, though a title alone
				}
				if n == 1 && adjectiveTitles[w] && (p == 0 || determiners[t[p-1].lower()]) && p+1 < len(t) && isCap(t[p+1].Text) {
					continue // "the official Xinhua news agency": an adjective, no office
				}
				return te, normTitle(bd.span(si, i, p+n)), p + n
			}
			if m, rest, ok := strings.Cut(s, "-"); ok && titleModifiers[m] {
				if te, ok := bd.x.idx.titles[rest]; ok {
					return te, normTitle(bd.span(si, i, p+n)), p + n // "ex-president"
				}
			}
			// an abbreviation, after modifiers of its own: "Lt. Gen.",
			// "Deputy PM"
			full, ok := bd.x.idx.titleAbbrevs[s]
			mods := ""
			if sp := strings.LastIndexByte(s, ' '); !ok && sp > 0 {
				if f := bd.x.idx.titleAbbrevs[s[sp+1:]]; f != "" && allModifiers(strings.Fields(s[:sp])) {
					full, ok, mods = f, true, s[:sp]+" "
				}
			}
			if ok {
				te := bd.x.idx.titles[full]
				if te.title == "" {
					te = titleEntry{title: full, code: "MIL"}
				}
				prefix := ""
				if p > i {
					prefix = bd.span(si, i, p) + " "
				}
				return te, normTitle(prefix + mods + full), p + n
			}
		}
		if !titleModifiers[w] && w != "-" {
			break
		}
	}
	return titleEntry{}, "", i
}

// titleStarts reports a title at token i of sentence si: "prime minister".
func (bd *builder) titleStarts(si, i int) bool {
	_, title, _ := bd.titleAt(si, i, len(bd.toks(si)))
	return title != ""
}

// pluralTitle reports a title in the plural: "MPs", "Ministers".
func (bd *builder) pluralTitle(tok Token) bool {
	w := tok.lower()
	if len(w) < 3 || !strings.HasSuffix(w, "s") {
		return false
	}
	_, ok := bd.x.idx.titles[w[:len(w)-1]]
	return ok
}

// mayStartTitle reports a word at token p that a title or an
// abbreviation of one begins with, or a modifier of titles, alone or
// before a hyphen ("ex-president"): no other word opens a title.
func (bd *builder) mayStartTitle(si, p int) bool {
	w := bd.normSpan(si, p, p+1)
	if bd.x.idx.titleStarts[w] || titleModifiers[w] {
		return true
	}
	m, rest, ok := strings.Cut(w, "-")
	return ok && titleModifiers[m] && bd.x.idx.titleStarts[rest]
}

// demonymEndings end the adjectives of peoples: "Kurdish", "Tamil" does not.
var demonymEndings = lexicon.List("demonymEndings")

// demonymLike reports a capitalised word with the ending of an adjective
// of a people: "Kurdish", "Sudanese", "Basque" not.
func demonymLike(w string) bool {
	if !isCap(w) {
		return false
	}
	for _, e := range demonymEndings {
		if len(w) > len(e)+2 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// startsWord reports a token that starts with a letter: a quotation mark
// or a dash tagged as an adjective is none.
func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// normTitle lower-cases a title as written and folds its spacing.
func normTitle(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// pluralAcronym reports an abbreviation in capitals with a plural "s":
// "NGOs", "MPs", "UAVs".
func pluralAcronym(w string) bool {
	n := len(w)
	if n < 3 || w[n-1] != 's' {
		return false
	}
	for i := 0; i < n-1; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// classifyName reads the name the name tagger found as words [a, b) of
// sentence si: it cuts off the honorifics and titles in front of a person
// ("Mr", "UK Foreign Secretary Jack Straw"), lets the lexicon normalise a
// name it knows of the same kind (a LOC that is a country, a MISC that is
// a nationality, an alias), and otherwise keeps the tagger's type. A MISC
// name the lexicon does not know is no entity.
func (bd *builder) classifyName(si, a, b int, initial bool) {
	t := bd.toks(si)
	honorific := a > 0 && honorifics[t[a-1].Text] // "Mr Blair"
	// an honorific opens a person's name ("Mr Blair"), but not a body's
	// ("Miss Universe Inc")
	for a < b && honorifics[t[a].Text] && !bd.namesBody(si, a+1, b) {
		a++
		honorific = true
		initial = false
	}
	for a < b-1 && modifier(t[a].Text) {
		// "US-funded Radio Farda": the compound describes the name
		bd.hyphenParts(si, a)
		a++
		initial = false
	}
	if b-a >= 2 && titleModifiers[t[a].lower()] && bd.namesBody(si, a+1, b) && b < len(t) && bd.titleStarts(si, b) {
		// "Deputy State Department spokesman": the modifier is the
		// title's after the body's name, no part of the name
		a++
		initial = false
	}
	cut := false // a title cut off the end: the tagger typed the whole
	if b-a >= 2 && bd.pluralTitle(t[b-1]) {
		// "Tory MPs": the party's members are not named; but "House of
		// Representatives", "St. Louis Cardinals" are names
		if es := bd.x.idx.lookup(bd.span(si, a, b-1)); len(es) > 0 && (es[0].typ == Organization || es[0].typ == Country) {
			b, cut = b-1, true
		}
	}
	if a >= b || b-a == 1 && pluralAcronym(t[a].Text) {
		return // "foreign-funded NGOs", "UAVs": the plural of an abbreviated noun names no one
	}
	typ, sure := bd.nameType(si, a, b)
	if b-a >= 2 && determiners[t[a].lower()] {
		if es := bd.x.idx.lookup(bd.span(si, a+1, b)); len(es) > 0 && !es[0].demonym && (es[0].typ == Country || definite[t[a].lower()] && !strings.HasPrefix(es[0].label, "The ")) {
			a++ // "The Philippines", "The Home Office": the article is no part of the name the lexicon knows
		}
	}
	// "Iraqi Kurdish Patriotic Union of Kurdistan": nationalities before a
	// long name the lexicon knows describe it (but "Scottish Labour Party"
	// is a party of its own)
	if bd.x.idx.lookup(bd.span(si, a, b)) == nil {
		for n := a + 1; n < b && (t[n-1].Tag == "JJ" || bd.nationalities(si, n-1, n) || demonymLike(t[n-1].Text)); n++ {
			if es := bd.x.idx.lookup(bd.span(si, n, b)); len(es) > 0 && !es[0].demonym && es[0].typ != Country && b-n >= 3 {
				bd.knownInside(si, a, n)
				a, initial = n, false
				typ, sure = bd.nameType(si, a, b)
				break
			}
		}
	}
	// The lexicon's name, of the tagger's kind or where the tagger is
	// unsure of its own.
	if es := bd.x.idx.lookup(bd.span(si, a, b)); len(es) > 0 && (agrees(es[0], typ) || sure < unsureName || cut || placeAfterPrep(t, a, b, es[0]) ||
		typ == Organization && es[0].kind == kindCapital && sure < weakName || typ == Location && actingBody(t, b, es)) && !(honorific && es[0].typ != Person) && !bd.foreignAcronym(si, a, b, es[0]) {
		// ... or a capital the tagger was not sure was an organization:
		// "Pyongyang's accusations", the capital for its government
		bd.addKnown(si, a, b, es[0])
		return
	}
	if typ == Organization && a > 0 && indefinite[t[a-1].lower()] && b-a >= 2 && bd.nationalities(si, a, a+1) && !bd.x.idx.orgHeads[t[b-1].Text] && !companyHead(t[b-1].Text) {
		// "an Israeli Arab jailed for spying": one person described by
		// nationality and people, no organization
		bd.knownInside(si, a, b)
		return
	}
	if !honorific && bd.nationalities(si, a, b) {
		// "Turkish Kurd": nationalities, whatever the tagger made of them
		bd.knownInside(si, a, b)
		return
	}
	if typ == Location && b-a >= 2 && compassWords[t[a].Text] {
		// "Western Cambodia": a part of a place the lexicon knows
		if es := bd.x.idx.lookup(bd.span(si, a+1, b)); len(es) > 0 && (es[0].typ == Country || es[0].typ == Location) {
			bd.addGaz(si, a+1, b, es[0])
			return
		}
	}
	if b-a == 1 && b < len(t) && leaderNouns[t[b].Text] {
		// "the Bush administration", "the Assad regime": the leader's state
		if code := bd.x.idx.surnames[bd.normSpan(si, a, b)]; code != "" && code != "?" && code != "-" {
			for _, e := range bd.x.idx.lookup(bd.x.idx.countries[code]) {
				if e.typ == Country {
					e.demonym = true
					bd.addGaz(si, a, b, e)
					return
				}
			}
		}
	}
	if _, ok := bd.famous(si, a, b); ok {
		// a well-known person, before any word of the name is read as a
		// country or a title: "Israel Katz"
		bd.add(cand{sent: si, a: a, b: b, typ: Person, chunkA: bd.capitalTitleBefore(si, a)})
		return
	}
	// the field of a lower-case title before it: "vice president for
	// Strategic Affairs Mohammad Javad Zarif"
	if a >= 2 && connectors[t[a-1].Text] {
		if p, te, _ := bd.titleEndingAt(si, a-1); te.title != "" {
			for r := a + 1; r < b; r++ {
				if bd.x.idx.firstNames[t[r].Text] && b-r >= 2 && b-r <= 4 {
					person := bd.add(cand{sent: si, a: r, b: b, typ: Person})
					bd.roles = append(bd.roles, roleCand{person: person, title: normTitle(bd.span(si, p, r)), code: te.code, of: bd.ownerBefore(si, p), sent: si})
					return
				}
			}
			if typ != Person && allNames(t[p:a-1]) && !(b-a >= 2 && (companyHead(t[b-1].Text) || tradeHeads[t[b-1].Text])) {
				// "Minister of National Reconciliation": written in capitals
				// with its title, the office's field, no one's name (but
				// "the chief executive of Moana Ports" names the company, as
				// "CEO of Tarvo Mining" does by its trade)
				return
			}
		}
	}
	// a title inside the chunk, after an optional known name: "UK Foreign Secretary Jack Straw"
	lead, leadEs := bd.gazMatch(si, a, b)
	starts := []int{a}
	if lead > 0 {
		starts = append(starts, a+lead)
	}
	for _, p := range starts {
		if p >= b || typ == Location && sure >= weakName {
			continue // "in Prince Rupert", "Prince William Sound": a place the tagger is sure of, named after someone
		}
		te, title, q := bd.titleAt(si, p, b)
		if title == "" {
			continue
		}
		if q >= b {
			// a bare title ("Foreign Minister") names no one; keep its country
			if p > a {
				bd.addGaz(si, a, p, leadEs[0])
			}
			return
		}
		if connectors[t[q].Text] && q+1 < b {
			// "Vice President for Strategic Affairs Mohammad Javad Zarif",
			// "President of AMBO"
			r := q + 1
			for r < b && !(bd.x.idx.firstNames[t[r].Text] && b-r >= 2 && b-r <= 4) {
				r++
			}
			if r >= b {
				// no given name: a name prose marks, or the last two words
				if b-(q+1) >= 3 && bd.x.idx.lookup(bd.span(si, b-2, b)) == nil && !bd.x.idx.orgHeads[t[b-1].Text] && !bd.x.idx.placeHeads[t[b-1].Text] {
					r = b - 2
				}
			}
			if r >= b {
				// "President of AMBO" names the owner; "Minister of National
				// Reconciliation" only the office's field
				if rest := bd.span(si, q+1, b); bd.x.idx.lookup(rest) != nil || bd.x.idx.orgHeads[t[b-1].Text] || isAcronym(rest) {
					bd.classifyName(si, q+1, b, false)
				}
				return
			}
			title, q = normTitle(bd.span(si, p, r)), r
		}
		if !isNameToken(t[q].Text) || bd.namesBody(si, q, b) {
			continue // "General Motors", "Major League Baseball": a body's name, no rank
		}
		of := -1
		if p > a {
			of = bd.addGaz(si, a, p, leadEs[0])
		}
		// further titles before the name: "Supreme Leader Ayatollah Ali Khamenei"
		type pending struct {
			title string
			code  string
		}
		titles := []pending{{title, te.code}}
		for q < b {
			te2, title2, q2 := bd.titleAt(si, q, b)
			if title2 == "" || q2 >= b || !isNameToken(t[q2].Text) {
				break
			}
			titles = append(titles, pending{title2, te2.code})
			q = q2
		}
		for q < b && honorifics[t[q].Text] {
			q++
		}
		if q >= b {
			return
		}
		person := bd.add(cand{sent: si, a: q, b: b, typ: Person, chunkA: a})
		if p == a {
			// lower-case modifiers before the chunk: "the late President Ebrahim Raisi"
			for m := a - 1; m >= 0 && titleModifiers[t[m].Text]; m-- {
				titles[0].title = t[m].Text + " " + titles[0].title
			}
		}
		for _, pt := range titles {
			bd.roles = append(bd.roles, roleCand{person: person, title: pt.title, code: pt.code, of: of, sent: si})
		}
		return
	}
	if b-a == 1 && bd.peoplesCompound(si, a) {
		return // "Franco-German relations": two peoples' adjective, no place
	}
	c := cand{sent: si, a: a, b: b, initial: b-a == 1 && initial}
	switch {
	case honorific:
		c.typ = Person
	case b-a == 1 && len(strings.TrimSuffix(t[a].Text, ".")) == 1:
		return // a lone letter: an initial, a grade, a list mark
	case b-a == 1 && strings.ContainsAny(t[a].Text, "0123456789") && strings.ContainsAny(t[a].Text, "$€£¥"):
		return // a sum of money: "HK$100,000"
	case b-a == 1 && (commonAcronyms[t[a].Text] || creedWords[t[a].Text] || occasionNames[t[a].Text]):
		return // "prices of LNG", "Sunni and Shia leaders", "during Ramadan": no actor by itself
	case typ != Person && instrumentName(t, a, b) && !bd.opensLongerName(si, a, b):
		return // "the Kyoto Protocol", "the Treaty of Tolvar Friendship", "the Year of Andean Friendship": no actor
	case bd.fieldAfter(si, b):
		// "the Yadavaran oil field", "the Kashagan field": a field of oil,
		// gas or ore is a place, whatever kind of name the tagger saw
		c.typ = Location
	case typ == "" && contestHeads[t[b-1].Text]:
		return // "the U.S. Open Tennis Championships", "the French Open": a contest's name, no state in it acts
	case typ == "" && partyMembers[t[b-1].Text] && (a == 0 || !isCap(t[a-1].Text)):
		// "the Socialists", "the opposition Christian Democrats": a party
		// named by its members, as the Democrats are the Democratic Party
		c.typ = Organization
	case typ == "":
		bd.knownInside(si, a, b)
		return
	case c.initial && sure < unsureName && bd.x.idx.common[t[a].lower()]:
		return // an ordinary word capitalised only because it opens the sentence: "Port projects ..."
	case typ == Person && b-a >= 2 && groupNameHeads[t[b-1].Text]:
		// "the Hizbul Mujahideen", "Al-Aqsa Brigades": a name that ends
		// as armed groups' and movements' do is a group's, not a person's
		c.typ = Organization
	case typ != Organization && b-a >= 2 && (companyHead(t[b-1].Text) || tradeHeads[t[b-1].Text] && !tradeSurnames[t[b-1].Text]):
		// "Daesan Semiconductor", "Huaxin Electronics": a name that ends
		// in a company's head word or its trade is a company's, whatever
		// kind the tagger saw
		c.typ = Organization
	case typ != Location && b-a >= 2 && placeNameHeads[t[b-1].Text] && (typ == Person || sure < weakName):
		// "the Denniston Plateau", "the Working Boundary": a name that
		// ends as places of land or water do is a place's, unless the
		// tagger was sure of a body ("West Coast" the team, "the
		// Association for Relations Across the Taiwan Straits")
		c.typ = Location
	case typ == Person && sure < weakName && a > 0 && placePreps[t[a-1].Text] && !bd.x.idx.firstNames[t[a].Text]:
		// "clashes near Kumar Sanje", "fighting in Lazar Kovac": a name
		// the tagger was unsure was a person's, where something happens,
		// is a place's, unless a given name opens it ("singled in Tyler
		// Houston")
		c.typ = Location
	case a > 0 && orgLeadNouns[t[a-1].Text]:
		// "state energy company Ukrenergo", "the dairy cooperative
		// Brookside": a name after the noun of its kind is of that kind
		c.typ = Organization
	case typ != Organization && !(typ == Person && sure >= weakName) && bd.kindNounAfter(si, b):
		// "the Seleka rebel alliance", "the Wagner group": a name before
		// the noun of a body's kind is that body's
		c.typ = Organization
	case typ != Organization && (typ != Person || sure < weakName && !bd.x.idx.firstNames[t[a].Text]) && bd.kindApposedAfter(si, b):
		// "Mwananchi, a privately owned daily that publishes in
		// Swahili,": a name a body's kind is said of after it
		c.typ = Organization
	case (typ != Person || sure < weakName && !bd.x.idx.firstNames[t[a].Text]) && a > 1 && t[a-1].Text == "," && orgLeadNouns[t[a-2].Text] && definiteBefore(t, a-2):
		// "a spokeswoman for the main opposition party, Chadema": a name
		// in apposition to the noun of its kind, after its article (a
		// person's only where the tagger is unsure and no given name opens
		// it: "a spokesman for the company, Ana Ruiz" is hers)
		c.typ = Organization
	default:
		c.typ, c.weak = typ, sure < weakName
	}
	if c.typ == Organization {
		bd.possessiveName(&c)
		bd.nationalMinistry(&c)
	}
	if c.typ == Person {
		c.chunkA = bd.capitalTitleBefore(si, a)
	}
	bd.add(c)
}

// commonPhrase keeps of the lexicon's entries es for tokens a..b those
// that can be a phrase an indefinite article opens: a name ending in a word
// in lower case after "a" or "an" and its adjectives is a common noun
// phrase, and no name the lexicon writes with a capital there.
//
//	(a|an) [ADJ]* NAME-WORDS common-noun     no known name
//
// "to establish a purist Islamic state": no Islamic State; but "the Roman
// Catholic church" is the Church, and "a UN refugee agency official" the
// agency the lexicon writes so.
func commonPhrase(t []Token, a, b int, es []gazEntry) []gazEntry {
	if b-a < 2 || !lowerWord(t[b-1].Text) {
		return es
	}
	k := a - 1
	for k >= 0 && t[k].Tag == "JJ" && lowerWord(t[k].Text) {
		k--
	}
	if k < 0 || !indefinite[t[k].lower()] {
		return es
	}
	var out []gazEntry
	for _, e := range es {
		if e.lowerEnd {
			out = append(out, e)
		}
	}
	return out
}

// bareAfterPrep reports a title at token p in lower case right after a
// preposition other than "as", with no article or owner: an adverbial
// phrase ("in general, Palkhivala said"), not a title in apposition to the
// name after it (but "As head of Handgun Control, Brady").
func bareAfterPrep(t []Token, p int) bool {
	return p > 0 && t[p-1].Tag == "IN" && !asWords[t[p-1].lower()] && !isCap(t[p].Text)
}

// bodyNounBefore reports a noun that ends names of organizations right
// before token end of sentence si, in no name, that names no state body,
// or a facility's noun: the title after it is the office of that body,
// unnamed ("Club president", "hospital spokeswoman", "airport
// spokeswoman"), and no state's (but "police spokesman" is).
func (bd *builder) bodyNounBefore(si, end int) bool {
	if end < 1 || bd.insideAnyCand(si, end-1) {
		return false
	}
	w := bd.toks(si)[end-1]
	return (bd.x.idx.orgHeads[w.Text] || bd.x.idx.orgHeads[capitalized(w.lower())]) && !groupNouns[w.lower()] ||
		facilityNouns[w.lower()]
}

// bodyOwner is the owner of a title at token p of sentence si after a
// noun of a body it does not name (bodyNounBefore), and whether there is
// such a noun: for a company's noun the company the story last named
// (lastOrgBefore: "a company spokesman, Marcelo Aguiar", in a story of
// Petrobras), else none ("Club president Andre Bois": the club's,
// unnamed). Before all, a noun that heads the name of the one body the
// story named before stands for it, a state's organ too ("court
// spokeswoman Ana Ruiz", in a story of the International Criminal Court),
// unless a possessive names another ("Five Nations' committee chairman").
// -1 and false when no such noun stands before p.
func (bd *builder) bodyOwner(si, p int) (int, bool) {
	if p < 1 || bd.insideAnyCand(si, p-1) {
		return -1, false
	}
	t := bd.toks(si)
	w := t[p-1].lower()
	if head := capitalized(w); bd.x.idx.orgHeads[head] && !(p >= 2 && isPossessive(t[p-2].Text)) {
		if k := bd.onlyBodyBefore(si, p-1, head); k >= 0 && strings.Contains(bd.doc.Text[bd.cands[k].start:bd.cands[k].end], " ") {
			return k, false // "court spokeswoman Ana Ruiz", in a story of the International Criminal Court
		}
	}
	if !bd.bodyNounBefore(si, p) {
		return -1, false
	}
	if companyNouns[w] {
		if k := bd.lastOrgBefore(si, p-1, []string{kindCompany}); k >= 0 {
			return k, false
		}
	}
	return -1, true
}

// peoplesCompound reports a hyphenated word at token i of sentence si made
// of peoples' combining forms, countries and nationalities only ("Franco-
// German", "Sino-Soviet", "US-PRC"): an adjective of two peoples, whose
// countries it names as modifiers, and no name of its own.
//
//	(COMBINING-FORM|COUNTRY|NATIONALITY)-(COMBINING-FORM|COUNTRY|NATIONALITY)...
func (bd *builder) peoplesCompound(si, i int) bool {
	t := bd.toks(si)
	parts := strings.Split(t[i].Text, "-")
	if len(parts) < 2 {
		return false
	}
	for _, part := range parts {
		if combiningForms[strings.ToLower(part)] {
			continue
		}
		if es := bd.x.idx.lookup(part); len(es) == 0 || es[0].typ != Country {
			return false
		}
	}
	bd.hyphenParts(si, i) // the countries it names: "German"
	return true
}

// namesBody reports words q..b of sentence si, after a title word, that
// hold a noun ending names of organizations ("Motors", "League"): the
// title word opens the body's name ("General Motors", "Major League
// Baseball"), and names no one's rank.
func (bd *builder) namesBody(si, q, b int) bool {
	for _, tok := range bd.toks(si)[q:b] {
		if bd.x.idx.orgHeads[tok.Text] || bd.x.idx.orgHeads[capitalized(tok.lower())] {
			return true // "MAJOR LEAGUE BASEBALL" too
		}
	}
	return false
}

// allModifiers reports words that are all title modifiers ("deputy").
func allModifiers(words []string) bool {
	for _, w := range words {
		if !titleModifiers[w] {
			return false
		}
	}
	return true
}

// creedWords name a faith, a branch of one or a creed, whose followers the
// word alone does not make an actor: "Sunni and Shia leaders"; occasionNames
// name feasts, diseases, prizes and processes: "during Ramadan", "Brexit".
var (
	creedWords    = lexicon.Class("creedWords")
	occasionNames = lexicon.Class("occasionNames")
)

// orgLeadNouns in lower case before a name say it names an organization:
// "the energy company Ukrenergo", "carrier Aerolineas".
var orgLeadNouns = lexicon.Class("orgLeadNouns")

// capitalTitleBefore is where the title written in capitals just before
// word a starts ("Brigadier General" before "Reza Tavana"), or a.
func (bd *builder) capitalTitleBefore(si, a int) int {
	t := bd.toks(si)
	if a == 0 || !isCap(t[a-1].Text) {
		return a
	}
	p, te, _ := bd.titleEndingAt(si, a)
	if te.title == "" || p >= a {
		return a
	}
	for _, w := range t[p:a] {
		if !isCap(w.Text) {
			return a
		}
	}
	return p
}

// modifier reports a hyphenated word whose last part is in lower case:
// "US-funded", "Tehran-based", "Saudi-led".
func modifier(w string) bool {
	k := strings.LastIndexByte(w, '-')
	if k <= 0 || k == len(w)-1 {
		return false
	}
	last := w[k+1:]
	return strings.ToLower(last) == last && strings.IndexFunc(last, unicode.IsLetter) >= 0
}

// nationalities reports whether every word of [a, b) is a nationality the
// lexicon knows.
func (bd *builder) nationalities(si, a, b int) bool {
	t := bd.toks(si)
	for _, w := range t[a:b] {
		es := bd.x.idx.lookup(w.Text)
		if len(es) == 0 || !es[0].demonym {
			return false
		}
	}
	return true
}

// foreignAcronym reports an acronym at [a, b) that the lexicon gives an
// organization of one country while the phrase it names says it is of
// another: another organization of the same letters.
//
//	NATIONALITY [NOUN]* ACRONYM
//
// "Serbian oil company NIS" is no South Korean intelligence service.
func (bd *builder) foreignAcronym(si, a, b int, e gazEntry) bool {
	t := bd.toks(si)
	if b-a != 1 || e.typ != Organization || e.country == "" || !isAcronym(t[a].Text) {
		return false
	}
	k := a - 1
	for k >= 0 && k >= a-3 && (t[k].Tag == "NN" || t[k].Tag == "NNS") && !isCap(t[k].Text) {
		k--
	}
	if k < 0 {
		return false
	}
	es := bd.x.idx.lookup(t[k].Text)
	return len(es) > 0 && es[0].demonym && es[0].country != "" && es[0].country != e.country
}

// knownInside adds the countries and nationalities inside a MISC name,
// which is no entity itself: "Bosnian Serbs", "UN-brokered" (the parts of
// a hyphenated word). Other names the lexicon knows there stay part of the
// MISC name: "the UEFA Cup" is no mention of UEFA.
func (bd *builder) knownInside(si, a, b int) {
	for i := a; i < b; {
		if n, es := bd.gazMatch(si, i, b); n > 0 && es[0].typ == Country {
			i = bd.addKnown(si, i, i+n, es[0])
			continue
		}
		bd.hyphenParts(si, i)
		i++
	}
}

// agrees reports whether what the lexicon knows of a name is of the kind
// the name tagger found: a country or place for LOC, an organization for
// ORG, a person for PER, a nationality for MISC. A city named for its
// football club is the club.
func agrees(e gazEntry, typ EntityType) bool {
	switch {
	case e.demonym:
		return typ == ""
	case typ == Location:
		return e.typ == Country || e.typ == Location
	case typ == Organization && (e.kind == kindLandmark || e.kind == kindSeat):
		return true // "the Pentagon denied": a building, whoever works in it
	}
	return e.typ == typ
}

// placeAfterPrep reports a place the lexicon knows after a preposition
// of place, or listed after one:
//
//	in|at|into [PLACE ,|and]* PLACE
//
// "plants in Wales and Yorkshire": where something is, whatever kind the
// tagger gives the name elsewhere (sports pages name clubs after their
// counties); but not the owner of what the preposition takes ("in
// Karlsruhe's 4-0 win").
func placeAfterPrep(t []Token, a, b int, e gazEntry) bool {
	if e.typ != Location || e.kind == kindSeat || a == 0 || b < len(t) && isPossessive(t[b].Text) {
		return false
	}
	j := a - 1
	for j > 0 && (t[j].Text == "," || coordinators[t[j].lower()]) && isCap(t[j-1].Text) {
		j-- // back over the places listed before it
		for j >= 0 && isCap(t[j].Text) {
			j--
		}
	}
	return j >= 0 && cityPreps[t[j].lower()]
}

// unsureName is the confidence of the name tagger under which the
// lexicon's kind of a name it knows wins over the tagger's.
const unsureName = 0.5

// contestHeads end the names of contests and tournaments, which a
// country's name opens without its state taking part: "the U.S. Open".
var contestHeads = lexicon.Class("contestHeads")

// fieldNouns, after a name and the resources they hold (resourceNouns),
// make it a field's: "the Yadavaran oil field".
var (
	fieldNouns    = lexicon.Class("fieldNouns")
	resourceNouns = lexicon.Class("resourceNouns")
)

// fieldAfter reports a field's noun at token b of sentence si, past the
// resources it holds:
//
//	NAME [RESOURCE]* (field|fields|oilfield|...)
func (bd *builder) fieldAfter(si, b int) bool {
	t := bd.toks(si)
	for b < len(t) && resourceNouns[t[b].lower()] {
		b++
	}
	if b >= len(t) || !fieldNouns[t[b].lower()] || isCap(t[b].Text) || !strings.HasPrefix(t[b].Tag, "NN") {
		return false
	}
	// but "Hapoel Taibe fields four players": a verb, its object after it
	return b+1 >= len(t) || !(t[b+1].Tag == "CD" || determiners[t[b+1].lower()] || t[b+1].Tag == "PRP$")
}

// groupNameHeads end the names of armed groups and movements.
var groupNameHeads = lexicon.Class("groupNameHeads")

// weakName is the least confidence of the name tagger in a type that other
// evidence (a title, a counterpart) does not override.
const weakName = 0.9

// nameType is the entity type the name tagger gives words [a, b) of
// sentence si, and how sure it is: the type of its one name that is those
// words or holds them all; "" when it finds no name there, only a name
// inside them, two names, or a MISC name.
func (bd *builder) nameType(si, a, b int) (EntityType, float64) {
	var found *names.Span
	for k := range bd.spans[si] {
		sp := &bd.spans[si][k]
		if sp.End <= a || sp.Start >= b {
			continue
		}
		if found != nil {
			return "", 0 // two names where the chunk saw one
		}
		found = sp
	}
	if found == nil || found.Start > a && found.End < b {
		return "", 0
	}
	switch found.Type {
	case "PER":
		return Person, found.Score
	case "ORG":
		return Organization, found.Score
	case "LOC":
		return Location, found.Score
	}
	return "", 0
}

// possessiveName gives "New Zealand's Parliament" the label "New Zealand
// Parliament", so that it is not confused with other parliaments (a name
// of ordinary words only, which many countries' bodies share), and any
// such name the owner's country.
func (bd *builder) possessiveName(c *cand) {
	t := bd.toks(c.sent)
	if c.a < 2 || !isPossessive(t[c.a-1].Text) {
		return
	}
	k, ok := bd.endsAt[[2]int{c.sent, c.a - 2}]
	if !ok || bd.cands[k].gaz == nil || bd.cands[k].typ != Country {
		return
	}
	owner := bd.cands[k].gaz
	c.country = owner.country
	for _, w := range t[c.a:c.b] {
		if lw := strings.ToLower(w.Text); !bd.x.idx.common[lw] && !bd.x.idx.orgHeads[lw] {
			return // a name of its own: "Germany's E.ON" is E.ON, in Germany
		}
	}
	c.fixedLabel = bd.ownerAdjective(owner) + " " + bd.span(c.sent, c.a, c.b)
	if alt := owner.label + " " + bd.span(c.sent, c.a, c.b); alt != c.fixedLabel {
		c.altLabel = alt // "Armenia's Defence Ministry": also the Armenia Defence Ministry
	}
}

// ownerAdjective is how the name of a country's body begins: the
// country's adjective, as "the Greek Ministry of Foreign Affairs" is
// written, so that "Greece's Ministry of Foreign Affairs" is the same
// body; its name for a country with no adjective.
func (bd *builder) ownerAdjective(owner *gazEntry) string {
	if adj := bd.x.idx.adjectives[owner.country]; adj != "" {
		return adj
	}
	return owner.label
}

func isPossessive(s string) bool { return s == "'s" || s == "\u2019s" || s == "'" }

// scanRoles finds the titles of the people of sentence si: written before
// the name in lower case ("foreign minister Wang Yi", "China's ambassador
// Wang Xiaolong"), before it across a comma ("an IRGC deputy commander,
// Brigadier General Abbas Nilforoushan"), in apposition after it ("Judith
// Collins, the defense minister"), as a predicate ("Masoud Pezeshkian was
// elected president"), and the owner named after the name ("President
// Musharraf of Pakistan").
func (bd *builder) scanRoles(si int) {
	t := bd.toks(si)
	for _, k := range bd.bySent[si] {
		c := &bd.cands[k]
		initialled := bd.initialledName(*c) || bd.titledOrgName(*c) // "SP Thamilchelvan", "The UK ambassador, Emyr Jones Parry,": a person's, if a title says so
		if c.typ != Person && c.typ != "" && !c.weak && !initialled {
			continue
		}
		if !bd.hasRole(k) {
			bd.titlesBefore(si, k, c.a)
		} else if bd.rankedChunk(*c) {
			bd.titlesBefore(si, k, c.chunkA) // past the ranks the chunk held, read already: "Army spokesman Maj Gen Shaukat Sultan"
		}
		if ca := max(c.chunkA, 0); !bd.hasRole(k) && ca == c.a && ca >= 3 && (c.typ == Person || !c.weak) {
			// "the head of the IAEA Rafael Grossi": the owner's name
			// runs into the holder's, with no comma between, or with its
			// acronym in brackets ("of the Kurdistan Democratic Party of
			// Iran (KDPI) Hassan Rastegar")
			end := ca
			if t[end-1].Text == ")" && end >= 4 && t[end-3].Text == "(" {
				end -= 3
			}
			if p, te, title, of := bd.titleOfOwnerEndingAt(si, end); title != "" && of >= 0 && bd.cands[of].b == end {
				if bd.cands[of].typ == Location {
					of = bd.ownerBefore(si, p) // "the governor of Texas Ana Ruiz": no one's
				}
				bd.addRole(k, te, title, bd.bodyOverField(si, p, of))
			}
		}
		chunk := max(c.chunkA, 0)
		if initialled {
			chunk = c.a
		}
		if ca := pastHonorifics(t, chunk); ca >= 2 && ca <= c.a && t[ca-1].Text == "," && (c.typ == Person || !c.weak || initialled) && !openingPhraseSubject(t, ca, c.b) {
			end := ca - 1
			if end >= 4 && t[end-1].Text == ")" && t[end-3].Text == "(" {
				end -= 3 // "the leader of the Communist Party of Nepal (Maoist), Prachanda": the owner's name past its bracket
			}
			if p, te, title, of := bd.titleOfOwnerEndingAt(si, end); title != "" && p > 0 && !strings.HasPrefix(t[p-1].Tag, "VB") && !bareAfterPrep(t, p) {
				if of >= 0 && bd.cands[of].typ == Location {
					// "The UN special envoy for the Sahel, X": the office is
					// the UN's; "the governor of Texas, X": no one's
					of = bd.ownerBefore(si, p)
				}
				bd.addRole(k, te, title, bd.bodyOverField(si, p, of)) // "The head of the IAEA, Rafael Grossi"
			} else if p, te, title := bd.titleEndingAt(si, ca-1); title != "" && p > 0 && !strings.HasPrefix(t[p-1].Tag, "VB") && !bareAfterPrep(t, p) {
				// "Mr Rato's deputy, Anne Krueger": the office of the
				// person served; "The agency's head, X": a body's, unnamed
				of := bd.ownerBefore(si, p)
				if o, f := bd.fieldOwnerBefore(si, p); of < 0 && o >= 0 {
					of, title = o, normTitle(bd.span(si, f, p))+" "+title // "Norway's peace envoy, Erik Solheim"
				}
				body := of < 0 && p >= 2 && isPossessive(t[p-1].Text) && describedNounEndingAt(t, p-1) >= 0
				if of < 0 && !body {
					of, body = bd.bodyOwner(si, p) // "a company spokesman, Marcelo Aguiar"
				}
				bd.addRole(k, te, title, of)
				bd.roles[len(bd.roles)-1].under = bd.bossBefore(si, p)
				bd.roles[len(bd.roles)-1].body = body
			} else if p, te, title := bd.titleOfDescribedOwnerEndingAt(si, ca-1); title != "" && p > 0 && !strings.HasPrefix(t[p-1].Tag, "VB") && !bareAfterPrep(t, p) {
				if o := bd.bodyNounAt(si, ca-2); ca >= 3 && definite[t[ca-3].lower()] && o >= 0 {
					bd.addRole(k, te, title, o) // "A spokesman for the mission, X": the mission the story named
				} else {
					bd.addRole(k, te, title, -1)
					bd.roles[len(bd.roles)-1].body = true // "The head of the agency, X": a body's, unnamed
				}
			}
		}
		if c.typ != Person && !c.weak && !initialled || c.b >= len(t) {
			continue
		}
		if t[c.b].Text == "," || dashes[t[c.b].Text] {
			bd.apposition(si, k) // "X, the defence minister,", "X -- Chile's foreign minister --"
		}
		bd.predicateTitle(si, k)
		bd.appointedTitle(si, k) // "appointed X, his ally, as acting prime minister"
	}
	bd.pluralTitles(si)
	// "President Musharraf of Pakistan": the owner after the name
	for i := bd.roleStart; i < len(bd.roles); i++ {
		r := &bd.roles[i]
		c := bd.cands[r.person]
		if r.sent == si && r.of < 0 && c.b+1 < len(t) && ofWords[t[c.b].Text] {
			r.of = bd.ownerAt(si, c.b+1)
		}
	}
}

// pastHonorifics is the first of the honorifics written right before
// token a ("Mr", "Lord", "Dr"), or a when there are none: "Britain's
// trade minister, Lord Green," has its title before "Lord".
func pastHonorifics(t []Token, a int) int {
	for a > 0 && honorifics[t[a-1].Text] {
		a--
	}
	return a
}

// titlesBefore gives person candidate k the titles written just before
// token end, its name's start or its chunk's, one after another ("Supreme
// Leader Ayatollah Ali Khamenei"), outermost first, all owned by what
// stands before the first.
func (bd *builder) titlesBefore(si, k, end int) {
	type found struct {
		te    titleEntry
		title string
	}
	var titles []found
	t := bd.toks(si)
	for end > 0 && honorifics[t[end-1].Text] {
		end-- // "National Farmers Union president Sir David Naish"
	}
	for end > 0 && len(titles) < 3 {
		p, te, title := bd.titleEndingAt(si, end)
		if title != "" && p < end && len(titles) > 0 && !allNames(t[p:end]) {
			// "current Supreme Leader Ayatollah": the capitals past the
			// adjectives in lower case before them
			q := p
			for q < end && t[q].Tag == "JJ" && !isCap(t[q].Text) {
				q++
			}
			if q > p && q < end && allNames(t[q:end]) {
				p, title = q, normTitle(bd.span(si, q, end))
			}
		}
		if title == "" || p >= end || len(titles) > 0 && !allNames(t[p:end]) {
			break // a second title only in capitals, as the first: "Supreme Leader Ayatollah"
		}
		if !isCap(t[end-1].Text) && strings.HasPrefix(t[end-1].Tag, "VB") && end >= 2 && (t[end-2].Tag == "TO" || t[end-2].Tag == "MD") {
			break // a verb spelt as a title: "too early to judge Popov's chances", "will head Dole's team"
		}
		titles = append(titles, found{te, title})
		end = p
	}
	if len(titles) == 0 {
		return
	}
	bd.surnameAfter(k)
	if last := &titles[len(titles)-1]; ministerNouns[headWord(last.title)] {
		// "Trade and Industry Minister", "Public Service, Labour and
		// Social Welfare Minister": the fields of the portfolio
		if s := bd.portfolioBefore(si, end, ministerNouns[last.title]); s < end {
			last.title = normTitle(bd.span(si, s, end)) + " " + last.title
			end = s
		}
	}
	of := bd.ownerBefore(si, end)
	if p, te, title := bd.titleEndingAt(si, end); of < 0 && title != "" && p < end && !isCap(t[end-1].Text) {
		// a title of its own in lower case before the capitalised one:
		// "NATO spokesman Lieutenant Colonel Max Marriner"
		titles = append(titles, found{te, title})
		end = p
		of = bd.ownerBefore(si, end)
	}
	if of < 0 {
		// the office's field between its owner and the title: "UN human
		// rights chief Volker Turk", "EU trade commissioner"
		if o, f := bd.fieldOwnerBefore(si, end); o >= 0 {
			of = o
			titles[len(titles)-1].title = normTitle(bd.span(si, f, end)) + " " + titles[len(titles)-1].title
		}
	}
	under := 0
	if of < 0 {
		under = bd.bossBefore(si, end) // "Mr Rato's deputy Anne Krueger"
	}
	body := false
	if of < 0 {
		of, body = bd.bodyOwner(si, end) // "Club president Andre Bois": the club's
	}
	for i := len(titles) - 1; i >= 0; i-- {
		bd.addRole(k, titles[i].te, titles[i].title, of)
		bd.roles[len(bd.roles)-1].under = under
		bd.roles[len(bd.roles)-1].body = body
		if of < 0 && under == 0 && !body && end > 0 {
			bd.roles[len(bd.roles)-1].after = end // the token before the title, + 1
		}
	}
}

// lowerField reports words in lower case that may name an office's
// field: adjectives and nouns, "economic affairs".
func lowerField(ws []Token) bool {
	for _, w := range ws {
		if isCap(w.Text) || w.Tag != "JJ" && w.Tag != "NN" && w.Tag != "NNS" {
			return false
		}
	}
	return len(ws) > 0
}

// fieldOwnerBefore finds the owner of a title at token end past up to
// three words in lower case that name the office's field: "UN human
// rights chief", "Norway's peace envoy"; a counterpart is no field ("her
// Afghan counterpart, Foreign Minister X" holds the office in the other
// state). It returns the owner, -1 for none, and where the field starts.
func (bd *builder) fieldOwnerBefore(si, end int) (int, int) {
	t := bd.toks(si)
	f := end
	for f > 0 && end-f < 3 && (t[f-1].Tag == "NN" || t[f-1].Tag == "NNS" || t[f-1].Tag == "JJ") && !isCap(t[f-1].Text) && !determiners[t[f-1].lower()] && !counterpartNouns[t[f-1].lower()] {
		f--
	}
	if f == end {
		return -1, end
	}
	return bd.ownerBefore(si, f), f
}

// rankedChunk reports a person whose name the tagger found with titles
// in capitals before it, after a title in lower case: "spokesman" before
// "Maj Gen Shaukat Sultan", a title of its own.
func (bd *builder) rankedChunk(c cand) bool {
	t := bd.toks(c.sent)
	return c.chunkA > 0 && c.chunkA < c.a && !isCap(t[c.chunkA-1].Text) && bd.x.idx.titleHeads[t[c.chunkA-1].lower()]
}

// surnameAfter takes into the name of person candidate k, whom a title
// names, the capitalised word right after it that the tagger left out
// and the lexicon does not know: "Minister Florence Okafor said", where
// "Florence" is also a city. A word all in capitals is a headline's.
func (bd *builder) surnameAfter(k int) {
	c := &bd.cands[k]
	t := bd.toks(c.sent)
	if c.b >= len(t) || c.gaz != nil || !bd.unknownSurname(t, c.b) || bd.insideAnyCand(c.sent, c.b) {
		return
	}
	delete(bd.endsAt, [2]int{c.sent, c.b - 1})
	c.b++
	c.end = t[c.b-1].End
	bd.endsAt[[2]int{c.sent, c.b - 1}] = k
}

// titleEndingAt finds a title that ends just before token end and does not
// reach into a known name; it returns where the title starts.
func (bd *builder) titleEndingAt(si, end int) (int, titleEntry, string) {
	t := bd.toks(si)
	for n := min(bd.x.idx.titleWords+6, end); n >= 1; n-- {
		p := end - n
		if k, inside := bd.candAt(si, p); inside && (bd.cands[k].gaz != nil || bd.cands[k].a < p && bd.cands[k].typ == Organization) {
			continue // no title opens inside a name: "Popular Party leader X" is a leader's
		}
		te, title, q := bd.titleAt(si, p, end)
		if title != "" && q < end && connectors[t[q].Text] && allNames(t[q+1:end]) && !bd.insideAnyCand(si, q+1) {
			if bd.titleEndsAt(si, q+1, end) {
				continue // "a spokesman for Prime Minister X", "for Transport Commissioner X": X holds that office
			}
			// "Minister of National Reconciliation, X"; but "the commander
			// of Russian Interior Ministry forces": a name is no field
			title, q = normTitle(bd.span(si, p, end)), end
		} else if title != "" && q+1 < end && end-q <= 4 && fieldPreps[t[q].Text] && lowerField(t[q+1:end]) {
			title, q = normTitle(bd.span(si, p, end)), end // "deputy prime minister for economic affairs, X"
		}
		if title == "" || q != end || te.title == "" {
			continue
		}
		// adjectives before the title belong to it: "military commander",
		// but not "counterpart", which says whose office it matches; and
		// in capitals before a title in capitals, the words of its
		// field: "Financial Secretary", "Excise Commissioner"
		for p > 0 && startsWord(t[p-1].Text) && !determiners[t[p-1].lower()] && !counterpartNouns[t[p-1].lower()] && !bd.insideAnyCand(si, p-1) &&
			(t[p-1].Tag == "JJ" && !isCap(t[p-1].Text) || isCap(t[p].Text) && end-p < 4 && bd.fieldWord(si, p-1)) {
			p--
			title = normTitle(bd.span(si, p, end))
		}
		// two fields joined in capitals: "Trade and Industry Secretary",
		// "Mines and Energy Minister"
		for p >= 2 && p < end-1 && isCap(t[p].Text) && (coordinators[t[p-1].lower()] || t[p-1].Text == "&") && bd.fieldWord(si, p-2) {
			p -= 2
			title = normTitle(bd.span(si, p, end))
		}
		return p, te, title
	}
	return 0, titleEntry{}, ""
}

// fieldWord reports a word in capitals at token i of sentence si that may
// name an office's field: no name the lexicon knows, no part of another
// name, no title, honorific, date or nationality.
func (bd *builder) fieldWord(si, i int) bool {
	t := bd.toks(si)
	w := t[i].Text
	return isCap(w) && strings.ToUpper(w) != w && (strings.HasPrefix(t[i].Tag, "NN") || t[i].Tag == "JJ") && !bd.insideAnyCand(si, i) &&
		bd.x.idx.lookup(w) == nil && !honorifics[w] && !isDateWord(w) && !demonymLike(w) && bd.x.idx.titles[t[i].lower()].title == "" && !titleModifiers[t[i].lower()]
}

// titleEndsAt reports a title that ends at token end and starts at token
// from or after capitalised words of its field from there: "Prime
// Minister", "Transport Commissioner".
func (bd *builder) titleEndsAt(si, from, end int) bool {
	t := bd.toks(si)
	for r := from; r < end; r++ {
		if _, own, q := bd.titleAt(si, r, end); own != "" && q == end {
			return true
		}
		if !isCap(t[r].Text) {
			return false
		}
	}
	return false
}

// titleOfOwnerEndingAt finds a title and its owner after "of", "for" or
// "at" that end just before token end: "the head of the International
// Atomic Energy Agency", "a spokesman for Hamas", "the governor of Texas".
// It returns the title's first token, the title and the owner's candidate,
// -1 for none.
func (bd *builder) titleOfOwnerEndingAt(si, end int) (int, titleEntry, string, int) {
	t := bd.toks(si)
	o, ok := bd.endsAt[[2]int{si, end - 1}]
	if !ok || bd.cands[o].typ == Person || bd.cands[o].typ == "" {
		return 0, titleEntry{}, "", -1 // a place too: "the governor of Texas, X"
	}
	j := bd.cands[o].a - 1
	if n, ok := bd.endsAt[[2]int{si, j}]; ok && j >= 0 && bd.cands[n].typ == Country {
		j = bd.cands[n].a - 1 // "a spokesman for the Russian foreign ministry, X"
	}
	if j >= 0 && definite[t[j].lower()] {
		j--
	}
	switch {
	case j >= 1 && officePreps[t[j].Text]:
	case j >= 1 && postingPreps[t[j].Text]:
		// "The French ambassador to the UN, X": posted to the UN, the
		// office of what stands before the title
		p, te, title := bd.titleEndingAt(si, j)
		if title == "" {
			return 0, titleEntry{}, "", -1
		}
		if f := strings.Fields(title); servicePreps[t[j].lower()] && len(f) > 0 && serviceTitles[f[len(f)-1]] {
			return p, te, title, o // "the counsel to the Tarvo Commission, X": an office in the service of whom "to" names
		}
		return p, te, title, bd.ownerBefore(si, p)
	default:
		return 0, titleEntry{}, "", -1
	}
	p, te, title := bd.titleEndingAt(si, j)
	return p, te, title, o
}

// titleOfDescribedOwnerEndingAt finds a title and an owner the text
// describes without naming it, ending just before token end:
//
//	TITLE (of|for|at) the [ADJ|NOUN]* NOUN ,    "the head of the agency, X"
//
// It returns the title's first token and the title.
func (bd *builder) titleOfDescribedOwnerEndingAt(si, end int) (int, titleEntry, string) {
	t := bd.toks(si)
	j := describedNounEndingAt(t, end)
	if j < 1 || !officePreps[t[j-1].Text] {
		return 0, titleEntry{}, ""
	}
	p, te, title := bd.titleEndingAt(si, j-1)
	return p, te, title
}

// describedNounEndingAt is where a definite noun phrase in lower case
// that ends just before token end and names no country starts ("the
// local council", "the agency"), or -1.
func describedNounEndingAt(t []Token, end int) int {
	j := end - 1
	if j < 0 || t[j].Tag != "NN" && t[j].Tag != "NNS" || isCap(t[j].Text) || homeNouns[t[j].lower()] {
		return -1
	}
	for j >= 0 && !determiners[t[j].lower()] && (t[j].Tag == "NN" || t[j].Tag == "NNS" || t[j].Tag == "JJ") && !isCap(t[j].Text) && end-j < 5 {
		j--
	}
	if j < 0 || !definite[t[j].lower()] {
		return -1
	}
	return j
}

// postingPreps after a title name where its holder is posted, not whose
// office it is: "the French ambassador to the UN".
var postingPreps = lexicon.Class("postingPreps")

func (bd *builder) addRole(k int, te titleEntry, title string, of int) {
	c := &bd.cands[k]
	c.typ, c.weak = Person, false
	bd.roles = append(bd.roles, roleCand{person: k, title: title, code: te.code, of: of, sent: c.sent})
}

// apposition reads "X, the defense minister", "X, Tonga's trade minister",
// "X, a strategist at Moscow's Sovlink Securities" after candidate k.
func (bd *builder) apposition(si, k int) {
	t := bd.toks(si)
	c := bd.cands[k]
	p := c.b + 1
	of := -1
	introduced := false
	if p < len(t) && determiners[t[p].lower()] && !isCap(t[p].Text) || p < len(t) && capitalArticles[t[p].Text] {
		p++
		introduced = true
	}
	if o, q, possessive := bd.ownerOpening(si, p); o >= 0 {
		of, p, introduced = o, q, introduced || possessive
	}
	te, title, q := bd.titleAt(si, p, len(t))
	if title == "" && of >= 0 {
		// "X, Gazprom trade union chairman": the field of the office
		// between its owner and the title
		te, title, q = bd.fieldTitleAt(si, p)
	}
	if title == "" && introduced && of < 0 {
		// "X, the current African Union chairman": an owner past the
		// adjectives that say when
		a := p
		for a < len(t) && a < p+2 && (titleModifiers[t[a].lower()] || t[a].Tag == "JJ") && !isCap(t[a].Text) {
			a++
		}
		if o, q2, _ := bd.ownerOpening(si, a); a > p && o >= 0 {
			te2, title2, q3 := bd.titleAt(si, q2, len(t))
			if title2 == "" {
				te2, title2, q3 = bd.fieldTitleAt(si, q2) // "a former French social affairs minister"
			}
			if title2 != "" {
				of, te, title, q = o, te2, title2, q3
				for j := a - 1; j >= p; j-- {
					if titleModifiers[t[j].lower()] {
						title = t[j].lower() + " " + title // "a former Israeli envoy": the former envoy
					}
				}
			}
		}
	}
	if title == "" && introduced {
		// "X, a communist minister in West Bengal": adjectives before it
		te, title, q = bd.titlePastAdjectives(si, p)
	}
	if title == "" && introduced {
		// "X, a foreign policy adviser to Chile's president": the field
		// of the office before it
		te, title, q = bd.fieldTitleAt(si, p)
	}
	if title == "" {
		return
	}
	if !introduced && isCap(t[p].Text) && q < len(t) && isNameToken(t[q].Text) {
		return // "..., Ayatollah Ruhollah Khomenei": the title of the next name
	}
	if q < len(t) && !isCap(t[q].Text) && (t[q].Tag == "NN" || t[q].Tag == "NNS" || t[q].Tag == "VBN" || t[q].Tag == "VBG") {
		return // "Marc Dutroux, the chief accused in the case": the title word modifies a noun
	}
	if q < len(t) && isFinite(t[q].Tag) {
		// "consulted with Benjamin Netanyahu, a spokesman said", "After
		// talks with Jack Straw, the Iranian foreign minister said": the
		// title is the subject of the verb after it, no apposition
		return
	}
	if bd.personAfterPhrase(si, q) {
		return // "signed by Luis Vega, Shell's vice-president for Africa, Ana Ruiz, and ...": the next name's title
	}
	body := false
	var te2 titleEntry
	title2 := ""
	if of < 0 && q+2 < len(t) && coordinators[t[q].lower()] {
		// "X, chairman and chief executive of Petrobras,": two offices of
		// the owner after the second
		var q2 int
		if te2, title2, q2 = bd.titleAt(si, q+1, len(t)); title2 != "" && q2+1 < len(t) && officePreps[t[q2].Text] {
			q = q2
		} else {
			title2 = ""
		}
	}
	if of >= 0 && q+2 < len(t) && coordinators[t[q].lower()] {
		// "X, CNOOC's chairman and chief executive,": two offices of the
		// owner before the first, of the same kind
		if te3, title3, q3 := bd.titleAt(si, q+1, len(t)); title3 != "" && te3.code == te.code && (q3 == len(t) || t[q3].Text == "," || t[q3].Text == ".") {
			te2, title2 = te3, title3
		}
	}
	if f := strings.Fields(title); of < 0 && q+1 < len(t) && servicePreps[t[q].lower()] && len(f) > 0 && serviceTitles[f[len(f)-1]] {
		of = bd.ownerAt(si, q+1) // "X, a foreign policy adviser to Chile's president": Chile's office
	}
	if of < 0 && q+1 < len(t) && officePreps[t[q].Text] {
		if w := bd.workPlaceAfterField(si, q); w >= 0 {
			of = w // "X, investment director of UK Equities at Standard Life": where the field is worked
		} else {
			of = bd.ownerAt(si, q+1)
			// "Martin Brooks, president of Miss Universe Inc": an owner
			// named that is no known name is no state
			body = of < 0 && (isCap(t[q+1].Text) || bd.describedOwnerAt(si, q+1))
		}
	}
	if of < 0 && q+1 < len(t) && bodyPreps[t[q].lower()] {
		if o := bd.ownerAt(si, q+1); o >= 0 && bd.cands[o].typ == Organization {
			of = o // "X, deputy chief in Peru's Interior Ministry": the ministry's; but "the ambassador in Lima" is posted there
		}
	}
	if of >= 0 && bd.cands[of].gaz != nil && bd.cands[of].gaz.demonym && q+1 < len(t) && ofWords[t[q].lower()] {
		if o := bd.ownerAt(si, q+1); o >= 0 && bd.cands[o].typ == Organization {
			of = o // "Rainer Hertrich, the German co-head of EADS": the body's office, held by a German
		}
	}
	bd.addRole(k, te, title, of)
	bd.roles[len(bd.roles)-1].body = body
	if of < 0 && body && isCap(t[q+1].Text) {
		bd.roles[len(bd.roles)-1].named = q + 2 // "Stuart Quint, an analyst at Gartmore": Gartmore's once it resolves a company's
	}
	if title2 != "" {
		bd.addRole(k, te2, title2, of)
		bd.roles[len(bd.roles)-1].body = body
	}
}

// fieldTitleAt is the title at token p after up to three words in lower
// case that name the office's field, with them: "trade union chairman",
// "social affairs minister"; none when no title follows them.
func (bd *builder) fieldTitleAt(si, p int) (titleEntry, string, int) {
	t := bd.toks(si)
	for a := p; a < len(t) && a-p < 3 && (t[a].Tag == "NN" || t[a].Tag == "NNS" || t[a].Tag == "JJ") && !isCap(t[a].Text) && startsWord(t[a].Text); a++ {
		if te, title, q := bd.titleAt(si, a+1, len(t)); title != "" {
			return te, normTitle(bd.span(si, p, q)), q
		}
	}
	return titleEntry{}, "", p
}

// describedOwnerAt reports a noun phrase at k, after the preposition of
// an office, that describes its owner without naming it and is no
// country: "president of the self-declared separatist government",
// "deputy head of the currency department"; not "president of the
// country", nor a field without a determiner ("minister for aviation").
func (bd *builder) describedOwnerAt(si, k int) bool {
	t := bd.toks(si)
	if k >= len(t) || !determiners[t[k].lower()] {
		return false
	}
	for k < len(t) && (determiners[t[k].lower()] || t[k].Tag == "JJ" || t[k].Tag == "VBN") {
		k++
	}
	return k < len(t) && !isCap(t[k].Text) && !homeNouns[t[k].lower()]
}

// initialledName reports an organization's name the tagger found that
// may be a person's written with initials and no stops, as a title before
// it or in apposition tells:
//
//	INITIALS Surname [Surname]       "SP Thamilchelvan", "VP Singh"
//
// no name the lexicon knows, none of its words an organization's head.
func (bd *builder) initialledName(c cand) bool {
	t := bd.toks(c.sent)
	if c.typ != Organization || c.gaz != nil || c.b-c.a < 2 || c.b-c.a > 3 {
		return false
	}
	first := t[c.a].Text
	if len(first) < 2 || len(first) > 3 || strings.ToUpper(first) != first || strings.ToLower(first) == first {
		return false
	}
	for _, tok := range t[c.a+1 : c.b] {
		w := tok.Text
		if !isCap(w) || strings.ToUpper(w) == w || bd.x.idx.orgHeads[w] || companyHead(w) {
			return false
		}
	}
	return bd.x.idx.lookup(bd.span(c.sent, c.a, c.b)) == nil
}

// titledOrgName reports an organization's name the tagger found, no name
// the lexicon knows and none of its words an organization's head, in
// apposition after a title: a person's.
//
//	... TITLE , Name Name [Name] ,|.       "The UK ambassador, Emyr Jones Parry,"
func (bd *builder) titledOrgName(c cand) bool {
	t := bd.toks(c.sent)
	if c.typ != Organization || c.gaz != nil || c.b-c.a < 2 || c.b-c.a > 4 || c.a < 2 || t[c.a-1].Text != "," || !bd.x.idx.titleHeads[t[c.a-2].lower()] {
		return false
	}
	if c.b < len(t) && t[c.b].Text != "," && t[c.b].Tag != "." {
		return false
	}
	for _, tok := range t[c.a:c.b] {
		w := tok.Text
		if !isCap(w) || strings.ToUpper(w) == w || bd.x.idx.orgHeads[w] || companyHead(w) || legalForm(w) {
			return false
		}
	}
	return bd.x.idx.lookup(bd.span(c.sent, c.a, c.b)) == nil
}

// isFinite reports a finite verb's tag: a past, a present or a modal.
func isFinite(tag string) bool {
	return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD"
}

// openingPhraseSubject reports a name at [a, b) that opens the main clause
// after the comma closing a phrase of circumstance that opens the sentence,
// the main clause's verb right after it: the name is that clause's subject,
// in apposition to no title the phrase ends in.
//
//	(IN|VBG|VBN) ... TITLE , NAME FINITE-VERB     "After meeting Peru's president, Ana Ruiz said"
//
// "The head of the IAEA, Rafael Grossi, said" opens with no such phrase;
// "As head of the Red Cross, Ana Ruiz said" gives her the title.
func openingPhraseSubject(t []Token, a, b int) bool {
	first := datelineEnd(t)
	return b < len(t) && isFinite(t[b].Tag) && first < len(t) && !asWords[t[first].lower()] && openingPhraseEnd(t, first) == a
}

// ownerOpening finds the owner that opens a title's phrase at token p: a
// known name or an organization the tagger found, with a possessive
// ("Tonga's trade minister", "Tarvo Mining's chief executive"), or a
// known nationality or organization ("the French armed forces minister",
// "the Hamas leader"). It returns the owner's candidate, or -1, where the
// title may begin, and whether the owner was possessive.
func (bd *builder) ownerOpening(si, p int) (int, int, bool) {
	t := bd.toks(si)
	o, ok := bd.startsAt[[2]int{si, p}]
	if !ok {
		return -1, p, false
	}
	ob := bd.cands[o].b
	if bd.cands[o].gaz == nil {
		if bd.cands[o].typ == Organization && !bd.cands[o].dropped && ob < len(t) && isPossessive(t[ob].Text) && !(ob-p == 1 && legalForm(t[p].Text)) {
			// but "X, Inc's analyst": the end of the name before, no owner
			return o, ob + 1, true
		}
		return -1, p, false
	}
	switch {
	case ob < len(t) && isPossessive(t[ob].Text):
		return o, ob + 1, true
	case bd.cands[o].gaz.demonym || bd.cands[o].typ == Organization:
		return o, ob, false
	}
	return -1, p, false
}

// headVerbs say that their subject heads what follows: "X, who heads the
// IMF", a title of headTitle.
var headVerbs = lexicon.Class("headVerbs")

const headTitle = "head"

// predicateVerbs link a person to a title: "X was elected president".
var predicateVerbs = lexicon.Class("predicateVerbs")

// words that join a title to its holder and its office.
var (
	capitalArticles  = lexicon.Class("capitalArticles")
	officePreps      = lexicon.Class("officePreps")
	serviceTitles    = lexicon.Class("serviceTitles")
	servicePreps     = lexicon.Class("servicePreps")
	bodyPreps        = lexicon.Class("bodyPreps")
	placeNameHeads   = lexicon.Class("placeNameHeads")
	counterpartNouns = lexicon.Class("counterpartNouns")
	partyMembers     = lexicon.Class("partyMembers")
	becomeForms      = lexicon.Class("becomeForms")
	predicateLinks   = lexicon.Class("predicateLinks")
	articles         = lexicon.Class("articles")
	combiningForms   = lexicon.Class("combiningForms")
	facilityNouns    = lexicon.Class("facilityNouns")
	indefinite       = lexicon.Class("indefinite")
)

// predicateTitle reads "X was elected president", "X became prime minister"
// and, after a form of "be" and "the", a title that ends its phrase: "X is
// the French armed forces minister", "X, who is the defence minister of
// Chile".
func (bd *builder) predicateTitle(si, k int) {
	t := bd.toks(si)
	p := bd.cands[k].b
	w := func(i int) string { return t[i].lower() }
	if p+1 < len(t) && t[p].Text == "," && relativePronouns[w(p+1)] {
		p += 2 // "X, who is the trade minister"
		if p < len(t) && headVerbs[w(p)] {
			// "X, who heads the IMF": the head of what follows
			if of := bd.ownerAt(si, p+1); of >= 0 {
				if te, ok := bd.x.idx.titles[headTitle]; ok {
					bd.addRole(k, te, headTitle, of)
				}
			}
			return
		}
	}
	// auxiliaries, a form of "be" among them, before a predicate verb
	v, be := p, false
	for v < len(t) && v < p+4 && (haveForms[w(v)] || beForms[w(v)] || be && t[v].Tag == "RB") {
		be = be || beForms[w(v)] // "X, who is also the current AU chairman": past the adverb
		v++
	}
	copular := false
	switch {
	case v == p && p+1 < len(t) && becomeForms[w(p)]:
		p++
	case be && v+1 < len(t) && predicateVerbs[w(v)]:
		p = v + 1
		if predicateLinks[w(p)] {
			p++
		}
	case be && v+1 < len(t) && definite[w(v)]:
		p, copular = v, true
	default:
		return
	}
	if p < len(t) && articles[w(p)] {
		p++
	}
	if p >= len(t) {
		return
	}
	of := -1
	if copular {
		if o, q, _ := bd.ownerOpening(si, p); o >= 0 {
			of, p = o, q
		} else if a := p; a < len(t) && t[a].Tag == "JJ" && !isCap(t[a].Text) && !titleModifiers[w(a)] {
			if o, q, _ := bd.ownerOpening(si, a+1); o >= 0 {
				of, p = o, q // "the current AU chairman": the owner past an adjective of time
			}
		}
	}
	te, title, q := bd.titleAt(si, p, len(t))
	if title == "" && copular {
		te, title, q = bd.titlePastAdjectives(si, p) // "X is the political director of"
	}
	if title == "" {
		return
	}
	if copular && q < len(t) && !officePreps[w(q)] && isWord(t[q].Text) {
		return // "X is the president's adviser", "the first president to ..."
	}
	if of < 0 && q+1 < len(t) && officePreps[w(q)] {
		of = bd.ownerAt(si, q+1)
	}
	bd.addRole(k, te, title, of)
}

// titlePastAdjectives is titleAt past the lower-case adjectives that open
// the title's phrase: "a communist minister", "the political director";
// no title when none comes after them.
func (bd *builder) titlePastAdjectives(si, p int) (titleEntry, string, int) {
	t := bd.toks(si)
	a := p
	for a < len(t) && t[a].Tag == "JJ" && !isCap(t[a].Text) && startsWord(t[a].Text) {
		a++
	}
	if a > p && a < len(t) {
		if te, title, q := bd.titleAt(si, a, len(t)); title != "" {
			return te, normTitle(bd.span(si, p, q)), q
		}
	}
	return titleEntry{}, "", p
}

// ownerAt returns the country or organization candidate that starts at token
// i (after an optional "the" and up to three lower-case words that describe
// it: "the fundamentalist Hamas group"), or what it possesses: "Moscow's
// Sovlink Securities". It returns -1 when there is none.
func (bd *builder) ownerAt(si, i int) int {
	t := bd.toks(si)
	if i+1 < len(t) && definite[t[i].lower()] {
		if k := bd.bodyNounAt(si, i+1); k >= 0 {
			return k // "a spokesman for the group": the one the story named
		}
	}
	if i < len(t) && definite[t[i].lower()] {
		i++
		if o, ok := bd.startsAt[[2]int{si, i}]; ok && bd.cands[o].gaz != nil && bd.cands[o].gaz.demonym && bd.cands[o].b < len(t) {
			n := compoundEnd(t, bd.cands[o].b)
			if unitNouns[t[n].lower()] && n+2 < len(t) && ofWords[t[n+1].lower()] {
				// "head of the Chilean unit of Kestrel Holdings": the
				// company the unit is of, not the unit's country
				if c, ok := bd.startsAt[[2]int{si, n + 2}]; ok && bd.cands[c].typ == Organization {
					return c
				}
			}
			if companyNouns[t[n].lower()] || unitNouns[t[n].lower()] {
				// "chair of the Indian firm", "head of the Chilean
				// unit": the company the story named, from there, not
				// the state
				return bd.lastOrgBefore(si, i, []string{kindCompany})
			}
		}
	}
	o, ok := bd.startsAt[[2]int{si, i}]
	for n := 0; !ok && n < 3 && i < len(t) && (t[i].Tag == "JJ" || t[i].Tag == "NN" || t[i].Tag == "NNP") && (!isCap(t[i].Text) || placeCompound(t[i].Text)) && startsWord(t[i].Text); n++ {
		i++ // "leader of the fundamentalist Hamas group", "of the main opposition Pakistan Muslim League", "of the Lima-based Centre"
		o, ok = bd.startsAt[[2]int{si, i}]
	}
	if !ok && i+1 < len(t) && t[i].Text == "," && orgLeadNouns[t[i-1].Text] {
		// "a spokeswoman for the main opposition party, Chadema": the
		// body named in apposition to the noun of its kind
		if o2, ok2 := bd.startsAt[[2]int{si, i + 1}]; ok2 && bd.cands[o2].typ == Organization {
			return o2
		}
	}
	if !ok {
		return -1
	}
	if ob := bd.cands[o].b; ob+1 < len(t) && isPossessive(t[ob].Text) {
		o2, ok := bd.startsAt[[2]int{si, ob + 1}]
		// but "head of Kestrel Holdings' Chilean unit" is the company's
		unit := ok && bd.cands[o].typ == Organization && bd.cands[o2].gaz != nil && bd.cands[o2].gaz.demonym &&
			bd.cands[o2].b < len(t) && unitNouns[t[compoundEnd(t, bd.cands[o2].b)].lower()]
		switch {
		case ok && !unit:
			o = o2
		case !ok:
			if o2 := bd.describedOrgAt(si, ob+1); o2 >= 0 {
				o = o2 // "deputy chief executive of Russia's state-controlled Gazprom": the company's
			}
		}
	}
	if bd.cands[o].typ == Country || bd.cands[o].typ == Organization || bd.missionOf(o) != "" {
		return o // "a second secretary at the Russian embassy": the mission's state
	}
	return -1
}

// missionOf is the state whose mission candidate k names ("the Russian
// embassy", "the Chilean consulate"), or "".
func (bd *builder) missionOf(k int) string {
	c := bd.cands[k]
	if c.typ != Location || c.country == "" || !missionHeads[bd.toks(c.sent)[c.b-1].lower()] {
		return ""
	}
	return c.country
}

// ownerBefore finds whose office a title at token p is: a country or
// organization just before it ("China's ambassador", "Hamas leader",
// "Tory foreign affairs spokesman", "the Corps (IRGC) deputy commander"),
// or the party a possessive pronoun before it stands for ("its leader",
// "its Lagos spokeswoman").
func (bd *builder) ownerBefore(si, p int) int {
	t := bd.toks(si)
	if p >= 3 && t[p-1].Text == ")" && t[p-3].Text == "(" {
		p -= 3
	}
	if k := bd.possessorBefore(si, p); k >= 0 && (bd.cands[k].typ == Country || bd.cands[k].typ == Organization || bd.standsForState(k)) {
		return k // "China's ambassador", "Kiev's foreign minister"
	}
	if k := bd.postingBefore(si, p); k >= 0 {
		return k // "Somalia's U.N. ambassador": Somalia's, posted to the UN
	}
	if p >= 1 {
		if k, ok := bd.endsAt[[2]int{si, p - 1}]; ok && (bd.cands[k].typ == Country || bd.cands[k].typ == Organization) {
			return k
		}
		if partyPossessives[t[p-1].lower()] {
			return bd.partyBefore(si, p-1) // "A Mujahideen Khalq statement said its leader Massoud Rajavi"
		}
		if k, ok := bd.endsAt[[2]int{si, p - 1}]; ok && bd.cands[k].typ == Location && bd.cands[k].a >= 1 && partyPossessives[t[bd.cands[k].a-1].lower()] {
			return bd.partyBefore(si, bd.cands[k].a-1) // "Its Lagos spokeswoman": the party's, the place where
		}
	}
	if kinds := nounKinds(t[max(p-2, 0)].lower()); p >= 3 && isPossessive(t[p-1].Text) && kinds != nil && definite[t[p-3].lower()] {
		if k := bd.lastOrgBefore(si, p-3, kinds); k >= 0 {
			return k // "The company's chief executive, Steve Ballmer", "The rebels' political head": the last company, the last armed group named
		}
	}
	if p >= 1 && possessiveRelatives[t[p-1].lower()] {
		return bd.apposedPartyBefore(si, p-1) // "the Young Patriots, a militant movement whose leader, X": theirs
	}
	if p >= 3 && isPossessive(t[p-1].Text) && definite[t[p-3].lower()] && countryNouns[t[p-2].lower()] {
		return bd.lastCountryBefore(si, p-3) // "signed a memorandum in Bahrain with the island's interior minister": Bahrain
	}
	if p >= 3 && isPossessive(t[p-1].Text) && definite[t[p-3].lower()] && !isCap(t[p-2].Text) && bd.x.idx.orgHeads[capitalized(t[p-2].lower())] {
		return bd.onlyBodyBefore(si, p-3, capitalized(t[p-2].lower())) // "The tribunal's chief prosecutor": the one tribunal named; "the alliance's", of no alliance of nations: the one Alliance named
	}
	return -1
}

// postingBefore is the state that owns an envoy's title at token p of
// sentence si when a body's name stands between them, the body being
// where the envoy is posted, not whose envoy they are; -1 when there is
// none:
//
//	STATE 's BODY ENVOY-TITLE | NATIONALITY BODY ENVOY-TITLE
//
// "Somalia's U.N. ambassador, Osman": Somalia's ambassador to the UN;
// "the Peruvian EU envoy". With no state before it, the body owns the
// title: "UN envoy X".
func (bd *builder) postingBefore(si, p int) int {
	t := bd.toks(si)
	if p < 2 || !diplomatNouns[t[p].lower()] && !(p+1 < len(t) && diplomatNouns[t[p+1].lower()]) {
		return -1
	}
	b, ok := bd.endsAt[[2]int{si, p - 1}]
	if !ok || bd.cands[b].typ != Organization {
		return -1
	}
	a := bd.cands[b].a
	if k := bd.possessorBefore(si, a); k >= 0 && (bd.cands[k].typ == Country || bd.standsForState(k)) {
		return k
	}
	if k, ok := bd.endsAt[[2]int{si, a - 1}]; ok && a >= 1 && bd.cands[k].typ == Country {
		return k
	}
	return -1
}

// apposedPartyBefore is the country or organization whose noun phrase,
// or a noun phrase in apposition to it, ends just before token p of
// sentence si:
//
//	PARTY [, [DET] [ADJ|NOUN]* NOUN] p
//
// "the Young Patriots, a militant pro-Gbagbo movement whose": the Young
// Patriots; -1 when another word comes between.
func (bd *builder) apposedPartyBefore(si, p int) int {
	t := bd.toks(si)
	j := p - 1
	for j >= 0 && !bd.insideAnyCand(si, j) && (t[j].Tag == "DT" || strings.HasPrefix(t[j].Tag, "JJ") || strings.HasPrefix(t[j].Tag, "NN")) {
		j--
	}
	if j >= 0 && j < p-1 && t[j].Text == "," {
		j-- // past the comma of the apposition
	}
	if k, ok := bd.endsAt[[2]int{si, j}]; ok && j >= 0 && !bd.cands[k].dropped && (bd.cands[k].typ == Country || bd.cands[k].typ == Organization) {
		return k
	}
	return -1
}

// lastCountryBefore is the last country sentence si names by name before
// token p, or -1.
func (bd *builder) lastCountryBefore(si, p int) int {
	last := -1
	for _, k := range bd.bySent[si] {
		if c := bd.cands[k]; !c.dropped && c.typ == Country && c.b <= p && (c.gaz == nil || !c.gaz.demonym) && (last < 0 || c.a > bd.cands[last].a) {
			last = k
		}
	}
	return last
}

// standsForState reports a candidate that is a capital or a seat of
// government, which news names for its state.
func (bd *builder) standsForState(k int) bool {
	c := bd.cands[k]
	return c.typ == Location && c.gaz != nil && standsForState(c.gaz.kind) && c.country != ""
}

// onlyBodyBefore is the organization the document names before token p
// of sentence si whose name has the head word head, last or before a
// connector that opens its field ("International Criminal Tribunal for
// Rwanda"): the last mention of it, or -1 when none or two different
// bodies are.
//
//	the (tribunal|court|bank|...)'s TITLE
func (bd *builder) onlyBodyBefore(si, p int, head string) int {
	best, name := -1, ""
	for k, c := range bd.cands {
		if c.sent > si || c.sent == si && c.a >= p || c.dropped || c.typ != Organization {
			continue
		}
		f := strings.Fields(bd.doc.Text[c.start:c.end])
		headed := false
		for i, w := range f {
			spelt := w == head || bd.x.idx.spellings[strings.ToLower(w)] == strings.ToLower(head) // "the organisation's" for the Organization of American States
			if spelt && (i == len(f)-1 || connectors[strings.ToLower(f[i+1])]) {
				headed = true
			}
		}
		if !headed {
			continue
		}
		if n := strings.Join(f, " "); name == "" {
			name = n
		} else if n != name {
			return -1
		}
		best = bd.later(k, best)
	}
	return best
}

// lastOrgBefore is the organization of one of the kinds that the
// document names last before token p of sentence si (a company, an armed
// group), counting for a company one of no known kind named for its trade
// ("Brastan Mining"); of those the sentence that names one last names,
// the one it opens with, its subject, if any: "Bharat Minerals, a
// subsidiary of the Rathore Group, said ... The company's chief
// executive" is Bharat's. -1 when there is none.
func (bd *builder) lastOrgBefore(si, p int, kinds []string) int {
	company := slices.Contains(kinds, kindCompany)
	best, subject := -1, -1
	for k, c := range bd.cands {
		if c.sent > si || c.sent == si && c.a >= p || c.dropped || c.typ != Organization {
			continue
		}
		name := bd.doc.Text[c.start:c.end]
		kind := orgKind(&c, name)
		if !slices.Contains(kinds, kind) && !(company && companyNamed(kind, name) && !bd.x.isMedia(&c, bd.toks(c.sent))) {
			continue
		}
		best = bd.later(k, best)
		if bd.candOpensSentence(c) {
			subject = bd.later(k, subject)
		}
	}
	if subject >= 0 && best >= 0 && bd.cands[subject].sent == bd.cands[best].sent {
		return subject
	}
	return best
}

// candOpensSentence reports a candidate that opens its sentence, after its
// dateline and an article: the subject the sentence is about.
func (bd *builder) candOpensSentence(c cand) bool {
	t := bd.toks(c.sent)
	start := datelineEnd(t)
	if start < c.a && determiners[t[start].lower()] {
		start++
	}
	return c.a == start
}

// later is whichever of candidates k and best (-1 for none) the document
// names later.
func (bd *builder) later(k, best int) int {
	if best < 0 {
		return k
	}
	c, b := &bd.cands[k], &bd.cands[best]
	if c.sent > b.sent || c.sent == b.sent && c.a > b.a {
		return k
	}
	return best
}

// partyBefore is the country or organization that a party's possessive
// pronoun at token p stands for: the sentence's subject when it is one
// ("Iran has asked Germany to extradite its former president"), else the
// last one named before p; named by name, or by nationality before a
// noun of its state ("the Chilean government said its ambassador");
// -1 when there is none.
func (bd *builder) partyBefore(si, p int) int {
	t := bd.toks(si)
	verb := firstVerb(t[:p]) // the first verb of the sentence
	subject, last := -1, -1
	for _, k := range bd.bySent[si] {
		c := bd.cands[k]
		if c.b > p || c.typ != Country && c.typ != Organization {
			continue
		}
		if c.gaz != nil && c.gaz.demonym && !(c.b < len(t) && stateNouns[t[c.b].lower()]) {
			continue // "Chilean officials", but "the Chilean government"
		}
		if c.b <= verb && (subject < 0 || c.a < bd.cands[subject].a) {
			subject = k
		}
		if last < 0 || c.b > bd.cands[last].b {
			last = k
		}
	}
	if subject >= 0 {
		return subject
	}
	if last < 0 && p == datelineEnd(t) && si > 0 && !bd.doc.Sentences[si-1].Headline {
		// "The UN nuclear watchdog, the IAEA, has had no inspectors
		// there. Its director general, Mohamed ElBaradei, said": the
		// party the sentence before opens with
		return bd.openingParty(si - 1)
	}
	return last
}

// firstVerb is the index of the first token of t tagged as a verb, or
// len(t) when there is none.
func firstVerb(t []Token) int {
	for k := range t {
		if strings.HasPrefix(t[k].Tag, "VB") {
			return k
		}
	}
	return len(t)
}

// openingParty is the last country or organization that sentence si names
// before its first verb, the subject it opens with and its name in
// apposition ("The UN nuclear watchdog, the International Atomic Energy
// Agency, has"); -1 when it names none there.
func (bd *builder) openingParty(si int) int {
	t := bd.toks(si)
	verb := firstVerb(t)
	last := -1
	for _, k := range bd.bySent[si] {
		c := bd.cands[k]
		if c.dropped || c.b > verb || c.typ != Country && c.typ != Organization || c.gaz != nil && c.gaz.demonym && !(c.b < len(t) && stateNouns[t[c.b].lower()]) {
			continue
		}
		if last < 0 || c.b > bd.cands[last].b {
			last = k
		}
	}
	return last
}

// bossBefore is 1 + the person candidate whose possessive ends just before
// token p ("Mr Rato's deputy"), or 0.
func (bd *builder) bossBefore(si, p int) int {
	if k := bd.possessorBefore(si, p); k >= 0 && bd.cands[k].typ == Person {
		return k + 1
	}
	if t := bd.toks(si); p >= 1 && personPossessives[t[p-1].lower()] {
		if k := bd.onlyPersonBefore(si, p-1); k >= 0 {
			return k + 1 // "Mahmoud Abbas condemned the attack. But his spokesman, X": the office Abbas's spokesman serves
		}
	}
	return 0
}

// onlyPersonBefore is the one person named before token p of sentence si,
// in it and in the sentence before, or -1 when none or several are.
func (bd *builder) onlyPersonBefore(si, p int) int {
	found, name := -1, ""
	for s := max(si-1, 0); s <= si; s++ {
		for _, k := range bd.bySent[s] {
			c := bd.cands[k]
			if c.typ != Person || s == si && c.b > p {
				continue
			}
			w := bd.words(k)
			if last := w[len(w)-1]; found < 0 {
				found, name = k, last
			} else if last != name {
				return -1
			}
		}
	}
	return found
}

// possessorBefore is the candidate whose possessive ends just before token
// p ("Tonga's", "Mr Rato's"), or -1.
func (bd *builder) possessorBefore(si, p int) int {
	t := bd.toks(si)
	if p >= 2 && isPossessive(t[p-1].Text) {
		if k, ok := bd.endsAt[[2]int{si, p - 2}]; ok {
			return k
		}
	}
	return -1
}

// candAt returns the candidate that covers token i of sentence si.
func (bd *builder) candAt(si, i int) (int, bool) {
	for _, k := range bd.bySent[si] {
		if c := bd.cands[k]; i >= c.a && i < c.b {
			return k, true
		}
	}
	return 0, false
}

// hasRole reports whether candidate k of the sentence being scanned has a
// title already.
func (bd *builder) hasRole(k int) bool {
	for _, r := range bd.roles[bd.roleStart:] {
		if r.person == k {
			return true
		}
	}
	return false
}

// leaderNouns after a leader's surname name the state they lead.
var leaderNouns = lexicon.Class("leaderNouns")

// compassWords before a country name a part of it: "Western Cambodia".
var compassWords = lexicon.Class("compassWords")

// scanHeadline finds in the headline the names the body uses and the
// gazetteer knows; title-case words alone are not names there.
func (bd *builder) scanHeadline(si int, known map[string]int) {
	t := bd.toks(si)
	for i := 0; i < len(t); {
		matched := false
		for n := min(8, len(t)-i); n >= 1 && !matched; n-- {
			s := bd.span(si, i, i+n)
			if !isCap(s) && !strings.HasPrefix(s, "al-") {
				continue
			}
			if k, ok := known[normName(s)]; ok && (!isAcronym(s) || isAcronym(bd.doc.Text[bd.cands[k].start:bd.cands[k].end])) {
				c := bd.cands[k]
				bd.add(cand{sent: si, a: i, b: i + n, typ: c.typ, gaz: c.gaz, country: c.country, key: c.key})
				i += n
				matched = true
			} else if es := bd.x.idx.lookup(s); len(es) > 0 {
				bd.addGaz(si, i, i+n, es[0])
				i += n
				matched = true
			}
		}
		if matched {
			continue
		}
		bd.hyphenParts(si, i)
		i++
	}
}

// initials returns the acronym of a name: "National Cyber Security Centre" -> "NCSC".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '-' }) {
		if r := []rune(w)[0]; unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// candBefore orders candidates by where they start, the longer first.
func candBefore(a, b *cand) bool {
	if a.start != b.start {
		return a.start < b.start
	}
	return a.end > b.end
}

// counterpart is a person described as another's counterpart.
type counterpart struct {
	person int // the counterpart
	of     int // the country of the counterpart, or -1
	at     int // token of the word "counterpart"
	sent   int
}

// scanBareTitles records titles that name no one ("the country's security
// minister said", "Russia's president has defended") and counterparts ("met
// his Chinese counterpart, Wang Yi").
func (bd *builder) scanBareTitles(si int) {
	t := bd.toks(si)
	for i := 0; i < len(t); i++ {
		w := t[i].lower()
		if counterpartNouns[w] {
			bd.counterpartAt(si, i)
			continue
		}
		if isCap(t[i].Text) || bd.insideAnyCand(si, i) {
			continue
		}
		if i > 0 && !(determiners[t[i-1].lower()] || isPossessive(t[i-1].Text) || bd.endsCand(si, i-1)) {
			continue
		}
		te, title, q := bd.titleAt(si, i, len(t))
		if title == "" || te.title == "" {
			continue
		}
		if q < len(t) && (isNameToken(t[q].Text) || t[q].Text == ",") {
			continue // a title with its name, handled by scanRoles
		}
		of := bd.ownerBefore(si, i)
		if of < 0 && i >= 3 && isPossessive(t[i-1].Text) && countryNouns[t[i-2].lower()] {
			of = -2 // "the country's": the person's own country
		}
		bd.bare = append(bd.bare, roleCand{person: -1, title: title, code: te.code, of: of, sent: si})
		i = q - 1
	}
}

// counterpartAt reads "his Israeli counterpart, Ariel Sharon",
// "counterpart Wang Yi" and "his Afghan counterpart Foreign Minister
// Salim Aziz" around the word at token i; a name after the
// comma that a verb follows is the next clause's subject, no apposition.
func (bd *builder) counterpartAt(si, i int) {
	t := bd.toks(si)
	of := -1
	if k, ok := bd.endsAt[[2]int{si, i - 1}]; ok && i > 0 && (bd.cands[k].typ == Country || bd.cands[k].gaz != nil && bd.cands[k].gaz.demonym) {
		of = k
	}
	j := i + 1
	comma := j < len(t) && t[j].Text == ","
	if comma {
		j++
	}
	if _, title, q := bd.titleAt(si, j, len(t)); title != "" && q > j {
		j = q // "his Afghan counterpart, Foreign Minister Ana Ruiz": the name past its title
	}
	k, ok := bd.startsAt[[2]int{si, j}]
	if !ok || bd.cands[k].typ != Person && !bd.cands[k].weak {
		return
	}
	if b := bd.cands[k].b; comma && b < len(t) && strings.HasPrefix(t[b].Tag, "VB") {
		return // "After talks with his Turkish counterpart, Dendias warned": the main clause's subject
	}
	bd.cands[k].typ, bd.cands[k].weak = Person, false
	if of >= 0 {
		if of1, k2 := bd.pairedCounterparts(si, of, k); of1 >= 0 {
			// "his French and German counterparts, Michel Barnier and
			// Joschka Fischer": each nationality with its name, in order
			bd.cands[k2].typ, bd.cands[k2].weak = Person, false
			bd.counterparts = append(bd.counterparts, counterpart{person: k, of: of1, at: i, sent: si}, counterpart{person: k2, of: of, at: i, sent: si})
			return
		}
	}
	bd.counterparts = append(bd.counterparts, counterpart{person: k, of: of, at: i, sent: si})
}

// pairedCounterparts finds, for counterparts of two nationalities named
// in apposition, the first nationality and the second person, so that
// each person is the counterpart of the nationality in the same place:
//
//	NATIONALITY1 and NATIONALITY2 counterparts , PERSON1 and PERSON2
//
// -1 and -1 when the words are not so.
func (bd *builder) pairedCounterparts(si, of2, p1 int) (int, int) {
	t := bd.toks(si)
	a := bd.cands[of2].a
	if a < 2 || !coordinators[t[a-1].lower()] {
		return -1, -1
	}
	of1, ok := bd.endsAt[[2]int{si, a - 2}]
	if !ok || !(bd.cands[of1].typ == Country || bd.cands[of1].gaz != nil && bd.cands[of1].gaz.demonym) {
		return -1, -1
	}
	b := bd.cands[p1].b
	if b+1 >= len(t) || !coordinators[t[b].lower()] {
		return -1, -1
	}
	p2, ok := bd.startsAt[[2]int{si, b + 1}]
	if !ok || bd.cands[p2].typ != Person && !bd.cands[p2].weak {
		return -1, -1
	}
	return of1, p2
}

// allNames reports whether every token can be part of a name.
func allNames(ts []Token) bool {
	for _, t := range ts {
		if !isNameToken(t.Text) {
			return false
		}
	}
	return len(ts) > 0
}

// insideAnyCand reports whether token i of sentence si belongs to a candidate.
func (bd *builder) insideAnyCand(si, i int) bool {
	_, ok := bd.candAt(si, i)
	return ok
}

// endsCand reports whether a candidate ends at token i of sentence si.
func (bd *builder) endsCand(si, i int) bool {
	_, ok := bd.endsAt[[2]int{si, i}]
	return ok
}

// findNames runs the name tagger over the document's sentences.
func (bd *builder) findNames() {
	bd.spans = bd.x.names.Find(&tokenSource{doc: bd.doc})
}

// tokenSource gives the name tagger a document's tokens a sentence at a
// time, in slices it reuses.
type tokenSource struct {
	doc         *Document
	words, tags []string
}

func (ts *tokenSource) Len() int        { return len(ts.doc.Sentences) }
func (ts *tokenSource) Words(i int) int { return len(ts.doc.Sentences[i].Tokens) }

func (ts *tokenSource) Sentence(i int) names.Sentence {
	ts.words, ts.tags = ts.words[:0], ts.tags[:0]
	for _, t := range ts.doc.Sentences[i].Tokens {
		ts.words = append(ts.words, t.Text)
		ts.tags = append(ts.tags, t.Tag)
	}
	return names.Sentence{Words: ts.words, Tags: ts.tags}
}

// definiteBefore reports a definite article opening the noun phrase that
// ends at token k, past up to three words in lower case: "the main
// opposition party".
func definiteBefore(t []Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if definite[t[j].lower()] {
			return true
		}
		if isCap(t[j].Text) || !startsWord(t[j].Text) {
			return false
		}
	}
	return false
}

// orgTrailNouns after a name say it names a body of their kind.
var orgTrailNouns = lexicon.Class("orgTrailNouns")

// kindNounAfter reports the noun of a body's kind after token b, past up
// to two words in lower case that describe the body, ending the phrase:
//
//	NAME [ADJ|NOUN]{0,2} (group|movement|alliance|...)
func (bd *builder) kindNounAfter(si, b int) bool {
	t := bd.toks(si)
	for j := b; j < len(t) && j < b+3; j++ {
		w := t[j]
		if isCap(w.Text) || !startsWord(w.Text) || !nounTag(w.Tag) && w.Tag != "JJ" {
			return false
		}
		if orgTrailNouns[w.lower()] {
			return j+1 == len(t) || !nounTag(t[j+1].Tag)
		}
	}
	return false
}

// kindApposedAfter reports an apposition after the name that ends before
// token b that says the name's body's kind: an article, up to three
// words in lower case that describe it, and the kind's noun, which ends
// the phrase:
//
//	NAME , (a|an|the) [ADJ|ADV|PARTICIPLE|NOUN]{0,3} KIND-NOUN (not NOUN | of | FINITE-VERB)
//
// "Mwananchi, a privately owned daily that"; not "Ana Ruiz, a bank
// manager", whose kind's noun describes the noun after it, nor "a group
// of lawyers", nor "in the city of Sokoto, the national news agency
// reported": the subject of a clause of its own.
func (bd *builder) kindApposedAfter(si, b int) bool {
	t := bd.toks(si)
	if b+2 >= len(t) || t[b].Text != "," || !articles[t[b+1].lower()] {
		return false
	}
	for j := b + 2; j < len(t) && j < b+6; j++ {
		w := t[j]
		if !startsLower(w.Text) || !(nounTag(w.Tag) || w.Tag == "JJ" || w.Tag == "RB" || w.Tag == "VBN") {
			return false
		}
		if orgLeadNouns[w.lower()] {
			return j+1 == len(t) || !nounTag(t[j+1].Tag) && !ofWords[t[j+1].lower()] && !isFinite(t[j+1].Tag)
		}
	}
	return false
}

// placeCompound reports a hyphenated adjective made of a name and a
// participle in lower case that describes a body by where it is or who
// stands behind it: "Lima-based", "Kremlin-backed".
func placeCompound(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && i+1 < len(w) && !isCap(w[i+1:]) && strings.HasSuffix(w, "ed")
}
