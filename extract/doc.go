// Package extract turns news text into documents, and documents into the
// facts newsgraph puts in its graph: entities with their mentions, the titles
// officials hold, and events with agent, target, date and evidence.
//
// The flow is one way: Parse reads text into a Document with sentences and
// byte offsets; an Extractor tags it with prose and applies the rules and the
// embedded lexicon to produce a Result. extract never imports the graph
// package.
package extract
