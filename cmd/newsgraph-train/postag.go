package main

import (
	"bytes"
	"encoding/gob"
	"flag"
	"fmt"
	"os"

	"github.com/jdkato/prose/v2"

	"github.com/newsgraph/newsgraph/extract"
)

// postagCommand writes prose's part-of-speech tagger model, which prose
// ships as gob-encoded maps, in the compact form the extractor embeds.
func postagCommand(args []string) error {
	fs := flag.NewFlagSet("postag", flag.ContinueOnError)
	out := fs.String("o", "extract/model/postag.model", "model file to write")
	parseFlags(fs, args)
	classes, tags, weights, err := ProseTagger()
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := extract.EncodePOSModel(&buf, classes, tags, weights); err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("%d features written to %s (%d bytes)\n", len(weights), *out, buf.Len())
	return nil
}

// ProseTagger decodes the averaged-perceptron tagger model built into prose.
func ProseTagger() (classes []string, tags map[string]string, weights map[string]map[string]float64, err error) {
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
	if err = decode("classes.gob", &classes); err == nil {
		if err = decode("tags.gob", &tags); err == nil {
			err = decode("weights.gob", &weights)
		}
	}
	return classes, tags, weights, err
}
