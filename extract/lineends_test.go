package extract

import "testing"

// A carriage return alone ends a line, as a line feed does: the headline
// does not swallow the dateline, and offsets stay those of the text.
func TestCROnlyLineEnds(t *testing.T) {
	for name, text := range map[string]string{
		"lf":   "Iran seizes tanker\n\nDUBAI, United Arab Emirates (AP) — Iran's navy seized a tanker on Tuesday.\n",
		"crlf": "Iran seizes tanker\r\n\r\nDUBAI, United Arab Emirates (AP) — Iran's navy seized a tanker on Tuesday.\r\n",
		"cr":   "Iran seizes tanker\r\rDUBAI, United Arab Emirates (AP) — Iran's navy seized a tanker on Tuesday.\r",
	} {
		doc, err := Parse("a", "a", []byte(text), ParseOptions{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if doc.Title != "Iran seizes tanker" {
			t.Errorf("%s: title %q", name, doc.Title)
		}
		if len(doc.Sentences) != 2 || !doc.Sentences[0].Headline {
			t.Fatalf("%s: %d sentences, want a headline and one more", name, len(doc.Sentences))
		}
		s := doc.Sentences[1]
		if got := text[s.Start:s.End]; got != s.Text || got[:5] != "DUBAI" {
			t.Errorf("%s: second sentence %q at [%d,%d)", name, s.Text, s.Start, s.End)
		}
	}
}
