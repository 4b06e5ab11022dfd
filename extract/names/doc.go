// Package names finds the names in a document's sentences — people,
// organizations, locations and other names (MISC, as CoNLL-2003 has them:
// nationalities, events, works) — with a sequence labeller trained on the
// English CoNLL-2003 shared task data.
//
// The labeller is an averaged perceptron over BILOU labels, decoded left
// to right. It reads the word, its shape and affixes, its neighbours, the
// part-of-speech tags the extractor runs, and the gazetteers of package
// lexicon (as evidence, never as an override). A second pass also reads
// what the first found in the rest of the document: how the same word was
// labelled elsewhere, and whether it is written in lower case where
// capitals do not force it.
//
// It serves `newsgraph extract` (every mention starts as one of its
// spans) and `newsgraph-train names`, which retrains the model.
package names
