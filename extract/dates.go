package extract

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// The units of dates.tsv: what a relative expression or a count before
// "ago" steps by.
const (
	unitDay     = "day"
	unitWeek    = "week"
	unitWeekend = "weekend"
	unitMonth   = "month"
	unitYear    = "year"
	// eitherStep is the step of a relative expression that names the last
	// one of a past act and the next one of an act to come ("the
	// weekend").
	eitherStep = "~"
)

// relativeDate is what a relative expression of lexicon/data/dates.tsv
// names: a unit and how many of them from the article's date.
type relativeDate struct {
	unit   string
	step   int
	either bool // the last one or the next, as the act is past or to come
}

// dateWords are the words of the date expressions (lexicon/data/dates.tsv),
// read once into the tables the date rules look words up in.
type dateWords struct {
	months       map[string]time.Month   // names and abbreviations, in lower case
	fullMonths   []string                // names, as written
	abbrevMonths []string                // abbreviations, as written
	weekdays     map[string]time.Weekday // in lower case
	weekdayNames []string                // as written
	counts       map[string]int
	countForms   []string
	units        map[string]string // the form in lower case → its unit
	unitForms    []string
	ago          string
	relatives    map[string]relativeDate // the expression in lower case
	relForms     []string                // in lower case
	weekWords    []string                // the last words of the relative weeks ("week")
	weekSteps    map[string]int          // "last": -1
	stepForms    []string
	dayOfWeek    []string
	weekOnDay    []string
	yearOpeners  []string
	yearArticles []string
	yearParts    []string
	daySuffixes  []string
	monthOpeners []string
	monthParts   []string // the first three letters of every month's name and abbreviation, as written
	hints        []string // parts of words in lower case, one of which every date expression holds
}

// dateLex is the date grammar's words, read when the program starts.
var dateLex = readDateWords(lexicon.DateWords())

// readDateWords sorts the rows of dates.tsv by kind; a row it cannot read
// is a mistake in the program's data, and panics.
func readDateWords(rows []lexicon.DateWord) *dateWords {
	dw := &dateWords{months: map[string]time.Month{}, weekdays: map[string]time.Weekday{}, counts: map[string]int{},
		units: map[string]string{}, relatives: map[string]relativeDate{}, weekSteps: map[string]int{}}
	number := func(r lexicon.DateWord) int {
		n, err := strconv.Atoi(r.Value)
		if err != nil {
			panic(fmt.Sprintf("dates.tsv: %s %q: value %q is no number", r.Kind, r.Form, r.Value))
		}
		return n
	}
	for _, r := range rows {
		lower := strings.ToLower(r.Form)
		switch r.Kind {
		case "month":
			dw.addMonth(r.Form, number(r))
			dw.fullMonths = append(dw.fullMonths, r.Form)
		case "monthabbrev":
			dw.addMonth(r.Form, number(r))
			dw.abbrevMonths = append(dw.abbrevMonths, r.Form)
		case "weekday":
			dw.weekdays[lower] = time.Weekday(number(r))
			dw.weekdayNames = append(dw.weekdayNames, r.Form)
		case "count":
			dw.counts[lower] = number(r)
			dw.countForms = append(dw.countForms, r.Form)
		case "unit":
			dw.units[lower] = r.Value
			dw.unitForms = append(dw.unitForms, r.Form)
		case "ago":
			dw.ago = lower
		case "relative":
			unit, step, ok := strings.Cut(r.Value, " ")
			rd := relativeDate{unit: unit, either: step == eitherStep}
			if !rd.either {
				n, err := strconv.Atoi(step)
				if err != nil || !ok {
					panic(fmt.Sprintf("dates.tsv: relative %q: value %q is no unit and step", r.Form, r.Value))
				}
				rd.step = n
			}
			dw.relatives[lower] = rd
			dw.relForms = append(dw.relForms, lower)
			if unit == unitWeek {
				if w := lower[strings.LastIndexByte(lower, ' ')+1:]; !slices.Contains(dw.weekWords, w) {
					dw.weekWords = append(dw.weekWords, w)
				}
			}
		case "weekdaystep":
			dw.weekSteps[lower] = number(r)
			dw.stepForms = append(dw.stepForms, r.Form)
		case "dayofweek":
			dw.dayOfWeek = append(dw.dayOfWeek, r.Form)
		case "weekonday":
			dw.weekOnDay = append(dw.weekOnDay, r.Form)
		case "yearopener":
			dw.yearOpeners = append(dw.yearOpeners, r.Form)
		case "yeararticle":
			dw.yearArticles = append(dw.yearArticles, r.Form)
		case "yearpart":
			dw.yearParts = append(dw.yearParts, r.Form)
		case "daysuffix":
			dw.daySuffixes = append(dw.daySuffixes, r.Form)
		case "monthopener":
			dw.monthOpeners = append(dw.monthOpeners, r.Form)
		default:
			panic(fmt.Sprintf("dates.tsv: unknown kind %q", r.Kind))
		}
	}
	for _, p := range dw.monthParts {
		dw.hints = append(dw.hints, strings.ToLower(p))
	}
	for _, w := range dw.weekdayNames {
		dw.hints = append(dw.hints, strings.ToLower(w))
	}
	for _, u := range dw.unitForms {
		dw.hints = append(dw.hints, strings.ToLower(u))
	}
	dw.hints = append(dw.hints, dw.ago)
	dw.hints = append(dw.hints, dw.relForms...)
	return dw
}

// addMonth files a month's name or abbreviation, as written, and its
// first three letters, which the cheap test before the month expressions
// looks for.
func (dw *dateWords) addMonth(form string, month int) {
	dw.months[strings.ToLower(form)] = time.Month(month)
	if part := form[:min(3, len(form))]; !slices.Contains(dw.monthParts, part) {
		dw.monthParts = append(dw.monthParts, part)
	}
}

// alternatives is a regular expression's group of the forms, each quoted,
// the spaces of a phrase matching any white space when spaced.
func alternatives(forms []string, spaced bool) string {
	q := quoted(forms)
	if spaced {
		for i := range q {
			q[i] = strings.ReplaceAll(q[i], " ", `\s+`)
		}
	}
	return "(?:" + strings.Join(q, "|") + ")"
}

// daySuffix matches the ending of an ordinal day after its number, if
// any: the "th" of "19th Mar, 2024".
var daySuffix = `(?i:` + alternatives(dateLex.daySuffixes, false) + `)?`

// monthRE matches a month's name or abbreviation, as written, the
// abbreviation with or without its full stop.
var monthRE = func() string {
	forms := slices.Clone(dateLex.fullMonths)
	for _, a := range dateLex.abbrevMonths {
		forms = append(forms, regexp.QuoteMeta(a)+`\.?`)
	}
	return "(" + strings.Join(forms, "|") + ")"
}()

var (
	weekdayAlt = alternatives(dateLex.weekdayNames, false)
	weekAlt    = func() string {
		var weeks []string
		for _, f := range dateLex.relForms {
			if dateLex.relatives[f].unit == unitWeek {
				weeks = append(weeks, f)
			}
		}
		return alternatives(weeks, true)
	}()
	// "March 26, 2024", "Tuesday, March 26, 2024", "Oct. 6, 2025", "March 26th, 2024"
	mdyRE = regexp.MustCompile(`\b` + monthRE + `\s+(\d{1,2})` + daySuffix + `,?\s+(\d{4})\b`)
	// "26 March 2024", "Sunday 29 September 2024", "19th Mar, 2024"
	dmyRE = regexp.MustCompile(`\b(\d{1,2})` + daySuffix + `\s+` + monthRE + `,?\s+(\d{4})\b`)
	isoRE = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	// "March 2024"
	myRE = regexp.MustCompile(`\b` + monthRE + `\s+(\d{4})\b`)
	// "March 18", "Oct. 6"
	mdRE = regexp.MustCompile(`\b` + monthRE + `\s+(\d{1,2})\b`)
	// "in 2021", "in the 1967 war", "in late 2001", "in mid-2001": a year,
	// or a year naming what happened in it, or a part of a year
	yearRE = regexp.MustCompile(`\b(?i:` + alternatives(dateLex.yearOpeners, true) + `)\s+(?:(?i:` + alternatives(dateLex.yearArticles, true) + `)\s+)?(?:(?i:` + alternatives(dateLex.yearParts, true) + `)\s*)?((?:19|20)\d{2})\b`)
	// "on Tuesday", "Tuesday"
	weekdayRE = regexp.MustCompile(`\b(?:((?i:` + strings.Join(quoted(dateLex.stepForms), "|") + `))\s+)?(` + strings.Join(quoted(dateLex.weekdayNames), "|") + `)\b`)
	// "in May", "last March": a month of the article's year, or the year before
	monthOnlyRE = regexp.MustCompile(`\b(?i:` + alternatives(dateLex.monthOpeners, true) + `)\s*(` + strings.Join(quoted(dateLex.fullMonths), "|") + `)\b`)
	// "three years ago", "two weeks ago"
	agoRE = regexp.MustCompile(`(?i)\b(` + strings.Join(quoted(dateLex.countForms), "|") + `|\d+)\s+(` + strings.Join(quoted(dateLex.unitForms), "|") + `)s?\s+` + regexp.QuoteMeta(dateLex.ago) + `\b`)
	// "on Monday last week", "last week on Monday": a day of a week
	weekdayWeekRE = regexp.MustCompile(`(?i)\b` + weekdayAlt + `\s+(?:` + alternatives(dateLex.dayOfWeek, true) + `\s+)?` + weekAlt + `\b|\b` + weekAlt + `\s+` + alternatives(dateLex.weekOnDay, true) + `\s+` + weekdayAlt + `\b`)
	// "yesterday", "last week", "over the weekend", "earlier this month",
	// "last night"
	relRE = regexp.MustCompile(`(?i)\b(` + strings.Join(quoted(dateLex.relForms), "|") + `)\b`)
)

// quoted is forms, each quoted for a regular expression.
func quoted(forms []string) []string {
	q := make([]string, len(forms))
	for i, f := range forms {
		q[i] = regexp.QuoteMeta(f)
	}
	return q
}

func monthOf(s string) time.Month {
	return dateLex.months[strings.TrimSuffix(strings.ToLower(s), ".")]
}

func validDate(y int, m time.Month, d int) (time.Time, bool) {
	if y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == d
}

// isWeekday reports a weekday's name, Sunday (weekday 0) included.
func isWeekday(w string) bool {
	_, ok := dateLex.weekdays[strings.ToLower(w)]
	return ok
}

// isDateWord reports a weekday or month name: "on Wednesday in Montenegro".
func isDateWord(w string) bool {
	_, month := dateLex.months[strings.TrimSuffix(strings.ToLower(w), ".")]
	return isWeekday(w) || month
}

// hasYear reports four digits in a row in s, which every date with a year
// needs.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// fullDate finds the first complete calendar date in s.
func fullDate(s string) (time.Time, bool) {
	type hit struct {
		at int
		t  time.Time
	}
	if !hasYear(s) {
		return time.Time{}, false // every full date has a four-digit year
	}
	var best *hit
	try := func(at int, y int, m time.Month, d int) {
		if t, ok := validDate(y, m, d); ok && (best == nil || at < best.at) {
			best = &hit{at, t}
		}
	}
	if hasMonth(s) {
		if m := mdyRE.FindStringSubmatchIndex(s); m != nil {
			d, _ := strconv.Atoi(s[m[4]:m[5]])
			y, _ := strconv.Atoi(s[m[6]:m[7]])
			try(m[0], y, monthOf(s[m[2]:m[3]]), d)
		}
		if m := dmyRE.FindStringSubmatchIndex(s); m != nil {
			d, _ := strconv.Atoi(s[m[2]:m[3]])
			y, _ := strconv.Atoi(s[m[6]:m[7]])
			try(m[0], y, monthOf(s[m[4]:m[5]]), d)
		}
	}
	if m := isoRE.FindStringSubmatchIndex(s); m != nil {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		d, _ := strconv.Atoi(s[m[6]:m[7]])
		try(m[0], y, time.Month(mo), d)
	}
	if best == nil {
		return time.Time{}, false
	}
	return best.t, true
}

// findArticleDate looks for the article's date in its first lines: a
// dateline or a photo caption with a full date.
func findArticleDate(text string, lines [][2]int) string {
	for i, l := range lines {
		if i >= 8 {
			break
		}
		if t, ok := fullDate(text[l[0]:l[1]]); ok {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// eventDate returns the date a sentence fixes for its event, resolved against
// the article date, at the precision the text gives, or "".
func eventDate(sentence, articleDate string) string {
	return dateOf(sentence, articleDate, looksAhead(strings.ToLower(sentence)))
}

// dateOf is eventDate with whether the sentence tells of what is to come
// (looksAhead) given, for a part of a sentence read apart from the rest.
func dateOf(sentence, articleDate string, ahead bool) string {
	lower := strings.ToLower(sentence)
	if !mayHaveDate(sentence, lower) {
		return ""
	}
	if t, ok := fullDate(sentence); ok {
		return t.Format("2006-01-02")
	}
	var base time.Time
	haveBase := false
	if t, err := time.Parse("2006-01-02", articleDate); err == nil {
		base, haveBase = t, true
	}
	month := hasMonth(sentence)
	if m := find(month && haveBase, mdRE, sentence); m != nil {
		d, _ := strconv.Atoi(m[2])
		if t, ok := validDate(base.Year(), monthOf(m[1]), d); ok {
			switch {
			case !ahead && t.After(base.AddDate(0, 0, 7)):
				t = t.AddDate(-1, 0, 0) // "on May 3" written in March, of what happened: last year's
			case ahead && t.Before(base.AddDate(0, -6, 0)):
				t = t.AddDate(1, 0, 0) // "will meet on January 5" written in December: next year's; but "took office on June 3 and will stay" is this year's
			}
			return t.Format("2006-01-02")
		}
	}
	if hasYear(sentence) {
		if m := find(month, myRE, sentence); m != nil {
			y, _ := strconv.Atoi(m[2])
			return fmt.Sprintf("%04d-%02d", y, monthOf(m[1]))
		}
		if m := yearRE.FindStringSubmatch(sentence); m != nil {
			return m[1]
		}
	}
	if !haveBase {
		return ""
	}
	if m := find(month, monthOnlyRE, sentence); m != nil {
		mo := monthOf(m[1])
		y := base.Year()
		switch {
		case !ahead && mo > base.Month():
			y-- // "met in May" written in March is last year's May
		case ahead && base.Month()-mo >= 6:
			y++ // "will meet in February" written in August is next year's; but "took office in June and will stay" is this year's
		}
		return fmt.Sprintf("%04d-%02d", y, mo)
	}
	if m := find(strings.Contains(lower, dateLex.ago), agoRE, sentence); m != nil {
		n, ok := dateLex.counts[strings.ToLower(m[1])]
		if !ok {
			n, _ = strconv.Atoi(m[1])
		}
		switch dateLex.units[strings.ToLower(m[2])] {
		case unitDay:
			return base.AddDate(0, 0, -n).Format("2006-01-02")
		case unitWeek:
			return base.AddDate(0, 0, -7*n).Format("2006-01-02")
		case unitMonth:
			return firstOfMonth(base).AddDate(0, -n, 0).Format("2006-01")
		case unitYear:
			return strconv.Itoa(base.Year() - n)
		}
	}
	if m := find(containsAny(lower, dateLex.relForms), relRE, sentence); m != nil {
		switch rel := dateLex.relatives[strings.ToLower(m[1])]; rel.unit {
		case unitDay:
			// "yesterday", "today"; "comes a day after X": X happened the day
			// before the article's event
			return base.AddDate(0, 0, rel.step).Format("2006-01-02")
		case unitWeek:
			week := base.AddDate(0, 0, 7*rel.step)
			if m := find(containsAny(sentence, dateLex.weekdayNames), weekdayRE, sentence); m != nil {
				// "on Monday last week": that day of that week
				wd := dateLex.weekdays[strings.ToLower(m[2])]
				return monday(week).AddDate(0, 0, (int(wd)+6)%7).Format("2006-01-02")
			}
			return period(monday(week), monday(week).AddDate(0, 0, 6))
		case unitWeekend:
			sat := weekend(base, rel, ahead)
			return period(sat, sat.AddDate(0, 0, 1))
		case unitMonth:
			return firstOfMonth(base).AddDate(0, rel.step, 0).Format("2006-01")
		case unitYear:
			return strconv.Itoa(base.Year() + rel.step)
		}
	}
	if m := find(containsAny(sentence, dateLex.weekdayNames), weekdayRE, sentence); m != nil {
		wd := dateLex.weekdays[strings.ToLower(m[2])]
		diff := int(base.Weekday()) - int(wd)
		switch dateLex.weekSteps[strings.ToLower(m[1])] {
		case 1: // "next Monday": the first after the article's day
			diff = -((int(wd)-int(base.Weekday())+6)%7 + 1)
		case -1: // "last Monday": the last before it
			if diff <= 0 {
				diff += 7
			}
		default: // "on Monday": the last not after it
			if diff < 0 {
				diff += 7
			}
		}
		return base.AddDate(0, 0, -diff).Format("2006-01-02")
	}
	return ""
}

// monday is the Monday of t's ISO week.
func monday(t time.Time) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

// firstOfMonth is the first day of t's month, from which months are
// counted without running over a shorter month's end.
func firstOfMonth(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

// period is the finest date the contract writes (a day, a month, a year)
// that holds every day from first to last: a week within March 2025 is
// "2025-03", one across two months "2025", one across two years "".
func period(first, last time.Time) string {
	switch {
	case first.Equal(last):
		return first.Format("2006-01-02")
	case first.Year() != last.Year():
		return ""
	case first.Month() != last.Month():
		return strconv.Itoa(first.Year())
	}
	return first.Format("2006-01")
}

// weekend is the Saturday of the weekend a relative expression names,
// against the article's date base: "last weekend" (step -1) and "the
// weekend" (either) of what happened the last one begun by base, "this
// weekend" and "the weekend" of what is to come the next one not yet over,
// "next weekend" (step 1) the one after that.
func weekend(base time.Time, rel relativeDate, ahead bool) time.Time {
	wd := int(base.Weekday())
	past := base.AddDate(0, 0, -((wd + 1) % 7)) // Saturday on or before base
	coming := past
	if wd != 0 && wd != 6 {
		coming = past.AddDate(0, 0, 7) // Monday to Friday: the Saturday to come
	}
	switch {
	case rel.step > 0:
		return coming.AddDate(0, 0, 7)
	case rel.step < 0 || rel.either && !ahead:
		return past
	}
	return coming
}

// find is re's submatches in s, or nil without running re when may, a
// cheap test done before, says s cannot hold a match.
func find(may bool, re *regexp.Regexp, s string) []string {
	if !may {
		return nil
	}
	return re.FindStringSubmatch(s)
}

// hasMonth reports a month's name or abbreviation in s, which the rules
// that read a month need.
func hasMonth(s string) bool { return containsAny(s, dateLex.monthParts) }

func containsAny(s string, parts []string) bool {
	for _, p := range parts {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// mayHaveDate is a cheap test that lets most sentences skip the date rules;
// lower is s in lower case.
func mayHaveDate(s, lower string) bool {
	return strings.ContainsAny(s, "0123456789") || containsAny(lower, dateLex.hints)
}

// anyDay is a full date that only tells whether a sentence's date is
// relative: one that resolves against some article date and not without.
const anyDay = "2001-01-01"

// unresolvedDates counts, for a document without a full date, the
// sentences of its undated events that give a relative date ("on
// Tuesday", "three weeks ago"), which an article date would resolve.
func unresolvedDates(doc *Document, events []Event) int {
	if _, err := time.Parse(time.DateOnly, doc.Date); err == nil {
		return 0
	}
	seen := map[int]bool{}
	for _, ev := range events {
		s := ev.Evidence.Sentence
		if ev.Date != "" || seen[s] {
			continue
		}
		if text := ev.Evidence.Text; eventDate(text, "") == "" && eventDate(text, anyDay) != "" {
			seen[s] = true
		}
	}
	return len(seen)
}

// looksAhead reports a sentence (in lower case) that tells of what is
// still to come, a future or a schedule: "will visit the United States in
// October", "talks are due to begin on September 2", "plans to". Its
// month is then the next one of its name, not the last.
func looksAhead(lower string) bool {
	for _, w := range strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		if futureMarks[w] || scheduleWords[w] || planForms[w] {
			return true
		}
	}
	return false
}

// dateExpression is an expression of a date a text reads: its gate, a
// cheap test of the text (original and lower case) without which the
// expression cannot match, and the expression.
type dateExpression struct {
	may func(text, lower string) bool
	re  *regexp.Regexp
}

// dateExpressions are the expressions of a date that eventDate reads.
var dateExpressions = func() []dateExpression {
	year := func(text, _ string) bool { return hasYear(text) }
	month := func(text, _ string) bool { return hasMonth(text) }
	always := func(string, string) bool { return true }
	return []dateExpression{
		{year, mdyRE}, {year, dmyRE}, {always, isoRE}, {year, myRE}, {month, mdRE}, {year, yearRE},
		{func(text, _ string) bool { return containsAny(text, dateLex.weekdayNames) }, weekdayRE},
		{month, monthOnlyRE},
		{func(_, lower string) bool { return strings.Contains(lower, dateLex.ago) }, agoRE},
		{func(_, lower string) bool { return containsAny(lower, dateLex.relForms) }, relRE},
		{func(_, lower string) bool { return containsAny(lower, dateLex.weekWords) }, weekdayWeekRE},
	}
}()

// datedSpan is an expression of a date in a text, where it stands and the
// date it gives.
type datedSpan struct {
	start, end int
	date       string
}

// datedSpans are the expressions of a date in text, in order, those that
// overlap read as one ("Tuesday, March 26, 2024"), with the dates they
// give against the article's date; ahead when what the text tells is
// known to be still to come (else looksAhead tells).
func datedSpans(text, articleDate string, ahead bool) []datedSpan {
	lower := strings.ToLower(text)
	if !mayHaveDate(text, lower) {
		return nil
	}
	var spans [][2]int
	for _, e := range dateExpressions {
		if !e.may(text, lower) {
			continue
		}
		for _, m := range e.re.FindAllStringIndex(text, -1) {
			spans = append(spans, [2]int{m[0], m[1]})
		}
	}
	if len(spans) == 0 {
		return nil
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	merged := spans[:1]
	for _, sp := range spans[1:] {
		if last := &merged[len(merged)-1]; sp[0] < last[1] {
			last[1] = max(last[1], sp[1])
		} else {
			merged = append(merged, sp)
		}
	}
	ahead = ahead || looksAhead(lower)
	var out []datedSpan
	for _, sp := range merged {
		if d := dateOf(text[sp[0]:sp[1]], articleDate, ahead); d != "" {
			out = append(out, datedSpan{sp[0], sp[1], d})
		}
	}
	return out
}

// nearestDate is the date of the expression of a date in text nearest to
// byte offset at, where an event's word stands, or "": of two dates in a
// sentence, the one told with the event is nearest it ("Chile accused
// Peru on Tuesday of breaking a ceasefire agreed in March 1995": Tuesday;
// "signed a deal on Monday, ending a dispute that began in 1998": Monday).
func nearestDate(text, articleDate string, at int) string {
	return nearestOf(datedSpans(text, articleDate, false), at)
}

// nearestOf is the date of the span nearest to byte offset at; of two as
// near, the one after it.
func nearestOf(spans []datedSpan, at int) string {
	best, bestDist := "", -1
	for _, sp := range spans {
		dist := 0
		switch {
		case at < sp.start:
			dist = sp.start - at
		case at >= sp.end:
			dist = at - sp.end + 1 // after the word a date is nearer than before it at the same distance
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = sp.date, dist
		}
	}
	return best
}
