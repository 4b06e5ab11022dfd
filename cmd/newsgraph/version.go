package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

// newCmdVersion returns the version command.
func newCmdVersion(f *factory) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the newsgraph version",
		Long: `Print the newsgraph version: the one set at release time, or the module
version Go recorded in the binary, or "(devel)".`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := fmt.Fprintf(f.IO.Out, "newsgraph %s\n", buildVersion())
			return err
		},
	}
}
