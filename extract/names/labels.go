package names

// Labels are BILOU: a one-word name is U(nit); a longer one is B(egin),
// I(nside)..., L(ast); other words are O. Label 0 is O; type t has the
// four labels 1+4t (B), 2+4t (I), 3+4t (L), 4+4t (U).

// Types are the name types, in label order.
var Types = [...]string{"PER", "LOC", "ORG", "MISC"}

const numLabels = 1 + 4*len(Types)

const (
	outside = 0
	begin   = 1
	inside  = 2
	last    = 3
	unit    = 4
)

// part is B, I, L or U, or outside for O.
func part(l int) int {
	if l == outside {
		return outside
	}
	return (l-1)%4 + 1
}

// typeOf is the type index of a label other than O.
func typeOf(l int) int { return (l - 1) / 4 }

func labelOf(t, p int) int { return 1 + 4*t + p - 1 }

// open reports a label after which the name goes on.
func open(l int) bool { p := part(l); return p == begin || p == inside }

// allowed reports whether label l may follow prev, where a name must end
// when final; prev is outside at the start.
func allowed(prev, l int, final bool) bool {
	f := 0
	if final {
		f = 1
	}
	return allowedTable[f][prev][l]
}

// allowedTable holds isAllowed for every case, as decoding asks often.
var allowedTable = func() (t [2][numLabels][numLabels]bool) {
	for p := range numLabels {
		for l := range numLabels {
			t[0][p][l] = isAllowed(p, l, false)
			t[1][p][l] = isAllowed(p, l, true)
		}
	}
	return
}()

func isAllowed(prev, l int, final bool) bool {
	if open(prev) {
		p := part(l)
		return l != outside && typeOf(l) == typeOf(prev) && (p == inside && !final || p == last)
	}
	p := part(l)
	return l == outside || p == unit || p == begin && !final
}

// encode gives each word of a sentence of n words its gold label.
func encode(n int, spans []Span) []int {
	out := make([]int, n)
	for _, s := range spans {
		t := typeIndex(s.Type)
		if t < 0 || s.Start < 0 || s.End > n || s.Start >= s.End {
			continue
		}
		if s.End-s.Start == 1 {
			out[s.Start] = labelOf(t, unit)
			continue
		}
		out[s.Start] = labelOf(t, begin)
		for i := s.Start + 1; i < s.End-1; i++ {
			out[i] = labelOf(t, inside)
		}
		out[s.End-1] = labelOf(t, last)
	}
	return out
}

func typeIndex(typ string) int {
	for i, t := range Types {
		if t == typ {
			return i
		}
	}
	return -1
}

// spansOf reads the spans of a well-formed label sequence.
func spansOf(labels []int) []Span {
	var out []Span
	start := -1
	for i, l := range labels {
		switch part(l) {
		case unit:
			out = append(out, Span{Start: i, End: i + 1, Type: Types[typeOf(l)]})
		case begin:
			start = i
		case last:
			if start >= 0 {
				out = append(out, Span{Start: start, End: i + 1, Type: Types[typeOf(l)]})
			}
			start = -1
		case outside:
			start = -1
		}
	}
	return out
}
