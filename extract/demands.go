package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// What a speaker says another must or should do is a demand of it or an
// appeal to it, and what a court or an authority rules another must do
// is an order:
//
//	SPEAKER (said|told WHOM|demanded|...) [that] PARTY (must|has to|...) VERB     a demand (100)
//	SPEAKER (said|insisted|...) [that] PARTY should VERB                         an appeal (020)
//	SPEAKER ['s] demand that PARTY VERB                                          a demand
//	COURT ruled [that] PARTY must VERB                                           an order
//
// "The EU said that the US should back the plan": the EU appeals to the
// US. Said after the clause, the same is read in fronteddemand.go.

// demandModals and appealModals turn what one says of another into a
// demand ("said that the US must") or an appeal ("insisted that Iran
// should").
var (
	demandModals = lexicon.Class("demandModals")
	appealModals = lexicon.Class("appealModals")
)

// demanded and appealed are the events of a demand (CAMEO 100) and of an
// appeal (020) read from what a speaker says another must or should do.
var (
	demanded = verbEntry{action: "demand", code: "100"}
	appealed = verbEntry{action: "urge", code: "020"}
	ordered  = verbEntry{action: "order", code: "100"}
)

// rulingVerbs say what a court or an authority decides, which, of what
// another must do, is an order: "ruled that Bathurst must pay".
var rulingVerbs = lexicon.Class("rulingVerbs")

// demands finds what a speaker says another must or should do: "the EU said
// that the US should back ...", "Rwandan rebels announced that President
// Kagame must agree ...", and what a ruling orders another to do: "the
// High Court ruled that Bathurst must pay".
func (x *Extractor) demands(doc *Document, si int, ctx *eventCtx) []Event {
	t := ctx.t
	var out []Event
	for i := range t {
		w := t[i].lower()
		// "its demand that Israel ease": the noun says what is demanded
		demandNoun := demandNouns[w] && strings.HasPrefix(t[i].Tag, "NN")
		if !speechVerbs[w] && !obligingVerbs[w] && !rulingVerbs[w] && !demandNoun && !tellForms[w] {
			continue
		}
		j := i + 1
		if tellForms[w] {
			// "told reporters that Chile must", "told the BBC that": past
			// whom it was told, if no party
			for j < len(t) && j < i+4 && !thatWords[t[j].lower()] {
				if a := actorAt(ctx.acts, j); a >= 0 && ctx.acts[a].media {
					j = ctx.acts[a].b // "told the BBC that": the press is no party
					continue
				}
				if !(determiners[t[j].lower()] || commonNoun(t, j)) || actorAt(ctx.acts, j) >= 0 {
					break
				}
				j++
			}
			if j >= len(t) || !thatWords[t[j].lower()] {
				continue
			}
		}
		for j < len(t) && (t[j].Tag == "NNP" && !isCap(t[j].Text) || t[j].Tag == "RB" || t[j].Tag == "NN" && todayWords[t[j].lower()] || isWeekday(t[j].Text) ||
			dayPreps[t[j].lower()] && j+1 < len(t) && isWeekday(t[j+1].Text)) {
			j++
		}
		if j < len(t) && thatWords[t[j].lower()] {
			j++
		} else if demandNoun {
			continue
		}
		targets := ctx.objectAfter(j, 3)
		if len(targets) == 0 {
			continue
		}
		var p verbEntry
		if demandNoun {
			p = demanded
		}
		for k := j; k < len(t) && k < j+12 && p.action == ""; k++ {
			kw := t[k].lower()
			if (demandModals[kw] || appealModals[kw]) && ctx.passiveAfter(k) {
				break // "said Israel should be wiped off the map": what is to be done to it, not what it is asked
			}
			if demandModals[kw] || mustVerbs[kw] && k+2 < len(t) && infinitiveMarks[t[k+1].lower()] && t[k+2].Tag == "VB" {
				p = demanded // "said that the US must withdraw", "told Ankara it had to sign"
				break
			}
			if appealModals[kw] {
				p = appealed
				break
			}
			if isVerb(t, k) || clauseBreaks[kw] {
				break
			}
		}
		if p.action == "" {
			continue
		}
		if rulingVerbs[w] && p.action == demanded.action {
			p = ordered // "the High Court ruled that Bathurst must pay"
		}
		agents := ctx.subjectOf(i)
		if len(agents) == 0 {
			agents = ctx.trailingParticipleSubject(i, true) // "backed Colombia, saying Venezuela should stop"
		}
		if len(targets) > 1 {
			// "Chile and Peru should make joint efforts", Peru's
			// minister said: an appeal to Chile, not to her own
			targets = slices.DeleteFunc(slices.Clone(targets), func(k string) bool { return ctx.ownState(agents, k) })
		}
		if len(targets) == 0 || len(targets) == 1 && ctx.ownState(agents, targets[0]) {
			continue // "Pakistan's High Commissioner said some Pakistanis should integrate": an official's own people
		}
		if ev, ok := x.saidEvent(doc, si, ctx, i, j, p, agents, targets); ok {
			out = append(out, ev)
		}
	}
	out = append(out, x.frontedDemand(doc, si, ctx)...)
	return append(out, x.frontedAccusation(doc, si, ctx)...)
}
