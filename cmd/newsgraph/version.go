package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// version is the newsgraph version. Release builds set it with
// -ldflags "-X main.version=v1.2.3"; otherwise it comes from the build info.
var version = ""

// buildVersion returns the version newsgraph reports.
func buildVersion() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}

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
