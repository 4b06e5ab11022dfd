package syntax

import "github.com/newsgraph/newsgraph/extract/perceptron"

// Feature templates of the parser, after Zhang and Nivre (2011): S0 is
// the top of the stack, S1 the word below it, N0..N2 the front of the
// buffer; h is a head, l and r the leftmost and rightmost dependents (l2
// and r2 the second ones), w the word, p its tag class, d the distance
// between S0 and N0, vl and vr the number of left and right dependents,
// sl and sr the sets of their labels. The last twenty reach further
// along the buffer (N3, the words of N0 N1 and N1 N2 together), join S1
// and the stack's dependents to the buffer's first tags, and read the
// capitalisation of S0, N0 and N1 and the punctuation between S0 and N0
// (which tells an apposition or a list from a modifier): together they
// add three quarters of a point of UAS on EWT dev.
const (
	fS0wp = iota
	fS0w
	fS0p
	fN0wp
	fN0w
	fN0p
	fN1wp
	fN1w
	fN1p
	fN2wp
	fN2w
	fN2p
	fS0wpN0wp
	fS0wpN0w
	fS0wN0wp
	fS0wpN0p
	fS0pN0wp
	fS0wN0w
	fS0pN0p
	fN0pN1p
	fN0pN1pN2p
	fS0pN0pN1p
	fS0hpS0pN0p
	fS0pS0lpN0p
	fS0pS0rpN0p
	fS0pN0pN0lp
	fS0wd
	fS0pd
	fN0wd
	fN0pd
	fS0wN0wd
	fS0pN0pd
	fS0wvr
	fS0pvr
	fS0wvl
	fS0pvl
	fN0wvl
	fN0pvl
	fS0hw
	fS0hp
	fS0l
	fS0lw
	fS0lp
	fS0ll
	fS0rw
	fS0rp
	fS0rl
	fN0lw
	fN0lp
	fN0ll
	fS0h2w
	fS0h2p
	fS0hl
	fS0l2w
	fS0l2p
	fS0l2l
	fS0r2w
	fS0r2p
	fS0r2l
	fN0l2w
	fN0l2p
	fN0l2l
	fS0pS0lpS0l2p
	fS0pS0rpS0r2p
	fS0pS0hpS0h2p
	fN0pN0lpN0l2p
	fS0wsr
	fS0psr
	fS0wsl
	fS0psl
	fN0wsl
	fN0psl
	fS1w
	fS1p
	fS1pS0pN0p
	fS0attachedS0pN0p
	fS1wS0w
	fN0suf
	fS0suf
	fS0u
	fN0u
	fN1u
	fS0uN0u
	fS0uN0uN1u
	fN0uN1uN2u
	fS0huS0uN0u
	fS1uS0uN0u
	fS0wN0u
	fS0uN0w
	fS0uN0ud
	fN3p
	fN0wN1w
	fN0pN1w
	fN0wN1p
	fS0pN0pN1pN2p
	fN1wN2w
	fS0wN0pN1p
	fS1pS0pN0pN1p
	fS0pN0pN1w
	fS0lpS0rpN0p
	fS1wp
	fN1pN2pN3p
	fS0wN0wN1p
	fS0hpS0wN0p
	fN0lpN0pN1p
	fS1pS1lpS0p
	fS0cN0cPP
	fN0cN1cPP
	fCommasS0pN0p
	fCommasS0wN0p
	fS0st
	fN0st
	fN1st
	fS1st
	fN2st
	fS0stN0st
	fS0stN0p
	fS0pN0st
	fN0stN1st
	fS0stN0stN1st
	fS1stS0stN0st
	fS0wN0st
	fS0stN0w
	fS0stN0std
)

// sentenceInfo is what the parser reads of each token: 0 is the root.
type sentenceInfo struct {
	word   []uint64 // normWord hash
	suf    []uint64 // three-letter suffix hash
	tag    []uint64 // tag class + 2; 1 for the root, 0 for none
	upos   []uint64 // the class's UPOS alone, numbered the same way
	caps   []uint64 // capitalisation: 0 lower, 1 capitalised, 2 all capitals, 3 other; 4 for the root
	puncts []int    // commas, semicolons and dashes among tokens 1..i
	super  []uint64 // supertag + 2; 1 for the root
}

// newSentenceInfo describes a sentence of words (as describe gives them)
// tagged with classes; upos maps each class to its UPOS's number.
func newSentenceInfo(words []wordInfo, classes []int, upos []int, supertags []int) *sentenceInfo {
	n := len(words)
	si := &sentenceInfo{word: make([]uint64, n+1), suf: make([]uint64, n+1), tag: make([]uint64, n+1), upos: make([]uint64, n+1), caps: make([]uint64, n+1), puncts: make([]int, n+1), super: make([]uint64, n+1)}
	si.word[0], si.suf[0], si.tag[0], si.upos[0], si.caps[0], si.super[0] = rootWord, rootWord, 1, 1, 4, 1
	for i, d := range words {
		si.super[i+1] = uint64(supertags[i] + 2)
		si.word[i+1], si.suf[i+1] = d.lower, d.suf3
		si.tag[i+1], si.upos[i+1] = uint64(classes[i]+2), uint64(upos[classes[i]]+2)
		si.caps[i+1] = d.cap
		si.puncts[i+1] = si.puncts[i]
		if d.lower == commaWord || d.lower == semicolonWord || d.lower == dashWord {
			si.puncts[i+1]++
		}
	}
	return si
}

var noWord, rootWord = perceptron.HashString("<none>"), perceptron.HashString("<root>")

// commaWord, semicolonWord and dashWord are the normWord hashes of the
// punctuation that sentenceInfo counts.
var commaWord, semicolonWord, dashWord = perceptron.HashString(normWord(",")), perceptron.HashString(normWord(";")), perceptron.HashString(normWord("--"))

// c is the capitalisation class of token i, 5 for none.
func (si *sentenceInfo) c(i int) uint64 {
	if i < 0 {
		return 5
	}
	return si.caps[i]
}

func (si *sentenceInfo) w(i int) uint64 {
	if i < 0 {
		return noWord
	}
	return si.word[i]
}

func (si *sentenceInfo) p(i int) uint64 {
	if i < 0 {
		return 0
	}
	return si.tag[i]
}

func (si *sentenceInfo) u(i int) uint64 {
	if i < 0 {
		return 0
	}
	return si.upos[i]
}

func (si *sentenceInfo) st(i int) uint64 {
	if i < 0 {
		return 0
	}
	return si.super[i]
}

func (si *sentenceInfo) sf(i int) uint64 {
	if i < 0 {
		return noWord
	}
	return si.suf[i]
}

func get(a []int, i int) int {
	if i < 0 {
		return -1
	}
	return a[i]
}

func lab(s *state, i int) uint64 {
	if i < 0 {
		return 0
	}
	return uint64(s.label[i] + 2)
}

// features of state s, appended to buf.
func (si *sentenceInfo) features(s *state, buf []uint64) []uint64 {
	s0 := s.s0()
	s1 := -1
	if len(s.stack) > 1 {
		s1 = s.stack[len(s.stack)-2]
	}
	n0, n1, n2 := -1, -1, -1
	if s.b <= s.n {
		n0 = s.b
	}
	if s.b+1 <= s.n {
		n1 = s.b + 1
	}
	if s.b+2 <= s.n {
		n2 = s.b + 2
	}
	n3 := -1
	if s.b+3 <= s.n {
		n3 = s.b + 3
	}
	s0h := get(s.head, s0)
	s0h2 := get(s.head, s0h)
	s0l, s0r := get(s.l1, s0), get(s.r1, s0)
	s0l2, s0r2 := get(s.l2, s0), get(s.r2, s0)
	n0l, n0l2 := get(s.l1, n0), get(s.l2, n0)

	S0w, S0p := si.w(s0), si.p(s0)
	N0w, N0p := si.w(n0), si.p(n0)
	S0u, N0u := si.u(s0), si.u(n0)
	N1w, N1p := si.w(n1), si.p(n1)
	N2w, N2p := si.w(n2), si.p(n2)
	S0st, N0st, N1st := si.st(s0), si.st(n0), si.st(n1)
	var d uint64
	if s0 >= 0 && n0 >= 0 {
		d = uint64(min(n0-s0, 10))
	}
	var vr, vl, nvl, sr, sl, nsl uint64
	if s0 >= 0 {
		vr, vl, sr, sl = uint64(s.nr[s0]), uint64(s.nl[s0]), s.rs[s0], s.ls[s0]
	}
	if n0 >= 0 {
		nvl, nsl = uint64(s.nl[n0]), s.ls[n0]
	}
	var commas uint64 // punctuation between S0 and N0: 0, 1, 2 or more
	if s0 >= 0 && n0 >= 0 {
		commas = uint64(min(si.puncts[n0-1]-si.puncts[s0], 2))
	}
	attached := uint64(0)
	if s0 >= 0 && s.head[s0] >= 0 {
		attached = 1
	}
	return append(buf,
		perceptron.Key2(fS0wp, S0w, S0p),
		perceptron.Key1(fS0w, S0w),
		perceptron.Key1(fS0p, S0p),
		perceptron.Key2(fN0wp, N0w, N0p),
		perceptron.Key1(fN0w, N0w),
		perceptron.Key1(fN0p, N0p),
		perceptron.Key2(fN1wp, N1w, N1p),
		perceptron.Key1(fN1w, N1w),
		perceptron.Key1(fN1p, N1p),
		perceptron.Key2(fN2wp, N2w, N2p),
		perceptron.Key1(fN2w, N2w),
		perceptron.Key1(fN2p, N2p),
		perceptron.Key3(fS0wpN0wp, perceptron.Key2(0, S0w, S0p), N0w, N0p),
		perceptron.Key3(fS0wpN0w, S0w, S0p, N0w),
		perceptron.Key3(fS0wN0wp, S0w, N0w, N0p),
		perceptron.Key3(fS0wpN0p, S0w, S0p, N0p),
		perceptron.Key3(fS0pN0wp, S0p, N0w, N0p),
		perceptron.Key2(fS0wN0w, S0w, N0w),
		perceptron.Key2(fS0pN0p, S0p, N0p),
		perceptron.Key2(fN0pN1p, N0p, N1p),
		perceptron.Key3(fN0pN1pN2p, N0p, N1p, N2p),
		perceptron.Key3(fS0pN0pN1p, S0p, N0p, N1p),
		perceptron.Key3(fS0hpS0pN0p, si.p(s0h), S0p, N0p),
		perceptron.Key3(fS0pS0lpN0p, S0p, si.p(s0l), N0p),
		perceptron.Key3(fS0pS0rpN0p, S0p, si.p(s0r), N0p),
		perceptron.Key3(fS0pN0pN0lp, S0p, N0p, si.p(n0l)),
		perceptron.Key2(fS0wd, S0w, d),
		perceptron.Key2(fS0pd, S0p, d),
		perceptron.Key2(fN0wd, N0w, d),
		perceptron.Key2(fN0pd, N0p, d),
		perceptron.Key3(fS0wN0wd, S0w, N0w, d),
		perceptron.Key3(fS0pN0pd, S0p, N0p, d),
		perceptron.Key2(fS0wvr, S0w, vr),
		perceptron.Key2(fS0pvr, S0p, vr),
		perceptron.Key2(fS0wvl, S0w, vl),
		perceptron.Key2(fS0pvl, S0p, vl),
		perceptron.Key2(fN0wvl, N0w, nvl),
		perceptron.Key2(fN0pvl, N0p, nvl),
		perceptron.Key1(fS0hw, si.w(s0h)),
		perceptron.Key1(fS0hp, si.p(s0h)),
		perceptron.Key1(fS0l, lab(s, s0)),
		perceptron.Key1(fS0lw, si.w(s0l)),
		perceptron.Key1(fS0lp, si.p(s0l)),
		perceptron.Key1(fS0ll, lab(s, s0l)),
		perceptron.Key1(fS0rw, si.w(s0r)),
		perceptron.Key1(fS0rp, si.p(s0r)),
		perceptron.Key1(fS0rl, lab(s, s0r)),
		perceptron.Key1(fN0lw, si.w(n0l)),
		perceptron.Key1(fN0lp, si.p(n0l)),
		perceptron.Key1(fN0ll, lab(s, n0l)),
		perceptron.Key1(fS0h2w, si.w(s0h2)),
		perceptron.Key1(fS0h2p, si.p(s0h2)),
		perceptron.Key1(fS0hl, lab(s, s0h)),
		perceptron.Key1(fS0l2w, si.w(s0l2)),
		perceptron.Key1(fS0l2p, si.p(s0l2)),
		perceptron.Key1(fS0l2l, lab(s, s0l2)),
		perceptron.Key1(fS0r2w, si.w(s0r2)),
		perceptron.Key1(fS0r2p, si.p(s0r2)),
		perceptron.Key1(fS0r2l, lab(s, s0r2)),
		perceptron.Key1(fN0l2w, si.w(n0l2)),
		perceptron.Key1(fN0l2p, si.p(n0l2)),
		perceptron.Key1(fN0l2l, lab(s, n0l2)),
		perceptron.Key3(fS0pS0lpS0l2p, S0p, si.p(s0l), si.p(s0l2)),
		perceptron.Key3(fS0pS0rpS0r2p, S0p, si.p(s0r), si.p(s0r2)),
		perceptron.Key3(fS0pS0hpS0h2p, S0p, si.p(s0h), si.p(s0h2)),
		perceptron.Key3(fN0pN0lpN0l2p, N0p, si.p(n0l), si.p(n0l2)),
		perceptron.Key2(fS0wsr, S0w, sr),
		perceptron.Key2(fS0psr, S0p, sr),
		perceptron.Key2(fS0wsl, S0w, sl),
		perceptron.Key2(fS0psl, S0p, sl),
		perceptron.Key2(fN0wsl, N0w, nsl),
		perceptron.Key2(fN0psl, N0p, nsl),
		perceptron.Key1(fS1w, si.w(s1)),
		perceptron.Key1(fS1p, si.p(s1)),
		perceptron.Key3(fS1pS0pN0p, si.p(s1), S0p, N0p),
		perceptron.Key3(fS0attachedS0pN0p, attached, S0p, N0p),
		perceptron.Key2(fS1wS0w, si.w(s1), S0w),
		perceptron.Key2(fN0suf, si.sf(n0), N0p),
		perceptron.Key2(fS0suf, si.sf(s0), S0p),
		perceptron.Key1(fS0u, S0u),
		perceptron.Key1(fN0u, N0u),
		perceptron.Key1(fN1u, si.u(n1)),
		perceptron.Key2(fS0uN0u, S0u, N0u),
		perceptron.Key3(fS0uN0uN1u, S0u, N0u, si.u(n1)),
		perceptron.Key3(fN0uN1uN2u, N0u, si.u(n1), si.u(n2)),
		perceptron.Key3(fS0huS0uN0u, si.u(s0h), S0u, N0u),
		perceptron.Key3(fS1uS0uN0u, si.u(s1), S0u, N0u),
		perceptron.Key2(fS0wN0u, S0w, N0u),
		perceptron.Key2(fS0uN0w, S0u, N0w),
		perceptron.Key3(fS0uN0ud, S0u, N0u, d),
		perceptron.Key1(fN3p, si.p(n3)),
		perceptron.Key2(fN0wN1w, N0w, N1w),
		perceptron.Key2(fN0pN1w, N0p, N1w),
		perceptron.Key2(fN0wN1p, N0w, N1p),
		perceptron.Key3(fS0pN0pN1pN2p, perceptron.Key2(0, S0p, N0p), N1p, N2p),
		perceptron.Key2(fN1wN2w, N1w, N2w),
		perceptron.Key3(fS0wN0pN1p, S0w, N0p, N1p),
		perceptron.Key3(fS1pS0pN0pN1p, perceptron.Key2(0, si.p(s1), S0p), N0p, N1p),
		perceptron.Key3(fS0pN0pN1w, S0p, N0p, N1w),
		perceptron.Key3(fS0lpS0rpN0p, si.p(s0l), si.p(s0r), N0p),
		perceptron.Key2(fS1wp, si.w(s1), si.p(s1)),
		perceptron.Key3(fN1pN2pN3p, N1p, N2p, si.p(n3)),
		perceptron.Key3(fS0wN0wN1p, S0w, N0w, N1p),
		perceptron.Key3(fS0hpS0wN0p, si.p(s0h), S0w, N0p),
		perceptron.Key3(fN0lpN0pN1p, si.p(n0l), N0p, N1p),
		perceptron.Key3(fS1pS1lpS0p, si.p(s1), si.p(get(s.l1, s1)), S0p),
		perceptron.Key3(fS0cN0cPP, si.c(s0)*8+si.c(n0), S0p, N0p),
		perceptron.Key3(fN0cN1cPP, si.c(n0)*8+si.c(n1), N0p, N1p),
		perceptron.Key3(fCommasS0pN0p, commas, S0p, N0p),
		perceptron.Key3(fCommasS0wN0p, commas, S0w, N0p),
		perceptron.Key1(fS0st, S0st),
		perceptron.Key1(fN0st, N0st),
		perceptron.Key1(fN1st, N1st),
		perceptron.Key1(fS1st, si.st(s1)),
		perceptron.Key1(fN2st, si.st(n2)),
		perceptron.Key2(fS0stN0st, S0st, N0st),
		perceptron.Key2(fS0stN0p, S0st, N0p),
		perceptron.Key2(fS0pN0st, S0p, N0st),
		perceptron.Key2(fN0stN1st, N0st, N1st),
		perceptron.Key3(fS0stN0stN1st, S0st, N0st, N1st),
		perceptron.Key3(fS1stS0stN0st, si.st(s1), S0st, N0st),
		perceptron.Key2(fS0wN0st, S0w, N0st),
		perceptron.Key2(fS0stN0w, S0st, N0w),
		perceptron.Key3(fS0stN0std, S0st, N0st, d),
	)
}

// Feature templates of the relation of an arc from head h to dependent
// d, each with the arc's direction: w and p of both ends, u their UPOS,
// their distance, d's suffix, the labels h already has on that side and
// d has on each side, d's leftmost and rightmost dependents (the case
// marker or auxiliary that often decides the relation), h's head, and
// the words beside d.
const (
	aDw = iota
	aDp
	aHw
	aHp
	aHpDp
	aHwDp
	aHpDw
	aHwDw
	aHuDu
	aDistHpDp
	aSufHp
	aHsideDp
	aDlsetDp
	aDrsetDp
	aDlwDp
	aDlpDpHp
	aDllDp
	aHhpHpDp
	aNextDp
	aPrevDp
	aHwDlw
	aDrpDp
	aHsetsHp
	aDst
	aDstHp
	aDstHst
)

// labelFeatures are the features of the relation of the arc h → d in
// state s, appended to buf.
func (si *sentenceInfo) labelFeatures(s *state, h, d int, buf []uint64) []uint64 {
	dir := uint64(1)
	side := s.rs[h] // the labels h already has on d's side
	if d < h {
		dir, side = 2, s.ls[h]
	}
	dw, dp, hw, hp := si.w(d), si.p(d), si.w(h), si.p(h)
	dist := uint64(min(max(h-d, d-h), 6))
	dl, dr := s.l1[d], s.r1[d]
	next, prev := -1, -1
	if d+1 <= s.n {
		next = d + 1
	}
	if d > 1 {
		prev = d - 1
	}
	return append(buf,
		perceptron.Key2(aDw, dir, dw),
		perceptron.Key2(aDp, dir, dp),
		perceptron.Key2(aHw, dir, hw),
		perceptron.Key2(aHp, dir, hp),
		perceptron.Key3(aHpDp, dir, hp, dp),
		perceptron.Key3(aHwDp, dir, hw, dp),
		perceptron.Key3(aHpDw, dir, hp, dw),
		perceptron.Key3(aHwDw, dir, hw, dw),
		perceptron.Key3(aHuDu, dir, si.u(h), si.u(d)),
		perceptron.Key3(aDistHpDp, dir*16+dist, hp, dp),
		perceptron.Key3(aSufHp, dir, si.sf(d), hp),
		perceptron.Key3(aHsideDp, dir, side, dp),
		perceptron.Key3(aDlsetDp, dir, s.ls[d], dp),
		perceptron.Key3(aDrsetDp, dir, s.rs[d], dp),
		perceptron.Key3(aDlwDp, dir, si.w(dl), dp),
		perceptron.Key3(aDlpDpHp, si.p(dl), dp, hp),
		perceptron.Key3(aDllDp, dir, lab(s, dl), dp),
		perceptron.Key3(aHhpHpDp, si.p(get(s.head, h)), hp, dp),
		perceptron.Key3(aNextDp, dir, si.p(next), dp),
		perceptron.Key3(aPrevDp, dir, si.p(prev), dp),
		perceptron.Key3(aHwDlw, dir, hw, si.w(dl)),
		perceptron.Key3(aDrpDp, dir, si.p(dr), dp),
		perceptron.Key3(aHsetsHp, perceptron.Key2(0, dir, s.ls[h]), s.rs[h], hp),
		perceptron.Key2(aDst, dir, si.st(d)),
		perceptron.Key3(aDstHp, dir, si.st(d), hp),
		perceptron.Key3(aDstHst, dir, si.st(d), si.st(h)),
	)
}
