package extract

import (
	"strings"
	"testing"
)

// The retagging rules alone: each gives a verb's tag back to a form the
// tagger took for a noun or an adjective, where the words around it leave
// it no other reading.
func TestRetagVerbs(t *testing.T) {
	x := extractor(t)
	headline := func(toks []Token) { x.listBaseVerbs(toks, true) }
	body := func(toks []Token) { x.listBaseVerbs(toks, false) }
	for _, tc := range []struct {
		name, text string
		rule       func([]Token)
		at         int
		want       string
	}{
		{"a light verb's phrase after a form in -ed", "Chile/NNP accused/VBD Peru/NNP and/CC imposed/JJ sanctions/NNS on/IN Bolivia/NNP", x.lightVerbs, 4, "VBD"},
		{"an adjective after a determiner stays", "the/DT imposed/JJ sanctions/NNS on/IN Bolivia/NNP", x.lightVerbs, 1, "JJ"},
		{"an adjective with no phrase of its verb stays", "Chile/NNP and/CC armed/JJ militants/NNS", x.lightVerbs, 2, "JJ"},
		{"a past form taken for an adjective after a coordinated past", "Ruiz/NNP dismissed/VBD the/DT report/NN and/CC criticised/JJ Peru/NNP", x.coordinatedPasts, 5, "VBD"},
		{"a past form taken for a participle after a coordinated past and an adverb", "Ruiz/NNP met/VBD Soto/NNP and/CC then/RB offered/VBN Peru/NNP a/DT loan/NN", x.coordinatedPasts, 5, "VBD"},
		{"a past form taken for a participle after a copula and its complement", "Ruiz/NNP said/VBD the/DT talks/NNS were/VBD useful/JJ and/CC offered/VBN Peru/NNP a/DT loan/NN", x.coordinatedPasts, 7, "VBD"},
		{"a participle sharing an auxiliary stays", "Rebels/NNS were/VBD arrested/VBN and/CC charged/VBN Monday/NNP", x.coordinatedPasts, 4, "VBN"},
		{"an adjective before a noun stays", "Chile/NNP attacked/VBD towns/NNS and/CC armed/JJ militants/NNS", x.coordinatedPasts, 4, "JJ"},
		{"a participle after no coordinator stays", "Chile/NNP attacked/VBD the/DT town/NN occupied/VBN Monday/NNP", x.coordinatedPasts, 4, "VBN"},
		{"a participle after a perfect stays", "Chile/NNP has/VBZ attacked/VBN Peru/NNP and/CC occupied/VBN Lima/NNP", x.coordinatedPasts, 5, "VBN"},
		{"a headline's verb taken for an adjective before the words of its phrase", "Chile/NNP and/CC Peru/NNP rebels/NNS sign/JJ peace/NN deal/NN", x.headlinePluralVerbs, 4, "VBP"},
		{"a headline's adjective before no phrase of its stays", "Chile/NNP rebels/NNS sign/JJ sheets/NNS", x.headlinePluralVerbs, 2, "JJ"},
		{"a base form taken for a preposition after a plural subject", "The/DT Lib/NNP Dems/NNP accuse/IN Mr/NNP Blair/NNP of/IN lying/VBG", x.pluralSubjectVerbs, 3, "VBP"},
		{"taken for a noun after a plural noun", "Rebels/NNS attack/NN the/DT town/NN", x.pluralSubjectVerbs, 1, "VBP"},
		{"a noun after a singular subject stays", "The/DT Peru/NNP attack/NN the/DT town/NN", x.pluralSubjectVerbs, 2, "NN"},
		{"a noun before another noun stays", "Rebels/NNS attack/NN helicopters/NNS", x.pluralSubjectVerbs, 1, "NN"},
		{"a form in -s stays", "Rebels/NNS attacks/NNS the/DT town/NN", x.pluralSubjectVerbs, 1, "NNS"},
		{"a base form taken for a noun after an infinitive's to", "Chile/NNP refused/VBD to/TO hand/NN over/RP Jorge/NNP Soto/NNP", x.baseVerbs, 3, "VB"},
		{"after a negated do, past a particle the pattern names", "Chile/NNP did/VBD not/RB hand/NN over/IN the/DT suspects/NNS", x.baseVerbs, 3, "VB"},
		{"after a modal and an adverb", "Chile/NNP could/MD soon/RB aid/NN the/DT rebels/NNS", x.baseVerbs, 3, "VB"},
		{"after a modal and a word of sequence the tagger took for a verb", "Ruiz/NNP will/MD next/VB visit/NN Chile/NNP", x.baseVerbs, 3, "VB"},
		{"a noun after a modal's verb stays", "Chile/NNP will/MD send/VB aid/NN the/DT rebels/NNS", x.baseVerbs, 3, "NN"},
		{"a noun after to with no object stays", "a/DT threat/NN to/TO peace/NN in/IN Peru/NNP", x.baseVerbs, 3, "NN"},
		{"a verb's noun before another noun stays", "Chile/NNP turned/VBD to/TO aid/NN agencies/NNS", x.baseVerbs, 3, "NN"},
		{"a noun after a perfect's negation stays", "Chile/NNP has/VBZ not/RB hand/NN the/DT", x.baseVerbs, 3, "NN"},
		{"a past form taken for a foreign word", "Ruiz/NNP ,/, who/WP wants/VBZ Perry/NNP to/TO resign/VB ,/, met/FW Chile/NNP 's/POS envoy/NN", x.foreignVerbs, 8, "VBD"},
		{"a foreign word that is no English verb stays", "Lima/NNP de/FW Peru/NNP", x.foreignVerbs, 1, "FW"},
		{"a capitalised foreign word stays", "the/DT Met/FW said/VBD", x.foreignVerbs, 1, "FW"},
		{"a participle after a relative clause that follows the subject", "Ruiz/NNP ,/, who/WP monitors/VBZ rights/NNS ,/, described/VBN the/DT verdict/NN", x.afterRelative, 6, "VBD"},
		{"an irregular past after a relative clause", "Chile/NNP ,/, which/WDT hosts/VBZ the/DT talks/NNS ,/, met/VBN Peru/NNP", x.afterRelative, 7, "VBD"},
		{"a participle after a relative clause on an object stays", "Chile/NNP met/VBD Ruiz/NNP ,/, who/WP won/VBD ,/, backed/VBN by/IN Peru/NNP", x.afterRelative, 7, "VBN"},
		{"a participle only stays", "Ruiz/NNP ,/, who/WP won/VBD ,/, taken/VBN to/TO Lima/NNP", x.afterRelative, 5, "VBN"},
		{"a participle after an apposition stays", "Ruiz/NNP ,/, a/DT lawyer/NN ,/, backed/VBN Peru/NNP", x.afterRelative, 5, "VBN"},
		{"a claim's verb read as a plural noun", "Chile/NNP accused/VBD Peru/NNP ,/, a/DT charge/NN the/DT Peruvian/JJ government/NN denies/NNS ./.", x.claimVerbs, 9, "VBZ"},
		{"a plural noun after no claim stays", "Chile/NNP accused/VBD Peru/NNP ,/, a/DT country/NN the/DT government/NN denies/NNS ./.", x.claimVerbs, 8, "NNS"},
		{"the one verb after its subject, read as a participle", "EU/NNP energy/NN ministers/NNS called/VBN on/IN Moscow/NNP", x.mainPast, 3, "VBD"},
		{"a participle before the clause's own verb stays", "Troops/NNS stationed/VBN in/IN Mali/NNP attacked/VBD Peru/NNP", x.mainPast, 1, "VBN"},
		{"a past before a phrase and the clause's own verb is a participle", "An/DT aid/NN worker/NN kidnapped/VBD in/IN Lima/NNP last/JJ month/NN has/VBZ been/VBN freed/VBN", x.reducedParticiple, 3, "VBN"},
		{"a verb of saying before a phrase and a clause stays", "Chile/NNP said/VBD in/IN a/DT statement/NN Peru/NNP would/MD pay/VB", x.reducedParticiple, 1, "VBD"},
		{"a past before a pronoun's verb stays", "Chile/NNP warned/VBD on/IN Monday/NNP it/PRP would/MD act/VB", x.reducedParticiple, 1, "VBD"},
		{"a past with its object stays", "Chile/NNP attacked/VBD Peru/NNP in/IN May/NNP", x.reducedParticiple, 1, "VBD"},
		{"a past before a comma stays", "Chile/NNP struck/VBD at/IN Peru/NNP ,/, officials/NNS said/VBD", x.reducedParticiple, 1, "VBD"},
		{"a passive participle stays", "Rebels/NNS backed/VBN by/IN Peru/NNP", x.mainPast, 1, "VBN"},
		{"a participle after another verb stays", "Chile/NNP has/VBZ called/VBN on/IN Peru/NNP", x.mainPast, 2, "VBN"},
		{"a participle before a title", "meet/VB acting/VBG president/NN Biljana/NNP Plavsic/NNP", x.titleParticiples, 1, "JJ"},
		{"a participle before names and a title", "briefed/VBD visiting/VBG U.S./NNP Congressman/NNP Dana/NNP Rohrabacher/NNP", x.titleParticiples, 1, "JJ"},
		{"a participle after an auxiliary stays", "Kohl/NNP is/VBZ visiting/VBG President/NNP Chirac/NNP", x.titleParticiples, 2, "VBG"},
		{"a participle before a place stays", "Kohl/NNP ,/, visiting/VBG Paris/NNP ,/, met/VBD", x.titleParticiples, 2, "VBG"},
		{"a verb in -s between names", "Israel/NNP strikes/NNS Lebanon/NNP", x.presentVerbs, 1, "VBZ"},
		{"a noun for who acts between names stays", "Cup/NNP champions/NNS Manchester/NNP United/NNP", x.presentVerbs, 1, "NNS"},
		{"a verb in -s after a state's body", "Mali/NNP junta/NN expels/NNS French/JJ ambassador/NN", x.presentVerbs, 2, "VBZ"},
		{"a noun in -s between a name and a verb stays", "Israel/NNP talks/NNS ended/VBD", x.presentVerbs, 1, "NNS"},
		{"a verb in -s before an adjective and its noun", "Pakistan/NNP frees/NNS Indian/JJ prisoners/NNS", x.presentVerbs, 1, "VBZ"},
		{"a noun in -s before an adjective and a name stays", "UN/NNP arms/NNS official/JJ Rolf/NNP Ekeus/NNP", x.presentVerbs, 1, "NNS"},
		{"a verb in -s after a title", "Peru/NNP 's/POS president/NN visits/NNS Chile/NNP", x.presentVerbs, 3, "VBZ"},
		{"a verb in -s after an event noun", "Israeli/JJ strike/NN kills/NNS Hezbollah/NNP commander/NN", x.presentVerbs, 2, "VBZ"},
		{"a headline's base verb after a plural name that opens it", "Houthis/NNP attack/NN British/NNP ship/NN", x.headlinePluralVerbs, 1, "VBP"},
		{"a base verb after a plural name inside the headline stays", "the/DT Houthis/NNP attack/NN British/NNP ship/NN", x.headlinePluralVerbs, 2, "NN"},
		{"a headline's base verb after a plural noun", "Chilean/JJ jets/NNS strike/NN Peruvian/JJ posts/NNS", x.headlinePluralVerbs, 2, "VBP"},
		{"a noun after a plural noun before no object stays", "Chilean/JJ workers/NNS strike/NN over/IN pay/NN", x.headlinePluralVerbs, 2, "NN"},
		{"a noun the lexicon knows no verb of stays", "Chilean/JJ jets/NNS crash/NN Peruvian/JJ posts/NNS", x.headlinePluralVerbs, 2, "NN"},
		{"a headline's base verb after names joined by a comma", "China/NNP ,/, Russia/NNP sign/NNP energy/NN deal/NN", headline, 3, "VBP"},
		{"a base verb after names joined by and, before its object", "France/NNP and/CC Germany/NNP support/NN Croatia/NNP 's/POS bid/NN", body, 3, "VBP"},
		{"a noun after names joined by and, before a noun, stays in the body", "France/NNP and/CC Germany/NNP trade/NN talks/NNS", body, 3, "NN"},
		{"a noun after one name stays", "the/DT Germany/NNP support/NN the/DT bid/NN", body, 2, "NN"},
		{"her before a preposition is the object", "accused/VBD her/PRP$ of/IN lying/VBG", objectPronouns, 1, "PRP"},
		{"her at the end is the object", "praised/VBD her/PRP$ ./.", objectPronouns, 1, "PRP"},
		{"her before a noun stays the owner", "praised/VBD her/PRP$ remarks/NNS", objectPronouns, 1, "PRP$"},
		{"his stays the owner", "praised/VBD his/PRP$ ./.", objectPronouns, 1, "PRP$"},
		{"a verb in -s after a relative pronoun", "Iran/NNP ,/, which/WDT funds/NNS Hezbollah/NNP", x.relativeVerbs, 3, "VBZ"},
		{"a verb in -s joined to it", "Iran/NNP ,/, which/WDT funds/NNS and/CC arms/NNS Hezbollah/NNP", x.relativeVerbs, 5, "VBZ"},
		{"a verb in -s after a relative pronoun and its clause's named subject", "Iran/NNP ,/, which/WDT the/DT US/NNP accuses/NNS of/IN spying/VBG", x.relativeVerbs, 5, "VBZ"},
		{"a noun in -s that is no verb after a relative pronoun stays", "the/DT firm/NN ,/, which/WDT profits/NNS rose/VBD", x.relativeVerbs, 4, "NNS"},
		{"a verb in -s after no relative pronoun stays", "the/DT funds/NNS and/CC arms/NNS", x.relativeVerbs, 1, "NNS"},
		{"an event noun that ends its phrase", "Chile/NNP began/VBD an/DT offensive/JJ against/IN Peru/NNP", eventNounAdjectives, 3, "NN"},
		{"an event noun before a verb", "Chile/NNP 's/POS offensive/JJ failed/VBD", eventNounAdjectives, 2, "NN"},
		{"an adjective before its noun stays", "Chile/NNP bought/VBD offensive/JJ weapons/NNS", eventNounAdjectives, 2, "JJ"},
		{"an adjective after a verb stays", "the/DT remarks/NNS were/VBD offensive/JJ to/TO Peru/NNP", eventNounAdjectives, 3, "JJ"},
		{"an adjective of no event stays", "a/DT military/JJ in/IN Peru/NNP", eventNounAdjectives, 1, "JJ"},
		{"a participle opening a group after an agent's by", "Chileans/NNPS were/VBD killed/VBN by/IN invading/VBG Peruvian/JJ troops/NNS", groupParticiples, 4, "JJ"},
		{"a participle opening a group after a determiner", "the/DT advancing/VBG rebel/JJ forces/NNS", groupParticiples, 1, "JJ"},
		{"a gerund after another preposition stays", "accused/VBD Chile/NNP of/IN attacking/VBG Peruvian/JJ troops/NNS", groupParticiples, 3, "VBG"},
		{"a gerund of means stays", "angered/VBD Peru/NNP by/IN attacking/VBG Chilean/JJ troops/NNS", groupParticiples, 3, "VBG"},
		{"a participle before no group stays", "were/VBD hit/VBN by/IN falling/VBG rocks/NNS", groupParticiples, 3, "VBG"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			tc.rule(toks)
			if got := toks[tc.at].Tag; got != tc.want {
				t.Errorf("%s: %q tagged %s, want %s", strings.Fields(tc.text)[tc.at], toks[tc.at].Text, got, tc.want)
			}
		})
	}
}

// copula alone: a form of "be" with no verb after it but adverbs.
func TestCopula(t *testing.T) {
	for _, tc := range []struct {
		text string
		j    int
		want bool
	}{
		{"was/VBD commercial/JJ", 0, true},
		{"were/VBD in/IN Paris/NNP", 0, true},
		{"was/VBD purely/RB commercial/JJ", 0, true},
		{"was/VBD arrested/VBN", 0, false},
		{"were/VBD quickly/RB meeting/VBG", 0, false},
		{"had/VBD a/DT deal/NN", 0, false},
	} {
		if got := copula(slashTagged(tc.text), tc.j); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// titleBeforeName alone: a word between what describes it and a name.
func TestTitleBeforeName(t *testing.T) {
	for _, tc := range []struct {
		text string
		i    int
		want bool
	}{
		{"100/CD metres/NNS champion/VBP Ana/NNP Ruiz/NNP", 2, true},
		{"Olympic/JJ champion/VB Ana/NNP", 1, true},
		{"Peru/NNP champions/VBZ free/JJ trade/NN", 1, false},
		{"they/PRP champion/VBP Ana/NNP", 1, false},
	} {
		if got := titleBeforeName(slashTagged(tc.text), tc.i); got != tc.want {
			t.Errorf("%s (%d): %v, want %v", tc.text, tc.i, got, tc.want)
		}
	}
}

// nationalPlurals alone: a word in -s after an article and a nationality
// is the plural noun the nationality describes, unless it is a verb the
// lexicon knows.
func TestNationalPlurals(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		at         int
		want       string
	}{
		{"a noun the tagger took for a verb", "gave/VBD the/DT Colombian/NNP diplomats/VBZ 48/CD hours/NNS", 3, "NNS"},
		{"a speech verb stays", "the/DT Colombian/NNP says/VBZ he/PRP left/VBD", 2, "VBZ"},
		{"a verb the lexicon knows stays", "the/DT Colombian/NNP attacks/VBZ Peru/NNP", 2, "VBZ"},
		{"no nationality", "the/DT Tarvo/NNP diplomats/VBZ left/VBD", 2, "VBZ"},
		{"no article", "Colombian/NNP diplomats/VBZ left/VBD", 1, "VBZ"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			x.nationalPlurals(toks)
			if got := toks[tc.at].Tag; got != tc.want {
				t.Errorf("%s/%s, want %s", toks[tc.at].Text, got, tc.want)
			}
		})
	}
}
