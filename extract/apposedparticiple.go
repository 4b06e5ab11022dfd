package extract

// A passive participle with its agent set off by commas after the name
// that opens the sentence or its main clause is done to that name:
//
//	NAME , VBN by AGENT ... , VERB     "Peru, attacked by Chile on Monday, responded"
//
// The name is the main clause's subject and the participle's phrase
// describes it; after an object the phrase may describe the subject
// instead ("Chile attacked Peru, backed by Bolivia"), which is read as
// nothing.

// apposedParticipleSubject is the name that the passive participle at v
// stands in apposition to, or nil.
func (c *eventCtx) apposedParticipleSubject(v int) []string {
	t := c.t
	if v < 2 || t[v].Tag != "VBN" || t[v-1].Text != "," || v+1 >= len(t) || !agentPreps[t[v+1].lower()] {
		return nil
	}
	a := actorAt(c.acts, v-2)
	if a < 0 || c.acts[a].b != v-1 || c.acts[a].modifier || c.acts[a].demonym {
		return nil
	}
	if s, first := c.titleChunkStart(c.acts[a].a), datelineEnd(t); s != first && s != openingPhraseEnd(t, first) {
		return nil // the name opens the sentence, or its main clause after an opening phrase ("On Monday, Peru, attacked by")
	}
	if byPhraseComma(t, v+2) < 0 {
		return nil
	}
	return []string{c.acts[a].key}
}
