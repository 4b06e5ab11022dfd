package ingest

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

var (
	isoDate     = regexp.MustCompile(`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|\D)`)
	compactDate = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})(?:$|T)`)
	yearMonth   = regexp.MustCompile(`^(\d{4})-(\d{2})$`)
	yearOnly    = regexp.MustCompile(`^\d{4}$`)
	epoch       = regexp.MustCompile(`^\d{9,13}(?:\.\d+)?$`)
	numericDate = regexp.MustCompile(`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:$|[T\s,])`)
	monthFirst  = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	dayFirst    = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b`)
)

var months = map[string]time.Month{
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"may": time.May, "jun": time.June, "jul": time.July, "aug": time.August,
	"sep": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
}

// Date normalises a publication date as pages and dumps give it to
// YYYY-MM-DD, or "" when s is not a date it knows. It reads ISO 8601 and
// RFC 3339 ("2024-03-26", "2024-03-26T08:15:00-05:00": the date as written,
// in the writer's time zone), "2024/03/26", "20240326", RFC 1123 and other
// e-mail and RSS forms ("Tue, 26 Mar 2024 08:15:00 GMT"), English dates
// ("March 26, 2024", "26 March 2024", "Tuesday, Mar. 26, 2024 8:15 AM"),
// numeric day and month when unambiguous ("26/03/2024"; "03/04/2024" is
// not read), and Unix times in seconds or milliseconds ("1711440900",
// "1711440900000", taken in UTC). A bare year-month ("2024-03") or year
// ("2024") is kept at that precision.
func Date(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 200 {
		return ""
	}
	if m := isoDate.FindStringSubmatch(s); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	if m := compactDate.FindStringSubmatch(s); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	if epoch.MatchString(s) {
		return epochDate(s)
	}
	if m := yearMonth.FindStringSubmatch(s); m != nil {
		if mo, _ := strconv.Atoi(m[2]); mo >= 1 && mo <= 12 {
			return s
		}
		return ""
	}
	if yearOnly.MatchString(s) {
		return s
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822, time.RFC850, time.ANSIC, time.UnixDate, time.RubyDate, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "2 Jan 2006 15:04:05 -0700"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	if m := numericDate.FindStringSubmatch(s); m != nil {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		switch {
		case a > 12 && b <= 12:
			return ymd(m[3], m[2], m[1])
		case b > 12 && a <= 12, a == b:
			return ymd(m[3], m[1], m[2])
		}
		return "" // 03/04/2024: March 4 or 3 April
	}
	if m := monthFirst.FindStringSubmatch(s); m != nil {
		return ymdMonth(m[3], strings.ToLower(m[1]), m[2])
	}
	if m := dayFirst.FindStringSubmatch(s); m != nil {
		return ymdMonth(m[3], strings.ToLower(m[2]), m[1])
	}
	return ""
}

// ymd returns the date of the year, month and day numbers, or "" when it
// is not a calendar date.
func ymd(year, month, day string) string {
	y, _ := strconv.Atoi(year)
	m, _ := strconv.Atoi(month)
	d, _ := strconv.Atoi(day)
	return validDate(y, time.Month(m), d)
}

func ymdMonth(year, month, day string) string {
	y, _ := strconv.Atoi(year)
	d, _ := strconv.Atoi(day)
	return validDate(y, months[month[:3]], d)
}

func validDate(y int, m time.Month, d int) string {
	if y < 1 || m < 1 || m > 12 || d < 1 || d > 31 {
		return ""
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Month() != m || t.Day() != d {
		return "" // February 30
	}
	return t.Format(time.DateOnly)
}

// epochDate reads a Unix time in seconds (9 or 10 digits) or milliseconds
// (12 or 13 digits), as a date in UTC.
func epochDate(s string) string {
	whole, _, _ := strings.Cut(s, ".")
	n, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return ""
	}
	switch {
	case len(whole) <= 10:
		return time.Unix(n, 0).UTC().Format(time.DateOnly)
	case len(whole) >= 12:
		return time.UnixMilli(n).UTC().Format(time.DateOnly)
	}
	return ""
}

var (
	datePrefix        = regexp.MustCompile(`^(\d{4})[-_.](\d{1,2})[-_.](\d{1,2})(?:$|\D)`)
	compactDatePrefix = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})(?:$|\D)`)
	yearDir           = regexp.MustCompile(`^\d{4}$`)
	monthOrDayDir     = regexp.MustCompile(`^\d{1,2}$`)
)

// PathDate returns the date that a file's path holds, as YYYY-MM-DD, or
// "" when it holds none: folders named by year, month and day
// ("2024/03/26/a.txt"), or a file or folder name that starts with a date
// followed by anything but a digit ("2024-03-26-a.txt", "2024_03_26",
// "20240326_a.txt", "2024-03-26/a.txt"). The date nearest the file wins.
// Years before 1900 and after 2199 are not taken for dates.
func PathDate(path string) string {
	parts := strings.Split(filepath.ToSlash(path), "/")
	for i := len(parts) - 1; i >= 0; i-- {
		m := datePrefix.FindStringSubmatch(parts[i])
		if m == nil {
			m = compactDatePrefix.FindStringSubmatch(parts[i])
		}
		if m == nil && i >= 2 && yearDir.MatchString(parts[i-2]) && monthOrDayDir.MatchString(parts[i-1]) && monthOrDayDir.MatchString(parts[i]) {
			m = []string{"", parts[i-2], parts[i-1], parts[i]}
		}
		if m == nil {
			continue
		}
		if y, _ := strconv.Atoi(m[1]); y >= 1900 && y < 2200 {
			if d := ymd(m[1], m[2], m[3]); d != "" {
				return d
			}
		}
	}
	return ""
}
