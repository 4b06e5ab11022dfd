package extract

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// References: bare nouns that stand for an actor named elsewhere in the
// document.
//
//	the + state noun    the document's state    "The government expelled the envoy."

// stateNouns name a state's government without naming the state: "the
// government said", "the authorities arrested".
var stateNouns = lexicon.Class("stateNouns")

// stateOf is the country a document's bare state nouns stand for: the
// first its headline names, else the one it names most often (the first
// of those named equally often), else "".
func stateOf(focal string, de *docEntities) string {
	if focal != "" {
		return focal
	}
	count := map[string]int{}
	best := ""
	for _, c := range de.cands {
		if c.typ != Country || c.country == "" {
			continue
		}
		count[c.country]++
		if best == "" || count[c.country] > count[best] {
			best = c.country
		}
	}
	return best
}

// addReferences makes actors of bare nouns that refer to one named
// elsewhere: a state noun stands for the document's state. The noun
// follows "the", is not "of" a name ("the government of Mali": the name
// says whose) and is in no actor already; with no state to stand for, it
// stays no actor.
func addReferences(doc *Document, bySent map[int][]actor, state string) []Reference {
	if state == "" {
		return nil
	}
	var refs []Reference
	for si, sent := range doc.Sentences {
		t := sent.Tokens
		for k := 1; k < len(t); k++ {
			if !stateNouns[strings.ToLower(t[k].Text)] || !strings.EqualFold(t[k-1].Text, "the") ||
				k+1 < len(t) && strings.EqualFold(t[k+1].Text, "of") || actorAt(bySent[si], k) >= 0 {
				continue
			}
			ref := actor{a: k, b: k + 1, key: "country:" + state, typ: Country}
			refs = append(refs, Reference{Key: ref.key, Text: doc.Text[t[k].Start:t[k].End], Start: t[k].Start, End: t[k].End, Sentence: si})
			acts := append(bySent[si], ref)
			sort.SliceStable(acts, func(i, j int) bool { return acts[i].a < acts[j].a })
			bySent[si] = acts
		}
	}
	return refs
}
