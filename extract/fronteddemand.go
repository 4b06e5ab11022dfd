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
	k := datelineEnd(t)
	for k < len(t) && determiners[t[k].lower()] {
		k++
	}
	a := actorAt(ctx.acts, k)
	if a < 0 || ctx.acts[a].a != k || ctx.acts[a].modifier || ctx.acts[a].media || ctx.acts[a].demonym {
		return nil
	}
	m := ctx.acts[a].b
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
	end := len(t)
	if end > 0 && t[end-1].Tag == "." {
		end--
	}
	v := end - 1
	if v <= m || !speechVerbs[t[v].lower()] {
		return nil
	}
	comma := -1 // the comma that closes the words said
	for j := v - 1; j > m && j >= v-6; j-- {
		if t[j].Text == "," {
			comma = j
			break
		}
	}
	if comma < 0 {
		return nil
	}
	speakers := ctx.objectAfter(comma+1, v-comma-1)
	if len(speakers) == 0 && v == comma+2 && t[comma+1].Tag == "PRP" {
		speakers = ctx.pronounSubject(comma + 1) // ", he said": the one the pronoun stands for
	}
	if len(speakers) == 0 {
		return nil
	}
	targets := ctx.coordinated(a, 1)
	if len(targets) == 1 && ctx.ownState(speakers, targets[0]) {
		return nil // an official's own state
	}
	if ev, ok := x.saidEvent(doc, si, ctx, v, m+1, p, speakers, targets); ok {
		return []Event{ev}
	}
	return nil
}

// lowerAt is the lower case of token k, or "" past the end.
func lowerAt(t []Token, k int) string {
	if k >= len(t) {
		return ""
	}
	return t[k].lower()
}
