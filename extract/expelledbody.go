package extract

import "slices"

// An expulsion whose targets are all international or non-governmental
// bodies sends out the body's people, its inspectors, observers,
// peacekeepers or aid workers: CAMEO codes that as reducing relations with
// the body (166, expel or withdraw), not as deporting individuals (174):
//
//	EXPEL-VERB (IGO|NGO)['s people]      "North Korea expelled IAEA inspectors"
//
// "Azerbaijan expelled a Russian diplomat" stays 174.

// deportCode and withdrawCode are CAMEO's codes for expelling individuals
// and for expelling or withdrawing a body's people.
const (
	deportCode   = "174"
	withdrawCode = "166"
)

// bodiesOnly reports targets that are all international or
// non-governmental organizations the sentence names.
func (c *eventCtx) bodiesOnly(targets []string) bool {
	if len(targets) == 0 {
		return false
	}
	for _, key := range targets {
		i := slices.IndexFunc(c.acts, func(a actor) bool { return a.key == key })
		if i < 0 || c.acts[i].typ != Organization || c.acts[i].kind != kindIGO && c.acts[i].kind != kindNGO {
			return false
		}
	}
	return true
}
