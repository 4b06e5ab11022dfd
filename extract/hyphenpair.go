package extract

import (
	"slices"
	"strings"
)

// Two parties joined by a hyphen before a noun of a symmetric act are the
// parties of that act:
//
//	X-Y [ADJ]* SYMMETRIC-NOUN
//
// "US-China talks resumed", "the Chile-Peru summit": the United States
// and China talk.

// hyphenPair is the parties of the hyphenated word before the event noun
// at v, when it joins two or more; nil otherwise.
func (c *eventCtx) hyphenPair(v int) []string {
	t := c.t
	k := v - 1
	for k >= 0 && (strings.HasPrefix(t[k].Tag, "JJ") || t[k].Tag == "CD") && !strings.Contains(t[k].Text, "-") {
		k--
	}
	if k < 0 || !strings.Contains(t[k].Text, "-") {
		return nil
	}
	var keys []string
	for _, a := range c.acts {
		if a.a == k && a.b == k+1 && (a.typ == Country || a.typ == Organization || a.typ == Person) && !slices.Contains(keys, a.key) {
			keys = append(keys, a.key)
		}
	}
	if len(keys) < 2 {
		return nil
	}
	return keys
}
