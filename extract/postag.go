package extract

import (
	"bufio"
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/extract/perceptron"
)

// tagSentence runs prose's tokenizer (tokenize) and our copy of its
// part-of-speech tagger over one sentence and returns its tokens with byte
// offsets into the document. A panic inside prose is returned as an error.
func tagSentence(tagger *posTagger, doc *Document, s *Sentence) (tokens []Token, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("tagger failed on sentence %d: %v", s.Index, r)
		}
	}()
	tokens = tokenize(doc.masked, s)
	tagger.tag(tokens)
	return tokens, nil
}

// Tag gives the words of one sentence, split already, the part-of-speech
// tags the extractor gives them; newsgraph-train uses it to train the
// name tagger on the tags it will meet.
func Tag(words []string) ([]string, error) {
	pt, err := loadPOSTagger()
	if err != nil {
		return nil, err
	}
	tokens := make([]Token, len(words))
	for i, w := range words {
		tokens[i].Text = w
	}
	pt.tag(tokens)
	tags := make([]string, len(words))
	for i, t := range tokens {
		tags[i] = t.Tag
	}
	return tags, nil
}

// posTagger is prose's averaged-perceptron part-of-speech tagger, with
// prose's own weights, arranged for speed and determinism: features are
// looked up by the hash of their text, worked out without building it,
// class scores live in a slice, and ties go to the first class rather than
// to map iteration order.
type posTagger struct {
	classes []string
	tagMap  map[string]string
	// weights are keyed by the FNV-1a hash of the feature's text (parts
	// joined by spaces), which predict works out without building it
	weights *featureTable
}

// featureTable finds a feature's class weights by its hash: an
// open-addressing table over one array of weights, so that a feature
// costs about two memory reads, and predict can ask for all of a word's
// features before it uses any.
type featureTable struct {
	slots   []featureSlot
	shift   uint // a key's home slot is perceptron.Mix(key) >> shift
	mask    int
	entries []classWeight
}

type featureSlot struct {
	key    uint64
	off, n uint32 // n is 0 for an empty slot
}

func newFeatureTable(keys int) *featureTable {
	size, bits := 2, uint(1)
	for size < 2*keys+2 {
		size <<= 1
		bits++
	}
	return &featureTable{slots: make([]featureSlot, size), shift: 64 - bits, mask: size - 1}
}

// add gives key its weights; it reports false if key has some already.
func (t *featureTable) add(key uint64, ws []classWeight) bool {
	if len(ws) == 0 {
		return true
	}
	s := int(perceptron.Mix(key) >> t.shift)
	for t.slots[s].n != 0 {
		if t.slots[s].key == key {
			return false
		}
		s = (s + 1) & t.mask
	}
	t.slots[s] = featureSlot{key: key, off: uint32(len(t.entries)), n: uint32(len(ws))}
	t.entries = append(t.entries, ws...)
	return true
}

// home is key's first slot; find goes on from it.
func (t *featureTable) home(key uint64) featureSlot {
	return t.slots[perceptron.Mix(key)>>t.shift]
}

func (t *featureTable) find(key uint64, first featureSlot) []classWeight {
	s := int(perceptron.Mix(key) >> t.shift)
	for sl := first; sl.n != 0; sl = t.slots[s] {
		if sl.key == key {
			return t.entries[sl.off : sl.off+sl.n]
		}
		s = (s + 1) & t.mask
	}
	return nil
}

type classWeight struct {
	class int
	w     float64
}

var (
	posOnce sync.Once
	posTag  *posTagger
	posErr  error
)

// posModel is prose's tagger model (its classes, its tag dictionary and
// its averaged weights) in the compact form EncodePOSModel writes, so
// that a process decodes it in milliseconds instead of gob-decoding
// prose's maps of maps.
//
//go:embed model/postag.model
var posModel []byte

// loadPOSTagger decodes the tagger model once per process.
func loadPOSTagger() (*posTagger, error) {
	posOnce.Do(func() { posTag, posErr = decodePOSTagger(posModel) })
	return posTag, posErr
}

const posMagic = "newsgraph pos tagger 1\n"

// EncodePOSModel writes prose's tagger model, given as prose's own files
// hold it (classes.gob, tags.gob, weights.gob), in the form the extractor
// embeds: the classes, the tag dictionary, then every feature with a
// nonzero weight, by the order of its text, as the hash of that text and
// its (class, weight) pairs. newsgraph-train postag writes it.
func EncodePOSModel(w io.Writer, classes []string, tags map[string]string, weights map[string]map[string]float64) error {
	classes = slices.Sorted(slices.Values(classes))
	index := make(map[string]int, len(classes))
	for i, c := range classes {
		index[c] = i
	}
	bw := bufio.NewWriter(w)
	bw.WriteString(posMagic)
	e := perceptron.NewEncoder(bw)
	e.Strings(classes)
	words := slices.Sorted(maps.Keys(tags))
	e.Uvarint(uint64(len(words)))
	for _, word := range words {
		e.String(word)
		e.String(tags[word])
	}
	feats := slices.Sorted(maps.Keys(weights))
	seen := make(map[uint64]string, len(feats))
	e.Uvarint(uint64(len(feats)))
	for _, feat := range feats {
		var ws []classWeight
		for c, wt := range weights[feat] {
			if i, ok := index[c]; ok && wt != 0 {
				ws = append(ws, classWeight{i, wt})
			}
		}
		slices.SortFunc(ws, func(a, b classWeight) int { return a.class - b.class })
		key := perceptron.HashString(feat)
		if other, ok := seen[key]; ok && len(ws) > 0 {
			return fmt.Errorf("tagger model: two features hash alike (%q, %q)", other, feat)
		}
		seen[key] = feat
		e.U64(key)
		e.Uvarint(uint64(len(ws)))
		for _, cw := range ws {
			e.Uvarint(uint64(cw.class))
			e.U64(math.Float64bits(cw.w))
		}
	}
	return e.Flush()
}

// decodePOSTagger reads a model EncodePOSModel wrote.
func decodePOSTagger(data []byte) (*posTagger, error) {
	if !bytes.HasPrefix(data, []byte(posMagic)) {
		return nil, errors.New("tagger model: not a newsgraph tagger model")
	}
	d := perceptron.NewDecoder(data[len(posMagic):])
	pt := &posTagger{classes: d.Strings(), tagMap: map[string]string{}}
	if d.Err() == nil && len(pt.classes) == 0 {
		d.Fail(errors.New("no classes"))
	}
	for n := d.Count(); n > 0 && d.Err() == nil; n-- {
		word := d.String()
		pt.tagMap[word] = d.String()
	}
	nfeat := d.Count()
	pt.weights = newFeatureTable(nfeat)
	for ; nfeat > 0 && d.Err() == nil; nfeat-- {
		key := d.U64()
		n := d.Count()
		ws := make([]classWeight, 0, n)
		for ; n > 0 && d.Err() == nil; n-- {
			c := int(d.Uvarint())
			if c >= len(pt.classes) {
				d.Fail(fmt.Errorf("class %d of %d", c, len(pt.classes)))
			}
			ws = append(ws, classWeight{c, math.Float64frombits(d.U64())})
		}
		if d.Err() == nil && !pt.weights.add(key, ws) {
			d.Fail(errors.New("a feature twice"))
		}
	}
	if err := d.Err(); err != nil {
		return nil, fmt.Errorf("tagger model: %w", err)
	}
	if d.Left() != 0 {
		return nil, fmt.Errorf("tagger model: %d bytes after the end", d.Left())
	}
	return pt, nil
}

var (
	noneTag = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	keepTag = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// tag sets the part-of-speech tag of each token, as prose's tagger does.
func (pt *posTagger) tag(tokens []Token) {
	ctx := make([]string, len(tokens)+4)
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i, t := range tokens {
		ctx[i+2] = normalizeWord(t.Text)
	}
	ctx[len(ctx)-2], ctx[len(ctx)-1] = "-END-", "-END2-"
	scores := make([]float64, len(pt.classes))
	p1, p2 := "-START-", "-START2-"
	for i := range tokens {
		w := tokens[i].Text
		var tag string
		switch {
		case w == "":
			tag = "NN"
		case dashes[w]:
			tag = "-" // prose's tag for "-", and so for the dashes it never saw ("—", "–", "--")
		case strings.Contains(w, "://") || strings.HasPrefix(w, "www.") || strings.HasPrefix(w, "@") || strings.Contains(w, "@") && strings.Contains(w, "."):
			tag = "NN"
		case (w[0] == '*' || w == "0") && noneTag.MatchString(w):
			tag = "-NONE-"
		case len(w) == 5 && w[0] == '-' && keepTag.MatchString(w):
			tag = w
		default:
			var ok bool
			if tag, ok = pt.tagMap[w]; !ok {
				tag = pt.predict(i, ctx, w, p1, p2, scores)
			}
		}
		tokens[i].Tag = tag
		p2, p1 = p1, tag
	}
}

// predict scores the features of token i (prose's featurize) and returns
// the best class.
func (pt *posTagger) predict(i int, ctx []string, w, p1, p2 string, scores []float64) string {
	for k := range scores {
		scores[k] = math.Inf(-1) // classes no feature speaks for never win
	}
	i += 2
	prev, next := ctx[i-1], ctx[i+1]
	// The features' keys, in the order their weights are added (the sums,
	// and so the ties, are prose's), then all their first slots at once.
	key := func(parts ...string) uint64 {
		h := uint64(perceptron.HashStart)
		for k, p := range parts {
			if k > 0 {
				h = perceptron.HashByte(h, ' ')
			}
			h = perceptron.HashMore(h, p)
		}
		return h
	}
	keys := [...]uint64{
		key("bias"),
		key("i suffix", w[len(w)-min(len(w), 3):]),
		key("i pref1", w[:1]),
		key("i-1 tag", p1),
		key("i-2 tag", p2),
		key("i tag+i-2 tag", p1, p2),
		key("i word", ctx[i]),
		key("i-1 tag+i word", p1, ctx[i]),
		key("i-1 word", prev),
		key("i-1 suffix", prev[len(prev)-min(len(prev), 3):]),
		key("i-2 word", ctx[i-2]),
		key("i+1 word", next),
		key("i+1 suffix", next[len(next)-min(len(next), 3):]),
		key("i+2 word", ctx[i+2]),
	}
	var first [len(keys)]featureSlot
	for k, h := range keys {
		first[k] = pt.weights.home(h)
	}
	for k, h := range keys {
		for _, cw := range pt.weights.find(h, first[k]) {
			if math.IsInf(scores[cw.class], -1) {
				scores[cw.class] = 0
			}
			scores[cw.class] += cw.w
		}
	}
	best, bestScore := 0, math.Inf(-1)
	for k, s := range scores {
		if s > bestScore {
			best, bestScore = k, s
		}
	}
	return pt.classes[best]
}

// normalizeWord is prose's normalisation of a word for tagger features.
func normalizeWord(w string) string {
	switch {
	case w == "":
		return w
	case dashes[w]:
		return "-" // the dashes prose's model never saw read as the one it did
	case strings.Contains(w, "-") && w[0] != '-':
		return "!HYPHEN"
	case len(w) == 4 && isInt(w):
		return "!YEAR"
	case w[0] >= '0' && w[0] <= '9':
		return "!DIGITS"
	}
	return strings.ToLower(w)
}

func isInt(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}

// quoteTags gives each straight quotation mark of a sentence the Penn
// Treebank's tag of an opening or a closing mark, in turn. prose's model
// never saw a straight mark and may take one for a word ("said that
// "/VBZ there can be"); the name tagger was trained on prose's tags as
// they are, so the rules after it get the marks' own tags.
func quoteTags(tokens []Token) {
	open := false
	for i := range tokens {
		if tokens[i].Text != `"` {
			continue
		}
		open = !open
		tokens[i].Tag = "''"
		if open {
			tokens[i].Tag = "``"
		}
	}
}
