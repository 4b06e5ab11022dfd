package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"strconv"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
)

// defaultMaxBytes is the default of --max-bytes.
const defaultMaxBytes = 10 << 20

// errNotText is the error for binary input: bytes that no text has.
var errNotText = errors.New("not text (it has NUL bytes)")

// tooLargeError is an input over --max-bytes.
type tooLargeError struct {
	size, max int64 // size is -1 when unknown (standard input, a pipe)
}

func (e *tooLargeError) Error() string {
	if e.size < 0 {
		return fmt.Sprintf("file too large (more than %s; raise --max-bytes)", size(e.max))
	}
	return fmt.Sprintf("file too large (%s > %s; raise --max-bytes)", size(e.size), size(e.max))
}

// size formats n bytes in MB (2^20 bytes), or KB below 1 MB, rounded up to
// one decimal and without a trailing ".0": "10 MB", "10.1 MB", "500 KB".
func size(n int64) string {
	unit, div := "MB", float64(1<<20)
	if n < 1<<20 {
		unit, div = "KB", 1<<10
	}
	if n < 1<<10 {
		return strconv.FormatInt(n, 10) + " bytes"
	}
	v := math.Ceil(float64(n)/div*10) / 10
	return strconv.FormatFloat(v, 'f', -1, 64) + " " + unit
}

// readInput reads the bytes of one input: standard input from stdin, a file
// through open. It fails without reading the file when the file is larger
// than max bytes (no limit when max is 0).
func readInput(open func(string) (fs.File, error), in *input, stdin io.Reader, max int64) ([]byte, error) {
	if in.stdin {
		return readLimited(stdin, -1, max)
	}
	f, err := open(in.path)
	if err != nil {
		return nil, statError(in.path, err)
	}
	defer f.Close()
	size := int64(-1)
	if fi, err := f.Stat(); err == nil {
		if fi.IsDir() {
			return nil, errors.New("is a directory")
		}
		if fi.Mode().IsRegular() {
			size = fi.Size()
		}
	}
	if max > 0 && size > max {
		return nil, &tooLargeError{size, max}
	}
	return readLimited(f, size, max)
}

// readLimited reads r to the end, failing when it gives more than max bytes
// (no limit when max is 0). size, when not -1, is the expected size.
func readLimited(r io.Reader, size, max int64) ([]byte, error) {
	var buf bytes.Buffer
	if size >= 0 {
		buf.Grow(int(size) + bytes.MinRead)
	}
	if max > 0 {
		r = io.LimitReader(r, max+1)
	}
	if _, err := buf.ReadFrom(r); err != nil {
		return nil, err
	}
	if max > 0 && int64(buf.Len()) > max {
		if size <= max {
			size = -1 // it grew while we read it, or it is a pipe
		}
		return nil, &tooLargeError{size, max}
	}
	return buf.Bytes(), nil
}

// decodeText turns the bytes of an input into the UTF-8 text that
// extract.Parse reads, and says what it had to repair:
//
//   - UTF-16 with a byte order mark is decoded to UTF-8;
//   - bytes with a NUL are not text (errNotText);
//   - invalid UTF-8 is repaired, each bad sequence replaced by U+FFFD, with
//     a warning.
//
// Document offsets, lengths and the SHA-256 then refer to the decoded text,
// not to the bytes of the file. An empty result is for the caller to report.
func decodeText(data []byte) (text []byte, warnings []string, err error) {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		dec := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
		if text, err = dec.Bytes(data); err != nil {
			return nil, nil, fmt.Errorf("bad UTF-16: %w", err)
		}
		if len(data)%2 != 0 || bytes.ContainsRune(text, utf8.RuneError) {
			warnings = append(warnings, "bad UTF-16 replaced with U+FFFD")
		}
		data = text
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, nil, errNotText
	}
	if !utf8.Valid(data) {
		data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
		warnings = append(warnings, "invalid UTF-8 replaced with U+FFFD (offsets are into the repaired text)")
	}
	return data, warnings, nil
}
