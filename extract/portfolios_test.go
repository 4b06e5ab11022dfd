package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// portfolioBefore alone: the fields of a minister's portfolio before the
// title at token p, and the candidates the tagger made of them dropped.
func TestPortfolioBefore(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		p          int
		bare       bool
		before     []cand // candidates the sentence already has
		want       string // the title's words before p
		dropped    int
	}{
		{"a list before a known title", "Trade/NNP and/CC Industry/NNP Minister/NNP Ana/NNP Ruiz/NNP", 2, false, nil, "Trade and", 0},
		{"fields the tagger took for names", "Public/NNP Service/NNP ,/, Labour/NNP and/CC Social/NNP Welfare/NNP Minister/NNP Ana/NNP",
			7, true, []cand{{a: 0, b: 2, typ: Organization}, {a: 3, b: 4, typ: Organization}, {a: 5, b: 7, typ: Organization}}, "Public Service , Labour and Social Welfare", 3},
		{"a bare minister's capitals no name", "Welfare/NNP Minister/NNP Ana/NNP", 1, true, nil, "", 0},
		{"no list", "Defence/NNP Minister/NNP Ana/NNP", 0, false, nil, "", 0},
		{"countries are no fields", "Chile/NNP and/CC Peru/NNP Minister/NNP Ana/NNP", 3, true,
			[]cand{{a: 0, b: 1, typ: Country}, {a: 2, b: 3, typ: Country}}, "", 0},
		{"a date is no field", "Tuesday/NNP and/CC Trade/NNP Minister/NNP Ana/NNP", 2, false, nil, "", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := textDoc(tc.text)
			bd := x.newBuilder(doc)
			for _, c := range tc.before {
				c.sent = 0
				if c.typ == Country {
					c.gaz = &gazEntry{typ: Country}
				}
				bd.add(c)
			}
			s := bd.portfolioBefore(0, tc.p, tc.bare)
			got := ""
			if s < tc.p {
				got = bd.span(0, s, tc.p)
			}
			if got != tc.want {
				t.Errorf("fields %q, want %q", got, tc.want)
			}
			n := 0
			for _, c := range bd.cands {
				if c.dropped {
					n++
				}
			}
			if n != tc.dropped {
				t.Errorf("%d candidates dropped, want %d", n, tc.dropped)
			}
		})
	}
}

// The officials of several portfolios keep them all, and their names.
func TestPortfolioTitles(t *testing.T) {
	r := run(t, "Cabinet meets\n\nPublic Service, Labour and Social Welfare Minister Florence Okafor met Trade and Industry Minister Ana Ruiz on Tuesday.")
	var got []string
	for _, e := range r.Entities {
		for _, role := range e.Roles {
			got = append(got, e.Label+": "+role.Title)
		}
		if e.Type == Organization {
			got = append(got, "organization "+e.Label)
		}
	}
	want := []string{"Ana Ruiz: trade and industry minister", "Florence Okafor: public service, labour and social welfare minister"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
