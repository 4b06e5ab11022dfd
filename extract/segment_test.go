package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name, line string
		want       []string
	}{
		{"two sentences", "The minister spoke. Talks ended.", []string{"The minister spoke.", "Talks ended."}},
		{"honorific", "Mr. Smith met Gen. Lee on Monday. They agreed.", []string{"Mr. Smith met Gen. Lee on Monday.", "They agreed."}},
		{"initial", "President George W. Bush spoke.", []string{"President George W. Bush spoke."}},
		{"dotted acronym mid-sentence", "The U.S. Treasury acted.", []string{"The U.S. Treasury acted."}},
		{"dotted acronym at end", "Sanctions hit the U.S. The talks failed.", []string{"Sanctions hit the U.S.", "The talks failed."}},
		{"quote closes sentence", `"We will act," she said. "Now."`, []string{`"We will act," she said.`, `"Now."`}},
		{"curly quote", "He left.” Then it rained.", []string{"He left.”", "Then it rained."}},
		{"question and lower case", "Why? because. It ended.", []string{"Why? because.", "It ended."}},
		{"no final stop", "Headline Without Stop", []string{"Headline Without Stop"}},
		{"decimal", "It grew 3.5 percent. Then fell.", []string{"It grew 3.5 percent.", "Then fell."}},
		{"month abbreviation", "It began on Oct. 6 in Tallinn.", []string{"It began on Oct. 6 in Tallinn."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range splitSentences(tc.line) {
				got = append(got, tc.line[s[0]:s[1]])
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("splitSentences(%q) (-want +got):\n%s", tc.line, diff)
			}
		})
	}
}
