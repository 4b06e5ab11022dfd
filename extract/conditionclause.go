package extract

// A threat is made against the subject of its condition, and a stated
// intention that hangs on "unless" is a threat:
//
//	SUBJ threatened to VERB ... (if|unless|...) PARTY VERB    against PARTY
//	SUBJ said it would VERB ... unless ...                    a threat
//
// "North Korea threatened to stop negotiations if the United States goes
// ahead": North Korea threatens the United States.

// conditioned reports an act the sentence makes hang on a demand after it:
// "will withdraw unless ...". An offer made "if" something happens stays an
// offer.
func (c *eventCtx) conditioned(end int) bool {
	for k := end; k < len(c.t); k++ {
		if unlessWords[c.t[k].lower()] {
			return true
		}
	}
	return false
}

// conditionSubject finds whom a threat is made against: the subject of
// its condition ("threatened to stop negotiations if the United States goes
// ahead").
func (c *eventCtx) conditionSubject(end int) []string {
	for k := end; k < len(c.t); k++ {
		w := c.t[k].lower()
		if conditionWords[w] {
			for j := k + 1; j < len(c.t) && j <= k+3; j++ {
				if a := actorAt(c.acts, j); a >= 0 {
					if isPossessiveAt(c.t, c.acts[a].b) {
						return nil // "warned of retaliation if the company's assets are sold": the assets', whoever sells them
					}
					break
				}
			}
			return c.objectAfter(k+1, 3)
		}
		if w == ";" || w == ":" {
			break
		}
	}
	return nil
}
