package graph

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/newsgraph/newsgraph/extract"
)

// Record is one document's result in JSON Lines form (newsgraph extract
// --format jsonl): the document, its entities with their mentions and its
// events with their evidence. Ids are the graph's node ids, so that a record
// can be joined with the graph of the same documents.
type Record struct {
	Document WireDocument   `json:"document"`
	Entities []RecordEntity `json:"entities"` // Sorted by id.
	Events   []RecordEvent  `json:"events"`   // In text order.
}

// RecordEntity is an entity of one document.
type RecordEntity struct {
	ID       string          `json:"id"`
	Type     Kind            `json:"type"`
	Label    string          `json:"label"`
	Aliases  []string        `json:"aliases"`
	Country  string          `json:"country,omitempty"`
	Roles    []RecordRole    `json:"roles,omitzero"` // Never null for persons.
	Mentions []RecordMention `json:"mentions"`       // In text order.
}

// RecordRole is a title the document gives a person.
type RecordRole struct {
	Title    string       `json:"title"`
	Of       *string      `json:"of"` // null when unknown.
	Code     string       `json:"code"`
	Evidence WireEvidence `json:"evidence"`
}

// RecordMention is one occurrence of an entity: byte offsets into the
// document text, and the index of its sentence.
type RecordMention struct {
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence int    `json:"sentence"`
	Demonym  bool   `json:"demonym,omitempty"` // A nationality adjective ("Chinese").
}

// RecordEvent is an event of one document.
type RecordEvent struct {
	ID        string       `json:"id"`
	Action    string       `json:"action"`
	Category  WireCategory `json:"category"`
	CAMEO     string       `json:"cameo"`
	QuadClass int          `json:"quad_class"`
	Goldstein float64      `json:"goldstein"`
	Date      *string      `json:"date"` // null when unknown.
	Negated   bool         `json:"negated"`
	Modality  string       `json:"modality"`           // asserted, future or hypothetical.
	Speaker   string       `json:"speaker,omitempty"`  // Node id of who reports it.
	Location  string       `json:"location,omitempty"` // Node id of where it happened.
	Agents    []string     `json:"agents"`             // Node ids, sorted.
	Targets   []string     `json:"targets"`            // Node ids, sorted.
	Evidence  WireEvidence `json:"evidence"`
}

// NewRecord returns the record of one document's result, with the ids and
// the rules (types, categories) that Add uses; nil for a result without a
// document.
func NewRecord(r *extract.Result) *Record {
	if r == nil || r.Doc == nil {
		return nil
	}
	d := r.Doc
	rec := &Record{
		Document: WireDocument{ID: d.ID, Path: d.Path, Title: d.Title, Date: nullable(d.Date), URL: d.URL, Source: d.Source, Sentences: len(d.Sentences), SHA256: d.SHA256},
		Entities: make([]RecordEntity, 0, len(r.Entities)),
		Events:   make([]RecordEvent, 0, len(r.Events)),
	}
	for i := range r.Entities {
		e := &r.Entities[i]
		kind := entityKind(e)
		if e.Key == "" || kind == "" {
			continue // As Add does.
		}
		re := RecordEntity{
			ID: e.Key, Type: kind, Label: e.Label, Country: e.Country,
			Aliases:  append([]string{}, e.Aliases...),
			Mentions: make([]RecordMention, 0, len(e.Mentions)),
		}
		if re.Label == "" {
			re.Label = labelOfKey(e.Key)
		}
		if len(e.Roles) > 0 || kind == KindPerson {
			re.Roles = make([]RecordRole, 0, len(e.Roles))
			for _, role := range e.Roles {
				re.Roles = append(re.Roles, RecordRole{
					Title: role.Title, Of: nullable(role.Of), Code: role.Code,
					Evidence: WireEvidence(evidenceOf(d.ID, role.Evidence)),
				})
			}
		}
		for _, m := range e.Mentions {
			re.Mentions = append(re.Mentions, RecordMention{Text: m.Text, Start: m.Start, End: m.End, Sentence: m.Sentence, Demonym: m.Demonym})
		}
		slices.SortStableFunc(re.Mentions, func(a, b RecordMention) int {
			return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
		})
		rec.Entities = append(rec.Entities, re)
	}
	slices.SortStableFunc(rec.Entities, func(a, b RecordEntity) int { return cmp.Compare(a.ID, b.ID) })
	for i := range r.Events {
		rec.Events = append(rec.Events, recordEvent(d.ID, &r.Events[i]))
	}
	return rec
}

func recordEvent(doc string, e *extract.Event) RecordEvent {
	agents, targets := uniqueSorted(e.Agents), uniqueSorted(e.Targets)
	return RecordEvent{
		ID:        eventKey(e.Action, agents, targets, e.Date, e.Negated, modality(e)),
		Action:    e.Action,
		Category:  WireCategory{Code: eventCategory(e), Name: e.Name},
		CAMEO:     e.Code,
		QuadClass: e.QuadClass,
		Goldstein: e.Goldstein,
		Date:      nullable(e.Date),
		Negated:   e.Negated,
		Modality:  modality(e),
		Speaker:   e.Speaker,
		Location:  e.Location,
		Agents:    agents,
		Targets:   targets,
		Evidence:  WireEvidence(evidenceOf(doc, e.Evidence)),
	}
}

// eventCategory returns the CAMEO root category of e: its Category, or the
// first two digits of its code.
func eventCategory(e *extract.Event) string {
	if e.Category == "" && len(e.Code) >= 2 {
		return e.Code[:2]
	}
	return e.Category
}

// EventID returns the node id that the graph gives event e: "event:" and
// the first 12 hex digits of a SHA-256 of its action, participants, date,
// negation and modality, so that the same event reported twice is one node.
func EventID(e *extract.Event) string {
	return eventKey(e.Action, uniqueSorted(e.Agents), uniqueSorted(e.Targets), e.Date, e.Negated, modality(e))
}

// MentionRecord is one mention in the mention listing (newsgraph extract
// --format mentions): byte offsets into the document text, the type of the
// mention and the entity's node id and type.
type MentionRecord struct {
	Document string `json:"document"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
	// Type is the entity's type, "nationality" for a nationality
	// adjective ("Chinese"), which refers to a country without naming it,
	// or "reference" for a word that stands for an entity it does not
	// name ("the government" for the country the document is about,
	// "parliament" for its legislature).
	Type       string `json:"type"`
	ID         string `json:"id"`          // The entity's node id.
	EntityType Kind   `json:"entity_type"` // The entity's type.
	Sentence   int    `json:"sentence"`
	// Confidence is the name tagger's, from 0 to 1, rounded to three
	// places; absent when only the lexicon knew the name.
	Confidence float64 `json:"confidence,omitempty"`
}

// Nationality is the mention type of a nationality adjective.
const Nationality = "nationality"

// Reference is the mention type of a word that stands for an entity it
// does not name.
const Reference = "reference"

// Mentions returns the mentions of a document's entities in text order (by
// start, then end, then id).
func Mentions(r *extract.Result) []MentionRecord {
	if r == nil || r.Doc == nil {
		return nil
	}
	var out []MentionRecord
	kinds := map[string]Kind{}
	for i := range r.Entities {
		e := &r.Entities[i]
		kind := entityKind(e)
		if e.Key == "" || kind == "" {
			continue
		}
		kinds[e.Key] = kind
		for _, m := range e.Mentions {
			typ := string(kind)
			switch {
			case m.Demonym:
				typ = Nationality
			case m.Nominal:
				typ = Reference
			}
			out = append(out, MentionRecord{
				Document: r.Doc.ID, Start: m.Start, End: m.End, Text: m.Text, Type: typ,
				ID: e.Key, EntityType: kind, Sentence: m.Sentence,
				Confidence: math.Round(m.Confidence*1000) / 1000,
			})
		}
	}
	for _, ref := range r.References {
		if kind := kinds[ref.Key]; kind != "" {
			out = append(out, MentionRecord{
				Document: r.Doc.ID, Start: ref.Start, End: ref.End, Text: ref.Text, Type: Reference,
				ID: ref.Key, EntityType: kind, Sentence: ref.Sentence,
			})
		}
	}
	slices.SortStableFunc(out, func(a, b MentionRecord) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), cmp.Compare(a.ID, b.ID))
	})
	return out
}

// EncodeRecord writes the record of one document's result as one line of
// JSON.
func EncodeRecord(w io.Writer, r *extract.Result) error {
	rec := NewRecord(r)
	if rec == nil {
		return nil
	}
	if err := lineEncoder(w).Encode(rec); err != nil {
		return fmt.Errorf("graph: encode record: %w", err)
	}
	return nil
}

// EncodeMentions writes the mentions of one document's result, one JSON
// object a line.
func EncodeMentions(w io.Writer, r *extract.Result) error {
	enc := lineEncoder(w)
	for _, m := range Mentions(r) {
		if err := enc.Encode(m); err != nil {
			return fmt.Errorf("graph: encode mentions: %w", err)
		}
	}
	return nil
}

func lineEncoder(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}
