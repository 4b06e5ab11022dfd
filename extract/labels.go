package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Labelling: who calls another a partner praises them, who calls another a
// threat criticizes them.
//
//	labelVerb ACTOR [as] [a|an|the] [ADJ ...] NOUN
//	labelVerb [OWNER] [ADJ|NOUN]* TITLE [, NAME ,] as [a|an|the] [ADJ ...] NOUN
//	labelVerb the [ADJ]* ACT-NOUN [as] [a|an] [ADJ ...] NOUN|ADJ      (the act's doers, told before)
//	  NOUN a praiseLabel    -> praise (CAMEO 051)
//	  NOUN a blameLabel     -> criticize (CAMEO 111)
//
// Example: "The Kenyan foreign minister described Somalia as a partner for
// peace": Kenya praises Somalia; "Iran expelled two British diplomats.
// The Foreign Office called the expulsions unjustified": Britain
// criticizes Iran.

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
		if !labelVerbs[t[v].lower()] || v+1 >= len(t) {
			continue
		}
		targets, k := ctx.labelled(v)
		if len(targets) == 0 {
			continue
		}
		for k < len(t) && (asWords[t[k].lower()] || determiners[t[k].lower()] || isQuoteMark(t[k].Text)) {
			k++ // "called the expulsion \"an unfriendly step\""
		}
		// the label, or an adjective before it that is one: "a terrorist
		// group", "a reliable partner"
		var p verbEntry
		for ; k < len(t) && p.action == ""; k++ {
			switch w := t[k].lower(); {
			case praiseLabels[w]:
				p = praised
			case blameLabels[w]:
				p = criticized
			case t[k].Tag != "JJ":
				k = len(t)
			}
		}
		if p.action == "" {
			continue
		}
		if ev, ok := x.saidEvent(doc, si, ctx, v, k, p, ctx.subjectOf(v), targets); ok {
			out = append(out, ev)
		}
	}
	return out
}

// labelled finds whom the label verb at v names and the token after them,
// where the label's words begin: an actor right after the verb, or the
// party its object phrase names, past a title and a name in apposition,
// when "as" follows the phrase ("described its leader, Mohamed Hamdan
// Dagalo, as a criminal"). nil when it names none.
func (c *eventCtx) labelled(v int) ([]string, int) {
	t := c.t
	if a := actorAt(c.acts, v+1); a >= 0 && c.acts[a].a == v+1 {
		if k := c.pastOffice(c.acts[a].b); k > c.acts[a].b {
			if b := actorAt(c.acts, k+1); k+1 < len(t) && t[k].Text == "," && b >= 0 && c.acts[b].a == k+1 && c.acts[b].typ == Person && c.closesPhrase(c.acts[b].b) {
				return []string{c.acts[b].key}, c.acts[b].b + 1 // "described Chile's president, Ana Ruiz, as"
			}
			return c.resolveHolder(a, []string{c.acts[a].key}), k // "branded Chile's president a criminal"
		}
		return c.coordinated(a, 1), c.acts[a].b
	}
	if doers := c.reactedDoers(v + 1); len(doers) > 0 {
		// "called the expulsions unjustified", "called the move blackmail":
		// the act named again, whose doers the label is given to
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
