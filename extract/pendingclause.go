package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A verb in the present tense in a clause of time tells an act still to
// come, when the sentence is no headline (whose present tells the past):
//
//	(until|till) SUBJECT [RB]* VERB-VBP|VBZ                  hypothetical
//	(when|once|after|before) SUBJECT [RB]* VERB-VBP|VBZ      future
//
// "has demanded that Beijing stop work until the two sides reach an
// agreement": no agreement yet, and none promised; "said he would raise
// the issue when the two meet in Kyoto next month": a meeting to come.

// untilWords open a clause of time that an act waits on; pendingWords one
// that places an act in the time it names.
var (
	untilWords   = lexicon.Class("untilWords")
	pendingWords = lexicon.Class("pendingWords")
)

// timeClause is the word that opens the clause of time whose present
// verb is at v, or "" when v is no present verb of such a clause.
func (c *eventCtx) timeClause(v int) string {
	t := c.t
	if c.headline || t[v].Tag != "VBP" && t[v].Tag != "VBZ" {
		return ""
	}
	k := v - 1
	for k >= 0 && t[k].Tag == "RB" {
		k--
	}
	for n := 0; k >= 0 && n < 8; k, n = k-1, n+1 {
		w := t[k].lower()
		if untilWords[w] || pendingWords[w] {
			return w
		}
		if !subjectWord(t[k]) && actorAt(c.acts, k) < 0 {
			return ""
		}
	}
	return ""
}

// subjectWord reports a token that may stand in a clause's subject before
// its verb: a noun, a name, a pronoun, a determiner, a number, an
// adjective or a possessive.
func subjectWord(tok Token) bool {
	switch tok.Tag {
	case "DT", "PDT", "PRP", "PRP$", "CD", "JJ", "POS":
		return true
	}
	return strings.HasPrefix(tok.Tag, "NN")
}

// pendingHypothetical reports a verb at v in a clause an act waits on:
// "until the two sides reach an agreement".
func (c *eventCtx) pendingHypothetical(v int) bool { return untilWords[c.timeClause(v)] }

// pendingFuture reports a verb at v in a clause of time to come: "when
// the two meet next month".
func (c *eventCtx) pendingFuture(v int) bool { return pendingWords[c.timeClause(v)] }
