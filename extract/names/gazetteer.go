package names

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/perceptron"
)

// The gazetteer classes a run of words can belong to.
const (
	gazCountry = iota
	gazDemonym
	gazCity
	gazRegion // any other place: a region, a body of water, a landmark
	gazOrg
	gazPerson
	gazGiven
	gazTitle
	gazCommon
	gazOrgHead   // a noun that ends names of organizations: "Agency"
	gazPlaceHead // a noun that ends names of places: "Square"
	numGaz
)

// maxGazWords is the longest entry the gazetteer matches.
const maxGazWords = 8

// gazetteer maps the lower-cased words of each entry to the classes it
// has; prefixes marks the word runs that begin a longer entry. Both are
// keyed by runHash of the words.
type gazetteer struct {
	entries  map[uint64]uint16
	prefixes map[uint64]bool
	// particles join the parts of a name, as the connectors learned from
	// the training names do: "bin", "arap"
	particles map[string]bool
	list      []string // GazetteerEntries, as the model file keeps them
	print     uint64   // the fingerprint
}

// runHash extends the hash h of a run of words by a word, given by the
// hash of its lower case.
func runHash(h, word uint64) uint64 {
	return perceptron.Key2(0, h, word)
}

// particlePrefix opens the entries of gazetteerEntries that are name
// particles, not names.
const particlePrefix = "particle "

// GazetteerEntries lists the gazetteers of the lexicon as the features
// read them: each entry its class (a digit from '0') and its lower-cased
// words ("4world health organization"), and each name particle after
// particlePrefix ("particle bin"), sorted, each once. A model keeps the
// list it was trained with, so that the lexicon can grow without the
// model reading features it never learned.
func GazetteerEntries(lx *lexicon.Lexicon) []string {
	var list []string
	add := func(c int, names ...string) {
		for _, n := range names {
			words := strings.Fields(strings.ToLower(n))
			if len(words) > 0 && len(words) <= maxGazWords {
				list = append(list, string(rune('0'+c))+strings.Join(words, " "))
			}
		}
	}
	for _, c := range lx.Countries {
		add(gazCountry, c.Name)
		add(gazCountry, c.Aliases...)
		add(gazDemonym, c.Demonyms...)
	}
	for _, p := range lx.Places {
		c := gazRegion
		if p.Kind == lexicon.PlaceCity || p.Kind == lexicon.PlaceCapital {
			c = gazCity
		}
		add(c, p.Name)
		add(c, p.Aliases...)
	}
	for _, o := range lx.Orgs {
		add(gazOrg, o.Name)
		add(gazOrg, o.Aliases...)
	}
	for _, p := range lx.People {
		add(gazPerson, p.Name)
		add(gazPerson, p.Aliases...)
	}
	add(gazGiven, lx.FirstNames...)
	for _, t := range lx.Titles {
		add(gazTitle, t.Title)
		add(gazTitle, t.Variants...)
	}
	add(gazCommon, lx.CommonWords...)
	add(gazOrgHead, lx.OrgHeads...)
	add(gazPlaceHead, lx.PlaceHeads...)
	for _, p := range lx.Particles {
		list = append(list, particlePrefix+p)
	}
	slices.Sort(list)
	return slices.Compact(list)
}

// newGazetteer builds the gazetteer of the entries of GazetteerEntries.
func newGazetteer(list []string) (*gazetteer, error) {
	g := &gazetteer{entries: map[uint64]uint16{}, prefixes: map[uint64]bool{}, particles: map[string]bool{}, list: list}
	for _, e := range list {
		if p, ok := strings.CutPrefix(e, particlePrefix); ok {
			g.particles[strings.ToLower(p)] = true
			continue
		}
		if len(e) < 2 {
			return nil, fmt.Errorf("names: gazetteer entry %q", e)
		}
		c := int(e[0]) - '0'
		if c < 0 || c >= numGaz || g.add(c, e[1:]) == "" {
			return nil, fmt.Errorf("names: gazetteer entry %q", e)
		}
	}
	g.print = fingerprint(list)
	return g, nil
}

// add enters a name of class and returns its words, or "" when it takes
// no name that long or that empty.
func (g *gazetteer) add(class int, name string) string {
	words := strings.Fields(strings.ToLower(name))
	if len(words) == 0 || len(words) > maxGazWords {
		return ""
	}
	h := uint64(0)
	for k, w := range words {
		if k > 0 {
			g.prefixes[h] = true
		}
		h = runHash(h, perceptron.HashString(w))
	}
	g.entries[h] |= 1 << class
	return strings.Join(words, " ")
}

// match gives, for each word of a sentence (the hashes of its lower
// case), the classes of the longest entries covering it, and where in the
// entry it stands: marks[i][c] is 0 for none, else begin, inside, last or
// unit.
func (g *gazetteer) match(lower []uint64, marks [][numGaz]uint8) {
	for i := range lower {
		// The longest entry of each class that starts at word i.
		var longest [numGaz]int
		h := uint64(0)
		for k := i; k < len(lower) && k-i < maxGazWords; k++ {
			h = runHash(h, lower[k])
			if cls := g.entries[h]; cls != 0 {
				for c := range numGaz {
					if cls&(1<<c) != 0 {
						longest[c] = k - i + 1
					}
				}
			}
			if !g.prefixes[h] {
				break
			}
		}
		for c, n := range longest {
			if n == 0 {
				continue
			}
			if n == 1 {
				if marks[i][c] == 0 {
					marks[i][c] = unit
				}
				continue
			}
			// Where entries of a class overlap, the one that starts
			// later marks the words they share.
			marks[i][c] = begin
			for k := i + 1; k < i+n-1; k++ {
				marks[k][c] = inside
			}
			marks[i+n-1][c] = last
		}
	}
}

// fingerprint is a hash of every entry and its classes, in the order of
// GazetteerEntries: a model trained with one gazetteer reads another
// wrongly.
func fingerprint(names []string) uint64 {
	h := uint64(0)
	for _, n := range names {
		h = perceptron.Key1(0, h^perceptron.HashString(n))
	}
	return h
}

// WriteGazetteer writes the entries of GazetteerEntries, one a line, after
// a comment: the gazetteers a model is trained with, kept beside it.
func WriteGazetteer(w io.Writer, entries []string) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("# The gazetteers the name model is trained with (GazetteerEntries of package\n")
	bw.WriteString("# names): an entry a line, its class a digit, then its words in lower case;\n")
	bw.WriteString("# name particles after \"particle \". Written from extract/lexicon by\n")
	bw.WriteString("#   go run ./cmd/newsgraph-train names -conll DIR -refresh-gazetteer\n")
	for _, e := range entries {
		bw.WriteString(e)
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// ReadGazetteer reads what WriteGazetteer wrote, checking that each line
// is an entry in order.
func ReadGazetteer(r io.Reader) ([]string, error) {
	var entries []string
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		if len(entries) > 0 && line <= entries[len(entries)-1] {
			return nil, fmt.Errorf("line %d: %q out of order", n, line)
		}
		entries = append(entries, line)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if _, err := newGazetteer(entries); err != nil {
		return nil, err
	}
	return entries, nil
}
