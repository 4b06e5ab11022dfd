// Command newsgraph-train retrains the models that newsgraph embeds. The
// same data and seed give the same model file, byte for byte.
//
//	go run ./cmd/newsgraph-train syntax -ewt DIR
//
// retrains the tagger, lemmatizer and dependency parser of package syntax
// from the Universal Dependencies English EWT treebank (DIR holds
// en_ewt-ud-train.conllu and en_ewt-ud-dev.conllu), writes
// extract/syntax/model/ewt.model and prints the dev scores;
//
//	go run ./cmd/newsgraph-train names -conll DIR
//
// retrains the name tagger of package names from CoNLL-2003 (DIR holds
// eng.train, and eng.testa to score on), writes
// extract/names/model/conll.model and prints the dev scores;
//
//	go run ./cmd/newsgraph-train actors -petrarch DIR
//
// derives the lexicon's extract/lexicon/data/actors.tsv from PETRARCH2's
// Phoenix actor dictionaries in DIR. Retrain the name tagger after it: its
// gazetteer features read the lexicon;
//
//	go run ./cmd/newsgraph-train postag
//
// writes prose's part-of-speech tagger model, which prose ships as gob
// maps, in the compact form extract embeds (extract/model/postag.model).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/names"
	"github.com/newsgraph/newsgraph/extract/syntax"
)

const usage = "usage: newsgraph-train syntax|names|actors|postag [flags]"

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, usage)
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "syntax":
		err = syntaxCommand(os.Args[2:])
	case "names":
		err = namesCommand(os.Args[2:])
	case "actors":
		err = actorsCommand(os.Args[2:])
	case "postag":
		err = postagCommand(os.Args[2:])
	default:
		fmt.Fprintln(os.Stderr, usage)
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "newsgraph-train:", err)
		os.Exit(1)
	}
}

// parseFlags parses args into fs and exits with 2 on a usage error.
func parseFlags(fs *flag.FlagSet, args []string) {
	if err := fs.Parse(args); err != nil {
		os.Exit(2)
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "newsgraph-train %s: takes no arguments\n", fs.Name())
		os.Exit(2)
	}
}

// required exits with 2 when the flag name was not given.
func required(fs *flag.FlagSet, name, value string) {
	if value == "" {
		fmt.Fprintf(os.Stderr, "newsgraph-train %s: -%s DIR is required\n", fs.Name(), name)
		os.Exit(2)
	}
}

func syntaxCommand(args []string) error {
	fs := flag.NewFlagSet("syntax", flag.ContinueOnError)
	ewt := fs.String("ewt", "", "folder with en_ewt-ud-train.conllu and en_ewt-ud-dev.conllu (required)")
	out := fs.String("o", "extract/syntax/model/ewt.model", "model file to write")
	o := syntax.DefaultTrainOptions
	fs.Uint64Var(&o.Seed, "seed", o.Seed, "random seed")
	fs.IntVar(&o.TaggerEpochs, "tagger-epochs", o.TaggerEpochs, "passes over the training set for the tagger")
	fs.IntVar(&o.ParserEpochs, "parser-epochs", o.ParserEpochs, "passes over the training set for the parser")
	fs.IntVar(&o.Folds, "folds", o.Folds, "folds for the tags the parser trains on")
	fs.BoolVar(&o.TwoPass, "two-pass", o.TwoPass, "tag in two passes")
	fs.BoolVar(&o.DevEveryEpoch, "verbose", false, "score dev after every epoch")
	parseFlags(fs, args)
	required(fs, "ewt", *ewt)

	train, err := readConllu(filepath.Join(*ewt, "en_ewt-ud-train.conllu"))
	if err != nil {
		return err
	}
	dev, err := readConllu(filepath.Join(*ewt, "en_ewt-ud-dev.conllu"))
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
	return write(*out, buf.Bytes())
}

func readConllu(path string) ([]syntax.ConlluSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return syntax.ReadConllu(path, f)
}

func namesCommand(args []string) error {
	fs := flag.NewFlagSet("names", flag.ContinueOnError)
	dir := fs.String("conll", "", "folder with eng.train and eng.testa (required)")
	out := fs.String("o", "extract/names/model/conll.model", "model file to write")
	gazFile := fs.String("gazetteer", "extract/names/model/gazetteer.txt", "the gazetteers to train with, kept beside the model")
	refresh := fs.Bool("refresh-gazetteer", false, "write the gazetteer file from extract/lexicon before training")
	o := names.DefaultTrainOptions
	fs.Uint64Var(&o.Seed, "seed", o.Seed, "random seed")
	fs.IntVar(&o.Epochs, "epochs", o.Epochs, "passes over the training set, for each pass")
	fs.IntVar(&o.Folds, "folds", o.Folds, "folds for the first-pass labels the second pass trains on")
	parseFlags(fs, args)
	required(fs, "conll", *dir)

	train, err := readCoNLL(filepath.Join(*dir, "eng.train"))
	if err != nil {
		return err
	}
	dev, err := readCoNLL(filepath.Join(*dir, "eng.testa"))
	if err != nil {
		return err
	}
	if *refresh {
		lx, err := lexicon.Default()
		if err != nil {
			return err
		}
		var buf bytes.Buffer
		if err := names.WriteGazetteer(&buf, names.GazetteerEntries(lx)); err != nil {
			return err
		}
		if err := write(*gazFile, buf.Bytes()); err != nil {
			return err
		}
	}
	gaz, err := readGazetteer(*gazFile)
	if err != nil {
		return err
	}
	o.Log = func(format string, a ...any) { fmt.Fprintf(os.Stderr, format+"\n", a...) }
	m, err := names.Train(train, nil, gaz, o)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		return err
	}
	stored, err := names.Decode(buf.Bytes())
	if err != nil {
		return err
	}
	fmt.Printf("CoNLL-2003 eng.testa: %s\n", names.Score(stored, dev))
	return write(*out, buf.Bytes())
}

// readGazetteer reads the gazetteer file the name model trains with.
func readGazetteer(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	entries, err := names.ReadGazetteer(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return entries, nil
}

// readCoNLL reads a CoNLL-2003 file and retags its words with the tagger
// the extractor runs, which the name tagger meets at run time.
func readCoNLL(path string) ([]names.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := names.ReadCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	for _, doc := range docs {
		for i := range doc {
			if doc[i].Tags, err = extract.Tag(doc[i].Words); err != nil {
				return nil, err
			}
		}
	}
	return docs, nil
}

func write(path string, data []byte) error {
	fmt.Printf("%s: %d bytes\n", path, len(data))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}
