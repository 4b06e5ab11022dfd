package graph

import (
	"io"
	"testing"
)

// benchGraph is a seeded graph of about 1,000 entities and events.
func benchGraph() *Graph {
	g := build(synthetic(1000))
	g.Nodes() // Build the sorted view outside the timer.
	return g
}

func BenchmarkAdd(b *testing.B) {
	results := synthetic(1000)
	b.ReportAllocs()
	for b.Loop() {
		build(results).Nodes()
	}
}

func BenchmarkEncodeJSON(b *testing.B) {
	g := benchGraph()
	b.SetBytes(int64(len(encodeJSON(b, g))))
	b.ReportAllocs()
	for b.Loop() {
		if err := EncodeJSON(io.Discard, g); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncodeDOT(b *testing.B) {
	g := benchGraph()
	b.SetBytes(int64(len(encodeDOT(b, g))))
	b.ReportAllocs()
	for b.Loop() {
		if err := EncodeDOT(io.Discard, g); err != nil {
			b.Fatal(err)
		}
	}
}
