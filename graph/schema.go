package graph

import _ "embed"

// Schema is the JSON Schema (draft 2020-12) of the JSON wire form written by
// EncodeJSON. It is strict about the contract's fields and open to added
// fields.
//
//go:embed schema.json
var Schema []byte
