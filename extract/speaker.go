package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// Who reports an event is the subject of the verb of saying before it,
// or the speaker an attribution after it names:
//
//	SPEAKER said [that] ... EVENT ...
//	... EVENT ... , SPEAKER (said|told ...)
//	... EVENT ... , said SPEAKER
//
// "Collins said APT40 targeted the ministry": Collins reports it; "...,
// a Japanese foreign ministry spokesman said": Japan does.

// speaker finds who the sentence says reports the event at v: the subject
// of "said" before it ("Collins said APT40 targeted ...") or of an
// attribution after it ("..., Collins said", "..., said Collins").
func (c *eventCtx) speaker(v int) string {
	t := c.t
	for k := v - 1; k >= 0; k-- {
		if speechVerbs[t[k].lower()] {
			if keys := c.subjectOf(k); len(keys) == 1 {
				return keys[0]
			}
			return ""
		}
	}
	for k := v + 1; k < len(t); k++ {
		if w := t[k].lower(); !speechVerbs[w] && !tellForms[w] || actorAt(c.acts, k) >= 0 {
			continue // "'...,' Altun told journalists": who told them says it too; but "the United States" states nothing
		}
		if k+1 < len(t) && !tellForms[t[k].lower()] {
			if a := actorAt(c.acts, k+1); a >= 0 {
				return c.acts[c.head(a)].key // "..., said Collins", "..., said White House spokesman Mike Lee"; but "... told Reuters" tells whom
			}
			if a := actorAt(c.acts, k+2); a >= 0 && determiners[t[k+1].lower()] && c.acts[a].demonym && c.acts[a].b < len(t) && c.speakerNoun(c.acts[a].b) {
				return c.acts[a].key // "..., said a Japanese official"
			}
		}
		for j := k - 1; j > v && j >= k-4; j-- {
			if t[j].Text == "," || t[j].Text == "\"" {
				break
			}
			if a := actorAt(c.acts, j); a >= 0 && !c.acts[a].media && (c.acts[a].typ == Person || !c.acts[a].demonym || c.speakerNoun(k-1)) {
				return c.acts[a].key // "..., Collins said", "..., Iran said", "..., a Japanese foreign ministry spokesman said"
			}
		}
		if j := k - 1; j > v && personPronouns[t[j].lower()] && c.before.typ == Person && c.before.key != "" && !c.genderClash(c.before.key, t[j].lower()) {
			return c.before.key // "Liu rejected the protest. '...,' he said": the person the sentence before opens with
		}
		return ""
	}
	return ""
}

// speakerNoun reports a title or a noun for a state's people at token k,
// which makes a nationality before it the speaker's state: "a Japanese
// spokesman", "Japanese officials"; but "Japanese rebels" speak for no
// state.
func (c *eventCtx) speakerNoun(k int) bool {
	w := c.t[k].lower()
	return c.isTitleWord(k) || officialNouns[w] || groupNouns[w] && !outsideGroups[w]
}

// officialNouns name people who speak for a state or body without a
// title of their own: "a Japanese official".
var officialNouns = lexicon.Class("officialNouns")
