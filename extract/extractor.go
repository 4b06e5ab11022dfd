package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/names"
)

// Extractor finds entities, officials and events in documents. It is safe
// for concurrent use: build one per process and share it.
type Extractor struct {
	lex *lexicon.Lexicon
	idx *index
	pos *posTagger
	// names is the name tagger trained on CoNLL-2003
	names *names.Model
	// hypothetical keeps events the text only supposes ("could sanction")
	hypothetical bool
}

// Option changes what an Extractor reports.
type Option func(*Extractor)

// IncludeHypothetical keeps events the text only supposes ("could
// sanction", "if elected"), marked Hypothetical; by default they are left out.
func IncludeHypothetical(include bool) Option {
	return func(x *Extractor) { x.hypothetical = include }
}

// New returns an Extractor using the embedded lexicon and prose's tagger
// model, both loaded once per process.
func New() (*Extractor, error) { return NewWith() }

// NewWith is New with options.
func NewWith(opts ...Option) (*Extractor, error) {
	lex, err := lexicon.Default()
	if err != nil {
		return nil, err
	}
	pos, err := loadPOSTagger()
	if err != nil {
		return nil, fmt.Errorf("load tagger: %w", err)
	}
	nm, err := names.Load()
	if err != nil {
		return nil, fmt.Errorf("load name tagger: %w", err)
	}
	x := &Extractor{lex: lex, idx: newIndex(lex), pos: pos, names: nm}
	for _, o := range opts {
		o(x)
	}
	return x, nil
}

// Extract tags doc and returns the entities, roles and events found in it.
// A failure inside the tagger is returned as an error for this document.
//
// A document longer than 256 KB is read in parts (see partBytes), and its
// sentences then keep no tokens.
func (x *Extractor) Extract(doc *Document) (*Result, error) {
	if runs := parts(doc, partBytes); len(runs) > 1 {
		return x.extractParts(doc, runs)
	}
	return x.extractWhole(doc)
}

// extractWhole reads doc as one: its names are resolved over all of it.
func (x *Extractor) extractWhole(doc *Document) (*Result, error) {
	pos := x.pos
	for i := range doc.Sentences {
		toks, err := tagSentence(pos, doc, &doc.Sentences[i])
		if err != nil {
			return nil, fmt.Errorf("extract %s: %w", doc.ID, err)
		}
		if doc.Sentences[i].Headline {
			x.titleCaseTags(toks)
		}
		toks = dropFrontedLabels(dropObjectLabels(dropRestatedSums(toks)))
		x.pastTense(toks)
		x.foreignVerbs(toks)
		x.afterRelative(toks)
		x.mainPast(toks)
		x.claimVerbs(toks)
		x.reducedParticiple(toks)
		x.presentVerbs(toks)
		x.nationalPlurals(toks)
		x.pluralSubjectVerbs(toks)
		x.baseVerbs(toks)
		x.relativeVerbs(toks)
		x.lightVerbs(toks)
		x.coordinatedPasts(toks)
		eventNounAdjectives(toks)
		x.titleParticiples(toks)
		groupParticiples(toks)
		objectPronouns(toks)
		x.listBaseVerbs(toks, doc.Sentences[i].Headline)
		if doc.Sentences[i].Headline {
			x.headlinePluralVerbs(toks)
		}
		doc.Sentences[i].Tokens = toks
	}
	r := &Result{Doc: doc}
	trees := newSentenceTrees(doc)
	ents := x.findEntities(doc, trees)
	r.Events, r.References = x.findEvents(doc, ents, trees)
	x.addCapitalCountries(doc, ents, r.Events)
	x.addOwnerCountries(ents)
	r.Entities = ents.list()
	r.UnresolvedDates = unresolvedDates(doc, r.Events)
	return r, nil
}

// addCapitalCountries adds the countries that events name through their
// capitals ("Washington has voiced concern") and that the text does not
// name itself; the capital's mentions count for the country.
func (x *Extractor) addCapitalCountries(doc *Document, de *docEntities, events []Event) {
	for _, ev := range events {
		for _, key := range append(append([]string(nil), ev.Agents...), ev.Targets...) {
			e := x.addUnnamedCountry(de, key)
			if e == nil {
				continue
			}
			for _, c := range de.cands {
				if c.typ == Location && c.country == e.Country && c.gaz != nil && standsForState(c.gaz.kind) {
					e.Mentions = append(e.Mentions, Mention{Text: doc.Text[c.start:c.end], Start: c.start, End: c.end, Sentence: c.sent, Demonym: true})
				}
			}
		}
	}
}

// addOwnerCountries adds the countries that own an office the text gives
// and that it does not name itself ("Chancellor Gordon Brown": the United
// Kingdom), under their names, so that no node is left to be named by its
// code alone.
func (x *Extractor) addOwnerCountries(de *docEntities) {
	for _, e := range de.list() {
		for _, r := range e.Roles {
			x.addUnnamedCountry(de, r.Of)
		}
	}
}

// addUnnamedCountry adds the country that key stands for, under its
// name and with no mention, when the document has no entity of that key,
// and returns it; nil when key is no country's or its entity is there.
func (x *Extractor) addUnnamedCountry(de *docEntities, key string) *Entity {
	code, ok := strings.CutPrefix(key, "country:")
	if !ok || de.byKey[key] != nil || x.idx.countries[code] == "" {
		return nil
	}
	e := &Entity{Key: key, Type: Country, Label: x.idx.countries[code], Country: code, Aliases: []string{}}
	de.byKey[key] = e
	return e
}

// pastTense tags as a simple past the forms that are nothing else ("spoke",
// "gave") where the tagger took them for a noun: "the prime minister
// spoke/NN by telephone". After a determiner, an adjective or a possessive
// the tag stands.
func (x *Extractor) pastTense(toks []Token) {
	for i := 1; i < len(toks); i++ {
		if toks[i].Tag != "NN" || !x.idx.pastOnly[toks[i].lower()] {
			continue
		}
		p := toks[i-1]
		if determiners[strings.ToLower(p.Text)] || p.Tag == "JJ" || p.Tag == "PRP$" || p.Tag == "POS" {
			continue
		}
		toks[i].Tag = "VBD"
	}
}

// foreignVerbs tags as a simple past a past form of an English verb that
// the tagger took for a foreign word: "Specter, who wants Perry to resign,
// met/FW Saudi officials". Only a form in lower case that the lexicon
// takes back to another lemma, and not in -s or -ing ("met", "signed").
func (x *Extractor) foreignVerbs(toks []Token) {
	for i := range toks {
		w := toks[i].Text
		if toks[i].Tag != "FW" || isCap(w) {
			continue
		}
		if x.idx.lemma(w) != strings.ToLower(w) && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ing") {
			toks[i].Tag = "VBD"
		}
	}
}

// afterRelative tags as a simple past the verb that follows a relative
// clause in commas after the sentence's subject, which the tagger reads
// as a participle: "Amnesty, which monitors rights, described/VBN the
// verdict as harsh". Only where no finite verb comes before the clause,
// and the form can be a simple past (in -ed, or an irregular past).
//
//	SUBJ , (who|which) ... , VBN   ->   SUBJ , (who|which) ... , VBD
func (x *Extractor) afterRelative(toks []Token) {
	for i := 2; i < len(toks); i++ {
		if w := toks[i].lower(); toks[i].Tag != "VBN" || toks[i-1].Text != "," || !x.idx.pasts[w] && !strings.HasSuffix(w, "ed") {
			continue
		}
		j := i - 2
		for j >= 0 && toks[j].Text != "," {
			j--
		}
		if j < 1 || !relativePronouns[toks[j+1].lower()] {
			continue
		}
		if !slices.ContainsFunc(toks[:j], func(t Token) bool { return isFinite(t.Tag) }) {
			toks[i].Tag = "VBD"
		}
	}
}

// mainPast tags as a simple past the sentence's one verb when the tagger
// read it as a participle after its subject, or after the comma that
// closes a name in apposition to it: "EU energy ministers called/VBN on
// Moscow and Kiev to resolve the dispute", "The head of the army, Gen
// Abdel Fattah al-Burhan, accused/VBN the RSF". Only where no
// verb comes before it and no finite verb after it, so that it is no
// participle before the clause's own verb ("Troops stationed in Mali
// attacked"), and the form can be a simple past.
func (x *Extractor) mainPast(toks []Token) {
	for i := 1; i < len(toks); i++ {
		tag := toks[i].Tag
		if strings.HasPrefix(tag, "VB") || tag == "MD" {
			w := toks[i].lower()
			subject := strings.HasPrefix(toks[i-1].Tag, "NN") ||
				i >= 2 && toks[i-1].Text == "," && strings.HasPrefix(toks[i-2].Tag, "NN") && slices.ContainsFunc(toks[:i-1], func(t Token) bool { return t.Text == "," })
			if tag != "VBN" || !subject || !x.idx.pasts[w] && !strings.HasSuffix(w, "ed") {
				return
			}
			for _, t := range toks[i+1:] {
				if isFinite(t.Tag) {
					return
				}
			}
			if i+1 < len(toks) && agentPreps[toks[i+1].lower()] {
				return // "Rebels backed by Rwanda": a passive
			}
			toks[i].Tag = "VBD"
			return
		}
	}
}

// reducedParticiple tags as a participle the sentence's first verb, in
// -ed or an irregular past, that the tagger read as a simple past after
// its subject where a preposition follows it and the clause's own finite
// verb comes after that phrase: "An Italian aid worker kidnapped/VBD in
// Baghdad last month has been freed", done to the worker. Not a verb of
// saying or wanting, whose clause may follow the phrase ("Iran said in a
// statement it would"), nor before a pronoun's verb.
//
//	NOUN VBD IN ... FINITE   ->   NOUN VBN IN ... FINITE
func (x *Extractor) reducedParticiple(toks []Token) {
	for i := 1; i+1 < len(toks); i++ {
		tag := toks[i].Tag
		if !strings.HasPrefix(tag, "VB") && tag != "MD" {
			continue
		}
		w := toks[i].lower()
		if tag != "VBD" || !strings.HasPrefix(toks[i-1].Tag, "NN") || toks[i+1].Tag != "IN" || agentPreps[toks[i+1].lower()] ||
			!x.idx.pasts[w] && !strings.HasSuffix(w, "ed") || speechVerbs[w] || tellForms[w] || denyVerbs[w] || desireWords[w] {
			return
		}
		for j := i + 2; j < len(toks) && j < i+10; j++ {
			jw := toks[j].lower()
			if jw == "," || clauseBreaks[jw] || thatWords[jw] || relativePronouns[jw] || coordinators[jw] || subordinators[jw] && toks[j].Tag == "IN" {
				return
			}
			if isFinite(toks[j].Tag) {
				if toks[j-1].Tag != "PRP" {
					toks[i].Tag = "VBN"
				}
				return
			}
		}
		return
	}
}

// lightVerbs tags as a simple past a form in -ed that the tagger took for
// an adjective where the words after it are one of the lexicon's phrases
// of that verb, as no adjective begins: "accused China of spying and
// imposed/JJ sanctions on Russia". After a determiner or a possessive the
// tag stands ("the imposed sanctions").
func (x *Extractor) lightVerbs(toks []Token) {
	for i := 1; i+1 < len(toks); i++ {
		w := toks[i].Text
		if toks[i].Tag != "JJ" || !strings.HasSuffix(w, "ed") || isCap(w) {
			continue
		}
		if p := toks[i-1]; determiners[strings.ToLower(p.Text)] || p.Tag == "PRP$" || p.Tag == "POS" {
			continue
		}
		for _, pat := range x.idx.verbs[x.idx.lemma(w)] {
			if _, ok := matchRest(toks, i+1, pat.rest); ok && len(pat.rest) > 0 {
				toks[i].Tag = "VBD"
				break
			}
		}
	}
}

// coordinatedPasts tags as a simple past a past form that the tagger took
// for an adjective or a participle where a coordinator joins it to a
// simple past before it and an object follows it:
//
//	VBD ... (and|but) [RB]{0,2} FORM/(JJ|VBN) (DT|NNP|PRP|PRP$|CD)
//
// "dismissed the accusation and criticised/JJ Ukraine", "met Merkel and
// offered/VBN Ukraine a loan", after a copula too ("said the dispute was
// commercial and offered/VBN Ukraine a loan"). A past form after a
// participle shares its auxiliary and stays ("were arrested and
// charged/VBN"), and so does an adjective before a noun ("Chile and
// armed/JJ militants").
func (x *Extractor) coordinatedPasts(toks []Token) {
	for i := 2; i+1 < len(toks); i++ {
		w := toks[i].lower()
		if toks[i].Tag != "JJ" && toks[i].Tag != "VBN" || isCap(toks[i].Text) || !x.idx.pasts[w] && !strings.HasSuffix(w, "ed") {
			continue
		}
		if next := toks[i+1].Tag; next != "DT" && next != "NNP" && next != "PRP" && next != "PRP$" && next != "CD" {
			continue
		}
		cc := coordinatorBefore(toks, i)
		if cc == i-1 && !coordinators[toks[cc].lower()] && !contrastCoordinators[toks[cc].lower()] {
			continue
		}
		for j := cc - 1; j >= 0; j-- {
			if tag := toks[j].Tag; strings.HasPrefix(tag, "VB") || tag == "MD" {
				if tag == "VBD" && (!auxiliary(toks[j].Text) || copula(toks, j)) {
					toks[i].Tag = "VBD"
				}
				break
			}
		}
	}
}

// copula reports a form of "be" at token j that links its subject to
// what follows, no auxiliary of a verb after it: "was commercial", "were
// in Paris"; not "was arrested", "were meeting".
func copula(toks []Token, j int) bool {
	if !beForms[toks[j].lower()] {
		return false
	}
	k := j + 1
	for k < len(toks) && toks[k].Tag == "RB" {
		k++
	}
	return k < len(toks) && !strings.HasPrefix(toks[k].Tag, "VB")
}

// eventNounAdjectives tags as a noun an event noun that the tagger took for
// an adjective where it ends its noun phrase, after a determiner, an
// adjective or an owner and before a preposition, a verb or punctuation:
// "began an offensive/JJ against", "Russia's offensive/JJ in the east".
// Before a noun it stays an adjective ("offensive weapons").
func eventNounAdjectives(toks []Token) {
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Tag != "JJ" || !eventNoun(toks[i].lower()) {
			continue
		}
		prev, next := toks[i-1].Tag, toks[i+1].Tag
		if !(prev == "DT" || prev == "JJ" || prev == "PRP$" || prev == "POS") {
			continue
		}
		if next == "IN" || next == "TO" || strings.HasPrefix(next, "VB") || next == "MD" || !isWord(toks[i+1].Text) {
			toks[i].Tag = "NN"
		}
	}
}

// titleParticiples tags as an adjective a participle that stands before a
// title, over the names that own it, where it describes the office
// holder: "acting/VBG president Biljana Plavsic", "visiting/VBG U.S.
// Congressman Dana Rohrabacher"; not after an auxiliary.
func (x *Extractor) titleParticiples(toks []Token) {
	for i := 0; i+1 < len(toks); i++ {
		if !strings.HasPrefix(toks[i].Tag, "VB") || !participleAdjectives[toks[i].lower()] || i > 0 && auxiliary(toks[i-1].Text) {
			continue // but "is visiting President Chirac"
		}
		j := i + 1
		for j < len(toks) && j < i+4 && isCap(toks[j].Text) && !x.idx.titleHeads[toks[j].lower()] {
			j++
		}
		if j < len(toks) && x.idx.titleHeads[toks[j].lower()] {
			toks[i].Tag = "JJ"
		}
	}
}

// objectPronouns tags as an object pronoun a pronoun that may be either
// ("her") which the tagger read as a possessive where no noun phrase
// follows it: a preposition, an article, a clause word, a verb, a
// punctuation mark or the sentence's end.
//
//	her/PRP$ (IN|TO|DT|CC|WDT|WP|MD|VBD|VBZ|VBP|PRP|punctuation|end)
//
// "accused her/PRP$ of attacking Bush", "told her/PRP$ that"; but "her
// remarks", "her own party".
func objectPronouns(toks []Token) {
	for i, tok := range toks {
		if tok.Tag != "PRP$" || !ambiguousPronouns[tok.lower()] {
			continue
		}
		if i+1 == len(toks) || opensNoNounPhrase(toks[i+1]) {
			toks[i].Tag = "PRP"
		}
	}
}

// ambiguousPronouns are both possessive and object pronouns: "her".
var ambiguousPronouns = lexicon.Class("ambiguousPronouns")

// opensNoNounPhrase reports a token that cannot go on a noun phrase a
// possessive opens.
func opensNoNounPhrase(tok Token) bool {
	switch tok.Tag {
	case "IN", "TO", "DT", "CC", "WDT", "WP", "MD", "VBD", "VBZ", "VBP", "PRP", "PRP$", ".", ",", ":", "``", "''":
		return true
	}
	return false
}

// groupParticiples tags as an adjective a participle in "-ing" that opens
// a noun phrase ending in a group of people, after a determiner, an owner,
// or "by" after a passive participle, with at most two adjectives or
// capitalised words between:
//
//	(DT|POS|PRP$|VBN by) VBG [JJ|NNP]{0,2} GROUP-NOUN
//
// "were killed by invading/VBG Japanese troops", "the advancing Chilean
// forces": the troops invade, not the clause's subject. After another
// preposition it stays a gerund, which may have the group for object
// ("accused Peru of attacking Chilean troops").
func groupParticiples(toks []Token) {
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Tag != "VBG" {
			continue
		}
		switch prev := toks[i-1]; {
		case prev.Tag == "DT" || prev.Tag == "POS" || prev.Tag == "PRP$":
		case agentPreps[prev.lower()] && i >= 2 && toks[i-2].Tag == "VBN":
		default:
			continue
		}
		j := i + 1
		for j < len(toks) && j < i+3 && (toks[j].Tag == "JJ" || toks[j].Tag == "NNP" || toks[j].Tag == "NNPS") && !groupNouns[toks[j].lower()] {
			j++
		}
		if j < len(toks) && groupNouns[toks[j].lower()] && !isCap(toks[j].Text) {
			toks[i].Tag = "JJ"
		}
	}
}

// presentVerbs tags as a present tense the verbs in -s that a sentence (a
// headline, most often) puts between two names, which the tagger reads as
// nouns: "Israel strikes/NNS Lebanon", "Peru expels/NNS Chile's envoy",
// "The UN condemns/NN Myanmar", "Pakistan frees/NNS Indian prisoners".
func (x *Extractor) presentVerbs(toks []Token) {
	for i := 1; i+1 < len(toks); i++ {
		if agentNouns[toks[i].lower()] {
			continue // "F.A. Cup champions Manchester United": who they are
		}
		if !(toks[i].Tag == "NNS" || toks[i].Tag == "NN" && strings.HasSuffix(toks[i].Text, "s")) || !strings.HasPrefix(toks[i-1].Tag, "NNP") && !x.idx.titleHeads[toks[i-1].lower()] && !eventNoun(toks[i-1].lower()) && !groupNouns[toks[i-1].lower()] {
			continue // but "Peru's president visits/NNS Chile", "Israeli strike kills/NNS Hezbollah commander", "Mali junta expels/NNS": after a title, an event noun or a state's body too
		}
		if next := toks[i+1].Tag; !strings.HasPrefix(next, "NNP") && next != "DT" && next != "PRP$" && next != "CD" &&
			!(next == "JJ" && i+2 < len(toks) && (toks[i+2].Tag == "NN" || toks[i+2].Tag == "NNS")) {
			continue // but "Pakistan frees/NNS Indian prisoners"
		}
		if _, ok := x.idx.verbs[x.idx.lemma(toks[i].Text)]; ok {
			toks[i].Tag = "VBZ"
		}
	}
}

// pluralSubjectVerbs tags as a present tense a verb's base form that
// the tagger read as a preposition, a noun or an adjective between a
// plural subject and its object, when the lexicon knows it as a verb:
//
//	(NNPS | NNP in -s | NNS) VB-AS-(IN|NN|JJ) (DT|NNP|NNPS|PRP|PRP$|CD)
//
// "The Lib Dems accuse/IN Mr Blair of making a speech", "Rebels
// attack/NN the town". After a plural subject and before a name or an
// article, a verb's base form is its present tense: neither a preposition
// nor a noun of the subject's phrase stands there.
func (x *Extractor) pluralSubjectVerbs(toks []Token) {
	for i := 1; i+1 < len(toks); i++ {
		w := toks[i]
		if w.Tag != "IN" && w.Tag != "NN" && w.Tag != "JJ" || isCap(w.Text) || x.idx.verbLemma(w.Text) != w.lower() {
			continue
		}
		if _, ok := x.idx.verbs[w.lower()]; !ok {
			continue
		}
		prev := toks[i-1]
		plural := prev.Tag == "NNPS" || prev.Tag == "NNS" || prev.Tag == "NNP" && strings.HasSuffix(prev.Text, "s") && !isPossessive(prev.Text)
		if plural && opensObject(toks[i+1].Tag) {
			toks[i].Tag = "VBP"
		}
	}
}

// nationalPlurals tags as a plural noun a word in -s that the tagger read
// as a present tense right after an article and a nationality, where only
// the noun the nationality describes can stand:
//
//	DT NATIONALITY VBZ-in-s      "gave the Colombian diplomats/VBZ 48 hours to leave"
//
// A speech verb or a verb the lexicon knows stays: "the Colombian says".
func (x *Extractor) nationalPlurals(toks []Token) {
	for i := 2; i < len(toks); i++ {
		if toks[i].Tag != "VBZ" || !strings.HasSuffix(toks[i].Text, "s") || isCap(toks[i].Text) || !determiners[toks[i-2].lower()] || speechVerbs[toks[i].lower()] {
			continue
		}
		if _, verb := x.idx.verbs[x.idx.verbLemma(toks[i].Text)]; verb {
			continue // "the Colombian attacks Peru": a verb the lexicon knows
		}
		if es := x.idx.lookup(toks[i-1].Text); len(es) > 0 && es[0].demonym {
			toks[i].Tag = "NNS"
		}
	}
}

// baseVerbs tags as a base form a verb the tagger read as a noun where
// only a verb's base form can stand, after the "to" of an infinitive, a
// modal, or "not" after a form of "do", and before its object (past a
// particle):
//
//	(TO | MD [RB] | do not) NN [RP] (DT|NNP|NNPS|PRP|PRP$|CD)
//
// "refused to hand/NN over Jorge Soto", "did not hand/NN over the
// suspects". Only a verb the lexicon's patterns know, in lower case; but
// "a threat to peace in Peru", "turned to aid agencies": no object
// follows.
func (x *Extractor) baseVerbs(toks []Token) {
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Tag != "NN" || isCap(toks[i].Text) {
			continue
		}
		pats, ok := x.idx.verbs[toks[i].lower()]
		if !ok {
			continue
		}
		k := i - 1
		if (toks[k].Tag == "RB" || skippable[toks[k].lower()]) && k > 0 && toks[k-1].Tag == "MD" {
			k-- // "could soon hand", "will next visit"
		}
		switch {
		case toks[k].Tag == "TO" || toks[k].Tag == "MD":
		case negations[toks[k].lower()] && k > 0 && haveDoForms[toks[k-1].lower()] && !haveForms[toks[k-1].lower()]:
		default:
			continue
		}
		j := i + 1
		if toks[j].Tag == "RP" || slices.ContainsFunc(pats, func(p verbEntry) bool { return len(p.rest) > 0 && p.rest[0] == toks[j].lower() }) {
			j++ // "hand over"
		}
		if j < len(toks) && opensObject(toks[j].Tag) {
			toks[i].Tag = "VB"
		}
	}
}

// opensObject reports a tag that opens a verb's object: a determiner, a
// name, a pronoun, an owner's pronoun or a number.
func opensObject(tag string) bool {
	switch tag {
	case "DT", "NNP", "NNPS", "PRP", "PRP$", "CD":
		return true
	}
	return false
}

// relativeVerbs tags as a present tense a word in -s that the tagger took
// for a noun right after a relative pronoun, or after the name that is its
// clause's subject, and one joined to it by "and", when the lexicon knows
// it as a verb: "Iran, which funds/NNS and arms/NNS Hezbollah", "Iran,
// which the US accuses/NNS of". A relative pronoun is followed by its
// clause's verb or subject, never by a plural noun of the clause's own.
func (x *Extractor) relativeVerbs(toks []Token) {
	for i := 1; i < len(toks); i++ {
		r := i - 1 // past a subject named between: "which the US accuses/NNS of"
		for r > 0 && strings.HasPrefix(toks[r].Tag, "NNP") && i-r <= 4 {
			r--
		}
		if r < i-1 && r > 0 && determiners[toks[r].lower()] {
			r--
		}
		if !relativePronouns[toks[r].lower()] || !x.presentForm(toks[i]) {
			continue
		}
		toks[i].Tag = "VBZ"
		for j := i + 2; j < len(toks) && coordinators[toks[j-1].lower()] && x.presentForm(toks[j]); j += 2 {
			toks[j].Tag = "VBZ" // "which funds and arms"
		}
	}
}

// presentForm reports a word in -s tagged as a noun that the lexicon's
// patterns know as a verb: "funds", "arms".
func (x *Extractor) presentForm(tok Token) bool {
	if tok.Tag != "NNS" && !(tok.Tag == "NN" && strings.HasSuffix(tok.Text, "s")) || isCap(tok.Text) {
		return false
	}
	_, ok := x.idx.verbs[x.idx.lemma(tok.Text)]
	return ok
}

// headlinePluralVerbs tags as a present tense the base form of a verb
// that a headline puts after a plural noun and before its object, which
// the tagger reads as a noun: "Chilean jets strike/NN Peruvian border
// posts". Only a verb the lexicon's patterns know, in lower case, before a
// name, a nationality, an article or a possessive, or, read as a noun or
// an adjective, before the words of one of its phrases ("FARC rebels
// sign/JJ peace deal").
func (x *Extractor) headlinePluralVerbs(toks []Token) {
	for i := 1; i+1 < len(toks); i++ {
		plural := toks[i-1].Tag == "NNS" || i == 1 && strings.HasPrefix(toks[0].Tag, "NNP") && strings.HasSuffix(toks[0].Text, "s")
		if toks[i].Tag != "NN" && toks[i].Tag != "JJ" || isCap(toks[i].Text) || !plural {
			continue // but "Houthis attack/NN British ship": a plural name opening the headline
		}
		pats, ok := x.idx.verbs[toks[i].lower()]
		if !ok {
			continue
		}
		phrase := slices.ContainsFunc(pats, func(p verbEntry) bool {
			_, ok := matchRest(toks, i+1, p.rest)
			return len(p.rest) > 0 && ok
		})
		if next := toks[i+1]; !phrase && (toks[i].Tag != "NN" || !strings.HasPrefix(next.Tag, "NNP") && next.Tag != "DT" && next.Tag != "PRP$" && !(next.Tag == "JJ" && isCap(next.Text))) {
			continue // but "FARC rebels sign/JJ peace deal": the words of one of its phrases after it
		}
		toks[i].Tag = "VBP"
	}
}

// listBaseVerbs tags as a present tense the base form of a verb that a
// list of names has for subject, which the tagger reads as a noun or, in
// lower case, a name: the headlines "China, Russia sign/NNP energy deal",
// "US, UK launch/NN strikes on Houthis". Only a verb the lexicon's
// patterns know, after two names joined by a comma or "and". In the body
// (headline false) the verb must also have its object after it, a name,
// an article or a possessive: "France and Germany support/NN Croatia's
// bid", but "Marks and Spencer store/NN managers".
func (x *Extractor) listBaseVerbs(toks []Token, headline bool) {
	for i := 3; i+1 < len(toks); i++ {
		if !(toks[i].Tag == "NN" || toks[i].Tag == "NNP" && !isCap(toks[i].Text)) || !strings.HasPrefix(toks[i-1].Tag, "NNP") {
			continue
		}
		joined := false
		for k := i - 2; k > 0 && k >= i-5; k-- {
			if (toks[k].Text == "," || coordinators[toks[k].lower()]) && strings.HasPrefix(toks[k-1].Tag, "NNP") {
				joined = true
				break
			}
			if !strings.HasPrefix(toks[k].Tag, "NNP") {
				break
			}
		}
		if next := toks[i+1].Tag; !headline && (isCap(toks[i].Text) || !strings.HasPrefix(next, "NNP") && next != "DT" && next != "PRP$") {
			continue
		}
		if _, ok := x.idx.verbs[toks[i].lower()]; ok && joined {
			toks[i].Tag = "VBP"
		}
	}
}
