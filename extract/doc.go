// Package extract turns news text into documents, and documents into the
// facts newsgraph puts in its graph: entities with their mentions, the
// titles officials hold, and events with agent, target, date and evidence.
//
// It serves the commands of cmd/newsgraph: newsgraph extract and stats turn
// each document's Result into a graph (package graph), which extract writes
// and stats analyses, and merge combines the graphs of separate runs;
// newsgraph parse takes only the tokens (Tokens) of the sentences Parse
// finds, for its parser; newsgraph-train takes the part-of-speech tags (Tag)
// its name tagger is trained on. Its input comes from package ingest, which
// reads files, pages and dumps into the text and metadata that Parse is
// given; extract itself reads no files.
//
// The flow is one way, a file for each stage: Parse (parse.go, with
// segment.go for sentence ends) reads text into a Document with sentences
// and byte offsets; an Extractor (extractor.go) splits each sentence into
// tokens (tokens.go, split as prose's tokenizer does in wordsplit.go) and
// tags them (postag.go), then finds the entities and officials (entities.go,
// with the name tagger of extract/names; resolved in resolve.go), the words
// that refer to them (references.go: "the government", "the two countries",
// "it", "we", "the minister"), the events (events.go reads each sentence's
// verbs and event nouns against the verb patterns and builds an event of
// each; active.go and passive.go read both for a verb in each voice
// (subjects.go finds who acts, targets.go to whom), nominals.go both for an
// act named by a noun, modality.go whether it happened, is to come or is
// only supposed, and places.go where; a file for each further construction
// the rules read: denials.go for denied clauses, pronouns.go for the
// subjects pronouns stand for, labels.go for names given in praise or blame,
// participles.go, purpose.go, claimapposition.go, undergo.go,
// objectpronoun.go, nounowner.go, nounbyphrase.go, nounplace.go,
// hyphenpair.go, timeclause.go, coercionstate.go, envoyhost.go,
// headlinepassive.go, passivenoun.go and eachother.go; each file's comment gives its pattern
// and an example) and their dates (eventdates.go, dates.go), reading the
// embedded lexicon of extract/lexicon (arranged for lookup in index.go) and
// its word classes (classes.txt, named in words.go and beside the rules that
// read them), and returns a Result (result.go). extract never imports the
// graph or ingest packages.
package extract
