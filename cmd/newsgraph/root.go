package main

import (
	"github.com/spf13/cobra"
)

// newCmdRoot returns a fresh newsgraph command tree.
func newCmdRoot(f *factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "newsgraph <command> [flags]",
		Short: "Turn news articles into a knowledge graph",
		Long: `newsgraph reads news articles and writes a knowledge graph of the people,
organizations, countries and places they mention and the events that link
them (who did what to whom, and when), as Graphviz DOT, JSON, GraphML, CSV
for Neo4j, a table of events, or a picture drawn by Graphviz. 'newsgraph
parse' writes their sentences tagged and parsed, as CoNLL-U or JSON.

Run 'newsgraph extract --help' to get started.`,
		Example: `  newsgraph extract articles/ > graph.dot
  newsgraph extract --format json -o graph.json articles/ extra.txt
  newsgraph merge --format json -o corpus.json shards/*.json
  newsgraph parse article.txt > article.conllu
  newsgraph extract --date 2024-03-26 < story.txt | dot -Tsvg > story.svg`,
		Version:       buildVersion(),
		SilenceErrors: true, // execute prints errors, once
		SilenceUsage:  true, // a usage error gets a hint, not the whole usage
		// Suggestions are added by execute on the same line as the error.
		DisableSuggestions:         true,
		SuggestionsMinimumDistance: 2,
	}
	cmd.SetIn(f.IO.In)
	cmd.SetOut(f.IO.Out)
	cmd.SetErr(f.IO.ErrOut)
	cmd.SetVersionTemplate("newsgraph {{.Version}}\n")
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &flagError{err}
	})

	cmd.AddCommand(newCmdExtract(f, nil))
	cmd.AddCommand(newCmdMerge(f, nil))
	cmd.AddCommand(newCmdStats(f, nil))
	cmd.AddCommand(newCmdParse(f, nil))
	cmd.AddCommand(newCmdVersion(f))
	return cmd
}

// noArgs is a usage error when any argument is given.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return flagErrorf("%s takes no arguments, got %q", cmd.CommandPath(), args[0])
	}
	return nil
}
