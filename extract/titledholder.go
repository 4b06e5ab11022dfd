package extract

// A person named in apposition to an office, the office's body named in
// apposition in turn, is the one who acts or is acted on, not the body:
//
//	PERSON , TITLE ... , the NAME ,        (a subject)
//	TITLE of [the] BODY , PERSON ,|.       (an object)
//
// "James Soong, leader of Taiwan's second opposition party, the People
// First Party, is due to visit China": Soong visits. "held talks with the
// head of the IAEA, Mohamed ElBaradei": with ElBaradei.

// titledHolderBefore is the person whose office the phrase ending at the
// comma at j names, in apposition to the person: -1 when the phrase opens
// with no office or no person ends at the comma before it.
//
//	PERSON , TITLE ... , (the NAME ,)
//
// "James Soong, leader of Taiwan's second opposition party, the People
// First Party,": Soong.
func (c *eventCtx) titledHolderBefore(j int) int {
	t := c.t
	i := j - 1
	for i > 0 && i > j-12 && t[i].Text != "," && !c.breaksClause(i, j) {
		i--
	}
	if i < 1 || t[i].Text != "," || !c.titleOpens(i+1, j) {
		return -1
	}
	if p := actorAt(c.acts, i-1); p >= 0 && c.acts[p].b == i && c.acts[p].typ == Person {
		return p
	}
	return -1
}

// titledHolderAfter is the person named in apposition to the office whose
// body is the actor a: "the head of the IAEA, Mohamed ElBaradei," is
// ElBaradei; -1 when no office opens before a or no person closes the
// phrase after it.
func (c *eventCtx) titledHolderAfter(a int) int {
	t := c.t
	i := c.acts[a].a - 1
	if i >= 0 && definite[t[i].lower()] {
		i--
	}
	if i < 1 || !ofWords[t[i].lower()] || !c.isTitleWord(i-1) {
		return -1
	}
	k := c.acts[a].b
	if k >= len(t) || t[k].Text != "," {
		return -1
	}
	k++
	for k < len(t) && (honorifics[t[k].Text] || c.isTitleWord(k) && isCap(t[k].Text)) {
		k++ // "the head of the army, Gen Abdel Fattah al-Burhan"
	}
	if p := actorAt(c.acts, k); p >= 0 && c.acts[p].a == k && c.acts[p].typ == Person && c.closesPhrase(c.acts[p].b) {
		return p
	}
	return -1
}
