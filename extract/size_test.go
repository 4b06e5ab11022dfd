package extract

import (
	"runtime"
	"testing"
)

// extractCost is how many heap allocations Parse and Extract of data make,
// and how many candidates and names resolving it looked at: counts of
// operations that, unlike time, do not depend on the machine.
func extractCost(t *testing.T, x *Extractor, data []byte) (mallocs uint64, steps int) {
	t.Helper()
	stepsHook = func(n int) { steps += n }
	defer func() { stepsHook = nil }()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	doc, err := Parse("size.txt", "size.txt", data, ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := x.Extract(doc); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	return after.Mallocs - before.Mallocs, steps
}

// TestSizeLinear guards against work that grows faster than the document
// (an acronym or a surname compared with every candidate): a document of
// each generated shape four times as long costs at most about four times
// the operations.
func TestSizeLinear(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	const small = 24 << 10
	for _, sh := range sizeShapes {
		m1, s1 := extractCost(t, x, sh.gen(small))
		m4, s4 := extractCost(t, x, sh.gen(4*small))
		t.Logf("%s: %d -> %d allocations, %d -> %d resolution steps", sh.name, m1, m4, s1, s4)
		if r := float64(m4) / float64(m1); r > 5 {
			t.Errorf("%s: 4x the text makes %.1fx the allocations (%d -> %d): more than linear", sh.name, r, m1, m4)
		}
		if r := float64(s4) / float64(max(s1, 1)); r > 5 {
			t.Errorf("%s: 4x the text takes %.1fx the resolution steps (%d -> %d): more than linear", sh.name, r, s1, s4)
		}
	}
}
