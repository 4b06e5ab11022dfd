package ingest

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDecodeText(t *testing.T) {
	tests := []struct {
		name, in, want string
		warnings       []string
		err            error
	}{
		{name: "UTF-8", in: "Café\n", want: "Café\n"},
		{name: "UTF-8 BOM kept for Parse", in: "\uFEFFCafé", want: "\uFEFFCafé"},
		{name: "UTF-16LE", in: "\xff\xfeC\x00a\x00f\x00\xe9\x00", want: "Café"},
		{name: "UTF-16BE", in: "\xfe\xff\x00C\x00a\x00f\x00\xe9", want: "Café"},
		{name: "UTF-16 odd length", in: "\xff\xfeC\x00a", want: "C\uFFFD", warnings: []string{"bad UTF-16 replaced with U+FFFD"}},
		{name: "NUL", in: "a\x00b", err: ErrNotText},
		{name: "UTF-16 NUL", in: "\xff\xfe\x00\x00", err: ErrNotText},
		{name: "invalid UTF-8", in: "a\xff\xfeb\xc3", want: "a\uFFFDb\uFFFD", warnings: []string{"invalid UTF-8 replaced with U+FFFD (offsets are into the repaired text)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warnings, err := DecodeText([]byte(tt.in))
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if string(got) != tt.want {
				t.Errorf("text = %q, want %q", got, tt.want)
			}
			if diff := cmp.Diff(tt.warnings, warnings); diff != "" {
				t.Errorf("warnings (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTooLargeMessage(t *testing.T) {
	tests := []struct {
		size, max int64
		want      string
	}{
		{12 << 20, 10 << 20, "file too large (12 MB > 10 MB; raise --max-bytes)"},
		{10<<20 + 1, 10 << 20, "file too large (10.1 MB > 10 MB; raise --max-bytes)"},
		{-1, 10 << 20, "file too large (more than 10 MB; raise --max-bytes)"},
		{600, 500, "file too large (600 bytes > 500 bytes; raise --max-bytes)"},
	}
	for _, tt := range tests {
		if got := (&TooLargeError{tt.size, tt.max}).Error(); got != tt.want {
			t.Errorf("size %d, max %d: %q, want %q", tt.size, tt.max, got, tt.want)
		}
	}
}
