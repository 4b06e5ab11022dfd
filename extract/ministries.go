package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A ministry named by its field in lower case, or without the country
// that owns it, is an organization named as a ministry is, with its
// owner when one stands right before it:
//
//	NATIONALITY|COUNTRY|COUNTRY 's FIELD ministry   "the UAE foreign ministry" -> UAE Foreign Ministry
//	NATIONALITY FIELD Ministry                       "the Russian Interior Ministry" -> Russian Interior Ministry
//	CITY 's FIELD ministry                           "Bonn's foreign ministry" -> German Foreign Ministry
//	the FIELD ministry in CAPITAL                    "the foreign ministry in Berlin" -> German Foreign Ministry
//	the FIELD ministry                               "the interior ministry" -> Interior Ministry
//
// A field is what a minister's title names before "minister" ("foreign
// minister": foreign).

// ministerNouns end a minister's title; ministryNouns name the ministry,
// officeNouns name it too ("the German Foreign Office").
var (
	ministerNouns = lexicon.Class("ministerNouns")
	ministryNouns = lexicon.Class("ministryNouns")
	officeNouns   = lexicon.Class("officeNouns")
)

// scanMinistries adds or names the ministries of sentence si.
func (bd *builder) scanMinistries(si int) {
	t := bd.toks(si)
	for i := 1; i < len(t); i++ {
		noun := t[i].lower()
		field := t[i-1].lower()
		if !ministryNouns[noun] && !officeNouns[noun] || !bd.x.idx.fields[field] {
			continue
		}
		name := titleCase(field) + " " + titleCase(noun)
		owner, country := bd.countryBefore(si, i-1)
		if owner == "" {
			owner, country = bd.cityBefore(si, i-1)
		}
		if owner == "" {
			owner, country = bd.capitalAfter(si, i+1)
		}
		if k, ok := bd.endsAt[[2]int{si, i}]; ok && bd.cands[k].a == i-1 {
			// the name tagger's "Interior Ministry": its owner's; a
			// ministry the lexicon knows by that name is another
			// state's ("the German Foreign Office" is not Britain's)
			if c := &bd.cands[k]; owner != "" && c.fixedLabel == "" && (c.gaz == nil || c.gaz.country != country) {
				c.fixedLabel, c.country, c.gaz = owner+" "+name, country, nil
			}
			continue
		}
		if bd.insideAnyCand(si, i) || bd.insideAnyCand(si, i-1) {
			continue
		}
		if owner == "" && !(i >= 2 && definite[t[i-2].lower()]) {
			continue // "a foreign ministry official": whose is not said
		}
		label := name
		if owner != "" {
			label = owner + " " + name
		}
		bd.add(cand{sent: si, a: i - 1, b: i + 1, typ: Organization, country: country, fixedLabel: label})
	}
}

// scanMinistriesOf adds the ministries of sentence si named in lower case
// by "ministry of" and their field after "the", which the name tagger
// does not find: "were summoned by the ministry of foreign affairs"
// (Ministry of Foreign Affairs). Whose it is, ownerlessMinistries reads.
//
//	the ministry of FIELD [NOUN]
func (bd *builder) scanMinistriesOf(si int) {
	t := bd.toks(si)
	for i := 1; i+2 < len(t); i++ {
		if !definite[t[i-1].lower()] || t[i].Text != t[i].lower() || !ministryNouns[t[i].Text] || !ofWords[t[i+1].lower()] ||
			t[i+2].Text != t[i+2].lower() || !bd.x.idx.fields[t[i+2].Text] || bd.insideAnyCand(si, i) || bd.insideAnyCand(si, i+2) {
			continue
		}
		b := i + 3
		if b < len(t) && t[b].Text == t[b].lower() && t[b].Tag == "NNS" && bd.fieldNoun(t[b].Text) {
			b++ // "affairs"
		}
		words := make([]string, 0, b-i)
		for _, tok := range t[i:b] {
			w := tok.Text
			if !ofWords[w] {
				w = titleCase(w)
			}
			words = append(words, w)
		}
		bd.add(cand{sent: si, a: i, b: b, typ: Organization, fixedLabel: strings.Join(words, " ")})
		i = b - 1
	}
}

// nationalMinistry gives a ministry named by its field whose name opens
// with a nationality, or ends in "of" and a country, that country:
//
//	NATIONALITY FIELD Ministry          "the Azerbaijani Defence Ministry" (Azerbaijan)
//	NATIONALITY Ministry of FIELD...    "the Russian Ministry of Foreign Affairs" (Russia)
//	Ministry of FIELD... of COUNTRY     "the Ministry of Defence of Japan" (Japan)
func (bd *builder) nationalMinistry(c *cand) {
	t := bd.toks(c.sent)
	if c.country != "" || c.gaz != nil || !bd.x.idx.fieldMinistry(t, c.a, c.b) {
		return
	}
	for _, e := range bd.x.idx.lookup(t[c.a].Text) {
		if e.demonym && e.country != "" {
			c.country = e.country
			return
		}
	}
	for k := c.b - 2; k > c.a+2; k-- {
		if ofWords[t[k].lower()] {
			for _, e := range bd.x.idx.lookup(wordsOf(t[k+1 : c.b])) {
				if e.typ == Country && !e.demonym && e.country != "" {
					c.country = e.country
					return
				}
			}
			return
		}
	}
}

// countryBefore is the country that stands right before token p, as its
// adjective or name ("the Russian", "the UAE") or with its possessive
// ("Germany's"): as the text writes it, or its adjective for a
// possessive ("German"), with its code; "" when none does.
func (bd *builder) countryBefore(si, p int) (string, string) {
	t := bd.toks(si)
	if k, ok := bd.endsAt[[2]int{si, p - 1}]; ok && bd.cands[k].gaz != nil && bd.cands[k].typ == Country {
		return wordsOf(t[bd.cands[k].a:p]), bd.cands[k].gaz.country
	}
	if k := bd.possessorBefore(si, p); k >= 0 && bd.cands[k].gaz != nil && !bd.cands[k].gaz.demonym && bd.cands[k].typ == Country {
		return bd.ownerAdjective(bd.cands[k].gaz), bd.cands[k].gaz.country // "Russia's foreign ministry": the Russian Foreign Ministry
	}
	return "", ""
}

// cityBefore is the country of the city, capital or seat of government
// whose possessive stands right before token p, as its adjective: a city
// has no ministries of its own ("Bonn's foreign ministry": the German
// Foreign Ministry); "" when none does.
func (bd *builder) cityBefore(si, p int) (string, string) {
	k := bd.possessorBefore(si, p)
	if k < 0 || bd.cands[k].gaz == nil || bd.cands[k].typ != Location || bd.cands[k].gaz.country == "" {
		return "", ""
	}
	switch g := bd.cands[k].gaz; g.kind {
	case kindCapital, kindCity, kindSeat:
		if adj := bd.x.idx.adjectives[g.country]; adj != "" {
			return adj, g.country
		}
	}
	return "", ""
}

// capitalAfter is the nationality and country of the capital named after
// "in" at token p ("the foreign ministry in Berlin": German, DEU), or "".
func (bd *builder) capitalAfter(si, p int) (string, string) {
	t := bd.toks(si)
	if p+1 >= len(t) || !cityPreps[t[p].lower()] {
		return "", ""
	}
	k, ok := bd.startsAt[[2]int{si, p + 1}]
	if !ok || bd.cands[k].gaz == nil || bd.cands[k].typ != Location || bd.cands[k].gaz.country == "" {
		return "", ""
	}
	if g := bd.cands[k].gaz; g.kind == kindCapital || g.kind == kindSeat {
		if adj := bd.x.idx.adjectives[g.country]; adj != "" {
			return adj, g.country
		}
	}
	return "", ""
}

// titleCase gives a lower-case word its capital: "foreign" -> "Foreign".
func titleCase(w string) string {
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

// ministryAfter reports a ministry named by its field from token i to
// the verb at v, as a possessive pronoun's state body: "Its foreign
// ministry welcomed".
//
//	[FIELD|ADJ]* ministry VERB
func (c *eventCtx) ministryAfter(i, v int) bool {
	t := c.t
	if c.idx == nil {
		return false
	}
	for k := i; k < v; k++ {
		w := t[k].lower()
		if ministryNouns[w] {
			return k == v-1 || t[k+1].Tag == "RB" && k+2 == v
		}
		if !c.idx.fields[w] && t[k].Tag != "JJ" {
			return false
		}
	}
	return false
}

// A ministry named by its field stands for its state in an event: the
// state acts and is acted on through it.
//
//	[STATE|NATIONALITY] [the] FIELD ministry           "India's foreign ministry said it is expelling"
//	[STATE 's] Ministry of FIELD ...                   "Greece's Ministry of Foreign Affairs summoned Iran's ambassador"
//
// "The Israeli foreign ministry said it had ordered a recall of its
// ambassadors": Israel recalls them, as "the government" or "the
// authorities" stand for their state. A body with a name of its own, a
// department or an agency ("Rosselkhoznadzor", "the Justice Department"),
// acts by itself; the ministry stays an entity, and who speaks.

// fieldMinistry reports a name from token a to b that is a ministry named
// by its field ("Foreign Ministry", "Ministry of Foreign Affairs", "Azerbaijani
// Ministry of Defence").
func (ix *index) fieldMinistry(t []Token, a, b int) bool {
	if b-a >= 2 && ministryNouns[t[b-1].lower()] && ix.fields[t[b-2].lower()] {
		return true
	}
	for k := a; k+2 < b; k++ {
		if ministryNouns[t[k].lower()] && ofWords[t[k+1].lower()] && ix.fields[t[k+2].lower()] {
			return true // "Ministry of Foreign Affairs", "the Russian Ministry of Defence"
		}
	}
	return false
}

// ownerlessMinistries gives each ministry named by its field after "the"
// that says no state of its own the state a state noun in its place would
// stand for (referredState), with the state the headline names first as
// the document's: "the foreign ministry" of a story headed "Iran summons
// envoys" is Iran's, and stands for Iran in events as "the government"
// does. A story whose headline names no state leaves it no one's: the
// country it names most may be the one the ministry acts on.
//
//	the FIELD ministry | the Ministry of FIELD...   "The Ministry of Foreign Affairs summoned the British envoy"
func ownerlessMinistries(doc *Document, ix *index, bySent map[int][]actor, state string, partyOf func(actor) string) {
	for si, acts := range bySent {
		t := doc.Sentences[si].Tokens
		for i := range acts {
			a := &acts[i]
			if a.typ != Organization || a.state != "" || a.a == 0 || !definite[t[a.a-1].lower()] || !ix.fieldMinistry(t, a.a, a.b) {
				continue
			}
			if code := referredState(t, acts, a.a, state, partyOf); code != "" {
				a.state = "country:" + code
			}
		}
	}
}

// ministryStates puts in keys, for each ministry named by its field, the
// state it stands for.
func (c *eventCtx) ministryStates(keys []string) []string {
	var out []string
	for _, k := range keys {
		for _, a := range c.acts {
			if a.key == k && a.state != "" {
				k = a.state
				break
			}
		}
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}
