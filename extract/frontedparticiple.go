package extract

import "slices"

// A passive participle that opens the sentence with its agent is done by
// the agent to the subject of the main clause, which starts after the
// comma that closes the participle's phrase:
//
//	VBN by AGENT [and AGENT] , SUBJECT ... VERB
//
// "Backed by Russia, Syria attacked the town": Russia backs Syria, and
// Syria alone attacks; "Hosted by Ana Ruiz, Luis Soto and Eva Mora held
// talks": Ruiz hosts Soto and Mora, who meet each other (a clause needs a
// subject, so the comma ends the agent, not a list).

// frontedByPhrase is the span of the agent of a passive participle that
// opens the sentence past a dateline, from the token after "by" to the
// comma that closes it; ok is false when the sentence opens otherwise or
// no comma closes the phrase within a dozen tokens.
func (c *eventCtx) frontedByPhrase() (from, comma int, ok bool) {
	t := c.t
	v := datelineEnd(t)
	if v+2 >= len(t) || t[v].Tag != "VBN" || !agentPreps[t[v+1].lower()] {
		return 0, 0, false
	}
	if k := byPhraseComma(t, v+2); k > v+2 {
		return v + 2, k, true
	}
	return 0, 0, false
}

// byPhraseComma is the comma that closes the agent's phrase of a passive
// participle, which starts at token from, within a dozen tokens; -1 when
// a clause break or a finite verb comes first.
func byPhraseComma(t []Token, from int) int {
	for k := from; k < len(t) && k < from+12; k++ {
		switch {
		case t[k].Text == ",":
			return k
		case clauseBreaks[t[k].lower()] || isFinite(t[k].Tag):
			return -1
		}
	}
	return -1
}

// frontedParticipleParties are the agents and targets of the participle at
// v when it opens the sentence with its agent: the actors of its
// by-phrase, and the subject after the comma. ok is false otherwise.
func (c *eventCtx) frontedParticipleParties(v int) (agents, targets []string, ok bool) {
	from, comma, ok := c.frontedByPhrase()
	if !ok || v != from-2 {
		return nil, nil, false
	}
	targets = c.subjectAfterComma(comma)
	for _, k := range c.passiveAgent(v + 1) {
		if c.keyIn(k, from, comma) && !slices.Contains(targets, k) {
			agents = append(agents, k)
		}
	}
	return agents, targets, true
}

// notFrontedAgents drops from the subject keys of the verb at v the
// actors of an opening participle's by-phrase before it, which do the
// participle's act, not the verb's.
func (c *eventCtx) notFrontedAgents(v int, keys []string) []string {
	from, comma, ok := c.frontedByPhrase()
	if !ok || v <= comma {
		return keys
	}
	return slices.DeleteFunc(keys, func(k string) bool { return c.keyIn(k, from, comma) && !c.keyIn(k, comma, v) })
}

// keyIn reports an actor with key k among the tokens from a to b.
func (c *eventCtx) keyIn(k string, a, b int) bool {
	return slices.ContainsFunc(c.acts, func(x actor) bool { return x.key == k && x.a >= a && x.b <= b })
}
