package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// makeDoc builds a document from its sentences, joined by single spaces; the
// first sentence is the headline.
func makeDoc(id, date string, sentences ...string) *extract.Document {
	d := &extract.Document{ID: id, Path: "articles/" + id, Date: date}
	var text strings.Builder
	for i, s := range sentences {
		if i > 0 {
			text.WriteByte(' ')
		}
		start := text.Len()
		text.WriteString(s)
		d.Sentences = append(d.Sentences, extract.Sentence{
			Index: i, Start: start, End: text.Len(), Text: s, Headline: i == 0,
		})
	}
	d.Text = text.String()
	sum := sha256.Sum256([]byte(d.Text))
	d.SHA256 = hex.EncodeToString(sum[:])
	if len(sentences) > 0 {
		d.Title = sentences[0]
	}
	return d
}

// ev returns the evidence of sentence i of d.
func ev(d *extract.Document, i int) extract.Evidence {
	s := d.Sentences[i]
	return extract.Evidence{Sentence: i, Start: s.Start, End: s.End, Text: s.Text}
}

// mention returns a mention of the first occurrence of text in sentence i.
func mention(d *extract.Document, i int, text string) extract.Mention {
	s := d.Sentences[i]
	at := strings.Index(s.Text, text)
	if at < 0 {
		panic(fmt.Sprintf("%q not in sentence %d of %s", text, i, d.ID))
	}
	return extract.Mention{Text: text, Start: s.Start + at, End: s.Start + at + len(text), Sentence: i}
}

// fixture returns two hand-made results: a country, a person with roles, an
// organization, a location with its country, and events with agent, target,
// date and negation. Labels carry quotes, '&', 'é' and Chinese.
func fixture() []*extract.Result {
	nz := makeDoc("pacific.txt", "2024-03-26",
		"New Zealand Joins Allies in Naming APT40",
		"Defense minister Judith Collins said APT40 targeted New Zealand's parliament in 2021.",
		"Collins spoke in Wellington.",
	)
	nzResult := &extract.Result{
		Doc: nz,
		Entities: []extract.Entity{
			{
				Key: "country:NZL", Type: extract.Country, Label: "New Zealand", Aliases: []string{"NZ"}, Country: "NZL",
				Mentions: []extract.Mention{mention(nz, 0, "New Zealand"), mention(nz, 1, "New Zealand")},
			},
			{
				Key: "location:wellington", Type: extract.Location, Label: "Wellington", Country: "NZL",
				Mentions: []extract.Mention{mention(nz, 2, "Wellington")},
			},
			{
				Key: "organization:apt40", Type: extract.Organization, Label: "APT40", Country: "CHN",
				Mentions: []extract.Mention{mention(nz, 0, "APT40"), mention(nz, 1, "APT40")},
			},
			{
				Key: "person:judith-collins", Type: extract.Person, Label: "Judith Collins", Aliases: []string{"Collins"}, Country: "NZL",
				Mentions: []extract.Mention{mention(nz, 1, "Judith Collins"), mention(nz, 2, "Collins")},
				Roles:    []extract.Role{{Title: "defense minister", Of: "country:NZL", Code: "GOV", Evidence: ev(nz, 1)}},
			},
		},
		Events: []extract.Event{{
			Action: "target", Code: "17", Category: "17", Name: "Coerce", QuadClass: 4, Goldstein: -7,
			Agents: []string{"organization:apt40"}, Targets: []string{"country:NZL"}, Date: "2021", Evidence: ev(nz, 1),
		}},
	}

	bt := makeDoc("baltic.txt", "",
		`EU "Will Not" Sanction Xinhua, Kallas Says`,
		`Foreign policy chief Kaja Kallas said the EU will not sanction 新华社 Xinhua & Société "Générale".`,
		"Kallas, a former prime minister, met New Zealand officials in Tallinn.",
	)
	btResult := &extract.Result{
		Doc: bt,
		Entities: []extract.Entity{
			{
				Key: "country:NZL", Type: extract.Country, Label: "New Zealand", Aliases: []string{"Aotearoa"}, Country: "NZL",
				Mentions: []extract.Mention{mention(bt, 2, "New Zealand")},
			},
			{
				Key: "location:tallinn", Type: extract.Location, Label: "Tallinn", Country: "EST",
				Mentions: []extract.Mention{mention(bt, 2, "Tallinn")},
			},
			{
				Key: "organization:societe-generale", Type: extract.Organization, Label: `Société "Générale"`, Country: "FRA",
				Mentions: []extract.Mention{mention(bt, 1, `Société "Générale"`)},
			},
			{
				Key: "organization:xinhua", Type: extract.Organization, Label: "新华社 Xinhua", Aliases: []string{"Xinhua"}, Country: "CHN",
				Mentions: []extract.Mention{mention(bt, 0, "Xinhua"), mention(bt, 1, "新华社 Xinhua")},
			},
			{
				Key: "person:kaja-kallas", Type: extract.Person, Label: "Kaja Kallas", Aliases: []string{"Kallas"},
				Mentions: []extract.Mention{mention(bt, 0, "Kallas"), mention(bt, 1, "Kaja Kallas"), mention(bt, 2, "Kallas")},
				Roles: []extract.Role{
					{Title: "foreign policy chief", Of: "organization:european-union", Code: "DIP", Evidence: ev(bt, 1)},
					{Title: "prime minister", Code: "GOV", Evidence: ev(bt, 2)},
				},
			},
		},
		Events: []extract.Event{
			{
				Action: "sanction", Code: "163", Category: "16", Name: "Reduce relations", QuadClass: 4, Goldstein: -8,
				Agents: []string{"organization:european-union"}, Targets: []string{"organization:xinhua", "organization:societe-generale"},
				Negated: true, Date: "2024-03-18", Evidence: ev(bt, 1),
			},
			{
				Action: "meet", Code: "036", Category: "03", Name: "Express intent to cooperate", QuadClass: 1, Goldstein: 4,
				Agents: []string{"person:kaja-kallas"}, Targets: []string{"country:NZL"}, Evidence: ev(bt, 2),
			},
		},
	}
	return []*extract.Result{btResult, nzResult}
}

// build returns the graph of the results, added in the given order.
func build(results []*extract.Result) *Graph {
	g := New()
	for _, r := range results {
		g.Add(r)
	}
	return g
}

// synthetic returns seeded results with about n entities and events in all,
// spread over n/50+1 documents.
func synthetic(n int) []*extract.Result {
	rng := rand.New(rand.NewPCG(1, 1))
	kinds := []extract.EntityType{extract.Person, extract.Organization, extract.Country, extract.Location}
	countries := []string{"NZL", "AUS", "CHN", "USA", "GBR", "FRA", "EST", "MLI"}
	key := func(i int) (string, extract.EntityType) {
		k := kinds[i%len(kinds)]
		if k == extract.Country {
			return "country:" + countries[(i/len(kinds))%len(countries)], k
		}
		return fmt.Sprintf("%s:%s-%d", k, k, i), k
	}
	entities, events := n*3/5, n*2/5
	docs := n/50 + 1
	var out []*extract.Result
	for d := range docs {
		var sents []string
		for s := range 20 {
			sents = append(sents, fmt.Sprintf("Sentence %d of document %d says \"something\" & more.", s, d))
		}
		doc := makeDoc(fmt.Sprintf("doc-%03d.txt", d), "2024-01-02", sents...)
		r := &extract.Result{Doc: doc}
		seen := map[string]bool{}
		for range entities / docs * 2 {
			k, typ := key(rng.IntN(entities))
			if seen[k] {
				continue
			}
			seen[k] = true
			s := rng.IntN(len(sents))
			e := extract.Entity{
				Key: k, Type: typ, Label: fmt.Sprintf("Name %s %d", k, rng.IntN(3)),
				Country:  countries[rng.IntN(len(countries))],
				Mentions: []extract.Mention{{Text: "Sentence", Start: doc.Sentences[s].Start, End: doc.Sentences[s].Start + 8, Sentence: s}},
			}
			if typ == extract.Person {
				of, _ := key(2 + 4*rng.IntN(entities/4))
				e.Roles = []extract.Role{{Title: "minister", Of: of, Code: "GOV", Evidence: ev(doc, s)}}
			}
			r.Entities = append(r.Entities, e)
		}
		for range events / docs {
			a, _ := key(rng.IntN(entities))
			t, _ := key(rng.IntN(entities))
			r.Events = append(r.Events, extract.Event{
				Action: "meet", Code: "036", Category: "03", Name: "Express intent to cooperate", QuadClass: 1, Goldstein: 4,
				Agents: []string{a}, Targets: []string{t}, Negated: rng.IntN(4) == 0, Date: "2024-01", Evidence: ev(doc, rng.IntN(len(sents))),
			})
		}
		out = append(out, r)
	}
	return out
}
