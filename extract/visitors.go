package extract

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A person a participle of visiting describes visits the state of whoever
// receives them in the clause:
//
//	HOST VERB ... visiting [NATIONALITY] [TITLE] PERSON     PERSON visits HOST's state
//
// "Jiang Zemin met visiting Gabon President Omar Bongo": Bongo visits
// China, whose president Jiang is. The host is the clause's subject, a
// country or a person the document gives one state office; with no such
// host, or a guest of the host's own state, there is no visit.

// visitorWords describe a person as a visitor: "visiting".
var visitorWords = lexicon.Class("visitorWords")

// visitorEvents reads the visit of the person the word at i describes as
// a visitor.
func (x *Extractor) visitorEvents(doc *Document, si int, ctx *eventCtx, i int) []Event {
	t := ctx.t
	if !visitorWords[t[i].lower()] {
		return nil
	}
	guest := ctx.personAt(i + 1)
	if guest == "" {
		return nil
	}
	f := ctx.finiteBefore(i-1, clauseOpener)
	if f < 0 {
		return nil
	}
	host := ctx.hostState(ctx.subjectOf(f))
	if host == "" || slices.Contains(ctx.officeOwners([]string{guest}), host) {
		return nil
	}
	p, ok := x.visitPattern(t[i].Text)
	if !ok {
		return nil
	}
	ev := x.newEvent(doc, si, ctx, i+1, p, false, Asserted)
	ev.Agents, ev.Targets = []string{guest}, []string{host}
	return []Event{ev}
}

// personAt is the key of the person named at token j, past the country
// and the title in capitals before the name ("Gabon President Omar
// Bongo") or a few words that describe them ("Russian ultra-nationalist
// Vladimir Zhirinovsky"), or "".
func (c *eventCtx) personAt(j int) string {
	t := c.t
	if a := actorAt(c.acts, j); a >= 0 && c.acts[a].typ != Person && c.acts[a].a == j {
		j = c.acts[a].b // the country of the title: "Gabon President"
	}
	for n := 0; j < len(t) && actorAt(c.acts, j) < 0 && (isCap(t[j].Text) || n < 3 && (t[j].Tag == "NN" || t[j].Tag == "JJ") && startsWord(t[j].Text)); n++ {
		j++ // the title, in capitals, or up to three words that describe the person: "Russian ultra-nationalist"
	}
	if a := actorAt(c.acts, j); a >= 0 && c.acts[a].typ == Person {
		return c.acts[a].key
	}
	return ""
}

// hostState is the one state the hosts stand for: a country, or the
// country of the office a person holds; "" when there is none or more.
func (c *eventCtx) hostState(hosts []string) string {
	state := ""
	for _, h := range hosts {
		s := ""
		switch typeOfKey(h) {
		case Country:
			s = h
		case Person:
			if owners := c.officeOwners([]string{h}); len(owners) > 0 && typeOfKey(owners[0]) == Country {
				s = owners[0]
			}
		}
		if s == "" || state != "" && s != state {
			return ""
		}
		state = s
	}
	return state
}

// visitPattern is the lexicon's pattern of the verb of word w with a visit's
// code.
func (x *Extractor) visitPattern(w string) (verbEntry, bool) {
	for _, p := range x.idx.verbs[x.idx.lemma(w)] {
		if len(p.rest) == 0 && p.code == visitCode {
			return p, true
		}
	}
	return verbEntry{}, false
}

// visitedFocal is the country a visit by the visitors goes to when the
// text names no destination: the country the headline names, which the
// story is told from, when the visitors are one foreign state's people.
//
//	VISIT by VISITOR (no destination), the headline naming COUNTRY
//
// "An earthquake shook Costa Rica during a visit by Japanese Prime
// Minister Ryutaro Hashimoto", under "Quake shakes Costa Rica": Hashimoto
// visits Costa Rica. nil when the headline names no country, or the
// visitors are no person, or none of a known state, or of that country.
func (c *eventCtx) visitedFocal(visitors []string) []string {
	if c.focal == "" || len(visitors) == 0 {
		return nil
	}
	for _, v := range visitors {
		if typeOfKey(v) != Person {
			return nil
		}
	}
	focal := "country:" + c.focal
	if state := c.hostState(visitors); state == "" || state == focal {
		return nil
	}
	return []string{focal}
}
