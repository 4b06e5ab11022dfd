package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A place phrase may stand between an event noun and the preposition that
// names its parties:
//
//	EVENT-NOUN (in|at|near) [the] PLACE (on|against|with|to|between) PARTY ...
//
// "Talks in Vienna between Iran and the EU3 ended", "an attack in Baghdad
// on US troops": the noun's parties are read past the place, which stays
// the event's location. So past the day:
//
//	EVENT-NOUN on DAY [NUMBER] [morning|night|...] (on|with|...) PARTY ...
//
// "resumed its attack on Monday morning on KDP positions", "a meeting on
// Monday with Omar Bongo".

// pastPlace is the token after the place phrase that follows the event
// noun whose words end at end, when a preposition of the noun's parties
// comes right after it; end itself otherwise.
func (c *eventCtx) pastPlace(end int) int {
	t := c.t
	if end >= len(t) || !placePreps[t[end].lower()] {
		return end
	}
	j := end + 1
	if j < len(t) && definite[t[j].lower()] {
		j++
	}
	for _, p := range c.places {
		if p.a == j && p.b < len(t) {
			w := t[p.b].lower()
			if nominalPreps[w] || betweenPreps[w] {
				return p.b
			}
		}
	}
	return end
}

// dayParts name a part of a day after its name: "Monday morning".
var dayParts = lexicon.Class("dayParts")

// pastDate is the token after the day phrase that follows the event noun
// whose words end at end, when a preposition of the noun's parties comes
// right after it; end itself otherwise.
func (c *eventCtx) pastDate(end int) int {
	t := c.t
	if end+1 >= len(t) || !dayPreps[t[end].lower()] || !isDateWord(t[end+1].Text) {
		return end
	}
	j := end + 2
	for j < len(t) && (t[j].Tag == "CD" || dayParts[t[j].lower()]) {
		j++
	}
	if j < len(t) && (nominalPreps[t[j].lower()] || betweenPreps[t[j].lower()]) {
		return j
	}
	return end
}

// placed gives events read past a place phrase (from end rather than
// place) the place the phrase names.
func placed(evs []Event, c *eventCtx, place, end int) []Event {
	if place == end {
		return evs
	}
	for i := range evs {
		if evs[i].Location == "" {
			evs[i].Location = c.placeAfter(place)
		}
	}
	return evs
}
