package main

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progress shows how far a run is: a bar on a terminal's standard error
// (files done/total, MB/s, ETA, failures), and at the end a summary line
// ("12,345 files, 48.1 MB, 3 failed, 41.2 s"). Every line that the run
// prints on standard error while the bar is shown goes through println, so
// that it does not end up inside the bar.
type progress struct {
	w       io.Writer
	now     func() time.Time
	start   time.Time
	bar     *progressbar.ProgressBar // nil when not shown
	summary bool                     // print the summary line at the end

	files, failed int
	bytes         int64
}

// newProgress starts the progress of a run over total files. The bar is
// shown when bar is true and there is more than one file.
func newProgress(w io.Writer, now func() time.Time, total int, bar, summary bool) *progress {
	p := &progress{w: w, now: now, start: now(), summary: summary}
	if bar && total > 1 {
		p.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription(rateString(0)),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("files"),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionSetElapsedTime(true),
			progressbar.OptionSetWidth(24),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionSetRenderBlankState(true),
		)
	}
	return p
}

// fail counts a failure found before the files are read (a walk error).
func (p *progress) fail() {
	p.files++
	p.failed++
}

// done counts one file read (size bytes), failed or not, and updates the
// bar.
func (p *progress) done(size int64, failed bool) {
	p.files++
	p.bytes += size
	if failed {
		p.failed++
	}
	if p.bar == nil {
		return
	}
	desc := rateString(p.rate())
	if p.failed > 0 {
		desc += fmt.Sprintf(", %d failed", p.failed)
	}
	p.bar.Describe(desc)
	_ = p.bar.Add(1)
}

// rate returns the MB read per second so far.
func (p *progress) rate() float64 {
	secs := p.now().Sub(p.start).Seconds()
	if secs <= 0 {
		return 0
	}
	return float64(p.bytes) / (1 << 20) / secs
}

// println prints a line on the progress's writer, above the bar.
func (p *progress) println(line string) {
	if p.bar != nil {
		_ = p.bar.Clear()
	}
	fmt.Fprintln(p.w, line)
	if p.bar != nil {
		_ = p.bar.RenderBlank()
	}
}

// finish removes the bar and prints the summary line when asked to.
func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Exit()
		_ = p.bar.Clear()
	}
	if p.summary {
		fmt.Fprintln(p.w, p.summaryLine())
	}
}

// summaryLine returns "12,345 files, 48.1 MB, 3 failed, 41.2 s".
func (p *progress) summaryLine() string {
	files := "files"
	if p.files == 1 {
		files = "file"
	}
	return fmt.Sprintf("%s %s, %s MB, %s failed, %s s",
		thousands(p.files), files, oneDecimal(float64(p.bytes)/(1<<20)), thousands(p.failed), oneDecimal(p.now().Sub(p.start).Seconds()))
}

// rateString formats a rate in MB/s: "12.3 MB/s", or "850 KB/s" below 1 MB/s.
func rateString(mbps float64) string {
	if mbps < 1 {
		return strconv.FormatFloat(mbps*1024, 'f', 0, 64) + " KB/s"
	}
	return oneDecimal(mbps) + " MB/s"
}

// oneDecimal formats f with one decimal: "48.1".
func oneDecimal(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }

// thousands formats n with commas between thousands: "12,345".
func thousands(n int) string {
	s := strconv.Itoa(n)
	neg := ""
	if n < 0 {
		neg, s = "-", s[1:]
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return neg + s
}
