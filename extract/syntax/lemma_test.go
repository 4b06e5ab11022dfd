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

// A word the treebank never had takes the edit of its longest known
// ending whose result is a lemma the treebank has for a word of its
// class; a compound of a known lemma, an edit that would keep too little
// of the word, and a lemma known only for another class do not count.
func TestLemmatizerPrefersKnownLemmas(t *testing.T) {
	lz := &lemmatizer{
		known: map[string]edit{
			"defeat\tVB": {}, "man\tNN": {}, "fisher\tNN": {}, "be\tVB": {}, "eye\tVB": {},
		},
		rules: map[string]edit{
			"VBD\tated": {strip: 1},            // created → create
			"VBD\ted":   {strip: 2},            // walked → walk
			"VBD\td":    {strip: 3, add: "be"}, // was → be
			"NNS\tmen":  {strip: 2, add: "an"}, // women → woman
			"NNS\tn":    {strip: 3},            // an ending's odd edit
			"NNS\ts":    {strip: 1},            // talks → talk
			"NNS\tyes":  {},                    // an ending's odd edit
		},
		lowers: map[string]bool{"NNS": true},
	}
	lz.index()
	tests := []struct{ form, xpos, want string }{
		{"defeated", "VBD", "defeat"},     // "-ated" gives "defeate", unknown; "-ed" gives a known verb
		{"located", "VBD", "locate"},      // neither known: the longest ending's edit
		{"fishermen", "NNS", "fisherman"}, // a compound of "man", not "fisher" by the odd edit
		{"wed", "VBD", "w"},               // "be" would keep nothing of the word
		{"eyes", "NNS", "eyes"},           // "eye" is a known verb, not a known noun
	}
	for _, tc := range tests {
		if got := lz.lemma(tc.form, tc.xpos); got != tc.want {
			t.Errorf("lemma(%q, %s) = %q, want %q", tc.form, tc.xpos, got, tc.want)
		}
	}
}
