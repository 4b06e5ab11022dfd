package syntax

import "testing"

func TestEditOf(t *testing.T) {
	tests := []struct{ form, lemma string }{
		{"forces", "force"},
		{"studies", "study"},
		{"The", "the"},
		{"Zaman", "Zaman"},
		{"went", "go"},
		{"Resolving", "resolve"},
		{"n't", "not"},
	}
	for _, tc := range tests {
		e := editOf(tc.form, tc.lemma)
		if got := e.apply(tc.form); got != tc.lemma {
			t.Errorf("editOf(%q, %q) = %+v applies to %q", tc.form, tc.lemma, e, got)
		}
	}
}

func TestLemmatizerRules(t *testing.T) {
	train := []ConlluSentence{{Words: []ConlluWord{
		{Form: "studies", Lemma: "study", XPOS: "NNS"},
		{Form: "parties", Lemma: "party", XPOS: "NNS"},
		{Form: "cities", Lemma: "city", XPOS: "NNS"},
		{Form: "ties", Lemma: "tie", XPOS: "NNS"},
		{Form: "talks", Lemma: "talk", XPOS: "NNS"},
		{Form: "walks", Lemma: "walk", XPOS: "NNS"},
		{Form: "was", Lemma: "be", XPOS: "VBD"},
		{Form: "Talks", Lemma: "talk", XPOS: "NNS"},
	}}}
	lz := trainLemmatizer(train)
	tests := []struct{ form, xpos, want string }{
		{"was", "VBD", "be"},           // known
		{"militias", "NNS", "militia"}, // unknown: "-s" of NNS
		{"bodies", "NNS", "body"},      // unknown: "-ies" beats "-s"
		{"Bodies", "NNS", "body"},      // lower case for common nouns
		{"xyz", "FW", "xyz"},           // no rule: the form itself
	}
	for _, tc := range tests {
		if got := lz.lemma(tc.form, tc.xpos); got != tc.want {
			t.Errorf("lemma(%q, %s) = %q, want %q", tc.form, tc.xpos, got, tc.want)
		}
	}
}
