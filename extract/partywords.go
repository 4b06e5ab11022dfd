package extract

// A party named by one ordinary word is that party only in a document
// about its country, or about none, or that names its country:
//
//	WORD (an ordinary word, a party's one-word name)   the party, unless the document is about another country and never names the party's
//
// "Conservative leader Michael Howard" in a British story is the
// Conservative Party's leader; "Labour" in a story about Malta that names
// no British place is a party of its own, "Labour", not Britain's.

// kindParty is the lexicon's kind of a political party.
const kindParty = "party"

// foreignPartyWords makes a party of its own, known by its word alone, of
// each party named by one ordinary word ("Conservative", "Labour",
// "Liberal") in a document about another country than the lexicon's
// party's that never names that country, where the name tagger found a
// name; where only the lexicon did, no name.
func (bd *builder) foreignPartyWords() {
	doc := ""
	for k := range bd.cands {
		c := &bd.cands[k]
		if c.dropped || c.gaz == nil || c.gaz.kind != kindParty || c.b-c.a != 1 || c.gaz.country == "" ||
			!bd.x.idx.common[bd.toks(c.sent)[c.a].lower()] {
			continue
		}
		if doc == "" {
			doc = bd.documentCountry() + "?" // worked out once; "?" for none
		}
		if doc != "?" && doc != c.gaz.country+"?" && !bd.namesCountry(c.gaz.country) {
			if c.sure == 0 {
				c.dropped = true // only the lexicon's word: "the Conservative opposition New Democracy"
				continue
			}
			// a name the tagger found: another country's party of that
			// name, "Labour" in Malta
			text := bd.doc.Text[c.start:c.end]
			c.gaz, c.country, c.key = nil, "", "organization:"+slug(text)
		}
	}
}

// namesCountry reports that the document names the country of code, its
// people or a place of it, other than by its parties.
func (bd *builder) namesCountry(code string) bool {
	for _, c := range bd.cands {
		if !c.dropped && c.country == code && (c.typ == Country || c.typ == Location || c.gaz != nil && c.gaz.demonym) {
			return true
		}
	}
	return false
}
