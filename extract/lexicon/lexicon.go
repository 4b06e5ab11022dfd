// Package lexicon holds the embedded word lists newsgraph extracts with:
// countries and their demonyms, places, organizations, well-known people,
// official titles, given names, name particles, the nouns that end names,
// ordinary English words, the verb lexicon that maps actions to CAMEO
// codes, and the word classes the rules test (Class).
//
// Every list is a UTF-8 text file under data/; the .txt lists hold one entry
// a line, but classes.txt, which names each class on a line and lists its
// members on the indented lines after. TSV files have one record per
// line with TAB-separated fields; a field that holds several values separates
// them with '|', and '-' stands for an empty field. Lines starting with '#'
// and blank lines are ignored. Each file's header comment names its columns.
package lexicon

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/*.tsv data/*.txt
var embedded embed.FS

// Country is a sovereign state or territory.
type Country struct {
	Code     string   // ISO 3166-1 alpha-3 code (or a historical code).
	Name     string   // Common English name.
	Aliases  []string // Other names and abbreviations.
	Demonyms []string // Nationality adjectives and demonyms.
}

// Place is a city, region, body of water or landmark.
type Place struct {
	Name    string
	Country string // ISO alpha-3 code, or "" when the place spans countries.
	Kind    string // city, capital, region, water, continent, landmark.
	Aliases []string
}

// The kinds of places.tsv that are cities.
const (
	PlaceCity    = "city"    // a city that is no capital
	PlaceCapital = "capital" // a country's capital
)

// Org is a well-known organization.
type Org struct {
	Name    string
	Aliases []string
	Country string // ISO alpha-3 code, or "" for international bodies.
	Kind    string // igo, government, military, armed-group, media, ...
	Derived bool   // read from actors.tsv, derived from another dictionary
}

// Person is a well-known public figure: a head of state or government, a
// minister, an opposition, rebel or militant leader, a religious figure.
type Person struct {
	Name    string   // Common full English name.
	Aliases []string // Other full forms, spellings and transliterations.
	Country string   // ISO alpha-3 code of the country they act for, or "" for international officials.
}

// Title is an official title or rank.
type Title struct {
	Title    string   // Canonical lower-case title.
	Variants []string // Other spellings of the same title.
	Code     string   // Role code: GOV, MIL, DIP, JUD, LEG, POL, REB, SPY, MED, BUS, ...
}

// Verb is one entry of the event-verb lexicon.
type Verb struct {
	Pattern []string // Verb lemma followed by literal words; "*" is one optional word.
	Action  string   // Lemma reported as the event's action.
	Code    string   // CAMEO code, two or three digits.
	Target  []string // "obj" for the direct object, or prepositions introducing the target.
}

// Category is a CAMEO event category.
type Category struct {
	Code      string
	Name      string
	QuadClass int
	Goldstein float64
}

// Lexicon is the full set of word lists.
type Lexicon struct {
	Countries  []Country
	Places     []Place
	Orgs       []Org
	People     []Person
	Titles     []Title
	FirstNames []string
	// CommonWords are ordinary lower-case English words, which person names
	// rarely consist of.
	CommonWords []string
	// Particles are the words in lower case that join the parts of a
	// name: "bin", "van", "der", "arap".
	Particles []string
	// OrgHeads and PlaceHeads are the nouns that end names of
	// organizations ("Agency", "Ministry") and of places ("Square").
	OrgHeads, PlaceHeads []string
	Verbs                []Verb
	Categories           []Category
	// Inflections maps an inflected verb form, or a noun that names the
	// verb's act ("invasion", nominals.tsv), to the verb's lemma.
	Inflections map[string]string
	// Nominals are the nouns of nominals.tsv and their plurals, which a
	// verb of the same spelling is no form of ("deal with" is no
	// agreement).
	Nominals map[string]bool
	// TitleAbbrevs maps an abbreviated rank, in lower case ("gen.", "lt.
	// gen."), to the title it stands for ("lieutenant general").
	TitleAbbrevs map[string]string
	// Spellings maps a word of a name, in lower case, to its other
	// spelling, American to British and back ("organization",
	// "organisation").
	Spellings map[string]string
	// Variants maps another spelling of a whole name, as news writes it
	// ("Taleban"), to the name of the lexicon's entry it belongs to
	// ("Taliban"), or a country's former adjective to its adjective now
	// ("Zairean" to "Congolese"). The name tagger's gazetteer does not
	// read them, so that a spelling added here needs no retraining.
	Variants map[string]string
	// PastOnly holds the forms that are a simple past and nothing else
	// ("spoke", "gave", "took"): never a noun, whatever a tagger says.
	PastOnly map[string]bool
	// Pasts holds every simple past form ("described", "met", "spoke").
	Pasts map[string]bool
	// Seats maps a place of places.tsv to the body of organizations.tsv
	// that news names by it when it acts ("Brussels": the European
	// Union).
	Seats map[string]string
}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
	defaultErr  error
)

// Default returns the lexicon embedded in the binary, loaded once.
func Default() (*Lexicon, error) {
	defaultOnce.Do(func() {
		sub, err := fs.Sub(embedded, "data")
		if err != nil {
			defaultErr = err
			return
		}
		defaultLex, defaultErr = Load(sub)
	})
	return defaultLex, defaultErr
}

// Load reads every list from fsys, which holds the files of data/.
func Load(fsys fs.FS) (*Lexicon, error) {
	lx := &Lexicon{Inflections: map[string]string{}, Nominals: map[string]bool{}, PastOnly: map[string]bool{}, Pasts: map[string]bool{}, TitleAbbrevs: map[string]string{}, Spellings: map[string]string{}, Variants: map[string]string{}, Seats: map[string]string{}}
	err := readTSV(fsys, "countries.tsv", 4, func(f []string) error {
		lx.Countries = append(lx.Countries, Country{Code: f[0], Name: f[1], Aliases: multi(f[2]), Demonyms: multi(f[3])})
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := readTSV(fsys, "places.tsv", 4, func(f []string) error {
		lx.Places = append(lx.Places, Place{Name: f[0], Country: single(f[1]), Kind: f[2], Aliases: multi(f[3])})
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readTSV(fsys, "seats.tsv", 2, func(f []string) error {
		lx.Seats[f[0]] = f[1]
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readTSV(fsys, "organizations.tsv", 4, func(f []string) error {
		lx.Orgs = append(lx.Orgs, Org{Name: f[0], Aliases: multi(f[1]), Country: single(f[2]), Kind: f[3]})
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readTSV(fsys, "actors.tsv", 4, func(f []string) error {
		lx.Orgs = append(lx.Orgs, Org{Name: f[0], Aliases: multi(f[1]), Country: single(f[2]), Kind: f[3], Derived: true})
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readTSV(fsys, "people.tsv", 3, func(f []string) error {
		lx.People = append(lx.People, Person{Name: f[0], Aliases: multi(f[1]), Country: single(f[2])})
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readTSV(fsys, "titles.tsv", 3, func(f []string) error {
		lx.Titles = append(lx.Titles, Title{Title: strings.ToLower(f[0]), Variants: multi(strings.ToLower(f[1])), Code: f[2]})
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readTSV(fsys, "abbreviations.tsv", 2, func(f []string) error {
		lx.TitleAbbrevs[strings.ToLower(f[0])] = strings.ToLower(f[1])
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readTSV(fsys, "spellings.tsv", 2, func(f []string) error {
		us, gb := strings.ToLower(f[0]), strings.ToLower(f[1])
		lx.Spellings[us], lx.Spellings[gb] = gb, us
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readTSV(fsys, "variants.tsv", 2, func(f []string) error {
		lx.Variants[f[0]] = f[1]
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readTSV(fsys, "cameo.tsv", 4, func(f []string) error {
		var c Category
		c.Code, c.Name = f[0], f[1]
		if _, err := fmt.Sscan(f[2], &c.QuadClass); err != nil {
			return fmt.Errorf("quad class %q: %w", f[2], err)
		}
		if _, err := fmt.Sscan(f[3], &c.Goldstein); err != nil {
			return fmt.Errorf("goldstein %q: %w", f[3], err)
		}
		lx.Categories = append(lx.Categories, c)
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readTSV(fsys, "verbs.tsv", 4, func(f []string) error {
		v := Verb{Pattern: strings.Fields(strings.ToLower(f[0])), Action: f[1], Code: f[2], Target: multi(f[3])}
		if len(v.Pattern) == 0 {
			return fmt.Errorf("empty pattern")
		}
		if v.Action == "-" {
			v.Action = v.Pattern[0]
		}
		lx.Verbs = append(lx.Verbs, v)
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readTSV(fsys, "irregular.tsv", 5, func(f []string) error {
		lemma := strings.ToLower(f[0])
		for _, col := range f[1:] {
			for _, form := range multi(strings.ToLower(col)) {
				if _, seen := lx.Inflections[form]; !seen {
					lx.Inflections[form] = lemma
				}
			}
		}
		participles := multi(strings.ToLower(f[2]))
		for _, form := range multi(strings.ToLower(f[1])) {
			if form != lemma && !slices.Contains(participles, form) {
				lx.PastOnly[form] = true
			}
			if form != lemma {
				lx.Pasts[form] = true
			}
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readTSV(fsys, "nominals.tsv", 2, func(f []string) error {
		for _, noun := range []string{strings.ToLower(f[0]), strings.ToLower(f[0]) + "s"} {
			lx.Nominals[noun] = true
			// the noun's verb, over a verb's form of the same spelling
			// ("talks", "deals"), which is read as a verb by its tag
			lx.Inflections[noun] = strings.ToLower(f[1])
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if lx.FirstNames, err = readList(fsys, "firstnames.txt"); err != nil {
		return nil, err
	}
	if lx.Particles, err = readList(fsys, "particles.txt"); err != nil {
		return nil, err
	}
	if err := readTSV(fsys, "heads.tsv", 2, func(f []string) error {
		switch f[1] {
		case "organization":
			lx.OrgHeads = append(lx.OrgHeads, f[0])
		case "place":
			lx.PlaceHeads = append(lx.PlaceHeads, f[0])
		default:
			return fmt.Errorf("kind %q is neither organization nor place", f[1])
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if lx.CommonWords, err = readList(fsys, "commonwords.txt"); err != nil {
		return nil, err
	}
	return lx, nil
}

// readList reads a file of one entry a line.
func readList(fsys fs.FS, name string) ([]string, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out, nil
}

// readTSV calls fn with the fields of every record of name, which must have
// exactly n fields.
func readTSV(fsys fs.FS, name string, n int, fn func([]string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		if len(fields) != n {
			return fmt.Errorf("lexicon: %s:%d: %d fields, want %d", name, line, len(fields), n)
		}
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		if err := fn(fields); err != nil {
			return fmt.Errorf("lexicon: %s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("lexicon: %s: %w", name, err)
	}
	return nil
}

// multi splits a '|'-separated field; "-" is empty.
func multi(s string) []string {
	if s == "-" || s == "" {
		return nil
	}
	var out []string
	for _, v := range strings.Split(s, "|") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// single returns s, or "" for "-".
func single(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

// DateWord is a row of data/dates.tsv: a word or phrase of the date
// expressions, its kind ("month", "relative") and its value.
type DateWord struct {
	Kind, Form, Value string
}

var (
	dateWordsOnce sync.Once
	dateWords     []DateWord
)

// DateWords are the rows of data/dates.tsv in the file's order, read on
// first use. The date rules build their expressions from them when the
// program starts; a malformed file is a mistake in the program, and
// panics.
func DateWords() []DateWord {
	dateWordsOnce.Do(func() {
		sub, err := fs.Sub(embedded, "data")
		if err == nil {
			err = readTSV(sub, "dates.tsv", 3, func(f []string) error {
				dateWords = append(dateWords, DateWord{Kind: f[0], Form: f[1], Value: f[2]})
				return nil
			})
		}
		if err != nil {
			panic(err.Error())
		}
	})
	return slices.Clone(dateWords)
}

// The word classes of data/classes.txt, read on first use.
var (
	classesOnce sync.Once
	classes     map[string][]string
)

// Class is the set of the members of the word class name of
// data/classes.txt. Rules ask for their classes when the program starts;
// a name the file does not hold is a mistake in the program, and panics.
func Class(name string) map[string]bool {
	list := List(name)
	set := make(map[string]bool, len(list))
	for _, w := range list {
		set[w] = true
	}
	return set
}

// List is the members of the word class name in the order the file
// writes them, for the rules that try them in turn.
func List(name string) []string {
	classesOnce.Do(func() {
		data, err := embedded.ReadFile("data/classes.txt")
		if err != nil {
			panic("lexicon: " + err.Error())
		}
		classes = parseClasses(string(data))
	})
	list, ok := classes[name]
	if !ok {
		panic("lexicon: no word class " + strconv.Quote(name))
	}
	return slices.Clone(list)
}

// parseClasses reads classes written as a name on a line of its own and
// members on the indented lines after it; "#" starts a comment line.
func parseClasses(text string) map[string][]string {
	out := map[string][]string{}
	cur := ""
	for _, line := range strings.Split(text, "\n") {
		switch {
		case strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "":
		case line[0] == ' ' || line[0] == '\t':
			if cur != "" {
				out[cur] = append(out[cur], strings.Fields(line)...)
			}
		default:
			cur = strings.TrimSpace(line)
			out[cur] = []string{}
		}
	}
	return out
}
