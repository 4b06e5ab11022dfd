package extract

import "slices"

// An act of custody named by a noun that a person or body faces, with no
// one named to do it, is done by the state that holds them:
//
//	PERSON|BODY UNDERGO-VERB [DET|ADJ|NOUN]* CUSTODY-NOUN ...   the clause's place's state, else the article's
//
// "Ana Ruiz will face trial on charges of corruption": the state tries
// her, as "Ana Ruiz was charged" is the state's charge (coercionstate.go).
// A noun with its author after "by" or "from" ("faced arrest by the
// army") is undergone.go's.

// facedCustody returns, for the custody noun at v matched as pattern p up
// to end, the state that does the act and the subject of the verb that
// faces it; false when the noun is none such.
func (c *eventCtx) facedCustody(v, end int, p verbEntry) (agents, targets []string, ok bool) {
	t := c.t
	if !custodyAct(p.code) || len(p.rest) > 0 || end < len(t) && authorPreps[t[end].lower()] {
		return nil, nil, false
	}
	k := compoundBefore(t, v)
	if k < 0 || !undergoVerbs[t[k].lower()] || !isVerb(t, k) {
		return nil, nil, false
	}
	targets = c.subjectOf(k)
	if !peopleOrBodies(targets) {
		return nil, nil, false
	}
	st := c.coercionState(end)
	if st == "" {
		return nil, nil, false
	}
	if slices.Contains(targets, st) {
		return nil, nil, false
	}
	return []string{st}, targets, true
}
