package names

// maxWindow is the most words decoded as one: a longer sentence (a text
// with no full stops) is read in windows of this many words, so that the
// decoding tables stay small whatever the input.
const maxWindow = 200

// prepare works out the features' view of every word of doc once: shapes,
// gazetteer marks, and which words the document writes in lower case. A
// context is a sentence, or a window of a long one.
func (m *Model) prepare(doc Document) []*context {
	ctxs := make([]*context, 0, len(doc))
	lowered := map[uint64]bool{}
	var lower []uint64
	var marks [][numGaz]uint8
	for si, s := range doc {
		scase := sentenceCase(s.Words)
		for at := 0; at < len(s.Words) || at == 0; at += maxWindow {
			forms := s.Words[at:min(at+maxWindow, len(s.Words))]
			c := &context{words: make([]word, len(forms)), scase: scase, sent: si, offset: at}
			lower = lower[:0]
			for i, form := range forms {
				tag := ""
				if at+i < len(s.Tags) {
					tag = s.Tags[at+i]
				}
				w, low := describe(form, tag, at+i == 0)
				if w.caps == capLower && !m.connectors[low] && !m.gaz.particles[low] {
					w.never = true
				}
				if at+i > 0 && w.caps == capLower && scase == 0 {
					lowered[w.lower] = true
				}
				c.words[i] = w
				lower = append(lower, w.lower)
			}
			unpaired(forms, c.words)
			marks = append(marks[:0], make([][numGaz]uint8, len(forms))...)
			m.gaz.match(lower, marks)
			for i, g := range marks {
				c.words[i].gaz = g
			}
			ctxs = append(ctxs, c)
		}
	}
	for _, c := range ctxs {
		for i := range c.words {
			w := &c.words[i]
			w.lowerElsewhere = w.caps != capLower && lowered[w.lower]
		}
	}
	return ctxs
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

// aggregate sets the second pass's document features from the first
// pass's labels: for every capitalised word, the type the other places it
// appears were given most often, and the type of a longer name elsewhere
// that holds it.
func aggregate(ctxs []*context) {
	type tally [numTypes + 1]int // per type, and O last
	seen := map[uint64]*tally{}
	longer := map[uint64]*tally{}
	count := func(m map[uint64]*tally, key uint64, t, d int) {
		c := m[key]
		if c == nil {
			c = &tally{}
			m[key] = c
		}
		c[t] += d
	}
	// walk calls fn for every capitalised word with its first-pass type
	// (numTypes for O) and whether it is in a name of two or more words.
	walk := func(fn func(w *word, t int, long bool)) {
		for _, c := range ctxs {
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
	}
	walk(func(w *word, t int, long bool) {
		count(seen, w.lower, t, 1)
		if long {
			count(longer, w.lower, t, 1)
		}
	})
	best := func(c *tally) int {
		b := -1
		for t, n := range c {
			if n > 0 && (b < 0 || n > c[b]) {
				b = t
			}
		}
		return b
	}
	walk(func(w *word, t int, long bool) {
		// The other occurrences: take this one out, look, put it back.
		c := seen[w.lower]
		c[t]--
		w.seenType = int8(best(c))
		c[t]++
		if lc := longer[w.lower]; lc != nil {
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

// Find labels the names of a document, sentence by sentence.
func (m *Model) Find(doc Document) [][]Span {
	ctxs := m.prepare(doc)
	var lt lattice
	first, second := frozen(m.first), frozen(m.second)
	for _, c := range ctxs {
		c.first = make([]int, len(c.words))
		lt.decode(c, first, false, true, c.first, nil)
	}
	aggregate(ctxs)
	out := make([][]Span, len(doc))
	var labels []int
	var sure []float64
	for _, c := range ctxs {
		labels = append(labels[:0], make([]int, len(c.words))...)
		sure = append(sure[:0], make([]float64, len(c.words))...)
		lt.decode(c, second, true, true, labels, sure)
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
	return out
}
