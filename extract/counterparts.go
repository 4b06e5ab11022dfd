package extract

import "strings"

// A counterpart with no name beside it is the one person the document
// gives the possessor's office in the counterpart's country:
//
//	PERSON ... POSSESSIVE NATIONALITY counterpart    "Falcao telephoned his Bolivian counterpart"
//	PERSON ... POSSESSIVE counterpart                "Maduro accused his counterpart"
//
// "Brazilian Energy Minister Rogerio Falcao telephoned his Bolivian
// counterpart" after "Bolivian Energy Minister Guillermo Torrico said" is
// a call to Torrico: the person before the word in its sentence holds an
// office ("minister"), and one person holds an office of that head of
// Bolivia. The nationality then only says whose counterpart; when no
// one, or more than one, holds such an office, it is left to stand for
// its state. With no nationality, the one holder of the office in any
// other state is meant: "Venezuelan President Maduro accused his
// counterpart" after "Colombian President Santos" is Santos. A name in
// apposition or right after the word ("his Israeli counterpart, Ariel
// Sharon") says who, and is left alone.
func addCounterparts(doc *Document, bySent map[int][]actor, offices map[string][]string) []Reference {
	var refs []Reference
	for si, sent := range doc.Sentences {
		t := sent.Tokens
		for k := 2; k < len(t); k++ {
			if !counterpartNouns[t[k].lower()] || t[k].Tag == "NNS" || actorAt(bySent[si], k) >= 0 {
				continue
			}
			if k+1 < len(t) && isCap(t[k+1].Text) || k+2 < len(t) && t[k+1].Text == "," && (isCap(t[k+2].Text) || honorifics[t[k+2].Text]) {
				continue
			}
			if possessivePronouns[t[k-1].lower()] {
				// "accused his counterpart": the one holder of the
				// office in any other state
				if own := lastPersonBefore(bySent[si], k-1); own != "" {
					if key := counterpartOf(offices, own, ""); key != "" {
						refs = append(refs, addWordActor(doc, bySent, si, k, key, Person))
					}
				}
				continue
			}
			if !possessivePronouns[t[k-2].lower()] {
				continue
			}
			nat := actorAt(bySent[si], k-1)
			if nat < 0 || !bySent[si][nat].demonym || bySent[si][nat].a != k-1 || bySent[si][nat].b != k {
				continue
			}
			own := lastPersonBefore(bySent[si], k-2)
			if own == "" {
				continue
			}
			key := counterpartOf(offices, own, bySent[si][nat].key)
			if key == "" {
				continue
			}
			bySent[si][nat].modifier = true
			refs = append(refs, addWordActor(doc, bySent, si, k, key, Person))
		}
	}
	return refs
}

// lastPersonBefore is the key of the last person named before token k of a
// sentence, or "".
func lastPersonBefore(acts []actor, k int) string {
	key, at := "", -1
	for _, a := range acts {
		if a.typ == Person && a.b <= k && a.a > at {
			key, at = a.key, a.a
		}
	}
	return key
}

// counterpartOf is the one person other than own who holds an office of
// state with the head of one of own's offices ("minister"), or ""; with
// state "", an office of any state but own's.
func counterpartOf(offices map[string][]string, own, state string) string {
	heads := map[string]bool{}
	owners := map[string]bool{}
	for _, o := range offices[own] {
		owner, head, _ := strings.Cut(o, "|")
		heads[head], owners[owner] = true, true
	}
	found := ""
	for person, os := range offices {
		if person == own {
			continue
		}
		for _, o := range os {
			owner, head, _ := strings.Cut(o, "|")
			if state != "" && owner != state || state == "" && (owners[owner] || !strings.HasPrefix(owner, "country:")) || !heads[head] {
				continue
			}
			if found != "" && found != person {
				return ""
			}
			found = person
		}
	}
	return found
}
