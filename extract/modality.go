package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Whether an act the text tells took place, is yet to, or is only
// supposed, read from the words before its verb:
//
//	(could|would|may|if|...) VERB                  hypothetical
//	(wants|offers|asks) ... to VERB                desired, so hypothetical
//	(will|is due to|plans to|X to, in a headline) VERB   future (X an actor or a noun: "German chancellor to meet")
//	(said it would|is willing to) VERB             a stated intention, itself an event
//
// "Germany could sanction Russia" is hypothetical; "Mr Kerry is to visit
// Pakistan" is a future visit; "Iraq said it would allow inspectors in" is
// Iraq's stated intention to allow them.

// intentOf is the CAMEO event of stating the intention to do p: to
// cooperate (03) for a cooperative act, a threat (13) for a hostile one.
func intentOf(p verbEntry) verbEntry {
	code, ok := intentCodes[p.code[:2]]
	if !ok {
		code = "030"
	}
	if code[:2] == "13" {
		return verbEntry{action: "threaten", code: code}
	}
	return verbEntry{action: "intend", code: code}
}

// intentCodes map the CAMEO root of an intended act to the code of stating
// that intention.
var intentCodes = map[string]string{
	"04": "036", "05": "032", "06": "031", "07": "033", "08": "035",
	"11": "130", "12": "131", "13": "130", "14": "133", "15": "138",
	"16": "131", "17": "137", "18": "138", "19": "138", "20": "138",
}

// promiseVerbs state their subject's intention to do what the infinitive
// after them names: "vowed to retaliate against", "pledged to help";
// threatVerbs state it as a threat, whatever the act: "threatened to
// impose tariffs on".
var (
	promiseVerbs = lexicon.Class("promiseVerbs")
	threatVerbs  = lexicon.Class("threatVerbs")
	offerVerbs   = lexicon.Class("offerVerbs")
)

// measureRoots are the CAMEO roots of measures agreed on, and so decided:
// "agreed to impose sanctions" is a sanction. agreeVerbs agree to them.
var (
	measureRoots = lexicon.Class("measureRoots")
	agreeVerbs   = lexicon.Class("agreeVerbs")
)

// threatened is the CAMEO event of threatening to do p: with force (138)
// for an act of force, with repression (137), with sanctions (131), else
// a threat not specified (130).
func threatened(p verbEntry) verbEntry {
	if code := intentOf(p).code; code[:2] == "13" {
		return verbEntry{action: "threaten", code: code}
	}
	return verbEntry{action: "threaten", code: "130"}
}

// promisedAct is the intention a verb of promising or threatening at v
// states when an infinitive of an act the lexicon knows follows it at end
// ("vowed to retaliate against South Korea": a threat of force, 138;
// "pledged to help Ukraine": an intention to give aid, 033; "threatened
// to impose tariffs on Mexico": a threat, 131), and the act itself; ok is
// false for any other verb or words.
func (c *eventCtx) promisedAct(v, end int) (intent, act verbEntry, ok bool) {
	t := c.t
	w := t[v].lower()
	if end > v+1 && end < len(t) && infinitiveMarks[t[end-1].lower()] {
		end-- // the pattern's own "to": "agree to"
	}
	if c.idx == nil || !promiseVerbs[w] && !threatVerbs[w] || end+1 >= len(t) || !infinitiveMarks[t[end].lower()] || t[end+1].Tag != "VB" {
		return verbEntry{}, verbEntry{}, false
	}
	for _, p := range c.idx.verbs[c.idx.lemma(t[end+1].Text)] {
		if _, ok := matchRest(t, end+2, p.rest); ok {
			if threatVerbs[w] {
				return threatened(p), p, true // "threatened to impose tariffs on Mexico"
			}
			if ip := intentOf(p); !(offerVerbs[w] && ip.code[:2] == "13") {
				return ip, p, true
			}
			if agreeVerbs[w] && measureRoots[p.code[:2]] {
				return p, p, true // "agreed to impose sanctions on Belarus": the sanctions, decided
			}
			return verbEntry{}, verbEntry{}, false // "agreed to deploy troops to its border with the US": no threat
		}
	}
	return verbEntry{}, verbEntry{}, false
}

// topicPreps after a noun name what it is about: a gerund after them is
// talked of, not done ("talks about acquiring", "a ban on selling").
var topicPreps = lexicon.Class("topicPreps")

// hopeAdjectives, and hopePreps after them, tell that the gerund after
// them is expected or feared, not done: "confident of winning".
var (
	hopeAdjectives = lexicon.Class("hopeAdjectives")
	hopePreps      = lexicon.Class("hopePreps")
)

// intentWords before "to" state their subject's own intention: "is willing
// to withdraw", "ready to contribute"; aspectVerbs before an act say when
// it begins or goes on: "continue to fight", "keep fighting".
var (
	intentWords = lexicon.Class("intentWords")
	aspectVerbs = lexicon.Class("aspectVerbs")
)

// intention reports a verb at v that its subject states it means to do:
// "is ready to contribute", "said it would allow".
func (c *eventCtx) intention(v int) bool {
	t := c.t
	k := c.beforeAdverbs(v)
	if k < 1 {
		return false
	}
	switch w := t[k].lower(); {
	case t[v].Tag == "VB" && coordinators[w]:
		// "agreed to lift sanctions and restore ties": as the infinitive
		// it is joined to
		if f := c.joinedInfinitive(k, "VB"); f >= 0 {
			return c.intention(f)
		}
	case infinitiveMarks[w] && strings.HasPrefix(t[k-1].Tag, "VB") && aspectVerbs[c.idx.lemma(t[k-1].Text)]:
		return c.intention(k - 1) // "said it would continue to fight": as "would fight"
	case t[v].Tag == "VBG" && strings.HasPrefix(t[k].Tag, "VB") && aspectVerbs[c.idx.lemma(t[k].Text)]:
		return c.intention(k) // "said it would keep fighting"
	case infinitiveMarks[w]:
		// "wants to sign"; but "cancel plans to sell": a noun's plan,
		// stated by no one in the sentence
		return intentWords[t[k-1].lower()] && !strings.HasPrefix(t[k-1].Tag, "NN")
	case intentModals[w]:
		for j := k - 1; j >= 0; j-- {
			if speechVerbs[t[j].lower()] {
				return true
			}
		}
	case modals[w]:
		// "Israel warned that it could strike Iran": what a warning says
		// may happen is a threat stated, as "would" is an intention
		for j := k - 1; j >= 0; j-- {
			if clauseEdges[t[j].lower()] && !thatWords[t[j].lower()] {
				break
			}
			if warnVerbs[t[j].lower()] {
				return true
			}
		}
	}
	return false
}

// ownIntent reports an intention stated by its own agents: the subject of
// the speech verb before "would" or "will" is the event's agent ("Palestinian leaders
// said they would boycott"), or the intention is read off the agent's own
// clause ("Syria is willing to withdraw").
func (c *eventCtx) ownIntent(v int, agents []string) bool {
	for j := v - 1; j >= 0; j-- {
		if speechVerbs[c.t[j].lower()] {
			return sameKeys(c.subjectOf(j), agents)
		}
	}
	return true
}

// perfect reports a participle at v in a perfect tense: "has backed".
func perfect(t []Token, v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		switch w := t[k].lower(); {
		case haveForms[w]:
			return true
		case t[k].Tag != "RB" && !negations[w]:
			return false
		}
	}
	return false
}

// futureMarks before a verb put its event in the future.
var futureMarks = lexicon.Class("futureMarks")

// future reports a verb the text puts in the future: "will visit", "is due
// to meet", "plans to sign".
func (c *eventCtx) future(v int) bool {
	t := c.t
	for k := v - 1; k >= 0 && k >= v-4; k-- {
		w := t[k].lower()
		switch {
		case futureMarks[w]:
			return true
		case infinitiveMarks[w] && k > 0 && (scheduleWords[t[k-1].lower()] || planForms[t[k-1].lower()]):
			return true
		case infinitiveMarks[w] && k > 0 && beForms[t[k-1].lower()] && k-1 > 0 && actorAt(c.acts, k-2) >= 0:
			return true // "Mr Kerry is to visit Pakistan"
		case infinitiveMarks[w] && c.headline && k > 0 && (actorAt(c.acts, k-1) >= 0 || nounTag(t[k-1].Tag)):
			return true // the headline "US to impose sanctions on Iran", "German chancellor to meet Yeltsin"
		case skippable[w] || t[k].Tag == "RB" || negations[w]:
		default:
			return false
		}
	}
	return false
}

// A gerund or an infinitive that a verb of weighing governs names an act
// not yet done:
//
//	WEIGH-VERB [ADV] [about|of] [ADV] VERB-ing
//	WEIGH-VERB [ADV] to VERB
//
// "Chile is considering imposing sanctions on Peru", "Air Chile is
// considering to buy aircraft from Peru": no sanctions, no purchase yet.
func (c *eventCtx) weighedAct(v int) bool {
	t := c.t
	k := v - 1
	switch {
	case t[v].Tag == "VBG":
		for k >= 0 && t[k].Tag == "RB" {
			k--
		}
		if k > 0 && t[k].Tag == "IN" {
			k--
		}
	case t[v].Tag == "VB" && k > 0 && t[k].Tag == "TO":
		k--
	default:
		return false
	}
	for k >= 0 && t[k].Tag == "RB" {
		k--
	}
	return k >= 0 && weighVerbs[t[k].lower()]
}

// clauseEdges end the stretch of words a modal before a verb governs.
var clauseEdges = lexicon.Class("clauseEdges")

// hypothetical reports a verb under a modal, a conditional or a plan in its
// clause: "could sanction", "if elected", "would carry out an attack".
func (c *eventCtx) hypothetical(v int) bool {
	t := c.t
	for k := 0; k < v; k++ {
		if conditionWords[t[k].lower()] || c.conditionPhrase(k) {
			return true
		}
	}
	for k := v - 1; k >= 0; k-- {
		w := t[k].lower()
		if modalAt(t, k) {
			return true
		}
		if clauseEdges[w] {
			break
		}
	}
	if c.optionClause(v) {
		return true // "The second option is the IRGC launching missiles against Israel"
	}
	if c.weighedAct(v) {
		return true // "Chile is considering imposing sanctions on Peru", "is considering to buy"
	}
	if c.obliged(v) {
		return true // "Turkey has to recognise Cyprus", "told Ankara it had to sign"
	}
	if c.necessaryFor(v) {
		return true // "it is essential for all the authorities to contribute"
	}
	if c.unrealNoun(v) {
		return true // "a possible attack on Peru", "the proposed acquisition of Bancshares"
	}
	if c.prerequisiteOf(v) {
		return true // "made the handover a condition for starting talks with Serbia": talks to come, if ever
	}
	if c.hopedClause(v) {
		return true // "he hopes Bolivia and Ecuador will soon reach an accord": hoped for, not done
	}
	if p := c.preventer(v); p >= 0 && c.hypothetical(p) {
		return true // "called on Seoul to stop missionaries from travelling to China": asked, not done nor kept from being done
	}
	return c.desired(v)
}

// conditionNouns right after conditionPreps open a condition as "if"
// does: "in case President Clinton ordered the use of force".
var (
	conditionNouns = lexicon.Class("conditionNouns")
	conditionPreps = lexicon.Class("conditionPreps")
)

// conditionPhrase reports a noun of condition at k right after its
// preposition.
func (c *eventCtx) conditionPhrase(k int) bool {
	return k > 0 && conditionNouns[c.t[k].lower()] && conditionPreps[c.t[k-1].lower()]
}

// unrealAdjectives before a noun of an act say it has not happened:
// "a possible attack", "the proposed acquisition".
var unrealAdjectives = lexicon.Class("unrealAdjectives")

// unrealNoun reports a noun of an act at v that an adjective in its
// phrase says has not happened:
//
//	[DET] [ADJ|NOUN]* UNREAL-ADJ [ADJ|NOUN]* NOUN
//
// "warned of a possible attack on Peru by Bolivia", "the proposed
// acquisition of Bancshares by NationsBank".
func (c *eventCtx) unrealNoun(v int) bool {
	t := c.t
	if !strings.HasPrefix(t[v].Tag, "NN") {
		return false
	}
	for k := v - 1; k >= 0 && k >= v-4; k-- {
		w := t[k].lower()
		if unrealAdjectives[w] {
			return true
		}
		if !(modifiesNoun(t[k]) || t[k].Tag == "VBN" || nounModifierWord(t[k])) || determiners[w] {
			return false
		}
	}
	return false
}

// obliged reports a verb at v that its subject must do, not one it did:
// an infinitive after a verb of obligation in the present, or in the past
// in a clause said or told.
//
//	(has|have|needs|ought) to VB
//	SPEECH-VERB ... had to VB
//
// "Turkey has to recognise Cyprus", "told Ankara it had to sign".
func (c *eventCtx) obliged(v int) bool {
	t := c.t
	if v < 2 || t[v].Tag != "VB" || !infinitiveMarks[t[v-1].lower()] || !mustVerbs[t[v-2].lower()] {
		return false
	}
	if t[v-2].Tag != "VBD" {
		return true
	}
	for k := v - 3; k >= 0; k-- {
		if w := t[k].lower(); speechVerbs[w] || tellForms[w] {
			return true
		}
		if t[k].Text == ";" || isQuoteMark(t[k].Text) {
			return false
		}
	}
	return false
}

// possibilityNouns name what may happen, not what did: "the second option
// is", "the worst scenario would be".
var possibilityNouns = lexicon.Class("possibilityNouns")

// optionClause reports a verb at v whose clause a noun of possibility
// says may happen, as the complement of its "is":
//
//	POSSIBILITY-NOUN [MD] BE [that] [SUBJECT] [MD|RB]* VERB
//
// "The second option is the IRGC launching hundreds of missiles against
// Israel", "The worst scenario would be Iran attacking Israel".
func (c *eventCtx) optionClause(v int) bool {
	t := c.t
	for k := v - 1; k >= 1 && k >= v-15; k-- {
		w := t[k].lower()
		if beForms[w] && k+1 < v && !strings.HasPrefix(t[k+1].Tag, "VB") {
			j := k - 1
			if t[j].Tag == "MD" && j > 0 {
				j-- // "would be"
			}
			return possibilityNouns[t[j].lower()]
		}
		if clauseBreaks[w] || isFinite(t[k].Tag) && t[k].Tag != "MD" {
			return false
		}
	}
	return false
}

// modalAt reports a modal verb at token k; not a name spelt as one: the
// month in "In May Chile accused Peru".
func modalAt(t []Token, k int) bool {
	return modals[t[k].lower()] && !(t[k].Tag == "NNP" && isCap(t[k].Text))
}

// wantedDone reports a participle at v (or what the tagger took for a past
// tense) after the object of a word of wanting, which names what is wanted
// done to that object:
//
//	DESIRE-WORD [DET] OBJECT VBN      "want Iliescu ousted", "demanded the prisoners freed"
func (c *eventCtx) wantedDone(v int) bool {
	t := c.t
	j := v - 1
	if a := actorAt(c.acts, j); a >= 0 {
		j = c.acts[a].a - 1
	} else if j >= 0 && (t[j].Tag == "NNS" || t[j].Tag == "NN" || t[j].Tag == "PRP") {
		j--
	} else {
		return false
	}
	if j >= 0 && determiners[t[j].lower()] {
		j--
	}
	return j >= 0 && desireWords[t[j].lower()]
}

// beforeAdverbs returns the index of the first token before the verb at v
// that is no adverb or negation ("to" in "ready to quickly withdraw"), or -1.
func (c *eventCtx) beforeAdverbs(v int) int {
	k := v - 1
	for k >= 0 && (c.t[k].Tag == "RB" || negations[c.t[k].lower()]) {
		k--
	}
	return k
}

// desireWords take an infinitive that names what is wanted, not done:
// "offered to hand over", "wants to sanction", "ready to contribute".
var desireWords = lexicon.Class("desireWords")

// warnVerbs make a gerund after "against" what is warned of: "warned
// Turkey against sending troops".
var warnVerbs = lexicon.Class("warnVerbs")

// askVerbs name what their object is asked to do: "urged China to refrain".
var askVerbs = lexicon.Class("askVerbs")

// demandVerbs make the clause after "that" what is demanded, not what is
// done: "demanded that the US cancel".
var demandVerbs = lexicon.Class("demandVerbs")

// desired reports a verb at v that names what someone wants, offers, asks
// for or demands rather than what happened: "offered to hand over", "urged
// Iran to release", "demanded that the US cancel", "an appeal for
// deploying troops".
func (c *eventCtx) desired(v int) bool {
	t := c.t
	if strings.HasPrefix(t[v].Tag, "NN") {
		// "called for greater trade between", "pressed for talks with":
		// an act asked for, named by a noun
		j := v - 1
		for j >= 0 && (modifiesNoun(t[j]) || t[j].Tag == "JJR") {
			j--
		}
		if j >= 1 && purposePreps[t[j].lower()] {
			if w := t[j-1].lower(); askVerbs[w] || desireWords[w] {
				return true
			}
		}
	}
	k := c.beforeAdverbs(v)
	if k < 0 {
		return false
	}
	if (t[v].Tag == "VB" || t[v].Tag == "VBN") && coordinators[t[k].lower()] {
		// "wants to tighten sanctions and impose a blockade", "wants the
		// gas to be used at home and sold to Benin": the verb shares the
		// infinitive it is joined to
		if f := c.joinedInfinitive(k, t[v].Tag); f >= 0 {
			return c.desired(f)
		}
	}
	if g := c.causerVerb(v); g >= 0 {
		// "urged the world to help the country fight al-Shabab": a bare
		// verb after the object of the verb that lets or helps it is
		// wanted as that verb is
		return c.desired(g)
	}
	if t[v].Tag == "VBG" && desireWords[t[k].lower()] && strings.HasPrefix(t[k].Tag, "VB") {
		return true // "recommended opening talks with Turkey", "proposed holding a summit": not done
	}
	if t[v].Tag == "VBG" && k >= 1 && topicPreps[t[k].lower()] && (t[k-1].Tag == "NN" || t[k-1].Tag == "NNS") {
		return true // "initiated talks about acquiring the shares", "co-operation on fighting terrorism": what is talked of, not done
	}
	if t[v].Tag == "VBG" && k >= 1 && hopePreps[t[k].lower()] && hopeAdjectives[t[k-1].lower()] {
		return true // "remained confident of winning orders from China", "hopeful of signing": expected, not done
	}
	if (t[v].Tag == "VBN" || t[v].Tag == "VBD") && c.wantedDone(v) {
		return true // "Nationalists want Iliescu ousted": wanted, not done
	}
	if w := t[k].lower(); againstPreps[w] && t[v].Tag == "VBG" {
		// "warned Turkey against sending troops"
		for j := k - 1; j >= 0 && j >= k-6; j-- {
			if warnVerbs[t[j].lower()] {
				return true
			}
		}
	}
	if infinitiveMarks[t[k].lower()] && k >= 1 && coordinators[t[k-1].lower()] {
		// "urged Israel to dismantle outposts and to ease restrictions":
		// the infinitive shares the one it is joined to
		if f := c.joinedInfinitive(k-1, "VB"); f >= 0 {
			return c.desired(f)
		}
	}
	passiveInf := false
	if t[v].Tag == "VBN" && beForms[t[k].lower()] && k >= 1 && infinitiveMarks[t[k-1].lower()] {
		k, passiveInf = k-1, true // a passive infinitive: "wants the gas to be sold"; but "agreed to be acquired" is decided
	}
	if w := t[k].lower(); infinitiveMarks[w] || purposePreps[w] && t[v].Tag == "VBG" {
		// back over the asked one to the word that asks or offers
		for j, n := k-1, 0; j >= 0 && n < 12; j, n = j-1, n+1 {
			jw := t[j].lower()
			if desireWords[jw] && !(passiveInf && agreeVerbs[jw]) || n > 0 && askVerbs[jw] {
				return true
			}
			if n == 0 && askVerbs[jw] && t[j].Tag == "VBN" && j > 0 && beForms[t[j-1].lower()] {
				return true // "Chile has been urged to free the activist": asked, not done
			}
			if coordinators[jw] && j > 0 && actorAt(c.acts, j-1) >= 0 && actorAt(c.acts, j+1) >= 0 {
				continue // "called on Chile and Peru to resolve": the parties asked
			}
			if clauseEdges[jw] || strings.HasPrefix(t[j].Tag, "VB") || t[j].Tag == "MD" {
				return false
			}
		}
		return false
	}
	// "demanded that the Turkish government provide": back over the
	// subject to "that" and the verb before it
	for j, n := k, 0; j >= 1 && n < 10; j, n = j-1, n+1 {
		jw := t[j].lower()
		if thatWords[jw] {
			p := j - 1
			for p >= 0 && (t[p].Tag == "RB" || isWeekday(t[p].Text) || dayPreps[t[p].lower()]) {
				p--
			}
			return p >= 0 && demandVerbs[t[p].lower()]
		}
		if clauseEdges[jw] || strings.HasPrefix(t[j].Tag, "VB") || t[j].Tag == "MD" {
			return false
		}
	}
	return false
}

// causerVerb is the base verb of causerVerbs whose object comes right
// before the bare verb at v ("help the country fight", "let them go"), or
// -1. The bare verb may be tagged as a finite one, as the tagger often
// reads it after a noun ("the country fight/VBD").
func (c *eventCtx) causerVerb(v int) int {
	t := c.t
	if t[v].Tag != "VB" && t[v].Tag != "VBP" && t[v].Tag != "VBD" {
		return -1
	}
	j := c.beforeAdverbs(v)
	start := j
	for j >= 0 && j > start-6 && (objectWord(t[j].Tag) || t[j].Tag == "POS") {
		j--
	}
	if j < 0 || j == start || t[j].Tag != "VB" || !causerVerbs[t[j].lower()] {
		return -1 // "to retain the Golan Heights Israel captured": a clause of its own
	}
	return j
}

// causerVerbs take an object and a bare verb that the object does: "help
// the country fight", "let them go", "make Iran pay".
var causerVerbs = lexicon.Class("causerVerbs")

// objectWord reports a tag of the words of an object: a determiner, an
// adjective, a number, a noun or a pronoun.
func objectWord(tag string) bool {
	switch tag {
	case "DT", "JJ", "CD", "PRP", "PRP$":
		return true
	}
	return strings.HasPrefix(tag, "NN")
}

// joinedInfinitive is the infinitive verb a verb of the tag tag after
// the coordinator at k is joined to: a bare verb to an infinitive ("to
// tighten sanctions and impose"), a participle to a passive one ("to be
// used at home and sold"); -1 when a clause edge or another finite verb
// comes first.
func (c *eventCtx) joinedInfinitive(k int, tag string) int {
	t := c.t
	for j := k - 1; j >= 1 && j >= k-10; j-- {
		if tag == "VB" && t[j].Tag == "VB" && infinitiveMarks[t[j-1].lower()] {
			return j
		}
		if tag == "VBN" && t[j].Tag == "VBN" && j >= 2 && beForms[t[j-1].lower()] && infinitiveMarks[t[j-2].lower()] {
			return j // "to be used ... and sold": a passive infinitive
		}
		if clauseBreaks[t[j].lower()] || isFinite(t[j].Tag) {
			return -1
		}
	}
	return -1
}

// neitherWords before the subjects of a verb deny its act for all of them.
var neitherWords = lexicon.Class("neitherWords")

// neitherBefore reports "neither" in the clause before the verb at v:
// "Neither Russia nor China supported the resolution".
func (c *eventCtx) neitherBefore(v int) bool {
	for k := v - 1; k >= 0; k-- {
		w := c.t[k].lower()
		if neitherWords[w] {
			return true
		}
		if clauseBreaks[w] || thatWords[w] {
			return false
		}
	}
	return false
}

// passiveAfter reports a passive right after the modal at k: "should be
// wiped off", "must be punished".
func (c *eventCtx) passiveAfter(k int) bool {
	t := c.t
	j := k + 1
	for j < len(t) && t[j].Tag == "RB" {
		j++
	}
	return j+1 < len(t) && beForms[t[j].lower()] && t[j+1].Tag == "VBN"
}

// sameKeys reports a and b holding the same keys, in any order: "Germany
// and France said they would" has its subjects read from either end.
func sameKeys(a, b []string) bool {
	return len(a) == len(b) && !slices.ContainsFunc(a, func(k string) bool { return !slices.Contains(b, k) })
}

// preventVerbs keep their object from the act a gerund after "from" names.
var preventVerbs = lexicon.Class("preventVerbs")

// prevented reports a gerund at v that a verb of preventing keeps its
// object from doing, so that it does not happen:
//
//	PREVENT-VERB [OBJECT] from VBG      "barred Arafat from overflying Israel"
func (c *eventCtx) prevented(v int) bool { return c.preventer(v) >= 0 }

// preventer is the verb of preventing that keeps the gerund at v from
// happening, or -1.
func (c *eventCtx) preventer(v int) int {
	t := c.t
	if v < 2 || t[v].Tag != "VBG" || !fromPreps[t[v-1].lower()] {
		return -1
	}
	for k := v - 2; k >= 0 && k >= v-8; k-- {
		w := t[k].lower()
		if preventVerbs[w] {
			return k
		}
		if clauseEdges[w] || w == "," || isFinite(t[k].Tag) && !auxiliary(t[k].Text) {
			return -1
		}
	}
	return -1
}

// prerequisiteNouns name what must come first for an act, which has not
// happened: "a condition for starting talks".
var prerequisiteNouns = lexicon.Class("prerequisiteNouns")

// prerequisiteOf reports an act at v that a prerequisite is for:
//
//	PREREQUISITE-NOUN for [VBG] [DET|ADJ|NOUN]* ACT     "a condition for starting talks with Serbia"
func (c *eventCtx) prerequisiteOf(v int) bool {
	t := c.t
	k := v - 1
	for k >= 0 && (determiners[t[k].lower()] || t[k].Tag == "JJ" || t[k].Tag == "NN" && !isCap(t[k].Text)) {
		k-- // "for new peace talks"
	}
	if k >= 0 && t[k].Tag == "VBG" {
		k-- // "for starting talks"
	}
	return k >= 1 && purposePreps[t[k].lower()] && prerequisiteNouns[t[k-1].lower()]
}

// necessityAdjectives say that an act is needed, not that it is done:
// "it is essential for Peru to sign".
var necessityAdjectives = lexicon.Class("necessityAdjectives")

// necessaryFor reports an infinitive at v that an adjective of necessity
// asks of its subject after "for":
//
//	NECESSITY-ADJ for SUBJECT to VERB
//
// "it is essential for all the authorities involved to contribute": what
// is needed, not done.
func (c *eventCtx) necessaryFor(v int) bool {
	t := c.t
	if v < 4 || t[v].Tag != "VB" || !infinitiveMarks[t[v-1].lower()] {
		return false
	}
	for k := v - 2; k >= 1 && k >= v-8; k-- {
		w := t[k].lower()
		if purposePreps[w] {
			return necessityAdjectives[t[k-1].lower()]
		}
		if participle := (t[k].Tag == "VBN" || t[k].Tag == "VBG") && strings.HasPrefix(t[k-1].Tag, "NN"); strings.HasPrefix(t[k].Tag, "VB") && !participle || clauseBreaks[w] || w == "," {
			return false // but "the authorities involved": a participle of the subject's
		}
	}
	return false
}
