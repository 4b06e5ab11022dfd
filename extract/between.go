package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A symmetric act named by a noun is done between the parties the words
// after the noun name, one event for each pair of them:
//
//	NOUN (between|among|involving) PARTY and PARTY
//	NOUN of PARTY , PARTY and PARTY
//	NOUN (broke out|erupted|...) [on DAY] between PARTY and PARTY
//	NOUN (is|was|...) (under way|underway|ongoing) between PARTY and PARTY
//	NOUN , (attended by|which brought together) PARTY and PARTY
//
// "Talks between Israel and Syria resumed": Israel and Syria talk;
// "fighting broke out on Saturday between Sudan's army and the RSF".

// gerundBetween reports a word in -ing that the parties of its act
// follow, which names the act as a noun does when the act is one they do
// together: "Fighting between Sudan and Chad killed 20", "heavy fighting
// among the factions"; but "mediating between Israel and Hamas" is done
// to them by another.
func gerundBetween(t []Token, i int) bool {
	return t[i].Tag == "VBG" && i+1 < len(t) && betweenPreps[t[i+1].lower()]
}

// betweenEvents reads a symmetric act named by the noun at v and the
// parties partiesAfter found: "talks between Israel and Syria", "clashes
// between Indian and Chinese troops". Acts called off or put off did not
// happen.
func (x *Extractor) betweenEvents(doc *Document, si int, ctx *eventCtx, v, end int, parties []string, p verbEntry) []Event {
	if len(parties) < 2 || ctx.hypothetical(v) || ctx.calledOff(end) || ctx.offObject(v) {
		return nil
	}
	modality := Asserted
	if ctx.future(v) || ctx.futureAfter(end) {
		modality = Future
	}
	// "No deal was signed between Chile and Peru", "no talks between"
	negated := ctx.noneSubject(v) || !strings.HasPrefix(ctx.t[v].Tag, "VB") && ctx.noneNamed(v, end, true)
	out := ctx.pairEvents(x.newEvent(doc, si, ctx, end, p, negated, modality), parties, si, v, false)
	if !negated {
		out = append(out, x.mediations(doc, si, ctx, v, end, p, modality, parties)...) // "the Qatar-mediated talks between"
	}
	return out
}

// futureAfter reports a future tense in the clause after a noun at end:
// "talks between X and Y will resume", "are expected to begin".
func (c *eventCtx) futureAfter(end int) bool {
	return c.clauseHas(end, func(k int, w string) bool {
		return futureMarks[w] || scheduleWords[w] && k+1 < len(c.t) && infinitiveMarks[c.t[k+1].lower()]
	})
}

// partiesAfter reads the parties of a symmetric act named by the noun
// before token end, and reports whether end introduces them: "between",
// "among", "involving", "of" before two parties or more ("a meeting of
// Chile, Peru and Bolivia"; not "the meeting of the council"), a verb of
// its onset before "between" ("fighting broke out on Saturday between"),
// or a participle or relative clause that says who took part
// (participantsAt).
func (c *eventCtx) partiesAfter(end int) ([]string, bool) {
	w := c.t[end].lower()
	if betweenPreps[w] {
		return c.objectAfter(end+1, 6), true
	}
	if k := c.onsetEnd(end); k > end && k < len(c.t) && betweenPreps[c.t[k].lower()] {
		if parties := c.objectAfter(k+1, 6); len(parties) >= 2 {
			return parties, true // "fighting broke out on Saturday between Sudan's army and the RSF"
		}
	}
	if ofWords[w] {
		if parties := c.objectAfter(end+1, 6); len(parties) >= 2 {
			return parties, true
		}
	}
	parties := c.participants(end)
	return parties, parties != nil
}

// ongoingWords, and ongoingHeads with ongoingTails, say after a form of
// "be" that an act goes on: "talks are underway", "were under way".
var (
	ongoingWords = lexicon.Class("ongoingWords")
	ongoingHeads = lexicon.Class("ongoingHeads")
	ongoingTails = lexicon.Class("ongoingTails")
)

// onsetVerbs say that an act named before them began, went on or was
// seen; onsetParticles follow them ("broke out"). goingVerbs say it with
// one of goingParticles ("going on").
var (
	onsetVerbs     = lexicon.Class("onsetVerbs")
	onsetParticles = lexicon.Class("onsetParticles")
	goingVerbs     = lexicon.Class("goingVerbs")
	goingParticles = lexicon.Class("goingParticles")
)

// onsetEnd is the token after a verb at k that says the act named before
// it began or went on, with its auxiliaries, its particle, a day named
// after them and a place phrase before "between", or k when none is
// there:
//
//	[AUX]* (broke|erupted|raging|...) [out|up] [on DAY] [in PLACE-PHRASE] between
//	[AUX]* (going|went|...) on ...
//	BE (underway|under way) [on DAY]
//
// "fighting broke out on Saturday between", "fighting has been going on
// in the north between".
func (c *eventCtx) onsetEnd(k int) int {
	t := c.t
	j := k
	for j < len(t) && (haveForms[t[j].lower()] || beForms[t[j].lower()]) {
		j++
	}
	if j > k && j < len(t) && beForms[t[j-1].lower()] {
		if ongoingWords[t[j].lower()] {
			return dayAdverbEnd(t, j+1) // "talks are underway between"
		}
		if j+1 < len(t) && ongoingHeads[t[j].lower()] && ongoingTails[t[j+1].lower()] {
			return dayAdverbEnd(t, j+2) // "negotiations were under way between"
		}
	}
	if j >= len(t) || !strings.HasPrefix(t[j].Tag, "VB") {
		return k
	}
	switch w := t[j].lower(); {
	case onsetVerbs[w]:
		j++
		if j < len(t) && onsetParticles[t[j].lower()] {
			j++
		}
	case goingVerbs[w] && j+1 < len(t) && goingParticles[t[j+1].lower()]:
		j += 2
	default:
		return k
	}
	j = dayAdverbEnd(t, j)
	return c.sceneBefore(j)
}

// sceneBefore is the "between" after a place phrase at k, or k: "raged in
// the north between", "in Peru's border region between". The phrase is a
// preposition of place and up to seven words, no verb or punctuation.
func (c *eventCtx) sceneBefore(k int) int {
	t := c.t
	if k >= len(t) || !placePreps[t[k].lower()] {
		return k
	}
	for m := k + 1; m < len(t) && m <= k+8; m++ {
		if betweenPreps[t[m].lower()] {
			return m
		}
		if strings.HasPrefix(t[m].Tag, "VB") || !isWord(t[m].Text) && !isPossessive(t[m].Text) {
			break
		}
	}
	return k
}

// participantVerbs say who took part in an act named before them, and
// togetherWords may follow them ("brought together").
var (
	participantVerbs = lexicon.Class("participantVerbs")
	togetherWords    = lexicon.Class("togetherWords")
)

// participants are the parties, two or more, that a participle or
// relative clause after an event noun names as taking part, from token k
// on, or its verb past a participle's phrase: ", attended by France and
// Spain", ", which brought together Egypt and Sudan", "bringing together",
// ", hosted by Brazil, brought together", "was attended by"; nil when
// there are none.
func (c *eventCtx) participants(k int) []string {
	t := c.t
	if k < len(t) && t[k].Text == "," {
		k++
	}
	if k < len(t) && t[k].Tag == "VBN" && !participantVerbs[t[k].lower()] {
		// "The talks, hosted by Brazil, brought together": past the
		// participle's phrase to the verb that names who took part
		j := k + 1
		for j < len(t) && j < k+8 && t[j].Text != "," && !participantVerbs[t[j].lower()] && !isFinite(t[j].Tag) {
			j++
		}
		if j < len(t) && t[j].Text == "," {
			j++
		}
		k = j
	}
	if k < len(t) && relativePronouns[t[k].lower()] {
		k++ // ", which brought together"
	}
	if k < len(t) && beForms[t[k].lower()] {
		k++ // "was attended by"
	}
	if k+1 >= len(t) || !participantVerbs[t[k].lower()] {
		return nil
	}
	k++
	if w := t[k].lower(); agentPreps[w] || togetherWords[w] {
		k++ // "attended by", "brought together"
	}
	if k >= len(t) {
		return nil
	}
	if parties := c.objectAfter(k, 2); len(parties) >= 2 {
		return parties
	}
	return nil
}
