package extract

import (
	"strings"
	"testing"
)

// matchRest alone: the words of a pattern after its verb, "*" standing
// for up to four words that are no verb, no clause opener and no
// infinitive, and for a partitive noun with its "of" before them.
func TestMatchRest(t *testing.T) {
	for _, tc := range []struct {
		text, rest string
		want       int // the token after the match, -1 for none
	}{
		{"offered/VBD help/NN to/TO Kyiv/NNP", "* help", 2},
		{"raised/VBD about/RB $/$ 900m/CD from/IN", "* <sum>", 4},
		{"raised/VBD tariffs/NNS on/IN $/$ 18/CD billion/CD", "* <sum>", -1},
		{"offered/VBD its/PRP$ full/JJ help/NN to/TO Kyiv/NNP", "* help", 4},
		{"offered/VBD to/TO help/VB Kyiv/NNP", "* help", -1},
		{"launched/VBD an/DT attack/NN", "* attack", 3},
		{"launched/VBD two/CD attacks/NNS", "* attack", 3},
		{"gave/VBD the/DT envoy/NN 72/CD hours/NNS to/TO leave/VB", "* to leave", 7},
		{"made/VBD the/DT promise/NN after/IN a/DT visit/NN", "* visit", -1},
		{"hit/VBD Peru/NNP with/IN new/JJ tariffs/NNS", "* tariffs", 5},
		{"handed/VBD a/DT list/NN of/IN suspects/NNS to/TO", "* to", 6},
		{"gave/VBD Peru/NNP two/CD weeks/NNS to/TO respond/VB", "* weeks to", 5},
		{"demanded/VBD that/IN Chile/NNP release/VB", "* release", -1},
		{"sat/VBD down/RP with/IN", "down", 2},
		{"sat/VBD with/IN", "down", -1},
		{"raised/VBD $/$ 2bn/CD from/IN", "* <sum>", 3},
		{"raised/VBD about/IN £900m/NN from/IN", "* <sum>", 3},
		{"raised/VBD 400m/CD euros/NNS from/IN", "* <sum>", 3},
		{"raised/VBD 400/CD concerns/NNS", "* <sum>", -1},
		{"received/VBD 30/CD tanks/NNS from/IN", "* <arms>", 3},
		{"received/VBD F-16/NNP fighter/NN jets/NNS from/IN", "* <arms>", 4},
		{"received/VBD 30/CD tons/NNS of/IN grain/NN", "* <arms>", -1},
		{"called/VBD on/IN Tuesday/NNP for/IN the/DT resignation/NN", "for * resignation", 6},
		{"called/VBD Tuesday/NNP night/NN for/IN the/DT resignation/NN", "for * resignation", 6},
		{"called/VBD on/IN Tuesday/NNP", "on", 2},
		{"called/VBD on/IN Chile/NNP for/IN the/DT resignation/NN", "for * resignation", -1},
		{"agreed/VBD on/IN Tuesday/NNP a/DT 17th/JJ package/NN of/IN sanctions/NNS", "* sanctions", 8},
		{"agreed/VBD on/IN trade/NN a/DT 17th/JJ package/NN of/IN sanctions/NNS", "* sanctions", -1},
		{"resumed/VBD a/DT new/JJ round/NN of/IN peace/NN talks/NNS", "* talks", 7},
		{"launched/VBD a/DT fresh/JJ wave/NN of/IN air/NN strikes/NNS", "* strikes", 7},
		{"resumed/VBD a/DT new/JJ round/NN of/IN bitter/JJ trade/NN border/NN talks/NNS", "* talks", 9},
		{"resumed/VBD a/DT new/JJ round/NN of/IN very/RB bitter/JJ old/JJ trade/NN border/NN talks/NNS", "* talks", -1},
		{"resumed/VBD a/DT new/JJ phase/NN of/IN peace/NN talks/NNS", "* talks", -1},
		{"gave/VBD the/DT Chilean/JJ ambassador/NN 72/CD hours/NNS to/TO leave/VB", "* to leave", 8},
		{"came/VBD under/IN growing/VBG pressure/NN from/IN", "under * pressure", 4},
		{"bought/VBD a/DT controlling/VBG stake/NN in/IN", "* stake", 4},
		{"offered/VBD troops/NNS fighting/VBG in/IN Iraq/NNP help/NN", "* help", -1},
		{"has/VBZ resisted/VBN calls/NNS from/IN", "* call", -1},
	} {
		toks := slashTagged(tc.text)
		end, ok := matchRest(toks, 1, strings.Fields(tc.rest))
		if !ok {
			end = -1
		} else if last := strings.Fields(tc.rest)[len(strings.Fields(tc.rest))-1]; tc.want >= 0 && last != sumWord && last != armsWord && !strings.HasPrefix(toks[end-1].Text, last) {
			t.Errorf("%s: the match ends at %q", tc.text, toks[end-1].Text)
		}
		if end != tc.want {
			t.Errorf("%s ~ %q: %d, want %d", tc.text, tc.rest, end, tc.want)
		}
	}
}

// dayAdverbEnd alone: a day named between a verb and its pattern's words.
func TestDayAdverbEnd(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"on/IN Tuesday/NNP for/IN", 2},
		{"Tuesday/NNP night/NN for/IN", 2},
		{"on/IN August/NNP 17/CD for/IN", 3},
		{"on/IN Chile/NNP for/IN", 0},
		{"on/IN may/MD", 0},
		{"for/IN", 0},
	} {
		if got := dayAdverbEnd(slashTagged(tc.text), 0); got != tc.want {
			t.Errorf("%s: %d, want %d", tc.text, got, tc.want)
		}
	}
}

// partyInGap alone: a party the "*" of a phrase skipped is the verb's
// own object; a word of the phrase or a modifier is not.
func TestPartyInGap(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		acts       []actor
		end        int
		rest       []string
		want       bool
	}{
		{"the object in the gap", "hosted/VBD his/PRP$ Ugandan/JJ counterpart/NN for/IN talks/NNS",
			[]actor{{a: 2, b: 3, key: "country:UGA", typ: Country, demonym: true}}, 6, []string{"*", "talks"}, true},
		{"no party in the gap", "hosted/VBD a/DT round/NN of/IN talks/NNS with/IN Uganda/NNP",
			[]actor{countryAt(6, "UGA")}, 5, []string{"*", "talks"}, false},
		{"a modifier in the gap", "held/VBD US-brokered/JJ talks/NNS",
			[]actor{{a: 1, b: 2, key: "country:USA", typ: Country, modifier: true}}, 3, []string{"*", "talks"}, false},
		{"no gap in the phrase", "sat/VBD down/RP Uganda/NNP",
			[]actor{countryAt(2, "UGA")}, 2, []string{"down"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &eventCtx{t: slashTagged(tc.text), acts: tc.acts}
			if got := c.partyInGap(1, tc.end, tc.rest); got != tc.want {
				t.Errorf("partyInGap = %v, want %v", got, tc.want)
			}
		})
	}
}

// onsetEnd alone: a verb that says an act began or goes on, with its
// auxiliaries, its particle, a day and a place phrase before "between"
// after it, or a form of "be" that says it goes on.
func TestOnsetEnd(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"broke/VBD out/RP on/IN Saturday/NNP between/IN", 4},
		{"erupted/VBD between/IN", 1},
		{"resumed/VBD Monday/NNP between/IN", 2},
		{"were/VBD under/IN way/NN between/IN", 3},
		{"are/VBP underway/RB between/IN", 2},
		{"were/VBD under/IN pressure/NN", 0},
		{"ended/VBD between/IN", 0},
		{"broke/NN out/RP", 0},
		{"has/VBZ continued/VBN between/IN", 2},
		{"has/VBZ been/VBN going/VBG on/RP between/IN", 4},
		{"is/VBZ raging/VBG between/IN", 2},
		{"was/VBD reported/VBN between/IN", 2},
		{"raged/VBD in/IN the/DT north/NN between/IN", 4},
		{"raged/VBD in/IN Peru/NNP 's/POS north/NN between/IN", 5},
		{"raged/VBD in/IN the/DT north/NN ,/, and/CC between/IN", 1},
		{"went/VBD to/TO Lima/NNP", 0},
		{"has/VBZ said/VBN", 0},
	} {
		c := &eventCtx{t: slashTagged(tc.text)}
		if got := c.onsetEnd(0); got != tc.want {
			t.Errorf("%s: %d, want %d", tc.text, got, tc.want)
		}
	}
}

// isSum and sumEnd alone: a currency sign, an amount before a currency's
// name, or a round number in words with "of" and a currency is a sum, and
// an amount ends after its currency; a number of anything else is none.
func TestIsSum(t *testing.T) {
	for _, tc := range []struct {
		text string
		sum  bool
		end  int
	}{
		{"$/$ 2/CD billion/CD from/IN", true, -1}, // the callers read the amount after the sign
		{"400m/CD euros/NNS from/IN", true, 2},
		{"billions/NNS of/IN dollars/NNS from/IN", true, 3},
		{"millions/NNS of/IN people/NNS fled/VBD", false, 0},
		{"30/CD tanks/NNS from/IN", false, 1},
	} {
		toks := slashTagged(tc.text)
		if got := isSum(toks, 0); got != tc.sum {
			t.Errorf("%s: isSum = %v, want %v", tc.text, got, tc.sum)
		}
		if got := sumEnd(toks, 0); tc.sum && tc.end >= 0 && got != tc.end {
			t.Errorf("%s: sumEnd = %d, want %d", tc.text, got, tc.end)
		}
	}
}
