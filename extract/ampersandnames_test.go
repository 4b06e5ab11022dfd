package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// joinAmpersandNames alone: a name and the legal forms after its
// ampersand become one organization; a name after the ampersand, or a
// place before it, is left alone.
func TestJoinAmpersandNames(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		left       cand
		want       []string
	}{
		{"legal forms", "bought/VBD Merrill/NNP Lynch/NNP &/CC Co./NNP Inc./NNP today/NN", cand{a: 1, b: 3, typ: Organization}, []string{"Merrill Lynch & Co. Inc."}},
		{"one legal form at the end", "bought/VBD Merrill/NNP Lynch/NNP &/CC Co/NNP", cand{a: 1, b: 3, typ: Organization}, []string{"Merrill Lynch & Co"}},
		{"a name after it", "bought/VBD Procter/NNP &/CC Gamble/NNP Co/NNP", cand{a: 1, b: 2, typ: Organization}, nil},
		{"a legal form and a name", "bought/VBD Lynch/NNP &/CC Co/NNP Wertpapier/NNP", cand{a: 1, b: 2, typ: Organization}, nil},
		{"a place before it", "in/IN Lima/NNP &/CC Co/NNP", cand{a: 1, b: 2, typ: Location}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := textDoc(tc.text)
			bd := x.newBuilder(doc)
			bd.add(tc.left)
			n := len(bd.cands)
			bd.joinAmpersandNames(0)
			var got []string
			for _, c := range bd.cands[n:] {
				got = append(got, doc.Text[c.start:c.end])
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if len(tc.want) > 0 && !bd.cands[0].dropped {
				t.Error("the name before the ampersand stays a name of its own")
			}
		})
	}
}

// joinAmpersandPair alone: two words in capitals joined by an ampersand
// are the name the lexicon knows with "and", else a firm's; a country on
// a side with no name for the whole, a longer side, or a name already
// across the ampersand, are left alone.
func TestJoinAmpersandPair(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		want       []string // the names added, as "text type"
	}{
		{"a firm", "Marks/NNP &/CC Spencer/NNP cut/VBD jobs/NNS", []string{"Marks & Spencer organization"}},
		{"a country the lexicon knows with and", "Trinidad/NNP &/CC Tobago/NNP signed/VBD", []string{"Trinidad & Tobago country"}},
		{"two countries", "Britain/NNP &/CC France/NNP agreed/VBD", nil},
		{"a longer side", "Procter/NNP &/CC Gamble/NNP Co/NNP", nil},
		{"lower case", "salt/NN &/CC pepper/NN", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := textDoc(tc.text)
			bd := x.newBuilder(doc)
			bd.joinAmpersandPair(0, 1)
			var got []string
			for _, c := range bd.cands {
				if !c.dropped {
					got = append(got, doc.Text[c.start:c.end]+" "+string(c.typ))
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	doc := textDoc("Standard/NNP &/CC Poor/NNP 's/POS cut/VBD")
	bd := x.newBuilder(doc)
	bd.add(cand{a: 0, b: 4, typ: Organization})
	bd.joinAmpersandPair(0, 1)
	if len(bd.cands) != 1 || bd.cands[0].dropped {
		t.Errorf("a name across the ampersand: %d names, the first dropped %v", len(bd.cands), bd.cands[0].dropped)
	}
	doc = textDoc("Marks/NNP &/CC Spencer/NNP cut/VBD")
	bd = x.newBuilder(doc)
	bd.add(cand{a: 0, b: 3, typ: Person})
	bd.joinAmpersandPair(0, 1)
	if bd.cands[0].typ != Organization {
		t.Errorf("a person's name across an ampersand stays a %s", bd.cands[0].typ)
	}
}
