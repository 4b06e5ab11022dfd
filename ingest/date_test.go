package ingest

import "testing"

func TestDate(t *testing.T) {
	tests := []struct {
		in, want string
		reason   string
	}{
		{"2024-03-26", "2024-03-26", ""},
		{" 2024-03-26 ", "2024-03-26", ""},
		{"2024-03-26T08:15:00Z", "2024-03-26", ""},
		{"2024-03-26T23:30:00-05:00", "2024-03-26", "the date as written, in the writer's zone, not UTC"},
		{"2024-03-26T01:30:00+09:00", "2024-03-26", ""},
		{"2024-03-26 08:15:00", "2024-03-26", ""},
		{"2024-03-26T08:15:00.123+0100", "2024-03-26", ""},
		{"2024/03/26", "2024-03-26", ""},
		{"2024.03.26", "2024-03-26", ""},
		{"2024-3-6", "2024-03-06", ""},
		{"20240326", "2024-03-26", ""},
		{"20240326T081500Z", "2024-03-26", ""},
		{"2024-03", "2024-03", "kept at the precision given"},
		{"2024", "2024", ""},
		{"Tue, 26 Mar 2024 08:15:00 GMT", "2024-03-26", "RSS pubDate"},
		{"Tue, 26 Mar 2024 08:15:00 +0000", "2024-03-26", ""},
		{"Tue, 2 Apr 2024 08:15:00 -0400", "2024-04-02", ""},
		{"Tuesday, 26-Mar-24 08:15:00 UTC", "2024-03-26", "RFC 850"},
		{"March 26, 2024", "2024-03-26", ""},
		{"Tuesday, Mar. 26, 2024 8:15 AM ET", "2024-03-26", ""},
		{"Sept. 3, 2024", "2024-09-03", ""},
		{"26 March 2024", "2024-03-26", ""},
		{"3rd of September, 2024", "2024-09-03", ""},
		{"Published 26 Mar 2024, 10:02", "2024-03-26", ""},
		{"26/03/2024", "2024-03-26", "day first, since 26 is no month"},
		{"03/26/2024", "2024-03-26", "month first, since 26 is no month"},
		{"03/04/2024", "", "March 4 or 3 April: not guessed"},
		{"04/04/2024", "2024-04-04", ""},
		{"1711440900", "2024-03-26", "Unix seconds, UTC"},
		{"1711440900000", "2024-03-26", "Unix milliseconds"},
		{"1711440900.5", "2024-03-26", ""},
		{"2024-02-30", "", "no such day"},
		{"2024-13-01", "", ""},
		{"2023-02-29", "", ""},
		{"2024-02-29", "2024-02-29", ""},
		{"February 30, 2024", "", ""},
		{"yesterday", "", ""},
		{"", "", ""},
		{"12345", "", ""},
		{"May", "", ""},
	}
	for _, tt := range tests {
		if got := Date(tt.in); got != tt.want {
			t.Errorf("Date(%q) = %q, want %q %s", tt.in, got, tt.want, tt.reason)
		}
	}
}

func TestPathDate(t *testing.T) {
	tests := []struct {
		path, want string
		reason     string
	}{
		{"2024/03/26/a.txt", "2024-03-26", "folders of year, month and day"},
		{"news/2024/3/6/a.txt", "2024-03-06", ""},
		{"2024-03-26-a.txt", "2024-03-26", ""},
		{"2024_03_26_a.txt", "2024-03-26", ""},
		{"20240326_a.txt", "2024-03-26", ""},
		{"20240326.txt", "2024-03-26", ""},
		{"news/2024-03-26/a.txt", "2024-03-26", "a folder named by its date"},
		{"2024-03-25/2024-03-26-a.txt", "2024-03-26", "the date nearest the file wins"},
		{"2024/03/26/2024-03-27-a.txt", "2024-03-27", ""},
		{"a.txt", "", ""},
		{"-", "", ""},
		{"dump.jsonl:12", "", ""},
		{"2024/03/26/dump.jsonl:12", "2024-03-26", "a JSON line of a dated folder"},
		{"2024/a.txt", "", "a year alone is no date"},
		{"2024/03/a.txt", "", ""},
		{"a-2024-03-26.txt", "", "the date must start the name"},
		{"Test20240326", "", ""},
		{"202403261200.txt", "", "more digits: a number, not a date"},
		{"2024-02-30-a.txt", "", "not a calendar day"},
		{"2024/13/01/a.txt", "", ""},
		{"12345678_a.txt", "", "not a date"},
		{"18991231_a.txt", "", "years before 1900 are taken for numbers"},
		{"22000101_a.txt", "", ""},
	}
	for _, tt := range tests {
		if got := PathDate(tt.path); got != tt.want {
			t.Errorf("PathDate(%q) = %q, want %q %s", tt.path, got, tt.want, tt.reason)
		}
	}
}
