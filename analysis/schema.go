package analysis

import _ "embed"

// Schema is the JSON Schema (draft 2020-12) of the JSON form of a Report
// (ReportSchema). It is strict about the fields it names and open to added
// fields.
//
//go:embed schema.json
var Schema []byte
