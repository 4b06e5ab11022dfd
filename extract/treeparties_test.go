package extract

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/extract/syntax"
)

// treeTagged makes the tokens and the tree of a sentence written as
// "word/TAG/HEAD/REL" (HEAD numbered from 1, 0 the root), so that a rule
// that reads the tree is tested on the tree it is meant for, whatever
// the parser makes of the sentence.
func treeTagged(t *testing.T, text string) ([]Token, *syntax.Tree) {
	t.Helper()
	var toks []Token
	var words []syntax.Word
	for _, f := range strings.Fields(text) {
		p := strings.Split(f, "/")
		if len(p) != 4 {
			t.Fatalf("%q: want word/TAG/HEAD/REL", f)
		}
		h, err := strconv.Atoi(p[2])
		if err != nil {
			t.Fatal(err)
		}
		upos := "X"
		if strings.Trim(p[0], ",.;:") == "" {
			upos = "PUNCT"
		}
		toks = append(toks, Token{Text: p[0], Tag: p[1]})
		words = append(words, syntax.Word{Form: p[0], XPOS: p[1], UPOS: upos, Head: h - 1, Rel: p[3]})
	}
	tr, ok := syntax.NewTree(words)
	if !ok {
		t.Fatalf("%q: no tree", text)
	}
	return toks, tr
}

// treeParties alone: the subject and object a verb has in the tree, on
// sentences whose subject stands far from its verb.
func TestTreeParties(t *testing.T) {
	accuse := verbEntry{action: "accuse", code: "112", target: []string{objTarget}}
	help := verbEntry{action: "help", code: "070", target: []string{objTarget}}
	protest := verbEntry{action: "protest", code: "141", target: []string{"to", "against"}}
	for _, tc := range []struct {
		name, text      string
		verb            int // numbered from 1, as the heads
		p               verbEntry
		passive         bool
		agents, targets []string
	}{
		{"past a relative clause",
			"Chile/NNP/10/nsubj ,/,/6/punct which/WDT/6/nsubj has/VBZ/6/aux long/RB/6/advmod denied/VBN/1/acl:relcl the/DT/8/det charges/NNS/6/obj ,/,/6/punct accused/VBD/0/root Peru/NNP/10/obj",
			10, accuse, false, []string{"country:CHL"}, []string{"country:PER"}},
		{"coordinated subjects",
			"Chile/NNP/4/nsubj and/CC/3/cc Bolivia/NNP/1/conj accused/VBD/0/root Peru/NNP/4/obj",
			4, accuse, false, []string{"country:CHL", "country:BOL"}, []string{"country:PER"}},
		{"coordinated with no party: not a subject's",
			"talks/NNS/4/nsubj and/CC/3/cc Bolivia/NNP/1/conj angered/VBD/0/root Peru/NNP/4/obj",
			4, accuse, false, nil, []string{"country:PER"}},
		{"a preposition of the pattern",
			"Bolivia/NNP/2/nsubj protested/VBD/0/root to/TO/4/case Peru/NNP/2/obl",
			2, protest, false, []string{"country:BOL"}, []string{"country:PER"}},
		{"another preposition",
			"Bolivia/NNP/2/nsubj protested/VBD/0/root in/IN/4/case Peru/NNP/2/obl",
			2, protest, false, []string{"country:BOL"}, nil},
		{"passive with its agent",
			"Peru/NNP/3/nsubj:pass was/VBD/3/aux:pass accused/VBN/0/root by/IN/5/case Chile/NNP/3/obl:agent",
			3, accuse, true, []string{"country:CHL"}, []string{"country:PER"}},
		{"the subject of the verb it completes",
			"Chile/NNP/2/nsubj agreed/VBD/0/root to/TO/4/mark help/VB/2/xcomp Peru/NNP/4/obj",
			4, help, false, []string{"country:CHL"}, []string{"country:PER"}},
		{"the subject of the first conjunct",
			"Chile/NNP/2/nsubj met/VBD/0/root Ruiz/NNP/2/obj and/CC/5/cc accused/VBD/2/conj Peru/NNP/5/obj",
			5, accuse, false, []string{"country:CHL"}, []string{"country:PER"}},
		{"a participle after a comma has none",
			"Ruiz/NNP/2/nsubj telephoned/VBD/0/root Chile/NNP/2/obj ,/,/5/punct offering/VBG/2/advcl to/TO/7/mark help/VB/5/xcomp Peru/NNP/7/obj",
			7, help, false, nil, []string{"country:PER"}},
		{"nor when the parser took the object for its subject",
			"Ruiz/NNP/2/nsubj telephoned/VBD/0/root Chile/NNP/5/nsubj ,/,/5/punct offering/VBG/2/advcl to/TO/7/mark help/VB/5/xcomp Peru/NNP/7/obj",
			7, help, false, nil, []string{"country:PER"}},
		{"a past participle without its auxiliary has none",
			"Ruiz/NNP/4/nsubj ,/,/1/punct recently/RB/4/advmod accused/VBN/0/root by/IN/7/case the/DT/7/det press/NN/4/obl",
			4, accuse, false, nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks, tr := treeTagged(t, tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks)}
			agents, targets := c.partiesInTree(tr, tc.verb-1, tc.p, tc.passive)
			if diff := cmp.Diff(tc.agents, agents); diff != "" {
				t.Errorf("agents (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.targets, targets); diff != "" {
				t.Errorf("targets (-want +got):\n%s", diff)
			}
		})
	}
}

// A sentence with no one who could be a verb's subject is not parsed.
func TestTreePartiesParsesOnlyWhenNeeded(t *testing.T) {
	toks := slashTagged("They/PRP accused/VBD Peru/NNP")
	c := &eventCtx{t: toks, acts: namedActors(toks)}
	if a, _ := c.treeParties(1, verbEntry{target: []string{objTarget}}, false, false); a != nil || c.trees.isParsed(c.si) {
		t.Errorf("agents %v, parsed %v; want none, not parsed", a, c.trees.isParsed(c.si))
	}
	for _, tc := range []struct {
		name, text string
		verb       int
		passive    bool
	}{
		{"a passive with no agent's preposition", "Peru/NNP was/VBD accused/VBN of/IN spying/VBG on/IN Chile/NNP", 2, true},
		{"a pronoun right before the verb", "Chile/NNP said/VBD he/PRP had/VBD accused/VBN Peru/NNP", 4, false},
		{"a common noun right before the verb", "Chile/NNP said/VBD the/DT police/NNS accused/VBD Peru/NNP", 4, false},
		{"a party right before the verb", "Chile/NNP ,/, whose/WP$ troops/NNS left/VBD ,/, Bolivia/NNP accused/VBD Peru/NNP", 7, false},
	} {
		toks := slashTagged(tc.text)
		c := &eventCtx{t: toks, acts: namedActors(toks)}
		if a, _ := c.treeParties(tc.verb, verbEntry{target: []string{objTarget}}, tc.passive, false); a != nil || c.trees.isParsed(c.si) {
			t.Errorf("%s: agents %v, parsed %v; want none, not parsed", tc.name, a, c.trees.isParsed(c.si))
		}
	}
	// no party after the verb and no target the windows read: an agent
	// alone would tell no event, and the sentence is not parsed; with a
	// target read, it is
	toks = slashTagged("Chile/NNP and/CC Bolivia/NNP ,/, the/DT two/CD neighbours/NNS of/IN Peru/NNP ,/, accused/VBD the/DT rebels/NNS")
	c = &eventCtx{t: toks, acts: namedActors(toks)}
	if a, _ := c.treeParties(10, verbEntry{target: []string{objTarget}}, false, false); a != nil || c.trees.isParsed(c.si) {
		t.Errorf("no target: agents %v, parsed %v; want none, not parsed", a, c.trees.isParsed(c.si))
	}
	if a, _ := c.treeParties(10, verbEntry{target: []string{objTarget}}, false, true); len(a) == 0 {
		t.Errorf("a target read: agents %v, want the subject", a)
	}
	// past an apposition, the parser's subject and object
	toks = slashTagged("Chile/NNP and/CC Bolivia/NNP ,/, the/DT two/CD neighbours/NNS of/IN Peru/NNP ,/, accused/VBD Ruiz/NNP on/IN Monday/NNP")
	c = &eventCtx{t: toks, acts: namedActors(toks)}
	a, tg := c.treeParties(10, verbEntry{target: []string{objTarget}}, false, false)
	if diff := cmp.Diff([]string{"country:CHL", "country:BOL"}, a); diff != "" || !c.trees.isParsed(c.si) {
		t.Errorf("agents (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"person:ruiz"}, tg); diff != "" {
		t.Errorf("targets (-want +got):\n%s", diff)
	}
}

// treePassiveSubject alone: the subject a passive verb has in the tree,
// past an apposition, and none borrowed from a verb it is joined to.
func TestTreePassiveSubject(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		verb       int // numbered from 1, as the heads
		want       []string
	}{
		{"past a long apposition",
			"Ruiz/NNP/9/nsubj:pass ,/,/3/punct one/CD/1/appos of/IN/6/case its/PRP$/6/nmod:poss leaders/NNS/3/nmod ,/,/3/punct was/VBD/9/aux:pass arrested/VBN/0/root",
			9, []string{"person:ruiz"}},
		{"coordinated subjects",
			"Chile/NNP/5/nsubj:pass and/CC/3/cc Peru/NNP/1/conj were/VBD/5/aux:pass accused/VBN/0/root",
			5, []string{"country:CHL", "country:PER"}},
		{"a conjunct's subject is not borrowed",
			"Ruiz/NNP/2/nsubj said/VBD/0/root books/NNS/2/obj were/VBD/5/aux:pass banned/VBN/2/conj",
			5, nil},
		{"an active subject is no passive's",
			"Ruiz/NNP/3/nsubj was/VBD/3/aux:pass banned/VBN/0/root",
			3, nil},
		{"a subject a comma parts from the verb",
			"Peru/NNP/6/nsubj:pass ,/,/6/punct said/VBD/6/parataxis Ruiz/NNP/3/nsubj ,/,/6/punct attacked/VBN/0/root",
			6, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks, tr := treeTagged(t, tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks)}
			c.trees = &sentenceTrees{trees: []*syntax.Tree{tr}, parsed: []bool{true}}
			if diff := cmp.Diff(tc.want, c.treePassiveSubject(tc.verb-1)); diff != "" {
				t.Errorf("targets (-want +got):\n%s", diff)
			}
		})
	}
	// no party before the verb: the sentence is not parsed
	toks := slashTagged("The/DT books/NNS were/VBD banned/VBN in/IN Peru/NNP")
	c := &eventCtx{t: toks, acts: namedActors(toks)}
	if got := c.treePassiveSubject(3); got != nil || c.trees.isParsed(c.si) {
		t.Errorf("got %v, parsed %v; want none, not parsed", got, c.trees.isParsed(c.si))
	}
}
