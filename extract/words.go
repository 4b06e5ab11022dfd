package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// The word classes the rules share, from lexicon/data/classes.txt (each
// rule file names its own classes beside its rules).

// notNames are capitalised words that never start or continue a name.
var notNames = lexicon.Class("notNames")

// commonAcronyms are capitalised abbreviations that name no actor.
var commonAcronyms = lexicon.Class("commonAcronyms")

// honorifics are dropped from names and carry no title.
var honorifics = lexicon.Class("honorifics")

// titleModifiers are kept in front of a title: "former foreign minister".
var titleModifiers = lexicon.Class("titleModifiers")

// adjectiveTitles are titles that are adjectives too, which right after
// an article and before a name describe it: "the official Xinhua news
// agency".
var adjectiveTitles = lexicon.Class("adjectiveTitles")

// connectors join capitalised words inside organization and place names.
var connectors = lexicon.Class("connectors")

// fieldPreps open an office's field after its title: "minister for
// economic affairs".
var fieldPreps = lexicon.Class("fieldPreps")

// localOrgans are a state's organs that sit where they act: "a court in
// Rawalpindi" is Pakistan's.
var localOrgans = lexicon.Class("localOrgans")

// missionHeads follow a nationality in lower case: "Chinese embassy".
var missionHeads = lexicon.Class("missionHeads")

// lowerPlaceHeads follow a place name in lower case: "Baghdad airport".
var lowerPlaceHeads = lexicon.Class("lowerPlaceHeads")

// countryNouns name a person's own country before a possessive: "the
// country's foreign minister".
var countryNouns = lexicon.Class("countryNouns")

// determiners open a noun phrase before its head; the entity, event and
// event-date rules all read past them.
var determiners = lexicon.Class("determiners")

// setOfList is the set of the words of a list.
func setOfList(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// isCap reports whether a token starts with an upper-case letter.
func isCap(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isWord reports whether a token holds a letter or digit.
func isWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}
