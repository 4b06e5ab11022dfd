package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

func TestEventDate(t *testing.T) {
	tests := []struct {
		name, sentence, article, want string
	}{
		{"full date", "It happened on March 18, 2024.", "", "2024-03-18"},
		{"day month year", "It happened on Sunday 29 September 2024.", "", "2024-09-29"},
		{"an ordinal day before an abbreviated month", "Cairo, (News - 19th Mar, 2024) It happened.", "", "2024-03-19"},
		{"an ordinal day after the month", "It happened on March 26th, 2024.", "", "2024-03-26"},
		{"month and day against article", "Charges were filed on March 18.", "2024-03-26", "2024-03-18"},
		{"month and day wraps to last year", "It began on Dec. 30.", "2025-01-02", "2024-12-30"},
		{"month year", "It began in March 2023.", "", "2023-03"},
		{"year", "The attack happened in 2021.", "2024-03-26", "2021"},
		{"a year naming what happened in it", "Israel captured the area in the 1967 war.", "2024-03-26", "1967"},
		{"a part of a year", "The US invaded Afghanistan in late 2001.", "2024-03-26", "2001"},
		{"a part of a year written with a hyphen", "The talks began in mid-2003.", "2024-03-26", "2003"},
		{"a decade is no year", "It grew in the 1990s.", "2024-03-26", ""},
		{"weekday same day", "The minister said Tuesday.", "2024-03-26", "2024-03-26"},
		{"weekday before", "Israel said on Friday.", "2024-09-29", "2024-09-27"},
		{"last weekday", "They met last Tuesday.", "2024-03-26", "2024-03-19"},
		{"a day after", "It comes a day after the charges.", "2024-03-26", "2024-03-25"},
		{"yesterday", "They met yesterday.", "2024-03-26", "2024-03-25"},
		{"last year", "They met last year.", "2024-03-26", "2023"},
		{"no base", "They met on Tuesday.", "", ""},
		{"month of this year", "He was elected in May.", "2024-09-29", "2024-05"},
		{"month of last year", "He was elected in November.", "2024-03-26", "2023-11"},
		{"a month to come", "The ministers will visit Peru in October.", "2024-08-22", "2024-10"},
		{"a month to come next year", "Talks are due to resume in February.", "2024-08-22", "2025-02"},
		{"a day to come", "The talks will begin by September 2.", "2024-08-22", "2024-09-02"},
		{"a day to come next year", "The ministers will meet on January 5.", "2024-12-20", "2025-01-05"},
		{"a past month this year, with a future elsewhere", "He took office in June and will stay.", "2024-08-22", "2024-06"},
		{"years ago", "It began three years ago.", "2024-03-26", "2021"},
		{"weeks ago", "They met two weeks ago.", "2024-03-26", "2024-03-12"},
		{"abbreviated month with year", "It happened on Sept. 29, 2024.", "", "2024-09-29"},
		{"nothing", "They met.", "2024-03-26", ""},
		{"a year opening the sentence", "In 2019 the two sides met.", "2024-03-26", "2019"},
		{"a month opening the sentence", "In June, the two sides met.", "2024-09-29", "2024-06"},
		{"last week within a month", "They met last week.", "2025-03-20", "2025-03"},
		{"last week across two months", "They met last week.", "2025-03-05", "2025"},
		{"last week across two years", "They met last week.", "2026-01-07", ""},
		{"earlier this week", "They met earlier this week.", "2025-03-20", "2025-03"},
		{"next week", "They will meet next week.", "2025-03-20", "2025-03"},
		{"a day of last week", "They met on Monday last week.", "2025-03-05", "2025-02-24"},
		{"a day of next week", "They will meet on Thursday of next week.", "2025-03-05", "2025-03-13"},
		{"last week on a day", "They met last week on Friday.", "2025-03-05", "2025-02-28"},
		{"over the weekend", "They met over the weekend.", "2025-03-05", "2025-03"},
		{"the weekend to come across months", "They will meet at the weekend.", "2025-05-28", "2025"},
		{"last weekend across months", "They met last weekend.", "2025-06-03", "2025"},
		{"earlier this month", "They met earlier this month.", "2025-03-20", "2025-03"},
		{"next month from a month's last day", "They will meet next month.", "2025-01-31", "2025-02"},
		{"last month from a month's last day", "They met last month.", "2025-03-31", "2025-02"},
		{"a month ago from a month's last day", "They met a month ago.", "2025-03-31", "2025-02"},
		{"last night", "They met last night.", "2025-03-20", "2025-03-19"},
		{"this morning", "They met this morning.", "2025-03-20", "2025-03-20"},
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

func TestWeekend(t *testing.T) {
	tests := []struct {
		base, rel string
		ahead     bool
		want      string
	}{
		{"2025-03-05", "the weekend", false, "2025-03-01"}, // a Wednesday: the one before
		{"2025-03-05", "the weekend", true, "2025-03-08"},  // of what is to come: the next
		{"2025-03-05", "last weekend", true, "2025-03-01"},
		{"2025-03-05", "this weekend", false, "2025-03-08"},
		{"2025-03-05", "next weekend", false, "2025-03-15"},
		{"2025-03-08", "the weekend", false, "2025-03-08"},  // a Saturday: this one
		{"2025-03-09", "last weekend", false, "2025-03-08"}, // a Sunday: this one
		{"2025-03-09", "this weekend", true, "2025-03-08"},
		{"2025-03-09", "next weekend", false, "2025-03-15"},
	}
	for _, tc := range tests {
		base, err := time.Parse(time.DateOnly, tc.base)
		if err != nil {
			t.Fatal(err)
		}
		rel, ok := dateLex.relatives[tc.rel]
		if !ok || rel.unit != unitWeekend {
			t.Fatalf("dates.tsv has no weekend %q", tc.rel)
		}
		if got := weekend(base, rel, tc.ahead).Format(time.DateOnly); got != tc.want {
			t.Errorf("weekend(%s, %q, %v) = %s, want %s", tc.base, tc.rel, tc.ahead, got, tc.want)
		}
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

// TestUnresolvedDates counts the sentences of undated events that only
// an article date would date.
func TestUnresolvedDates(t *testing.T) {
	ev := func(sentence int, date, text string) Event {
		return Event{Date: date, Evidence: Evidence{Sentence: sentence, Text: text}}
	}
	tests := []struct {
		name    string
		docDate string
		events  []Event
		want    int
	}{
		{"a weekday in an undated article", "", []Event{ev(0, "", "Iran seized a tanker on Tuesday.")}, 1},
		{"two events of one sentence count once", "", []Event{ev(0, "", "Iran seized a tanker on Tuesday and detained its crew."), ev(0, "", "Iran seized a tanker on Tuesday and detained its crew.")}, 1},
		{"each sentence counts", "", []Event{ev(0, "", "Iran seized a tanker on Tuesday."), ev(3, "", "Greece condemned it three days ago.")}, 2},
		{"a dated article resolves them", "2024-05-14", []Event{ev(0, "", "Iran seized a tanker on Tuesday.")}, 0},
		{"a year or month is no article date", "2024-05", []Event{ev(0, "", "Iran seized a tanker last week on Tuesday.")}, 1},
		{"no date in the sentence", "", []Event{ev(0, "", "Iran seized a tanker.")}, 0},
		{"a full date needs no article date", "", []Event{ev(0, "2024-05-14", "Iran seized a tanker on May 14, 2024.")}, 0},
		{"a year alone needs none", "", []Event{ev(0, "2021", "Iran seized a tanker in 2021.")}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unresolvedDates(&Document{Date: tt.docDate}, tt.events); got != tt.want {
				t.Errorf("unresolvedDates = %d, want %d", got, tt.want)
			}
		})
	}
}

// nearestDate alone: of the dates a sentence names, the one nearest the
// event's word.
func TestNearestDate(t *testing.T) {
	for _, tc := range []struct {
		name, text, word, want string
	}{
		{"a weekday after the verb, a year in its object", "Chile accused Peru on Tuesday of breaking a ceasefire agreed in March 1995.", "accused", "2005-03-15"},
		{"a weekday before the verb", "Chile on Friday accused Peru of spying, a charge first made in 2004.", "accused", "2005-03-18"},
		{"the clause's own date", "Chile accused Peru on Tuesday of breaking a ceasefire agreed in March 1995.", "agreed", "1995-03"},
		{"a full date read whole", "Peru said on Tuesday, March 15, 2005 that it had left.", "said", "2005-03-15"},
		{"no date", "Chile accused Peru of spying.", "accused", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := nearestDate(tc.text, "2005-03-18", strings.Index(tc.text, tc.word)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestDateWords checks the tables read from lexicon/data/dates.tsv
// against what the date expressions assume of them.
func TestDateWords(t *testing.T) {
	if len(dateLex.fullMonths) != 12 || len(dateLex.weekdayNames) != 7 {
		t.Fatalf("%d month names and %d weekday names, want 12 and 7", len(dateLex.fullMonths), len(dateLex.weekdayNames))
	}
	for i, m := range dateLex.fullMonths {
		if got := monthOf(m); int(got) != i+1 {
			t.Errorf("month %q is number %d, want %d", m, got, i+1)
		}
	}
	for _, a := range dateLex.abbrevMonths {
		if !hasMonth(a) || monthOf(a+".") == 0 {
			t.Errorf("abbreviation %q: not read as a month", a)
		}
	}
	seen := map[time.Weekday]bool{}
	for _, d := range dateLex.weekdayNames {
		seen[dateLex.weekdays[strings.ToLower(d)]] = true
	}
	if len(seen) != 7 {
		t.Errorf("weekdays number %d days, want 7", len(seen))
	}
	units := []string{unitDay, unitWeek, unitWeekend, unitMonth, unitYear}
	for _, f := range dateLex.relForms {
		if rel := dateLex.relatives[f]; !slices.Contains(units, rel.unit) {
			t.Errorf("relative %q: unknown unit %q", f, rel.unit)
		}
		if !mayHaveDate(f, f) {
			t.Errorf("relative %q does not pass the cheap test before the date rules", f)
		}
	}
	for u, unit := range dateLex.units {
		if !slices.Contains(units, unit) {
			t.Errorf("unit %q: unknown unit %q", u, unit)
		}
	}
}

func TestReadDateWordsRejects(t *testing.T) {
	for _, rows := range [][]lexicon.DateWord{
		{{Kind: "month", Form: "Undecember", Value: "thirteen"}},
		{{Kind: "relative", Form: "anon", Value: "soon"}},
		{{Kind: "season", Form: "spring", Value: "-"}},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("readDateWords(%v) did not panic", rows)
				}
			}()
			readDateWords(rows)
		}()
	}
}
