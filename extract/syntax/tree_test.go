package syntax

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// "Rebels attacked the base near the town ." by hand.
func sampleTree(t *testing.T) *Tree {
	t.Helper()
	words := []Word{
		{Form: "Rebels", Head: 1, Rel: "nsubj"},
		{Form: "attacked", Head: -1, Rel: "root"},
		{Form: "the", Head: 3, Rel: "det"},
		{Form: "base", Head: 1, Rel: "obj"},
		{Form: "near", Head: 6, Rel: "case"},
		{Form: "the", Head: 6, Rel: "det"},
		{Form: "town", Head: 3, Rel: "nmod:near"},
		{Form: ".", Head: 1, Rel: "punct"},
	}
	tr, ok := NewTree(words)
	if !ok {
		t.Fatal("sample tree rejected")
	}
	return tr
}

func TestTreeRelations(t *testing.T) {
	tr := sampleTree(t)
	if tr.Root() != 1 || tr.Head(0) != 1 || tr.Rel(6) != "nmod:near" {
		t.Fatalf("root %d, head of 0 %d, rel of 6 %q", tr.Root(), tr.Head(0), tr.Rel(6))
	}
	tests := []struct {
		name string
		got  any
		want any
	}{
		{"children", tr.Children(1), []int{0, 3, 7}},
		{"children by relation", tr.Children(1, "obj", "punct"), []int{3, 7}},
		{"family matches subtype", tr.Children(3, "nmod"), []int{6}},
		{"subtype does not match family", tr.Children(3, "nmod:poss"), []int(nil)},
		{"child", tr.Child(1, "nsubj"), 0},
		{"no child", tr.Child(1, "iobj"), -1},
		{"path up and down", tr.Path(0, 6), []int{0, 1, 3, 6}},
		{"path to self", tr.Path(4, 4), []int{4}},
		{"path down", tr.Path(1, 5), []int{1, 3, 6, 5}},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, tc.got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
	if a, b := tr.Span(3); a != 2 || b != 6 {
		t.Errorf("span of base = %d..%d, want 2..6", a, b)
	}
	if !tr.Dominates(1, 5) || tr.Dominates(3, 0) {
		t.Error("Dominates wrong")
	}
}

func TestNewTreeRejects(t *testing.T) {
	tests := map[string][]int{
		"no root":        {1, 0},
		"two roots":      {-1, -1},
		"cycle":          {-1, 2, 1},
		"head past end":  {-1, 5},
		"own head":       {-1, 1},
		"negative head":  {-1, -3},
		"cycle off root": {-1, 3, 1, 2},
	}
	for name, heads := range tests {
		words := make([]Word, len(heads))
		for i, h := range heads {
			words[i].Head = h
		}
		if _, ok := NewTree(words); ok {
			t.Errorf("%s: accepted %v", name, heads)
		}
	}
	if _, ok := NewTree(nil); !ok {
		t.Error("empty sentence rejected")
	}
}
