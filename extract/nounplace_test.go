package extract

import "testing"

// pastPlace alone: the parties of an event noun are read past a place
// phrase right after it.
func TestPastPlace(t *testing.T) {
	vienna := actor{a: 3, b: 4, key: "location:vienna", typ: Location}
	for _, tc := range []struct {
		name, text string
		places     []actor
		want       int
	}{
		{"a city, then between", "Talks/NNS in/IN Vienna/NNP between/IN Iran/NNP and/CC Peru/NNP", []actor{{a: 2, b: 3, key: "location:vienna", typ: Location}}, 3},
		{"the city, then with", "Talks/NNS in/IN the/DT Vienna/NNP with/IN Iran/NNP", []actor{vienna}, 4},
		{"a place, then no party", "Talks/NNS in/IN Vienna/NNP ended/VBD", []actor{{a: 2, b: 3, key: "location:vienna", typ: Location}}, 1},
		{"no place", "Talks/NNS in/IN secret/NN with/IN Iran/NNP", nil, 1},
		{"no place preposition", "Talks/NNS with/IN Iran/NNP", nil, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), places: tc.places}
			if got := c.pastPlace(1); got != tc.want {
				t.Errorf("got %d, want %d", got, tc.want)
			}
		})
	}
}

// partiesAfter alone: the prepositions that introduce the parties of a
// symmetric act named by a noun.
func TestPartiesAfter(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"between", "talks/NNS between/IN Chile/NNP and/CC Peru/NNP", true},
		{"involving", "talks/NNS involving/VBG Chile/NNP and/CC Peru/NNP", true},
		{"of two parties", "a/DT meeting/NN of/IN Chile/NNP and/CC Peru/NNP", true},
		{"of one party", "a/DT meeting/NN of/IN Chile/NNP 's/POS cabinet/NN", false},
		{"with", "talks/NNS with/IN Chile/NNP and/CC Peru/NNP", false},
		{"attended by", "the/DT summit/NN ,/, attended/VBN by/IN Chile/NNP and/CC Peru/NNP", true},
		{"which brought together", "the/DT talks/NNS ,/, which/WDT brought/VBD together/RB Chile/NNP ,/, Peru/NNP and/CC Bolivia/NNP", true},
		{"attended by one party", "the/DT summit/NN ,/, attended/VBN by/IN Chile/NNP ,/, ended/VBD", false},
		{"attended by no party", "the/DT summit/NN ,/, attended/VBN by/IN officials/NNS", false},
		{"which a party attended", "the/DT summit/NN ,/, which/WDT Chile/NNP attended/VBD", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			c := &eventCtx{t: toks, acts: namedActors(toks)}
			end := 1
			if toks[0].Tag == "DT" {
				end = 2
			}
			if _, got := c.partiesAfter(end); got != tc.want {
				t.Errorf("partiesAfter = %v, want %v", got, tc.want)
			}
		})
	}
}

// pastDate alone: the preposition of an event noun's parties past the day
// after the noun.
func TestPastDate(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       int
	}{
		{"a day and its part", "attack/NN on/IN Monday/NNP morning/NN on/IN Peru/NNP", 4},
		{"a day and its date", "meeting/NN on/IN June/NNP 3/CD with/IN Peru/NNP", 4},
		{"no preposition after the day", "attack/NN on/IN Monday/NNP killed/VBD", 1},
		{"no day", "attack/NN on/IN Peru/NNP", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text)}
			if got := c.pastDate(1); got != tc.want {
				t.Errorf("pastDate = %d, want %d", got, tc.want)
			}
		})
	}
}

// meetingNoun alone: the event nouns one comes "for" (a meeting or a
// visit), not an act done to someone.
func TestMeetingNoun(t *testing.T) {
	x := extractor(t)
	for w, want := range map[string]bool{"talks": true, "visit": true, "meeting": true, "killing": false, "sanctions": false} {
		c := &eventCtx{t: []Token{{Text: w, Tag: "NNS"}}, idx: x.idx}
		if got := c.meetingNoun(0); got != want {
			t.Errorf("meetingNoun(%q) = %v, want %v", w, got, want)
		}
	}
}
