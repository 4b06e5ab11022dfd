package extract

// An act its doer's possessive owns, as a clause's subject, is the doer's
// doing: the possessor does what the clause says the act did.
//
//	OWNER 's [ADJ|NUM]* EVENT-NOUN [PREP ...] VERB     the owner
//
// "The EU's sanctions targeted two conglomerates": the EU targets them;
// "Russia's strikes in March killed 12 soldiers". The words between the
// noun and the verb are one phrase after a preposition, with no actor,
// verb or comma: "the bloc's last round of sanctions in April targeted".

// ownedActWords is the most words an owned act's phrase runs to after
// its noun.
const ownedActWords = 5

// ownedAct reports that tokens [i, v) after a possessive are an act its
// owner did, the subject of the verb at v.
func (c *eventCtx) ownedAct(i, v int) bool {
	t := c.t
	k := i
	for k < v && k < i+3 && (t[k].Tag == "JJ" || t[k].Tag == "CD" || t[k].Tag == "VBN" && !isCap(t[k].Text)) {
		k++ // "last", "two", "renewed"
	}
	n := -1 // the act's noun: the first, or one after "of" ("round of sanctions")
	for ; k < v && k < i+6; k++ {
		if c.eventNounAt(k) {
			n = k
			break
		}
		if !(t[k].Tag == "NN" || t[k].Tag == "NNS") || isCap(t[k].Text) || k+1 >= v || !ofWords[t[k+1].lower()] {
			return false
		}
		k++ // "round of": past "of"
	}
	if n < 0 || v-n-1 > ownedActWords {
		return false
	}
	for j := n + 1; j < v; j++ {
		if j == n+1 && t[j].Tag != "IN" || actorAt(c.acts, j) >= 0 || isVerb(t, j) || t[j].Text == "," || clauseBreaks[t[j].lower()] {
			return false
		}
	}
	return true
}
