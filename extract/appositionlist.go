package extract

import "strings"

// A list of people goes on past the title in apposition to one of them,
// and the body the title names is no party of the list:
//
//	PERSON , [DET] TITLE [of|for|at ...] , (and|or) PERSON
//
// "met Vadim Orlov, the head of Gazprom, and Andriy Kovalchuk": Orlov and
// Kovalchuk; "Ana Ruiz, the head of Gazprom, and Andriy Kovalchuk met":
// Ruiz and Kovalchuk, not Gazprom.

// pastPersonApposition is the coordinator after a person's title in
// apposition that opens with the comma at k, and ends with a comma before
// the coordinator; k itself when no such apposition stands there:
//
//	PERSON , [DET] TITLE [of|for|at ...] (,|;) (and|or) ...
//
// "met Vadim Orlov, the head of Gazprom, and Andriy Kovalchuk": the list
// goes on past the title's phrase, whose body is no party of it. A title
// before a person's name is that person's, the list's next item.
func (c *eventCtx) pastPersonApposition(k int) int {
	t := c.t
	if k >= len(t) || t[k].Text != "," {
		return k
	}
	j := k + 1
	for j < len(t) && determiners[t[j].lower()] {
		j++
	}
	if j >= len(t) || !c.isTitleWord(j) && !(j+1 < len(t) && c.isTitleWord(j+1) && !isCap(t[j].Text)) {
		return k
	}
	for m := j; m < len(t) && m < k+13; m++ {
		switch {
		case t[m].Text == "," || t[m].Text == ";":
			if m+1 < len(t) && coordinators[t[m+1].lower()] {
				return m + 1 // "Ali Waheed, chairperson of the party; and Ameen Ibrahim"
			}
			return k
		case strings.HasPrefix(t[m].Tag, "VB") || t[m].Text == "." || coordinators[t[m].lower()]:
			return k
		case actorAt(c.acts, m) >= 0 && c.acts[actorAt(c.acts, m)].typ == Person:
			return k // "met Ana Ruiz, Finance Minister Luis Vega, and Jorge Paz": a title with its own name is the list's next item
		}
	}
	return k
}

// personBeforeApposition is the person whose title in apposition ends
// with the comma before the coordinator at k (pastPersonApposition read
// backwards), or -1.
func (c *eventCtx) personBeforeApposition(k int) int {
	t := c.t
	if k < 2 || t[k-1].Text != "," && t[k-1].Text != ";" {
		return -1
	}
	for j := k - 2; j >= 1 && j > k-15; j-- {
		if t[j].Text == "," {
			if a := actorAt(c.acts, j-1); a >= 0 && c.acts[a].b == j && c.acts[a].typ == Person && c.pastPersonApposition(j) == k {
				return a
			}
			return -1
		}
	}
	return -1
}
