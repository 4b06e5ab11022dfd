package extract

import "strings"

// leaderStates makes a person who owns a government the state whose
// office the document gives them:
//
//	PERSON 's (government|administration|regime|cabinet)
//
// "President Burhanuddin Rabbani's government" is Afghanistan's where
// Rabbani is Afghanistan's president; with no state office the person
// stays.
func leaderStates(doc *Document, bySent map[int][]actor, offices map[string][]string) {
	for si, acts := range bySent {
		t := doc.Sentences[si].Tokens
		for i := range acts {
			a := &acts[i]
			if a.typ != Person || a.b+1 >= len(t) || !isPossessive(t[a.b].Text) || !leaderNouns[t[a.b+1].lower()] {
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
