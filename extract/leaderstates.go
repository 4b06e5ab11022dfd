package extract

import "strings"

// leaderStates makes a person who owns a government the state whose
// office the document gives them:
//
//	PERSON 's (government|administration|regime|cabinet)
//	(government|administration|regime|cabinet) of [the] [TITLE] PERSON
//
// "President Burhanuddin Rabbani's government" and "the government of the
// Ethiopian Prime Minister Abiy Ahmed" are Afghanistan's and Ethiopia's
// where Rabbani and Abiy hold those states' offices; with no state office
// the person stays.
func leaderStates(doc *Document, bySent map[int][]actor, offices map[string][]string) {
	for si, acts := range bySent {
		t := doc.Sentences[si].Tokens
		for i := range acts {
			a := &acts[i]
			if a.typ != Person || !governmentOwner(t, a.a, a.b) {
				continue
			}
			for _, o := range offices[a.key] {
				if owner, _, _ := strings.Cut(o, "|"); strings.HasPrefix(owner, "country:") {
					a.key, a.typ, a.leader = owner, Country, true
					break
				}
			}
		}
	}
}

// governmentOwner reports a person's name from a to b that owns a
// government: before its possessive, or after its "of" past the
// person's title and nationality.
func governmentOwner(t []Token, a, b int) bool {
	if b+1 < len(t) && isPossessive(t[b].Text) && leaderNouns[t[b+1].lower()] {
		return true // "Rabbani's government"
	}
	k := a - 1
	for k >= 0 && a-k <= 5 && (t[k].Tag == "NNP" || t[k].Tag == "JJ" || definite[t[k].lower()]) {
		k-- // "the Ethiopian Prime Minister"
	}
	return k >= 1 && ofWords[t[k].lower()] && leaderNouns[t[k-1].lower()] // "the government of"
}
