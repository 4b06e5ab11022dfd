// Package graph holds the knowledge graph newsgraph builds from extracted
// articles, and its encoders: the graph that newsgraph extract writes,
// merge combines and stats analyses.
//
// A Graph merges the extract.Result of each document: one node per entity
// key (person, organization, country, location), one node per event, and
// edges for the relations between them (agent, target, role, located_in),
// each with a weight and the sentences it was read in. Its content does not
// depend on the order documents are added in, and every listing is sorted, so
// the same articles always give the same bytes.
//
// EncodeJSON writes the newsgraph/v1 wire form; Schema is the JSON Schema
// of that form (schema.json, beside this file), DecodeJSON reads it back
// and ReadSchema tells such a file from other input. EncodeDOT and
// EncodeDOTWith write Graphviz DOT through gonum's DOT encoder (events as
// nodes or as edges, clusters, attributes for each layout engine);
// EncodeGraphML, EncodeCSV and EncodeEvents write GraphML, CSV for Neo4j
// and a table of events. Filter cuts a graph down before any of them;
// SetMetrics gives actors the community and PageRank that every format
// writes.
//
// Import rules: graph imports extract, never the reverse; graph never opens
// files or prints, it writes to the io.Writer it is given.
package graph
