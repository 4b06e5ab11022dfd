package syntax

// Word is one word of a parsed sentence. Head is the index of the head
// word in the same sentence, -1 for the root; Rel is its Universal
// Dependencies relation with subtype ("nsubj:pass", "obl:tmod").
type Word struct {
	Form  string
	Lemma string
	UPOS  string
	XPOS  string
	Head  int
	Rel   string
}

// Tree is a tagged sentence with its dependency tree. Words are indexed
// from 0; the children of each word are kept in sentence order.
type Tree struct {
	Words    []Word
	root     int
	children [][]int
}

// NewTree builds the tree of words whose Head fields are already set.
// It reports false when the heads do not form one tree: a head out of
// range, no root or more than one, or a cycle.
func NewTree(words []Word) (*Tree, bool) {
	t := &Tree{Words: words, root: -1, children: make([][]int, len(words))}
	for i, w := range words {
		switch {
		case w.Head == -1:
			if t.root >= 0 {
				return nil, false
			}
			t.root = i
		case w.Head < 0 || w.Head >= len(words) || w.Head == i:
			return nil, false
		default:
			t.children[w.Head] = append(t.children[w.Head], i)
		}
	}
	if len(words) > 0 && t.root < 0 {
		return nil, false
	}
	// Every word must reach the root: count the words below it.
	seen := 0
	stack := []int{t.root}
	for len(stack) > 0 && t.root >= 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		seen++
		stack = append(stack, t.children[n]...)
	}
	if seen != len(words) {
		return nil, false
	}
	return t, true
}

// Len is the number of words.
func (t *Tree) Len() int { return len(t.Words) }

// Root is the index of the word that heads the sentence.
func (t *Tree) Root() int { return t.root }

// Head is the index of word i's head, -1 for the root.
func (t *Tree) Head(i int) int { return t.Words[i].Head }

// Rel is word i's relation to its head ("root" for the root).
func (t *Tree) Rel(i int) string { return t.Words[i].Rel }

// Children are the dependents of word i in sentence order; with rels,
// only those whose relation is one of them. A relation without subtype
// names the whole family: "nsubj" matches "nsubj" and "nsubj:pass".
func (t *Tree) Children(i int, rels ...string) []int {
	if len(rels) == 0 {
		return t.children[i]
	}
	var out []int
	for _, c := range t.children[i] {
		if relIn(t.Words[c].Rel, rels) {
			out = append(out, c)
		}
	}
	return out
}

// Child is the first dependent of word i with one of rels, or -1.
func (t *Tree) Child(i int, rels ...string) int {
	for _, c := range t.children[i] {
		if relIn(t.Words[c].Rel, rels) {
			return c
		}
	}
	return -1
}

func relIn(rel string, rels []string) bool {
	for _, r := range rels {
		if rel == r {
			return true
		}
		if len(rel) > len(r) && rel[len(r)] == ':' && rel[:len(r)] == r {
			return true
		}
	}
	return false
}

// Span is the first and last index of the words in i's subtree. Trees
// read from EWT are nearly all projective, so the span is the phrase.
func (t *Tree) Span(i int) (first, last int) {
	first, last = i, i
	stack := []int{i}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		first = min(first, n)
		last = max(last, n)
		stack = append(stack, t.children[n]...)
	}
	return first, last
}

// Dominates reports whether a is b or one of b's ancestors.
func (t *Tree) Dominates(a, b int) bool {
	for n := b; n >= 0; n = t.Words[n].Head {
		if n == a {
			return true
		}
	}
	return false
}

// Path is the chain of words from i up to the lowest word that dominates
// both i and j and down again to j, both ends included.
func (t *Tree) Path(i, j int) []int {
	var up []int
	for n := i; n >= 0; n = t.Words[n].Head {
		up = append(up, n)
		if t.Dominates(n, j) {
			var down []int
			for m := j; m != n; m = t.Words[m].Head {
				down = append(down, m)
			}
			for k := len(down) - 1; k >= 0; k-- {
				up = append(up, down[k])
			}
			return up
		}
	}
	return nil
}
