//go:build !unix

package main

import (
	"io/fs"
	"os"
)

type fileOwner struct{}

func ownerOf(fs.FileInfo) *fileOwner { return nil }

func (o *fileOwner) keep(*os.File) {}

// writable reports whether path is not read-only.
func writable(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().Perm()&0o200 != 0
}
