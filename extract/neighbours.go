package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// neighbourNouns stand for the state next to the one that owns them.
var neighbourNouns = lexicon.Class("neighbourNouns")

// A state's neighbour is the other state of the story's pair:
//
//	STATE ... (its|their) [ADJ] neighbour      "Bogota accused its neighbour"
//
// The owner is the first state named before the noun in its sentence, its
// subject (a capital standing for its government counts); the neighbour
// is the one other state the sentence names before the noun ("Kinshasa
// accused Rwanda of ... and called for sanctions on its neighbour"), else the other state of
// the pair the story names together most (lastParties) when the owner is
// one of the two. A plural ("its neighbours") is several states and
// stands for none.
func addNeighbours(doc *Document, bySent map[int][]actor) []Reference {
	var refs []Reference
	for si, sent := range doc.Sentences {
		t := sent.Tokens
		for k := 1; k < len(t); k++ {
			if !neighbourNouns[t[k].lower()] || t[k].Tag == "NNS" || actorAt(bySent[si], k) >= 0 {
				continue
			}
			d := k - 1
			if d >= 1 && t[d].Tag == "JJ" && !isCap(t[d].Text) {
				d-- // "its northern neighbour"
			}
			if !partyPossessives[t[d].lower()] {
				continue
			}
			states := statesBefore(bySent[si], d)
			if len(states) == 0 {
				continue
			}
			owner := states[0]
			key := ""
			switch {
			case len(states) == 2:
				key = states[1]
			case len(states) == 1:
				if pair := lastParties(bySent, si, d, isState); len(pair) == 2 {
					switch owner {
					case pair[0]:
						key = pair[1]
					case pair[1]:
						key = pair[0]
					}
				}
			}
			if key == "" {
				continue
			}
			refs = append(refs, addWordActor(doc, bySent, si, k, key, Country))
		}
	}
	return refs
}
