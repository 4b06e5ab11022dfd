package extract

// A title that names no one, as the subject of a clause in a sentence that
// names no person, followed by a sentence that opens with a person as its
// subject who has no title of their own: the person holds the title. A
// story names an official by office first and by name in the next
// sentence:
//
//	[DET] [OWNER 's | DEMONYM | NOUN 's] [MOD]* TITLE [PREP NAME] FINITE-VERB ... .
//	[HONORIFIC] PERSON FINITE-VERB ...
//
// "Russia's president has defended the purchase of Yukos' key production
// unit ... Vladimir Putin said it was quite within the rights of a state
// company": Putin is Russia's president.

// leadTitle is a title that names no one as a clause's subject, for the
// person who opens the next sentence.
type leadTitle struct {
	title, code string
	of          int // the owner's candidate, -2 for the person's own country, -1 for none
	sent        int
}

// scanLeadTitles records the titles of sentence si that name no one as a
// clause's subject (see above).
func (bd *builder) scanLeadTitles(si int) {
	s := &bd.doc.Sentences[si]
	if s.Headline {
		return
	}
	t := s.Tokens
	var found []leadTitle
	subject := false
	start := datelineEnd(t)
	for i := start; i < len(t); i++ {
		if i > 0 && (determiners[t[i-1].lower()] || isPossessive(t[i-1].Text)) {
			continue // inside a phrase begun before
		}
		if lt, end, verb := bd.leadTitleAt(si, i); end > i {
			found = append(found, lt)
			subject = verb && (i == start || opensClauseAt(t, i))
			i = end - 1
		}
	}
	if len(found) == 1 && subject {
		bd.leads = append(bd.leads, found[0]) // two offices: the name may be either's
	}
}

// opensClauseAt reports a token that may open a clause's subject: after a
// comma, a subordinator ("after", "as", "when") or "that".
func opensClauseAt(t []Token, i int) bool {
	p := t[i-1]
	return p.Text == "," || p.Tag == "IN" || p.Tag == "WRB" || thatWords[p.lower()]
}

// leadTitleAt reads a title that names no one from token i: the title,
// the token after its phrase (i when there is none) and whether a finite
// verb follows it, whose subject it is then.
func (bd *builder) leadTitleAt(si, i int) (leadTitle, int, bool) {
	t := bd.toks(si)
	p := i
	if p < len(t) && determiners[t[p].lower()] {
		p++
	}
	if k, ok := bd.startsAt[[2]int{si, p}]; ok {
		c := bd.cands[k]
		if c.typ != Country && c.typ != Organization && !(c.gaz != nil && c.gaz.demonym) {
			return leadTitle{}, i, false
		}
		p = c.b // "Russia's", "the Russian"
	} else if p+1 < len(t) && nounModifierWord(t[p]) && isPossessive(t[p+1].Text) {
		p++ // "the campaign's"
	}
	if p < len(t) && isPossessive(t[p].Text) {
		p++
	}
	if p >= len(t) || p == i {
		return leadTitle{}, i, false
	}
	te, title, q := bd.titleAt(si, p, len(t))
	if title == "" || te.title == "" {
		return leadTitle{}, i, false
	}
	if q < len(t) && (isNameToken(t[q].Text) || t[q].Text == ",") {
		return leadTitle{}, i, false // a title with its name
	}
	if q < len(t) && (t[q].Tag == "IN" || t[q].Tag == "TO") {
		q++ // "High Commissioner to Britain"
		for n := 0; q < len(t) && n < 4 && (determiners[t[q].lower()] || isCap(t[q].Text)); n++ {
			q++
		}
	}
	of := bd.ownerBefore(si, p)
	if of < 0 && p >= 2 && isPossessive(t[p-1].Text) && countryNouns[t[p-2].lower()] {
		of = -2 // "the country's": the person's own country
	}
	return leadTitle{title: title, code: te.code, of: of, sent: si}, q, q < len(t) && isFinite(t[q].Tag)
}

// resolveLeadTitles gives each lead title to the person who opens the
// next sentence as its subject, when the title's sentence names no person
// and the person has no title.
func (bd *builder) resolveLeadTitles(de *docEntities) {
	for _, l := range bd.leads {
		n := l.sent + 1
		if n >= len(bd.doc.Sentences) || bd.namesPerson(l.sent) {
			continue
		}
		k, ok := bd.openingPerson(n)
		if !ok {
			continue
		}
		e := de.byKey[bd.cands[k].key]
		if e == nil || len(e.Roles) > 0 {
			continue
		}
		of := ""
		switch {
		case l.of >= 0 && !bd.cands[l.of].dropped:
			of = bd.cands[l.of].key
			if e.Country == "" {
				e.Country = bd.cands[l.of].country // the person acts for the owner's country, as with any title
			}
		case l.of == -2 && e.Country != "":
			of = "country:" + e.Country
		}
		e.Roles = append(e.Roles, Role{Title: l.title, Code: l.code, Of: of, Evidence: bd.evidence(l.sent)})
	}
}

// namesPerson reports a person among the candidates of sentence si.
func (bd *builder) namesPerson(si int) bool {
	for _, k := range bd.bySent[si] {
		if c := bd.cands[k]; c.typ == Person && !c.dropped {
			return true
		}
	}
	return false
}

// openingPerson is the person who opens sentence si as the subject of the
// finite verb right after the name, past an honorific: "Dr Maleeha Lodhi
// said".
func (bd *builder) openingPerson(si int) (int, bool) {
	s := &bd.doc.Sentences[si]
	if s.Headline {
		return 0, false
	}
	t := s.Tokens
	i := datelineEnd(t)
	for i < len(t) && honorifics[t[i].Text] {
		i++
	}
	k, ok := bd.startsAt[[2]int{si, i}]
	if !ok {
		return 0, false
	}
	c := bd.cands[k]
	if c.typ != Person || c.dropped || c.b >= len(t) || !isFinite(t[c.b].Tag) {
		return 0, false
	}
	return k, true
}
