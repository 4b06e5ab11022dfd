package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// "The country" stands for the one state named last before it: in its own
// sentence, else in the sentence before; with two or more states named
// there it stays no actor, whichever it means.
//
//	... STATE ... the country ...        (no other state between)
//	STATE ... .  ... the country ...     (the one state of the sentence before)
//
// "Nigeria sold its stake. Shell bought it from the country's oil
// company": Nigeria's. A nationality names its state too ("a Nigerian oil
// field"); a capital standing for its government does.

// countryRefNouns after "the" stand for a state named before.
var countryRefNouns = lexicon.Class("countryRefNouns")

// addCountryNouns makes actors of "the country" where one state named
// before stands for it, and returns the references they are.
func addCountryNouns(doc *Document, bySent map[int][]actor) []Reference {
	var refs []Reference
	for si, sent := range doc.Sentences {
		t := sent.Tokens
		for k := 1; k < len(t); k++ {
			if !countryRefNouns[t[k].lower()] || t[k].Tag != "NN" || !articles[t[k-1].lower()] || ofAfter(t, k) || actorAt(bySent[si], k) >= 0 {
				continue
			}
			states := statesBefore(bySent[si], k)
			if len(states) == 0 && si > 0 {
				states = statesBefore(bySent[si-1], len(doc.Sentences[si-1].Tokens))
			}
			if len(states) != 1 {
				continue
			}
			ref := actor{a: k, b: k + 1, key: states[0], typ: Country}
			refs = append(refs, Reference{Key: ref.key, Text: doc.Text[t[k].Start:t[k].End], Start: t[k].Start, End: t[k].End, Sentence: si})
			addActor(bySent, si, ref)
		}
	}
	return refs
}

// statesBefore are the distinct states the actors before token k name:
// countries, nationalities and capitals, not places where.
func statesBefore(acts []actor, k int) []string {
	var out []string
	for _, a := range acts {
		if a.b > k || a.typ != Country || a.where || len(a.also) > 0 {
			continue
		}
		if !slices.Contains(out, a.key) {
			out = append(out, a.key)
		}
	}
	return out
}

// "The North" or "the South", capitalised and standing alone, is the one
// state the document names whose name opens with that point of the
// compass:
//
//	the (North|South|...) [no name after it]       (one such state named in the document)
//
// "North Korea agreed to return to talks. Japan has accused the North of
// abducting its citizens": North Korea.

// addCompassStates makes actors of "the North" and the like where the
// document names one state whose name opens with the word; labels maps a
// country's key to its name.
func addCompassStates(doc *Document, bySent map[int][]actor, labels map[string]string) []Reference {
	named := map[string]bool{} // the states the document names
	for _, acts := range bySent {
		for _, a := range acts {
			if a.typ == Country {
				named[a.key] = true
			}
		}
	}
	var refs []Reference
	for si, sent := range doc.Sentences {
		t := sent.Tokens
		for k := 1; k < len(t); k++ {
			if !compassPoints[t[k].Text] || !articles[t[k-1].lower()] || k+1 < len(t) && isCap(t[k+1].Text) || actorAt(bySent[si], k) >= 0 {
				continue
			}
			var states []string
			for key := range named {
				if point, _, ok := strings.Cut(labels[key], " "); ok && point == t[k].Text {
					states = append(states, key)
				}
			}
			if len(states) != 1 {
				continue
			}
			ref := actor{a: k, b: k + 1, key: states[0], typ: Country}
			refs = append(refs, Reference{Key: ref.key, Text: doc.Text[t[k].Start:t[k].End], Start: t[k].Start, End: t[k].End, Sentence: si})
			addActor(bySent, si, ref)
		}
	}
	return refs
}

// countryLabels maps the key of each country of ents to its name.
func countryLabels(ents []Entity) map[string]string {
	out := map[string]string{}
	for _, e := range ents {
		if e.Type == Country {
			out[e.Key] = e.Label
		}
	}
	return out
}
