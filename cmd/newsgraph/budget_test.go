package main

import (
	"context"
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
