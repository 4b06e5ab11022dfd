package extract

// quoteSpeaker is the speaker a quotation is attributed to after it, who
// stands for the sentence's subject when it opens with the quotation and
// so names none of its own:
//
//	" QUOTE ," [WORD]* SPEAKER [, ...,]? SPEECH-VERB .
//	" QUOTE ," SPEECH-VERB [WORD]* SPEAKER .
//
// '"We want the alliance to train our police," the prime minister, Iyad
// Allawi, said. He also thanked Britain': he is Allawi. The speaker is the
// last person named after the quotation, else the last party; an actor
// key "" when the sentence is no such quotation.
func quoteSpeaker(t []Token, acts []actor) actor {
	if len(t) < 4 || !isQuoteMark(t[0].Text) {
		return actor{}
	}
	end := len(t)
	if t[end-1].Tag == "." {
		end--
	}
	closing := lastQuoteMark(t, end)
	if closing < 0 {
		return actor{}
	}
	said := false
	for k := closing + 1; k < end; k++ {
		if speechVerbs[t[k].lower()] || tellForms[t[k].lower()] {
			said = true
		} else if isFinite(t[k].Tag) {
			return actor{} // '"...," the minister said, adding that Iran would': a clause of its own
		}
	}
	if !said {
		return actor{}
	}
	var party, person actor
	for _, a := range acts {
		if a.a <= closing || a.b > end || a.demonym || a.modifier || a.media || a.where || len(a.also) > 0 {
			continue // but '"...," she told reporters in Lima': where, no speaker
		}
		party = a
		if a.typ == Person {
			person = a
		}
	}
	if person.key != "" {
		return person
	}
	return party
}

// speakerPronoun reports a sentence that opens with a quotation whose
// speaker is a pronoun for one person: '"We will not accept it," she
// told reporters'.
func speakerPronoun(t []Token) bool {
	if len(t) < 4 || !isQuoteMark(t[0].Text) {
		return false
	}
	closing := lastQuoteMark(t, len(t))
	if closing < 0 {
		return false
	}
	for j := closing + 1; j+1 < len(t); j++ {
		if w := t[j].lower(); personPronouns[w] && !pluralPronouns[w] && (speechVerbs[t[j+1].lower()] || tellForms[t[j+1].lower()]) {
			return true
		}
	}
	return false
}

// lastQuoteMark is the last quotation mark before token end, past the
// first token, or -1.
func lastQuoteMark(t []Token, end int) int {
	for k := end - 1; k > 0; k-- {
		if isQuoteMark(t[k].Text) {
			return k
		}
	}
	return -1
}

// isQuoteMark reports a quotation mark standing as a token of its own:
// straight (the tokenizer straightens curly ones) or written as TeX does.
func isQuoteMark(s string) bool {
	switch s {
	case `"`, "``", "''":
		return true
	}
	return false
}

// quotationEnds reports a quotation mark at k that closes a quotation: it
// follows the punctuation that ends what was said. What comes after it is
// no part of the quotation's clauses, so no verb inside takes its object
// there:
//
//	" ... VERB ... ," SPEAKER SAID
//
// '"We cannot supply gas for free," Gazprom's Alexander Ryazanov told
// reporters': Ryazanov is supplied nothing.
func quotationEnds(t []Token, k int) bool {
	if k < 1 || k >= len(t) || !isQuoteMark(t[k].Text) {
		return false
	}
	switch t[k-1].Text {
	case ",", ".", "?", "!":
		return true
	}
	return false
}
