package extract

// A company's name joined by an ampersand to its legal form or to the
// words that end companies' names is one name, whatever the name tagger
// cut it into:
//
//	NAME & (LEGAL-FORM|COMPANY-HEAD)+      "Merrill Lynch & Co. Inc."
//
// Two words in capitals joined by an ampersand are one name too: the name
// the lexicon knows with "and" for the ampersand, else a firm's:
//
//	WORD & WORD                            "Trinidad & Tobago" (Trinidad and Tobago), "Marks & Spencer", "Ben & Jerry's"
//
// A country or a place on either side with no name for the whole stays
// itself ("Britain & France").

// ampersand joins the parts of a company's name.
const ampersand = "&"

// joinAmpersandNames joins, in sentence si, a name and the legal forms
// after its ampersand into one organization.
func (bd *builder) joinAmpersandNames(si int) {
	t := bd.toks(si)
	for i := 1; i+1 < len(t); i++ {
		if t[i].Text != ampersand {
			continue
		}
		left, ok := bd.endsAt[[2]int{si, i - 1}]
		if !ok || bd.cands[left].dropped || bd.cands[left].typ == Country || bd.cands[left].typ == Location {
			bd.joinAmpersandPair(si, i)
			continue
		}
		b := i + 1
		for b < len(t) && (legalForm(t[b].Text) || companyHead(t[b].Text)) {
			b++
		}
		if b == i+1 {
			bd.joinAmpersandPair(si, i) // no legal form after it
			continue
		}
		if b < len(t) && isCap(t[b].Text) && isWord(t[b].Text) {
			continue // a name going on past them ("& Co Wertpapier")
		}
		a := bd.cands[left].a
		bd.dropWithin(si, a, b)
		bd.add(cand{sent: si, a: a, b: b, typ: Organization})
		i = b - 1
	}
}

// joinAmpersandPair joins the words in capitals on either side of the
// ampersand at token i of sentence si into one name, as the lexicon
// knows it with "and" or else as an organization.
func (bd *builder) joinAmpersandPair(si, i int) {
	t := bd.toks(si)
	if i < 1 || i+1 >= len(t) || !ampersandWord(t[i-1].Text) || !ampersandWord(t[i+1].Text) {
		return
	}
	if i >= 2 && isCap(t[i-2].Text) && isWord(t[i-2].Text) || i+2 < len(t) && isCap(t[i+2].Text) && isWord(t[i+2].Text) {
		return // a side of more than one word: the name tagger's and the lexicon's
	}
	if k, ok := bd.candAt(si, i); ok {
		if bd.cands[k].typ == Person && bd.cands[k].gaz == nil {
			bd.cands[k].typ = Organization // no one person's name has an ampersand: "Marks & Spencer"
		}
		return // "Standard & Poor's": a name across the ampersand already
	}
	whole := bd.doc.Text[t[i-1].Start:t[i-1].End] + " and " + bd.doc.Text[t[i+1].Start:t[i+1].End]
	if e, ok := bd.knownName(whole); ok {
		bd.dropWithin(si, i-1, i+2)
		bd.add(cand{sent: si, a: i - 1, b: i + 2, typ: e.typ, gaz: &e, country: e.country})
		return
	}
	for _, k := range []int{i - 1, i + 1} {
		for _, e := range bd.x.idx.lookup(t[k].Text) {
			if e.typ == Country || e.typ == Location || e.demonym {
				return // "Britain & France": two
			}
		}
	}
	bd.dropWithin(si, i-1, i+2)
	bd.add(cand{sent: si, a: i - 1, b: i + 2, typ: Organization})
}

// ampersandWord reports a word in capitals that may stand beside an
// ampersand in a name.
func ampersandWord(w string) bool { return isCap(w) && isWord(w) && !isAcronym(w) }
