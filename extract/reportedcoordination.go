package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// An act done in words, coordinated after a clause that a speech verb
// reports, is the reporter's, not the reported clause's subject's:
//
//	SUBJ SPEECH-VERB [that] CLAUSE (and|but) VERBAL-ACT
//
// "Ruiz said Chile needed more aid but criticised Peru": Ruiz criticises
// Peru, Chile does not. A material act stays the reported subject's:
// "said the army had shelled the town and killed ten" (the army kills).

// verbalActCodes are the CAMEO roots and codes of the acts done in words:
// statements, appeals, offers, praise and verbal defence, demands,
// disapproval, rejection and threats.
var verbalActCodes = lexicon.Class("verbalActCodes")

// verbalAct reports a verb at v whose every pattern is an act done in
// words: "urged", "defended", "accused"; not "attacked".
func (c *eventCtx) verbalAct(v int) bool {
	if c.idx == nil {
		return false
	}
	ps := c.idx.verbs[c.idx.lemma(c.t[v].Text)]
	for _, p := range ps {
		if len(p.code) < 2 || !verbalActCodes[p.code[:2]] && !verbalActCodes[p.code] {
			return false
		}
	}
	return len(ps) > 0
}

// reporterOf is the speech verb whose reported clause holds the finite
// verb at f, with nothing between them but the clause's subject, "that",
// quotation marks and phrases without a verb ("said in a statement that
// there can be"); -1 when none does.
func (c *eventCtx) reporterOf(f int) int {
	t := c.t
	for k := f - 1; k >= 0; k-- {
		w := t[k].lower()
		switch {
		case actorAt(c.acts, k) >= 0, isQuoteMark(t[k].Text):
			// a quotation mark, whatever the tagger took it for
		case speechVerbs[w] && isFinite(t[k].Tag):
			return k
		case clauseBreaks[w] || relativePronouns[w] || coordinators[w] || contrastCoordinators[w]:
			return -1
		case isFinite(t[k].Tag) && !auxiliary(w):
			return -1 // another clause's verb: "said the army, which shelled the town, killed"
		}
	}
	return -1
}

// reportedCoordination is the subject of the verbal act at v joined by
// the coordinator at cc to the clause a speech verb reports, whose
// finite verb is f: the speech verb's subject; ok is false when the
// construction is not there.
func (c *eventCtx) reportedCoordination(v, cc, f int, loose bool) (keys []string, ok bool) {
	if cc < 1 || f < 0 || !c.verbalAct(v) || !isFinite(c.t[v].Tag) && c.t[v].Tag != "VBN" {
		return nil, false
	}
	s := c.reporterOf(f)
	if s < 0 {
		return nil, false
	}
	return c.subject(s, loose), true
}
