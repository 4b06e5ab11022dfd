package analysis

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// BenchmarkAnalyze runs Analyze on a seeded synthetic wire of 1,000 actors
// and 5,000 events, and on the sample articles when present.
func BenchmarkAnalyze(b *testing.B) {
	b.Run("synthetic-1000x5000", func(b *testing.B) {
		w := synthetic(1000, 5000)
		benchAnalyze(b, w)
	})
	b.Run("articles", func(b *testing.B) {
		benchAnalyze(b, loadArticles(b))
	})
}

func benchAnalyze(b *testing.B, w *graph.Wire) {
	r, err := Analyze(w, Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Analyze(w, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(r.Actors)), "actors/op")
	b.ReportMetric(float64(r.Events.Total), "events/op")
}
