package extract

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Labelling: who calls another a partner praises them, who calls another a
// threat criticizes them.
//
//	labelVerb ACTOR [as] [a|an|the] [ADJ ...] NOUN
//	labelVerb [OWNER] [ADJ|NOUN]* TITLE [, NAME ,] as [a|an|the] [ADJ ...] NOUN
//	labelVerb OWNER 's ACT-NOUN [as] [a|an] [ADJ ...] NOUN|ADJ         (the act's owner: "described Gazprom's decision as")
//	labelVerb the (NATIONALITY|COUNTRY) [ADJ]* ACT-NOUN [as] ... NOUN|ADJ (the state: "called the Chilean measures illegal", "the U.S. measures")
//	labelVerb the [ADJ]* ACT-NOUN [as] [a|an] [ADJ ...] NOUN|ADJ      (the act's doers, told before in the sentence)
//	speechVerb [that] the [ADJ]* ACT-NOUN BE [a|an] [ADJ ...] NOUN|ADJ (the same: "said the attack was unacceptable")
//	  NOUN a praiseLabel    -> praise (CAMEO 051)
//	  NOUN a blameLabel     -> criticize (CAMEO 111)
//
// Example: "The Kenyan foreign minister described Somalia as a partner for
// peace": Kenya praises Somalia; "Iran expelled two British diplomats,
// and the Foreign Office called the expulsions unjustified": Britain
// criticizes Iran. An act told in another sentence names no one.

// labelVerbs give their object a name ("described X as", "branded X");
// praiseLabels and blameLabels are the names that praise or blame whom
// they are given to; giving one is praise, or criticism (criticized).
var (
	labelVerbs   = lexicon.Class("labelVerbs")
	praiseLabels = lexicon.Class("praiseLabels")
	blameLabels  = lexicon.Class("blameLabels")
	praised      = verbEntry{action: "praise", code: "051"}
)

// labels finds the events of naming an actor with a praising or a blaming
// label in sentence si.
func (x *Extractor) labels(doc *Document, si int, ctx *eventCtx) []Event {
	t := ctx.t
	var out []Event
	for v := range t {
		if v+1 >= len(t) {
			continue
		}
		var targets []string
		var k int
		switch {
		case labelVerbs[t[v].lower()]:
			targets, k = ctx.labelled(v)
		case speechVerbs[t[v].lower()] && isFinite(t[v].Tag):
			targets, k = ctx.actSaidToBe(v)
		}
		if len(targets) == 0 {
			continue
		}
		for k < len(t) && (asWords[t[k].lower()] || determiners[t[k].lower()] || isQuoteMark(t[k].Text)) {
			k++ // "called the expulsion \"an unfriendly step\""
		}
		p := labelAt(t, k)
		if p.action == "" {
			continue
		}
		if ev, ok := x.saidEvent(doc, si, ctx, v, k, p, ctx.subjectOf(v), targets); ok {
			out = append(out, ev)
		}
	}
	return out
}

// shellActNouns name an act without saying which ("decision");
// shellClaimNouns an act done by saying ("claim"): after an owner's
// possessive, the owner's act that a label is given to.
var (
	shellActNouns   = lexicon.Class("shellActNouns")
	shellClaimNouns = lexicon.Class("shellClaimNouns")
)

// labelAt is the act of giving the label at k, or an adjective before it
// that is one ("a terrorist group", "a reliable partner"): praise or
// criticism; none when the words name neither.
func labelAt(t []Token, k int) verbEntry {
	for ; k < len(t); k++ {
		switch w := t[k].lower(); {
		case praiseLabels[w]:
			return praised
		case blameLabels[w]:
			return criticized
		case t[k].Tag == "NN" && k+2 < len(t) && ofWords[t[k+1].lower()]:
			k++ // "an act of terrorism", "a form of blackmail": the label is what it is an act of
		case t[k].Tag != "JJ" && t[k].Tag != "RB":
			return verbEntry{}
		}
	}
	return verbEntry{}
}

// actSaidToBe finds, after a speech verb at v, an act told before in its
// sentence that the reported clause gives a label, and the token after
// its verb of being, where the label's words begin:
//
//	SPEECH-VERB [that] the [ADJ]* ACT-NOUN (is|was|had been|...) LABEL     "Chirac said the attack was unacceptable"
//
// The label is given to the act's doers; nil when the clause is no such one.
func (c *eventCtx) actSaidToBe(v int) ([]string, int) {
	t := c.t
	start := v + 1
	if start < len(t) && thatWords[t[start].lower()] {
		start++
	}
	if start >= len(t) || !definiteEventWords[t[start].lower()] {
		return nil, 0
	}
	k := objectNounAt(t, start) + 1
	j := k
	for j < len(t) && j < k+3 && (beForms[t[j].lower()] || haveForms[t[j].lower()] || t[j].Tag == "MD") {
		j++
	}
	if j == k || !beForms[t[j-1].lower()] {
		return nil, 0
	}
	doers := c.reactedDoers(start)
	if slices.ContainsFunc(doers, func(d string) bool { return c.ownState(c.subjectOf(v), d) }) {
		return nil, 0 // "France responded by destroying ... Chirac said the attack was unacceptable": no attack of his own state's
	}
	return doers, j
}

// ownedActAt reports a noun at n that names an act its owner did, which
// a label is given to: an act named without saying which ("decision"),
// one done by saying ("claim"), or an event ("attack").
func (c *eventCtx) ownedActAt(n int) bool {
	if n >= len(c.t) {
		return false
	}
	w := c.t[n].lower()
	return shellActNouns[w] || shellClaimNouns[w] || c.eventNounAt(n)
}

// labelled finds whom the label verb at v names and the token after them,
// where the label's words begin: an actor right after the verb, or the
// party its object phrase names, past a title and a name in apposition,
// when "as" follows the phrase ("described its leader, Mohamed Hamdan
// Dagalo, as a criminal"). nil when it names none.
func (c *eventCtx) labelled(v int) ([]string, int) {
	t := c.t
	if a := actorAt(c.acts, v+1); a >= 0 && c.acts[a].a == v+1 {
		if b := c.acts[a].b; b+1 < len(t) && isPossessive(t[b].Text) {
			if n := objectNounAt(t, b+1); c.ownedActAt(n) {
				return []string{c.acts[a].key}, n + 1 // "described Gazprom's decision as an act of terrorism": Gazprom's act
			}
		}
		if k := c.pastOffice(c.acts[a].b); k > c.acts[a].b {
			if b := actorAt(c.acts, k+1); k+1 < len(t) && t[k].Text == "," && b >= 0 && c.acts[b].a == k+1 && c.acts[b].typ == Person && c.closesPhrase(c.acts[b].b) {
				return []string{c.acts[b].key}, c.acts[b].b + 1 // "described Chile's president, Ana Ruiz, as"
			}
			return c.resolveHolder(a, []string{c.acts[a].key}), k // "branded Chile's president a criminal"
		}
		return c.coordinated(a, 1), c.acts[a].b
	}
	if j := v + 1; definite[t[j].lower()] && j+1 < len(t) {
		// "called the Chilean measures illegal": the act of the state its
		// nationality names
		if a := actorAt(c.acts, j+1); a >= 0 && c.acts[a].a == j+1 && c.acts[a].typ == Country && !c.acts[a].capital {
			if n := objectNounAt(t, c.acts[a].b); c.ownedActAt(n) {
				return []string{c.acts[a].key}, n + 1
			}
		}
	}
	if doers := c.reactedDoers(v + 1); len(doers) > 0 {
		// "Iran expelled two diplomats, and Britain called the expulsions
		// unjustified": the act named again, whose doers the label is given to
		return doers, objectNounAt(t, v+1) + 1
	}
	targets := c.objectAfter(v+1, 6)
	if len(targets) == 0 {
		return nil, 0
	}
	for k := v + 1; k < len(t) && k < v+14; k++ {
		w := t[k].lower()
		if asWords[w] {
			return targets, k
		}
		if isVerb(t, k) || clauseBreaks[w] || t[k].Tag == "." {
			break
		}
	}
	return nil, 0
}
