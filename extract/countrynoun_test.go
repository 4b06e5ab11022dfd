package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// addCountryNouns alone: "the country" is the one state named before it,
// in its sentence or the one before, or the one besides a state that acts
// on it.
func TestAddCountryNouns(t *testing.T) {
	for _, tc := range []struct {
		name   string
		before string  // the sentence before
		prev   []actor // its actors
		text   string
		acts   []actor
		want   []string // "token key" of the second sentence's references
	}{
		{"a state before it in its sentence", "It/PRP rained/VBD", nil,
			"Peru/NNP said/VBD the/DT country/NN would/MD act/VB", []actor{countryAt(0, "PER")}, []string{"3 country:PER"}},
		{"a nationality before it", "It/PRP rained/VBD", nil,
			"Peruvian/JJ rebels/NNS took/VBD the/DT country/NN 's/POS north/NN", []actor{{a: 0, b: 1, key: "country:PER", typ: Country, demonym: true}}, []string{"4 country:PER"}},
		{"the one state of the sentence before", "Peru/NNP voted/VBD", []actor{countryAt(0, "PER")},
			"The/DT country/NN is/VBZ poor/JJ", nil, []string{"1 country:PER"}},
		{"two states before it: no one", "Chile/NNP met/VBD Peru/NNP", []actor{countryAt(0, "CHL"), countryAt(2, "PER")},
			"The/DT country/NN is/VBZ poor/JJ", nil, nil},
		{"the state that acts is not the country acted on: the one before", "Chile/NNP met/VBD Peru/NNP", []actor{countryAt(0, "CHL"), countryAt(2, "PER")},
			"Chile/NNP destroyed/VBD the/DT country/NN 's/POS navy/NN", []actor{countryAt(0, "CHL")}, []string{"3 country:PER"}},
		{"nor the state that speaks before a verb of its own", "Chile/NNP met/VBD Peru/NNP", []actor{countryAt(0, "CHL"), countryAt(2, "PER")},
			"Chile/NNP said/VBD the/DT country/NN would/MD act/VB", []actor{countryAt(0, "CHL")}, []string{"3 country:CHL"}},
		{"a place where is no state named", "It/PRP rained/VBD", nil,
			"Talks/NNS in/IN Lima/NNP helped/VBD the/DT country/NN", []actor{{a: 2, b: 3, key: "country:PER", typ: Country, where: true}}, nil},
		{"of a name says which", "Peru/NNP voted/VBD", []actor{countryAt(0, "PER")},
			"The/DT country/NN of/IN Chile/NNP voted/VBD", []actor{countryAt(3, "CHL")}, nil},
		{"no article", "Peru/NNP voted/VBD", []actor{countryAt(0, "PER")},
			"Every/DT country/NN voted/VBD", nil, nil},
		{"two states in its sentence, one acting on it: the other", "It/PRP rained/VBD", nil,
			"Peru/NNP recalled/VBD its/PRP$ envoy/NN from/IN Chile/NNP and/CC accused/VBD the/DT country/NN", []actor{countryAt(0, "PER"), countryAt(5, "CHL")}, []string{"9 country:CHL"}},
		{"a title's holder acts for its state: the one before", "Chile/NNP voted/VBD", []actor{countryAt(0, "CHL")},
			"Peru/NNP 's/POS envoy/NN Luis/NNP Vega/NNP accused/VBD the/DT country/NN", []actor{countryAt(0, "PER"), personAt(3, 5, "vega")}, []string{"7 country:CHL"}},
		{"but the country's thing is the holder's own", "Chile/NNP voted/VBD", []actor{countryAt(0, "CHL")},
			"Peru/NNP 's/POS envoy/NN Luis/NNP Vega/NNP told/VBD the/DT country/NN 's/POS parliament/NN", []actor{countryAt(0, "PER"), personAt(3, 5, "vega")}, []string{"7 country:PER"}},
		{"two states in its sentence, the speaker's clause: no one", "It/PRP rained/VBD", nil,
			"Peru/NNP said/VBD Chile/NNP and/CC the/DT country/NN met/VBD", []actor{countryAt(0, "PER"), countryAt(2, "CHL")}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			first, second := textDoc(tc.before), textDoc(tc.text)
			// the references' offsets are the second sentence's
			doc := &Document{Text: second.Text, Sentences: []Sentence{first.Sentences[0], second.Sentences[0]}}
			bySent := map[int][]actor{0: tc.prev, 1: append([]actor(nil), tc.acts...)}
			addCountryNouns(doc, bySent)
			var got []string
			for _, a := range bySent[1] {
				if a.typ == Country && !slicesContainsActor(tc.acts, a) {
					got = append(got, fmt.Sprintf("%d %s", a.a, a.key))
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// In a story's first sentence, "the country" a state acts on has no
// other state before it to stand for.
func TestCountryNounFirstSentence(t *testing.T) {
	doc := textDoc("Chile/NNP destroyed/VBD the/DT country/NN 's/POS navy/NN")
	bySent := map[int][]actor{0: {countryAt(0, "CHL")}}
	if refs := addCountryNouns(doc, bySent); len(refs) != 0 {
		t.Errorf("references %v, want none", refs)
	}
}

func slicesContainsActor(acts []actor, a actor) bool {
	for _, b := range acts {
		if b.a == a.a && b.key == a.key {
			return true
		}
	}
	return false
}

// ownedAppositive alone: a name in apposition to the noun an owner owns
// names the object, not its owner.
func TestOwnedAppositive(t *testing.T) {
	sp := actor{a: 8, b: 10, key: "organization:shining-path", typ: Organization}
	for _, tc := range []struct {
		name, text string
		acts       []actor
		want       int
	}{
		{"an owner's group and its name", "with/IN Peru/NNP 's/POS largest/JJS rebel/NN group/NN ,/, the/DT Shining/NNP Path/NNP ./.",
			[]actor{countryAt(1, "PER"), sp}, 1},
		{"no comma: the owner's", "with/IN Peru/NNP 's/POS largest/JJS rebel/NN group/NN in/IN the/DT Shining/NNP Path/NNP ./.",
			[]actor{countryAt(1, "PER"), sp}, -1},
		{"no possessive", "with/IN Peru/NNP and/CC rebel/NN group/NN ,/, the/DT Shining/NNP Path/NNP ./.",
			[]actor{countryAt(1, "PER"), {a: 7, b: 9, key: "organization:shining-path", typ: Organization}}, -1},
		{"two nouns joined by and", "on/IN Soto/NNP 's/POS arch/JJ rival/NN and/CC predecessor/NN ,/, Ana/NNP Ruiz/NNP ./.",
			[]actor{{a: 1, b: 2, key: "person:soto", typ: Person}, {a: 8, b: 10, key: "person:ana-ruiz", typ: Person}}, 1},
		{"and before a name: no apposition", "on/IN Soto/NNP 's/POS rival/NN and/CC Ana/NNP Ruiz/NNP ,/, who/WP left/VBD",
			[]actor{{a: 1, b: 2, key: "person:soto", typ: Person}, {a: 5, b: 7, key: "person:ana-ruiz", typ: Person}}, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if got := c.ownedAppositive(0); got != tc.want {
				t.Errorf("ownedAppositive = %d, want %d", got, tc.want)
			}
		})
	}
}

// ownsOutsiders alone: a possessive that owns a group acting for no state.
func TestOwnsOutsiders(t *testing.T) {
	for _, tc := range []struct {
		text string
		acts []actor
		want bool
	}{
		{"Serbia/NNP 's/POS opposition/NN", []actor{countryAt(0, "SRB")}, true},
		{"Iraq/NNP 's/POS Kurdish/JJ rebels/NNS", []actor{countryAt(0, "IRQ"), {a: 2, b: 3, key: "country:KUR", typ: Country, demonym: true}}, true},
		{"Iran/NNP 's/POS rebel/NN Kurds/NNPS", []actor{countryAt(0, "IRN")}, true},
		{"Serbia/NNP 's/POS government/NN", []actor{countryAt(0, "SRB")}, false},
		{"Spain/NNP 's/POS traditional/JJ allies/NNS", []actor{countryAt(0, "ESP")}, true},
		{"Serbia/NNP accused/VBD rebels/NNS", []actor{countryAt(0, "SRB")}, false},
	} {
		c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
		if got := c.ownsOutsiders(0); got != tc.want {
			t.Errorf("%s: ownsOutsiders = %v, want %v", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct {
		text string
		acts []actor
		want bool
	}{
		{"meets/VBZ Taiwan/NNP opposition/NN chief/NN", []actor{countryAt(1, "TWN")}, true},
		{"meets/VBZ Taiwan/NNP officials/NNS", []actor{countryAt(1, "TWN")}, false},
		{"meets/VBZ Taiwanese/JJ rebels/NNS", []actor{{a: 1, b: 2, key: "country:TWN", typ: Country, demonym: true}}, false},
	} {
		c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
		if got := c.namesOutsiders(0); got != tc.want {
			t.Errorf("%s: namesOutsiders = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// addCompassStates alone: "the North" is the one state the document names
// whose name opens with "North".
func TestAddCompassStates(t *testing.T) {
	labels := map[string]string{"country:PRK": "North Korea", "country:KOR": "South Korea", "country:MKD": "North Macedonia", "country:CHL": "Chile"}
	for _, tc := range []struct {
		name, text string
		named      []actor // the states the document names, in its first sentence
		want       []string
	}{
		{"one state of the North", "Japan/NNP accused/VBD the/DT North/NNP", []actor{countryAt(0, "PRK")}, []string{"3 country:PRK"}},
		{"two states of the North: no one", "Japan/NNP accused/VBD the/DT North/NNP", []actor{countryAt(0, "PRK"), countryAt(1, "MKD")}, nil},
		{"a name after it", "Japan/NNP accused/VBD the/DT North/NNP Atlantic/NNP", []actor{countryAt(0, "PRK")}, nil},
		{"no state of the South", "Japan/NNP accused/VBD the/DT South/NNP", []actor{countryAt(0, "PRK"), countryAt(1, "CHL")}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			first, second := textDoc("It/PRP rained/VBD"), textDoc(tc.text)
			doc := &Document{Text: second.Text, Sentences: []Sentence{first.Sentences[0], second.Sentences[0]}}
			bySent := map[int][]actor{0: tc.named}
			addCompassStates(doc, bySent, labels)
			var got []string
			for _, a := range bySent[1] {
				got = append(got, fmt.Sprintf("%d %s", a.a, a.key))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// addStateGroups alone: "the three countries" are the last three states
// named together in a list.
func TestAddStateGroups(t *testing.T) {
	gbr, fra, deu, irn := countryAt(0, "GBR"), countryAt(2, "FRA"), countryAt(4, "DEU"), countryAt(6, "IRN")
	for _, tc := range []struct {
		name, before string
		prev         []actor
		text         string
		want         []string
	}{
		{"three in a list", "Britain/NNP ,/, France/NNP and/CC Germany/NNP met/VBD Iran/NNP", []actor{gbr, fra, deu, irn},
			"The/DT three/CD countries/NNS agreed/VBD", []string{"0 country:GBR+country:FRA+country:DEU"}},
		{"four for three: no one", "Britain/NNP ,/, France/NNP and/CC Germany/NNP met/VBD Iran/NNP", []actor{gbr, fra, deu, irn},
			"The/DT four/CD countries/NNS agreed/VBD", nil},
		{"three named apart: no list", "Britain/NNP met/VBD France/NNP in/IN Germany/NNP", []actor{countryAt(0, "GBR"), countryAt(2, "FRA"), countryAt(4, "DEU")},
			"The/DT three/CD countries/NNS agreed/VBD", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			first, second := textDoc(tc.before), textDoc(tc.text)
			doc := &Document{Text: second.Text, Sentences: []Sentence{first.Sentences[0], second.Sentences[0]}}
			bySent := map[int][]actor{0: tc.prev}
			addStateGroups(doc, bySent)
			var got []string
			for _, a := range bySent[1] {
				got = append(got, fmt.Sprintf("%d %s", a.a, strings.Join(append([]string{a.key}, a.also...), "+")))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
