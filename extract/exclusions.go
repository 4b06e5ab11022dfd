package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Acts their own words say are not done: a negation before the act's
// noun, or a verb and particle that exclude it, unless that verb is
// itself negated or refused:
//
//	no [ADJ]* EVENT-NOUN                        "received no support from Chile"
//	EXCLUDE-VERB EXCLUDE-PARTICLE ... ACT       "Peru ruled out talks with Chile"
//	not EXCLUDE-VERB EXCLUDE-PARTICLE ... ACT   "did not rule out military strikes": a threat
//
// buildEvents reads an act so excluded as negated, and one whose
// exclusion is denied as not excluded.

// noneNamed reports an act its own words deny with a negation before its
// noun: before a noun that names the act, past the words that modify it,
// or inside a verb's phrase before the phrase's noun.
//
//	no [ADJ]* EVENT-NOUN          "received no support from Chile"
//	VERB no [ADJ]* NOUN (pattern) "held no talks with Brazil"
func (c *eventCtx) noneNamed(v, end int, nominal bool) bool {
	t := c.t
	if nominal {
		k := v - 1
		for k >= 0 && (t[k].Tag == "JJ" || t[k].Tag == "CD") {
			k--
		}
		return k >= 0 && negations[t[k].lower()] && !strings.HasPrefix(t[k].Tag, "VB")
	}
	for k := v + 1; k < end-1 && k < len(t); k++ {
		if negations[t[k].lower()] {
			return true
		}
	}
	return false
}

// noneSubject reports a verb at v whose subject a negation opens, past
// the words that modify its noun:
//
//	no [ADJ|NUMBER]* NOUN+ [AUX|ADV]* VERB
//
// "No deal was signed between Chile and Peru": none was.
func (c *eventCtx) noneSubject(v int) bool {
	t := c.t
	k := beforeAuxiliaries(t, v)
	if k < 0 || !strings.HasPrefix(t[k].Tag, "NN") || actorAt(c.acts, k) >= 0 {
		return false
	}
	for k >= 0 && strings.HasPrefix(t[k].Tag, "NN") && actorAt(c.acts, k) < 0 {
		k--
	}
	for k >= 0 && (t[k].Tag == "JJ" || t[k].Tag == "CD") {
		k--
	}
	return k >= 0 && negations[t[k].lower()] && !strings.HasPrefix(t[k].Tag, "VB")
}

// excludeVerbs and excludeParticles together say an act will not be done:
// "ruled out talks with", "has ruled out paying".
var (
	excludeVerbs     = lexicon.Class("excludeVerbs")
	excludeParticles = lexicon.Class("excludeParticles")
)

// ruledOut reports an act, named by a verb in -ing or by a noun, that is
// the object of a verb and particle excluding it:
//
//	EXCLUDE-VERB EXCLUDE-PARTICLE [DET|ADJ|NOUN]* (VBG | EVENT-NOUN)
//
// "Peru ruled out talks with Chile", "has ruled out paying ransom".
func (c *eventCtx) ruledOut(v int, nominal bool) bool {
	t := c.t
	k := v - 1
	if nominal {
		k = compoundBefore(t, v)
	} else if t[v].Tag != "VBG" {
		return false
	}
	return k >= 1 && excludeParticles[t[k].lower()] && excludeVerbs[t[k-1].lower()]
}

// exclusionDenied reports that the verb excluding the act at v (see
// ruledOut) is itself negated or refused, so that the act is not ruled
// out:
//
//	(not|never) [ADV] EXCLUDE-VERB ... | NEGATING-VERB to EXCLUDE-VERB ...
//
// "did not rule out military strikes", "refused to rule out talks".
func (c *eventCtx) exclusionDenied(v int, nominal bool) bool {
	t := c.t
	k := v - 1
	if nominal {
		k = compoundBefore(t, v)
	}
	for j := k - 2; j >= 0 && j >= k-5; j-- {
		w := t[j].lower()
		switch {
		case negations[w]:
			return true
		case infinitiveMarks[w]:
			return j > 0 && negatingVerbs[t[j-1].lower()]
		case t[j].Tag == "RB" || t[j].Tag == "MD" || auxiliary(t[j].Text) || haveDoForms[w]:
		default:
			return false
		}
	}
	return false
}
