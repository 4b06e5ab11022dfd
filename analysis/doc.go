// Package analysis computes the statistics behind `newsgraph stats` from a
// graph in the newsgraph/v1 wire form: counts by node type and edge
// relation, the most mentioned and most central actors, the strongest dyads
// with their cooperation/conflict balance, Louvain communities and events per
// month.
//
// # The actor network
//
// Actors are the nodes of type person, organization, country and location.
// Every event joins each of its agents to each of its targets: the undirected
// actor network has one edge per actor pair, weighted by the number of events
// between the two (in either direction), plus 1 for a role (a person and the
// country or organization of one of their titles). Degree, strength and
// communities are read on that network. PageRank is read on its directed
// form: agent → target weighted by the number of events in that direction,
// person → owner weighted 1 for a role.
//
// An event counts once for a pair however many agent or target edges repeat
// it; an actor acting on itself joins no pair. Events the text says did not
// or will not happen (negated) are left out of the network, the dyads and the
// monthly counts unless Options.IncludeNegated is set; Report.Events says how
// many there were.
//
// # Determinism
//
// The same wire and Options give the same Report, field for field, run after
// run: gonum node IDs are the actors' wire ids in sorted order, the gonum
// graphs built here list nodes and neighbours in ID order, Louvain draws from
// a source seeded by Options.Seed, PageRank starts from the uniform vector,
// and every list is sorted with the wire id as the last tie-break.
//
// Import rules: analysis imports newsgraph's graph package for the wire types
// and gonum for the algorithms; it never opens files or prints, it writes to
// the io.Writer it is given.
package analysis
