package syntax

import (
	"strings"
	"testing"
	"unicode"

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
