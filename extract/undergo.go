package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// An act named by a noun that the subject undergoes is done to the
// subject by the one the noun's "from" or "by" names:
//
//	SUBJ UNDERGO-VERB [DET|ADJ]* EVENT-NOUN (from|by) AGENT
//	SUBJ UNDERGO-VERB the [ADJ]* EVENT-NOUN of AGENT
//	SUBJ VERB under [DET|ADJ]* EVENT-NOUN (from|by) AGENT
//	SUBJ RESIST-VERB [DET|ADJ]* EVENT-NOUN by AGENT
//
// "Chile faced criticism from Peru", "Ukraine came under attack from
// Russia", "Chile won the full support of Peru": Peru criticizes Chile,
// Russia attacks Ukraine, Peru supports Chile. Only the definite noun
// takes its author after "of": "received approval of the plan" names what
// was approved. "The KDP repelled an attack by PUK fighters": the PUK
// attacks the KDP. What the noun offers or asks may come between it and
// its author: "received an invitation to visit Chile from King Luis".

// undergoVerbs take as object an act done to their subject.
var undergoVerbs = lexicon.Class("undergoVerbs")

// underWords put their subject under an act: "came under attack".
var underWords = lexicon.Class("underWords")

// undergone returns, for the event noun at v whose words end at end, who
// does the act (after "from" or "by") and to whom (the subject of the
// verb that undergoes it); false when the noun is no act undergone.
func (c *eventCtx) undergone(v, end int) (agents, targets []string, ok bool) {
	t := c.t
	if end >= len(t) || !eventNoun(t[end-1].lower()) {
		return nil, nil, false
	}
	end = c.pastOfferedAct(end)
	of := ofWords[t[end].lower()]
	if !authorPreps[t[end].lower()] && !of {
		return nil, nil, false
	}
	k := v - 1
	for k >= 0 && (t[k].Tag == "JJ" || t[k].Tag == "CD" || t[k].Tag == "$" || determiners[t[k].lower()] || negations[t[k].lower()]) {
		if of && !definite[t[k].lower()] && (determiners[t[k].lower()] || negations[t[k].lower()]) {
			return nil, nil, false // "won a share of Peru's market", "got no support of"
		}
		if of && definite[t[k].lower()] {
			of = false // "won the support of Peru": the author, as after "from"
		}
		k-- // "secured a $10bn loan from", "received no support from"
	}
	if of {
		return nil, nil, false // "received approval of the plan": what was approved
	}
	if j := sumBefore(t, k); j >= 0 {
		k = j - 1 // "receives $3.8bn in military aid from"
		if k >= 0 && (t[k].Tag == "RB" || t[k].Tag == "IN") && !authorPreps[t[k].lower()] {
			k-- // "received about $3.8bn in"
		}
	}
	if k >= 1 && underWords[t[k].lower()] {
		k-- // "came under attack from"
	} else if k < 0 || !undergoVerbs[t[k].lower()] {
		return nil, nil, false
	}
	if k < 0 || !strings.HasPrefix(t[k].Tag, "VB") {
		return nil, nil, false
	}
	agents, targets = c.objectAfter(end+1, 4), c.subjectOf(k)
	if len(targets) == 0 {
		targets = c.trailingParticipleSubject(k, true) // "sentenced Nour, drawing criticism from Washington"
	}
	return agents, targets, len(agents) > 0 && len(targets) > 0
}

// pastOfferedAct is where the author's preposition stands past the
// infinitive that says what an offer, invitation or request whose words
// end at end offers or asks (offeredNouns), in the same clause: "an
// invitation to visit Chile from King Luis". end itself when no
// infinitive opens there or no author's preposition follows it.
//
//	EVENT-NOUN to VERB ... (from|by) AGENT
func (c *eventCtx) pastOfferedAct(end int) int {
	t := c.t
	if end+1 >= len(t) || !offeredNouns[t[end-1].lower()] || !infinitiveMarks[t[end].lower()] || t[end+1].Tag != "VB" {
		return end // but "under pressure to withdraw its troops from Lebanon": from where, no one's pressure
	}
	for k := end + 2; k < len(t) && k < end+8; k++ {
		w := t[k].lower()
		if authorPreps[w] {
			return k
		}
		if clauseBreaks[w] || w == "," || isVerb(t, k) {
			break
		}
	}
	return end
}

// sumBefore is where the sum of money ends at the preposition at k
// starts ("$3.8bn in military aid": the noun's amount), or -1.
//
//	SUM (in|of) [ADJ]* EVENT-NOUN
func sumBefore(t []Token, k int) int {
	if k < 1 || t[k].Tag != "IN" || authorPreps[t[k].lower()] {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if isSum(t, j) && sumEnd(t, j+1) == k {
			return j
		}
	}
	return -1
}

// undergoesNoun reports an undergoing verb at v whose object is an event
// noun: the noun tells the act ("received support from Iran", "drew
// criticism"), the verb none of its own.
func (c *eventCtx) undergoesNoun(v int) bool {
	t := c.t
	if !undergoVerbs[t[v].lower()] {
		return false
	}
	k := v + 1
	if k < len(t) && negations[t[k].lower()] {
		k++ // "received no support from"
	}
	if k < len(t) && isSum(t, k) {
		if e := sumEnd(t, k+1); e < len(t) && t[e].Tag == "IN" && !authorPreps[t[e].lower()] {
			k = e + 1 // "receives $3.8bn in military aid"
		}
	}
	k = modifiersAfter(t, k)
	return k < len(t) && eventNoun(t[k].lower())
}

// resistVerbs take as object an act done to their subject, which the
// subject withstands: "repelled an attack by", "survived an assassination
// attempt by".
var resistVerbs = lexicon.Class("resistVerbs")

// resisted is whom the act named by the noun at v is done to when the
// noun is the object of a verb of resisting: the verb's subject.
//
//	SUBJ RESIST-VERB [DET|ADJ]* EVENT-NOUN by AGENT
//
// "The KDP said it had repelled an attack by PUK fighters": the PUK
// attacks the KDP. nil otherwise.
func (c *eventCtx) resisted(v int) []string {
	g := c.governingVerb(v)
	if g < 0 || !resistVerbs[c.t[g].lower()] {
		return nil
	}
	return c.subjectOf(g)
}
