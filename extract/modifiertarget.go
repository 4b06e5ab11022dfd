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
// "The IMF agreed fresh Bolivia funding": the IMF funds Bolivia. A verb
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
