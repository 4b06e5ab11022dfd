// Command newsgraph-train retrains the syntax model that newsgraph
// embeds: a tagger, lemmatizer and dependency parser learned from the
// Universal Dependencies English EWT treebank. The same treebank and
// seed give the same model file, byte for byte.
//
//	go run ./cmd/newsgraph-train -ewt ../shared/data/ud-english-ewt
//
// writes extract/syntax/model/ewt.model and prints the dev scores.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsgraph/newsgraph/extract/syntax"
)

func main() {
	ewt := flag.String("ewt", "../shared/data/ud-english-ewt", "folder with en_ewt-ud-train.conllu and en_ewt-ud-dev.conllu")
	out := flag.String("o", "extract/syntax/model/ewt.model", "model file to write")
	o := syntax.DefaultTrainOptions
	flag.Uint64Var(&o.Seed, "seed", o.Seed, "random seed")
	flag.IntVar(&o.TaggerEpochs, "tagger-epochs", o.TaggerEpochs, "passes over the training set for the tagger")
	flag.IntVar(&o.ParserEpochs, "parser-epochs", o.ParserEpochs, "passes over the training set for the parser")
	flag.IntVar(&o.Folds, "folds", o.Folds, "folds for the tags the parser trains on")
	flag.BoolVar(&o.TwoPass, "two-pass", o.TwoPass, "tag in two passes")
	flag.IntVar(&o.Beam, "beam", o.Beam, "the parser's beam width (1: greedy)")
	flag.BoolVar(&o.DevEveryEpoch, "verbose", false, "score dev after every epoch")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "newsgraph-train: takes no arguments")
		os.Exit(2)
	}
	if err := run(*ewt, *out, o); err != nil {
		fmt.Fprintln(os.Stderr, "newsgraph-train:", err)
		os.Exit(1)
	}
}

func run(ewt, out string, o syntax.TrainOptions) error {
	train, err := read(filepath.Join(ewt, "en_ewt-ud-train.conllu"))
	if err != nil {
		return err
	}
	dev, err := read(filepath.Join(ewt, "en_ewt-ud-dev.conllu"))
	if err != nil {
		return err
	}
	o.Log = os.Stderr
	m, err := syntax.Train(train, dev, o)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		return err
	}
	// Score the model as it is stored, weights rounded.
	stored, err := syntax.Decode(buf.Bytes())
	if err != nil {
		return err
	}
	s := syntax.Evaluate(stored, dev)
	fmt.Printf("EWT dev: UPOS %.4f XPOS %.4f lemma %.4f UAS %.4f LAS %.4f (%d words)\n", s.UPOS, s.XPOS, s.Lemma, s.UAS, s.LAS, s.Words)
	fmt.Printf("model: %d bytes\n", buf.Len())
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	return os.WriteFile(out, buf.Bytes(), 0o644)
}

func read(path string) ([]syntax.ConlluSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return syntax.ReadConllu(path, f)
}
