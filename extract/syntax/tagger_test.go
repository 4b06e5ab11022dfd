package syntax

import (
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/extract/perceptron"
)

// shape maps letters to X and x, digits to d, keeps other characters,
// and shortens runs of the same class to two: what shapeHash hashes.
func shape(form string) string {
	var b strings.Builder
	var last rune
	run := 0
	for _, r := range form {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c == last {
			run++
			if run > 2 {
				continue
			}
		} else {
			run = 1
			last = c
		}
		b.WriteRune(c)
	}
	return b.String()
}

// describeByStrings is describe written with the strings it hashes.
func describeByStrings(form string) wordInfo {
	low := normWord(form)
	wi := wordInfo{lower: perceptron.HashString(low), form: perceptron.HashString(form), shape: perceptron.HashString(shape(form)), cap: capClass(form)}
	runes := []rune(low)
	for k := 1; k <= 4; k++ {
		if k <= len(runes) {
			wi.suf[k-1] = perceptron.HashString(string(runes[len(runes)-k:]))
		} else {
			wi.suf[k-1] = perceptron.HashString("~" + low)
		}
	}
	for k := 1; k <= 3; k++ {
		if k <= len(runes) {
			wi.pre[k-1] = perceptron.HashString(string(runes[:k]))
		} else {
			wi.pre[k-1] = perceptron.HashString("~" + low)
		}
	}
	wi.suf3 = wi.suf[2]
	return wi
}

func TestDescribeHashesTheStrings(t *testing.T) {
	for _, w := range []string{"", "a", "of", "The", "NATO", "U.S.", "1,200", "x86-64", "Zürich", "ÉTATS", "日本語", "İstanbul", "ǅ", "aaaaBBBB1111", "\xff\xfe", "a\xffb", "e\u0301"} {
		if got, want := describe(w), describeByStrings(w); got != want {
			t.Errorf("%q: %+v, want %+v", w, got, want)
		}
	}
}

func FuzzDescribe(f *testing.F) {
	f.Add("Zürich")
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := describe(w), describeByStrings(w); got != want {
			t.Errorf("%q: hashes differ", w)
		}
	})
}

func sentenceOf(pairs ...string) ConlluSentence {
	var s ConlluSentence
	for i := 0; i+1 < len(pairs); i += 2 {
		upos, xpos, _ := strings.Cut(pairs[i+1], " ")
		s.Words = append(s.Words, ConlluWord{Form: pairs[i], UPOS: upos, XPOS: xpos})
	}
	return s
}

func TestSureWords(t *testing.T) {
	classes := []string{"ADP IN", "DET DT", "PART TO", "PUNCT ."}
	var sents []ConlluSentence
	for i := range 200 {
		s := sentenceOf("The", "DET DT", "to", "PART TO", ".", "PUNCT .")
		if i%10 == 0 {
			s.Words[1].UPOS, s.Words[1].XPOS = "ADP", "IN" // "to" is a preposition one time in ten
		}
		if i < 19 {
			s.Words = append(s.Words, ConlluWord{Form: "of", UPOS: "ADP", XPOS: "IN"}) // seen 19 times
		}
		sents = append(sents, s)
	}
	sents = append(sents, sentenceOf("THE", "PUNCT .")) // one odd "the" in 201
	got := sureWords(sents, classes)
	want := map[string]int{"the": 1, ".": 3}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sure words (-want +got):\n%s", diff)
	}
}

// A sure word gets its class without the weights being read: a tagger
// with no weights tags a sentence of sure words.
func TestSureWordsSkipTheWeights(t *testing.T) {
	tg := &tagger{classes: []string{"DET DT", "PUNCT ."}, sure: map[string]int{"the": 0, ".": 1}}
	tg.split()
	out := make([]int, 3)
	tg.tag([]string{"The", "the", "."}, out)
	if diff := cmp.Diff([]int{0, 0, 1}, out); diff != "" {
		t.Errorf("classes (-want +got):\n%s", diff)
	}
}
