package extract

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// gazEntry is what a known name stands for.
type gazEntry struct {
	key     string
	typ     EntityType
	label   string
	country string
	kind    string // organization kind from the lexicon: armed-group, party, ...
	demonym bool   // a nationality adjective: "Chinese" -> China
	// shared: a people's word that several states' adjectives end in
	// ("Korean": South and North Korean), whose state is the one of them
	// the document names (resolve)
	shared bool
	exact  bool // match only with the same capitalisation ("US", not "us")
	lower  bool // the name may start in lower case ("al-Qaeda")
	// lowerEnd: the lexicon writes the name ending in a word in lower case
	// ("UN refugee agency")
	lowerEnd bool
}

type titleEntry struct {
	title string // canonical form
	code  string
}

type verbEntry struct {
	rest   []string // pattern words after the verb
	action string
	code   string
	target []string
	// sensed is a sense that another of the same words follows: it finds
	// its target by its own prepositions only, never by fallbackPreps
	// ("protested to China", 114; "against", 141)
	sensed bool
	// inverse is a pattern whose subject undergoes the act and whose
	// target does it, written "~" before the target in verbs.tsv
	// ("receive * <arms>", "~from": "Ukraine received tanks from Poland")
	inverse bool
	// separated is a phrasal verb written with its object between the verb
	// and the particle ("hand * over"), of which the lexicon also has the
	// particle right after the verb ("hand over"): with nothing between,
	// that pattern is the one to read
	separated bool
	// laterPreps are the prepositions by which the senses after this one
	// of the same words find their targets ("raise * concern": "about",
	// "over", "at" for the criticism after the discussion)
	laterPreps []string
}

// inverseMark before a verb pattern's target says the target does the
// act to the subject: "receive * <arms>	supply	072	~from".
const inverseMark = "~"

// The lexicon's codes the rules name.
const (
	kindMedia     = "media"     // organizations.tsv: a news organization
	kindCompany   = "company"   // organizations.tsv: a company
	kindIGO       = "igo"       // organizations.tsv: an intergovernmental organization
	kindNGO       = "ngo"       // organizations.tsv: a non-governmental organization
	kindCapital   = "capital"   // places.tsv: a country's capital
	kindCity      = "city"      // places.tsv: a city that is no capital
	kindLandmark  = "landmark"  // places.tsv: a building or site
	kindSeat      = "seat"      // places.tsv: a building that stands for the government working in it
	kindContinent = "continent" // places.tsv: a continent or a region of several countries
	objTarget     = "obj"       // verbs.tsv: the target is the verb's direct object
	claimTarget   = "claim"     // verbs.tsv: the target made the claim the verb answers
	gapTarget     = "gap"       // verbs.tsv: the target is named inside the pattern's optional words only
	govCode       = "GOV"       // titles.tsv: an office of a government
)

// index is the lexicon arranged for lookup by surface form.
type index struct {
	names map[string][]gazEntry // normalized surface -> entries
	// seats maps the key of a place to the key of the body news names by
	// it when it acts: "location:brussels" -> "organization:european-union"
	seats map[string]string
	// spellings maps a word of a name, in lower case, to its other
	// spelling: "organisation" -> "organization" and back
	spellings map[string]string
	// firstWords maps the first word of every name to the most words a
	// name that starts with it has
	firstWords map[string]int
	countries  map[string]string // ISO alpha-3 code -> common name
	// adjectives maps a country's code to its adjective, the first of its
	// demonyms ("GRC" -> "Greek"), for the names of its bodies; a demonym
	// in -er names a person, and the country's name is its adjective
	// ("New Zealander": "NZL" -> "New Zealand")
	adjectives map[string]string
	// countryNames holds every normalized name and alias of each country
	countryNames map[string][]string
	titles       map[string]titleEntry // normalized title phrase -> title
	titleAbbrevs map[string]string     // abbreviated rank -> its title: "gen." -> "general"
	titleStarts  map[string]bool       // first words of titles and abbreviations: "foreign", "gen."
	fields       map[string]bool       // the fields of ministers' titles: "foreign", "interior"
	titleWords   int
	titleHeads   map[string]bool // last words of titles: "minister", "president"
	firstNames   map[string]bool
	// people maps each folded name and alias of a well-known person to the
	// country they act for ("" for international officials);
	// peopleStarts holds the nameKey of their first words
	people       map[string]string
	peopleStarts map[string]bool
	// sharedPeoples maps a people's word that the adjectives of several
	// states end in, and that names no state alone, to those states:
	// "Korean" -> KOR, PRK
	sharedPeoples map[string][]string
	// personOf maps each folded name and alias of a well-known person to
	// the person's number in the lexicon, -1 when it names two
	personOf map[string]int
	// surnames maps the folded last word of a well-known person's name to
	// their country, "?" when people of different countries share it
	surnames map[string]string
	common   map[string]bool // ordinary English words
	// orgHeads and placeHeads end names of organizations and of places:
	// "Agency", "Square"
	orgHeads, placeHeads map[string]bool
	verbs                map[string][]verbEntry // lemma -> patterns, longest first
	lemmas               map[string]string      // inflected form -> lemma
	nominals             map[string]bool        // nouns that name a verb's act (nominals.tsv)
	pastOnly             map[string]bool        // forms that are only a simple past: "spoke"
	pasts                map[string]bool        // every simple past form: "met", "described"
	particles            map[string]bool        // lower-case words joining parts of a name: "bin", "al"
	categories           map[string]lexicon.Category
}

func newIndex(lx *lexicon.Lexicon) *index {
	ix := &index{
		names:         map[string][]gazEntry{},
		firstWords:    map[string]int{},
		countries:     map[string]string{},
		adjectives:    map[string]string{},
		countryNames:  map[string][]string{},
		titles:        map[string]titleEntry{},
		titleAbbrevs:  lx.TitleAbbrevs,
		titleStarts:   map[string]bool{},
		fields:        map[string]bool{},
		titleHeads:    map[string]bool{},
		firstNames:    map[string]bool{},
		people:        map[string]string{},
		peopleStarts:  map[string]bool{},
		personOf:      map[string]int{},
		sharedPeoples: map[string][]string{},
		surnames:      map[string]string{},
		common:        map[string]bool{},
		orgHeads:      setOfList(lx.OrgHeads),
		placeHeads:    setOfList(lx.PlaceHeads),
		verbs:         map[string][]verbEntry{},
		lemmas:        lx.Inflections,
		nominals:      lx.Nominals,
		pastOnly:      lx.PastOnly,
		pasts:         lx.Pasts,
		particles:     setOfList(lx.Particles),
		categories:    map[string]lexicon.Category{},
	}
	addName := func(surface string, e gazEntry) {
		k := normName(surface)
		if k == "" {
			return
		}
		e.exact = isAcronym(surface)
		e.lower = !isCap(surface)
		e.lowerEnd = endsLower(surface)
		for i, old := range ix.names[k] {
			if old.key == e.key && old.demonym == e.demonym {
				// "Nato" and "NATO": the mixed-case form matches both
				ix.names[k][i].exact = old.exact && e.exact
				ix.names[k][i].lower = old.lower || e.lower
				ix.names[k][i].lowerEnd = old.lowerEnd || e.lowerEnd
				return
			}
		}
		ix.names[k] = append(ix.names[k], e)
		f := strings.Fields(k)
		ix.firstWords[f[0]] = max(ix.firstWords[f[0]], len(f))
	}
	// countries first: a surface that is both a country and a place is the country
	for _, c := range lx.Countries {
		ix.countries[c.Code] = c.Name
		e := gazEntry{key: "country:" + c.Code, typ: Country, label: c.Name, country: c.Code}
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			ix.countryNames[c.Code] = append(ix.countryNames[c.Code], normName(n))
			addName(n, e)
			for _, v := range compassAbbrevs(n) {
				addName(v, e) // "S. Africa"
			}
		}
		d := e
		d.demonym = true
		if len(c.Demonyms) > 0 {
			ix.adjectives[c.Code] = c.Demonyms[0]
			if strings.HasSuffix(c.Demonyms[0], "er") {
				ix.adjectives[c.Code] = c.Name
			}
		}
		for _, a := range c.Demonyms {
			addName(a, d)
			for _, v := range compassAbbrevs(a) {
				addName(v, d) // "S. Korean"
			}
		}
	}
	// a people's word several states' adjectives end in after a point of
	// the compass, and no state's alone: "Korean" of "South Korean" and
	// "North Korean"
	ends := map[string][]string{}
	for _, c := range lx.Countries {
		for _, a := range c.Demonyms {
			f := strings.Fields(a)
			if len(f) == 2 && compassPoints[f[0]] && !slices.Contains(ends[f[1]], c.Code) {
				ends[f[1]] = append(ends[f[1]], c.Code)
			}
		}
	}
	for _, w := range slices.Sorted(maps.Keys(ends)) {
		if codes := ends[w]; len(codes) >= 2 && len(ix.names[normName(w)]) == 0 {
			ix.sharedPeoples[w] = codes
			addName(w, gazEntry{typ: Country, label: w, demonym: true, shared: true})
		}
	}
	// a name is found in either spelling: "Organisation for Security and
	// Co-operation in Europe"
	addSpelt := func(surface string, e gazEntry) {
		addName(surface, e)
		for _, v := range respellings(surface, lx.Spellings) {
			addName(v, e)
		}
	}
	for _, o := range lx.Orgs {
		e := gazEntry{key: "organization:" + slug(o.Name), typ: Organization, label: o.Name, country: o.Country, kind: o.Kind}
		addSpelt(o.Name, e)
		for _, a := range o.Aliases {
			addSpelt(a, e)
		}
	}
	for _, p := range lx.Places {
		e := gazEntry{key: "location:" + slug(p.Name), typ: Location, label: p.Name, country: p.Country, kind: p.Kind}
		addSpelt(p.Name, e)
		for _, a := range p.Aliases {
			addSpelt(a, e)
		}
	}
	ix.spellings = lx.Spellings
	ix.seats = map[string]string{}
	for place, body := range lx.Seats {
		ix.seats["location:"+slug(place)] = "organization:" + slug(body)
	}
	// other spellings of whole names: "Taleban" is the Taliban
	variants := slices.Sorted(maps.Keys(lx.Variants))
	for _, v := range variants {
		for _, e := range ix.names[normName(lx.Variants[v])] {
			if e.label == lx.Variants[v] || e.demonym {
				addName(v, e) // a name, or a nationality's other adjective ("Zairean": "Congolese")
			}
		}
	}
	for pi, p := range lx.People {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			k := normName(n)
			if k == "" {
				continue
			}
			if old, ok := ix.personOf[k]; ok && old != pi {
				ix.personOf[k] = -1
			} else {
				ix.personOf[k] = pi
			}
			vs := append([]string{k}, particleVariants(k, ix.particles)...)
			if u := undottedInitials(k); u != k {
				vs = append(vs, u) // "George W Bush", as British papers write "George W. Bush"
			}
			for _, v := range vs {
				if _, dup := ix.people[v]; !dup {
					ix.people[v] = p.Country
				}
			}
			ix.peopleStarts[nameKey(k)] = true
		}
		if f := strings.Fields(normName(p.Name)); len(f) >= 2 {
			lasts := []string{f[len(f)-1]}
			if pre, rest, ok := strings.Cut(f[len(f)-1], "-"); ok && ix.particles[pre] && rest != "" {
				lasts = append(lasts, rest) // "al-Bashir" is written "Bashir" too
			}
			for _, last := range lasts {
				if old, ok := ix.surnames[last]; ok && old != p.Country {
					ix.surnames[last] = "?"
				} else if !ok {
					ix.surnames[last] = p.Country
				}
			}
		}
	}
	for _, t := range lx.Titles {
		te := titleEntry{title: t.Title, code: t.Code}
		for _, s := range hyphenedForms(append([]string{t.Title}, t.Variants...)) {
			k := normName(s)
			if _, ok := ix.titles[k]; !ok {
				ix.titles[k] = te
			}
			if f := strings.Fields(k); len(f) > 0 {
				ix.titleHeads[f[len(f)-1]] = true
				ix.titleStarts[f[0]] = true
				if len(f) == 2 && ministerNouns[f[1]] && t.Code == govCode {
					ix.fields[f[0]] = true // "foreign minister": a foreign ministry
				}
			}
			if n := len(strings.Fields(k)); n > ix.titleWords {
				ix.titleWords = n
			}
		}
	}
	for a := range lx.TitleAbbrevs {
		if f := strings.Fields(a); len(f) > 0 {
			ix.titleStarts[f[0]] = true
		}
	}
	for _, n := range lx.FirstNames {
		ix.firstNames[n] = true
	}
	for _, w := range lx.CommonWords {
		ix.common[w] = true
	}
	for _, v := range lx.Verbs {
		e := verbEntry{rest: v.Pattern[1:], action: v.Action, code: v.Code, target: v.Target}
		if len(e.target) > 0 && strings.HasPrefix(e.target[0], inverseMark) {
			e.inverse = true
			e.target = slices.Clone(e.target)
			e.target[0] = strings.TrimPrefix(e.target[0], inverseMark)
		}
		ix.verbs[v.Pattern[0]] = append(ix.verbs[v.Pattern[0]], e)
	}
	for k, vs := range ix.verbs {
		for i := range vs {
			for _, w := range vs[i+1:] {
				if slices.Equal(w.rest, vs[i].rest) {
					vs[i].sensed = true
					for _, sp := range w.target {
						if sp != objTarget && sp != gapTarget && sp != claimTarget && !slices.Contains(vs[i].laterPreps, sp) {
							vs[i].laterPreps = append(vs[i].laterPreps, sp)
						}
					}
				}
			}
			if len(vs[i].rest) == 2 && vs[i].rest[0] == "*" {
				vs[i].separated = slices.ContainsFunc(vs, func(w verbEntry) bool { return slices.Equal(w.rest, vs[i].rest[1:]) })
			}
		}
		// longest patterns first, then lexicon order
		sorted := make([]verbEntry, 0, len(vs))
		for n := 8; n >= 0; n-- {
			for _, v := range vs {
				if len(v.rest) == n {
					sorted = append(sorted, v)
				}
			}
		}
		ix.verbs[k] = sorted
	}
	for _, c := range lx.Categories {
		ix.categories[c.Code] = c
	}
	return ix
}

// lookup returns the entries for surface, honouring exact-case entries.
func (ix *index) lookup(surface string) []gazEntry {
	return ix.lookupNorm(normName(surface), surface)
}

// lookupNorm is lookup with the surface already folded by normName.
func (ix *index) lookupNorm(key, surface string) []gazEntry {
	es := ix.names[key]
	if len(es) == 0 {
		return nil
	}
	var out []gazEntry
	capital := isCap(surface) || ix.particleOpened(surface)
	for _, e := range es {
		if e.exact && !isAcronym(surface) && !ix.titleCaseAcronym(surface) || !capital && !e.lower {
			continue // "us" is not the US, "labour" not the Labour Party
		}
		out = append(out, e)
	}
	return out
}

// particleOpened reports a name written in capitals after a name
// particle in lower case: "al Qaeda", "al-Shabaab", "de Klerk".
func (ix *index) particleOpened(surface string) bool {
	i := strings.IndexAny(surface, " -")
	return i > 0 && ix.particles[surface[:i]] && isCap(surface[i+1:])
}

// titleCaseAcronym reports an acronym of four letters or more written as
// a word is, as British papers write those read as words ("Nato", "Opec",
// "Zanu-PF"), when it is no ordinary word in capitals ("Care", "Hope").
func (ix *index) titleCaseAcronym(surface string) bool {
	letters := 0
	for _, r := range surface {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 4 && isCap(surface) && !strings.Contains(surface, " ") && !ix.common[strings.ToLower(surface)]
}

// endsLower reports a name of two or more words whose last word starts
// with a lower-case letter: "Islamic state", not "Islamic State" or
// "al-Qaeda".
func endsLower(name string) bool {
	i := strings.LastIndexAny(name, " \t\n")
	if i < 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(name[i+1:])
	return unicode.IsLower(r)
}

// nameKey is the leading run of letters and digits of a folded name or
// token: "jean" for "jean-pierre raffarin" and for the token "jean-pierre",
// "b" for "b. j. habibie" and for the token "b.". It is the same however the
// tokenizer splits the first word.
func nameKey(s string) string {
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }); i >= 0 {
		return s[:i]
	}
	return s
}

// verbLemma is lemma for a word read as a verb: a noun that names a
// verb's act is no form of that verb when spelt as a verb of its own
// ("will not deal/VB with the regime" is no agreement).
func (ix *index) verbLemma(word string) string {
	if w := strings.ToLower(word); ix.nominals[w] {
		return w
	}
	return ix.lemma(word)
}

// lemma returns the lemma of a verb form.
func (ix *index) lemma(word string) string {
	w := strings.ToLower(word)
	if l, ok := ix.lemmas[w]; ok {
		return l
	}
	if _, ok := ix.verbs[w]; ok {
		return w
	}
	if one, ok := strings.CutSuffix(w, "s"); ok && strings.HasSuffix(one, "ing") && eventNouns[one] {
		return ix.lemma(one) // "meetings", "killings": the plural of an event noun in -ing is its verb's
	}
	try := func(stem string) (string, bool) {
		if _, ok := ix.verbs[stem]; ok {
			return stem, true
		}
		return "", false
	}
	for _, suf := range []struct{ s, add string }{
		{"ies", "y"}, {"ied", "y"}, {"es", ""}, {"s", ""}, {"ed", ""}, {"ed", "e"}, {"d", ""}, {"ing", ""}, {"ing", "e"},
	} {
		if strings.HasSuffix(w, suf.s) {
			if l, ok := try(strings.TrimSuffix(w, suf.s) + suf.add); ok {
				return l
			}
		}
	}
	return w
}

// apostrophes maps curly apostrophes and the okina to "'".
var apostrophes = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u02bb", "'")

// normName folds a surface form for lookup: lower case, straight
// apostrophes, single spaces, no diacritics.
// respellings are the other spellings of a name of several words: each
// word that spellings lists written in its other spelling or not, in every
// combination (of at most the first four such words), a capital first
// letter kept.
func respellings(name string, spellings map[string]string) []string {
	if !strings.Contains(strings.TrimSpace(name), " ") || !spelt(normName(name), spellings) {
		return nil // a name of one word keeps its spelling
	}
	words := strings.Fields(name)
	var at []int
	for i, w := range words {
		if _, ok := spellings[strings.ToLower(w)]; ok && len(at) < 4 {
			at = append(at, i)
		}
	}
	var out []string
	for mask := 1; mask < 1<<len(at); mask++ {
		v := slices.Clone(words)
		for b, i := range at {
			if mask&(1<<b) == 0 {
				continue
			}
			o := spellings[strings.ToLower(v[i])]
			if r, _ := utf8.DecodeRuneInString(v[i]); unicode.IsUpper(r) {
				o = titleCase(o)
			}
			v[i] = o
		}
		out = append(out, strings.Join(v, " "))
	}
	return out
}

// spelt reports that a normalized name has a word spellings lists.
func spelt(norm string, spellings map[string]string) bool {
	for norm != "" {
		w := norm
		if i := strings.IndexByte(norm, ' '); i >= 0 {
			w, norm = norm[:i], norm[i+1:]
		} else {
			norm = ""
		}
		if _, ok := spellings[w]; ok {
			return true
		}
	}
	return false
}

// compassPoints open names of countries news abbreviates to their
// initial: "South Africa", "S. Africa".
var compassPoints = lexicon.Class("compassPoints")

// compassAbbrevs are the forms of a name that opens with a point of the
// compass with the point cut to its initial, with and without a space
// ("South Africa": "S. Africa", "S.Africa"); none for other names.
func compassAbbrevs(name string) []string {
	point, rest, ok := strings.Cut(name, " ")
	if !ok || !compassPoints[point] {
		return nil
	}
	initial := point[:1] + "."
	return []string{initial + " " + rest, initial + rest}
}

// undottedInitials is a folded name with the full stops after its
// initials dropped: "george w. bush" -> "george w bush".
func undottedInitials(name string) string {
	f := strings.Fields(name)
	for i, w := range f {
		if len(w) == 2 && w[1] == '.' && w[0] >= 'a' && w[0] <= 'z' {
			f[i] = w[:1]
		}
	}
	return strings.Join(f, " ")
}

func normName(s string) string {
	// fast path: ASCII, folded in one pass
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			s = foldDiacritics(strings.ToLower(apostrophes.Replace(s)))
			return strings.Join(strings.Fields(s), " ")
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			space = len(b) > 0
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = append(b, c)
	}
	return string(b)
}

func foldDiacritics(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isAcronym reports surfaces such as "US", "U.S.", "NATO", "APT40".
func isAcronym(s string) bool {
	upper := 0
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			upper++
		}
	}
	return upper >= 2
}

// asciiFold spells letters that do not decompose in ASCII.
var asciiFold = strings.NewReplacer("ø", "o", "Ø", "o", "æ", "ae", "Æ", "ae", "œ", "oe", "Œ", "oe", "ß", "ss",
	"đ", "d", "Đ", "d", "ł", "l", "Ł", "l", "ı", "i", "þ", "th", "ð", "d", "ħ", "h")

// slug makes the id part of a name: lower-case ASCII words joined by '-'.
// Names in scripts with no ASCII spelling keep their letters.
func slug(s string) string {
	folded := foldDiacritics(asciiFold.Replace(strings.ToLower(s)))
	if out := joinWords(folded, func(r rune) bool { return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }); out != "" {
		return out
	}
	return joinWords(folded, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// joinWords joins the runs of runes that keep reports true with '-'.
func joinWords(s string, keep func(rune) bool) string {
	var b strings.Builder
	dash := false
	for _, r := range s {
		if !keep(r) {
			dash = true
			continue
		}
		if dash && b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteRune(r)
		dash = false
	}
	return b.String()
}

// particleVariants are the ways a name in lower case is also written with
// one of its particles joined to the word after it: "hamad bin khalifa al
// thani" as "hamad bin khalifa al-thani" or "hamad bin-khalifa al thani".
func particleVariants(name string, particles map[string]bool) []string {
	f := strings.Fields(name)
	var out []string
	for i := 0; i+1 < len(f); i++ {
		if particles[f[i]] && i > 0 {
			out = append(out, strings.Join(f[:i], " ")+" "+f[i]+"-"+strings.Join(f[i+1:], " "))
		}
	}
	return out
}

// hyphenedForms are the forms of a title and its variants, with each
// title of several words also written as one hyphenated word: "rebel
// chief-of-staff" holds the title "chief of staff".
func hyphenedForms(forms []string) []string {
	out := slices.Clone(forms)
	for _, s := range forms {
		if f := strings.Fields(s); len(f) > 1 {
			if h := strings.Join(f, "-"); !slices.Contains(out, h) {
				out = append(out, h)
			}
		}
	}
	return out
}
