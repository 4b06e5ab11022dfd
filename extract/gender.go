package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// A person's honorific tells their gender, and a pronoun of the other
// gender does not stand for them:
//
//	(Mrs|Ms|Miss|...) PERSON      female
//	(Mr|Sir|Lord|...) PERSON      male
//
// "Mrs Blair criticised Mr Bush. The Conservatives accused her of
// attacking him": her is Mrs Blair. News that names people again as "Mr
// X" and "Mrs Y" tells the gender of most of them; the others stay
// unknown and fit either pronoun.

// femaleHonorifics and maleHonorifics come before the names of women and
// of men; femalePronouns and malePronouns stand for them.
var (
	femaleHonorifics = lexicon.Class("femaleHonorifics")
	maleHonorifics   = lexicon.Class("maleHonorifics")
	femalePronouns   = lexicon.Class("femalePronouns")
	malePronouns     = lexicon.Class("malePronouns")
)

// gender is a person's gender as the document tells it.
type gender byte

const (
	unknownGender gender = iota
	female
	male
)

// personGenders reads the gender of every person the document names after
// an honorific; a person named after honorifics of both genders stays
// unknown.
func personGenders(doc *Document, bySent map[int][]actor) map[string]gender {
	out := map[string]gender{}
	mixed := map[string]bool{}
	for si, sent := range doc.Sentences {
		t := sent.Tokens
		for _, a := range bySent[si] {
			if a.typ != Person || a.a == 0 || len(a.also) > 0 {
				continue
			}
			var g gender
			switch h := t[a.a-1].Text; {
			case femaleHonorifics[h]:
				g = female
			case maleHonorifics[h]:
				g = male
			default:
				continue
			}
			if old, ok := out[a.key]; ok && old != g {
				mixed[a.key] = true
			}
			out[a.key] = g
		}
	}
	for key := range mixed {
		delete(out, key)
	}
	return out
}

// pronounGender is the gender a pronoun names, unknownGender for one of
// either or of none.
func pronounGender(w string) gender {
	switch {
	case femalePronouns[w]:
		return female
	case malePronouns[w]:
		return male
	}
	return unknownGender
}

// genderClash reports a person whose known gender is not the one the
// pronoun w names.
func (c *eventCtx) genderClash(key, w string) bool {
	g, pg := c.genders[key], pronounGender(w)
	return g != unknownGender && pg != unknownGender && g != pg
}

// genderMatch reports a person whose known gender is the one the pronoun
// w names.
func (c *eventCtx) genderMatch(key, w string) bool {
	g := c.genders[key]
	return g != unknownGender && g == pronounGender(w)
}
