// Package names finds the names in a document's sentences — people,
// organizations, locations and other names (MISC, as CoNLL-2003 has them:
// nationalities, events, works) — with a sequence labeller trained on the
// English CoNLL-2003 shared task data.
//
// The labeller is a structured averaged perceptron over BILOU labels,
// decoded by Viterbi (viterbi.go). It reads the word, its shape and
// affixes, its neighbours, the part-of-speech tags the extractor runs, and
// the gazetteers of package lexicon (gazetteer.go; as evidence, never as
// an override). A second pass also reads what the first found in the rest
// of the document (tagger.go): how the same word was labelled elsewhere,
// the type of a longer name that holds it, and whether the document writes
// it in lower case. Each name comes with a confidence from max-marginals.
//
// It serves `newsgraph extract` (its names, read with the lexicon, are the
// extractor's mentions) and `newsgraph-train names`, which retrains it.
package names
