package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/unicode"
)

// ErrNotText is the error of binary input: bytes that no text has.
var ErrNotText = errors.New("not text (it has NUL bytes)")

// DecodeText turns the bytes of an input into the UTF-8 text that
// extract.Parse reads, and says what it had to repair:
//
//   - UTF-16 with a byte order mark is decoded to UTF-8;
//   - bytes with a NUL are not text (ErrNotText);
//   - invalid UTF-8 is repaired, each bad sequence replaced by U+FFFD, with
//     a warning.
//
// Document offsets, lengths and the SHA-256 then refer to the decoded text,
// not to the bytes of the file. An empty result is for the caller to report.
func DecodeText(data []byte) (text []byte, warnings []string, err error) {
	if isUTF16(data) {
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
		return nil, nil, ErrNotText
	}
	if !utf8.Valid(data) {
		data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
		warnings = append(warnings, "invalid UTF-8 replaced with U+FFFD (offsets are into the repaired text)")
	}
	return data, warnings, nil
}

// isUTF16 reports whether data starts with a UTF-16 byte order mark.
func isUTF16(data []byte) bool {
	return bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF})
}

// DecodeHTML turns the bytes of an HTML page into UTF-8. UTF-8 and UTF-16
// pages (by their byte order mark) are decoded as text is (DecodeText); a
// page that is not UTF-8 is decoded from the charset its <meta> declares,
// or else from Windows-1252, with a warning.
func DecodeHTML(data []byte) ([]byte, []string, error) {
	if utf8.Valid(data) || isUTF16(data) {
		return DecodeText(data)
	}
	enc, name, _ := charset.DetermineEncoding(data, "")
	if name == "utf-8" || bytes.IndexByte(data, 0) >= 0 {
		return DecodeText(data) // declared UTF-8 but not: repaired
	}
	text, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return DecodeText(data)
	}
	var warnings []string
	head := data[:min(len(data), 1024)]
	if !bytes.Contains(bytes.ToLower(head), []byte("charset")) {
		warnings = append(warnings, "not UTF-8 and no charset declared: read as "+name)
	}
	return text, warnings, nil
}

// TooLargeError is an input over the size limit.
type TooLargeError struct {
	Size int64 // -1 when unknown (standard input, a pipe)
	Max  int64
}

func (e *TooLargeError) Error() string {
	if e.Size < 0 {
		return fmt.Sprintf("file too large (more than %s; raise --max-bytes)", humanSize(e.Max))
	}
	return fmt.Sprintf("file too large (%s > %s; raise --max-bytes)", humanSize(e.Size), humanSize(e.Max))
}

// lineTooLong words a line of an input longer than the limit.
func lineTooLong(n, limit int64) error {
	return fmt.Errorf("line too long (%s > %s; raise --max-bytes)", humanSize(n), humanSize(limit))
}

// humanSize formats n bytes in MB (2^20 bytes), or KB below 1 MB, rounded up to
// one decimal and without a trailing ".0": "10 MB", "10.1 MB", "500 KB".
func humanSize(n int64) string {
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
		return nil, &TooLargeError{size, max}
	}
	return buf.Bytes(), nil
}
