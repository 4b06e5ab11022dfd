package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Denials: an event told in a that-clause that its verb denies, or whose
// verb is negated, is negated.
//
//	deny-verb [that] ... V               "Iran denied (that) its navy had seized the ship"
//	not ... verb that ... V              "the move did not mean that Russia had cut its ties"
//	(deny|reject)-verb CLAIM that ... V  "rejected claims that Britain had joined an attack"
//	not ... verb V-ing                   "insisted it did not mean recognising Cyprus"

var (
	denyVerbs   = lexicon.Class("denyVerbs")
	rejectVerbs = lexicon.Class("rejectVerbs")
	thatWords   = lexicon.Class("thatWords")
	haveDoForms = lexicon.Class("haveDoForms")
)

// deniedClause reports whether the verb at v is in a that-clause whose
// verb denies it ("Iran denied that its navy had seized the ship") or is
// negated itself ("the move did not mean that Russia had cut its ties").
func (c *eventCtx) deniedClause(v int) bool {
	t := c.t
	for j, n := v-1, 0; j >= 1 && n < 12; j, n = j-1, n+1 {
		jw := t[j].lower()
		if thatWords[jw] {
			p := j - 1
			for p >= 0 && t[p].Tag == "RB" {
				p--
			}
			if p >= 0 && claimNouns[t[p].lower()] {
				// "rejected claims that Britain is preparing to join an
				// attack": what the rejected claim says
				q := p - 1
				for q >= 0 && (modifiesNoun(t[q]) || nounModifierWord(t[q]) || actorAt(c.acts, q) >= 0) {
					q-- // "denied a Kabul government statement that"
				}
				return q >= 0 && (denyVerbs[t[q].lower()] || rejectVerbs[t[q].lower()])
			}
			if p < 0 || !strings.HasPrefix(t[p].Tag, "VB") {
				return false
			}
			if denyVerbs[t[p].lower()] {
				return true
			}
			for q := p - 1; q >= 0 && q >= p-3; q-- {
				if negations[t[q].lower()] {
					return true
				}
			}
			return false
		}
		if denyVerbs[jw] && j < v-1 && c.finiteClause(v) {
			return true // "Iran denied it attacked Iraq": a denied clause with no "that"
		}
		if clauseEdges[jw] || t[j].Tag == "MD" || strings.HasPrefix(t[j].Tag, "VB") && !c.auxiliary(j) && !c.claimBefore(j) {
			return false
		}
	}
	return false
}

// claimBefore reports a claim noun and "that" before the verb at k in its
// clause, past other verbs: the clause a claim says may hold several
// ("claims that Britain is preparing to join").
func (c *eventCtx) claimBefore(k int) bool {
	t := c.t
	for j := k - 1; j >= 1 && j >= k-8; j-- {
		w := t[j].lower()
		if thatWords[w] {
			return claimNouns[t[j-1].lower()]
		}
		if clauseEdges[w] {
			return false
		}
	}
	return false
}

// finiteClause reports a verb at v that is finite, or a participle after
// a finite auxiliary ("had seized"): the verb of a clause of its own.
func (c *eventCtx) finiteClause(v int) bool {
	return isFinite(c.t[v].Tag) || v > 0 && (c.auxiliary(v-1) || c.t[v-1].Tag == "MD") && isFinite(c.t[v-1].Tag)
}

// auxiliary reports whether token k is a form of be, have or do before
// the verb of its clause: "had seized", "was attacked".
func (c *eventCtx) auxiliary(k int) bool {
	return beForms[c.t[k].lower()] || haveDoForms[c.t[k].lower()]
}

// negatedGerund reports a gerund at v that is the object of a negated verb
// just before it, which says it is not done: "did not mean recognising
// Cyprus", "does not involve sending troops". A verb that ends or denies
// the act turns it again ("did not stop attacking", "did not deny
// supplying"), and is left alone.
//
//	not [RB] VB V-ing
func (c *eventCtx) negatedGerund(v int) bool {
	t := c.t
	if v < 2 || t[v].Tag != "VBG" || !strings.HasPrefix(t[v-1].Tag, "VB") || c.auxiliary(v-1) {
		return false
	}
	if w := t[v-1].lower(); negatingVerbs[w] || denyVerbs[w] {
		return false
	}
	for q := v - 2; q >= 0 && q >= v-4; q-- {
		if negations[t[q].lower()] {
			return true
		}
		if !(t[q].Tag == "RB" || c.auxiliary(q)) {
			return false
		}
	}
	return false
}
