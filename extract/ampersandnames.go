package extract

// A company's name joined by an ampersand to its legal form or to the
// words that end companies' names is one name, whatever the name tagger
// cut it into:
//
//	NAME & (LEGAL-FORM|COMPANY-HEAD)+      "Merrill Lynch & Co. Inc."
//
// The ampersand ends a name no other way: "Procter & Gamble" is left to
// the name tagger and the lexicon.

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
			continue
		}
		b := i + 1
		for b < len(t) && (legalForm(t[b].Text) || companyHead(t[b].Text)) {
			b++
		}
		if b == i+1 || b < len(t) && isCap(t[b].Text) && isWord(t[b].Text) {
			continue // no legal form after it, or a name going on past them ("& Co Wertpapier")
		}
		a := bd.cands[left].a
		bd.dropWithin(si, a, b)
		bd.add(cand{sent: si, a: a, b: b, typ: Organization})
		i = b - 1
	}
}
