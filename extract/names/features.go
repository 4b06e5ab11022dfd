package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/perceptron"
)

// word is what the features read of one word, worked out once; it is
// kept small, as a document holds one per word while it is read.
type word struct {
	form, lower  uint64 // hashes
	shape, short uint64 // hashes of the shape and the shape with runs cut to one
	tag          uint64
	pre, suf     [4]uint32 // hashes of the first and last one to four letters
	gaz          [numGaz]uint8
	caps         uint8 // capClass
	seenType     int8  // type pass one gave this word most often elsewhere in the document, -1 none, numTypes for O
	seenInLonger int8  // type of a longer name elsewhere in the document with this word, -1 none
	// lowerElsewhere: written in lower case elsewhere in the document, not
	// first in its sentence
	lowerElsewhere  bool
	sentenceInitial bool
	// never is set for the words a name never holds: punctuation other
	// than & / ( ) ' and a period (in CoNLL-2003's training set 20 of
	// 23,499 names hold one), and the words in lower case that are not
	// among the model's connectors
	never bool
}

const numTypes = len(Types)

// Capitalisation classes.
const (
	capNone  = iota // no letter
	capLower        // all lower case
	capFirst        // first letter upper, then lower
	capAll          // all upper, more than one letter
	capMixed        // anything else with an upper-case letter
)

func capClass(s string) int {
	upper, lower := 0, 0
	first := true
	firstUpper := false
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
			if first {
				firstUpper = true
			}
		case unicode.IsLower(r):
			lower++
		default:
			continue
		}
		first = false
	}
	switch {
	case upper == 0 && lower == 0:
		return capNone
	case upper == 0:
		return capLower
	case lower == 0 && upper > 1:
		return capAll
	case firstUpper && upper == 1:
		return capFirst
	case lower == 0:
		return capFirst // one capital letter: "I", "A"
	}
	return capMixed
}

// shapes gives the hashes of a word's shape (X for upper case, x lower, d
// digit, other runes kept, at most 12) and of the shape with runs of one
// kind cut to one.
func shapes(s string) (uint64, uint64) {
	long, short := uint64(perceptron.HashStart), uint64(perceptron.HashStart)
	n := 0
	var last byte
	for _, r := range s {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if n < 12 {
			long = perceptron.HashByte(long, c)
		}
		if n == 0 || c != last {
			short = perceptron.HashByte(short, c)
		}
		n++
		last = c
	}
	return long, short
}

// sentenceCase tells how a sentence is written: 0 ordinary, 1 in title
// case (most words capitalised, as a headline), 2 in capitals.
func sentenceCase(words []string) int {
	letters, upper, all := 0, 0, 0
	for _, w := range words {
		c := capClass(w)
		if c == capNone {
			continue
		}
		letters++
		if c != capLower {
			upper++
		}
		if c == capAll {
			all++
		}
	}
	switch {
	case letters >= 2 && all*10 >= letters*8:
		return 2
	case letters >= 3 && upper*10 >= letters*7:
		return 1
	}
	return 0
}

// describe works out word form with its tag, and gives its lower case.
func describe(form, tag string, initial bool) (word, string) {
	w := word{form: perceptron.HashString(form), caps: uint8(capClass(form)), sentenceInitial: initial}
	lower := strings.ToLower(form)
	w.lower = perceptron.HashString(lower)
	w.shape, w.short = shapes(form)
	// The first and last one to four letters, of words longer than that.
	runes := utf8.RuneCountInString(lower)
	k := 0
	for i := range lower {
		if k > 0 && k <= 4 && runes > k {
			w.pre[k-1] = uint32(perceptron.HashString(lower[:i]))
		}
		if r := runes - k; r >= 1 && r <= 4 && runes > r {
			w.suf[r-1] = uint32(perceptron.HashString(lower[i:]))
		}
		k++
	}
	w.tag = perceptron.HashString(tag)
	w.seenType, w.seenInLonger = -1, -1
	w.never = w.caps == capNone && !hasDigit(form) && !strings.ContainsAny(form, "&/()'.")
	return w, lower
}

// Feature templates.
const (
	fBias = iota
	fForm
	fLower
	fLowerPrev
	fLowerNext
	fLowerPrev2
	fLowerNext2
	fBigramPrev
	fBigramNext
	fShape
	fShort
	fShortPrev
	fShortNext
	fShortTri
	fPre
	fSuf
	fTag
	fTagPrev
	fTagNext
	fTagShort
	fCaps
	fInitialCaps
	fSentenceCase
	fGaz
	fGazCaps
	fGazPrev
	fGazNext
	fLabelPrev
	fLabelPrevLower
	fLabelPrevShort
	fLowerElsewhere
	fSeenType
	fSeenTypeCaps
	fSeenInLonger
	fFirstPrev
	fFirstNext
	fFirstHere
	fFirstWindow
)

// context holds a sentence's words for feature extraction.
type context struct {
	words  []word
	scase  int
	sent   int   // the sentence of the document
	offset int   // where in it the words start
	first  []int // the first pass's labels, for the second
	feats  []uint64
}

var none = perceptron.HashString("\x00none")

func (c *context) at(i int) *word {
	if i < 0 || i >= len(c.words) {
		return nil
	}
	return &c.words[i]
}

func lowerOf(w *word) uint64 {
	if w == nil {
		return none
	}
	return w.lower
}

func shortOf(w *word) uint64 {
	if w == nil {
		return none
	}
	return w.short
}

func tagOf(w *word) uint64 {
	if w == nil {
		return none
	}
	return w.tag
}

// features are the keys of word i that do not depend on the labels;
// second adds the features of the second pass.
func (c *context) features(i int, second bool) []uint64 {
	k1, k2, k3 := perceptron.Key1, perceptron.Key2, perceptron.Key3
	w := &c.words[i]
	p, n := c.at(i-1), c.at(i+1)
	p2, n2 := c.at(i-2), c.at(i+2)
	f := append(c.feats[:0],
		k1(fBias, 0),
		k1(fForm, w.form),
		k1(fLower, w.lower),
		k1(fLowerPrev, lowerOf(p)),
		k1(fLowerNext, lowerOf(n)),
		k1(fLowerPrev2, lowerOf(p2)),
		k1(fLowerNext2, lowerOf(n2)),
		k2(fBigramPrev, lowerOf(p), w.lower),
		k2(fBigramNext, w.lower, lowerOf(n)),
		k1(fShape, w.shape),
		k1(fShort, w.short),
		k2(fShortPrev, shortOf(p), w.short),
		k2(fShortNext, w.short, shortOf(n)),
		k3(fShortTri, shortOf(p), w.short, shortOf(n)),
		k1(fTag, w.tag),
		k2(fTagPrev, tagOf(p), w.tag),
		k2(fTagNext, w.tag, tagOf(n)),
		k2(fTagShort, w.tag, w.short),
		k2(fCaps, uint64(w.caps), uint64(c.scase)),
		k3(fInitialCaps, boolKey(w.sentenceInitial), uint64(w.caps), uint64(c.scase)),
		k1(fSentenceCase, uint64(c.scase)),
	)
	for k := range 4 {
		if w.pre[k] != 0 {
			f = append(f, k2(fPre, uint64(k), uint64(w.pre[k])), k2(fSuf, uint64(k), uint64(w.suf[k])))
		}
	}
	for g, m := range w.gaz {
		if m != 0 {
			f = append(f, k2(fGaz, uint64(g), uint64(m)), k3(fGazCaps, uint64(g), uint64(m), uint64(w.caps)))
		}
	}
	if p != nil {
		for g, m := range p.gaz {
			if m != 0 {
				f = append(f, k2(fGazPrev, uint64(g), uint64(m)))
			}
		}
	}
	if n != nil {
		for g, m := range n.gaz {
			if m != 0 {
				f = append(f, k2(fGazNext, uint64(g), uint64(m)))
			}
		}
	}
	if !second {
		c.feats = f
		return f
	}
	f = append(f,
		k2(fLowerElsewhere, boolKey(w.lowerElsewhere), uint64(w.caps)),
		k1(fSeenType, uint64(w.seenType+1)),
		k2(fSeenTypeCaps, uint64(w.seenType+1), uint64(w.caps)),
		k1(fSeenInLonger, uint64(w.seenInLonger+1)),
		k1(fFirstPrev, uint64(c.firstAt(i-1))),
		k1(fFirstNext, uint64(c.firstAt(i+1))),
		k1(fFirstHere, uint64(c.firstAt(i))),
		k3(fFirstWindow, uint64(c.firstAt(i-1)), uint64(c.firstAt(i)), uint64(c.firstAt(i+1))),
	)
	c.feats = f
	return f
}

// firstAt is the first pass's label of word i, or numLabels outside the
// sentence.
func (c *context) firstAt(i int) int {
	if i < 0 || i >= len(c.first) {
		return numLabels
	}
	return c.first[i]
}

func boolKey(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

// The features that read the label before a word: the label itself
// (prevKey, the same for every word), and the part of it (B, I, L, U or
// O) with the word's lower case and shape (transitions), so that a word
// needs the weights of at most five parts, not of every label.

func prevKey(prev int) uint64 { return perceptron.Key1(fLabelPrev, uint64(prev)) }

// transitions appends the keys of word i after a label of part p.
func (c *context) transitions(i, p int, out []uint64) []uint64 {
	w := &c.words[i]
	return append(out,
		perceptron.Key2(fLabelPrevLower, uint64(p), w.lower),
		perceptron.Key2(fLabelPrevShort, uint64(p), w.short),
	)
}

// numTransitions is the number of keys transitions appends.
const numTransitions = 2
