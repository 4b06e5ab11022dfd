package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// "The country" stands for the one state named last before it: in its own
// sentence, else in the sentence before; with two or more states named
// there it stays no actor, whichever it means, unless one of them acts on
// it and one other is left.
//
//	... STATE ... the country ...                     (no other state between)
//	STATE ... .  ... the country ...                  (the one state of the sentence before)
//	STATE VERB ... OTHER ... VERB the country ...     (the other: "Peru recalled its envoy from Chile and accused the country")
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
			acting := ""
			if i := slices.IndexFunc(states, func(s string) bool { return actsOnOther(t, bySent[si], s, k) }); i >= 0 {
				acting = states[i]
			}
			if len(states) >= 2 && acting != "" {
				// "Peru recalled its envoy from Chile and accused the
				// country of spying": the one state named besides the
				// one acting
				states = slices.DeleteFunc(states, func(s string) bool { return s == acting })
			} else if len(states) == 1 && acting != "" {
				// "France responded by destroying the country's air
				// force": another state than the one acting, named
				// before; none in a story's first sentence
				states = nil
				if si > 0 {
					states = slices.DeleteFunc(statesBefore(bySent[si-1], len(doc.Sentences[si-1].Tokens)), func(s string) bool { return s == acting })
				}
			} else if len(states) == 0 && si > 0 {
				states = statesBefore(bySent[si-1], len(doc.Sentences[si-1].Tokens))
			}
			if len(states) != 1 {
				continue
			}
			refs = append(refs, addStateWord(doc, bySent, si, k, states[0]))
		}
	}
	return refs
}

// actsOnOther reports "the country" at token k in what the state key,
// the sentence's opening subject or the one who holds a title of it
// there, does to another: a verb of its own, no verb of saying, stands
// between them. Its own state it would call its own ("its air force"), so
// "the country" is another.
//
//	STATE ... VERB ... the country ...               (VERB no speech verb)
//	STATE['s] TITLE HOLDER ... VERB ... the country ...
func actsOnOther(t []Token, acts []actor, key string, k int) bool {
	subj := openingSubject(t, acts)
	own := slices.ContainsFunc(acts, func(a actor) bool { return a.key == key && a.a == subj.a && !a.demonym })
	held := slices.ContainsFunc(acts, func(a actor) bool {
		h, ok := titledHolder(t, acts, a)
		return a.key == key && ok && h.a == subj.a && subj.typ == Person
	})
	if subj.key == "" || !(subj.key == key && own || held) {
		return false // "Peruvian rebels took the country's north": the rebels act, in their own country
	}
	if held && !own && k+1 < len(t) && isPossessive(t[k+1].Text) {
		return false // "the Dutch minister told the country's parliament": her own
	}
	for j := subj.b; j < k; j++ {
		if speechVerbs[t[j].lower()] || thatWords[t[j].lower()] {
			return false // "France said the country would": the speaker's own
		}
		if strings.HasPrefix(t[j].Tag, "VB") && !auxiliary(t[j].Text) {
			return true
		}
	}
	return false
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
			refs = append(refs, addStateWord(doc, bySent, si, k, states[0]))
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

// "The three countries" stand for the last three states named together in
// a list, in their sentence or the two before; "the four countries" for
// four:
//
//	STATE , STATE and STATE ... .  the three (countries|nations|...)
//
// "Britain, France and Germany met Iran. The three countries urged Tehran
// to suspend enrichment."

// groupNumbers count the states of a group noun after "the", from three
// on, in order: "three" is 3.
var groupNumbers = lexicon.List("groupNumbers")

// addStateGroups makes actors of "the three countries" and the like, and
// returns the references they are.
func addStateGroups(doc *Document, bySent map[int][]actor) []Reference {
	var refs []Reference
	for si, sent := range doc.Sentences {
		t := sent.Tokens
		for k := 2; k < len(t); k++ {
			n := slices.Index(groupNumbers, t[k-1].lower()) + 3
			if n < 3 || !pairStateNouns[t[k].lower()] || !definite[t[k-2].lower()] || actorAt(bySent[si], k) >= 0 {
				continue
			}
			var group []string
			for s := si; s >= 0 && s >= si-2 && group == nil; s-- {
				end := len(doc.Sentences[s].Tokens)
				if s == si {
					end = k - 2
				}
				group = lastList(doc.Sentences[s].Tokens, bySent[s], end, n)
			}
			if group == nil {
				continue
			}
			addActor(bySent, si, actor{a: k - 2, b: k + 1, key: group[0], also: group[1:], typ: Country})
			for _, key := range group {
				refs = append(refs, Reference{Key: key, Text: doc.Text[t[k-2].Start:t[k].End], Start: t[k-2].Start, End: t[k].End, Sentence: si})
			}
		}
	}
	return refs
}

// lastList is the last list of n distinct states that the actors acts of
// tokens t name before token end, joined by commas and one "and": "Britain,
// France and Germany"; nil when there is none.
func lastList(t []Token, acts []actor, end, n int) []string {
	var last []string
	var run []string
	prev := -1 // the end of the run's last actor
	for _, a := range acts {
		if a.b > end || a.typ != Country || a.demonym || a.modifier || a.where || len(a.also) > 0 {
			continue
		}
		joined := prev >= 0 && a.a-prev <= 2 && a.a > prev
		for j := prev; joined && j < a.a; j++ {
			if w := t[j].lower(); w != "," && !coordinators[w] && !determiners[w] {
				joined = false
			}
		}
		if !joined {
			if len(run) == n {
				last = run
			}
			run = nil
		}
		if !slices.Contains(run, a.key) {
			run = append(run, a.key)
		}
		prev = a.b
	}
	if len(run) == n {
		last = run
	}
	return last
}
