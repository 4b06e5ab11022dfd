package lexicon

import (
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	unorm "golang.org/x/text/unicode/norm"
)

// lexicon returns the embedded lexicon or stops the test.
func lexicon(t *testing.T) *Lexicon {
	t.Helper()
	lx, err := Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	return lx
}

// rawRecords returns the TAB-separated records of an embedded data file as
// written, before Load normalises them (lower-casing titles, for instance),
// so that checks on spelling can fail.
func rawRecords(t *testing.T, name string, n int) [][]string {
	t.Helper()
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		t.Fatal(err)
	}
	var recs [][]string
	if err := readTSV(sub, name, n, func(f []string) error {
		recs = append(recs, append([]string(nil), f...))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return recs
}

// norm is the case-insensitive form surface forms are compared in.
func norm(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

func countryCodes(lx *Lexicon) map[string]bool {
	codes := map[string]bool{}
	for _, c := range lx.Countries {
		codes[c.Code] = true
	}
	return codes
}

func TestDefaultNonEmpty(t *testing.T) {
	lx := lexicon(t)
	for _, tc := range []struct {
		name string
		n    int
	}{
		{"Countries", len(lx.Countries)},
		{"Places", len(lx.Places)},
		{"Orgs", len(lx.Orgs)},
		{"People", len(lx.People)},
		{"Titles", len(lx.Titles)},
		{"FirstNames", len(lx.FirstNames)},
		{"Verbs", len(lx.Verbs)},
		{"Categories", len(lx.Categories)},
		{"Inflections", len(lx.Inflections)},
	} {
		if tc.n == 0 {
			t.Errorf("%s is empty", tc.name)
		}
	}
}

var countryCode = regexp.MustCompile(`^[A-Z]{3}$`)

func TestCountryCodes(t *testing.T) {
	seen := map[string]string{}
	for _, c := range lexicon(t).Countries {
		if !countryCode.MatchString(c.Code) {
			t.Errorf("country %q: code %q is not 3 upper-case letters", c.Name, c.Code)
		}
		if prev, dup := seen[c.Code]; dup {
			t.Errorf("country code %s used by both %q and %q", c.Code, prev, c.Name)
		}
		seen[c.Code] = c.Name
	}
}

func TestCountrySurfaceFormsUnambiguous(t *testing.T) {
	owner := map[string]string{} // normalised form -> country code
	for _, c := range lexicon(t).Countries {
		forms := append(append([]string{c.Name}, c.Aliases...), c.Demonyms...)
		for _, f := range forms {
			k := norm(f)
			if k == "" {
				t.Errorf("country %s: empty surface form", c.Code)
				continue
			}
			if prev, ok := owner[k]; ok && prev != c.Code {
				t.Errorf("surface form %q belongs to both %s and %s", f, prev, c.Code)
				continue
			}
			owner[k] = c.Code
		}
	}
}

func TestCountryReferences(t *testing.T) {
	lx := lexicon(t)
	codes := countryCodes(lx)
	for _, p := range lx.Places {
		if p.Country != "" && !codes[p.Country] {
			t.Errorf("place %q: country %q is not in countries.tsv", p.Name, p.Country)
		}
	}
	for _, o := range lx.Orgs {
		if o.Country != "" && !codes[o.Country] {
			t.Errorf("organization %q: country %q is not in countries.tsv", o.Name, o.Country)
		}
	}
}

func TestPlaceKinds(t *testing.T) {
	kinds := map[string]bool{"capital": true, "city": true, "region": true, "water": true, "continent": true, "landmark": true, "seat": true}
	for _, p := range lexicon(t).Places {
		if !kinds[p.Kind] {
			t.Errorf("place %q: kind %q is not one of capital, city, region, water, continent, landmark", p.Name, p.Kind)
		}
	}
}

func TestPlacesAreNotCountries(t *testing.T) {
	lx := lexicon(t)
	country := map[string]string{} // normalised name or alias -> code
	for _, c := range lx.Countries {
		for _, f := range append([]string{c.Name}, c.Aliases...) {
			country[norm(f)] = c.Code
		}
	}
	for _, p := range lx.Places {
		for _, f := range append([]string{p.Name}, p.Aliases...) {
			if code, ok := country[norm(f)]; ok {
				t.Errorf("place %q (%s): surface form %q is also a name of country %s", p.Name, p.Country, f, code)
			}
		}
	}
}

var cameoCode = regexp.MustCompile(`^[0-9]{2,3}$`)

func TestVerbCodes(t *testing.T) {
	lx := lexicon(t)
	cats := map[string]bool{}
	for _, c := range lx.Categories {
		cats[c.Code] = true
	}
	for _, v := range lx.Verbs {
		pat := strings.Join(v.Pattern, " ")
		if !cameoCode.MatchString(v.Code) {
			t.Errorf("verb %q: CAMEO code %q is not 2 or 3 digits", pat, v.Code)
			continue
		}
		switch len(v.Code) {
		case 2:
			if !cats[v.Code] {
				t.Errorf("verb %q: CAMEO root %q not in cameo.tsv", pat, v.Code)
			}
		case 3:
			if !cats[v.Code] {
				t.Errorf("verb %q: CAMEO code %q not in cameo.tsv", pat, v.Code)
			}
			if !cats[v.Code[:2]] {
				t.Errorf("verb %q: root %q of CAMEO code %q not in cameo.tsv", pat, v.Code[:2], v.Code)
			}
		}
	}
}

func TestCategories(t *testing.T) {
	lx := lexicon(t)
	seen := map[string]bool{}
	for _, c := range lx.Categories {
		if c.QuadClass < 1 || c.QuadClass > 4 {
			t.Errorf("category %s %q: QuadClass %d not in 1..4", c.Code, c.Name, c.QuadClass)
		}
		if c.Goldstein < -10 || c.Goldstein > 10 {
			t.Errorf("category %s %q: Goldstein %v not in [-10, 10]", c.Code, c.Name, c.Goldstein)
		}
		if seen[c.Code] {
			t.Errorf("category %s listed twice", c.Code)
		}
		seen[c.Code] = true
	}
	var missing []string
	for i := 1; i <= 20; i++ {
		if root := fmt.Sprintf("%02d", i); !seen[root] {
			missing = append(missing, root)
		}
	}
	if len(missing) > 0 {
		t.Errorf("CAMEO root categories missing from cameo.tsv: %v", missing)
	}
}

// regularPast is the regular simple past of a lemma, used when irregular.tsv
// has no row for it.
func regularPast(lemma string) string {
	switch n := len(lemma); {
	case strings.HasSuffix(lemma, "e"):
		return lemma + "d"
	case n > 1 && lemma[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(lemma[n-2])):
		return lemma[:n-1] + "ied"
	default:
		return lemma + "ed"
	}
}

// TestVerbInflections checks that the past tense of every verb lemma of
// verbs.tsv maps back to that lemma in Inflections, so that "imposed" finds
// "impose". The past tense is irregular.tsv's (any of its alternatives) or,
// for a lemma without a row there, the regular "-ed" form. It fails when a
// lemma has no row, or when its past is claimed by another lemma that comes
// first (Load keeps the first lemma of a form).
func TestVerbInflections(t *testing.T) {
	lx := lexicon(t)
	past := map[string][]string{}
	for _, f := range rawRecords(t, "irregular.tsv", 5) {
		lemma := strings.ToLower(f[0])
		if _, ok := past[lemma]; !ok {
			past[lemma] = multi(strings.ToLower(f[1]))
		}
	}
	lemmas := map[string]bool{}
	for _, v := range lx.Verbs {
		lemmas[v.Pattern[0]] = true
	}
	var missing []string
	for lemma := range lemmas {
		forms, ok := past[lemma]
		if !ok {
			forms = []string{regularPast(lemma)}
		}
		found := false
		for _, f := range forms {
			if lx.Inflections[f] == lemma {
				found = true
				break
			}
		}
		if !found {
			got := make([]string, len(forms))
			for i, f := range forms {
				got[i] = fmt.Sprintf("%s->%q", f, lx.Inflections[f])
			}
			missing = append(missing, fmt.Sprintf("%s (%s)", lemma, strings.Join(got, ", ")))
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Logf("past tense does not map back to lemma: %s", m)
	}
	covered := float64(len(lemmas)-len(missing)) / float64(len(lemmas))
	if covered < 0.9 {
		t.Errorf("past tense maps back for %d of %d verb lemmas (%.1f%%), want >= 90%%", len(lemmas)-len(missing), len(lemmas), 100*covered)
	}
}

var lowerWord = regexp.MustCompile(`^[a-z]+$`)

func TestVerbTargets(t *testing.T) {
	for _, v := range lexicon(t).Verbs {
		for i, tg := range v.Target {
			if i == 0 {
				tg = strings.TrimPrefix(tg, "~") // the target does the act
			}
			if tg != "obj" && !lowerWord.MatchString(tg) {
				t.Errorf("verb %q: target %q is neither \"obj\" nor a lower-case word", strings.Join(v.Pattern, " "), tg)
			}
		}
	}
}

// TestTitles reads titles.tsv as written, since Load lower-cases titles.
func TestTitles(t *testing.T) {
	codes := map[string]bool{}
	for _, c := range strings.Fields("GOV MIL DIP JUD LEG POL REB SPY MED BUS REL IGO EDU NGO LAB CRM") {
		codes[c] = true
	}
	owner := map[string]string{} // title or variant -> canonical title
	for _, f := range rawRecords(t, "titles.tsv", 3) {
		title, code := f[0], f[2]
		if !codes[code] {
			t.Errorf("title %q: role code %q not in the documented set", title, code)
		}
		for _, s := range append([]string{title}, multi(f[1])...) {
			if s != strings.ToLower(s) {
				t.Errorf("title %q: %q is not lower-case", title, s)
			}
			k := norm(s)
			if prev, dup := owner[k]; dup {
				t.Errorf("title %q: %q already listed under %q", title, s, prev)
				continue
			}
			owner[k] = title
		}
	}
	// Load must agree with the file.
	if n, want := len(lexicon(t).Titles), len(rawRecords(t, "titles.tsv", 3)); n != want {
		t.Errorf("Load returned %d titles, titles.tsv has %d", n, want)
	}
}

func TestFirstNames(t *testing.T) {
	seen := map[string]bool{}
	for _, name := range lexicon(t).FirstNames {
		if seen[name] {
			t.Errorf("first name %q listed twice", name)
		}
		seen[name] = true
		r, _ := utf8.DecodeRuneInString(name)
		if !unicode.IsUpper(r) {
			t.Errorf("first name %q is not capitalised", name)
		}
	}
}

// minimalFS is a complete, well-formed data directory with one record per
// list; tests break it one way at a time.
func minimalFS() fstest.MapFS {
	file := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }
	return fstest.MapFS{
		"countries.tsv":     file("# header\nFRA\tFrance\tFrench Republic\tFrench\nDEU\tGermany\t-\tGerman|Germans\n"),
		"places.tsv":        file("Paris\tFRA\tcapital\t-\nAlps\t-\tregion\tthe Alps\n"),
		"organizations.tsv": file("North Atlantic Treaty Organization\tNATO\t-\tigo\n"),
		"actors.tsv":        file("# derived\nRevolutionary United Front\tRUF\t-\tarmed-group\n"),
		"people.tsv":        file("# header\nKofi Annan\t-\t-\nVladimir Putin\tVladimir Vladimirovich Putin|Putin\tRUS\n"),
		"titles.tsv":        file("President\t-\tGOV\nforeign minister\tminister of foreign affairs|FM\tGOV\n"),
		"abbreviations.tsv": file("# ranks\nLt. Gen.\tLieutenant General\n"),
		"spellings.tsv":     file("# spellings\nOrganization\torganisation\n"),
		"variants.tsv":      file("# variants\nN.A.T.O.\tNorth Atlantic Treaty Organization\n"),
		"nominals.tsv":      file("# nouns\ninvasion\tinvade\n"),
		"cameo.tsv":         file("04\tConsult\t1\t1.0\n042\tMake a visit\t1\t1.9\n"),
		"verbs.tsv":         file("visit\t-\t042\tobj\nhold * talks\tmeet\t04\twith|between\n"),
		"irregular.tsv":     file("\nvisit\tvisited\tvisited\tvisits\tvisiting\nhold\theld\theld\tholds\tholding\n"),
		"firstnames.txt":    file("# names\nAnna\n\n  José \n"),
		"commonwords.txt":   file("# words\nbank\nunion\n"),
		"particles.txt":     file("bin\nvan\n"),
		"heads.tsv":         file("# heads\nAgency\torganization\nSquare\tplace\n"),
		"seats.tsv":         file("# seats\nParis\tNorth Atlantic Treaty Organization\n"),
	}
}

func TestLoadMinimal(t *testing.T) {
	got, err := Load(minimalFS())
	if err != nil {
		t.Fatal(err)
	}
	want := &Lexicon{
		Countries: []Country{
			{Code: "FRA", Name: "France", Aliases: []string{"French Republic"}, Demonyms: []string{"French"}},
			{Code: "DEU", Name: "Germany", Demonyms: []string{"German", "Germans"}},
		},
		Places: []Place{
			{Name: "Paris", Country: "FRA", Kind: "capital"},
			{Name: "Alps", Kind: "region", Aliases: []string{"the Alps"}},
		},
		Orgs: []Org{{Name: "North Atlantic Treaty Organization", Aliases: []string{"NATO"}, Kind: "igo"}, {Name: "Revolutionary United Front", Aliases: []string{"RUF"}, Kind: "armed-group", Derived: true}},
		People: []Person{
			{Name: "Kofi Annan"},
			{Name: "Vladimir Putin", Aliases: []string{"Vladimir Vladimirovich Putin", "Putin"}, Country: "RUS"},
		},
		Titles: []Title{
			{Title: "president", Code: "GOV"},
			{Title: "foreign minister", Variants: []string{"minister of foreign affairs", "fm"}, Code: "GOV"},
		},
		FirstNames:  []string{"Anna", "José"},
		CommonWords: []string{"bank", "union"},
		Particles:   []string{"bin", "van"},
		OrgHeads:    []string{"Agency"},
		PlaceHeads:  []string{"Square"},
		Verbs: []Verb{
			{Pattern: []string{"visit"}, Action: "visit", Code: "042", Target: []string{"obj"}},
			{Pattern: []string{"hold", "*", "talks"}, Action: "meet", Code: "04", Target: []string{"with", "between"}},
		},
		Categories: []Category{
			{Code: "04", Name: "Consult", QuadClass: 1, Goldstein: 1.0},
			{Code: "042", Name: "Make a visit", QuadClass: 1, Goldstein: 1.9},
		},
		Inflections: map[string]string{
			"visited": "visit", "visits": "visit", "visiting": "visit",
			"held": "hold", "holds": "hold", "holding": "hold",
			"invasion": "invade", "invasions": "invade",
		},
		Nominals:     map[string]bool{"invasion": true, "invasions": true},
		PastOnly:     map[string]bool{}, // "held" is a participle too
		Pasts:        map[string]bool{"held": true, "visited": true},
		TitleAbbrevs: map[string]string{"lt. gen.": "lieutenant general"},
		Spellings:    map[string]string{"organization": "organisation", "organisation": "organization"},
		Variants:     map[string]string{"N.A.T.O.": "North Atlantic Treaty Organization"},
		Seats:        map[string]string{"Paris": "North Atlantic Treaty Organization"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Load mismatch (-want +got):\n%s", diff)
	}
}

func TestLoadErrors(t *testing.T) {
	for _, tc := range []struct {
		name     string
		edit     func(fstest.MapFS)
		want     string // substring of the error
		notExist bool   // the error wraps fs.ErrNotExist
	}{
		{
			name: "too few fields",
			edit: func(m fstest.MapFS) {
				m["countries.tsv"].Data = []byte("# header\nFRA\tFrance\t-\tFrench\nDEU\tGermany\tGerman\n")
			},
			want: "countries.tsv:3",
		},
		{
			name: "too many fields",
			edit: func(m fstest.MapFS) {
				m["countries.tsv"].Data = []byte("FRA\tFrance\t-\tFrench\n\nDEU\tGermany\t-\tGerman\textra\n")
			},
			want: "countries.tsv:3",
		},
		{
			name: "bad head kind",
			edit: func(m fstest.MapFS) { m["heads.tsv"].Data = []byte("Agency\torganization\nSquare\tstreet\n") },
			want: "heads.tsv:2",
		},
		{
			name: "bad quad class",
			edit: func(m fstest.MapFS) { m["cameo.tsv"].Data = []byte("04\tConsult\tone\t1.0\n") },
			want: "cameo.tsv:1",
		},
		{
			name: "people field count",
			edit: func(m fstest.MapFS) { m["people.tsv"].Data = []byte("Kofi Annan\t-\n") },
			want: "people.tsv:1",
		},
		{
			name:     "missing places",
			edit:     func(m fstest.MapFS) { delete(m, "places.tsv") },
			want:     "places.tsv",
			notExist: true,
		},
		{
			name:     "missing derived actors",
			edit:     func(m fstest.MapFS) { delete(m, "actors.tsv") },
			want:     "actors.tsv",
			notExist: true,
		},
		{
			name:     "missing first names",
			edit:     func(m fstest.MapFS) { delete(m, "firstnames.txt") },
			want:     "firstnames.txt",
			notExist: true,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := minimalFS()
			tc.edit(m)
			lx, err := Load(m)
			if err == nil {
				t.Fatalf("Load = %v, nil; want an error naming %q", lx, tc.want)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Load error %q does not name %q", err, tc.want)
			}
			if tc.notExist && !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("Load error %q does not wrap fs.ErrNotExist", err)
			}
		})
	}
}

func TestCommonWords(t *testing.T) {
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(lx.CommonWords) < 1000 {
		t.Fatalf("%d common words, want at least 1000", len(lx.CommonWords))
	}
	first := map[string]bool{}
	for _, n := range lx.FirstNames {
		first[strings.ToLower(n)] = true
	}
	seen := map[string]bool{}
	for _, w := range lx.CommonWords {
		if w != strings.ToLower(w) || strings.ContainsAny(w, " \t") {
			t.Errorf("common word %q is not one lower-case word", w)
		}
		if seen[w] {
			t.Errorf("common word %q repeated", w)
		}
		seen[w] = true
		if first[w] {
			t.Errorf("common word %q is also a given name", w)
		}
	}
}

// fold is the form people's names are matched in: lower case, no
// diacritics, single spaces.
func fold(s string) string {
	var b strings.Builder
	for _, r := range unorm.NFD.String(strings.ToLower(s)) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(strings.ReplaceAll(b.String(), "\u2019", "'")), " ")
}

func TestPeopleSorted(t *testing.T) {
	people := lexicon(t).People
	if len(people) < 800 {
		t.Errorf("%d people, want at least 800", len(people))
	}
	for i := 1; i < len(people); i++ {
		if a, b := strings.ToLower(people[i-1].Name), strings.ToLower(people[i].Name); a > b {
			t.Errorf("people.tsv not sorted: %q before %q", people[i-1].Name, people[i].Name)
		}
	}
}

func TestPeopleForms(t *testing.T) {
	lx := lexicon(t)
	codes := countryCodes(lx)
	owner := map[string]string{} // folded name or alias -> name of its row
	for _, p := range lx.People {
		if p.Country != "" && !codes[p.Country] {
			t.Errorf("person %q: country %q is not in countries.tsv", p.Name, p.Country)
		}
		seen := map[string]bool{}
		for _, f := range append([]string{p.Name}, p.Aliases...) {
			r, _ := utf8.DecodeRuneInString(f)
			if !unicode.IsUpper(r) {
				t.Errorf("person %q: %q is not capitalised", p.Name, f)
			}
			if seen[f] {
				t.Errorf("person %q: %q listed twice", p.Name, f)
			}
			seen[f] = true
			k := fold(f)
			if prev, dup := owner[k]; dup && prev != p.Name {
				t.Errorf("%q is a form of both %q and %q", f, prev, p.Name)
			}
			owner[k] = p.Name
		}
	}
	// a person's name never stands for a country, an organization or a place
	other := map[string]string{}
	for _, c := range lx.Countries {
		for _, f := range append(append([]string{c.Name}, c.Aliases...), c.Demonyms...) {
			other[fold(f)] = "country " + c.Code
		}
	}
	for _, o := range lx.Orgs {
		for _, f := range append([]string{o.Name}, o.Aliases...) {
			other[fold(f)] = "organization " + o.Name
		}
	}
	for _, pl := range lx.Places {
		for _, f := range append([]string{pl.Name}, pl.Aliases...) {
			other[fold(f)] = "place " + pl.Name
		}
	}
	for k, name := range owner {
		if o, ok := other[k]; ok {
			t.Errorf("person %q: form %q is also the %s", name, k, o)
		}
	}
}

func TestPastOnly(t *testing.T) {
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for form, want := range map[string]bool{"spoke": true, "gave": true, "took": true, "met": false, "cut": false, "spoken": false, "speak": false} {
		if got := lx.PastOnly[form]; got != want {
			t.Errorf("PastOnly[%q] = %v, want %v", form, got, want)
		}
	}
	for form, want := range map[string]bool{"spoke": true, "met": true, "cut": false /* its base form too */, "spoken": false, "speak": false} {
		if got := lx.Pasts[form]; got != want {
			t.Errorf("Pasts[%q] = %v, want %v", form, got, want)
		}
	}
}

func TestParseClasses(t *testing.T) {
	got := parseClasses("# a comment\n\nmodals\n\tcould may\n  might\n# another\nempty\nedges\n\t, ;\n")
	want := map[string][]string{
		"modals": {"could", "may", "might"},
		"empty":  {},
		"edges":  {",", ";"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// Every class of the file has members, and Class gives what the file
// holds.
func TestClassesFile(t *testing.T) {
	data, err := embedded.ReadFile("data/classes.txt")
	if err != nil {
		t.Fatal(err)
	}
	cls := parseClasses(string(data))
	if len(cls) < 40 {
		t.Fatalf("only %d classes", len(cls))
	}
	for name, list := range cls {
		if len(list) == 0 {
			t.Errorf("class %s has no members", name)
		}
		if got := List(name); !cmp.Equal(got, list) {
			t.Errorf("List(%q) = %q, the file has %q", name, got, list)
		}
		set := Class(name)
		for _, w := range list {
			if !set[w] {
				t.Errorf("Class(%q) lacks %q", name, w)
			}
		}
		if len(set) > len(list) {
			t.Errorf("Class(%q) has words the file does not", name)
		}
	}
}

func TestUnknownClassPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("no panic for a class the file does not hold")
		}
	}()
	Class("no such class")
}

// Every other spelling belongs to an organization, a place or a country
// the lexicon lists under that name, or to a country's adjective, and is
// no name of another entry.
func TestVariantsName(t *testing.T) {
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, o := range lx.Orgs {
		names[o.Name] = true
	}
	for _, p := range lx.Places {
		names[p.Name] = true
	}
	for _, c := range lx.Countries {
		names[c.Name] = true
		for _, d := range c.Demonyms {
			names[d] = true
		}
	}
	if len(lx.Variants) == 0 {
		t.Fatal("no variants read")
	}
	for v, name := range lx.Variants {
		if !names[name] {
			t.Errorf("variant %q: no organization, place, country or country's adjective named %q", v, name)
		}
		if names[v] {
			t.Errorf("variant %q is the name of an entry of its own", v)
		}
	}
}

// Every seat is a place of places.tsv standing for a body of
// organizations.tsv.
func TestSeats(t *testing.T) {
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(lx.Seats) == 0 {
		t.Fatal("no seats")
	}
	for place, body := range lx.Seats {
		if !slices.ContainsFunc(lx.Places, func(p Place) bool { return p.Name == place }) {
			t.Errorf("seat %q: no such place", place)
		}
		if !slices.ContainsFunc(lx.Orgs, func(o Org) bool { return o.Name == body }) {
			t.Errorf("seat %q: no body %q", place, body)
		}
	}
}
