package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// What a speaker charges after the words said, of the party they open
// with, is an accusation of that party (CAMEO 112):
//
//	[the] PARTY ... VERB ... , [WORD]* SPEAKER (charged|alleged) .
//
// "Chilean troops shelled the border post, a Peruvian commander charged":
// the commander accuses Chile. The same charge before the clause
// ("charged that Chile had violated") is the verb's own pattern.

// accuseTagVerbs, after the words said, make them an accusation of the
// party they open with.
var accuseTagVerbs = lexicon.Class("accuseTagVerbs")

// accused is the event of a charge made after the words said.
var accused = verbEntry{action: "accuse", code: "112"}

// frontedAccusation finds the accusation the speaker named after the
// words makes of the party the sentence opens with.
func (x *Extractor) frontedAccusation(doc *Document, si int, ctx *eventCtx) []Event {
	t := ctx.t
	a, m := ctx.openingParty()
	if a < 0 || ctx.acts[a].modifier || ctx.acts[a].media {
		return nil
	}
	v, comma, speakers := ctx.trailingSpeaker(m, accuseTagVerbs)
	if len(speakers) == 0 || !finiteVerbIn(t, m, comma) {
		return nil
	}
	return x.saidOfOpening(doc, si, ctx, v, v+1, accused, speakers, a)
}

// finiteVerbIn reports a verb with a tense between tokens a and b: the
// words are a clause that asserts, not a phrase ("Chile's troops in Peru,
// he charged").
func finiteVerbIn(t []Token, a, b int) bool {
	for k := a; k < b && k < len(t); k++ {
		if isFinite(t[k].Tag) {
			return true
		}
	}
	return false
}
