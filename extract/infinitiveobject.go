package extract

// An actor that is the object of an infinitive is not the subject of the
// finite verb after the infinitive's phrase:
//
//	... to VB [DET|ADJ|NUM|POSS]* ACTOR ... FINITE-VERB
//
// "The decision to recognise a Palestinian state undermined Israel's
// security": the decision undermines, not Palestine; "Efforts to isolate
// Iran have failed". A gerund after the object is the object's doing:
// "tried to stop Hamas militants firing rockets".

// infinitiveObjectStart is the "to" of the infinitive whose object actor
// a is, right after its verb and the words that modify the object; -1
// when a is no infinitive's object.
func (c *eventCtx) infinitiveObjectStart(a int) int {
	t := c.t
	j := c.acts[a].a - 1
	for j >= 0 && modifiesNoun(t[j]) {
		j--
	}
	if j >= 1 && t[j].Tag == "VB" && infinitiveMarks[t[j-1].lower()] {
		return j - 1
	}
	return -1
}
