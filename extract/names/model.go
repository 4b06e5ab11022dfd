package names

import (
	"bufio"
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"slices"
	"sync"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/perceptron"
)

// Model finds names. It is read-only once built, so one Model serves any
// number of goroutines.
type Model struct {
	first, second *perceptron.Weights
	gaz           *gazetteer
	lexicon       uint64 // the fingerprint of the gazetteer it was trained with
	// connectors are the words in lower case that go on a name ("of",
	// "de"), learned from the training names
	connectors map[string]bool
}

//go:embed model/conll.model
var embedded []byte

var (
	loadOnce  sync.Once
	loaded    *Model
	loadError error
)

// Load returns the model built into the program, trained on CoNLL-2003,
// decoding it on the first call only.
func Load() (*Model, error) {
	loadOnce.Do(func() {
		lx, err := lexicon.Default()
		if err != nil {
			loadError = err
			return
		}
		loaded, loadError = Decode(embedded, lx)
	})
	return loaded, loadError
}

// Embedded is the model file built into the program, for Decode.
func Embedded() []byte { return embedded }

// The model file: a magic line, the fingerprint of the gazetteer it was
// trained with, the connectors, the weights of the first pass, then those
// of the second, as package perceptron encodes them.
const magic = "newsgraph names model 1\n"

// Encode writes the model in its binary form.
func (m *Model) Encode(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(magic)
	e := perceptron.NewEncoder(bw)
	e.U64(m.lexicon)
	connectors := make([]string, 0, len(m.connectors))
	for w := range m.connectors {
		connectors = append(connectors, w)
	}
	slices.Sort(connectors)
	e.Strings(connectors)
	e.Weights(m.first)
	e.Weights(m.second)
	return e.Flush()
}

// Decode reads a model written by Encode; its gazetteer features come
// from lx, which should be the lexicon it was trained with
// (TrainedWith tells).
func Decode(data []byte, lx *lexicon.Lexicon) (*Model, error) {
	if !bytes.HasPrefix(data, []byte(magic)) {
		return nil, errors.New("names: not a model file")
	}
	d := perceptron.NewDecoder(data[len(magic):])
	m := &Model{lexicon: d.U64(), connectors: map[string]bool{}}
	for _, w := range d.Strings() {
		m.connectors[w] = true
	}
	m.first, m.second, m.gaz = d.Weights(), d.Weights(), newGazetteer(lx)
	if err := d.Err(); err != nil {
		return nil, fmt.Errorf("names: model file: %w", err)
	}
	if d.Left() != 0 {
		return nil, errors.New("names: model file: trailing bytes")
	}
	if m.first.Classes() != numLabels || m.second.Classes() != numLabels {
		return nil, errors.New("names: model file: weights do not match the labels")
	}
	return m, nil
}

// TrainedWith reports whether the model was trained with the gazetteers
// it reads now.
func (m *Model) TrainedWith() bool { return m.lexicon == m.gaz.print }
