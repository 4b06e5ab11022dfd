package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// A state's envoy to another, acted upon in the passive with no agent
// named, was acted upon by the state that hosts the envoy, and the act is
// on the state that sent the envoy:
//
//	SENDER ['s] DIPLOMAT (to|in|at) [the] HOST [AUX|ADV]* VERB      HOST does it to SENDER
//
// "Chile's ambassador to Peru was summoned": Peru summoned Chile's
// ambassador; "the Chilean ambassador in Lima was expelled": Peru expelled
// him. Only for what a host state does to envoys (envoyHostRoots: a
// summons, an expulsion, a protest), not force, which anyone may use.

var (
	diplomatNouns  = lexicon.Class("diplomatNouns")
	envoyHostPreps = lexicon.Class("envoyHostPreps")
	envoyHostRoots = lexicon.Class("envoyHostRoots")
)

// envoyHost finds the host and the sender of the envoy that is the
// subject of the passive verb at v: the state named after the diplomat
// noun's preposition, by its name or its capital, and the state named
// before it by its possessive or its nationality ("" when the phrase names
// none). host is "" when the subject is no envoy hosted by a state.
func (c *eventCtx) envoyHost(v int) (host, sender string) {
	t := c.t
	k := c.subjectEnd(v)
	h := actorAt(c.acts, k)
	if h < 0 || c.acts[h].b != k+1 || c.acts[h].typ != Country || c.acts[h].demonym {
		return "", ""
	}
	j := c.acts[h].a - 1
	if j >= 0 && definite[t[j].lower()] {
		j--
	}
	if j < 1 || !envoyHostPreps[t[j].lower()] || !diplomatNouns[t[j-1].lower()] {
		return "", ""
	}
	d := j - 1 // the diplomat noun; its sender before it: "Chile 's", "Chilean"
	if d >= 1 && isPossessive(t[d-1].Text) {
		d--
	}
	if s := actorAt(c.acts, d-1); d >= 1 && s >= 0 && c.acts[s].b == d && c.acts[s].typ == Country && c.acts[s].key != c.acts[h].key {
		sender = c.acts[s].key
	}
	return c.acts[h].key, sender
}

// An envoy summoned to a state's ministry is summoned by that state:
//
//	ENVOY (was|were) VERB to [the] [STATE|NATIONALITY ['s]] [ADJ|NOUN]* MINISTRY [in CAPITAL]
//
// "Peru's ambassador was summoned to the foreign ministry in Santiago":
// Chile summoned him.

// ministryHost is the state whose ministry the words after a passive verb,
// from token end on, send its subject to; "" when they name none.
func (c *eventCtx) ministryHost(end int) string {
	t := c.t
	if end >= len(t) || t[end].Tag != "TO" {
		return ""
	}
	state := ""
	k := end + 1
	for k < len(t) && determiners[t[k].lower()] {
		k++
	}
	if a := actorAt(c.acts, k); a >= 0 && c.acts[a].a == k && c.acts[a].typ == Country && !c.acts[a].where {
		state, k = c.acts[a].key, c.acts[a].b
		if k < len(t) && isPossessive(t[k].Text) {
			k++
		}
	}
	for n := 0; k < len(t) && n < 3 && !ministryNouns[t[k].lower()]; k, n = k+1, n+1 {
		if isCap(t[k].Text) && actorAt(c.acts, k) < 0 || !commonNounOrAdjective(t[k].Tag) && !isCap(t[k].Text) {
			return ""
		}
	}
	if k >= len(t) || !ministryNouns[t[k].lower()] {
		return ""
	}
	if state == "" && k+2 < len(t) && cityPreps[t[k+1].lower()] {
		if a := actorAt(c.acts, k+2); a >= 0 && c.acts[a].a == k+2 && c.acts[a].typ == Country && !c.acts[a].demonym {
			state = c.acts[a].key // "the foreign ministry in Santiago"
		}
	}
	return state
}
