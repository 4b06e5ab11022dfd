package main

import (
	"fmt"
	"io/fs"
	"math"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/ingest"
)

// defaultMaxBytes is the default of --max-bytes.
const defaultMaxBytes = 10 << 20

var (
	// inputFormats are the values of --input; parse reads CoNLL-U too.
	inputFormats      = []string{ingest.FormatText, ingest.FormatHTML, ingest.FormatJSONL, ingest.FormatAuto}
	parseInputFormats = []string{ingest.FormatText, ingest.FormatHTML, ingest.FormatJSONL, ingest.FormatConllu, ingest.FormatAuto}
	// defaultExts are the extensions walked in directories by default.
	defaultExts = []string{"txt", "md", "html", "htm", "jsonl", "ndjson"}
)

// readOptions say which inputs a run reads and how: the flags that
// extract, stats and parse share.
type readOptions struct {
	IO   *iostreams
	Open func(string) (fs.File, error)
	Now  func() time.Time

	Paths   []string // Files, directories or "-"; empty means standard input.
	Exts    []string // Extensions walked in directories: lower case, no dot.
	Workers int      // Documents read at once.
	// InFlight is the bytes of documents read at once (a larger one runs
	// alone); 0 for what the available memory holds.
	InFlight int64
	Root     string // Document ids are paths relative to Root, when set.
	MaxBytes int64  // Larger inputs fail; 0 means no limit.
	Quiet    bool   // No progress bar and no summary.
	Summary  bool   // Print the summary line even when stderr is not a terminal.

	Input  string        // "auto", "text", "html", "jsonl" (or "conllu" for parse).
	Fields ingest.Fields // Field names tried, in order, in each JSON line.

	// Date (YYYY-MM-DD) and the table of dates read from DatesFile give
	// documents their dates (extract and stats).
	Date      string
	DatesFile string
	dates     ingest.DateTable

	// conllu is set for parse: --input conllu is allowed, and in auto
	// mode .conllu files are CoNLL-U.
	conllu bool
}

// addReadFlags adds the flags of o to cmd: --ext (exts by default),
// --workers (to verb N documents at once), --root (useful for what
// whyRoot says), --max-bytes, --max-in-flight, -q, --summary, --input and
// the JSON Lines field flags.
func (o *readOptions) addReadFlags(cmd *cobra.Command, exts []string, verb, whyRoot string) {
	o.MaxBytes = defaultMaxBytes
	fl := cmd.Flags()
	fl.StringSliceVar(&o.Exts, "ext", slices.Clone(exts), "read files with these `extensions` in directories, comma-separated")
	fl.IntVar(&o.Workers, "workers", runtime.NumCPU(), verb+" `N` documents at once")
	fl.StringVar(&o.Root, "root", "", "give each file the id of its path relative to `DIR` ("+whyRoot+")")
	fl.Var((*byteSize)(&o.InFlight), "max-in-flight", verb+" documents of at most `SIZE` bytes in all at once, a larger one alone (default: what half the available memory holds)")
	fl.Var((*byteSize)(&o.MaxBytes), "max-bytes", "fail on files larger than `SIZE` (bytes, or with K, M, G: powers of 1024; 0: no limit)")
	fl.BoolVarP(&o.Quiet, "quiet", "q", false, "show no progress bar and no summary")
	fl.BoolVar(&o.Summary, "summary", false, "print the summary line on standard error even when it is not a terminal")

	def := ingest.DefaultFields()
	usage := "read inputs as `text`, html, jsonl (an article a line) or auto (by extension; standard input by its first character)"
	if o.conllu {
		usage = "read inputs as `text`, html, jsonl (an article a line), conllu (tokenized sentences) or auto (by extension; standard input by its first character)"
	}
	fl.StringVar(&o.Input, "input", ingest.FormatAuto, usage)
	fl.StringSliceVar(&o.Fields.Text, "text-field", def.Text, "take a JSON line's text from the first of these `fields` it has")
	fl.StringSliceVar(&o.Fields.Title, "title-field", def.Title, "take a JSON line's title from the first of these `fields` it has")
	fl.StringSliceVar(&o.Fields.Date, "date-field", def.Date, "take a JSON line's date from the first of these `fields` it has")
	fl.StringSliceVar(&o.Fields.ID, "id-field", def.ID, "take a JSON line's document id from the first of these `fields` it has (else its line number)")
	fl.StringSliceVar(&o.Fields.URL, "url-field", def.URL, "take a JSON line's URL from the first of these `fields` it has")
	fl.StringSliceVar(&o.Fields.Source, "source-field", def.Source, "take a JSON line's source (a string, or an object's name) from the first of these `fields` it has")

	_ = cmd.RegisterFlagCompletionFunc("input", cobra.FixedCompletions(o.inputFormats(), cobra.ShellCompDirectiveNoFileComp))
	for _, name := range []string{"workers", "ext", "max-bytes", "max-in-flight", "text-field", "title-field", "date-field", "id-field", "url-field", "source-field"} {
		_ = cmd.RegisterFlagCompletionFunc(name, cobra.NoFileCompletions)
	}
	_ = cmd.MarkFlagDirname("root")
}

// addDateFlags adds --date and --dates to cmd.
func (o *readOptions) addDateFlags(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&o.Date, "date", "", "take `YYYY-MM-DD` as every article's date, for resolving relative dates")
	fl.StringVar(&o.DatesFile, "dates", "", "take articles' dates from `FILE`, a line for each: its document id or path, a tab or comma, and its date (YYYY-MM-DD)")
	_ = cmd.RegisterFlagCompletionFunc("date", cobra.NoFileCompletions)
}

// inputFormats are the values of --input.
func (o *readOptions) inputFormats() []string {
	if o.conllu {
		return parseInputFormats
	}
	return inputFormats
}

// validateRead checks the values of the flags of o, normalizes Exts and
// the field names, and reads the table of dates. Its errors are usage
// errors.
func (o *readOptions) validateRead() error {
	if o.Workers < 1 {
		return flagErrorf("invalid --workers %d: want at least 1", o.Workers)
	}
	exts := make([]string, 0, len(o.Exts))
	for _, e := range o.Exts {
		e = strings.ToLower(strings.TrimPrefix(strings.TrimSpace(e), "."))
		if e == "" || strings.ContainsAny(e, `/\`) {
			return flagErrorf("invalid --ext %q: want extensions such as txt,md", strings.Join(o.Exts, ","))
		}
		if !slices.Contains(exts, e) {
			exts = append(exts, e)
		}
	}
	if len(exts) == 0 {
		return flagErrorf("invalid --ext: want at least one extension")
	}
	o.Exts = exts
	if o.Input == "" {
		o.Input = ingest.FormatAuto
	}
	if formats := o.inputFormats(); !slices.Contains(formats, o.Input) {
		return flagErrorf("invalid --input %q: want %s", o.Input, orList(formats))
	}
	def := ingest.DefaultFields()
	for _, f := range []struct {
		flag       string
		names, def *[]string
	}{
		{"text-field", &o.Fields.Text, &def.Text}, {"title-field", &o.Fields.Title, &def.Title}, {"date-field", &o.Fields.Date, &def.Date},
		{"id-field", &o.Fields.ID, &def.ID}, {"url-field", &o.Fields.URL, &def.URL}, {"source-field", &o.Fields.Source, &def.Source},
	} {
		if *f.names == nil {
			continue // not set: the defaults
		}
		names := make([]string, 0, len(*f.names))
		for _, n := range *f.names {
			if n = strings.TrimSpace(n); n != "" {
				names = append(names, n)
			}
		}
		if len(names) == 0 {
			return flagErrorf("invalid --%s %q: want field names such as %s", f.flag, strings.Join(*f.names, ","), strings.Join(*f.def, ","))
		}
		*f.names = names
	}
	if o.Date != "" {
		if _, err := time.Parse(time.DateOnly, o.Date); err != nil {
			return flagErrorf("invalid --date %q: want a date as YYYY-MM-DD", o.Date)
		}
	}
	if o.DatesFile != "" {
		if err := o.readDates(); err != nil {
			return err
		}
	}
	return stdinOnce(o.Paths)
}

// readDates reads the table of dates of --dates. Its errors are usage
// errors that name the file, and the line when one is bad.
func (o *readOptions) readDates() error {
	f, err := o.Open(o.DatesFile)
	if err != nil {
		return flagErrorf("invalid --dates: %s: %s", o.DatesFile, reason(err))
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return flagErrorf("invalid --dates: %s: is a directory", o.DatesFile)
	}
	o.dates, err = ingest.ReadDateTable(f)
	if te, ok := err.(*ingest.DateTableError); ok {
		return flagErrorf("invalid --dates: %s:%d: %v", o.DatesFile, te.Line, te.Err)
	}
	if err != nil {
		return flagErrorf("invalid --dates: %s: %s", o.DatesFile, reason(err))
	}
	return nil
}

// reader returns the reader of a run's inputs.
func (o *readOptions) reader() *ingest.Reader {
	return ingest.NewReader(ingest.Options{
		Format: o.Input, Conllu: o.conllu, Fields: o.Fields, MaxBytes: o.MaxBytes,
		Date: o.Date, Dates: o.dates, Open: o.Open, Stdin: o.IO.In,
	})
}

// stdinOnce fails when standard input ("-") is given more than once: it can
// be read only once.
func stdinOnce(paths []string) error {
	n := 0
	for _, p := range paths {
		if p == "-" {
			n++
		}
	}
	if n > 1 {
		return flagErrorf(`standard input ("-") given %d times`, n)
	}
	return nil
}

// byteSize is a flag value in bytes, written as a number with an optional
// K, M or G (powers of 1024, "B" and "iB" allowed after them): "10M",
// "500KiB", "1048576".
type byteSize int64

// byteUnits are the units of byteSize, largest first.
var byteUnits = []struct {
	s     string
	shift uint
}{{"G", 30}, {"M", 20}, {"K", 10}}

func (b *byteSize) String() string {
	n := int64(*b)
	for _, u := range byteUnits {
		if n != 0 && n%(1<<u.shift) == 0 {
			return strconv.FormatInt(n>>u.shift, 10) + u.s + "iB"
		}
	}
	return strconv.FormatInt(n, 10)
}

func (b *byteSize) Set(s string) error {
	num := strings.TrimSpace(s)
	upper := strings.ToUpper(num)
	shift := uint(0)
	for _, u := range byteUnits {
		for _, suffix := range []string{u.s + "IB", u.s + "B", u.s} {
			if strings.HasSuffix(upper, suffix) {
				num, shift = strings.TrimSpace(num[:len(num)-len(suffix)]), u.shift
				break
			}
		}
		if shift != 0 {
			break
		}
	}
	if shift == 0 && strings.HasSuffix(upper, "B") {
		num = num[:len(num)-1]
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n < 0 || n > math.MaxInt64>>shift {
		return fmt.Errorf("want a size such as 10M, 500K or 1048576")
	}
	*b = byteSize(n << shift)
	return nil
}

func (b *byteSize) Type() string { return "size" }
