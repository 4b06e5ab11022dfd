package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTitleCase(t *testing.T) {
	for in, want := range map[string]string{
		"ARMY OF THE REPUBLIC":          "Army of the Republic",
		"THE ORDER":                     "The Order",
		"AL-AQSA MARTYRS BRIGADE":       "Al-Aqsa Martyrs Brigade",
		"REVOLUTIONARY FRONT (RF)":      "Revolutionary Front (RF)",
		"NORD SUD XXI":                  "Nord Sud XXI",
		"BNP PARIBAS":                   "BNP Paribas",
		"UNION FOR THE MEDITERRANEAN":   "Union for the Mediterranean",
		"FRONT DE LIBERATION DU QUEBEC": "Front de Liberation du Quebec",
	} {
		if got := titleCase(in); got != want {
			t.Errorf("titleCase(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestReadPhoenix reads a dictionary written for the test: names, their
// synonyms, codes, comments, and a person's dated posts.
func TestReadPhoenix(t *testing.T) {
	path := filepath.Join(t.TempDir(), "actors.txt")
	dict := "# a comment\n\nREVOLUTIONARY_UNITED_FRONT_ [WAFREB] # note\n+RUF\n\nJANE_ROE_\n+J._ROE\n\t[IGOUNO 970101-061231]\nWORLD_FOOD_PROGRAMME_ [IGOUNOWFP]\n"
	if err := os.WriteFile(path, []byte(dict), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := readPhoenix(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []phoenixEntry{
		{name: "REVOLUTIONARY UNITED FRONT", aliases: []string{"RUF"}, code: "WAFREB"},
		{name: "JANE ROE", aliases: []string{"J. ROE"}, dated: true},
		{name: "WORLD FOOD PROGRAMME", code: "IGOUNOWFP"},
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(phoenixEntry{})); diff != "" {
		t.Errorf("entries (-want +got):\n%s", diff)
	}
}

// TestActorRow keeps what the lexicon lacks and leaves out what it has,
// ordinary words and people.
func TestActorRow(t *testing.T) {
	k := &knownNames{
		taken:  map[string]bool{"NATO": true},
		common: map[string]bool{"UNION": true},
		given:  map[string]bool{"JANE": true},
		iso:    map[string]bool{"SLE": true},
		spell:  map[string]string{"organization": "organisation", "organisation": "organization", "cooperation": "co-operation", "co-operation": "cooperation"},
	}
	k.taken[k.fold("Organization for Security and Co-operation in Europe")] = true
	tests := []struct {
		e    phoenixEntry
		kind string
		want [4]string
		ok   bool
	}{
		{phoenixEntry{name: "REVOLUTIONARY UNITED FRONT", aliases: []string{"RUF", "THE REVOLUTIONARY FRONT", "UNION"}, code: "SLEREB"}, "armed-group",
			[4]string{"Revolutionary United Front", "RUF|Revolutionary Front", "SLE", "armed-group"}, true},
		{phoenixEntry{name: "NORTH ATLANTIC ALLIANCE", aliases: []string{"NATO"}}, "igo", [4]string{}, false},
		{phoenixEntry{name: "UNION"}, "ngo", [4]string{}, false},
		{phoenixEntry{name: "JANE ROE"}, "igo", [4]string{}, false},
		{phoenixEntry{name: "REVOLUTIONARY UNITED FRONT"}, "armed-group", [4]string{}, false},                  // taken by the first row
		{phoenixEntry{name: "ORGANISATION FOR SECURITY AND COOPERATION IN EUROPE"}, "igo", [4]string{}, false}, // the lexicon's, spelt another way
		{phoenixEntry{name: "SUDAN HUMAN RIGHTS ORGANISATION"}, "ngo", [4]string{"Sudan Human Rights Organisation", "-", "-", "ngo"}, true},
		{phoenixEntry{name: "SUDAN HUMAN RIGHTS ORGANIZATION"}, "ngo", [4]string{}, false}, // the row before, spelt another way
	}
	for _, tt := range tests {
		got, ok := k.row(tt.e, tt.kind, k.country(tt.e.code, 0))
		if ok != tt.ok || got != tt.want {
			t.Errorf("row(%q) = %q, %v; want %q, %v", tt.e.name, got, ok, tt.want, tt.ok)
		}
	}
}

// officeName alone: a name whose head is a person's office is no body.
func TestOfficeName(t *testing.T) {
	for name, want := range map[string]bool{
		"UN ENVOY":                         true,
		"UN SPECIAL ENVOY FOR BURMA":       true,
		"SPECIAL RAPPORTEUR OF THE UNHRC":  true,
		"CHIEF EXECUTIVE OF MCC":           true,
		"UN MISSION IN SUDAN":              false,
		"GOVERNOR AND COMPANY OF THE BANK": false,
		"OFFICE OF THE UN ENVOY":           false,
	} {
		if got := officeName(name); got != want {
			t.Errorf("officeName(%q) = %v, want %v", name, got, want)
		}
	}
}
