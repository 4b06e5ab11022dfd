package extract

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// The name of a state or body that modifies a noun of aid or of sanctions,
// which the clause's subject, another party, decides or imposes, is whom
// the act is done to:
//
//	SUBJECT VERB [DT|JJ|CD|$]* NAME NOUN
//
// "The IMF agreed fresh Bolivia funding": the IMF funds Bolivia; but in
// "led EU sanctions on a hacker group" the noun's own preposition names
// whom, and the EU imposes them. A verb
// that takes a stance on another's act ("welcomed the Bolivia funding")
// or whose subject undergoes the act ("received EU funding") leaves the
// name the act's doer, as a name before an act noun is.
func (c *eventCtx) modifierTarget(v int, p verbEntry) (agents []string, target string) {
	if c.idx == nil || !modifiedRoots[p.code[:2]] {
		return nil, ""
	}
	a := actorAt(c.acts, v-1)
	if a < 0 || c.acts[a].b != v || c.acts[a].demonym || c.acts[a].modifier || c.acts[a].typ != Country && c.acts[a].typ != Organization {
		return nil, ""
	}
	if c.targetAfterNoun(v, p) {
		return nil, "" // "led EU sanctions on a hacker group": the noun names whom after it; the name before is its doer
	}
	g := c.governingVerb(v)
	if g < 0 {
		return nil, ""
	}
	w := c.t[g].lower()
	entries := c.idx.verbs[c.idx.lemma(w)]
	if len(entries) == 0 || takesStance(w) || slices.ContainsFunc(entries, func(e verbEntry) bool { return e.inverse }) {
		return nil, ""
	}
	subject := c.subjectOf(g)
	if len(subject) == 0 || slices.Contains(subject, c.acts[a].key) {
		return nil, ""
	}
	return subject, c.acts[a].key
}

// modifiedRoots are the CAMEO roots of the acts whose nouns a name before
// them names the target of, when another party decides them: aid (07)
// and sanctions (16).
var modifiedRoots = lexicon.Class("modifiedRoots")

// targetAfterNoun reports a preposition after the noun at v that
// introduces whom its act is done to: one of its pattern's or a
// fallback's ("sanctions on a hacker group"), but no day ("sanctions on
// Monday").
func (c *eventCtx) targetAfterNoun(v int, p verbEntry) bool {
	if v+2 >= len(c.t) || dayAdverbEnd(c.t, v+1) > v+1 {
		return false
	}
	w := c.t[v+1].lower()
	return slices.Contains(p.target, w) || slices.Contains(fallbackPreps, w)
}
