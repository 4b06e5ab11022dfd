package syntax

import (
	"strings"
	"unicode/utf8"
)

// The lemmatizer knows every (word, tag) pair of the treebank it was
// trained on and, for words it never saw, takes the commonest edit of the
// longest known ending of words with the same tag ("-ies" NNS → "-y").
// An edit may lower the case, then strips some bytes and adds others.

type edit struct {
	lower bool
	strip int
	add   string
}

func (e edit) apply(form string) string {
	s := form
	if e.lower {
		s = strings.ToLower(s)
	}
	if e.strip > len(s) {
		return form
	}
	out := s[:len(s)-e.strip] + e.add
	if out == "" || !utf8.ValidString(out) {
		return form
	}
	return out
}

// editOf is the edit that turns form into lemma.
func editOf(form, lemma string) edit {
	var e edit
	s := form
	if lemma == strings.ToLower(lemma) && s != strings.ToLower(s) {
		e.lower = true
		s = strings.ToLower(s)
	}
	k := 0
	for k < len(s) && k < len(lemma) && s[k] == lemma[k] {
		k++
	}
	e.strip = len(s) - k
	e.add = lemma[k:]
	return e
}

// maxSuffix is the longest ending the lemmatizer keys its rules by.
const maxSuffix = 5

type lemmatizer struct {
	known  map[string]edit // "form\tXPOS" → edit
	rules  map[string]edit // "XPOS\tending" → edit
	lowers map[string]bool // tags whose capitalised words have lower-case lemmas
	lemmas map[string]bool // every lemma of the known words, from known, after its tag's first two letters
}

// lemma is the lemma of a known (word, tag) pair; for another word, the
// edit of the longest known ending whose result is a lemma the treebank
// has for a word of the same class, else that of the longest known
// ending: "defeated" is "defeat" by "-ed", not "defeate" by the "-ated"
// of "created". Where no ending's edit gives a known lemma, the longest
// ending's may still be wrong ("timed" is "tim").
func (lz *lemmatizer) lemma(form, xpos string) string {
	if e, ok := lz.known[form+"\t"+xpos]; ok {
		return e.apply(form)
	}
	low := strings.ToLower(form)
	if lz.lowers[xpos] {
		form = low
	}
	first := ""
	for k := min(maxSuffix, len(low)); k >= 0; k-- {
		e, ok := lz.rules[xpos+"\t"+low[len(low)-k:]]
		if !ok {
			continue
		}
		out := e.apply(form)
		if first == "" {
			first = out
			if lz.has(xpos, out) || lz.compound(xpos, out) {
				return out
			}
			continue
		}
		// A shorter ending's edit keeps most of the word: the "-was"
		// of "was" → "be" turns no other word into "be".
		if keep := len(low) - e.strip; keep >= 3 && 2*keep >= len(low) && lz.has(xpos, out) {
			return out
		}
	}
	if first != "" {
		return first
	}
	return form
}

// has reports whether lemma is a known lemma of a word of xpos's class.
func (lz *lemmatizer) has(xpos, lemma string) bool {
	return lz.lemmas[family(xpos)+strings.ToLower(lemma)]
}

// compound reports whether lemma ends in a known lemma of three letters
// or more after three letters or more ("fisherman": "man"), as a
// compound's lemma is its head's.
func (lz *lemmatizer) compound(xpos, lemma string) bool {
	for i := 3; i+3 <= len(lemma); i++ {
		if lz.has(xpos, lemma[i:]) {
			return true
		}
	}
	return false
}

// index gathers the lemmas of the known words, each after the family
// of its tag.
func (lz *lemmatizer) index() {
	lz.lemmas = make(map[string]bool, len(lz.known))
	for k, e := range lz.known {
		form, xpos, _ := strings.Cut(k, "\t")
		lz.lemmas[family(xpos)+strings.ToLower(e.apply(form))] = true
	}
}

// family is the first two letters of a Penn tag, which the tags of a
// word class share (VB, VBD, VBG: verbs; NN, NNS: nouns), and a tab.
func family(xpos string) string {
	return xpos[:min(2, len(xpos))] + "\t"
}

// trainLemmatizer counts edits in the treebank. A rule for an ending is
// kept when the ending was seen at least twice with the tag and its
// commonest edit is not the one the shorter ending already gives.
func trainLemmatizer(sents []ConlluSentence) *lemmatizer {
	known := map[string]map[edit]int{}
	rules := map[string]map[edit]int{}
	capitals := map[string][2]int{} // per tag: capitalised forms, of them with lower-case lemma
	for _, s := range sents {
		for _, w := range s.Words {
			if w.Lemma == "_" || w.Lemma == "" {
				continue
			}
			e := editOf(w.Form, w.Lemma)
			if w.Form != strings.ToLower(w.Form) {
				c := capitals[w.XPOS]
				c[0]++
				if w.Lemma == strings.ToLower(w.Lemma) {
					c[1]++
				}
				capitals[w.XPOS] = c
			}
			k := w.Form + "\t" + w.XPOS
			if known[k] == nil {
				known[k] = map[edit]int{}
			}
			known[k][e]++
			low := strings.ToLower(w.Form)
			for n := 0; n <= min(maxSuffix, len(low)); n++ {
				rk := w.XPOS + "\t" + low[len(low)-n:]
				if rules[rk] == nil {
					rules[rk] = map[edit]int{}
				}
				rules[rk][e]++
			}
		}
	}
	lz := &lemmatizer{known: map[string]edit{}, rules: map[string]edit{}, lowers: map[string]bool{}}
	for tag, c := range capitals {
		if 2*c[1] > c[0] {
			lz.lowers[tag] = true
		}
	}
	for k, m := range known {
		lz.known[k] = commonest(m)
	}
	for k, m := range rules {
		total := 0
		for _, c := range m {
			total += c
		}
		if total >= 2 {
			lz.rules[k] = commonest(m)
		}
	}
	lz.index()
	return lz
}

// commonest is the edit seen most often; ties go to the smaller edit,
// then in a fixed order, so training is deterministic.
func commonest(m map[edit]int) edit {
	var best edit
	bc := -1
	for e, c := range m {
		if c > bc || (c == bc && editLess(e, best)) {
			best, bc = e, c
		}
	}
	return best
}

func editLess(a, b edit) bool {
	if a.strip != b.strip {
		return a.strip < b.strip
	}
	if a.add != b.add {
		return a.add < b.add
	}
	return !a.lower && b.lower
}
