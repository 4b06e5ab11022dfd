package extract

import "testing"

// bodyNounAt alone: a body's common noun after its article stands for the
// body of its kind named before it in the sentence, else for none.
func TestBodyNounAt(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		orgs       [][2]int // the organization candidates the sentence has
		at         int      // the noun
		want       int      // the index in orgs of the body, -1 for none
	}{
		{"a group of no known kind",
			"Tupac/NNP Front/NNP fought/VBD ;/: a/DT spokesman/NN for/IN the/DT group/NN said/VBD so/RB",
			[][2]int{{0, 2}}, 8, 0},
		{"of two in a sentence, the one it opens with",
			"Tupac/NNP Front/NNP fought/VBD Red/NNP Path/NNP ;/: a/DT spokesman/NN for/IN the/DT group/NN said/VBD",
			[][2]int{{0, 2}, {3, 5}}, 10, 0},
		{"a state's body is none of a group's kind",
			"the/DT Peruvian/JJ army/NN fought/VBD ;/: a/DT spokesman/NN for/IN the/DT group/NN said/VBD",
			nil, 9, -1},
		{"a foundation by the head of its name",
			"Edhi/NNP Foundation/NNP helped/VBD ;/: a/DT spokesman/NN for/IN the/DT foundation/NN said/VBD",
			[][2]int{{0, 2}}, 8, 0},
		{"no body named before",
			"a/DT spokesman/NN for/IN the/DT group/NN said/VBD Tupac/NNP Front/NNP fought/VBD",
			[][2]int{{6, 8}}, 4, -1},
		{"a noun that modifies another",
			"Tupac/NNP Front/NNP fought/VBD ;/: a/DT spokesman/NN for/IN the/DT group/NN leader/NN said/VBD",
			[][2]int{{0, 2}}, 8, -1},
		{"no body's noun",
			"Tupac/NNP Front/NNP fought/VBD ;/: a/DT spokesman/NN for/IN the/DT city/NN said/VBD",
			[][2]int{{0, 2}}, 8, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bd := x.newBuilder(textDoc(tc.text))
			var ks []int
			for _, o := range tc.orgs {
				ks = append(ks, bd.add(cand{a: o[0], b: o[1], typ: Organization}))
			}
			want := -1
			if tc.want >= 0 {
				want = ks[tc.want]
			}
			if got := bd.bodyNounAt(0, tc.at); got != want {
				t.Errorf("got candidate %d, want %d", got, want)
			}
		})
	}
}

// describedOrgAt alone: a name after up to three words in lower case
// that describe it, when it names an organization.
func TestDescribedOrgAt(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		cand       [2]int
		typ        EntityType
		at         int
		found      bool
	}{
		{"past an adjective", "of/IN Peru/NNP 's/POS state-controlled/JJ Petroperu/NNP ,/,", [2]int{4, 5}, Organization, 3, true},
		{"past three words", "of/IN Peru/NNP 's/POS national/JJ oil/NN company/NN Petroperu/NNP ,/,", [2]int{6, 7}, Organization, 3, true},
		{"past four words: none", "of/IN Peru/NNP 's/POS large/JJ national/JJ oil/NN company/NN Petroperu/NNP", [2]int{7, 8}, Organization, 3, false},
		{"a person: none", "of/IN Peru/NNP 's/POS ailing/JJ Ana/NNP Ruiz/NNP", [2]int{4, 6}, Person, 3, false},
		{"no words between: none", "of/IN Peru/NNP 's/POS Petroperu/NNP", [2]int{3, 4}, Organization, 3, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bd := x.newBuilder(textDoc(tc.text))
			k := bd.add(cand{a: tc.cand[0], b: tc.cand[1], typ: tc.typ})
			got := bd.describedOrgAt(0, tc.at)
			if tc.found && got != k || !tc.found && got != -1 {
				t.Errorf("got candidate %d, want found %v (%d)", got, tc.found, k)
			}
		})
	}
}

// bodyOverField alone: a country a title's field preposition names gives
// way to a body that owns the title before it.
func TestBodyOverField(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		body       [2]int // the organization before the title, if any
		country    [2]int
		title      int // the title's first word
		wantBody   bool
	}{
		{"a body before, a country after for", "UN/NNP envoy/NN for/IN Haiti/NNP Ana/NNP Ruiz/NNP", [2]int{0, 1}, [2]int{3, 4}, 1, true},
		{"no body before", "the/DT envoy/NN for/IN Haiti/NNP ,/, Ana/NNP Ruiz/NNP", [2]int{-1, -1}, [2]int{3, 4}, 1, false},
		{"a country after of", "UN/NNP envoy/NN of/IN Haiti/NNP Ana/NNP Ruiz/NNP", [2]int{0, 1}, [2]int{3, 4}, 1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bd := x.newBuilder(textDoc(tc.text))
			body := -1
			if tc.body[0] >= 0 {
				body = bd.add(cand{a: tc.body[0], b: tc.body[1], typ: Organization})
			}
			country := bd.add(cand{a: tc.country[0], b: tc.country[1], typ: Country})
			want := country
			if tc.wantBody {
				want = body
			}
			if got := bd.bodyOverField(0, tc.title, country); got != want {
				t.Errorf("got candidate %d, want %d", got, want)
			}
		})
	}
}
