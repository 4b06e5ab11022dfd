package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word lists small and closed enough to live in code; open-ended lists are
// lexicon data files.

// notNames are capitalised words that never start or continue a name.
var notNames = setOf(`The A An This That These Those He She It They We I You His Her Its Their Our My Your
But And Or Nor So Yet In On At For With By From To Of As If When While After Before Since Because Although
Though Despite During Under Over Into About Against Between Among Through Without Within Also Only Even Still
Then There Here Where What Which Who Whom Whose Why How Both Each Every All Some Many Most Such No Not
Yes Meanwhile However Earlier Later Last Next Other Another Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
Today Tomorrow Yesterday One Two Three Four Five Six Seven Eight Nine Ten Hundreds Thousands Millions
Photo AP Reporting Editing Writing Additional`)

// commonAcronyms are capitalised abbreviations that name no actor.
var commonAcronyms = setOf(`GMT UTC GDP GNP CEO CFO COO CPI PMI RBI ERA TV AM PM BC AD OK USD EUR GBP JPY
CHF PC IT AI ID IPO PR HQ VIP DNA HIV AIDS SARS UFO TNT NB PS NA N/A MW KW GW KM MPH FY Q1 Q2 Q3 Q4`)

// honorifics are dropped from names and carry no title.
var honorifics = setOf(`Mr Mr. Mrs Mrs. Ms Ms. Miss Sir Dame Lord Lady Dr Dr. Mister Madam Madame Monsieur Herr`)

// titleAbbrev maps abbreviated ranks to their titles.
var titleAbbrev = map[string]string{
	"gen.": "general", "gen": "general", "brig.": "brigadier", "col.": "colonel", "lt.": "lieutenant",
	"capt.": "captain", "sgt.": "sergeant", "adm.": "admiral", "maj.": "major", "cmdr.": "commander",
	"sen.": "senator", "rep.": "representative", "gov.": "governor", "pres.": "president", "prof.": "professor",
	"lt. gen.": "lieutenant general", "maj. gen.": "major general", "brig. gen.": "brigadier general",
	"rear adm.": "rear admiral", "vice adm.": "vice admiral", "lt. col.": "lieutenant colonel",
	"lt. cmdr.": "lieutenant commander", "col": "colonel", "brig": "brigadier",
}

// titleModifiers are kept in front of a title: "former foreign minister".
var titleModifiers = setOf(`former late acting deputy vice chief senior interim outgoing incoming then
first assistant principal executive joint top veteran ex`)

// connectors join capitalised words inside organization and place names.
var connectors = setOf(`of for on to`)

// missionHeads follow a nationality in lower case: "Chinese embassy".
var missionHeads = setOf(`embassy consulate mission`)

// lowerPlaceHeads follow a place name in lower case: "Baghdad airport".
var lowerPlaceHeads = setOf(`airport consulate embassy prison port harbour harbor base square palace`)

// determiners open a noun phrase before its head; the entity, event and
// event-date rules all read past them.
var determiners = setOf(`the a an its their his her this that these those new further fresh more several two three`)

// setOfList is the set of the words of a list.
func setOfList(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// setOf is the set of the words of a space-separated list.
func setOf(words string) map[string]bool { return setOfList(strings.Fields(words)) }

// isCap reports whether a token starts with an upper-case letter.
func isCap(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isWord reports whether a token holds a letter or digit.
func isWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}
