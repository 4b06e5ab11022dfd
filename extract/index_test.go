package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

func TestNormName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"New  Zealand", "new zealand"},
		{" U.S. ", "u.s."},
		{"People\u2019s Republic", "people's republic"},
		{"Vlorë", "vlore"},
		{"Nukuʻalofa", "nuku'alofa"},
		{"A\tB\nC", "a b c"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := normName(tc.in); got != tc.want {
			t.Errorf("normName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Judith Collins", "judith-collins"},
		{"Søren Aagaard", "soren-aagaard"},
		{"Inés Carrasco Núñez", "ines-carrasco-nunez"},
		{"al-Qaeda", "al-qaeda"},
		{"中国", "中国"},
	}
	for _, tc := range tests {
		if got := slug(tc.in); got != tc.want {
			t.Errorf("slug(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestParticleVariants(t *testing.T) {
	particles := map[string]bool{"al": true, "bin": true}
	got := particleVariants("hamad bin khalifa al thani", particles)
	want := []string{"hamad bin-khalifa al thani", "hamad bin khalifa al-thani"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got := particleVariants("al jazeera", particles); got != nil {
		t.Errorf("a name that opens with a particle: %q, want none", got)
	}
}

func TestRespellings(t *testing.T) {
	sp := map[string]string{"organization": "organisation", "organisation": "organization", "co-operation": "cooperation", "cooperation": "co-operation"}
	got := respellings("Organization for Security and Co-operation in Europe", sp)
	want := []string{
		"Organisation for Security and Co-operation in Europe",
		"Organization for Security and Cooperation in Europe",
		"Organisation for Security and Cooperation in Europe",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got := respellings("World Bank", sp); got != nil {
		t.Errorf("a name with no word of two spellings: %q, want none", got)
	}
}

// The lexicon's names are found in their other spelling.
func TestOtherSpellingFound(t *testing.T) {
	r := run(t, "Headline\n\nThe Organisation for Security and Cooperation in Europe met on Monday.")
	if diff := cmp.Diff([]string{"organization:organization-for-security-and-co-operation-in-europe organization Organization for Security and Co-operation in Europe"}, entitySet(r)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestRespellingsOneWord(t *testing.T) {
	if got := respellings("Organisation", map[string]string{"organisation": "organization"}); got != nil {
		t.Errorf("a name of one word: %q, want none", got)
	}
}

// A sense that another sense of the same words follows finds its target
// by its own prepositions only; the last sense, and a pattern of one
// sense, may fall back.
func TestVerbSensesMarked(t *testing.T) {
	ix := newIndex(&lexicon.Lexicon{Verbs: []lexicon.Verb{
		{Pattern: []string{"protest"}, Action: "protest", Code: "114", Target: []string{"to"}},
		{Pattern: []string{"protest"}, Action: "protest", Code: "141", Target: []string{"obj", "against"}},
		{Pattern: []string{"protest", "*", "march"}, Action: "march", Code: "141", Target: []string{"against"}},
		{Pattern: []string{"meet"}, Action: "meet", Code: "040", Target: []string{"obj"}},
	}})
	got := map[string]bool{}
	for _, vs := range ix.verbs {
		for _, v := range vs {
			got[v.code+" "+strings.Join(v.rest, " ")] = v.sensed
		}
	}
	want := map[string]bool{"114 ": true, "141 ": false, "141 * march": false, "040 ": false}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sensed (-want +got):\n%s", diff)
	}
}

// A target written after "~" turns the roles: the target acts on the
// subject.
func TestVerbInverse(t *testing.T) {
	ix := newIndex(&lexicon.Lexicon{Verbs: []lexicon.Verb{
		{Pattern: []string{"receive", "*", "<arms>"}, Action: "supply", Code: "072", Target: []string{"~from"}},
		{Pattern: []string{"receive"}, Action: "receive", Code: "043", Target: []string{"obj"}},
	}})
	for _, v := range ix.verbs["receive"] {
		want := len(v.rest) > 0
		if v.inverse != want {
			t.Errorf("%q: inverse %v, want %v", v.rest, v.inverse, want)
		}
		if want && !slices.Equal(v.target, []string{"from"}) {
			t.Errorf("%q: target %q, want from", v.rest, v.target)
		}
	}
}

// compassAbbrevs alone: a country's name that opens with a point of the
// compass, cut to its initial.
func TestCompassAbbrevs(t *testing.T) {
	for _, tc := range []struct {
		name string
		want []string
	}{
		{"South Africa", []string{"S. Africa", "S.Africa"}},
		{"North Korean", []string{"N. Korean", "N.Korean"}},
		{"Southern Sudan", nil},
		{"Chile", nil},
	} {
		if diff := cmp.Diff(tc.want, compassAbbrevs(tc.name)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

// verbLemma alone: a noun that names a verb's act is that verb's act as a
// noun only; spelt as a verb it is a verb of its own.
func TestVerbLemma(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct{ word, lemma, verb string }{
		{"deal", "agree", "deal"},
		{"pacts", "agree", "pacts"},
		{"invasion", "invade", "invasion"},
		{"invaded", "invade", "invade"},
		{"signs", "sign", "sign"},
		{"meetings", "meet", "meet"},         // the plural of an event noun in -ing
		{"holdings", "holdings", "holdings"}, // but not of a noun in -ing that names no event
	} {
		if got := x.idx.lemma(tc.word); got != tc.lemma {
			t.Errorf("lemma(%q) = %q, want %q", tc.word, got, tc.lemma)
		}
		if got := x.idx.verbLemma(tc.word); got != tc.verb {
			t.Errorf("verbLemma(%q) = %q, want %q", tc.word, got, tc.verb)
		}
	}
}

// titleCaseAcronym alone: an acronym of four letters or more written as a
// word, but no ordinary word in capitals.
func TestTitleCaseAcronym(t *testing.T) {
	ix := &index{common: map[string]bool{"care": true}}
	for _, tc := range []struct {
		surface string
		want    bool
	}{
		{"Nato", true},
		{"Zanu-PF", true},
		{"Care", false},
		{"Eta", false},
		{"nato", false},
		{"Nato Summit", false},
	} {
		if got := ix.titleCaseAcronym(tc.surface); got != tc.want {
			t.Errorf("titleCaseAcronym(%q) = %v, want %v", tc.surface, got, tc.want)
		}
	}
}

// undottedInitials alone: the full stops after a name's initials dropped.
func TestUndottedInitials(t *testing.T) {
	for in, want := range map[string]string{
		"george w. bush":      "george w bush",
		"george h. w. bush":   "george h w bush",
		"j.k. rowling":        "j.k. rowling",
		"kofi annan":          "kofi annan",
		"st. petersburg club": "st. petersburg club",
	} {
		if got := undottedInitials(in); got != want {
			t.Errorf("undottedInitials(%q) = %q, want %q", in, got, want)
		}
	}
}

// A title of several words is a title written as one hyphenated word too,
// and the forms a title already has are kept once.
func TestHyphenedForms(t *testing.T) {
	got := hyphenedForms([]string{"chief of staff", "commander-in-chief", "commander in chief", "envoy"})
	want := []string{"chief of staff", "commander-in-chief", "commander in chief", "envoy", "chief-of-staff"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("forms (-want +got):\n%s", diff)
	}
}

// A phrasal verb with its object between the verb and the particle is
// marked when the lexicon has the particle right after the verb too.
func TestSeparatedPhrasalVerbs(t *testing.T) {
	x := extractor(t)
	var marked []string
	for _, p := range x.idx.verbs["hand"] {
		if p.separated {
			marked = append(marked, strings.Join(p.rest, " "))
		}
	}
	if !slices.Contains(marked, "* over") || slices.Contains(marked, "* suspects") {
		t.Errorf("separated patterns of hand: %q, want \"* over\" and not \"* suspects\"", marked)
	}
}

// A sense that others of the same words follow knows their prepositions.
func TestLaterPreps(t *testing.T) {
	x := extractor(t)
	for _, p := range x.idx.verbs["raise"] {
		if strings.Join(p.rest, " ") == "* concern" && p.action == "discuss" {
			if !slices.Contains(p.laterPreps, "about") {
				t.Errorf("raise * concern (discuss): later prepositions %q, want about among them", p.laterPreps)
			}
			return
		}
	}
	t.Fatal("no pattern raise * concern (discuss) in the lexicon")
}

// particleOpened alone: a name in capitals after a particle in lower case.
func TestParticleOpened(t *testing.T) {
	ix := extractor(t).idx
	for _, tc := range []struct {
		surface string
		want    bool
	}{
		{"al Qaeda", true},
		{"al-Shabaab", true},
		{"al qaeda", false},
		{"us army", false},
		{"Qaeda", false},
	} {
		if got := ix.particleOpened(tc.surface); got != tc.want {
			t.Errorf("particleOpened(%q) = %v, want %v", tc.surface, got, tc.want)
		}
	}
}
