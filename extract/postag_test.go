package extract

import (
	"bytes"
	"encoding/gob"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jdkato/prose/v2"

	"github.com/newsgraph/newsgraph/extract/perceptron"
)

// TestPOSTaggerMatchesProse checks our tagger against prose's own on the
// sample articles, sentence by sentence.
func TestPOSTaggerMatchesProse(t *testing.T) {
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	if len(files) == 0 {
		t.Skip("no sample articles")
	}
	x := extractor(t)
	model := prose.ModelFromData("default")
	same, total := 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Parse(f, f, b, ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for i := range doc.Sentences {
			s := &doc.Sentences[i]
			ours, err := tagSentence(x.pos, doc, s)
			if err != nil {
				t.Fatal(err)
			}
			pd, _ := prose.NewDocument(doc.masked[s.Start:s.End], prose.UsingModel(model), prose.WithSegmentation(false), prose.WithExtraction(false))
			theirs := pd.Tokens()
			ours = proseTokens(ours)
			if len(theirs) != len(ours) {
				t.Fatalf("%s sentence %d: %d tokens, prose has %d", f, i, len(ours), len(theirs))
			}
			// prose's tokens of a repeated word share one object and so its
			// last tag: compare only words seen once in the sentence
			count := map[string]int{}
			for _, tok := range theirs {
				count[tok.Text]++
			}
			for k := range ours {
				if count[theirs[k].Text] > 1 || ours[k].Tag == "-" {
					continue
				}
				total++
				if ours[k].Tag == theirs[k].Tag {
					same++
				} else {
					t.Logf("%s: %q tagged %s, prose %s", filepath.Base(f), ours[k].Text, ours[k].Tag, theirs[k].Tag)
				}
			}
		}
	}
	if total == 0 || float64(same) < 0.995*float64(total) {
		t.Errorf("tags agree with prose on %d of %d tokens, want at least 99.5%%", same, total)
	}
}

func TestFeatureTable(t *testing.T) {
	tab := newFeatureTable(3)
	a := []classWeight{{0, 1.5}, {2, -1}}
	b := []classWeight{{1, 0.25}}
	if !tab.add(perceptron.HashString("i word the"), a) || !tab.add(perceptron.HashString("bias"), b) {
		t.Fatal("add refused a new key")
	}
	if tab.add(perceptron.HashString("bias"), a) {
		t.Error("add took a key twice")
	}
	for feat, want := range map[string][]classWeight{"i word the": a, "bias": b, "i word a": nil} {
		k := perceptron.HashString(feat)
		if got := tab.find(k, tab.home(k)); !cmp.Equal(got, want, cmp.AllowUnexported(classWeight{})) {
			t.Errorf("%q: %v, want %v", feat, got, want)
		}
	}
}

// TestPOSModelIsProses checks that the embedded tagger model is prose's
// own, as newsgraph-train postag writes it.
func TestPOSModelIsProses(t *testing.T) {
	decode := func(name string, v any) {
		b, err := prose.Asset("model/AveragedPerceptron/" + name)
		if err != nil {
			t.Fatal(err)
		}
		if err := gob.NewDecoder(bytes.NewReader(b)).Decode(v); err != nil {
			t.Fatal(err)
		}
	}
	var classes []string
	var tags map[string]string
	var weights map[string]map[string]float64
	decode("classes.gob", &classes)
	decode("tags.gob", &tags)
	decode("weights.gob", &weights)
	var buf bytes.Buffer
	if err := EncodePOSModel(&buf, classes, tags, weights); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), posModel) {
		t.Errorf("model/postag.model (%d bytes) is not prose's model (%d bytes): run go run ./cmd/newsgraph-train postag", len(posModel), buf.Len())
	}
}

// TestDecodePOSTaggerRefusesDamage: a cut or altered model is an error,
// never a panic.
func TestDecodePOSTaggerRefusesDamage(t *testing.T) {
	for _, n := range []int{0, 5, len(posMagic), len(posMagic) + 3, len(posModel) / 2, len(posModel) - 1} {
		if _, err := decodePOSTagger(posModel[:n]); err == nil {
			t.Errorf("a model cut to %d bytes decoded", n)
		}
	}
	if _, err := decodePOSTagger(append(slices.Clone(posModel), 0)); err == nil {
		t.Error("a model with a byte after its end decoded")
	}
}

func FuzzDecodePOSTagger(f *testing.F) {
	f.Add(posModel[:200])
	f.Add([]byte(posMagic + "\x01\x02NN\x00\x01"))
	f.Fuzz(func(t *testing.T, data []byte) {
		pt, err := decodePOSTagger(data)
		if err != nil {
			return
		}
		pt.tag([]Token{{Text: "The"}, {Text: "army"}, {Text: "left"}})
	})
}

// proseTokens joins again what splitOpeningQuotes split from a word, as
// prose's tokenizer leaves it, and marks the joined token "-" to be left
// out of the comparison.
func proseTokens(tokens []Token) []Token {
	var out []Token
	for i := 0; i < len(tokens); i++ {
		tok := tokens[i]
		if tok.Text == "'" && i+1 < len(tokens) && tok.End == tokens[i+1].Start && isCap(tokens[i+1].Text) {
			out = append(out, Token{Text: tok.Text + tokens[i+1].Text, Tag: "-"})
			i++
			continue
		}
		out = append(out, tok)
	}
	return out
}

// quoteTags alone: straight quotation marks are opening and closing marks
// in turn, whatever prose's tagger took them for.
func TestQuoteTags(t *testing.T) {
	toks := slashTagged(`said/VBD that/IN "/VBZ there/EX is/VBZ none/NN "/NN and/CC "/JJ more/JJR "/NN`)
	quoteTags(toks)
	var got []string
	for _, tok := range toks {
		if tok.Text == `"` {
			got = append(got, tok.Tag)
		}
	}
	if want := []string{"``", "''", "``", "''"}; !slices.Equal(got, want) {
		t.Errorf("quote tags %q, want %q", got, want)
	}
}

// The dashes prose's model never saw ("—", "–", "--") are tagged as the
// hyphen it did, and read as it in the context of the words beside them:
// "SANTIAGO — Talks between ..." is tagged as "SANTIAGO - Talks between
// ...", not with the dash a past verb and "Talks" a proper noun.
func TestDashesTaggedAsHyphen(t *testing.T) {
	x := extractor(t)
	tags := func(words ...string) []string {
		toks := make([]Token, len(words))
		for i, w := range words {
			toks[i].Text = w
		}
		x.pos.tag(toks)
		out := make([]string, len(toks))
		for i, tok := range toks {
			out[i] = tok.Tag
		}
		return out
	}
	want := tags("SANTIAGO", "-", "Talks", "between", "Chile", "and", "Peru", "collapsed", ".")
	if want[1] != "-" || want[2] != "NNS" {
		t.Fatalf("hyphen sentence tagged %q: want the hyphen '-' and 'Talks' NNS", want)
	}
	for _, dash := range []string{"—", "–", "--"} {
		got := tags("SANTIAGO", dash, "Talks", "between", "Chile", "and", "Peru", "collapsed", ".")
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("with %q (-hyphen +dash):\n%s", dash, diff)
		}
	}
}
