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
	gaz           *gazetteer // the gazetteers it was trained with, kept in the model file
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
		loaded, loadError = Decode(embedded)
	})
	return loaded, loadError
}

// Embedded is the model file built into the program, for Decode.
func Embedded() []byte { return embedded }

// The model file: a magic line, the fingerprint of the gazetteers it was
// trained with and their entries (GazetteerEntries), the connectors, the
// weights of the first pass, then those of the second, as package
// perceptron encodes them. The model reads its own gazetteers, so that
// the lexicon may grow without the model meeting features it never
// learned; retraining takes the lexicon's new entries in.
const magic = "newsgraph names model 2\n"

// Encode writes the model in its binary form.
func (m *Model) Encode(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(magic)
	e := perceptron.NewEncoder(bw)
	e.U64(m.gaz.print)
	e.Strings(m.gaz.list)
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

// Decode reads a model written by Encode.
func Decode(data []byte) (*Model, error) {
	if !bytes.HasPrefix(data, []byte(magic)) {
		return nil, errors.New("names: not a model file")
	}
	d := perceptron.NewDecoder(data[len(magic):])
	print, list := d.U64(), d.Strings()
	m := &Model{connectors: map[string]bool{}}
	for _, w := range d.Strings() {
		m.connectors[w] = true
	}
	m.first, m.second = d.Weights(), d.Weights()
	if err := d.Err(); err != nil {
		return nil, fmt.Errorf("names: model file: %w", err)
	}
	if d.Left() != 0 {
		return nil, errors.New("names: model file: trailing bytes")
	}
	if m.first.Classes() != numLabels || m.second.Classes() != numLabels {
		return nil, errors.New("names: model file: weights do not match the labels")
	}
	g, err := newGazetteer(list)
	if err != nil {
		return nil, fmt.Errorf("names: model file: %w", err)
	}
	if g.print != print {
		return nil, errors.New("names: model file: the gazetteers do not match their fingerprint")
	}
	m.gaz = g
	return m, nil
}

// TrainedWith reports whether the model was trained with the gazetteers of
// lx: when not, the lexicon has entries the model does not read until it
// is trained again.
func (m *Model) TrainedWith(lx *lexicon.Lexicon) bool {
	return m.gaz.print == fingerprint(GazetteerEntries(lx))
}

// Gazetteer is the entries of the gazetteers the model was trained with
// (GazetteerEntries); do not modify them.
func (m *Model) Gazetteer() []string { return m.gaz.list }
