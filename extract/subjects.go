package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Who does an act: the subject of its verb's clause, read back from the
// verb over auxiliaries, appositions and relative clauses:
//
//	SUBJ [, APPOSITION ,] [AUX]* VERB            the subject
//	SUBJ VERB ... and VERB                        coordinated verbs share it
//	SUBJ (to|MODAL) VERB ... and VERB             so do base forms after "to" or a modal
//	ANTECEDENT , who VERB                         a relative clause's antecedent
//	SUBJ said (he|she|it|they) VERB               a pronoun the speaker stands for (pronouns.go)
//	PREP ... VBG ..., SUBJ VERB                   an opening participle's main subject
//
// "John Smith, the foreign minister of Canada, met Yuki Tanaka": Smith
// meets; "Hungary has said it will support ...": Hungary supports.

// subjectOf finds the actors that act in the clause of the verb at v: the
// nearest actor to its left, across appositions, with any actors coordinated
// with it ("the US and UK"); for a relative clause, its antecedent.
func (c *eventCtx) subjectOf(v int) []string { return c.subject(v, false) }

// subject is subjectOf; loose lets it take an actor after a preposition, as
// the subject of a passive verb may name the actor a thing is for ("a camp
// for Congolese refugees was attacked").
func (c *eventCtx) subject(v int, loose bool) (keys []string) {
	t, acts := c.t, c.acts
	var also []string // the parties an additive phrase joins to the subject: "Chile, along with Peru, condemned"
	defer func() {
		keys = c.notFrontedAgents(v, keys) // "Hosted by Ruiz, Soto and Mora met": not Ruiz
		if len(keys) > 0 {
			for _, k := range also {
				if !slices.Contains(keys, k) {
					keys = append(keys, k)
				}
			}
		}
	}()
	if who := c.joinedIn(v); len(who) > 0 {
		return who // "France joined Germany in condemning Russia": both (joinedin.go)
	}
	if t[v].Tag == "VBG" && v >= 2 && agentPreps[t[v-1].lower()] {
		// "Banisadr angered Tehran by accusing Iranian leaders": the
		// gerund of means is done by the subject of the verb it serves
		if f := c.finiteBefore(v-2, func(w string) bool { return clauseBreaks[w] || thatWords[w] || w == "," }); f >= 0 {
			return c.subject(f, loose)
		}
	}
	if t[v].Tag == "VBG" && v >= 2 && purposePreps[t[v-1].lower()] {
		// "imposed sanctions on Iraq for invading Kuwait", "praised Peru
		// for helping": the party right before the reason does it, past
		// a sum it was fined ("fined Microsoft 497m euros for abusing")
		o := pastSumBefore(t, v-2)
		if a := actorAt(acts, o); a >= 0 && !acts[a].modifier {
			return c.coordinated(a, -1)
		}
		if o >= 0 && (t[o].Tag == "NNS" || t[o].Tag == "NN") && !isCap(t[o].Text) && !forceNouns[t[o].lower()] && c.objectNoun(o) {
			return nil // "fined three foreign oil companies for burning off gas": the companies', no one named
		}
	}
	if c.toldClauseNoun(v) {
		return nil // "told Reuters the strikes hit": the strikes', no party's (toldclause.go)
	}
	if keys := c.nounAgentBeforeInfinitive(v); len(keys) > 0 {
		return keys // "approved a deal by Daesan Air to buy Tarvo": Daesan buys
	}
	if c.interruptingParticiple(v) {
		// "Tamil rebels, fighting a war against the government, finance
		// ...": the noun before the comma does it, actor or not
		if a := actorAt(acts, v-2); a >= 0 && !acts[a].modifier {
			return c.coordinated(a, -1)
		}
		return nil
	}
	if c.ownerlessDecision(v) {
		return nil // "criticised the decision to expel Soto": not the critic (ownerlessdecision.go)
	}
	if keys, ok := c.quotedAs(v); ok {
		return keys // "Bongo was quoted as thanking China" (quotedas.go)
	}
	if keys, ok := c.modifierGerund(v); ok {
		return keys // "guerrillas suspected of killing a bishop": the guerrillas'
	}
	if n := modifiedNoun(t, v); n >= 1 && !groupNouns[t[n].lower()] {
		if a := actorAt(acts, n-1); a >= 0 && (acts[a].demonym || acts[a].typ == Country) && acts[a].b == n {
			return c.coordinated(a, -1) // "Dutch pair kidnapped by Nicaraguans", "U.S. neo-Nazi jailed by German court": the nationality's people
		}
	}
	if nounModifier(t, v) && actorAt(acts, v-1) < 0 && c.eventNounAt(v-1) && c.inPhrase(v-1) {
		// "imposed sanctions over cyber attacks targeting Ukraine": the
		// attacks' own doer, not the clause's subject
		return c.nominalAgent(v - 1)
	}
	if nounModifier(t, v) && actorAt(acts, v-1) < 0 && (t[v].Tag == "VBN" && !groupNouns[t[v-1].lower()] || !c.doneBy(v-1) ||
		t[v].Tag == "VBG" && outsideGroups[t[v-1].lower()] && (v < 2 || actorAt(acts, v-2) < 0)) {
		// "boats attacking Peru": the boats attack; "plans submitted by
		// Mordechai": the plans are submitted, whoever studies them;
		// "stop militants firing rockets": the militants fire
		return nil
	}
	head := auxiliaryStart(t, v)     // "and will visit": the verb's group opens at "will"
	cc := coordinatorBefore(t, head) // "and", "and then", "but later"
	if cc >= 1 && coordinators[t[cc].lower()] && t[v].Tag == "VB" {
		// "will visit Pakistan and meet Sharif", "was expected to visit
		// Jalalabad and meet Taliban leaders": the first verb's subject,
		// not its object
		if f := c.baseVerbBefore(cc - 1); f >= 0 {
			return c.subject(f, loose)
		}
	}
	if cc >= 1 && (coordinators[t[cc].lower()] || contrastCoordinators[t[cc].lower()]) && (isFinite(t[head].Tag) || t[v].Tag == "VBN") {
		// "He met Li Zhaoxing and urged China", "welcomed Peru but blamed
		// Bolivia", "have visited Bratislava and will visit Prague": the
		// verbs share the subject of the first, not its object; a
		// participle shares it after a past tense that is no auxiliary
		// ("urged Syria to withdraw and called/VBN on Iran")
		if f := c.finiteBefore(c.pastRelative(cc-1), clauseOpener); f >= 0 &&
			(isFinite(t[head].Tag) || t[f].Tag == "VBD" && !auxiliary(t[f].Text) || t[v].Tag == "VBN" && (haveForms[t[f].lower()] || beForms[t[f].lower()])) {
			// ... or after a perfect or a passive, whose auxiliary it
			// shares: "has accused Peru of preparing an invasion and
			// called on the UN", "said she was disappointed by the
			// decision to expel Vega and called/VBN on Peru": hers
			if keys := c.subject(f, loose); len(keys) > 0 {
				return keys
			}
			if g := c.finiteBefore(f-1, clauseOpener); g >= 0 && denyVerbs[t[g].lower()] {
				// "denied there was any danger, but expressed concern": the
				// denier's, past the clause denied
				return c.subject(g, loose)
			}
			return nil
		}
	}
	if c.askedThing(v) {
		return nil // "urged militant groups to halt": the groups, no actor
	}
	if keys, ok := c.reducedRelativeSubject(v); ok {
		return keys // "Students angered by the arrest of Ruiz attacked": the students
	}
	if keys, ok := c.relativeClauseSubject(v); ok {
		return keys // "Kenyan troops that entered Somalia attacked": Kenya
	}
	k := v - 1
	for k >= 0 {
		w := t[k].lower()
		if a := actorAt(acts, k); a >= 0 {
			if to := c.infinitiveObjectStart(a); to >= 0 && isFinite(t[auxiliaryStart(t, v)].Tag) {
				k = to - 1 // "the decision to recognise a Palestinian state undermined": the infinitive's object
				continue
			}
			// a possessor is not the subject: "New Zealand's Parliament";
			// but "Montenegro's prime minister" stands for the office
			if acts[a].b < len(t) && isPossessive(t[acts[a].b].Text) && acts[a].b+1 < v {
				if c.officeAfter(acts[a].b+1, v) && !(acts[a].typ == Country && c.businessOfficeAfter(acts[a].b+1, v)) {
					// "Ethiopia's prime minister and Eritrea's president met";
					// but "Romania's soccer bosses" hold no office of state
					if keys := c.coordinated(a, -1); len(keys) > 1 {
						return keys
					}
					return c.resolveHolder(a, []string{acts[a].key})
				}
				if c.groupAfter(acts[a].b+1, v) {
					return []string{acts[a].key} // "Sudan's government lifted"
				}
				if c.decisionBefore(acts[a].b+1, v) {
					return c.coordinated(a, -1) // "Chad's decision to expel"
				}
				if c.ownedAct(acts[a].b+1, v) {
					return c.coordinated(a, -1) // "The EU's sanctions targeted" (ownedact.go)
				}
				k = acts[a].a - 1
				continue
			}
			if c.askedAfterParticle(a) {
				return c.coordinated(a, -1) // "called on Iran to stop"
			}
			if c.decisionBy(a, v) {
				return c.coordinated(a, -1) // "the decision by Moscow to sell"
			}
			if acts[a].a >= 2 && ofAfter(t, acts[a].a-2) && actorAt(acts, acts[a].a-2) >= 0 {
				k = acts[a].a - 2 // "President Museveni of Uganda": the president acts
				continue
			}
			if c.relationOf(a) {
				return nil // "A critic of President Ana Ruiz accused": the critic, no one named
			}
			pb := acts[a].a - 1 // before the adjectives of a place: "in southern Turkey"
			for pb > 0 && t[pb].Tag == "JJ" && !isCap(t[pb].Text) {
				pb--
			}
			pd := acts[a].a - 1 // before its article: "accused by the US of funding", not "a resolution by the Commission expressing"
			for pd > 0 && definite[t[pd].lower()] {
				pd--
			}
			prep := acts[a].a - 1 // the preposition before the actor, past its article: "a case at the ICJ accusing"; but "a resolution by the Commission expressing" is the Commission's
			if pd >= 0 && pd < prep && !agentPreps[t[pd].lower()] {
				prep = pd
			}
			if acts[a].modifier || acts[a].a > 0 && (objectPreps[t[prep].lower()] && !c.ownGroupIn(prep) && !c.actsFor(prep) && (!loose || agentPreps[t[prep].lower()]) || t[prep].Tag == "TO" && (acts[a].capital || c.describesPlace(a) || prep > 0 && c.isTitleWord(prep-1))) ||
				pd >= 0 && pd < acts[a].a-1 && agentPreps[t[pd].lower()] && acts[a].b < v && !loose ||
				pb >= 0 && pb < acts[a].a-1 && placePreps[t[pb].lower()] && !c.ownGroupIn(pb) && !loose {
				k = acts[a].a - 1 // "Moscow-backed", "head to Brussels to meet", "head to the Bosnian town of Banja Luka to meet", "the Red Cross operating in Iraq said", "Pakistan's High Commissioner to Britain said"; "has 4,000 troops in Chile helping": the troops are the verb's subject's
				continue
			}
			if g := c.purposeGovernor(v, acts[a].a); g >= 0 {
				return c.subject(g, loose) // "Lee visited Japan to hold talks": Lee holds them
			}
			if o := c.possessorOfPeople(a); o >= 0 {
				return []string{acts[o].key} // "Kosovo's Albanian leaders": Kosovo's
			}
			return c.resolveHolder(a, c.coordinated(a, -1))
		}
		if t[k].Tag == "PRP" {
			return c.pronounSubject(k) // "Hungary has said it will support ..."
		}
		if possessivePronouns[w] && k+1 < v && (groupNouns[t[k+1].lower()] || homeNouns[t[k+1].lower()] || forceNouns[t[k+1].lower()] || managementNouns[t[k+1].lower()] || c.officeAfter(k+1, v) || c.ministryAfter(k+1, v)) {
			if personPossessives[w] {
				keys := c.pronounSubject(k)
				if owners := c.officeOwners(keys); owners != nil {
					return owners // "Putin said his government would": Russia
				}
				if parties(keys, c.typeOf) {
					return keys // "Egypt's president said his government would": the office's state
				}
				return nil
			}
			return c.pronounSubject(k) // "the army said its troops had killed ...", "after its leader met US lawmakers"
		}
		if clauseBreaks[w] || subordinators[w] && t[k].Tag != "RB" {
			return nil // a clause of its own
		}
		if coordinators[w] && c.nounSubjectBetween(k, v) {
			return nil // "the parliament was suspended and political parties are banned": the parties'
		}
		if keys, ok := c.whoseGroupSubject(k, v); ok {
			return keys // "Chile, whose army attacked Peru" (whosegroup.go)
		}
		if possessiveRelatives[w] {
			return nil
		}
		if relativePronouns[w] || thatWords[w] && k > 0 && c.eventNounAt(k-1) {
			// "hackers, who targeted": the antecedent acts, if it is an
			// actor; "a Turkish air strike that killed": who made the strike
			j := k - 1
			if j >= 0 && t[j].Text == "," {
				j--
			}
			if j > 0 && t[j].Text == ")" {
				j-- // "the Kurdistan Democratic Party (KDP), which accuses"
			}
			if a := actorAt(acts, j); a >= 0 && !acts[a].modifier && !(acts[a].a > 0 && t[acts[a].a-1].Tag == "IN") {
				if c.afterBetween(a) {
					return []string{acts[a].key} // "a row between Britain and the EU, which slapped a ban": the EU
				}
				return c.coordinated(a, -1)
			}
			if owner := c.groupOwner(j); owner >= 0 {
				return []string{acts[owner].key} // "Venezuela's government, which has been accused"
			}
			if body := c.bodyBeforeKindNoun(j); body >= 0 {
				return []string{acts[body].key} // "the Seleka rebel alliance, which overthrew"
			}
			if owner := c.titleOwnerBefore(j); owner >= 0 {
				start := acts[owner].a
				if start > 0 && determiners[t[start-1].lower()] {
					start--
				}
				if p := actorAt(acts, start-2); start >= 2 && t[start-1].Text == "," && p >= 0 && acts[p].typ == Person {
					return []string{acts[p].key} // "Louis Farrakhan, the U.S. black leader who was awarded": the man named
				}
				return c.resolveHolder(owner, []string{acts[owner].key}) // "Peru's president, who visited Chile": the office's holder, else its state
			}
			if j >= 0 && c.eventNounAt(j) {
				return c.nominalAgent(j)
			}
			if a := c.apposedAntecedent(j); a >= 0 {
				return []string{acts[a].key} // "Kuldeep Singh, a farmer from Punjab who was convicted" (apposedantecedent.go)
			}
			return nil
		}
		if w == "," {
			if a := c.apposedNames(k); a >= 0 {
				return c.coordinated(a, 1) // "Two journalists, Ana Ruiz and Luis Vega, were arrested" (apposednames.go)
			}
			// skip an apposition or relative clause: ", the defense minister ...,"
			j := k - 1
			for {
				for j >= 0 && t[j].Text != "," && !c.breaksClause(j, k) {
					j--
				}
				if j <= 0 || t[j].Text != "," || !c.listItem(j+1, k) {
					break
				}
				// "BAE Systems, which builds jets with partners in
				// Germany, Italy and Spain, is": past the list's commas
				// to the clause's
				j--
			}
			if j >= 0 && t[j].Text == "," && j+1 < k {
				if joined, ok := c.parentheticalParty(j, k); ok {
					also = append(also, joined...)
					k = j - 1
					continue
				}
				if a := actorAt(acts, k-1); a >= 0 && acts[a].b == k && acts[a].typ == Person && acts[a].a > j+1 && c.titlesBetween(j+1, acts[a].a) &&
					j > 0 && (t[j-1].Tag == "NN" || t[j-1].Tag == "NNS") && c.isTitleWord(j-1) {
					// "A Hezbollah deputy commander, Brigadier General Ali
					// Karim, was killed": the titled name in apposition to
					// the subject's title
					return c.coordinated(a, -1)
				}
				if a := actorAt(acts, j+1); a >= 0 && acts[a].a == j+1 && acts[a].b == k && acts[a].typ == Organization && j > 0 && orgLeadNouns[t[j-1].Text] && !c.inPhrase(j-1) {
					// "United's budget airline, Kingfisher Airlines, is to
					// buy": the body named in apposition to the noun of its
					// kind; but "Neema Kileo, a spokeswoman for the main
					// opposition party, Chadema, accused": the party's name
					// is in the phrase of her title
					return c.coordinated(a, -1)
				}
				nw := t[j+1].lower()
				if a := actorAt(acts, j+2); definite[nw] && a >= 0 && acts[a].a == j+2 && acts[a].b == k && acts[a].typ != Country &&
					j > 0 && (t[j-1].Tag == "NN" || t[j-1].Tag == "NNS") {
					// "The EU's executive, the European Commission, has
					// fined": the name in apposition to the subject's noun
					if p := c.titledHolderBefore(j); p >= 0 {
						return c.coordinated(p, -1) // but "James Soong, leader of Taiwan's second party, the People First Party, visited": the man
					}
					return c.coordinated(a, -1)
				}
				if determiners[nw] || relativePronouns[nw] || objectRelatives[nw] || relativeAdverbs[nw] || possessiveRelatives[nw] || isPossessiveAt(t, j+2) || c.adverbial(j+1, k) || statePreps[nw] || c.titleOpens(j+1, k) ||
					t[j+1].Tag == "VBG" || t[j+1].Tag == "VBN" && j > 0 && (actorAt(acts, j-1) >= 0 || strings.HasPrefix(t[j-1].Tag, "NN")) ||
					t[j+1].Tag == "RB" && j+2 < k && opensNounPhrase(t[j+2]) {
					// ", the defense minister,", ", fighting a war against X,",
					// ", backed by Y,", "Burundi's government, led by the
					// former rebels of the CNDD-FDD,", ", once Rabbani's rival,": the
					// subject's apposition or participle
					k = j - 1
					continue
				}
				if a := c.personOfBody(k); a >= 0 && (acts[a].a == j+1 || acts[a].a > j+1 && c.titlesBetween(j+1, acts[a].a)) &&
					j > 0 && (t[j-1].Tag == "NN" || t[j-1].Tag == "NNS" || c.titleOpensPhrase(j) || c.titleOfPartyBefore(j)) {
					// "The minister, Kim Howells, criticised", "The head of
					// the army, Gen Abdel Fattah al-Burhan, accused", "The
					// UN's coordinator for Yemen, Marta Lindqvist, called
					// on": the name in apposition to the subject's noun, past
					// its rank
					return c.coordinated(a, -1)
				}
			}
			return nil
		}
		if thatWords[w] || speechVerbs[w] && !c.describesObject(k, v) && !c.raisedSpeech(k) {
			return nil // what the speaker says has a subject of its own
		}
		if (denyVerbs[w] || beliefVerbs[w]) && c.finiteClause(v) && k+1 < v && !c.joinedBetween(k, v) {
			// "denied the fishermen charged the refugees", "hopes the
			// elections will help restore normality": what is denied or
			// believed has a subject of its own
			return nil
		}
		k--
	}
	return nil
}

// groupOwner is the actor whose body the group noun at j names: its
// possessor ("Venezuela's government") or the nationality or name right
// before it ("the Venezuelan government"); -1 when none.
func (c *eventCtx) groupOwner(j int) int {
	t, acts := c.t, c.acts
	if j < 1 || !groupNouns[t[j].lower()] || actorAt(acts, j) >= 0 {
		return -1
	}
	if a := c.ownerEndingAt(j - 1); a >= 0 && !(acts[a].a > 0 && t[acts[a].a-1].Tag == "IN") {
		return a
	}
	return -1
}

// ownerEndingAt is the actor, no modifier, that ends at token k or right
// before a possessive at k, and so owns the noun after k ("Venezuela's
// government", "the Peruvian president"); -1 when none does.
func (c *eventCtx) ownerEndingAt(k int) int {
	if k >= 0 && isPossessive(c.t[k].Text) {
		k--
	}
	if a := actorAt(c.acts, k); a >= 0 && c.acts[a].b == k+1 && !c.acts[a].modifier {
		return a
	}
	return -1
}

// titleOwnerBefore is the actor whose office the title at j names: its
// possessor ("Peru's president") or the nationality right before it ("the
// Peruvian president"), past words in lower case before the title ("Peru's
// foreign minister"); -1 when none.
func (c *eventCtx) titleOwnerBefore(j int) int {
	t, acts := c.t, c.acts
	if j < 1 || !c.isTitleWord(j) || actorAt(acts, j) >= 0 {
		return -1
	}
	k := j - 1
	for k > 0 && !isCap(t[k].Text) && (t[k].Tag == "JJ" || t[k].Tag == "NN") && actorAt(acts, k) < 0 {
		k--
	}
	if a := c.ownerEndingAt(k); a >= 0 && (acts[a].typ == Country || acts[a].typ == Organization) {
		return a
	}
	return -1
}

// titlesBetween reports that the words from i up to end are all titles
// or abbreviated ranks: "Brigadier General", "Gen" before a name.
func (c *eventCtx) titlesBetween(i, end int) bool {
	for k := i; k < end; k++ {
		if !c.isTitleWord(k) && !c.isRankAbbrev(k) {
			return false
		}
	}
	return true
}

// isRankAbbrev reports an abbreviated rank or title at token k: "Gen",
// "Lt.", "Col".
func (c *eventCtx) isRankAbbrev(k int) bool {
	return c.idx != nil && c.idx.titleAbbrevs[c.t[k].lower()] != ""
}

// joinedBetween reports a coordinator or a comma between tokens k and v:
// the verb at v is joined to the one at k ("denied ... but expressed
// concern"), not in its clause.
func (c *eventCtx) joinedBetween(k, v int) bool {
	for j := k + 1; j < v; j++ {
		if w := c.t[j].lower(); coordinators[w] || contrastCoordinators[w] || w == "," {
			return true
		}
	}
	return false
}

// raisedSpeech reports a speech verb at k in the passive before "to", whose
// subject is the subject of the verb it reports: "Blair is said to have
// criticised Bush", "was reported to be meeting" (the tagger may read
// "said" after "is" as a past tense).
func (c *eventCtx) raisedSpeech(k int) bool {
	t := c.t
	return k > 0 && k+1 < len(t) && (t[k].Tag == "VBN" || t[k].Tag == "VBD") && beForms[t[k-1].lower()] && t[k+1].Tag == "TO"
}

// describesObject reports a participle at v right after the object of
// the verb at k, which it describes: "announced export controls
// targeting Peru", not "confirmed the weapons had been seized".
func (c *eventCtx) describesObject(k, v int) bool {
	t := c.t
	if t[v].Tag != "VBG" && t[v].Tag != "VBN" || v == k+1 {
		return false
	}
	for j := k + 1; j < v; j++ {
		if !objectWord(t[j].Tag) {
			return false
		}
	}
	return true
}

// listItem reports tokens i..j-1 that end a list of actors: two actors
// or more joined by "and" or "or" ("Italy and Spain").
func (c *eventCtx) listItem(i, j int) bool {
	actors, joined := 0, false
	for k := i; k < j; k++ {
		if a := actorAt(c.acts, k); a >= 0 {
			k = c.acts[a].b - 1
			actors++
			continue
		}
		if !coordinators[c.t[k].lower()] {
			return false
		}
		joined = true
	}
	return actors >= 2 && joined // but "and his counterpart, Milan Kucan, met": one name in apposition
}

// breaksClause reports a word at j that opens a clause of its own before
// token end: a clause break, but one that is a preposition only where a
// finite verb follows it ("because he left", not "since October").
func (c *eventCtx) breaksClause(j, end int) bool {
	t := c.t
	if !clauseBreaks[t[j].lower()] {
		return false
	}
	if t[j].Tag != "IN" {
		return true
	}
	for k := j + 1; k < end; k++ {
		if isFinite(t[k].Tag) {
			return true
		}
	}
	return false
}

// inPhrase reports a noun at k in a prepositional phrase other than an
// "of" phrase: "over cyber attacks", "after the raid".
func (c *eventCtx) inPhrase(k int) bool {
	t := c.t
	m := compoundBefore(t, k)
	return m >= 0 && t[m].Tag == "IN" && !ofWords[t[m].lower()]
}

// eventNounAt reports a noun at k that names an act its author does: an
// event ("strike", "attacks") or an act noun ("operation", "campaign").
func (c *eventCtx) eventNounAt(k int) bool {
	w := c.t[k].lower()
	return strings.HasPrefix(c.t[k].Tag, "NN") && (eventNoun(w) || actNouns[w])
}

// titleOpens reports an apposition from token i up to the comma at end
// that opens with an office, with no article: ", foreign minister of
// Chile,".
func (c *eventCtx) titleOpens(i, end int) bool {
	for k := i; k < end && k < i+3; k++ {
		if c.isTitleWord(k) {
			return true
		}
		if c.t[k].Tag != "JJ" && !nounModifierWord(c.t[k]) && !titleModifiers[c.t[k].lower()] && !(c.t[k].Tag == "NNP" && actorAt(c.acts, k) < 0) && !c.stateAt(k) && !c.bodyAt(k) {
			return false // but ", deposed/VBD leader of"; "The Prime Minister,"; "the US ambassador in Jakarta,", "The United Nations Secretary General,": whose office
		}
	}
	return false
}

// bodyAt reports an organization at token k, which says whose an office
// after it is: "the United Nations Secretary General".
func (c *eventCtx) bodyAt(k int) bool {
	a := actorAt(c.acts, k)
	return a >= 0 && c.acts[a].typ == Organization && !c.acts[a].media
}

// pastSumBefore is the token before a sum of money that ends at token
// k, "$84m", "497m euros", "a total of $84m", or k when none ends there.
func pastSumBefore(t []Token, k int) int {
	j := k
	for j >= 0 && (t[j].Tag == "CD" || t[j].Tag == "$" || currencyWords[t[j].lower()] || strings.ContainsAny(t[j].Text, "$£€¥")) {
		j--
	}
	if j == k {
		return k
	}
	if j >= 2 && ofWords[t[j].lower()] && t[j-1].Tag == "NN" && determiners[t[j-2].lower()] {
		j -= 3 // "a total of"
	}
	return j
}

// objectNoun reports a common noun at k that ends the object of a verb
// that judges it before it: "fined three foreign oil companies",
// "praised the workers".
func (c *eventCtx) objectNoun(k int) bool {
	t := c.t
	j := k - 1
	for j >= 0 && (modifiesNoun(t[j]) || t[j].Tag == "NN" || t[j].Tag == "NNS" || actorAt(c.acts, j) >= 0 && c.acts[actorAt(c.acts, j)].demonym) {
		j--
	}
	return j >= 0 && j < k && strings.HasPrefix(t[j].Tag, "VB") && actorAt(c.acts, j) < 0 && c.judging(j)
}

// judgingRoots are the CAMEO roots of acts that judge a party for what
// it did: praise, criticism, sanctions, punishment.
var judgingRoots = lexicon.Class("judgingRoots")

// judging reports a verb at j that judges its object for an act: "fined",
// "praised"; not "are serving prison terms for insulting".
func (c *eventCtx) judging(j int) bool {
	if c.idx == nil {
		return false
	}
	for _, p := range c.idx.verbs[c.idx.lemma(c.t[j].Text)] {
		if len(p.code) >= 2 && judgingRoots[p.code[:2]] {
			return true
		}
	}
	return false
}

// stateAt reports a country or a nationality at token k, which says whose
// an office after it is.
func (c *eventCtx) stateAt(k int) bool {
	a := actorAt(c.acts, k)
	return a >= 0 && c.acts[a].typ == Country
}

// titleOpensPhrase reports that the noun phrase ending before the comma at
// j opens with an office after its article: "The head of the IAEA,", "The
// opposition leader in Venezuela,".
func (c *eventCtx) titleOpensPhrase(j int) bool {
	t := c.t
	k := j - 1 // back to the phrase's first word: the sentence's, or after a comma
	for k > 0 && k > j-10 && t[k-1].Text != "," && !isVerb(t, k-1) {
		k--
	}
	if k > 0 && t[k-1].Text != "," || !definite[t[k].lower()] {
		return false
	}
	return c.titleOpens(k+1, j)
}

// auxiliaryStart is the token that opens the group of the verb at v: the
// auxiliaries and modals before it, with the adverbs among them, up to
// three words; v when none stands before it.
//
//	[MD|have|be] [RB]* VERB
//
// "will visit", "has not met", "would then meet".
func auxiliaryStart(t []Token, v int) int {
	head := v
	for j := v - 1; j >= 0 && j >= v-3; j-- {
		if t[j].Tag == "RB" {
			continue
		}
		if t[j].Tag == "MD" || strings.HasPrefix(t[j].Tag, "VB") && auxiliary(t[j].Text) {
			head = j
			continue
		}
		break
	}
	return head
}

// beliefVerbs take a clause of what their subject believes, hopes or
// fears: "hopes the elections will help".
var beliefVerbs = lexicon.Class("beliefVerbs")

// outsideGroups are groups of people who act for no state and no clause's
// subject: "stop militants firing".
var outsideGroups = lexicon.Class("outsideGroups")

// coordinatorBefore is the token of the word before verb v, past at most
// two adverbs: the coordinator that joins the verb to one before it, for
// the callers to test ("and urged", "and then urged", "but later
// denied"); v-1 when no adverb stands there.
//
//	COORDINATOR [RB]{0,2} VERB
func coordinatorBefore(t []Token, v int) int {
	j := v - 1
	for n := 0; n < 2 && j >= 1 && t[j].Tag == "RB" && !negations[t[j].lower()]; n++ {
		j--
	}
	if j < 0 || j != v-1 && !coordinators[t[j].lower()] && !contrastCoordinators[t[j].lower()] {
		return v - 1
	}
	return j
}

// verbalRoots are the CAMEO roots of acts done by saying: statements,
// appeals, intents, consultations and diplomatic support, demands,
// disapproval, rejection and threats.
var verbalRoots = lexicon.Class("verbalRoots")

// speakerGoesOn is the speaker of a reported clause that the finite verb
// at v, joined by a coordinator, follows: the speaker goes on to do what
// the verb says, when it is said in words (the caller tests the act):
//
//	SPEAKER SAY [that] SUBJ FINITE ... (and|but) VERB
//
// "Clarke said Howard was wrong and urged him to apologise": Clarke
// urges; nil when v follows no such clause.
func (c *eventCtx) speakerGoesOn(v int) []string {
	t := c.t
	cc := coordinatorBefore(t, v)
	if cc < 3 {
		return nil
	}
	if !coordinators[t[cc].lower()] && !contrastCoordinators[t[cc].lower()] || t[v].Tag != "VBD" && t[v].Tag != "VBZ" {
		return nil // "and urged", "but urged": "said Argentina had made progress, but urged Buenos Aires to", "said Chile needed aid but criticised Peru"
	}
	finite := 0 // the finite verbs of the reported clause
	for g := cc - 1; g >= 0 && g >= v-16; g-- {
		w := t[g].lower()
		if clauseBreaks[w] || w == ";" || relativePronouns[w] {
			return nil
		}
		if isQuoteMark(t[g].Text) {
			continue // whatever the tagger took it for: `said in a statement that "there can be no solution" and urged`
		}
		if speechVerbs[w] && isFinite(t[g].Tag) {
			if finite != 1 && !(t[cc-1].Text == "," && finite > 1 && finite <= 3) {
				return nil // but after a comma, a clause of clauses: "said it was unacceptable that customers had been left without gas, and ordered Gazprom to"
			}
			return c.subjectOf(g)
		}
		if isFinite(t[g].Tag) {
			finite++
		}
	}
	return nil
}

// tellForms report a quotation as the speech verbs do, told to someone:
// "'We are asking ...,' Altun told journalists".
var tellForms = lexicon.Class("tellForms")

// contrastCoordinators join two verbs of one subject as "and" does:
// "welcomed Peru but blamed Bolivia".
var contrastCoordinators = lexicon.Class("contrastCoordinators")

// relativeAdverbs open a relative clause of place or time.
var relativeAdverbs = lexicon.Class("relativeAdverbs")

// pastRelative is the token before a relative clause in commas that ends
// at the comma at k, or before a noun phrase in apposition that holds one,
// or k itself when none ends there:
//
//	, (who|which|where|...) ... ,
//	, [DT|JJ|NN|CD]+ (who|which|that FINITE) ... ,
//
// "condemned the attack, which was claimed by Islamic Jihad, and urged
// Israel"; "suffers from osteoporosis, a disease that weakens the bones,
// and has flown to Washington".
func (c *eventCtx) pastRelative(k int) int {
	t := c.t
	if k < 0 || t[k].Text != "," {
		return k
	}
	j := k - 1
	for j >= 0 && t[j].Text != "," {
		j--
	}
	if j >= 0 && j+1 < k {
		if w := t[j+1].lower(); relativePronouns[w] || relativeAdverbs[w] {
			return j - 1
		}
		for r := j + 1; r+1 < k; r++ {
			w := t[r].lower()
			if r > j+1 && strings.HasPrefix(t[r-1].Tag, "NN") && (relativePronouns[w] || thatWords[w] && isFinite(t[r+1].Tag)) {
				return j - 1 // the noun phrase's relative clause
			}
			if !(t[r].Tag == "DT" || t[r].Tag == "JJ" || t[r].Tag == "CD" || strings.HasPrefix(t[r].Tag, "NN")) {
				break
			}
		}
	}
	return k
}

// finiteBefore is the nearest finite verb at or before token from that is
// no actor's word, looking back no further than a word that ends says ends
// the clause; -1 when there is none.
func (c *eventCtx) finiteBefore(from int, ends func(w string) bool) int {
	for f := from; f >= 0; f-- {
		if ends(c.t[f].lower()) {
			return -1
		}
		if isFinite(c.t[f].Tag) && actorAt(c.acts, f) < 0 && !(f > 0 && c.t[f-1].Tag == "TO") {
			return f // not an infinitive the tagger took for a present: "to withdraw/VBP"
		}
	}
	return -1
}

// clauseOpener reports a word that opens a clause of its own, a clause
// break, "that" or a relative pronoun: the finite verb before it is
// another clause's.
func clauseOpener(w string) bool { return clauseBreaks[w] || thatWords[w] || relativePronouns[w] }

// managementNouns after a body's possessive pronoun stand for the body:
// "its management has continued talks with".
var managementNouns = lexicon.Class("managementNouns")

// speechVerbs report what their subject says.
var speechVerbs = lexicon.Class("speechVerbs")

// typeOf is the type of the actor with key in the sentence.
func (c *eventCtx) typeOf(key string) EntityType {
	for _, a := range c.acts {
		if a.key == key {
			return a.typ
		}
	}
	if strings.HasPrefix(key, "person:") {
		return Person
	}
	return ""
}

// adverbial reports a stretch of tokens [i, j) with no verb and no actor,
// such as ", for geopolitical purposes,".
func (c *eventCtx) adverbial(i, j int) bool {
	for k := i; k < j; k++ {
		if strings.HasPrefix(c.t[k].Tag, "VB") || actorAt(c.acts, k) >= 0 {
			return false
		}
	}
	return j > i
}

// possessorSubject returns the actor that owns the subject of the verb at v
// when the subject is "X's NOUN" ("New Zealand's concerns had been
// conveyed"), or "" (and when the noun names its people, not its agents).
func (c *eventCtx) possessorSubject(v int) string {
	t := c.t
	k := c.subjectEnd(v)
	if k >= 0 && (civilianNouns[t[k].lower()] || diplomatNouns[t[k].lower()]) {
		return "" // "Chile's fans were invited to Lima", "Russia's diplomats were expelled", "Peru's ambassador was expelled from Chile": done to them by another
	}
	for k >= 0 && strings.HasPrefix(t[k].Tag, "NN") && actorAt(c.acts, k) < 0 {
		k--
	}
	if k < 1 || !isPossessive(t[k].Text) {
		return ""
	}
	if a := actorAt(c.acts, k-1); a >= 0 {
		return c.acts[a].key
	}
	return ""
}

// claimOwnerSubject returns the actor whose claim, bid or decision is the
// subject of the verb at v, "X's NOUN [to VERB ...|PREP ...]", or "": what
// is done to a claim in the passive is done to its author, as in the
// active (claimant): "Turkey's application was rejected by Austria",
// "Turkey's bid to join the EU was backed by Germany", "Ruiz's remarks
// about Peru were criticised by Chile".
func (c *eventCtx) claimOwnerSubject(v int) string {
	t := c.t
	k := c.subjectEnd(v)
	end := k + 1 // the subject's phrase ends before end
	for n := 0; k >= 2 && n < 10; k, n = k-1, n+1 {
		if claimNouns[t[k].lower()] && isPossessive(t[k-1].Text) {
			if a := actorAt(c.acts, k-2); a >= 0 && c.acts[a].b == k-1 && (k+1 == end || infinitiveMarks[t[k+1].lower()] || t[k+1].Tag == "IN") {
				return c.acts[a].key
			}
			return ""
		}
		if w := t[k].lower(); clauseBreaks[w] || thatWords[w] || w == "," || isFinite(t[k].Tag) {
			return ""
		}
	}
	return ""
}

// subjectEnd is the last word of the subject of the verb at v, back over
// its auxiliaries and adverbs: "the talks have also been" before
// "suspended".
func (c *eventCtx) subjectEnd(v int) int {
	k := v - 1
	for k >= 0 && (skippable[c.t[k].lower()] || c.t[k].Tag == "RB") {
		k--
	}
	return k
}

// civilianNouns name a state's people who are not its agents: what is done
// to them in the passive is another's doing.
var civilianNouns = lexicon.Class("civilianNouns")

// mainSubject finds the subject of the main clause for a verb in an opening
// participle clause: "Before visiting Israel, Mr Blair ...", "By signing
// the agreement, the prime ministers of Bulgaria, Albania and Macedonia ...".
func (c *eventCtx) mainSubject(v, end int) []string {
	t := c.t
	for k := datelineEnd(t); k < v; k++ {
		if tag := t[k].Tag; t[k].Text == "," || !(tag == "IN" || tag == "RB" || tag == "DT" || tag == "PRP$" || tag == "CD" || strings.HasPrefix(tag, "JJ") || timeOpeners[t[k].lower()]) {
			return nil // the participle does not open the sentence: "they are declaring"
		}
	}
	return c.subjectAfterComma(end)
}

// subjectAfterComma is the actor that opens the clause after the first
// comma from token k on, before its verb: the main clause's subject after
// an opening phrase.
func (c *eventCtx) subjectAfterComma(k int) []string {
	t := c.t
	for j := k; j < len(t); j++ {
		if t[j].Text != "," {
			continue
		}
		for i := j + 1; i < len(t) && i < j+8; i++ {
			if a := actorAt(c.acts, i); a >= 0 {
				a = c.head(a) // "Greek Foreign Minister Nikos Dendias": the minister
				return c.coordinated(a, 1)
			}
			if strings.HasPrefix(t[i].Tag, "VB") {
				return nil
			}
		}
		return nil
	}
	return nil
}

// passiveAgent finds the agent of a passive verb whose pattern ends at end:
// "by X", or a nationality in "killed in an Israeli raid".
func (c *eventCtx) passiveAgent(end int) []string {
	t, acts := c.t, c.acts
	for k := end; k < len(t) && k < end+10; k++ {
		w := t[k].lower()
		if clauseBreaks[w] || w == "." {
			break
		}
		if j := pastAdverbs(t, k+1); coordinators[w] && k > end && j < len(t) && (t[j].Tag == "VBN" || j > k+1 && t[j].Tag == "VBD") {
			// "was sacked after the tour and replaced by Tendulkar", "was
			// sold off last year and eventually acquired/VBD by Rosneft":
			// the agent is the second verb's; but "were killed or wounded
			// by Japanese troops": both verbs'
			break
		}
		if agentPreps[w] {
			return c.objectAfter(k+1, 5)
		}
		if duringPreps[w] && k+2 < len(t) {
			for j := k + 1; j < len(t) && j <= k+3; j++ {
				if a := actorAt(acts, j); a >= 0 && (acts[a].demonym || acts[a].typ == Country && c.eventNounAt(compoundEnd(t, acts[a].b))) {
					return []string{acts[a].key} // "in an Israeli raid", "in a US drone strike"
				}
				if !(determiners[t[j].lower()] || t[j].Tag == "JJ" || t[j].Tag == "CD") {
					break // "killed in Baghdad, Iraqi police said": who tells, past the phrase
				}
			}
			if j := modifiersAfter(t, k+1); j < len(t) && c.eventNounAt(j) {
				if who, in := c.earlierAttackers(j); len(who) > 0 {
					c.doneIn = in // and the attack's date is the event's (eventdates.go)
					return who    // "was killed in the attack": the attack told before
				}
			}
		}
	}
	return nil
}

// nounAgentBeforeInfinitive is who does the infinitive at v that says
// what a deal, bid or plan by a party is to do: the party after "by",
// past an apposition that describes it; nil otherwise.
//
//	(EVENT|CLAIM)-NOUN by PARTY [, DESCRIPTION ,] to VB
//
// "a deal by Daesan Air, the country's biggest carrier, to buy Tarvo
// Airlines": Daesan Air buys, not whoever approved the deal.
func (c *eventCtx) nounAgentBeforeInfinitive(v int) []string {
	t := c.t
	if t[v].Tag != "VB" || v < 4 || !infinitiveMarks[t[v-1].lower()] {
		return nil
	}
	k := v - 2 // the word before "to"
	if t[k].Text == "," {
		for j := k - 1; j > 0 && j > k-8; j-- {
			if t[j].Text == "," {
				k = j - 1 // past ", the country's biggest carrier,"
				break
			}
		}
	}
	a := slices.IndexFunc(c.acts, func(a actor) bool { return a.b == k+1 && !a.modifier })
	if a < 0 {
		return nil
	}
	by := c.acts[a].a - 1
	if by < 1 || !agentPreps[t[by].lower()] || !strings.HasPrefix(t[by-1].Tag, "NN") || isCap(t[by-1].Text) {
		return nil
	}
	if w := t[by-1].lower(); !eventNoun(w) && !claimNouns[w] {
		return nil
	}
	return c.coordinated(a, -1)
}

// compoundEnd is the last of the nouns from token k on, the head of a
// compound ("drone strike" from "drone"); k itself when no noun is there.
func compoundEnd(t []Token, k int) int {
	for k+1 < len(t) && (t[k].Tag == "NN" || t[k].Tag == "NNS") && (t[k+1].Tag == "NN" || t[k+1].Tag == "NNS") {
		k++
	}
	return k
}

// trailingParticipleSubject is who does a participle at v that follows a
// comma: the subject of the nearest finite verb before it that has one
// ("Trump ... pulled the US out, imposing new sanctions"; "The talks
// collapsed after North Korea walked out, accusing the US"), else of the
// sentence's first verb; nil for any other word. An act not done by
// saying (verbal false) is the nearest clause's, whose subject a common
// noun may be: "Ruiz said the arms sales violate the treaty, undermining
// Peru's sovereignty" is the sales', no party's; but "Chile said the
// sanctions hurt trade, accusing Peru" is Chile's.
func (c *eventCtx) trailingParticipleSubject(v int, verbal bool) []string {
	t := c.t
	if t[v].Tag != "VBG" || v == 0 || t[v-1].Text != "," {
		return nil
	}
	if who := c.appointee(v); len(who) > 0 {
		return who // "appointed Soto as finance minister, replacing Vega" (appointedlist.go)
	}
	for f := v - 2; f >= 0; f-- {
		if isFinite(t[f].Tag) && actorAt(c.acts, f) < 0 {
			if keys := c.subjectOf(f); len(keys) > 0 {
				return keys
			}
			if !verbal && c.commonNounSubject(f) {
				return nil
			}
		}
	}
	for f := 0; f < v-1; f++ {
		if strings.HasPrefix(t[f].Tag, "VB") && actorAt(c.acts, f) < 0 {
			return c.subjectOf(f)
		}
	}
	return nil
}

// commonNounSubject reports a finite verb at f whose subject is a common
// noun in lower case right before it, past adverbs: "the arms sales
// seriously violate".
func (c *eventCtx) commonNounSubject(f int) bool {
	t := c.t
	k := f - 1
	for k >= 0 && t[k].Tag == "RB" {
		k--
	}
	return k >= 0 && (t[k].Tag == "NN" || t[k].Tag == "NNS") && !isCap(t[k].Text) && actorAt(c.acts, k) < 0
}

// possessorOfPeople is the actor that owns a nationality's people named
// by actor a ("Kosovo's Albanian leaders": the nationality says who they
// are, the owner whose they are), or -1.
func (c *eventCtx) possessorOfPeople(a int) int {
	t, act := c.t, c.acts[a]
	if !act.demonym || act.a < 2 || !isPossessive(t[act.a-1].Text) {
		return -1
	}
	if o := actorAt(c.acts, act.a-2); o >= 0 && c.acts[o].b == act.a-1 && !c.acts[o].modifier {
		return o
	}
	return -1
}

// describesPlace reports a nationality that describes the settlement
// after it: "the Bosnian town of Banja Luka".
func (c *eventCtx) describesPlace(a int) bool {
	act := c.acts[a]
	return act.demonym && act.b < len(c.t) && settlementNouns[c.t[act.b].lower()]
}

// baseVerbBefore is the nearest verb in its base form after "to" or a
// modal at or before token k in the same clause, or -1.
func (c *eventCtx) baseVerbBefore(k int) int {
	t := c.t
	for ; k >= 1; k-- {
		w := t[k].lower()
		if clauseBreaks[w] || thatWords[w] || relativePronouns[w] || isFinite(t[k].Tag) {
			return -1
		}
		if t[k].Tag == "VB" && (t[k-1].Tag == "TO" || t[k-1].Tag == "MD") {
			return k
		}
	}
	return -1
}

// nounSubjectBetween reports a coordinated clause between a coordinator at
// k and its verb at v whose subject is a common noun, no actor, after a
// clause with a verb of its own:
//
//	... VERB ... and [ADJ]* NOUN [AUX|ADV]* VERB
//
// "the parliament was suspended and political parties are banned": the
// parties are banned, not the parliament. A noun for a state's body or an
// office stands for an actor named before it ("and the government said"),
// and is none of these.
func (c *eventCtx) nounSubjectBetween(k, v int) bool {
	t := c.t
	if c.finiteBefore(k-1, clauseOpener) < 0 {
		return false // "Israeli helicopters and tanks shelled": nouns joined, one subject
	}
	j := v - 1
	for j > k && (auxiliary(t[j].Text) || t[j].Tag == "RB" || negations[t[j].lower()]) {
		j--
	}
	if j <= k || t[j].Tag != "NN" && t[j].Tag != "NNS" || !lowerWord(t[j].Text) || actorAt(c.acts, j) >= 0 ||
		groupNouns[t[j].lower()] || stateNouns[t[j].lower()] || c.isTitleWord(j) {
		return false
	}
	for i := k + 1; i < j; i++ {
		if t[i].Tag != "JJ" && !determiners[t[i].lower()] || actorAt(c.acts, i) >= 0 {
			return false
		}
	}
	return true
}

// afterBetween reports an actor a that ends a list of parties after
// "between" or "among", whose members a relative clause after the list
// does not share: "a row between Britain and the EU, which slapped".
func (c *eventCtx) afterBetween(a int) bool {
	t, acts := c.t, c.acts
	k := acts[a].a - 1
	for k >= 0 {
		for k >= 0 && determiners[t[k].lower()] {
			k--
		}
		if k < 0 || !(coordinators[t[k].lower()] || t[k].Text == ",") {
			break
		}
		b := actorAt(acts, k-1)
		if b < 0 {
			return false
		}
		k = acts[b].a - 1
	}
	for k >= 0 && determiners[t[k].lower()] {
		k--
	}
	return k >= 0 && k < acts[a].a-1 && betweenPreps[t[k].lower()]
}

// interruptingParticiple reports a present participle at v that opens a
// phrase set off by commas between a noun and its finite verb:
//
//	NOUN , VBG ... , VERB      "Tamil rebels, fighting a war against the government, finance ..."
//
// The noun is the participle's subject; a participle after the clause's
// object is its subject's ("Peru recalled its envoy, accusing Chile").
func (c *eventCtx) interruptingParticiple(v int) bool {
	t := c.t
	if t[v].Tag != "VBG" || v < 2 || t[v-1].Text != "," || !strings.HasPrefix(t[v-2].Tag, "NN") {
		return false
	}
	for k := v + 1; k+1 < len(t) && k < v+20; k++ {
		if clauseBreaks[t[k].lower()] || t[k].Tag == "." {
			return false
		}
		if t[k].Text == "," {
			return isFinite(t[k+1].Tag)
		}
	}
	return false
}

// titleOfPartyBefore reports a title and the party its office preposition
// names right before the comma at j: "The UN's humanitarian coordinator
// for Yemen,".
//
//	TITLE (of|for|at) PARTY ,
func (c *eventCtx) titleOfPartyBefore(j int) bool {
	a := actorAt(c.acts, j-1)
	if a < 0 || c.acts[a].b != j {
		return false
	}
	k := c.acts[a].a - 1
	for k >= 0 && determiners[c.t[k].lower()] {
		k--
	}
	return k >= 1 && officePreps[c.t[k].lower()] && c.isTitleWord(k-1)
}

// bodyBeforeKindNoun is the organization whose kind the noun at j names
// after it, past up to two words in lower case that describe it ("the
// Seleka rebel alliance", "the Hamas movement"), or -1.
//
//	ORGANIZATION [ADJ|NOUN]{0,2} (group|movement|alliance|...)
func (c *eventCtx) bodyBeforeKindNoun(j int) int {
	t := c.t
	if j < 1 || !orgTrailNouns[t[j].lower()] || isCap(t[j].Text) {
		return -1
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if a := actorAt(c.acts, k); a >= 0 {
			if c.acts[a].b == k+1 && c.acts[a].typ == Organization && !c.acts[a].modifier {
				return a
			}
			return -1
		}
		if isCap(t[k].Text) || !nounTag(t[k].Tag) && t[k].Tag != "JJ" {
			return -1
		}
	}
	return -1
}

// personOfBody is the person whose phrase ends right before token k: one
// named there, or the one a body named there is "of" ("Another opposition
// deputy, Gilber Caro of the Popular Will party, has been held" is Caro);
// -1 for none.
//
//	PERSON of [the] BODY [NOUN] ,
func (c *eventCtx) personOfBody(k int) int {
	t, acts := c.t, c.acts
	e := k
	if e >= 1 && orgTrailNouns[t[e-1].lower()] && !isCap(t[e-1].Text) {
		e-- // "of the Popular Will party"
	}
	a := actorAt(acts, e-1)
	if a < 0 || acts[a].b != e {
		return -1
	}
	if acts[a].typ == Person {
		if e != k {
			return -1
		}
		return a
	}
	j := acts[a].a - 1
	if j >= 0 && definite[t[j].lower()] {
		j--
	}
	if j < 1 || !ofWords[t[j].lower()] {
		return -1
	}
	if p := actorAt(acts, j-1); p >= 0 && acts[p].b == j && acts[p].typ == Person {
		return p
	}
	return -1
}

// relationOf reports an actor a named after "of" and a noun of a person's
// relation to another, which heads the phrase: its subject is the
// unnamed relation, not the actor.
//
//	[DET] [ADJ]* RELATION-NOUN of [DET|TITLE]* ACTOR
//
// "A critic of President Ana Ruiz accused", "a close ally of Ruiz said",
// "Supporters of former President Ahmed Ben Bella blocked".
func (c *eventCtx) relationOf(a int) bool {
	t := c.t
	k := c.acts[a].a - 1
	for k >= 0 && (determiners[t[k].lower()] || c.isTitleWord(k) && isCap(t[k].Text) || titleModifiers[t[k].lower()]) {
		k-- // "supporters of former President Ahmed Ben Bella"
	}
	return k >= 1 && ofWords[t[k].lower()] && relationNouns[t[k-1].lower()]
}

// relationNouns name a person by a relation to another: "a critic of",
// "the son of".
var relationNouns = lexicon.Class("relationNouns")

// pastAdverbs is the first token from k on that is no adverb.
func pastAdverbs(t []Token, k int) int {
	for k < len(t) && t[k].Tag == "RB" {
		k++
	}
	return k
}
