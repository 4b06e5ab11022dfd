package extract

import "strings"

// A claim in apposition to a clause, answered by an actor, answers the
// one who made it:
//
//	CLAUSE , [a|an|the] [ADJ] CLAIM-NOUN [that|which] ACTOR|PRONOUN [ADV|AUX] VERB
//	CLAUSE , (a|an|the) [ADJ] CLAIM-NOUN VBN by ACTOR
//
// "Pakistan accused India of violating the ceasefire, an accusation New
// Delhi denied": New Delhi denies Pakistan's accusation, so Pakistan is
// the target of the denial. "Cuba released three dissidents, a move
// welcomed by the EU": the EU welcomes Cuba.

// claimAuthor is who made the claim that the actor before verb v answers,
// when the verb's clause is such an apposition: the subject of the
// sentence's main verb; nil otherwise.
func (c *eventCtx) claimAuthor(v int) []string {
	k, _ := c.claimSubject(v)
	if k < -1 {
		return nil
	}
	return c.appositionAuthor(k)
}

// claimSubject reads back from the verb at v, past its auxiliaries and
// adverbs, over its subject, an actor, a state's body ("the Afghan
// government", "the government in Kabul") or a pronoun, and a relative
// word:
// the token before them (where the claim noun should be), and whether the
// subject is a pronoun; -2 when no subject stands right before the verb.
func (c *eventCtx) claimSubject(v int) (int, bool) {
	t := c.t
	k := v - 1
	for k >= 0 && (t[k].Tag == "RB" || haveForms[t[k].lower()]) {
		k-- // "a charge Yerevan swiftly rejected", "charges Lima has denied"
	}
	pronoun := false
	inCapital := false
	if a := actorAt(c.acts, k); a >= 0 && c.acts[a].b == k+1 && c.acts[a].capital && c.acts[a].a >= 2 && cityPreps[t[c.acts[a].a-1].lower()] && groupNouns[t[c.acts[a].a-2].lower()] {
		k, inCapital = c.acts[a].a-2, true // "a charge the Taliban government in Kabul denies": the body in the capital
	}
	if k >= 1 && groupNouns[t[k].lower()] && actorAt(c.acts, k) < 0 {
		// "a charge the Afghan government denies", "the Taliban
		// government", "the government in Kabul": the body of the actor
		// before it or of the capital after it
		j := k - 1
		if isPossessive(t[j].Text) {
			j--
		}
		a := actorAt(c.acts, j)
		switch {
		case a >= 0 && c.acts[a].b == j+1:
			j = c.acts[a].a - 1
		case inCapital:
		default:
			return -2, false
		}
		if j >= 0 && determiners[t[j].lower()] {
			j--
		}
		if j >= 0 && (thatWords[t[j].lower()] || relativePronouns[t[j].lower()]) {
			j--
		}
		return j, false
	}
	if a := actorAt(c.acts, k); a >= 0 && c.acts[a].b == k+1 {
		k = c.acts[a].a - 1
	} else if k >= 0 && t[k].Tag == "PRP" && (personPronouns[t[k].lower()] || partyPronouns[t[k].lower()]) {
		k, pronoun = k-1, true // "charges she has denied"
	} else {
		return -2, false
	}
	if k >= 0 && (thatWords[t[k].lower()] || relativePronouns[t[k].lower()]) {
		k--
	}
	return k, pronoun
}

// claimAnswerer is who a pronoun that answers a claim in apposition
// stands for: the one the claim was made against, the object of the
// sentence's main verb.
//
//	ACTOR VERB OBJECT ... , [DET] CLAIM-NOUN PRONOUN [AUX] VERB
//
// "Sharif accused Bhutto of corruption, charges she has denied": Bhutto
// denies. nil when v answers no claim so.
func (c *eventCtx) claimAnswerer(v int) []string {
	k, pronoun := c.claimSubject(v)
	if !pronoun {
		return nil
	}
	if f, _ := c.appositionVerb(k); f >= 0 {
		return c.objectAfter(f+1, 4)
	}
	return nil
}

// passiveClaimAuthor is who made the claim or move that a passive verb at
// v says an actor answered, when the verb's phrase is in apposition to a
// clause ("Cuba released three dissidents, a move welcomed by the EU"):
// the subject of the sentence's main verb; nil otherwise.
func (c *eventCtx) passiveClaimAuthor(v int) []string {
	if c.t[v].Tag != "VBN" {
		return nil
	}
	return c.appositionAuthor(v - 1)
}

// appositionAuthor is the subject of the sentence's main verb when token
// k is a claim noun in apposition to the clause before it ("..., a charge
// ...", "..., a move ..."); nil otherwise.
func (c *eventCtx) appositionAuthor(k int) []string {
	_, keys := c.appositionVerb(k)
	return keys
}

// appositionVerb is the sentence's main verb, the first finite verb
// with a subject, and that subject, when token k is a claim noun in
// apposition to the clause before it; -1 and nil otherwise.
func (c *eventCtx) appositionVerb(k int) (int, []string) {
	t := c.t
	if k < 0 || !claimNouns[t[k].lower()] {
		return -1, nil
	}
	k--
	for k >= 0 && (determiners[t[k].lower()] || t[k].Tag == "JJ") {
		k--
	}
	if k < 1 || t[k].Text != "," && !dashes[t[k].Text] {
		return -1, nil // "..., a charge Sudan denies", "... - a charge Sudan denies -"
	}
	for f := datelineEnd(t); f < k; f++ {
		if isFinite(t[f].Tag) && actorAt(c.acts, f) < 0 {
			if keys := c.subjectOf(f); len(keys) > 0 {
				return f, keys
			}
		}
	}
	return -1, nil
}

// claimVerbs tags as a present verb the plural noun the tagger read at
// the end of a claim in apposition, when it is the present of a verb
// whose patterns the lexicon knows:
//
//	, (a|an|the) [ADJ]* CLAIM-NOUN [that|which] ... NOUN VERB-s (.|,)
//
// "a charge the Afghan government denies/NNS." -> denies/VBZ.
func (x *Extractor) claimVerbs(toks []Token) {
	for i := 2; i < len(toks); i++ {
		if !shellClaimNouns[toks[i].lower()] || toks[i-1].Tag != "DT" || toks[i-2].Text != "," && !dashes[toks[i-2].Text] {
			continue
		}
		for j := i + 2; j < len(toks) && j < i+8; j++ {
			end := j+1 >= len(toks) || toks[j+1].Text == "." || toks[j+1].Text == "," || dashes[toks[j+1].Text]
			if toks[j].Tag == "NNS" && end && strings.HasPrefix(toks[j-1].Tag, "NN") && strings.HasSuffix(toks[j].lower(), "s") &&
				len(x.idx.verbs[x.idx.verbLemma(toks[j].Text)]) > 0 {
				toks[j].Tag = "VBZ"
			}
			if end || isVerb(toks, j) {
				break
			}
		}
	}
}
