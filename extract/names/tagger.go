package names

import "sync"

// maxWindow is the most words decoded as one: a longer sentence (a text
// with no full stops) is read in windows of this many words, so that the
// decoding tables stay small whatever the input.
const maxWindow = 200

// prepare works out the features' view of every word of doc once: shapes,
// gazetteer marks, and which words the document writes in lower case. A
// context is a sentence, or a window of a long one.
func (m *Model) prepare(doc Source) []*context {
	var ctxs []*context
	ev := newEvidence()
	var p preparer
	eachContext(doc, func(s Sentence, scase, si, at int) {
		c := &context{}
		p.prepare(m, c, s, scase, si, at)
		ev.lowers(c)
		ctxs = append(ctxs, c)
	})
	for _, c := range ctxs {
		ev.markLowered(c)
	}
	return ctxs
}

// eachContext calls fn with the sentence, how it is written
// (sentenceCase), its number and the first word of every context of doc,
// in order.
func eachContext(doc Source, fn func(s Sentence, scase, si, at int)) {
	for si := range doc.Len() {
		s := doc.Sentence(si)
		scase := sentenceCase(s.Words)
		for at := 0; at < len(s.Words) || at == 0; at += maxWindow {
			fn(s, scase, si, at)
		}
	}
}

// preparer holds what preparing a context reuses.
type preparer struct {
	lower []uint64
	marks [][numGaz]uint8
}

// prepare fills c with the words of sentence s from word at, up to
// maxWindow of them; scase is how the sentence is written.
func (p *preparer) prepare(m *Model, c *context, s Sentence, scase, si, at int) {
	forms := s.Words[at:min(at+maxWindow, len(s.Words))]
	*c = context{words: c.words[:0], scase: scase, sent: si, offset: at, feats: c.feats}
	p.lower = p.lower[:0]
	for i, form := range forms {
		tag := ""
		if at+i < len(s.Tags) {
			tag = s.Tags[at+i]
		}
		w, low := describe(form, tag, at+i == 0)
		if w.caps == capLower && !m.connectors[low] && !m.gaz.particles[low] {
			w.never = true
		}
		c.words = append(c.words, w)
		p.lower = append(p.lower, w.lower)
	}
	unpaired(forms, c.words)
	p.marks = append(p.marks[:0], make([][numGaz]uint8, len(forms))...)
	m.gaz.match(p.lower, p.marks)
	for i, g := range p.marks {
		c.words[i].gaz = g
	}
}

// unpaired marks as words no name holds the brackets without their
// partner within three words: a name may hold "( B )" ("Zeleznik ( B )"),
// but not the end of a bracket it did not open ("Revolution ) Square").
func unpaired(forms []string, words []word) {
	for i, f := range forms {
		partner, step := "", 0
		switch f {
		case "(":
			partner, step = ")", 1
		case ")":
			partner, step = "(", -1
		default:
			continue
		}
		found := false
		for k := 1; k <= 3 && !found; k++ {
			j := i + k*step
			found = j >= 0 && j < len(forms) && forms[j] == partner
		}
		if !found {
			words[i].never = true
		}
	}
}

// evidence is what the second pass reads of the whole document: the
// words it writes in lower case, and for every capitalised word the types
// the first pass gave it, alone and in names of two or more words.
type evidence struct {
	lowered      map[uint64]bool
	seen, longer map[uint64]*tally
}

type tally [numTypes + 1]int // per type, and O last

func newEvidence() *evidence {
	return &evidence{lowered: map[uint64]bool{}, seen: map[uint64]*tally{}, longer: map[uint64]*tally{}}
}

// lowers notes the words of c in lower case, but for the first of a
// sentence and all of a sentence in capitals.
func (ev *evidence) lowers(c *context) {
	for i := range c.words {
		if w := &c.words[i]; (c.offset+i > 0) && w.caps == capLower && c.scase == 0 {
			ev.lowered[w.lower] = true
		}
	}
}

// markLowered sets lowerElsewhere on the capitalised words of c the
// document writes in lower case.
func (ev *evidence) markLowered(c *context) {
	for i := range c.words {
		w := &c.words[i]
		w.lowerElsewhere = w.caps != capLower && ev.lowered[w.lower]
	}
}

// walk calls fn for every capitalised word of c with its first-pass type
// (numTypes for O) and whether it is in a name of two or more words.
func walk(c *context, fn func(w *word, t int, long bool)) {
	spanLen := 0
	for i := range c.words {
		w := &c.words[i]
		l := c.first[i]
		if p := part(l); p == begin || p == unit {
			spanLen = 1
			for k := i; k < len(c.first) && open(c.first[k]); k++ {
				spanLen++
			}
		}
		if int(w.caps) == capLower || int(w.caps) == capNone {
			continue
		}
		t := numTypes
		if l != outside {
			t = typeOf(l)
		}
		fn(w, t, l != outside && spanLen > 1)
	}
}

func bump(m map[uint64]*tally, key uint64, t, d int) {
	c := m[key]
	if c == nil {
		c = &tally{}
		m[key] = c
	}
	c[t] += d
}

// count adds the first-pass types of c's words.
func (ev *evidence) count(c *context) {
	walk(c, func(w *word, t int, long bool) {
		bump(ev.seen, w.lower, t, 1)
		if long {
			bump(ev.longer, w.lower, t, 1)
		}
	})
}

// apply sets the document features of c's words once the whole document
// is counted: the type the other places a word appears were given most
// often, and the type of a longer name elsewhere that holds it.
func (ev *evidence) apply(c *context) {
	best := func(c *tally) int {
		b := -1
		for t, n := range c {
			if n > 0 && (b < 0 || n > c[b]) {
				b = t
			}
		}
		return b
	}
	walk(c, func(w *word, t int, long bool) {
		// The other occurrences: take this one out, look, put it back.
		c := ev.seen[w.lower]
		c[t]--
		w.seenType = int8(best(c))
		c[t]++
		if lc := ev.longer[w.lower]; lc != nil {
			if long {
				lc[t]--
			}
			if b := best(lc); b >= 0 && b < numTypes {
				w.seenInLonger = int8(b)
			}
			if long {
				lc[t]++
			}
		}
	})
}

// aggregate sets the second pass's document features of contexts whose
// first-pass labels are known.
func aggregate(ctxs []*context) {
	ev := &evidence{seen: map[uint64]*tally{}, longer: map[uint64]*tally{}}
	for _, c := range ctxs {
		ev.count(c)
	}
	for _, c := range ctxs {
		ev.apply(c)
	}
}

// mayBegin reports whether word i, after label prev, may be anything but
// O. A name begins with a capitalised word: in CoNLL-2003's training set
// 48 of 23,499 names do not. So a word with no capital letter after O is
// O, and the weights need not be asked; three words in four are such.
func (c *context) mayBegin(i, prev int) bool {
	return open(prev) || c.words[i].caps >= capFirst
}

// closes reports whether a name must end at word i when decoding: the
// sentence ends, or the next word is one a name never holds. Training
// knows only the first: were the others kept from it, it would never
// learn to end a name before them, and would go on over a connector.
func (c *context) closes(i int) bool {
	return i == len(c.words)-1 || c.words[i+1].never
}

// keepWords is the most words of a document Find prepares once and keeps
// for both passes; a longer one is prepared again for the second.
const keepWords = 50_000

// lattices keeps decoding's tables from one document to the next.
var lattices = sync.Pool{New: func() any { return new(lattice) }}

// Find labels the names of a document, sentence by sentence.
func (m *Model) Find(doc Source) [][]Span {
	n := 0
	for si := range doc.Len() {
		n += doc.Words(si)
	}
	if n > keepWords {
		return m.findStreaming(doc)
	}
	ctxs := m.prepare(doc)
	lt := lattices.Get().(*lattice)
	defer lattices.Put(lt)
	first, second := frozen(m.first), frozen(m.second)
	for _, c := range ctxs {
		c.first = make([]int, len(c.words))
		lt.decode(c, first, false, true, c.first, nil)
	}
	aggregate(ctxs)
	out := make([][]Span, doc.Len())
	var labels []int
	var sure []float64
	for _, c := range ctxs {
		labels = append(labels[:0], make([]int, len(c.words))...)
		sure = append(sure[:0], make([]float64, len(c.words))...)
		lt.decode(c, second, true, true, labels, sure)
		addSpans(out, c, labels, sure)
	}
	return out
}

// addSpans adds the names labels mark in context c to out, each scored
// by the least sure of its words.
func addSpans(out [][]Span, c *context, labels []int, sure []float64) {
	for _, s := range spansOf(labels) {
		s.Score = 1
		for i := s.Start; i < s.End; i++ {
			s.Score = min(s.Score, sure[i])
		}
		s.Start += c.offset
		s.End += c.offset
		out[c.sent] = append(out[c.sent], s)
	}
}

// findStreaming is Find for a long document: it reads the document twice,
// a context at a time, and keeps between the passes only the first
// pass's labels and the document's evidence, so that its memory grows
// with the document's words by a byte each, not by the hundred bytes of
// a prepared word. Preparing the words twice costs about a twentieth of
// the time of extracting.
func (m *Model) findStreaming(doc Source) [][]Span {
	lt := lattices.Get().(*lattice)
	defer lattices.Put(lt)
	first, second := frozen(m.first), frozen(m.second)
	ev := newEvidence()
	var p preparer
	var c context
	var labels []int
	var firsts []int8 // the first pass's labels of every word, in order
	eachContext(doc, func(s Sentence, scase, si, at int) {
		p.prepare(m, &c, s, scase, si, at)
		ev.lowers(&c)
		labels = append(labels[:0], make([]int, len(c.words))...)
		lt.decode(&c, first, false, true, labels, nil)
		c.first = labels
		ev.count(&c)
		for _, l := range labels {
			firsts = append(firsts, int8(l))
		}
	})
	out := make([][]Span, doc.Len())
	var sure []float64
	var firstLabels []int
	at := 0
	eachContext(doc, func(s Sentence, scase, si, from int) {
		p.prepare(m, &c, s, scase, si, from)
		ev.markLowered(&c)
		firstLabels = firstLabels[:0]
		for _, l := range firsts[at : at+len(c.words)] {
			firstLabels = append(firstLabels, int(l))
		}
		at += len(c.words)
		c.first = firstLabels
		ev.apply(&c)
		labels = append(labels[:0], make([]int, len(c.words))...)
		sure = append(sure[:0], make([]float64, len(c.words))...)
		lt.decode(&c, second, true, true, labels, sure)
		addSpans(out, &c, labels, sure)
	})
	return out
}
