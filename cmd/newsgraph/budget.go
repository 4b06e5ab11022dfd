package main

import (
	"bufio"
	"context"
	"os"
	"strconv"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/ingest"
)

// memPerByte is about how much memory extracting a document takes at its
// peak, per byte of its text (measured on generated news of 1 to 10 MB,
// which the extractor reads in parts of a quarter megabyte).
const memPerByte = 15

// byteBudget lets parts run while the bytes of the documents in flight stay
// within limit; a part larger than limit runs when no other does.
type byteBudget struct {
	mu    sync.Mutex
	cond  *sync.Cond
	limit int64
	used  int64
}

func newByteBudget(limit int64) *byteBudget {
	b := &byteBudget{limit: limit}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// acquire waits until n more bytes fit, or ctx is done.
func (b *byteBudget) acquire(ctx context.Context, n int64) {
	stop := context.AfterFunc(ctx, func() {
		b.mu.Lock()
		b.cond.Broadcast()
		b.mu.Unlock()
	})
	defer stop()
	b.mu.Lock()
	for b.used > 0 && b.used+n > b.limit && ctx.Err() == nil {
		b.cond.Wait()
	}
	b.used += n
	b.mu.Unlock()
}

func (b *byteBudget) release(n int64) {
	b.mu.Lock()
	b.used -= n
	b.cond.Broadcast()
	b.mu.Unlock()
}

// defaultInFlight is the bytes of documents extracted at once when
// --max-in-flight is not given: what half the available memory holds, or
// 0 (no limit) when that is not known.
func defaultInFlight() int64 {
	avail := availableMemory()
	if avail <= 0 {
		return 0
	}
	return max(avail/2/memPerByte, 1<<20)
}

// availableMemory is MemAvailable of /proc/meminfo in bytes, or 0.
func availableMemory() int64 {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "MemAvailable:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err != nil {
				return 0
			}
			return kb << 10
		}
	}
	return 0
}

// jobCost is the bytes of the document of p, as far as they are known
// before it is read: a JSON line's, a file's size, 0 for standard input.
func jobCost(p ingest.Part) int64 {
	switch {
	case p.Line > 0 || p.Size > 0:
		return p.Size
	case p.Input == nil || p.Input.Stdin:
		return 0
	}
	if fi, err := os.Stat(p.Input.Path); err == nil && fi.Mode().IsRegular() {
		return fi.Size()
	}
	return 0
}

// largeInFlight is the bytes of documents in flight from which the
// garbage collector is paced tighter: a part's worth (extract reads longer
// documents in parts of this size).
const largeInFlight = 256 << 10

// gcPacer makes the garbage collector collect sooner while a quarter
// megabyte or more of documents is in flight. A document's tokens,
// candidates and lattices are garbage once it is done, and the default
// pacing lets the heap grow to twice what is live before collecting: for a
// 1 MB article that is some 20 MB more at the peak. Small documents keep
// the default, whose fewer collections they run faster with.
type gcPacer struct {
	mu       sync.Mutex
	inFlight int64
	normal   int // the percentage the process started with (GOGC)
	tight    int
	set      func(percent int) int
}

func newGCPacer(set func(int) int) *gcPacer {
	normal := set(100)
	set(normal)
	return &gcPacer{normal: normal, tight: min(normal, 25), set: set}
}

// add counts n more bytes in flight (fewer, when negative) and paces the
// collector for what is in flight now.
func (g *gcPacer) add(n int64) {
	if g.normal < 0 {
		return // collection is off (GOGC=off)
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	before := g.inFlight >= largeInFlight
	g.inFlight += n
	switch after := g.inFlight >= largeInFlight; {
	case after && !before:
		g.set(g.tight)
	case before && !after:
		g.set(g.normal)
	}
}
