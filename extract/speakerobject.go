package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// What a violent act in a reported clause is done to, owned by a
// possessive pronoun, is the speaker's when the speaker is another party
// than the doer and of the pronoun's kind:
//
//	SPEAKER said [that] SUBJ VERB [CD of] (its|their|his|her) NOUN     (VERB of force or coercion)
//
// "Peru said Chile had attacked its embassy": Chile attacks Peru; one does
// not attack, hack or expel one's own. An accuser is such a speaker for
// the act he accuses another of:
//
//	ACCUSER accused X of VERB-ing [PREP] (its|their|his|her) NOUN
//
// "Estonia accused the GRU of carrying out a cyber attack on its
// government networks": the GRU attacks Estonia. A person's "country" is
// the state whose office he holds: "Chilean President Luis Vega said Peru
// had attacked his country" is an attack on Chile.

// speakerObject is the speaker the possessive pronoun opening the object
// at end stands for, of the violent act at v done by agents; nil when the
// clause is not reported or the speaker is one of the agents or not of the
// pronoun's kind.
func (c *eventCtx) speakerObject(v, end int, agents []string) []string {
	t := c.t
	if end+1 < len(t) && t[end].Tag == "IN" && possessivePronouns[t[end+1].lower()] {
		end++ // "carrying out a cyber attack on its networks"
	}
	if end+2 < len(t) && t[end].Tag == "CD" && ofWords[t[end+1].lower()] && possessivePronouns[t[end+2].lower()] {
		end += 2 // "had killed two of its members": some of the speaker's own
	}
	if end >= len(t) || !possessivePronouns[t[end].lower()] || end+1 < len(t) && ownWords[t[end+1].lower()] {
		return nil // but "abusing its own citizens": the doer's own
	}
	r := c.reportedBy(v)
	if r < 0 {
		r = c.accusedOf(v)
	}
	if r < 0 {
		return nil
	}
	sp := c.subjectOf(r)
	w := t[end].lower()
	if len(sp) != 1 || slices.Contains(agents, sp[0]) || !pronounFits(c.typeOf(sp[0]), personPossessives[w], partyPossessives[w]) {
		return nil
	}
	if end+1 < len(t) && countryRefNouns[t[end+1].lower()] && strings.HasPrefix(sp[0], "person:") {
		// "Chilean President Luis Vega said Peru had attacked his
		// country": the state whose office the speaker holds, none when
		// he holds none
		states := c.officeOwners(sp)
		if len(states) != 1 || !strings.HasPrefix(states[0], "country:") || slices.Contains(agents, states[0]) {
			return nil
		}
		return states
	}
	return sp
}

// ownWords after a possessive pronoun make it the doer's: "its own".
var ownWords = lexicon.Class("ownWords")

// accuseCode is the CAMEO code of accusing.
const accuseCode = "112"

// accusedOf is the verb of accusing whose charge the gerund at v tells,
// after its object and "of" ("accused the GRU of carrying out"; a gerund
// the tagger took for a noun too), or -1.
func (c *eventCtx) accusedOf(v int) int {
	t := c.t
	if c.idx == nil || !(t[v].Tag == "VBG" || strings.HasSuffix(t[v].lower(), "ing")) || v < 3 || !ofWords[t[v-1].lower()] {
		return -1
	}
	for j := v - 2; j >= 0 && j >= v-8; j-- {
		if !strings.HasPrefix(t[j].Tag, "VB") {
			continue // "accused/VBN APT28 of": a participle before a name is a verb all the same
		}
		for _, p := range c.idx.verbs[c.idx.lemma(t[j].Text)] {
			if p.code == accuseCode {
				return j
			}
		}
		return -1
	}
	return -1
}
