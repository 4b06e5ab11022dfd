package extract

// An infinitive of purpose after an object shares the subject of the
// object's verb:
//
//	SUBJ VERB OBJ [to PLACE] to INF ...   (VERB not one that makes OBJ the subject)
//
// "Lee visited Japan to hold talks with Ishiba": Lee holds the talks.

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// controlVerbs, as askVerbs, make their object the subject of the
// infinitive after it: "allowed Chile to join".
var controlVerbs = lexicon.Class("controlVerbs")

// purposeGovernor is the verb whose object is the actor starting at token
// a when token v is an infinitive of purpose after that object ("visited
// Japan to hold talks", "sent troops to Mali to fight"): the verb's
// subject is the infinitive's. It is -1 when v is no infinitive, when no
// verb takes the actor as its object, and when the verb makes its object
// the infinitive's subject ("urged Chile to join").
func (c *eventCtx) purposeGovernor(v, a int) int {
	t := c.t
	if v < 1 || t[v-1].Tag != "TO" || !strings.HasPrefix(t[v].Tag, "VB") {
		return -1
	}
	if i := actorAt(c.acts, a); i >= 0 {
		for k := c.acts[i].b; k < v-1; k++ {
			if isVerb(t, k) {
				return -1 // "said Croatia refused to arrest": the actor's own verb takes the infinitive
			}
		}
	}
	g := a - 1
	for g >= 0 && (honorifics[t[g].Text] || determiners[t[g].lower()] || c.isTitleWord(g) && isCap(t[g].Text) || c.nationalityAt(g)) {
		g-- // "telephoned Mr Kagame to warn him", "visited President Lula to discuss", "telephoned Russian President Vladimir Putin to assure him"
	}
	if g >= 0 && t[g].Tag == "TO" {
		g-- // "sent troops to Mali to fight": the destination's verb
		for g >= 0 && (t[g].Tag == "NNS" || t[g].Tag == "NN" || t[g].Tag == "JJ" || t[g].Tag == "CD" || t[g].Tag == "DT") {
			g--
		}
	}
	if g < 0 || !strings.HasPrefix(t[g].Tag, "VB") {
		return -1
	}
	if w := t[g].lower(); askVerbs[w] || controlVerbs[w] || desireWords[w] {
		return -1
	}
	return g
}

// askedAfterParticle reports that actor a follows an asking verb and its
// particle and comes right before "to", so that it is the subject of the
// infinitive after it:
//
//	ASK-VERB (on|upon|to|for) ACTOR to VERB
//
// "called on Iran to stop supporting Hezbollah": Iran is to stop, not the
// caller.
func (c *eventCtx) askedAfterParticle(a int) bool {
	t, act := c.t, c.acts[a]
	return act.a >= 2 && (objectPreps[t[act.a-1].lower()] || t[act.a-1].Tag == "TO") && askVerbs[t[act.a-2].lower()] &&
		act.b < len(t) && t[act.b].Tag == "TO"
}

// askedThing reports an infinitive at v whose subject is the object of an
// asking or allowing verb before it, when that object names no actor:
//
//	ASK-VERB [DET|ADJ]* NOUN+ to VERB
//
// "urged militant groups to halt their attacks": the groups halt, not the
// one who urged them.
func (c *eventCtx) askedThing(v int) bool {
	t := c.t
	if v < 3 || t[v-1].Tag != "TO" || !strings.HasPrefix(t[v].Tag, "VB") {
		return false
	}
	if p := c.purposeOf(v); p >= 0 && p < v-2 && t[p].Tag == "VB" && p >= 1 && t[p-1].Tag == "TO" && c.askedThing(p) {
		return true // "urged Arabs to unify their ranks to thwart": the Arabs thwart, as they unify
	}
	j := v - 2
	nouns := 0
	for j >= 0 && (strings.HasPrefix(t[j].Tag, "NN") || modifiesNoun(t[j])) && actorAt(c.acts, j) < 0 {
		if strings.HasPrefix(t[j].Tag, "NN") {
			nouns++
		}
		j--
	}
	if j < 0 || nouns == 0 || j == v-2 {
		return false
	}
	w := t[j].lower()
	return askVerbs[w] || controlVerbs[w]
}

// purposeOf is the verb an infinitive of purpose at v serves, whose
// modality it shares: the nearest verb before its "to" in the same clause
// that is no auxiliary and no word of wanting, asking or controlling
// (their infinitives are what is wanted: modality.go) — "will send troops
// to fight": the fighting is to come as the sending is. It is -1 for any
// other word.
func (c *eventCtx) purposeOf(v int) int {
	t := c.t
	if v < 2 || t[v-1].Tag != "TO" || t[v].Tag != "VB" {
		return -1
	}
	for k := v - 2; k >= 0; k-- {
		w := t[k].lower()
		if clauseEdges[w] || w == "," {
			return -1
		}
		if strings.HasPrefix(t[k].Tag, "VB") && !auxiliary(t[k].Text) {
			if desireWords[w] || askVerbs[w] || controlVerbs[w] || intentWords[w] || promiseVerbs[w] {
				return -1
			}
			return k
		}
	}
	return -1
}

// nationalityAt reports a nationality at token g: "Russian" in "Russian
// President Vladimir Putin".
func (c *eventCtx) nationalityAt(g int) bool {
	a := actorAt(c.acts, g)
	return a >= 0 && c.acts[a].demonym && c.acts[a].a == g
}

// askedOf reports an infinitive at v that a desire or a demand asks of
// a party named between them, whose act it is and which has not happened:
//
//	(wants|urged|...) PARTY to VERB
//
// "Cafod wants Britain to use its influence": Britain's use is wanted;
// but "prepared to head to Brussels" is the subject's own, about to be.
func (c *eventCtx) askedOf(v int) bool {
	if v < 2 || !infinitiveMarks[c.t[v-1].lower()] {
		return false
	}
	a := actorAt(c.acts, v-2)
	return a >= 0 && c.acts[a].b == v-1 && c.desired(v)
}
