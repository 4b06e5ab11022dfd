package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// corpus generates realistic articles from the sample articles' vocabulary:
// their headlines, datelines and sentences recombined, with the people they
// name swapped for one another. It holds no news text of its own, and the
// same seed always gives the same articles.
type corpus struct {
	headlines []string
	datelines []string // "SUVA, Fiji (AP) — "
	sentences []string
	names     [][2]string // full name and surname of the people the samples name
}

var (
	datelineRE = regexp.MustCompile(`^([A-Z][A-Z .]+(?:, [^()]{1,40})? \([A-Za-z ]+\) [—-] )`)
	nameRE     = regexp.MustCompile(`\b([A-Z][\pL’ʻ-]+) ([A-Z][\pL’ʻ-]+)\b`)
	sentenceRE = regexp.MustCompile(`[.!?][”"]?\s+`)
)

// newCorpus reads the vocabulary of the sample articles.
func newCorpus(t testing.TB) *corpus {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(testdataDir, "articles", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("sample articles: %v", err)
	}
	c := &corpus{}
	var all strings.Builder
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		all.WriteString(text)
		lines := strings.Split(text, "\n")
		c.headlines = append(c.headlines, strings.TrimSpace(lines[0]))
		seen := map[string]bool{}
		for _, line := range lines[1:] {
			line = strings.TrimSpace(line)
			if line == "" || seen[line] || strings.Contains(line, "Photo") {
				continue // blank lines, repeated captions, photo credits
			}
			seen[line] = true
			if m := datelineRE.FindString(line); m != "" {
				c.datelines = append(c.datelines, m)
				line = line[len(m):]
			}
			c.sentences = append(c.sentences, splitSentences(line)...)
		}
	}
	// People: two capitalised words whose second one the samples also use
	// alone before "said" ("Fonua said"), and that never follow "the" nor
	// come whole before "said" (as "the Foreign Ministry said" does).
	text := all.String()
	seen := map[string]bool{}
	for _, m := range nameRE.FindAllStringSubmatch(text, -1) {
		full, surname := m[0], m[2]
		if !seen[full] && strings.Contains(text, surname+" said") && !strings.Contains(text, "the "+full) && !strings.Contains(text, full+" said") {
			seen[full] = true
			c.names = append(c.names, [2]string{full, surname})
		}
	}
	if len(c.datelines) == 0 || len(c.sentences) < 20 || len(c.names) < 4 {
		t.Fatalf("sample vocabulary too small: %d datelines, %d sentences, %d names", len(c.datelines), len(c.sentences), len(c.names))
	}
	return c
}

// splitSentences splits a paragraph after ". ", "? ", "! " and closing
// quotes.
func splitSentences(p string) []string {
	var out []string
	for {
		loc := sentenceRE.FindStringIndex(p)
		if loc == nil {
			break
		}
		out = append(out, strings.TrimSpace(p[:loc[1]]))
		p = p[loc[1]:]
	}
	if p = strings.TrimSpace(p); p != "" {
		out = append(out, p)
	}
	return out
}

// article returns article i of the corpus for seed: a headline, a
// dateline, and 6 to 24 sentences in paragraphs of one to three, the people
// named swapped by a random permutation.
func (c *corpus) article(seed uint64, i int) string {
	rng := rand.New(rand.NewPCG(seed, uint64(i)))
	perm := rng.Perm(len(c.names))
	var pairs []string
	for j, k := range perm {
		pairs = append(pairs, c.names[j][0], c.names[k][0])
	}
	for j, k := range perm {
		pairs = append(pairs, c.names[j][1], c.names[k][1])
	}
	swap := strings.NewReplacer(pairs...)

	var b strings.Builder
	b.WriteString(swap.Replace(c.headlines[rng.IntN(len(c.headlines))]))
	b.WriteString("\n\n")
	b.WriteString(c.datelines[rng.IntN(len(c.datelines))])
	n := 6 + rng.IntN(19)
	for s := 0; s < n; {
		para := min(1+rng.IntN(3), n-s)
		for k := range para {
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(swap.Replace(c.sentences[rng.IntN(len(c.sentences))]))
		}
		b.WriteString("\n\n")
		s += para
	}
	return b.String()
}

// write writes articles 0..n-1 into dir, 1,000 to a subfolder, and returns
// their total size in bytes.
func (c *corpus) write(t testing.TB, dir string, seed uint64, n int) int64 {
	t.Helper()
	var total int64
	for i := range n {
		p := filepath.Join(dir, fmt.Sprintf("%03d", i/1000), fmt.Sprintf("%05d.txt", i))
		if i%1000 == 0 {
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
		}
		a := c.article(seed, i)
		if err := os.WriteFile(p, []byte(a), 0o644); err != nil {
			t.Fatal(err)
		}
		total += int64(len(a))
	}
	return total
}

// TestCorpus checks that the generator is deterministic and gives articles
// that newsgraph reads like the samples.
func TestCorpus(t *testing.T) {
	c := newCorpus(t)
	if c.article(1, 7) != c.article(1, 7) {
		t.Fatal("the same seed gave different articles")
	}
	if c.article(1, 7) == c.article(1, 8) || c.article(1, 7) == c.article(2, 7) {
		t.Error("different articles are the same")
	}
	dir := t.TempDir()
	size := c.write(t, dir, 1, 40)
	if avg := size / 40; avg < 800 || avg > 8000 {
		t.Errorf("average article size %d bytes, want about that of the samples", avg)
	}
	code, stdout, stderr := runTest(t, "", "extract", "--format", "json", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	g := decodeGraph(t, stdout)
	if len(g.Documents) != 40 || len(g.Nodes) < 40 {
		t.Errorf("%d documents, %d nodes; want 40 documents and many nodes", len(g.Documents), len(g.Nodes))
	}
}

// TestGenerateCorpus writes a generated corpus for measuring the binary
// when NEWSGRAPH_GEN_DIR is set:
//
//	NEWSGRAPH_GEN_DIR=/tmp/corpus NEWSGRAPH_GEN_N=10000 go test ./cmd/newsgraph -run TestGenerateCorpus
//	/usr/bin/time -v newsgraph extract -q --workers 2 --format json -o /tmp/g.json /tmp/corpus
func TestGenerateCorpus(t *testing.T) {
	dir := os.Getenv("NEWSGRAPH_GEN_DIR")
	if dir == "" {
		t.Skip("set NEWSGRAPH_GEN_DIR (and NEWSGRAPH_GEN_N, default 1000) to write a generated corpus")
	}
	n := 1000
	if s := os.Getenv("NEWSGRAPH_GEN_N"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			t.Fatal(err)
		}
	}
	size := newCorpus(t).write(t, dir, 1, n)
	t.Logf("%d articles, %.1f MB in %s", n, float64(size)/(1<<20), dir)
}

// BenchmarkExtractCorpus extracts generated corpora of 1,000 articles (and
// 10,000 with NEWSGRAPH_BENCH_LARGE=1) with 1 and 2 workers into a JSON
// graph, reporting MB/s, docs/s and the process's peak RSS so far (Linux
// ru_maxrss: a high-water mark over the whole benchmark process; run one
// size and worker count at a time, or the binary under /usr/bin/time -v,
// for the peak of one run).
//
//	go test ./cmd/newsgraph -run '^$' -bench ExtractCorpus -benchtime 1x
func BenchmarkExtractCorpus(b *testing.B) {
	sizes := []int{100, 1000}
	if os.Getenv("NEWSGRAPH_BENCH_LARGE") == "1" {
		sizes = append(sizes, 10000)
	}
	c := newCorpus(b)
	for _, n := range sizes {
		dir := b.TempDir()
		size := c.write(b, dir, 1, n)
		for _, workers := range []int{1, 2} {
			b.Run(fmt.Sprintf("articles=%d/workers=%d", n, workers), func(b *testing.B) {
				if _, err := testExtractor(); err != nil {
					b.Fatal(err)
				}
				out := filepath.Join(b.TempDir(), "g.json")
				b.SetBytes(size)
				b.ResetTimer()
				start := time.Now()
				for range b.N {
					f, _, stderr := testFactory("")
					if code := runWith(f, []string{"extract", "-q", "--format", "json", "--workers", strconv.Itoa(workers), "-o", out, dir}); code != exitOK {
						b.Fatalf("exit %d: %s", code, stderr)
					}
				}
				b.StopTimer()
				b.ReportMetric(float64(n*b.N)/time.Since(start).Seconds(), "docs/s")
				var ru syscall.Rusage
				if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err == nil {
					b.ReportMetric(float64(ru.Maxrss)/1024, "peak-RSS-MB")
				}
			})
		}
	}
}
