package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// actorsCommand derives extract/lexicon/data/actors.tsv, the organizations
// of PETRARCH2's Phoenix actor dictionaries, from the folder that holds
// them: every international body, non-governmental organization, company
// and armed group that the curated lexicon does not name already.
func actorsCommand(args []string) error {
	fs := flag.NewFlagSet("actors", flag.ContinueOnError)
	dir := fs.String("petrarch", "", "folder of PETRARCH2's dictionaries (Phoenix.*.actors.txt)")
	lexDir := fs.String("lexicon", "extract/lexicon/data", "the lexicon's data folder, whose names are kept")
	out := fs.String("o", "extract/lexicon/data/actors.tsv", "file to write")
	parseFlags(fs, args)
	required(fs, "petrarch", *dir)
	known, err := readKnown(*lexDir)
	if err != nil {
		return err
	}
	armed, err := readPhoenix(filepath.Join(*dir, "Phoenix.MilNonState.actors.txt"))
	if err != nil {
		return err
	}
	intl, err := readPhoenix(filepath.Join(*dir, "Phoenix.International.actors.txt"))
	if err != nil {
		return err
	}
	var rows [][4]string
	for _, e := range armed {
		if row, ok := known.row(e, "armed-group", known.country(e.code, 0)); ok {
			rows = append(rows, row)
		}
	}
	for _, e := range intl {
		if e.dated || e.code == "" {
			continue // a person, with the dates they held a post
		}
		var row [4]string
		ok := false
		switch {
		case strings.HasPrefix(e.code, "IGO"):
			row, ok = known.row(e, "igo", "-")
		case strings.HasPrefix(e.code, "NGO"):
			row, ok = known.row(e, "ngo", "-")
		case strings.HasPrefix(e.code, "MNC"):
			row, ok = known.row(e, "company", known.country(e.code, 3))
		}
		if ok {
			rows = append(rows, row)
		}
	}
	slices.SortStableFunc(rows, func(a, b [4]string) int { return strings.Compare(strings.ToLower(a[0]), strings.ToLower(b[0])) })
	licence, err := os.ReadFile(filepath.Join(*dir, "LICENSE"))
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	buf.WriteString(actorsHeader)
	buf.WriteString("#\n# The dictionaries' licence:\n#\n")
	for _, line := range strings.Split(strings.TrimRight(string(licence), "\n"), "\n") {
		buf.WriteString(strings.TrimRight("#   "+line, " ") + "\n")
	}
	for _, r := range rows {
		buf.WriteString(strings.Join(r[:], "\t") + "\n")
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("%d organizations written to %s\n", len(rows), *out)
	return nil
}

const actorsHeader = `# actors.tsv: organizations derived from the Phoenix actor dictionaries of
# PETRARCH2 (openeventdata/petrarch2, commit 676801cd9cb2924bbbad09f86d15c9323e7097bf,
# petrarch2/data/dictionaries/Phoenix.International.actors.txt and
# Phoenix.MilNonState.actors.txt; MIT licence, Copyright (c) 2014 Open Event
# Data). Regenerate with
#   go run ./cmd/newsgraph-train actors -petrarch DIR
# Every armed group, and every international body (IGO), non-governmental
# organization (NGO) and company (MNC) listed without the dates of a post,
# whose names the curated files (organizations.tsv, countries.tsv,
# places.tsv, people.tsv) do not hold, in any spelling of spellings.tsv
# (nor again in another spelling). Names are the dictionaries' own, in
# capitals there, written here in title case with acronyms kept; one-word
# names that are ordinary words or given names, and the names of one
# person's office ("UN Special Envoy for Burma"), are left out.
# Columns (TAB-separated), as organizations.tsv: name	aliases	country	kind
#   country  the dictionary code's country (an armed group's or a company's),
#            '-' for international bodies and regions.
`

// officeHeads end the name of an office that one person holds, which the
// dictionaries list beside bodies ("UN SPECIAL ENVOY FOR BURMA").
var (
	officeHeads = lexicon.Class("officeHeads")
	officePreps = lexicon.Class("officePreps")
)

// officeName reports a name whose head, the word before a preposition
// that joins an office to its owner ("of", "for"), is an office's: a
// person's post, no organization.
func officeName(name string) bool {
	head := strings.Fields(strings.ToLower(name))
	for i, w := range head {
		if officePreps[w] {
			head = head[:i]
			break
		}
	}
	return len(head) > 0 && officeHeads[head[len(head)-1]]
}

// phoenixEntry is one actor of a Phoenix dictionary: its name, the
// synonyms after it ("+NAME"), its code, and whether it is dated (a
// person's posts, on lines of their own).
type phoenixEntry struct {
	name    string
	aliases []string
	code    string
	dated   bool
}

var (
	phoenixCode = regexp.MustCompile(`\[([^\]]*)\]`)
	spaces      = regexp.MustCompile(`\s+`)
	nameChars   = regexp.MustCompile(`^[A-Z0-9 .&'()/-]+$`)
	vowel       = regexp.MustCompile(`[AEIOUY]`)
	roman       = regexp.MustCompile(`^[IVX]+$`)
)

func readPhoenix(path string) ([]phoenixEntry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []phoenixEntry
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		raw := sc.Text()
		line, _, _ := strings.Cut(raw, "#")
		line = strings.TrimRight(line, " \t\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		if raw[0] == ' ' || raw[0] == '\t' {
			if len(out) > 0 {
				out[len(out)-1].dated = true
			}
			continue
		}
		alias := strings.HasPrefix(line, "+")
		code := ""
		if m := phoenixCode.FindStringSubmatch(line); m != nil {
			code = strings.TrimSpace(m[1])
		}
		name, _, _ := strings.Cut(strings.TrimPrefix(line, "+"), "[")
		name = strings.ReplaceAll(strings.Trim(strings.TrimSpace(name), "_"), "_", " ")
		name = strings.TrimSpace(spaces.ReplaceAllString(name, " "))
		switch {
		case name == "":
		case alias:
			if len(out) > 0 {
				out[len(out)-1].aliases = append(out[len(out)-1].aliases, name)
			}
		default:
			out = append(out, phoenixEntry{name: name, code: code})
		}
	}
	return out, sc.Err()
}

// knownNames are what the curated lexicon holds: names taken, in capitals,
// the ordinary words and given names, and the country codes.
type knownNames struct {
	taken, common, given, iso map[string]bool
	// spell maps a word of a name, in lower case, to its other spelling
	// (spellings.tsv), so that "Organisation for Security and Cooperation
	// in Europe" is taken with "Organization for Security and
	// Co-operation in Europe"
	spell map[string]string
}

// fold is a name in capitals with each word in one of its spellings, the
// same for all of them.
func (k *knownNames) fold(name string) string {
	words := strings.Fields(strings.ToLower(name))
	for i, w := range words {
		if o, ok := k.spell[w]; ok && o < w {
			words[i] = o
		}
		words[i] = strings.ReplaceAll(words[i], "-", "")
	}
	return strings.ToUpper(strings.Join(words, " "))
}

// readKnown reads the lexicon in dir, leaving out the organizations
// derived before: they are written again.
func readKnown(dir string) (*knownNames, error) {
	lx, err := lexicon.Load(os.DirFS(dir))
	if err != nil {
		return nil, err
	}
	k := &knownNames{taken: map[string]bool{}, common: map[string]bool{}, given: map[string]bool{}, iso: map[string]bool{}, spell: lx.Spellings}
	take := func(names ...string) {
		for _, n := range names {
			k.taken[k.fold(n)] = true
		}
	}
	for _, c := range lx.Countries {
		k.iso[c.Code] = true
		take(c.Name)
		take(c.Aliases...)
		take(c.Demonyms...)
	}
	for _, o := range lx.Orgs {
		if !o.Derived {
			take(o.Name)
			take(o.Aliases...)
		}
	}
	for _, p := range lx.Places {
		take(p.Name)
		take(p.Aliases...)
	}
	for _, p := range lx.People {
		take(p.Name)
		take(p.Aliases...)
	}
	for _, w := range lx.CommonWords {
		k.common[strings.ToUpper(w)] = true
	}
	for _, w := range lx.FirstNames {
		k.given[strings.ToUpper(w)] = true
	}
	return k, nil
}

// country is the country code at code[at:at+3], or "-" when that is none.
func (k *knownNames) country(code string, at int) string {
	if len(code) >= at+3 && k.iso[code[at:at+3]] {
		return code[at : at+3]
	}
	return "-"
}

// row is e as a line of actors.tsv, or false when the lexicon has one of
// its names already or its name is an ordinary word or a person's.
func (k *knownNames) row(e phoenixEntry, kind, country string) ([4]string, bool) {
	var names []string
	for _, n := range append([]string{e.name}, e.aliases...) {
		n = strings.TrimPrefix(n, "THE ")
		if len(n) >= 3 && nameChars.MatchString(n) {
			names = append(names, n)
		}
	}
	if len(names) == 0 || slices.ContainsFunc(names, func(n string) bool { return k.taken[k.fold(n)] }) {
		return [4]string{}, false // the lexicon's already, in this spelling or another
	}
	main := names[0]
	words := strings.Fields(main)
	if len(words) == 1 && (k.common[main] || k.given[main]) || k.given[words[0]] && len(words) <= 3 || officeName(main) {
		return [4]string{}, false
	}
	var aliases []string
	for _, n := range names[1:] {
		one := !strings.Contains(n, " ")
		switch {
		case one && (k.common[n] || k.given[n]):
			continue
		case !one || len(n) > 6:
			n = titleCase(n)
		} // else an acronym, matched as written
		if !slices.Contains(aliases, n) {
			aliases = append(aliases, n)
		}
	}
	for _, n := range names {
		k.taken[k.fold(n)] = true
	}
	alias := strings.Join(aliases, "|")
	if alias == "" {
		alias = "-"
	}
	return [4]string{titleCase(main), alias, country, kind}, true
}

// lowerWords stay in lower case inside a name.
var lowerWords = map[string]bool{"OF": true, "THE": true, "AND": true, "FOR": true, "IN": true, "ON": true, "AT": true, "TO": true,
	"DE": true, "DU": true, "DES": true, "LA": true, "LE": true, "DEL": true, "DI": true, "DA": true, "FROM": true, "WITH": true, "AGAINST": true, "BY": true}

// titleCase writes a name given in capitals as names are written:
// "ARMY OF THE REPUBLIC" -> "Army of the Republic"; bracketed words,
// short words without vowels and roman numerals stay in capitals.
func titleCase(name string) string {
	words := strings.Fields(name)
	for i, w := range words {
		core := strings.Trim(w, "()")
		switch {
		case strings.HasPrefix(w, "(") && strings.HasSuffix(w, ")"),
			len(core) <= 5 && !vowel.MatchString(core) && isLetters(core),
			roman.MatchString(core):
		case i > 0 && lowerWords[w]:
			words[i] = strings.ToLower(w)
		default:
			parts := strings.Split(w, "-")
			for j, p := range parts {
				if len(p) > 1 {
					parts[j] = p[:1] + strings.ToLower(p[1:])
				}
			}
			words[i] = strings.Join(parts, "-")
		}
	}
	return strings.Join(words, " ")
}

func isLetters(s string) bool {
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return s != ""
}
