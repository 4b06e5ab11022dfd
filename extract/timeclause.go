package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A clause of time after the main clause that has no subject of its own
// is done by the main clause's subject:
//
//	SUBJ VERB ... OPENER [being|having] VBG ...        (a gerund)
//	SUBJ VERB ... OPENER [DET|ADJ]* EVENT-NOUN ...     (a meeting or visit)
//	SUBJ VERB ... OPENER he|she VERB ...               (SUBJ the one person before the pronoun)
//	SUBJ, PARTICIPLE ... OPENER ..., VERB              (the clause inside the subject's participle)
//	PARTICIPLE ... OPENER ..., SUBJ VERB               (the clause inside an opening participle)
//
// "Tsang spoke to reporters after meeting Bill Birch": Tsang meets Birch.
// "Chirac left Paris after talks with Kohl": Chirac talks with Kohl.
//
// A clause of time with a subject of its own names who did an act of
// violence that the main clause tells in the passive with no agent:
//
//	TARGET be VBN ... (when|as) AGENT VERB ...
//
// "Two soldiers were wounded when Palestinian militants fired mortars":
// the militants wound them (whenSubject).

// timeOpeners open a clause or phrase of time: "after meeting",
// "during talks with".
var timeOpeners = lexicon.Class("timeOpeners")

// gerundAuxiliaries stand before a gerund's verb: "after being attacked",
// "after having met".
var gerundAuxiliaries = lexicon.Class("gerundAuxiliaries")

// timeOpenerBefore is the opener of a clause of time whose first word
// after it, skipping the auxiliaries of a gerund, is token v; -1 when v
// opens no such clause.
func (c *eventCtx) timeOpenerBefore(v int) int {
	t := c.t
	k := v - 1
	for k >= 0 && gerundAuxiliaries[t[k].lower()] {
		k-- // "after being attacked", "after having met"
	}
	if k >= 1 && (periodNouns[t[k].lower()] && t[k-1].Tag == "JJ" || isDateWord(t[k].Text)) {
		// "after last year signing a deal", "after on Monday meeting":
		// the time of the gerund's act, between it and its opener
		k--
		for k >= 1 && (t[k].Tag == "JJ" || t[k].Tag == "IN" && !timeOpeners[t[k].lower()]) {
			k--
		}
	}
	if k < 0 || !timeOpeners[t[k].lower()] || t[k].Tag != "IN" && t[k].Tag != "WRB" {
		return -1
	}
	return k
}

// timeClauseSubject is the subject of the main clause that a clause of
// time opened at token k belongs to: the subject of the nearest finite
// verb before k in the same clause; inside a participle phrase, the
// phrase's subject (the name before it, or after an opening one the main
// clause's subject); nil otherwise.
func (c *eventCtx) timeClauseSubject(k int) []string {
	t := c.t
	for f := k - 1; f >= 0; f-- {
		if clauseBreaks[t[f].lower()] {
			return nil
		}
		if isFinite(t[f].Tag) && actorAt(c.acts, f) < 0 && !(isPossessive(t[f].Text) && f > 0 && strings.HasPrefix(t[f-1].Tag, "NN")) {
			return c.subjectOf(f) // not the "'s" of "the BBC's programme"
		}
		if t[f].Text == "," && f+1 < k && (participle(t[f+1].Tag) || ingForm(t[f+1])) {
			// "Jack Straw, speaking after talks with Li, said": the
			// participle's, which is the name's before it
			if a := actorAt(c.acts, f-1); a >= 0 && c.acts[a].b == f {
				return c.resolveHolder(a, c.coordinated(a, -1))
			}
			return nil
		}
	}
	if start := datelineEnd(t); start < k && participle(t[start].Tag) {
		return c.subjectAfterComma(k) // "Speaking after talks with Li, Jack Straw said"
	}
	return nil
}

// participle reports a present or past participle's tag.
func participle(tag string) bool { return tag == "VBG" || tag == "VBN" }

// ingForm reports a lower-case word in -ing that the tagger took for a
// noun, as it may a participle that opens a phrase ("Straw, speaking
// after talks with Li, said").
func ingForm(tok Token) bool {
	return tok.Tag == "NN" && strings.HasSuffix(tok.Text, "ing") && !isCap(tok.Text)
}

// gerundTimeSubject is who does the gerund at v that opens a clause of
// time after the main clause: "told reporters after meeting Birch".
func (c *eventCtx) gerundTimeSubject(v int) []string {
	if c.t[v].Tag != "VBG" && c.t[v].Tag != "VBN" {
		return nil
	}
	k := c.timeOpenerBefore(v)
	if k < 0 || k == v-1 && c.t[v].Tag == "VBN" {
		return nil // "after wounded soldiers": an adjective
	}
	return c.timeClauseSubject(k)
}

// nounTimeSubject is who holds the meeting or makes the visit that the
// event noun at v names in a phrase of time after the main clause: "left
// Paris after talks with Kohl". Acts of other kinds ("condemned Israel
// after an attack on Gaza") may well be another's and are left alone.
func (c *eventCtx) nounTimeSubject(v int, p verbEntry) []string {
	if !mutual(p) && p.code[:2] != consultRoot {
		return nil
	}
	k := v - 1
	for k >= 0 && modifiesNoun(c.t[k]) && c.t[k].Tag != "PRP$" {
		k--
	}
	if k < 0 || !timeOpeners[c.t[k].lower()] || c.t[k].Tag != "IN" && c.t[k].Tag != "VBG" {
		return nil
	}
	for j := v + 1; j < len(c.t); j++ {
		w := c.t[j].lower()
		if clauseBreaks[w] || w == "," || relativePronouns[w] {
			break
		}
		if isFinite(c.t[j].Tag) {
			return nil // the noun is a clause's subject: "after a visit to Nigeria was called off"
		}
	}
	return c.timeClauseSubject(k)
}

// consultRoot is the CAMEO root of meetings, visits and negotiations.
const consultRoot = "04"

// pronounTimeSubject is the person a subject pronoun "he" or "she" at k
// that opens a clause of time, or a relative clause of place ("Cairo,
// where he met Mubarak"), stands for: the main clause's subject when it is
// one person and no other person is named before the pronoun ("Chirac
// criticised Kohl after he met Yeltsin" is left alone), or, when the main
// clause has no actor for subject, the one person named before it ("The
// highway has been held by Dostum since he began fighting").
func (c *eventCtx) pronounTimeSubject(k int) []string {
	t := c.t
	w := t[k].lower()
	if k < 1 || !personPronouns[w] || !timeOpeners[t[k-1].lower()] && !relativeAdverbs[t[k-1].lower()] {
		return nil
	}
	keys := c.timeClauseSubject(k - 1)
	if len(keys) > 0 && (len(keys) != 1 || c.typeOf(keys[0]) != Person) {
		return nil
	}
	for _, a := range c.acts {
		if a.a >= k || a.typ != Person || len(keys) == 1 && a.key == keys[0] {
			continue
		}
		if len(keys) == 1 && a.key != keys[0] {
			return nil // another person it may be
		}
		keys = []string{a.key}
	}
	if len(keys) != 1 {
		return nil
	}
	return keys
}

// whenSubject finds the subject of a "when" clause after token end, if it
// names an actor right away: "when Palestinian militants fired".
func (c *eventCtx) whenSubject(end int) []string {
	for k := end; k < len(c.t) && k < end+8; k++ {
		w := c.t[k].lower()
		if whenWords[w] || asWords[w] && k+1 < len(c.t) && !strings.HasPrefix(c.t[k+1].Tag, "VB") {
			for j := k + 1; j < len(c.t) && j < k+4; j++ {
				if a := actorAt(c.acts, j); a >= 0 && !c.acts[a].modifier {
					if b := c.acts[a].b; b < len(c.t) && (strings.HasPrefix(c.t[b].Tag, "VB") || groupNouns[c.t[b].lower()] || strings.HasPrefix(c.t[b].Tag, "NN")) {
						return c.coordinated(a, 1)
					}
					return nil
				}
			}
			return nil
		}
		if clauseBreaks[w] || w == "." {
			return nil
		}
	}
	return nil
}
