package extract

import (
	"slices"
	"sort"
	"strings"
)

// partBytes is the length of text past which a document is read in parts:
// a document longer than that (no news article comes near it: a long
// feature is some 50 KB) is cut at paragraph breaks into parts of about
// this size, each read as a document of its own, and their results joined.
// Names are resolved within a part: a surname two megabytes after the full
// name is not traced back to it. In return, what a document costs in
// memory is bounded by the part, not by the document: a 10 MB file holds
// one part's tokens and candidates at a time, not the whole file's.
const partBytes = 256 << 10

// parts cuts a document's sentences into runs [a, b) of about max bytes
// each: a part ends at the first paragraph break (a line break between two
// sentences) after max bytes, or at any sentence once it reaches twice
// that. A document of max bytes or fewer is one part.
func parts(doc *Document, max int) [][2]int {
	var out [][2]int
	a := 0
	for i := 1; i < len(doc.Sentences); i++ {
		size := doc.Sentences[i].Start - doc.Sentences[a].Start
		if size < max {
			continue
		}
		gap := doc.Text[doc.Sentences[i-1].End:doc.Sentences[i].Start]
		if strings.ContainsAny(gap, "\n\r") || size >= 2*max {
			out = append(out, [2]int{a, i})
			a = i
		}
	}
	return append(out, [2]int{a, len(doc.Sentences)})
}

// extractParts reads each part of doc as a document of its own (the same
// text, date and title; the part's sentences) and joins their results.
// The parts' tokens are dropped with them: doc's sentences keep none.
func (x *Extractor) extractParts(doc *Document, runs [][2]int) (*Result, error) {
	r := &Result{Doc: doc}
	byKey := map[string]*Entity{}
	for _, run := range runs {
		part := *doc
		part.Sentences = append([]Sentence(nil), doc.Sentences[run[0]:run[1]]...)
		pr, err := x.extractWhole(&part)
		if err != nil {
			return nil, err
		}
		shiftSentences(pr, run[0])
		for _, e := range pr.Entities {
			if old := byKey[e.Key]; old != nil {
				joinEntity(old, e)
				continue
			}
			byKey[e.Key] = &e
		}
		r.Events = append(r.Events, pr.Events...)
		r.References = append(r.References, pr.References...)
		r.UnresolvedDates += pr.UnresolvedDates
	}
	for _, e := range byKey {
		r.Entities = append(r.Entities, *e)
	}
	sort.Slice(r.Entities, func(i, j int) bool { return r.Entities[i].Key < r.Entities[j].Key })
	return r, nil
}

// shiftSentences adds n to every sentence index of a part's result, so
// that they count from the document's first sentence.
func shiftSentences(r *Result, n int) {
	for i := range r.Entities {
		e := &r.Entities[i]
		for k := range e.Mentions {
			e.Mentions[k].Sentence += n
		}
		for k := range e.Roles {
			e.Roles[k].Evidence.Sentence += n
		}
	}
	for i := range r.Events {
		r.Events[i].Evidence.Sentence += n
	}
	for i := range r.References {
		r.References[i].Sentence += n
	}
}

// joinEntity adds what a later part says of an entity to what the parts
// before said: its mentions, its other names, the titles not yet given
// (one per title and owner, as within a document) and a country if none
// was known. Its type and label are the first part's; a later part's
// label becomes another name.
func joinEntity(e *Entity, later Entity) {
	e.Mentions = append(e.Mentions, later.Mentions...)
	if e.Country == "" {
		e.Country = later.Country
	}
	for _, r := range later.Roles {
		e.Roles = addOnce(e.Roles, r)
	}
	sortRoles(e.Roles)
	for _, a := range append([]string{later.Label}, later.Aliases...) {
		if a != e.Label && !slices.Contains(e.Aliases, a) {
			e.Aliases = append(e.Aliases, a)
		}
	}
	sort.Strings(e.Aliases)
}
