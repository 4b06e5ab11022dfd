// Command newsgraph turns news articles into a knowledge graph of the
// people, organizations, countries and events they mention, written as
// Graphviz DOT, JSON (the newsgraph/v1 form of graph/schema.json), GraphML,
// CSV, a table of events or a picture.
//
//	newsgraph extract [flags] [PATH...]          articles -> graph, or a record per document
//	newsgraph merge [flags] GRAPH.json...         graphs of separate runs -> one graph
//	newsgraph stats [flags] [PATH | GRAPH.json]... articles and graphs -> a report
//	newsgraph parse [flags] [PATH...]            articles or CoNLL-U -> tagged and parsed sentences
//	newsgraph version
//
// This package is only the command line. main calls execute, the one way
// into the commands and the one place that decides exit codes; each
// command has a constructor (newCmdExtract(f, runF)) that fills an options
// struct from its flags and calls its run function, or runF in tests.
// Package ingest reads every input into documents; extract and stats build
// their graph with buildGraph, which merge uses too; render.go writes a
// graph in each format. A failing input is reported on standard error and
// the others are still read.
//
// Each flag is applied in one place:
//
//	--ext                             walkInputs
//	--root                            rootIDs
//	--input                           ingest.Reader's format
//	--text-field ... --source-field   ingest.NewJSONL
//	--max-bytes                       ingest.Reader (readWhole; the JSON Lines and CoNLL-U readers for a line)
//	--date, --dates                   ingest.Reader's date (the file read by readOptions.readDates)
//	--workers                         runOrdered
//	--max-in-flight                   docRun.each
//	-q, --summary                     startRun (the progress)
//	--include-hypothetical            startArticles (the extractor)
//	--format                          extractRun, mergeRun, statsRun, parseRun: each command's own
//	-o                                withOutput
//	--types ... --min-weight, --top   writeGraph (the filter)
//	--events, --cluster, --layout     writeGraph (the DOT encoder; --layout also picks Graphviz's command)
//	--raw-cells                       writeGraph (the csv and events encoders)
//	stats --top, --include-negated    statsRun (the analysis)
package main
