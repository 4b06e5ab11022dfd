package names

import (
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
	numGaz
)

// maxGazWords is the longest entry the gazetteer matches.
const maxGazWords = 8

// gazetteer maps the lower-cased words of each entry, joined by spaces,
// to the classes it has; prefixes marks the word runs that begin a longer
// entry.
type gazetteer struct {
	entries  map[string]uint16
	prefixes map[string]bool
}

func newGazetteer(lx *lexicon.Lexicon) *gazetteer {
	g := &gazetteer{entries: map[string]uint16{}, prefixes: map[string]bool{}}
	add := func(c int, names ...string) {
		for _, n := range names {
			g.add(c, n)
		}
	}
	for _, c := range lx.Countries {
		add(gazCountry, c.Name)
		add(gazCountry, c.Aliases...)
		add(gazDemonym, c.Demonyms...)
	}
	for _, p := range lx.Places {
		c := gazRegion
		if p.Kind == "city" || p.Kind == "capital" {
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
	return g
}

func (g *gazetteer) add(class int, name string) {
	words := strings.Fields(strings.ToLower(name))
	if len(words) == 0 || len(words) > maxGazWords {
		return
	}
	for k := 1; k < len(words); k++ {
		g.prefixes[strings.Join(words[:k], " ")] = true
	}
	g.entries[strings.Join(words, " ")] |= 1 << class
}

// match gives, for each word of a sentence (lower-cased), the classes of
// the longest entries covering it, and where in the entry it stands:
// marks[i][c] is 0 for none, else begin, inside, last or unit.
func (g *gazetteer) match(lower []string) [][numGaz]uint8 {
	marks := make([][numGaz]uint8, len(lower))
	var key strings.Builder
	for i := range lower {
		// The longest entry of each class that starts at word i.
		var longest [numGaz]int
		key.Reset()
		for k := i; k < len(lower) && k-i < maxGazWords; k++ {
			if k > i {
				key.WriteByte(' ')
			}
			key.WriteString(lower[k])
			s := key.String()
			if cls := g.entries[s]; cls != 0 {
				for c := range numGaz {
					if cls&(1<<c) != 0 {
						longest[c] = k - i + 1
					}
				}
			}
			if !g.prefixes[s] {
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
	return marks
}

// fingerprint is a hash of every entry and its classes: a model trained
// with one gazetteer reads another wrongly.
func (g *gazetteer) fingerprint() uint64 {
	keys := make([]string, 0, len(g.entries))
	for k := range g.entries {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	h := uint64(0)
	for _, k := range keys {
		h = perceptron.Key2(0, h^perceptron.HashString(k), uint64(g.entries[k]))
	}
	return h
}
