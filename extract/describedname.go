package extract

// describesName reports common nouns from token k on that describe the
// name after them, whose type named(j) gives for a name starting at j (""
// for none), so that a country's name before them says where the named
// one is from:
//
//	COUNTRY [ADJ|NOUN]{1,3} NAME     (before a person, no title among the nouns)
//
// "sued US chipmaker Intel", "fined US oil major Chevron": the company
// is the party, not the United States; but "the US ambassador John
// Smith" is read by the rules of titles.
func (x *Extractor) describesName(t []Token, k int, named func(int) EntityType) bool {
	j := k
	title := false
	for j < len(t) && j < k+3 && (t[j].Tag == "NN" || t[j].Tag == "NNS" || t[j].Tag == "JJ") && !isCap(t[j].Text) {
		title = title || x.idx.titleHeads[t[j].lower()]
		j++
	}
	if j == k || j >= len(t) {
		return false
	}
	typ := named(j)
	return typ == Organization || typ == Person && !title
}
