// Package syntax tags, lemmatizes and parses sentences: for each word a
// Universal Dependencies part of speech (UPOS) and Penn Treebank tag
// (XPOS), a lemma, and its head and relation in a Universal Dependencies
// v2 basic tree. It knows nothing of entities or graphs; the extract
// package and the parse command use it.
//
// The model is learned from the Universal Dependencies English Web
// Treebank (EWT, CC BY-SA 4.0) and built into the program; Load decodes
// it once. The tagger is a two-pass averaged perceptron that gives the
// commonest unambiguous words their class without weighing features; a
// supertagger then guesses each word's relation and the side of its head;
// the parser is greedy arc-eager, each step decided in two: the move by an
// averaged perceptron over the feature templates of Zhang and Nivre
// (2011) and the supertags, then an arc's relation by a second one
// reading its two ends. Both learn with the dynamic oracle of Goldberg
// and Nivre (2012), on tags and supertags from taggers that did not see
// the sentence. Train and
// cmd/newsgraph-train rebuild the model byte for byte.
//
// A Tree answers what a rule asks of a sentence: a word's head and
// relation, its children by relation, its subtree's span and the path
// between two words. ReadConllu and WriteConllu read and write CoNLL-U.
package syntax
