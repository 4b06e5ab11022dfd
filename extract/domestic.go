package extract

import "strings"

// A state acting on its own people, or its people acting on it, in one
// sentence: the country is both agent and target when the sentence names
// it both as a state and by its people.
//
//	STATE ... NATIONALITY PEOPLE           "Turkey will allow Turkish Kurd refugees to return"
//	GROUP in COUNTRY ... COUNTRY           "Serb forces killed three ethnic Albanians in southeastern Serbia"
//
// A group noun with "in" after it is the country's own ("security forces
// in Guinea"), unless it is a verb's object ("France has 4,000 troops in
// Chile") or a party already ("the authorities in Khartoum").

// domestic returns the country that is both agent and target when the
// sentence names it both as a state and by its people: a state acting on
// its own people ("Turkey will allow Turkish Kurd refugees"), people
// acting on their state ("Young Algerians pressed President Bouteflika's
// government"), or a nationality's group acting in its own country ("Serb
// forces killed three ethnic Albanians in southeastern Serbia"). People
// are named by a nationality or as a group in the country ("students
// throughout Indonesia"); the state by its name or its leader's
// government. A state named in a phrase of place counts only for acts on
// places ("Kurdish rebels accused Iraqi forces of shelling in northern
// Iraq" is no act of Iraq's on itself). Otherwise "".
func (c *eventCtx) domestic(agents, targets []string, onPlaces bool) string {
	if len(agents) != 1 || len(targets) != 1 || agents[0] != targets[0] || !strings.HasPrefix(agents[0], "country:") {
		return ""
	}
	people, state := false, false
	for _, a := range c.acts {
		if a.key != agents[0] {
			continue
		}
		groupOf := a.a > 0 && c.groupIn(a.a-1)
		switch {
		case a.leader:
			state = true
		case a.demonym || groupOf:
			people = true
		case !a.capital && !a.modifier && (onPlaces || !c.inPlacePhrase(a.a)):
			state = true
		}
	}
	if people && state {
		return agents[0]
	}
	return ""
}

// inPlacePhrase reports a name at token a that a preposition of place
// opens, over the words that modify it: "in northern Iraq".
func (c *eventCtx) inPlacePhrase(a int) bool {
	k := modifiersBefore(c.t, a)
	return k >= 0 && insidePreps[c.t[k].lower()]
}

// groupIn reports "in" at token k after a group noun, or "throughout" or
// "across": "Security forces in Guinea", "students throughout Indonesia"
// are the country's own; but "US forces in Iraq" are the US's, and a
// group noun read as a party already ("the authorities in Khartoum", the
// state) is where that party sits.
func (c *eventCtx) groupIn(k int) bool {
	t := c.t
	w := t[k].lower()
	return spanPreps[w] || memberPreps[w] && k > 0 && groupNouns[t[k-1].lower()] && actorAt(c.acts, k-1) < 0 && !(k > 1 && actorAt(c.acts, k-2) >= 0)
}

// ownGroupIn is groupIn for a subject: "Security forces in Guinea fired"
// are Guinea's, but "France has 4,000 troops in Chile helping" are the
// troops of the subject of the verb whose object they are.
func (c *eventCtx) ownGroupIn(k int) bool {
	return c.groupIn(k) && !(k > 0 && c.verbsObject(k-1))
}

// verbsObject reports a noun at k whose phrase is the object of the verb
// before it: "France has 4,000 troops in Chile", "sent soldiers to": the
// verb's subject owns them, not the place they are in.
//
//	VERB [DET|CD|ADJ]* NOUN
func (c *eventCtx) verbsObject(k int) bool {
	t := c.t
	j := k - 1
	for j >= 0 && (modifiesNoun(t[j]) || t[j].Tag == "CD") {
		j--
	}
	return j >= 0 && strings.HasPrefix(t[j].Tag, "VB")
}
