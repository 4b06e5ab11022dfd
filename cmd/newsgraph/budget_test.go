package main

import (
	"context"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Documents in flight stay within the budget; one larger than it runs
// alone.
func TestByteBudget(t *testing.T) {
	b := newByteBudget(10)
	var inFlight, peak atomic.Int64
	var wg sync.WaitGroup
	for _, n := range []int64{6, 6, 4, 25, 3, 3} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b.acquire(context.Background(), n)
			cur := inFlight.Add(n)
			for {
				p := peak.Load()
				if cur <= p || peak.CompareAndSwap(p, cur) {
					break
				}
			}
			if cur > 10 && cur != n {
				t.Errorf("%d bytes in flight with a job of %d", cur, n)
			}
			time.Sleep(5 * time.Millisecond)
			inFlight.Add(-n)
			b.release(n)
		}()
	}
	wg.Wait()
	if peak.Load() < 25 {
		t.Errorf("the large job never ran (peak %d)", peak.Load())
	}
	// a cancelled run does not wait
	b.acquire(context.Background(), 10)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan bool)
	go func() { b.acquire(ctx, 5); done <- true }()
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("acquire did not return when its context was cancelled")
	}
}

// TestGCPacer paces the collector tighter while a quarter megabyte or more is in
// flight and back when it is not, and never when collection is off.
func TestGCPacer(t *testing.T) {
	fake := func(start int, calls *[]int) func(int) int {
		cur := start
		return func(p int) int {
			*calls = append(*calls, p)
			old := cur
			cur = p
			return old
		}
	}
	var calls []int
	g := newGCPacer(fake(100, &calls))
	calls = nil
	g.add(1000) // a small document
	g.add(-1000)
	if len(calls) != 0 {
		t.Errorf("small documents set %v", calls)
	}
	g.add(largeInFlight) // a large one, then another beside it
	g.add(largeInFlight)
	g.add(-largeInFlight)
	g.add(-largeInFlight)
	if want := []int{25, 100}; !slices.Equal(calls, want) {
		t.Errorf("large documents set %v, want %v", calls, want)
	}

	calls = nil
	g = newGCPacer(fake(10, &calls)) // GOGC=10: already tighter
	calls = nil
	g.add(largeInFlight)
	g.add(-largeInFlight)
	if want := []int{10, 10}; !slices.Equal(calls, want) {
		t.Errorf("with GOGC=10 set %v, want %v", calls, want)
	}

	calls = nil
	g = newGCPacer(fake(-1, &calls)) // GOGC=off
	calls = nil
	g.add(largeInFlight)
	g.add(-largeInFlight)
	if len(calls) != 0 {
		t.Errorf("with GOGC=off set %v", calls)
	}
}
