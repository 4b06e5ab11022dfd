package extract

import "slices"

// nounTellsEvent reports that the event noun at v, matched as pattern p
// up to end, tells an event between parties, not a topic or a thing
// ("the talks were difficult", "a deal worth $2bn"). It does when its
// target follows it after a preposition of the pattern, or when the
// phrase around it names its parties:
//
//	NOUN PREP PARTY                            "attacks on Israel", "talks with Peru" (nominalEvent)
//	NOUN PATTERN-WORDS TARGET-PREP PARTY       "the recall of its ambassador from Peru"
//	PARTY-PARTY NOUN                           "US-China talks"
//	PARTY faced|received NOUN from PARTY       "Chile faced criticism from Peru" (undergone)
//	PERSON faced CUSTODY-NOUN                  "Ruiz faces charges" (facedCustody)
//	at the APPEAL-NOUN of PARTY                "at the invitation of Vega" (behestOf)
//	NOUN by PARTY [on|against PARTY]           "an attack by Hamas on Israel" (nounByPhrase)
//	NOUN of PARTY from PARTY                   "criticism of Iran from the EU" (nounFromPhrase)
//	VISIT of PARTY to PARTY                    "the visit of Ana Ruiz to Peru" (visitOfPhrase)
//	NOUN of THING by PARTY                     "criticism of the plan by the US" (nounAgent)
//	in COUNTRY for a VISIT                     "Rifkind, in Pakistan for a visit" (visitIn)
//	thanked PARTY for its NOUN                 "China thanked Gabon for its support" (thankedFor)
//	PARTY and PARTY are in NOUN                "Chile and Peru are in talks" (statePair)
//
// The phrases count only for a noun that names an event by itself
// (eventNouns), matched with no words of a pattern after it but for the
// second.
func (c *eventCtx) nounTellsEvent(v, end int, p verbEntry) bool {
	t := c.t
	if nominalEvent(t, v, end, p) {
		return true
	}
	if len(p.rest) > 0 && eventNoun(t[v].lower()) && end+1 < len(t) && slices.Contains(p.target, t[end].lower()) {
		return true // "the recall of its ambassador from Peru": the pattern's words, then its target's preposition
	}
	if _, _, faced := c.facedCustody(v, end, p); faced {
		return true // "Ruiz will face trial": an act of custody by its name alone
	}
	if by, _ := c.behestOf(v, end, p); len(by) > 0 {
		return true // "at the invitation of Luis Vega"
	}
	if len(p.rest) > 0 || !eventNoun(t[v].lower()) {
		return false
	}
	if mutual(p) && len(c.hyphenPair(v)) >= 2 {
		return true
	}
	if _, to := c.modifierTarget(v, p); to != "" {
		return true // "agreed fresh Bolivia funding" (modifiertarget.go)
	}
	if _, _, undergone := c.undergone(v, end); undergone {
		return true
	}
	if _, _, _, byPhrase := c.nounByPhrase(end); byPhrase {
		return true
	}
	if from, _ := c.nounFromPhrase(v, end, p); len(from) > 0 {
		return true
	}
	if by, _ := c.visitOfPhrase(end, p); len(by) > 0 {
		return true
	}
	if end < len(t) && ofWords[t[end].lower()] {
		if by, _ := c.nounAgent(end + 1); len(by) > 0 {
			return true
		}
	}
	if p.code == visitCode {
		if country, _ := c.visitIn(v); country != "" {
			return true
		}
	}
	if mutual(p) && len(c.statePair(v)) >= 2 {
		return true
	}
	owner := c.nominalAgent(v)
	if len(owner) == 0 {
		owner = c.pronounOwner(v)
	}
	return len(c.thankedFor(v, owner)) > 0
}
