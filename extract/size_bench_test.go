package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sizeShapes are the shapes of generated documents that the size
// benchmarks and the operation-count tests read: ordinary news, one
// organization named by its acronym over and over, thousands of distinct
// people, and one long unpunctuated run of words.
var sizeShapes = []struct {
	name string
	gen  func(size int) []byte
}{
	{"news", genNews},
	{"acronym", genAcronym},
	{"names", genNames},
	{"run", genRun},
}

// genAcronym repeats a name with its acronym in parentheses and the acronym
// alone, each paragraph different by its day.
func genAcronym(size int) []byte {
	var sb strings.Builder
	sb.WriteString("Acronym Test\n\n")
	for i := 0; sb.Len() < size; i++ {
		fmt.Fprintf(&sb, "Officials of the Maritime Security Centre (MSC) met on day %d. The MSC said Iran seized a tanker.\n\n", i)
	}
	return []byte(sb.String())
}

// personName is the i-th of many distinct invented names: two syllables of
// a given name, three of a surname.
func personName(i int) (given, surname string) {
	syl := []string{"ka", "lo", "mi", "ra", "ten", "vo", "shi", "dan", "pe", "ru", "sa", "gor"}
	word := func(n, parts int) string {
		var w strings.Builder
		for p := 0; p < parts; p++ {
			w.WriteString(syl[n%len(syl)])
			n /= len(syl)
		}
		s := w.String()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	return word(i*7+3, 2), word(i, 3) + "ski"
}

// genNames names a new person in every paragraph, then refers to them by
// surname.
func genNames(size int) []byte {
	var sb strings.Builder
	sb.WriteString("Names Test\n\n")
	for i := 0; sb.Len() < size; i++ {
		g, s := personName(i)
		fmt.Fprintf(&sb, "Foreign Minister %s %s met officials in Paris on day %d. %s said France would help Iran.\n\n", g, s, i, s)
	}
	return []byte(sb.String())
}

// genRun is one paragraph with no sentence end at all.
func genRun(size int) []byte {
	var sb strings.Builder
	sb.WriteString("Run Test\n\n")
	words := strings.Fields("officials of France and Iran met the United Nations envoy in Paris and said the talks on the port would go on while Greece and Turkey watched and")
	for i := 0; sb.Len() < size; i++ {
		sb.WriteString(words[i%len(words)])
		sb.WriteByte(' ')
	}
	sb.WriteString("\n")
	return []byte(sb.String())
}

// genNews recombines the lines of the sample articles into one long
// article, each paragraph made unique so that none is left out as a repeat.
func genNews(size int) []byte {
	var lines []string
	ents, _ := os.ReadDir(filepath.Join("..", "testdata", "articles"))
	for _, e := range ents {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "articles", e.Name()))
		if err != nil {
			continue
		}
		for i, l := range strings.Split(string(data), "\n") {
			if i > 0 && strings.TrimSpace(l) != "" {
				lines = append(lines, strings.TrimSpace(l))
			}
		}
	}
	if len(lines) == 0 {
		lines = []string{"Iran's navy seized a tanker in the Strait of Hormuz, and Greece condemned the seizure."}
	}
	var sb strings.Builder
	sb.WriteString("News Test\n\n")
	for i := 0; sb.Len() < size; i++ {
		fmt.Fprintf(&sb, "%s (%d)\n\n", lines[i%len(lines)], i)
	}
	return []byte(sb.String())
}

// BenchmarkSize times Parse + Extract of one generated document of each
// shape at 0.1, 1 and 10 MB: the time per byte (MB/s) should not fall as
// the document grows. NEWSGRAPH_BENCH_SIZES overrides the sizes, in KB
// ("100,400,1600").
func BenchmarkSize(b *testing.B) {
	sizes := []int{100 << 10, 1 << 20, 10 << 20}
	if s := os.Getenv("NEWSGRAPH_BENCH_SIZES"); s != "" {
		sizes = nil
		for _, f := range strings.Split(s, ",") {
			var kb int
			if _, err := fmt.Sscan(f, &kb); err == nil && kb > 0 {
				sizes = append(sizes, kb<<10)
			}
		}
	}
	x := benchExtractor(b)
	for _, sh := range sizeShapes {
		for _, size := range sizes {
			data := sh.gen(size)
			b.Run(fmt.Sprintf("%s/%dKB", sh.name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					doc, err := Parse("size.txt", "size.txt", data, ParseOptions{})
					if err != nil {
						b.Fatal(err)
					}
					if _, err := x.Extract(doc); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
