package extract

// frontedDemand finds what a speaker named after the words says another
// must or should do, when the sentence opens with them:
//
//	[the] PARTY (must|should|needs to|...) VERB ... , [WORD]* SPEAKER (said|says) .
//
// "Croatia must cooperate fully with the tribunal, EU foreign ministers
// said": the EU demands it of Croatia.
func (x *Extractor) frontedDemand(doc *Document, si int, ctx *eventCtx) []Event {
	t := ctx.t
	a, m := ctx.openingParty()
	if a < 0 || ctx.acts[a].modifier || ctx.acts[a].media || ctx.acts[a].demonym {
		return nil
	}
	var p verbEntry
	switch w := lowerAt(t, m); {
	case demandModals[w] && !ctx.passiveAfter(m):
		p = demanded
	case appealModals[w] && !ctx.passiveAfter(m):
		p = appealed
	case mustVerbs[w] && m+2 < len(t) && infinitiveMarks[t[m+1].lower()] && t[m+2].Tag == "VB":
		p = demanded // "America needed to listen to the world too, he said"
	default:
		return nil
	}
	v, _, speakers := ctx.trailingSpeaker(m, speechVerbs)
	if len(speakers) == 0 {
		return nil
	}
	return x.saidOfOpening(doc, si, ctx, v, m+1, p, speakers, a)
}

// saidOfOpening is the event p that speakers say of the party the
// sentence opens with (actor a), told by the words up to end; none of an
// official's own state.
func (x *Extractor) saidOfOpening(doc *Document, si int, ctx *eventCtx, v, end int, p verbEntry, speakers []string, a int) []Event {
	targets := ctx.coordinated(a, 1)
	if len(targets) == 1 && ctx.ownState(speakers, targets[0]) {
		return nil // an official's own state
	}
	if ev, ok := x.saidEvent(doc, si, ctx, v, end, p, speakers, targets); ok {
		return []Event{ev}
	}
	return nil
}

// openingParty is the actor the sentence opens with, past its dateline
// and a determiner, and the token after it; -1 when it opens with none.
func (c *eventCtx) openingParty() (a, end int) {
	t := c.t
	k := datelineEnd(t)
	for k < len(t) && determiners[t[k].lower()] {
		k++
	}
	a = actorAt(c.acts, k)
	if a < 0 || c.acts[a].a != k {
		return -1, 0
	}
	return a, c.acts[a].b
}

// trailingSpeaker reads the speaker named after the words said, at the
// sentence's end, after the clause from token m on:
//
//	... , [WORD]* SPEAKER VERB .        ", EU foreign ministers said."
//
// It returns the verb (of verbs), the comma before the speaker and the
// speakers; none when the sentence ends otherwise.
func (c *eventCtx) trailingSpeaker(m int, verbs map[string]bool) (v, comma int, speakers []string) {
	t := c.t
	end := len(t)
	if end > 0 && t[end-1].Tag == "." {
		end--
	}
	v = end - 1
	if v <= m || !verbs[t[v].lower()] {
		return -1, -1, nil
	}
	comma = -1 // the comma that closes the words said
	for j := v - 1; j > m && j >= v-6; j-- {
		if t[j].Text == "," {
			comma = j
			break
		}
	}
	if comma < 0 {
		return -1, -1, nil
	}
	speakers = c.objectAfter(comma+1, v-comma-1)
	if len(speakers) == 0 && v == comma+2 && t[comma+1].Tag == "PRP" {
		speakers = c.pronounSubject(comma + 1) // ", he said": the one the pronoun stands for
	}
	return v, comma, speakers
}

// lowerAt is the lower case of token k, or "" past the end.
func lowerAt(t []Token, k int) string {
	if k >= len(t) {
		return ""
	}
	return t[k].lower()
}
