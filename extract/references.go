package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// References: bare nouns that stand for an actor named elsewhere in the
// document.
//
//	the + state noun            the document's state          "The government expelled the envoy."
//	the two / both + pair noun  the last two parties named    "... The two countries signed a pact."
//	pronoun opening a sentence  the last sentence's subject   "Iran seized a tanker. It accused ..."
//	we, I                       the speaker's side            "'We will not allow it,' Abbas said"
//	the + title                 the one holder of the title   "... The minister said ..."
//	the + organization noun     the last organization of its  "Gazprom ... The company said ..."
//	                            kind named before

// stateNouns name a state's government or its forces without naming the
// state: "the government said", "the authorities arrested", "the army
// attacked".
var stateNouns = lexicon.Class("stateNouns")

// stateOf is the country a document's bare state nouns stand for: the
// first its headline names, else the one it names most often, itself or
// by the organizations of it that it names (of those named equally often,
// the first to be named that often), else "": a story of the Tamil
// Tigers that names Norway's mediators is Sri Lanka's.
//
//	headline's country | argmax count(country, organization of the country)
func stateOf(focal string, de *docEntities) string {
	if focal != "" {
		return focal
	}
	count := map[string]int{}
	best := ""
	for _, c := range de.cands {
		if c.typ != Country && c.typ != Organization || c.country == "" || c.dropped {
			continue
		}
		count[c.country]++
		if best == "" || count[c.country] > count[best] {
			best = c.country
		}
	}
	return best
}

// addReferences makes actors of bare nouns that refer to one named
// elsewhere: a state noun stands for the document's state, or for the
// state of the party that a party or a party's officer before it in the
// sentence belongs to (partyOf: "Conservative spokesman Michael Ancram
// urged the government" is Britain's, whatever the story is about). The
// noun follows "the", is not "of" a name ("the government of Mali": the
// name says whose), does not describe a thing (thingModifier: "the
// military aircraft") and is in no actor already; with no state to stand
// for, it stays no actor. ofState reports a word after a state noun that
// leaves the noun the state's: a title, an act.
func addReferences(doc *Document, bySent map[int][]actor, state string, partyOf func(actor) string, ofState func(string) bool) []Reference {
	var refs []Reference
	for si, sent := range doc.Sentences {
		t := sent.Tokens
		for k := 0; k < len(t); k++ {
			if !stateNouns[t[k].lower()] || !(k > 0 && definite[t[k-1].lower()] || describedStateNoun(t, k) || bareNoun(t, k)) ||
				ofNameAfter(t, k) || actorAt(bySent[si], k) >= 0 || unmarkedPlurals[t[k].lower()] && modifiesNounAfter(t, k) || thingModifier(t, k, ofState) {
				continue
			}
			code := referredState(t, bySent[si], k, state, partyOf)
			if code == "" {
				continue
			}
			refs = append(refs, addStateWord(doc, bySent, si, k, "country:"+code))
		}
	}
	return refs
}

// referredState is the code of the state that a bare noun of a state's
// government at token k stands for, among the sentence's actors acts: the
// document's state, else that of the last party before it, else the state
// the clause went into, else the one "in" names after it; "" when none.
func referredState(t []Token, acts []actor, k int, state string, partyOf func(actor) string) string {
	code := state
	for _, a := range acts {
		if a.b <= k && partyOf != nil {
			if c := partyOf(a); c != "" {
				code = c
			}
		}
	}
	if c := statePlacedBefore(t, acts, k); c != "" {
		code = c // "Ethiopian troops crossed into Somalia to help the government": the state the clause went into
	}
	if c := stateAfterIn(t, acts, k); c != "" {
		code = c // "the government in Britain", "the authorities in Kabul": that state's
	}
	return code
}

// ofNameAfter reports "of" and a name after the noun at token k, which
// says whose the noun is: "the government of Mali"; not "accused the
// government of complacency", whose "of" opens what it is accused of.
func ofNameAfter(t []Token, k int) bool {
	if !ofAfter(t, k) || k+2 >= len(t) {
		return false
	}
	j := k + 2
	if determiners[t[j].lower()] && j+1 < len(t) {
		j++
	}
	return isCap(t[j].Text)
}

// describedStateNoun reports a state noun at token k after "the" and one
// adjective in lower case: "the interim government", "the military
// authorities"; not "the Iraqi government", whose nationality says whose.
func describedStateNoun(t []Token, k int) bool {
	return k >= 2 && definite[t[k-2].lower()] && t[k-1].Tag == "JJ" && !isCap(t[k-1].Text)
}

// unmarkedPlurals are nouns plural without an "s": "Police arrested".
// Before a noun they are its modifier, no party ("a police post", "police
// officers").
var unmarkedPlurals = lexicon.Class("unmarkedPlurals")

// modifiesNounAfter reports a noun at token k before a common noun in
// lower case, which it modifies: "police post", "police officers".
func modifiesNounAfter(t []Token, k int) bool {
	return k+1 < len(t) && (t[k+1].Tag == "NN" || t[k+1].Tag == "NNS") && startsLower(t[k+1].Text)
}

// thingModifier reports a state noun at token k that describes the thing
// the noun after it names, neither the state's people, an officer of it
// nor an act it does (ofState): "the military aircraft", "the government
// bonds"; not "the government troops", "the army chief", "the army
// offensive", nor a verb the tagger took for a noun ("help the
// government fight rebels", "the government plans to").
//
//	STATE-NOUN NOUN    NOUN in lower case, no group noun and not ofState
func thingModifier(t []Token, k int, ofState func(string) bool) bool {
	if !modifiesNounAfter(t, k) {
		return false
	}
	if k+2 < len(t) && (t[k+2].Tag == "TO" || t[k+2].Tag == "DT" || strings.HasPrefix(t[k+2].Tag, "PRP")) {
		return false // "the government plans to", "the army wants the": a verb the tagger took for a noun
	}
	w := t[k+1].lower()
	return !groupNouns[w] && (ofState == nil || !ofState(w))
}

// bareNoun reports a plural noun at token k with no word before it that
// modifies it or owns it: "Prosecutors accused him", "Authorities said";
// not "Kenyan prosecutors", "its authorities", "the city's prosecutors".
func bareNoun(t []Token, k int) bool {
	if t[k].Tag != "NNS" && t[k].Tag != "NNPS" && !unmarkedPlurals[t[k].lower()] {
		return false
	}
	return k == 0 || !modifiesNoun(t[k-1]) && !strings.HasPrefix(t[k-1].Tag, "NN") && t[k-1].Tag != "POS" && !isPossessive(t[k-1].Text)
}

// statePlacedBefore is the code of the last state named before token k
// after a preposition of place or of going ("in Peru", "into Somalia",
// "to Lima"), when no other state is named after it and no comma closes
// its clause before k ("the talks began in Havana, and gave the
// government two months": not Cuba's government), or "".
func statePlacedBefore(t []Token, acts []actor, k int) string {
	code := ""
	for _, a := range acts {
		if a.b > k || a.typ != Country {
			continue
		}
		code = ""
		if a.a > 0 && !a.demonym && (cityPreps[t[a.a-1].lower()] || t[a.a-1].Tag == "TO") && !slices.ContainsFunc(t[a.b:k], func(w Token) bool { return w.Text == "," }) {
			code = strings.TrimPrefix(a.key, "country:")
		}
	}
	return code
}

// stateAfterIn is the code of the country, or of the capital standing for
// it, that "in" names right after the state noun at token k ("the
// government in Britain", "the authorities in Kabul"), or "".
func stateAfterIn(t []Token, acts []actor, k int) string {
	if k+2 >= len(t) || !cityPreps[t[k+1].lower()] {
		return ""
	}
	if a := actorAt(acts, k+2); a >= 0 && acts[a].a == k+2 && acts[a].typ == Country && !acts[a].demonym {
		return strings.TrimPrefix(acts[a].key, "country:")
	}
	return ""
}

// namedAfter reports an actor at token k, or after an article there:
// "of Hamas", "of the PKK".
func namedAfter(t []Token, acts []actor, k int) bool {
	if k < len(t) && articles[t[k].lower()] {
		k++
	}
	return actorAt(acts, k) >= 0
}

// ofAfter reports a noun at k that "of" follows: its phrase names whose
// it is ("the government of Mali"); but an "of" before a gerund says what
// the noun is charged with ("accused the government of killing").
func ofAfter(t []Token, k int) bool {
	g := k + 2
	if g < len(t) && isQuoteMark(t[g].Text) {
		g++ // "accused the union of \"scaring away investors\""
	}
	return k+1 < len(t) && ofWords[t[k+1].lower()] && !(g < len(t) && t[g].Tag == "VBG")
}

// addStateWord makes an actor of the state key of the one word at token k
// of sentence si that stands for it ("the government", "the country"),
// and returns the reference it is.
func addStateWord(doc *Document, bySent map[int][]actor, si, k int, key string) Reference {
	return addWordActor(doc, bySent, si, k, key, Country)
}

// addWordActor makes an actor of type typ and key key of the one word at
// token k of sentence si that stands for it ("the minister", "his
// counterpart", "the company"), and returns the reference it is.
func addWordActor(doc *Document, bySent map[int][]actor, si, k int, key string, typ EntityType) Reference {
	tok := doc.Sentences[si].Tokens[k]
	addActor(bySent, si, actor{a: k, b: k + 1, key: key, typ: typ})
	return Reference{Key: key, Text: doc.Text[tok.Start:tok.End], Start: tok.Start, End: tok.End, Sentence: si}
}

func addActor(bySent map[int][]actor, si int, a actor) {
	acts := append(bySent[si], a)
	sort.SliceStable(acts, func(i, j int) bool { return acts[i].a < acts[j].a })
	bySent[si] = acts
}

// firstPerson are the pronouns a speaker acts by: "we will", "I will".
var firstPerson = lexicon.Class("firstPerson")

// pairNouns after "the two" or "both" stand for two parties named before:
// states ("countries", "nations"), bodies ("factions", "firms") or any two
// sides ("sides", "parties").
var (
	pairStateNouns = lexicon.Class("pairStateNouns")
	pairSideNouns  = lexicon.Class("pairSideNouns")
	pairBodyNouns  = lexicon.Class("pairBodyNouns")
	pairNumbers    = lexicon.Class("pairNumbers")
	pairAll        = lexicon.Class("pairAll")
	definite       = lexicon.Class("definite")
)

// pairPersonNouns after "the two" or "both" stand for the last two
// people named together: "the two leaders".
var pairPersonNouns = lexicon.Class("pairPersonNouns")

// pairLeaderNouns are the pair person nouns that stand for the last two
// states when no two people are named together: "both presidents".
var pairLeaderNouns = lexicon.Class("pairLeaderNouns")

// pairKind is which parties a pair noun w stands for: states, states and
// organizations, or people; nil when w is no pair noun.
func pairKind(w string) func(EntityType) bool {
	switch {
	case pairStateNouns[w]:
		return isState
	case pairSideNouns[w]:
		return func(t EntityType) bool { return t == Country || t == Organization }
	case pairBodyNouns[w]:
		return func(t EntityType) bool { return t == Organization }
	case pairPersonNouns[w]:
		return func(t EntityType) bool { return t == Person }
	}
	return nil
}

// isState reports the entity type of a state.
func isState(t EntityType) bool { return t == Country }

// addPairs makes actors of "the two countries", "both sides" and the like:
// the two parties named together most often before them (lastParties);
// states for a state noun, states and organizations for a side. With no
// such pair, the words stay no actor.
//
// "The two leaders", "both ministers" are two people who hold an office
// (titled), when the last few sentences name two together: "Ruiz met
// her counterpart Ortega. Ortega's rival, Gil, was not invited. ... the
// two leaders met": Ruiz and Ortega.
func addPairs(doc *Document, bySent map[int][]actor, titled map[string]bool) []Reference {
	var refs []Reference
	for si, sent := range doc.Sentences {
		t := sent.Tokens
		for k := 1; k < len(t); k++ {
			w := t[k].lower()
			kind := pairKind(w)
			if kind == nil {
				continue
			}
			m := k - 1 // past one word in lower case that modifies a noun for people: "the two party leaders", "the two foreign ministers"
			if m >= 2 && pairPersonNouns[w] && (nounModifierWord(t[m]) || t[m].Tag == "JJ" && !isCap(t[m].Text)) && pairNumbers[t[m-1].lower()] {
				m--
			}
			nationality := false // past adjectives and a nationality before a pair of sides: "the two main Kurdish factions"
			people := false      // a people's adjective among them: "Kurdish"
			for n := 0; n < 2 && m >= 2 && !pairPersonNouns[w] && !pairNumbers[t[m].lower()] && !pairAll[t[m].lower()]; n++ {
				if a := actorAt(bySent[si], m); a >= 0 && bySent[si][a].demonym && bySent[si][a].a == m && bySent[si][a].b == m+1 {
					nationality, people = true, true
				} else if !(t[m].Tag == "JJ" && !isCap(t[m].Text) || demonymLike(t[m].Text) && (t[m].Tag == "JJ" || t[m].Tag == "NNP")) {
					break // but "main", "rival", "Kurdish"
				}
				people = people || demonymLike(t[m].Text)
				m--
			}
			p := t[m].lower()
			start := m
			switch {
			case pairNumbers[p] && m >= 1 && definite[t[m-1].lower()]:
				start = m - 1
			case pairAll[p]:
			case definite[p] && people && pairBodyNouns[w]:
				// "called on the Kurdish factions to hold talks": the
				// story's two bodies of that people
			case definite[p] && pairSideNouns[w] && m == k-1:
				// "urged the parties to return to the negotiating table":
				// the story's two sides
			default:
				continue
			}
			if actorAt(bySent[si], k) >= 0 || !nationality && m == k-1 && actorAt(bySent[si], k-1) >= 0 {
				continue
			}
			var parties []string
			typ := Country
			if pairLeaderNouns[w] && titled != nil {
				from := max(si-3, 0)
				parties, typ = lastPartiesFrom(holdersOnly(bySent, from, si, titled), from, si, start, kind), Person
			}
			if len(parties) < 2 && pairPersonNouns[w] {
				// "Blair is due to meet Bush. The two leaders will
				// discuss": two people named together just before, else
				// the story's pair
				parties, typ = lastPartiesFrom(bySent, max(si-1, 0), si, start, kind), Person
			}
			if len(parties) < 2 {
				parties = lastParties(bySent, si, start, kind)
			}
			if len(parties) < 2 && pairPersonNouns[w] {
				// "Machimura demanded an apology. Li told him ... The two
				// men held talks": no two people named together anywhere,
				// the only two the last sentences name, though apart
				parties = onlyTwo(bySent, max(si-3, 0), si, start, kind)
			}
			if len(parties) < 2 && pairLeaderNouns[w] && titled != nil {
				// "Ruiz warned Chile. ... Vega dismissed the remarks. ...
				// The two ministers are due to meet": the story's only two
				// office holders, named apart
				parties = onlyTwo(holdersOnly(bySent, 0, si, titled), 0, si, start, func(t EntityType) bool { return t == Person })
			}
			if len(parties) < 2 && pairLeaderNouns[w] {
				// "Sudan and Chad met. Gaddafi invited both presidents":
				// no two people named, the leaders of the two states
				// named last, in this sentence or the one before
				parties, typ = lastPartiesFrom(bySent, max(si-1, 0), si, start, isState), Country
			}
			if len(parties) < 2 {
				continue
			}
			addActor(bySent, si, actor{a: start, b: k + 1, key: parties[0], also: parties[1:], typ: typ})
			for _, key := range parties {
				refs = append(refs, Reference{Key: key, Text: doc.Text[t[start].Start:t[k].End], Start: t[start].Start, End: t[k].End, Sentence: si})
			}
		}
	}
	return refs
}

// holdersOnly is bySent over sentences from to si without the people
// who hold no office (titled).
func holdersOnly(bySent map[int][]actor, from, si int, titled map[string]bool) map[int][]actor {
	out := make(map[int][]actor, si-from+1)
	for s := from; s <= si; s++ {
		for _, a := range bySent[s] {
			if a.typ != Person || titled[a.key] {
				out[s] = append(out[s], a)
			}
		}
	}
	return out
}

// addBarePairs makes actors of "the two" and "both" standing alone as a
// verb's subject: "Vucic met Xi, and the two signed 20 agreements". They
// stand for the last two people named together, else the last two states
// or bodies (lastParties).
//
//	the two VERB | both VERB
func addBarePairs(doc *Document, bySent map[int][]actor) []Reference {
	var refs []Reference
	for si, sent := range doc.Sentences {
		t := sent.Tokens
		for k := 0; k+1 < len(t); k++ {
			w := t[k].lower()
			start := k
			switch {
			case pairNumbers[w] && k >= 1 && definite[t[k-1].lower()]:
				start = k - 1
			case pairAll[w] && (k == 0 || !strings.HasPrefix(t[k-1].Tag, "VB") && t[k-1].Tag != "IN") && !floatingBoth(t, k):
			default:
				continue
			}
			if next := t[k+1].Tag; !isFinite(next) || actorAt(bySent[si], k) >= 0 {
				continue
			}
			if afterPreposition(t, start) {
				continue // "the costs of the two abandoned wells": a phrase, no clause; but "after the two exchanged shots", "the fact that the two were"
			}
			typ := Person
			parties := lastParties(bySent, si, start, func(t EntityType) bool { return t == Person })
			if len(parties) < 2 && !passiveAfter(t, k+1) {
				// states and bodies act; what is done to "the two" in the
				// passive is done to people ("The two were wounded")
				typ = Country
				parties = lastParties(bySent, si, start, func(t EntityType) bool { return t == Country || t == Organization })
			}
			if len(parties) < 2 {
				continue
			}
			addActor(bySent, si, actor{a: start, b: k + 1, key: parties[0], also: parties[1:], typ: typ})
			for _, key := range parties {
				refs = append(refs, Reference{Key: key, Text: doc.Text[t[start].Start:t[k].End], Start: t[start].Start, End: t[k].End, Sentence: si})
			}
		}
	}
	return refs
}

// floatingBoth reports "both" at token k after the subject it stands
// with, which no verb comes before: "Chile and its rival Peru, meanwhile,
// both welcomed the deal" is Chile and Peru, not the last two named
// before the sentence.
//
//	SUBJ [, ADV ,] both VERB        (no verb before "both")
func floatingBoth(t []Token, k int) bool {
	start := datelineEnd(t)
	return k > start && !finiteVerbIn(t, start, k) // but "Vucic met Xi, and both signed"
}

// passiveAfter reports a passive verb group at token k: a form of "be"
// and a participle ("were wounded", "was arrested").
func passiveAfter(t []Token, k int) bool {
	return k+1 < len(t) && beForms[t[k].lower()] && t[k+1].Tag == "VBN"
}

// afterPreposition reports a preposition before token k that is no
// subordinator and no "that": what follows it is a noun phrase, not a
// clause.
func afterPreposition(t []Token, k int) bool {
	if k < 1 || t[k-1].Tag != "IN" {
		return false
	}
	w := t[k-1].lower()
	return !subordinators[w] && !thatWords[w]
}

// sourceWords, then a preposition, name the source of what a sentence
// tells: "according to the United Nations".
var sourceWords = lexicon.Class("sourceWords")

// sourceBefore reports that the name at token a, past its article, is the
// source a sentence cites: "according to the United Nations".
func sourceBefore(t []Token, a int) bool {
	k := a - 1
	if k >= 0 && definite[t[k].lower()] {
		k--
	}
	return k >= 1 && t[k].Tag == "TO" && sourceWords[t[k-1].lower()]
}

// lastParties are the two parties a reference to two stands for: of the
// pairs of distinct parties named together in one sentence, before token
// k of sentence si, the pair named together in the most sentences, the
// latest on a tie, in the order named; countries only when states is
// set. A story's two sides are named together again and again, and a
// reference to two made before counts for the pair it stood for ("The two
// countries have clashed ... The UN urged both sides"); one party here and
// another in an earlier sentence were not named together ("Mali refused to
// host talks between the two sides").
func lastParties(bySent map[int][]actor, si, k int, fits func(EntityType) bool) []string {
	return lastPartiesFrom(bySent, 0, si, k, fits)
}

// onlyTwo are the two parties of the kind fits that sentences from to si
// name before token k of si, in the order first named, when they name
// exactly two; nil otherwise.
func onlyTwo(bySent map[int][]actor, from, si, k int, fits func(EntityType) bool) []string {
	var keys []string
	for s := from; s <= si; s++ {
		for _, a := range bySent[s] {
			if s == si && a.b > k || a.modifier || a.media || a.source || len(a.also) > 0 || !fits(a.typ) {
				continue
			}
			if !slices.Contains(keys, a.key) {
				keys = append(keys, a.key)
			}
		}
	}
	if len(keys) != 2 {
		return nil
	}
	return keys
}

// lastPartiesFrom is lastParties over sentences from to si alone.
func lastPartiesFrom(bySent map[int][]actor, from, si, k int, fits func(EntityType) bool) []string {
	type pair struct{ x, y string } // x named first in the document
	first := map[string]int{}       // the order in which parties are first named
	count := map[pair]int{}
	var best pair
	bestN := 0
	for s := from; s <= si; s++ {
		var keys []string
		for _, a := range bySent[s] {
			if s == si && a.b > k || a.modifier || a.media || a.where || a.source || len(a.also) == 0 && !fits(a.typ) {
				continue // "Israel and Syria held talks in Cairo": Egypt is where, no side; "according to the United Nations": who tells, no side
			}
			for _, key := range append([]string{a.key}, a.also...) {
				if len(a.also) > 0 && !fits(typeOfKey(key)) {
					continue // "the two sides" named before, the EU and Mercosur: no two countries
				}
				// "the two countries" named before: the pair it stood for
				if _, ok := first[key]; !ok {
					first[key] = len(first)
				}
				if !slices.Contains(keys, key) {
					keys = append(keys, key)
				}
			}
		}
		for i, x := range keys {
			for _, y := range keys[i+1:] {
				p := pair{x, y}
				if first[y] < first[x] {
					p = pair{y, x}
				}
				count[p]++
				if count[p] >= bestN {
					best, bestN = p, count[p]
				}
			}
		}
	}
	if bestN == 0 {
		return nil
	}
	return []string{best.x, best.y}
}

// actorsBefore calls fn with the actors named before token k of sentence
// si, in it and in the back sentences before, the nearest first, leaving
// out modifiers and news organizations, until fn returns false.
func actorsBefore(bySent map[int][]actor, si, k, back int, fn func(s int, a actor) bool) {
	for s := si; s >= 0 && s >= si-back; s-- {
		acts := bySent[s]
		for i := len(acts) - 1; i >= 0; i-- {
			a := acts[i]
			if s == si && a.b > k || a.modifier || a.media {
				continue
			}
			if !fn(s, a) {
				return
			}
		}
	}
}

// openingSubject is the actor a sentence opens with as its subject: the
// first actor before any verb that is in no prepositional phrase, when it
// is not a nationality or a modifier; an actor with key "" when there is
// none, and when the sentence opens with a quotation, whose subject is its
// speaker's words' and not the sentence's ('"Israel could not confront a
// united stand," the radio said': the radio, see quoteSpeaker).
func openingSubject(t []Token, acts []actor) actor {
	start := datelineEnd(t)
	if start < len(t) && isQuoteMark(t[start].Text) {
		return actor{}
	}
	if k := openingPhraseEnd(t, start); k > 0 {
		start = k // "After meeting Milosevic, Kornblum flew": the main clause's
	}
	phraseEnd := -1 // the end of the last actor in a prepositional phrase
	for _, a := range acts {
		if a.a < start {
			continue // "LONDON, May 3 (Reuters) - ...": where it was written
		}
		for k := start; k < a.a; k++ {
			if strings.HasPrefix(t[k].Tag, "VB") || t[k].Tag == "MD" {
				return actor{}
			}
		}
		if a.a > 0 && (t[a.a-1].Tag == "IN" || t[a.a-1].Tag == "TO") || phraseEnd >= 0 && listedAfter(t, phraseEnd, a) {
			phraseEnd = a.b
			continue // "On Moscow's foreign policy, Rosati said", "Its attacks on Chile, Peru and Bolivia": the phrase's actors
		}
		if a.demonym {
			if h, ok := titledHolder(t, acts, a); ok {
				return h // "Chilean President Ana Ruiz arrived": Ruiz
			}
			if a.b < len(t) && groupNouns[t[a.b].lower()] && !isCap(t[a.b].Text) {
				a.demonym = false
				return a // "The Peruvian army said": the state's
			}
		}
		if a.modifier && !a.media {
			if h, ok := titledHolder(t, acts, a); ok {
				return h // "Conservative shadow foreign secretary Michael Ancram accused": Ancram
			}
		}
		if a.demonym || a.modifier || a.media || len(a.also) > 0 {
			return actor{}
		}
		if h, ok := titledHolder(t, acts, a); ok {
			return h // "US Secretary of State Condoleezza Rice, ..., welcomed": Rice
		}
		return a
	}
	return actor{}
}

// titledHolder is the person named right after the title that follows
// actor a, the title's owner ("US Secretary of State Condoleezza Rice",
// "Chile's President Ana Ruiz", "Chinese foreign ministry spokesman Liu
// Jianchao": whatever nouns stand between, the name heads the phrase), or
// in apposition to a title in lower case after the owner's possessive
// ("Niger's interior minister, Ahmed Sani, said"); false when a title and
// a person do not follow it.
func titledHolder(t []Token, acts []actor, a actor) (actor, bool) {
	for _, b := range acts {
		if b.a < a.b {
			continue
		}
		if b.typ != Person && commonWords(t[b.a:b.b]) {
			continue // "Chinese foreign ministry spokesman Liu Jianchao": a body named in common words, part of the title
		}
		if b.typ != Person || b.a == a.b {
			return actor{}, false
		}
		if appositionTitle(t, a.b, b) {
			return b, true
		}
		for k := a.b; k < b.a; k++ {
			if k == a.b && isPossessive(t[k].Text) {
				continue // "Chile's President Ana Ruiz"
			}
			if !isCap(t[k].Text) && !connectors[t[k].lower()] && !commonNounOrAdjective(t[k].Tag) {
				return actor{}, false
			}
		}
		return b, true
	}
	return actor{}, false
}

// commonWords reports tokens that are all nouns or adjectives in lower
// case.
func commonWords(toks []Token) bool {
	for _, tok := range toks {
		if isCap(tok.Text) || !commonNounOrAdjective(tok.Tag) {
			return false
		}
	}
	return len(toks) > 0
}

// commonNounOrAdjective reports a tag of a noun or an adjective that is no
// name.
func commonNounOrAdjective(tag string) bool {
	return tag == "NN" || tag == "NNS" || tag == "JJ"
}

// appositionTitle reports a title in lower case from token k, after its
// owner's possessive or nationality, with the person b in apposition to
// it:
//
//	OWNER 's [ADJ|NOUN]* NOUN , PERSON ,
//	NATIONALITY [ADJ|NOUN]* NOUN , PERSON ,
//
// "Niger's interior minister, Ahmed Sani, said", "The former Lebanese army
// commander, Michel Aoun, who returned".
func appositionTitle(t []Token, k int, b actor) bool {
	if k >= len(t) || b.b >= len(t) || t[b.b].Text != "," || b.a < k+2 || t[b.a-1].Text != "," || t[b.a-2].Tag != "NN" {
		return false
	}
	j := k
	if isPossessive(t[k].Text) {
		j++ // "Chile's foreign minister, Ana Ruiz,"; with a nationality, none: "The Lebanese army commander, Michel Aoun,"
	}
	if j >= b.a-1 {
		return false
	}
	for ; j < b.a-1; j++ {
		if isCap(t[j].Text) || t[j].Tag != "NN" && t[j].Tag != "JJ" {
			return false
		}
	}
	return true
}

// openingPhraseEnd is the token after the comma that closes a phrase of
// circumstance opening the sentence at token start: a prepositional or
// adverbial clause ("After meeting Milosevic,", "When he left,") or a
// participle ("Speaking in Paris,"); 0 when the sentence opens otherwise.
func openingPhraseEnd(t []Token, start int) int {
	if start >= len(t) || t[start].Tag != "IN" && t[start].Tag != "VBG" && t[start].Tag != "VBN" || thatWords[t[start].lower()] {
		return 0
	}
	for k := start + 1; k+1 < len(t); k++ {
		if t[k].Text == "," {
			return k + 1
		}
	}
	return 0
}

// listedAfter reports that actor a is listed after the one ending at i:
// only commas, "and", "or" and articles come between, and a comma alone
// joins it only where the list goes on after it ("on Chile, Peru and
// Bolivia"; not "On Iran, Rosati said").
func listedAfter(t []Token, i int, a actor) bool {
	joined := false
	for k := i; k < a.a; k++ {
		w := t[k].lower()
		if w != "," && !coordinators[w] && !definite[w] {
			return false
		}
		joined = joined || coordinators[w]
	}
	if !joined && a.b < len(t) {
		w := t[a.b].lower()
		joined = w == "," || coordinators[w]
	}
	return i < a.a && joined
}

// addTitles makes actors of a bare title after "the" or a possessive
// pronoun ("the minister said", "the President told", "praised his
// chancellor's efforts") that one person in the document holds; a
// title before a name or "of" one is the name's or the owner's, and left
// alone.
//
// Between "the" and the title may stand a word in lower case that says
// which office ("the opposition leader") or a nationality, which says
// whose: "the Libyan leader" is the one holder of a leader's office of
// Libya (byOffice, keyed "OWNER|HEAD"), and its nationality then only
// describes him.
//
// A title several hold stands for the one holder that an earlier sentence
// gives it (since: each holder's first such sentence), never for one the
// same sentence names, as a counterpart beside it: "Foreign Minister Ana
// Ruiz arrived. The minister met her counterpart Juan Soto" is Ruiz.
func addTitles(doc *Document, bySent map[int][]actor, holders map[string]string, since map[string]map[string]int, byOffice map[string]string, heads map[string]bool) []Reference {
	var refs []Reference
	for si, sent := range doc.Sentences {
		t := sent.Tokens
		for k := 1; k < len(t); k++ {
			w := t[k].lower()
			if !heads[w] || actorAt(bySent[si], k) >= 0 {
				continue
			}
			key, nat := holders[w], -1
			if key == "" {
				key = onlyBefore(since[w], si) // "Minister Ana Silva ... the minister met his counterpart Jan Berg"
			}
			d := k - 1 // the determiner, past one word that describes the office
			if !definite[t[d].lower()] && !possessivePronouns[t[d].lower()] && d >= 1 && (definite[t[d-1].lower()] || possessivePronouns[t[d-1].lower()]) {
				if a := actorAt(bySent[si], d); a >= 0 && bySent[si][a].demonym && bySent[si][a].a == d && bySent[si][a].b == k {
					nat, key = a, byOffice[bySent[si][a].key+"|"+w] // "the Libyan leader"
				} else if isCap(t[d].Text) || !strings.HasPrefix(t[d].Tag, "NN") && !strings.HasPrefix(t[d].Tag, "JJ") {
					continue
				} else {
					key = holders[t[d].lower()+" "+w] // "the opposition leader": who holds a title of both words
					if key == "" && t[d].Tag == "JJ" && !pastTitleWords[t[d].lower()] {
						key = holders[w] // "the new president": an adjective that describes the one holder
					}
				}
				d--
			}
			if key == "" || key == "-" || !definite[t[d].lower()] && !possessivePronouns[t[d].lower()] {
				continue
			}
			if k+1 < len(t) && (isCap(t[k+1].Text) || connectors[t[k+1].lower()] && !infinitiveAt(t, k+1) && !gerundAfterOf(t, k+1)) {
				continue // "the minister Ana Silva", "the minister of defence"; but "urged the president to resign", "accused the president of staging"
			}
			if k+2 < len(t) && t[k+1].Text == "," && (isCap(t[k+2].Text) || honorifics[t[k+2].Text]) {
				continue // "the Palestinian leader, Mahmoud Abbas": the name in apposition says who
			}
			if nat >= 0 {
				bySent[si][nat].modifier = true
			}
			refs = append(refs, addWordActor(doc, bySent, si, k, key, Person))
		}
	}
	return refs
}

// onlyBefore is the one holder of a title that a sentence before si
// gives it, or "" when none or several do: a title several hold names the
// one the reader already knows of, not a holder the same sentence or a
// later one introduces.
func onlyBefore(given map[string]int, si int) string {
	one := ""
	for key, at := range given {
		if at >= si {
			continue
		}
		if one != "" {
			return ""
		}
		one = key
	}
	return one
}

// gerundAfterOf reports "of" at token k before a gerund: what one is
// accused of, not the field of an office ("the minister of defence").
func gerundAfterOf(t []Token, k int) bool {
	return ofWords[t[k].lower()] && k+1 < len(t) && t[k+1].Tag == "VBG"
}

// infinitiveAt reports "to" at token k before a verb in the base form: an
// infinitive, not the start of an office's field ("the minister to the
// UN").
func infinitiveAt(t []Token, k int) bool {
	return t[k].Tag == "TO" && k+1 < len(t) && t[k+1].Tag == "VB"
}

// oppositionWords before a name call it the opposition; alone after "the"
// they stand for it: "the opposition Coalition for Change ... accused the
// opposition of".
var oppositionWords = lexicon.Class("oppositionWords")

// organization nouns and the kinds of organization they stand for.
var (
	companyNouns    = lexicon.Class("companyNouns")
	blocNouns       = lexicon.Class("blocNouns")
	armedGroupNouns = lexicon.Class("armedGroupNouns")
	charityNouns    = lexicon.Class("charityNouns")
	armedMembers    = lexicon.Class("armedMemberNouns")
	companyHeads    = lexicon.Class("companyHeads")
)

// orgKind is the kind of organization a candidate names: the lexicon's,
// else a company's when its name ends in a company's head word, or in the
// word of a trade with no connector before it ("Tarvo Mining", but not
// "the Department of Energy"), else "".
func orgKind(c *cand, name string) string {
	if c.gaz != nil {
		return c.gaz.kind
	}
	f := strings.Fields(name)
	if len(f) > 1 && companyHead(f[len(f)-1]) {
		return kindCompany
	}
	if len(f) > 1 && tradeHeads[f[len(f)-1]] && !slices.ContainsFunc(f, func(w string) bool { return connectors[w] }) {
		return kindCompany
	}
	return ""
}

// companyHead reports a word that ends a company's name, with or without
// its full stop: "Corp.", "Ltd", "Holdings".
func companyHead(w string) bool { return companyHeads[strings.TrimSuffix(w, ".")] }

// organisationNouns stand for the last body of any kind but a state's or
// a company named before: "A spokesman for OLAF said the organisation
// agreed".
var organisationNouns = lexicon.Class("organisationNouns")

// nounKinds are the kinds of organization the noun w stands for.
func nounKinds(w string) []string {
	switch {
	case companyNouns[w]:
		return []string{"company"}
	case blocNouns[w]:
		return []string{kindIGO}
	case armedGroupNouns[w], armedMembers[w]:
		return []string{"armed-group", "hacker-group"}
	case charityNouns[w]:
		return []string{kindNGO}
	case organisationNouns[w]:
		return append(slices.Clone(bodyKinds), kindIGO) // "the organisation": any body but a state's or a company

	}
	return nil
}

// addOrgNouns makes actors of "the company", "the group", "the rebels" and
// the like: the last organization of the noun's kind the document named
// before it, however far back (a story names its company or armed group
// once and goes on with "the company", "the rebels"); and of "the fund",
// "the agency" and the other nouns that end names of organizations (in
// lower case): the last one whose name ends so, in its sentence or the two
// before. Not a collective noun "of" something ("the group of states"),
// nor members "of" a name ("the rebels of the PKK"), nor a noun in
// apposition to a name ("Gazprom, the company ..."), which says what the
// name is rather than standing for it.
func addOrgNouns(doc *Document, bySent map[int][]actor, heads map[string]bool) []Reference {
	var refs []Reference
	for si, sent := range doc.Sentences {
		t := sent.Tokens
		for k := 1; k < len(t); k++ {
			w := t[k].lower()
			kinds := nounKinds(w)
			head := !isCap(t[k].Text) && heads[capitalized(w)]
			nationality := nationalCompany(t, bySent[si], k)
			national := nationality >= 0
			if head && k >= 2 && !definite[t[k-1].lower()] && definite[t[k-2].lower()] && !isCap(t[k-1].Text) &&
				(t[k-1].Tag == "JJ" || t[k-1].Tag == "NN") && actorAt(bySent[si], k-1) < 0 && !ofAfter(t, k) {
				// "the central bank": the one body whose name holds the
				// words ("Central Bank of Brazil")
				phrase := t[k-1].lower() + "-" + w
				if key := onlyOrg(bySent, si, k-1, func(a actor) bool { return namedWith(a.key, phrase) }); key != "" {
					addActor(bySent, si, actor{a: k - 1, b: k + 1, key: key, typ: Organization})
					refs = append(refs, Reference{Key: key, Text: doc.Text[t[k-1].Start:t[k].End], Start: t[k-1].Start, End: t[k].End, Sentence: si})
				}
				continue
			}
			if kinds == nil && !head && !oppositionWords[w] || !definite[t[k-1].lower()] && !national || actorAt(bySent[si], k) >= 0 ||
				ofAfter(t, k) && (!armedMembers[w] || namedAfter(t, bySent[si], k+2)) {
				continue
			}
			if k >= 3 && t[k-2].Text == "," && actorAt(bySent[si], k-3) >= 0 {
				continue // "Gazprom, the company tipped to buy"
			}
			key := ""
			if oppositionWords[w] {
				// "the opposition": the organization named as the opposition
				// before ("the opposition Coalition for Change")
				key = lastOrg(bySent, si, k-1, si, func(s int, a actor) bool {
					ts := doc.Sentences[s].Tokens
					return a.a > 0 && oppositionWords[ts[a.a-1].lower()]
				})
			}
			// in an object's place the noun is not its own clause's
			// subject: "Volkswagen will buy a stake in the company" is
			// another company's
			self := ""
			if objectPlace(t, k) {
				if subj := openingSubject(t, bySent[si]); subj.b <= k {
					self = subj.key
				}
			}
			if key == "" && kinds != nil && national {
				// "the Japanese carmaker": the last company of that country
				home := strings.TrimPrefix(bySent[si][nationality].key, "country:")
				key = salientOrg(doc, bySent, si, k-1, func(s int, a actor) bool {
					return a.key != self && a.home == home && slices.Contains(kinds, a.kind) && !associated(doc.Sentences[s].Tokens, a)
				})
			}
			if key == "" && kinds != nil {
				// "the company": the last company
				key = salientOrg(doc, bySent, si, k-1, func(s int, a actor) bool {
					return a.key != self && slices.Contains(kinds, a.kind) && !associated(doc.Sentences[s].Tokens, a)
				})
			}
			if key == "" && slices.Contains(kinds, "company") {
				// "Codelco opened a mine. The company ...": else the last
				// organization of no known kind whose name does not end in
				// a body's word
				key = salientOrg(doc, bySent, si, k-1, func(s int, a actor) bool {
					return a.key != self && unknownCompany(doc.Sentences[s].Tokens, a, heads) && !associated(doc.Sentences[s].Tokens, a)
				})
			}
			if key == "" && head {
				// "the fund": the last organization whose name ends so, in
				// its sentence or the two before; else the one such
				// organization the document names before it, however far
				// back ("the International Criminal Tribunal for the former
				// Yugoslavia ... the tribunal"), its head word ending its
				// name or followed by the words of its field
				key = lastOrg(bySent, si, k-1, 2, func(_ int, a actor) bool { return strings.HasSuffix(a.key, "-"+w) })
				if key == "" {
					key = onlyOrg(bySent, si, k-1, func(a actor) bool { return headedBy(a.key, w) })
				}
			}
			if key == "" {
				if national {
					// "the German stock market operator's plans": a firm's,
					// no state's, though the story named no firm of it
					bySent[si] = slices.Delete(bySent[si], nationality, nationality+1)
				}
				continue
			}
			if national {
				bySent[si][nationality].modifier = true // "ordered the US company to": the company, from there
			}
			refs = append(refs, addWordActor(doc, bySent, si, k, key, Organization))
		}
	}
	return refs
}

// objectPlace reports a noun at token k, after its article and at most
// two words that describe it, that follows a verb or a preposition and
// comes before no verb: the place of an object, not of a clause's subject
// ("bought a stake in the Japanese carmaker"; but "said the company would").
func objectPlace(t []Token, k int) bool {
	j := k - 1
	for j > 0 && j >= k-3 && !definite[t[j].lower()] {
		j--
	}
	if j < 1 || !definite[t[j].lower()] || k+1 < len(t) && (strings.HasPrefix(t[k+1].Tag, "VB") || t[k+1].Tag == "MD") {
		return false // "Gazprom said the company would": the subject of a clause of its own, which may be Gazprom
	}
	p := t[j-1]
	return strings.HasPrefix(p.Tag, "VB") || p.Tag == "IN" || p.Tag == "TO"
}

// headedBy reports an organization's key whose name has the head word w:
// last, or before a connector that opens its field ("Tribunal for the
// former Yugoslavia", "Court of Justice").
func headedBy(key, w string) bool {
	_, name, _ := strings.Cut(key, ":")
	f := strings.Split(name, "-")
	for i, x := range f {
		if x == w && (i == len(f)-1 || connectors[f[i+1]]) {
			return true
		}
	}
	return false
}

// namedWith reports an organization's key whose name holds the words of
// phrase, hyphen-joined, as whole words: "central-bank" in
// "central-bank-of-brazil".
func namedWith(key, phrase string) bool {
	_, name, _ := strings.Cut(key, ":")
	return name == phrase || strings.HasPrefix(name, phrase+"-") || strings.HasSuffix(name, "-"+phrase) || strings.Contains(name, "-"+phrase+"-")
}

// onlyOrg is the key of the one organization that match accepts named
// before token k of sentence si, however far back; "" when none or more
// than one is.
func onlyOrg(bySent map[int][]actor, si, k int, match func(actor) bool) string {
	key := ""
	many := false
	actorsBefore(bySent, si, k, si, func(_ int, a actor) bool {
		if a.typ == Organization && match(a) {
			if key != "" && key != a.key {
				many = true
				return false
			}
			key = a.key
		}
		return true
	})
	if many {
		return ""
	}
	return key
}

// nationalCompany is the nationality or country, after "the", before a
// company noun at k, past up to two words in lower case that say its
// trade, which says where the company is from: "The US firm said", "the
// Italian liqueur maker", the company named before, not the state; -1
// when there is none.
//
//	the (NATIONALITY|COUNTRY) [TRADE-WORD]{0,2} (company|firm|maker|...)
func nationalCompany(t []Token, acts []actor, k int) int {
	if k < 2 || !companyNouns[t[k].lower()] {
		return -1
	}
	j := k - 1
	for j > 0 && j >= k-2 && !isCap(t[j].Text) && (t[j].Tag == "NN" || t[j].Tag == "NNS" || t[j].Tag == "JJ") && actorAt(acts, j) < 0 {
		j--
	}
	a := actorAt(acts, j)
	if a < 0 || acts[a].b != j+1 || acts[a].typ != Country || acts[a].a < 1 || !definite[t[acts[a].a-1].lower()] {
		return -1
	}
	return a
}

// unknownCompany reports an organization the lexicon gives no kind, not a
// news organization, whose name does not end in a word that ends names of
// bodies ("Ministry", "Party", "Council") unless it ends in a trade
// ("Corvane Energy"): a company the lexicon does not
// know, for "the company" and "the firm" to stand for.
func unknownCompany(t []Token, a actor, heads map[string]bool) bool {
	if a.typ != Organization || a.kind != "" || a.media || a.b <= a.a || a.b > len(t) {
		return false
	}
	last := a.key[strings.LastIndexAny(a.key, ":-")+1:]                           // "the IMF" is the fund's
	return !heads[t[a.b-1].Text] && !heads[capitalized(last)] || tradeName(a.key) // "Cairn Energy" named whole too
}

// tradeName reports an organization's key whose name of two words or
// more ends in a company's trade and holds no connector: "Corvane Energy"
// (called "Corvane") is a company's, "the Department of Energy" a body's.
func tradeName(key string) bool {
	_, name, _ := strings.Cut(key, ":")
	return tradeWords(strings.Split(name, "-"))
}

// tradeWords reports the lower-case words of a name, two or more, that
// end in a company's trade and hold no connector.
func tradeWords(f []string) bool {
	return len(f) >= 2 && tradeHeads[capitalized(f[len(f)-1])] && !slices.ContainsFunc(f, func(w string) bool { return connectors[w] })
}

// companyNamed reports an organization of kind kind, named name, that is
// a company: of the lexicon's company kind, or of no known kind and named
// for its trade ("Brastan Mining").
func companyNamed(kind, name string) bool {
	return kind == kindCompany || kind == "" && tradeWords(nameWords(name))
}

// nameWords are the lower-case words of a name as a key spells them,
// split at spaces and hyphens: "Brastan Mining" is "brastan", "mining".
func nameWords(name string) []string {
	return strings.Split(strings.ToLower(strings.Join(strings.Fields(name), "-")), "-")
}

// lastOrg is the key of the last organization that is named before token k
// of sentence si, in it or the back sentences before, and that match
// accepts; "" if none.
func lastOrg(bySent map[int][]actor, si, k, back int, match func(s int, a actor) bool) string {
	key := ""
	actorsBefore(bySent, si, k, back, func(s int, a actor) bool {
		if a.typ == Organization && match(s, a) {
			key = a.key
		}
		return key == ""
	})
	return key
}

// salientOrg is the organization that match accepts which a noun before
// token k of sentence si stands for: of those the nearest sentence naming
// one holds, the one it opens with as its subject, else the last ("Valdor
// Mining said it had sued Kestrel Holdings. The company also ...":
// Valdor); "" if none.
func salientOrg(doc *Document, bySent map[int][]actor, si, k int, match func(s int, a actor) bool) string {
	key, in := "", -1
	actorsBefore(bySent, si, k, si, func(s int, a actor) bool {
		if a.typ == Organization && match(s, a) {
			key, in = a.key, s
		}
		return key == ""
	})
	if key == "" {
		return ""
	}
	if subj := openingSubject(doc.Sentences[in].Tokens, bySent[in]); subj.key != "" && subj.key != key &&
		subj.typ == Organization && !subj.modifier && !subj.media && (in < si || subj.b <= k) && match(in, subj) {
		return subj.key
	}
	return key
}

// associationWords say that what is named after them and a preposition
// is another party than the one described: "militants linked to
// al-Qaeda", "a group affiliated with the Islamic State".
var associationWords = lexicon.Class("associationWords")

// associated reports an actor named as the party another is tied to,
// which a noun for that other ("the militants") does not stand for:
//
//	ASSOCIATION-WORD (to|with|by) ACTOR
//
// "attackers believed to belong to a group linked to al-Qaeda".
func associated(t []Token, a actor) bool {
	k := a.a - 1
	if k >= 0 && definite[t[k].lower()] {
		k--
	}
	return k >= 1 && (t[k].Tag == "IN" || t[k].Tag == "TO") && associationWords[t[k-1].lower()]
}

// datelineEnd is the token after the dateline that opens a sentence ("BEIJING,
// March 3 (Reuters) -", "LONDON -"): names, numbers and punctuation up to a
// dash within the first dozen tokens; 0 when there is none.
func datelineEnd(t []Token) int {
	for k := 1; k < len(t) && k < 12; k++ {
		if dashes[t[k].Text] {
			return k + 1
		}
		if !(isCap(t[k].Text) || isInt(t[k].Text) || !isWord(t[k].Text)) {
			return 0
		}
	}
	return 0
}

// dashes end a dateline.
var dashes = lexicon.Class("dashes")

// capitalized is w with its first letter in upper case.
func capitalized(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}
