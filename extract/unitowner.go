package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// A body's name before the noun of a unit, after an article, names the
// unit's owner, not the unit, and so is no party of an act on the unit:
//
//	[the|a] [ADJ]* ORGANIZATION UNIT-NOUN
//
// "The former Yukos subsidiary was sold off": the subsidiary is sold,
// not Yukos. After a possessive the name is the unit's own ("its
// Travelers unit", namedunit.go; "Yukos's Yuganskneftegas subsidiary").
// The unit itself is the one the story last named as a unit
// (addUnitNouns):
//
//	(UNIT-NOUN [of OWNER] | OWNER 's) NAME ... the [OWNER] UNIT-NOUN
//
// "a stake in oil unit Yuganskneftegas. The former Yukos subsidiary was
// sold off": Yuganskneftegas is sold.

// unitNouns name a part of a company that is a company of its own.
var unitNouns = lexicon.Class("unitNouns")

// unitOwner reports an organization's name at tokens [a, b) that owns
// the unit noun after it: not after a possessive, and not with the
// owner named after "of".
func unitOwner(t []Token, a, b int) bool {
	if b >= len(t) || !unitNouns[t[b].lower()] || ofAfter(t, b) {
		return false // but "the Securities Products Business unit of CheckFree": the unit's own name, its owner after "of"
	}
	k := a - 1
	for k >= 0 && t[k].Tag == "JJ" && !isCap(t[k].Text) {
		k--
	}
	return k < 0 || t[k].Tag != "PRP$" && !isPossessive(t[k].Text)
}

// addUnitNouns makes an actor of each unit noun after "the", and after
// the owner's name that the event rules pass over (unitOwner), standing
// for the organization the story last named as a unit, not the owner:
// one named right after a unit noun ("oil unit Yuganskneftegas") or
// right before one after a possessive ("Yukos's Yuganskneftegas
// subsidiary").
func addUnitNouns(doc *Document, bySent map[int][]actor, owners func(si, b int) string) []Reference {
	var refs []Reference
	for si, sent := range doc.Sentences {
		t := sent.Tokens
		for k := 1; k < len(t); k++ {
			if !unitNouns[t[k].lower()] || actorAt(bySent[si], k) >= 0 {
				continue
			}
			owner := owners(si, k)
			j := k - 1
			if owner != "" {
				for j > 0 && actorAt(bySent[si], j) < 0 && isCap(t[j].Text) && !definite[t[j].lower()] {
					j-- // past the owner's name, which no actor holds
				}
			}
			for j > 0 && t[j].Tag == "JJ" && !isCap(t[j].Text) {
				j--
			}
			if !definite[t[j].lower()] {
				continue
			}
			key := ""
			actorsBefore(bySent, si, k, si, func(s int, a actor) bool {
				if a.typ == Organization && a.key != owner && namedUnitAt(doc.Sentences[s].Tokens, a) {
					key = a.key
				}
				return key == ""
			})
			if key == "" {
				continue
			}
			refs = append(refs, addWordActor(doc, bySent, si, k, key, Organization))
		}
	}
	return refs
}

// namedUnitAt reports an organization named as a unit: right after a
// unit noun ("oil unit Yuganskneftegas"), or right before one after a
// possessive ("Yukos's Yuganskneftegas subsidiary", "its Specia unit")
// or before "of" ("the Securities Products unit of CheckFree").
func namedUnitAt(t []Token, a actor) bool {
	if a.a > 0 && unitNouns[t[a.a-1].lower()] {
		return true
	}
	return a.b < len(t) && unitNouns[t[a.b].lower()] && (a.a > 0 && (t[a.a-1].Tag == "PRP$" || isPossessive(t[a.a-1].Text)) || ofAfter(t, a.b))
}

// orgEndingAt is the key of the organization the document names in
// sentence si that ends right before token b, or "".
func (de *docEntities) orgEndingAt(si, b int) string {
	for _, c := range de.cands {
		if c.sent == si && c.b == b && c.typ == Organization {
			return c.key
		}
	}
	return ""
}
