package extract

import "github.com/newsgraph/newsgraph/extract/syntax"

// sentenceTrees are the dependency trees of a document's sentences, each
// parsed the first time a rule of any stage asks for it and kept for the
// stages after: most sentences are never parsed. The parser's model is
// loaded the first time any sentence is. The tree is over the sentence's
// tokens, one word each, so a token's index is its word's.
type sentenceTrees struct {
	doc    *Document
	trees  []*syntax.Tree
	parsed []bool
}

func newSentenceTrees(doc *Document) *sentenceTrees {
	return &sentenceTrees{doc: doc, trees: make([]*syntax.Tree, len(doc.Sentences)), parsed: make([]bool, len(doc.Sentences))}
}

// tree is sentence si's dependency tree, or nil when there is none (no
// trees kept, a sentence out of range, or a model that fails to load,
// which a test rules out for the built-in one).
func (st *sentenceTrees) tree(si int) *syntax.Tree {
	if st == nil || si < 0 || si >= len(st.trees) {
		return nil
	}
	if !st.parsed[si] {
		st.parsed[si] = true
		syn, err := syntax.Load()
		if err != nil {
			return nil
		}
		toks := st.doc.Sentences[si].Tokens
		forms := make([]string, len(toks))
		for i, tok := range toks {
			forms[i] = tok.Text
		}
		st.trees[si] = syn.Parse(forms)
	}
	return st.trees[si]
}

// isParsed reports whether sentence si has been parsed.
func (st *sentenceTrees) isParsed(si int) bool {
	return st != nil && si >= 0 && si < len(st.parsed) && st.parsed[si]
}

// The Universal Dependencies relations the rules compare a word's with.
const (
	subjectRel         = "nsubj"      // a clause's subject
	passiveSubjectRel  = "nsubj:pass" // a passive clause's subject
	copulaRel          = "cop"        // "is" of "is the minister"
	complementRel      = "xcomp"      // "head" of "became head"
	obliqueRel         = "obl"        // a verb's phrase after a preposition
	caseRel            = "case"       // a noun's preposition
	appositionRel      = "appos"      // "the minister" of "Ana Ruiz, the minister"
	relativeClauseRel  = "acl:relcl"  // "who is the minister" of "Ana Ruiz, who is the minister"
	possessorRel       = "nmod:poss"  // "Peru's" of "Peru's minister"
	nominalModifierRel = "nmod"       // "Chile" of "minister of Chile"
	adjectivalRel      = "amod"       // "Argentine" of "the Argentine minister"
	compoundRel        = "compound"   // "Petroperu" of "Petroperu chairman"
	clauseModifierRel  = "acl"        // "to visit Cuba" of "the first president to visit Cuba"
	markRel            = "mark"       // "to" of "to visit Cuba"
	conjunctRel        = "conj"       // "chief executive" of "chairman and chief executive"
)
