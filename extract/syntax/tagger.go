package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/perceptron"
)

// The tagger gives each word one class that is a UPOS and PTB XPOS pair
// ("VERB VBD", "AUX VBD"), so the two never disagree. It is a greedy
// averaged perceptron reading the word, its affixes and shape, two words
// either side and the two classes before it.

// tagger is the trained tagger: its classes and weights.
type tagger struct {
	classes []string // "UPOS XPOS"
	upos    []string
	xpos    []string
	uposID  []int // a number for each class's UPOS
	w       *perceptron.Weights
	second  *perceptron.Weights // a second pass that also reads the first's classes
	// amb maps a word (as normWord gives it) seen in training to the set
	// of classes it was seen with, as a hash: what the next words may be.
	amb map[string]uint64
	// sure maps a word seen often and always, or nearly, with one class
	// to that class: the tagger gives it without weighing features.
	sure map[string]int
}

// wordInfo holds the hashes the tagger and parser read of one word.
type wordInfo struct {
	lower, form, shape uint64
	suf                [4]uint64
	pre                [3]uint64
	suf3               uint64
	cap                uint64 // 0 lower, 1 capitalised, 2 all capitals, 3 other
}

var (
	padBefore = wordInfo{lower: perceptron.HashString("<s>"), form: perceptron.HashString("<s>"), shape: perceptron.HashString("<s>"), suf3: perceptron.HashString("<s>")}
	padAfter  = wordInfo{lower: perceptron.HashString("</s>"), form: perceptron.HashString("</s>"), shape: perceptron.HashString("</s>"), suf3: perceptron.HashString("</s>")}
)

// normWord is the form the features read: lower case, digits folded.
func normWord(form string) string {
	lower := strings.ToLower(form)
	digits := 0
	for i := 0; i < len(lower); i++ {
		if lower[i] >= '0' && lower[i] <= '9' {
			digits++
		}
	}
	if digits == 0 {
		return lower
	}
	b := []byte(lower)
	for i := range b {
		if b[i] >= '0' && b[i] <= '9' {
			b[i] = '0'
		}
	}
	return string(b)
}

func capClass(form string) uint64 {
	r, _ := utf8.DecodeRuneInString(form)
	if !unicode.IsUpper(r) {
		if unicode.IsLetter(r) {
			return 0
		}
		return 3
	}
	for _, r := range form {
		if unicode.IsLower(r) {
			return 1
		}
	}
	return 2
}

func describe(form string) wordInfo { return describeNorm(form, normWord(form)) }

// describeNorm is describe of a word whose normWord is low.
func describeNorm(form, low string) wordInfo {
	wi := wordInfo{lower: perceptron.HashString(low), form: perceptron.HashString(form), shape: shapeHash(form), cap: capClass(form)}
	// Affixes are cut on character boundaries, hashed where they lie.
	tilde := perceptron.HashMore(perceptron.HashByte(perceptron.HashStart, '~'), low)
	if !utf8.ValidString(low) {
		// Bad bytes count as the replacement character, as one.
		low = string([]rune(low))
	}
	end, start := len(low), len(low)
	for k := 1; k <= 4; k++ {
		if start == 0 {
			wi.suf[k-1] = tilde
			continue
		}
		_, size := utf8.DecodeLastRuneInString(low[:start])
		start -= size
		wi.suf[k-1] = perceptron.HashString(low[start:end])
	}
	at := 0
	for k := 1; k <= 3; k++ {
		if at == len(low) {
			wi.pre[k-1] = tilde
			continue
		}
		_, size := utf8.DecodeRuneInString(low[at:])
		at += size
		wi.pre[k-1] = perceptron.HashString(low[:at])
	}
	wi.suf3 = wi.suf[2]
	return wi
}

// shapeHash is the hash of shape(form), built without the string.
func shapeHash(form string) uint64 {
	h := uint64(perceptron.HashStart)
	var last rune
	run := 0
	var buf [utf8.UTFMax]byte
	for _, r := range form {
		c := r
		switch {
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			c = 'X'
		case r < utf8.RuneSelf && 'a' <= r && r <= 'z':
			c = 'x'
		case r < utf8.RuneSelf && '0' <= r && r <= '9':
			c = 'd'
		case r < utf8.RuneSelf:
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c == last {
			run++
			if run > 2 {
				continue
			}
		} else {
			run = 1
			last = c
		}
		if c < utf8.RuneSelf {
			h = perceptron.HashByte(h, byte(c))
			continue
		}
		n := utf8.EncodeRune(buf[:], c)
		for _, b := range buf[:n] {
			h = perceptron.HashByte(h, b)
		}
	}
	return h
}

// Tagger feature templates.
const (
	tBias = iota
	tLower
	tForm
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tPre1
	tPre2
	tPre3
	tShape
	tPrev1
	tPrev2
	tNext1
	tNext2
	tPrevSuf
	tNextSuf
	tTag1
	tTag2
	tTag12
	tTag1Word
	tPrevWord
	tWordNext
	tNextShape
	tPrevShape
	tFirstCap
	tTag1Suf
	tNext12
	tPrev12
	tAmb0
	tAmb1
	tAmb2
	tAmb01
	tWordAmb1
	tTag1Amb1
	tAmbPrev
	tR0
	tR1
	tR2
	tR1Word
	tTag1R1
	tR1R2
	tR0R1
	tR0Word
)

type tagContext struct {
	info  []wordInfo // with two pads each side
	amb   []uint64   // ambiguity classes, padded the same way
	first []uint64   // a first pass's classes + 1, padded; nil in the first pass
	sure  []int      // each word's sure class, or -1; not padded
	feats []uint64
}

var unknownAmb = perceptron.HashString("<unknown>")

// setFirst gives the context the classes a first pass chose.
func (c *tagContext) setFirst(first []int) {
	if first == nil {
		c.first = nil
		return
	}
	c.first = append(c.first[:0], 0, 0)
	for _, t := range first {
		c.first = append(c.first, uint64(t+1))
	}
	c.first = append(c.first, 1000, 1000)
}

func (c *tagContext) load(forms []string, t *tagger) {
	c.info = c.info[:0]
	c.amb = c.amb[:0]
	c.sure = c.sure[:0]
	c.info = append(c.info, padBefore, padBefore)
	c.amb = append(c.amb, padBefore.lower, padBefore.lower)
	for _, f := range forms {
		w := normWord(f)
		c.info = append(c.info, describeNorm(f, w))
		a, ok := t.amb[w]
		if !ok {
			a = unknownAmb
		}
		c.amb = append(c.amb, a)
		k, ok := t.sure[w]
		if !ok {
			k = -1
		}
		c.sure = append(c.sure, k)
	}
	c.info = append(c.info, padAfter, padAfter)
	c.amb = append(c.amb, padAfter.lower, padAfter.lower)
}

// features of word i given the classes of the two words before it
// (-1 before the sentence).
func (c *tagContext) features(i int, t1, t2 int) []uint64 {
	w := c.info[i+2]
	p1, p2 := c.info[i+1], c.info[i]
	n1, n2 := c.info[i+3], c.info[i+4]
	c1, c2 := uint64(t1+1), uint64(t2+1)
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	f := c.feats[:0]
	f = append(f,
		perceptron.Key1(tBias, 0),
		perceptron.Key1(tLower, w.lower),
		perceptron.Key1(tForm, w.form),
		perceptron.Key1(tSuf1, w.suf[0]),
		perceptron.Key1(tSuf2, w.suf[1]),
		perceptron.Key1(tSuf3, w.suf[2]),
		perceptron.Key1(tSuf4, w.suf[3]),
		perceptron.Key1(tPre1, w.pre[0]),
		perceptron.Key1(tPre2, w.pre[1]),
		perceptron.Key1(tPre3, w.pre[2]),
		perceptron.Key1(tShape, w.shape),
		perceptron.Key1(tPrev1, p1.lower),
		perceptron.Key1(tPrev2, p2.lower),
		perceptron.Key1(tNext1, n1.lower),
		perceptron.Key1(tNext2, n2.lower),
		perceptron.Key1(tPrevSuf, p1.suf3),
		perceptron.Key1(tNextSuf, n1.suf3),
		perceptron.Key1(tTag1, c1),
		perceptron.Key1(tTag2, c2),
		perceptron.Key2(tTag12, c1, c2),
		perceptron.Key2(tTag1Word, c1, w.lower),
		perceptron.Key2(tPrevWord, p1.lower, w.lower),
		perceptron.Key2(tWordNext, w.lower, n1.lower),
		perceptron.Key1(tNextShape, n1.shape),
		perceptron.Key1(tPrevShape, p1.shape),
		perceptron.Key2(tFirstCap, first, w.cap),
		perceptron.Key2(tTag1Suf, c1, w.suf3),
		perceptron.Key2(tNext12, n1.lower, n2.lower),
		perceptron.Key2(tPrev12, p1.lower, p2.lower),
		perceptron.Key1(tAmb0, c.amb[i+2]),
		perceptron.Key1(tAmb1, c.amb[i+3]),
		perceptron.Key1(tAmb2, c.amb[i+4]),
		perceptron.Key2(tAmb01, c.amb[i+2], c.amb[i+3]),
		perceptron.Key2(tWordAmb1, w.lower, c.amb[i+3]),
		perceptron.Key2(tTag1Amb1, c1, c.amb[i+3]),
		perceptron.Key2(tAmbPrev, c.amb[i+1], c.amb[i+2]),
	)
	if c.first != nil {
		r0, r1, r2 := c.first[i+2], c.first[i+3], c.first[i+4]
		f = append(f,
			perceptron.Key1(tR0, r0),
			perceptron.Key1(tR1, r1),
			perceptron.Key1(tR2, r2),
			perceptron.Key2(tR1Word, r1, w.lower),
			perceptron.Key2(tTag1R1, c1, r1),
			perceptron.Key2(tR1R2, r1, r2),
			perceptron.Key2(tR0R1, r0, r1),
			perceptron.Key2(tR0Word, r0, w.lower),
		)
	}
	c.feats = f
	return f
}

// tag sets the class of every word of forms into out, and returns what it
// read of each word, for the parser.
func (t *tagger) tag(forms []string, out []int) []wordInfo {
	var c tagContext
	return t.tagIn(&c, forms, out)
}

// tagIn is tag with the context kept in c, for the supertagger to read.
func (t *tagger) tagIn(c *tagContext, forms []string, out []int) []wordInfo {
	c.load(forms, t)
	scores := make([]int32, len(t.classes))
	c.setFirst(nil)
	t.pass(c, t.w, scores, out)
	if t.second != nil {
		c.setFirst(out)
		t.pass(c, t.second, scores, out)
	}
	return c.info[2 : len(c.info)-2]
}

// pass tags left to right with weights w.
func (t *tagger) pass(c *tagContext, w *perceptron.Weights, scores []int32, out []int) {
	t1, t2 := -1, -1
	for i := range out {
		best := c.sure[i]
		if best < 0 {
			w.Score(c.features(i, t1, t2), scores)
			best = argmax(scores)
		}
		out[i] = best
		t1, t2 = best, t1
	}
}

func argmax[T int32 | float32](s []T) int {
	best := 0
	for i, v := range s {
		if v > s[best] {
			best = i
		}
	}
	return best
}
