package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A sale of a named company to a party is the party's purchase of it, and
// a purchase of one from a party the party's sale of it:
//
//	SELLER sell COMPANY ... to BUYER      BUYER buys COMPANY
//	BUYER buy COMPANY ... from SELLER     SELLER sells COMPANY
//
// "Ford sold Jaguar to Tata Motors": Ford sells Jaguar, Tata Motors buys
// it. Only a company changes hands this way: "sold arms to Peru" and
// "bought gas from Russia" have the other side as their target already;
// and a name before a noun after an article names the noun's owner, not
// what changes hands ("sold the Yukos unit to Baikal").

// sellActions and buyActions are the actions of the two sides of a deal.
var (
	sellActions = lexicon.Class("sellActions")
	buyActions  = lexicon.Class("buyActions")
)

// dealCounterpart is the other side's act of the deal ev, read from the
// verb at v whose pattern p ends at end: the buyer of what ev sells, or
// the seller of what it buys; nil when ev is no such deal or names no
// other side.
func (x *Extractor) dealCounterpart(doc *Document, si int, ctx *eventCtx, v, end int, p verbEntry, ev Event) []Event {
	var prep, action string
	switch {
	case sellActions[p.action]:
		prep, action = "to", buyAction
	case buyActions[p.action]:
		prep, action = "from", sellAction
	default:
		return nil
	}
	for _, k := range ev.Targets {
		if ctx.typeOf(k) != Organization || ctx.ownerOfNoun(k, end) {
			return nil
		}
	}
	other := ctx.targetBySpec(end, []string{prep})
	if len(other) == 0 {
		return nil
	}
	for _, k := range other {
		if slices.Contains(ev.Agents, k) || slices.Contains(ev.Targets, k) {
			return nil
		}
	}
	q := p
	q.action = action
	cp := x.newEvent(doc, si, ctx, end, q, ev.Negated, ev.Modality)
	cp.Agents, cp.Targets, cp.Speaker = other, slices.Clone(ev.Targets), ev.Speaker
	ctx.note(cp, si, v, true)
	return []Event{cp}
}

// buyAction and sellAction are the actions the two sides of a deal are
// given when the other's verb tells it.
const (
	buyAction  = "buy"
	sellAction = "sell"
)

// ownerOfNoun reports that the actor with key, in the phrase after the
// pattern ending at end, is a name after an article before a noun in
// lower case, which it owns: "the Yukos unit"; not "its Travelers unit",
// the owner's unit by its name.
func (c *eventCtx) ownerOfNoun(key string, end int) bool {
	t := c.t
	for _, a := range c.acts {
		if a.key != key || a.a < end {
			continue
		}
		if a.b < len(t) && strings.HasPrefix(t[a.b].Tag, "NN") && !isCap(t[a.b].Text) && a.a > 0 && t[a.a-1].Tag != "PRP$" {
			return true
		}
		return false
	}
	return false
}
