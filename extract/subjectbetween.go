package extract

// subjectBetween is the parties between whom the subject of the passive
// verb at v was made, when the subject is an event noun and its
// between-phrase, with nothing but the verb's auxiliaries after it:
//
//	[DET] NOUN between PARTY and PARTY [ADVERB|AUX]* VERB
//
// "The deal between Chile and Peru was signed in Lima": the two sign it;
// nil for any other subject.
func (c *eventCtx) subjectBetween(v int) []string {
	t := c.t
	for k := v - 1; k >= 1 && k >= v-12; k-- {
		w := t[k].lower()
		if clauseBreaks[w] || w == "," || isFinite(t[k].Tag) && !auxiliary(t[k].Text) {
			return nil
		}
		if !betweenPreps[w] || !eventNoun(t[k-1].lower()) {
			continue
		}
		parties := c.objectAfter(k+1, 6)
		if len(parties) < 2 {
			return nil
		}
		return parties
	}
	return nil
}
