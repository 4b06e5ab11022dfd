package extract

import "testing"

func TestEventDate(t *testing.T) {
	tests := []struct {
		name, sentence, article, want string
	}{
		{"full date", "It happened on March 18, 2024.", "", "2024-03-18"},
		{"day month year", "It happened on Sunday 29 September 2024.", "", "2024-09-29"},
		{"month and day against article", "Charges were filed on March 18.", "2024-03-26", "2024-03-18"},
		{"month and day wraps to last year", "It began on Dec. 30.", "2025-01-02", "2024-12-30"},
		{"month year", "It began in March 2023.", "", "2023-03"},
		{"year", "The attack happened in 2021.", "2024-03-26", "2021"},
		{"weekday same day", "The minister said Tuesday.", "2024-03-26", "2024-03-26"},
		{"weekday before", "Israel said on Friday.", "2024-09-29", "2024-09-27"},
		{"last weekday", "They met last Tuesday.", "2024-03-26", "2024-03-19"},
		{"a day after", "It comes a day after the charges.", "2024-03-26", "2024-03-25"},
		{"yesterday", "They met yesterday.", "2024-03-26", "2024-03-25"},
		{"last year", "They met last year.", "2024-03-26", "2023"},
		{"no base", "They met on Tuesday.", "", ""},
		{"month of this year", "He was elected in May.", "2024-09-29", "2024-05"},
		{"month of last year", "He was elected in November.", "2024-03-26", "2023-11"},
		{"years ago", "It began three years ago.", "2024-03-26", "2021"},
		{"weeks ago", "They met two weeks ago.", "2024-03-26", "2024-03-12"},
		{"abbreviated month with year", "It happened on Sept. 29, 2024.", "", "2024-09-29"},
		{"nothing", "They met.", "2024-03-26", ""},
		{"invalid day", "It began on February 30, 2024.", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := eventDate(tc.sentence, tc.article); got != tc.want {
				t.Errorf("eventDate(%q, %q) = %q, want %q", tc.sentence, tc.article, got, tc.want)
			}
		})
	}
}

func TestFullDateFirstWins(t *testing.T) {
	got, ok := fullDate("Photo from Tuesday, March 26, 2024, of events on 1 January 2020.")
	if !ok || got.Format("2006-01-02") != "2024-03-26" {
		t.Errorf("fullDate = %v %v, want 2024-03-26", got, ok)
	}
}

func TestHasYear(t *testing.T) {
	for s, want := range map[string]bool{
		"in 2021":         true,
		"2024-03-26":      true,
		"on March 18":     false,
		"about 600 miles": false,
		"$1,000,000":      false,
		"12345":           true,
		"":                false,
	} {
		if got := hasYear(s); got != want {
			t.Errorf("hasYear(%q) = %v, want %v", s, got, want)
		}
	}
}
