//go:build unix

package main

import (
	"io/fs"
	"os"
	"syscall"
)

// fileOwner is the owner and group of a file that -o replaces.
type fileOwner struct{ uid, gid int }

func ownerOf(fi fs.FileInfo) *fileOwner {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return &fileOwner{int(st.Uid), int(st.Gid)}
	}
	return nil
}

// keep gives f the owner and group of the file it replaces, as far as the
// user may: another user's file stays theirs when run as root, and keeps
// its group when the user belongs to it.
func (o *fileOwner) keep(f *os.File) {
	if o == nil {
		return
	}
	if f.Chown(o.uid, o.gid) != nil {
		f.Chown(-1, o.gid)
	}
}

// writable reports whether the user could open path for writing.
func writable(path string) bool {
	const wOK = 2 // W_OK of access(2)
	return syscall.Access(path, wOK) == nil
}
