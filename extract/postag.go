package extract

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"

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

// loadPOSTagger decodes prose's tagger model once per process.
func loadPOSTagger() (*posTagger, error) {
	posOnce.Do(func() { posTag, posErr = newPOSTagger() })
	return posTag, posErr
}

func newPOSTagger() (*posTagger, error) {
	decode := func(name string, v any) error {
		b, err := prose.Asset("model/AveragedPerceptron/" + name)
		if err != nil {
			return err
		}
		if err := gob.NewDecoder(bytes.NewReader(b)).Decode(v); err != nil {
			return fmt.Errorf("decode %s: %w", name, err)
		}
		return nil
	}
	var classes []string
	var tags map[string]string
	var wts map[string]map[string]float64
	if err := decode("classes.gob", &classes); err != nil {
		return nil, err
	}
	if err := decode("tags.gob", &tags); err != nil {
		return nil, err
	}
	if err := decode("weights.gob", &wts); err != nil {
		return nil, err
	}
	sort.Strings(classes)
	index := make(map[string]int, len(classes))
	for i, c := range classes {
		index[c] = i
	}
	pt := &posTagger{classes: classes, tagMap: tags, weights: newFeatureTable(len(wts))}
	feats := make([]string, 0, len(wts))
	for feat := range wts {
		feats = append(feats, feat)
	}
	sort.Strings(feats) // the same table every run
	for _, feat := range feats {
		byClass := wts[feat]
		ws := make([]classWeight, 0, len(byClass))
		for c, w := range byClass {
			if i, ok := index[c]; ok && w != 0 {
				ws = append(ws, classWeight{i, w})
			}
		}
		sort.Slice(ws, func(a, b int) bool { return ws[a].class < ws[b].class })
		if !pt.weights.add(perceptron.HashString(feat), ws) {
			return nil, fmt.Errorf("tagger model: two features hash alike (%q)", feat)
		}
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
		case w == "-":
			tag = "-"
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
