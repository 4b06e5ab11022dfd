package extract

// EntityType is the kind of an entity.
type EntityType string

// The entity types newsgraph recognizes.
const (
	Person       EntityType = "person"
	Organization EntityType = "organization"
	Country      EntityType = "country"
	Location     EntityType = "location"
)

// Modality says how the text puts an event.
type Modality string

// The modalities of events.
const (
	Asserted     Modality = "asserted"     // it happened, happens or did not happen
	Future       Modality = "future"       // it will happen: "will visit", "is due to meet"
	Hypothetical Modality = "hypothetical" // it might happen: "could", "would", "if"
)

// Result is everything extracted from one document.
type Result struct {
	Doc        *Document
	Entities   []Entity    // Sorted by Key.
	Events     []Event     // In text order.
	References []Reference // In text order.
	// UnresolvedDates counts the sentences of undated events whose date
	// is relative ("on Tuesday", "last month"): an article date, which the
	// document lacks, would have resolved them.
	UnresolvedDates int
}

// A Reference is a word that stands for an entity it does not name: "the
// government" for the country the document is about. Events read it as
// that entity.
type Reference struct {
	Key      string // The entity's Key.
	Text     string // The surface form, Document.Text[Start:End].
	Start    int    // Byte offsets into Document.Text.
	End      int
	Sentence int // Index of the sentence.
}

// Entity is one actor, country or place, with every mention of it in the document.
type Entity struct {
	Key      string     // Stable id: "country:CHN", "person:judith-collins".
	Type     EntityType // person, organization, country or location.
	Label    string     // Canonical name: the fullest form, or the gazetteer's name.
	Aliases  []string   // Other surface forms seen (not demonyms), sorted.
	Country  string     // ISO 3166-1 alpha-3 code the entity belongs to, or "".
	Mentions []Mention  // In text order.
	Roles    []Role     // Titles the document gives a person.
}

// Mention is one occurrence of an entity in the text.
type Mention struct {
	Text     string // The surface form, Document.Text[Start:End].
	Start    int    // Byte offsets into Document.Text.
	End      int
	Sentence int  // Index of the sentence.
	Demonym  bool // The mention is a nationality adjective ("Chinese").
	// Nominal is set for a common noun that stands for the entity, not its
	// name: "parliament" for the Thai Parliament.
	Nominal bool
	// Confidence is the name tagger's confidence, from 0 to 1, in the
	// name the mention was read from; 0 when only the lexicon knew it.
	Confidence float64
}

// Evidence is where a fact was read: a sentence of a document.
type Evidence struct {
	Sentence int // Index of the sentence.
	Start    int // Byte offsets of the sentence in Document.Text.
	End      int
	Text     string // The sentence text.
}

// Role is a title a person holds.
type Role struct {
	Title    string   // Lower-case title as written, modifiers kept: "foreign minister".
	Of       string   // Key of the country or organization, or "" when unknown.
	Code     string   // Role code: GOV, MIL, DIP, ...
	Evidence Evidence // The sentence that gives the title.
}

// Event is who did what to whom.
type Event struct {
	Action    string   // Verb lemma: "attack", "meet", "sanction".
	Code      string   // CAMEO code, two or three digits.
	Category  string   // CAMEO root category code "01".."20".
	Name      string   // CAMEO root category name.
	QuadClass int      // CAMEO QuadClass 1..4.
	Goldstein float64  // Goldstein scale value of the code.
	Agents    []string // Entity keys of the actors who act.
	Targets   []string // Entity keys of the actors acted upon.
	Date      string   // ISO 8601 at the precision the text gives, or "".
	Negated   bool     // The text says it did not or will not happen.
	Modality  Modality // Asserted, Future or Hypothetical.
	Speaker   string   // Entity key of who says it happened ("Collins said ..."), or "".
	Location  string   // Entity key of the place it happened ("in Beirut"), or "".
	Evidence  Evidence // The sentence that says so.
}
